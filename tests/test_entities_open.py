"""Entities named, described or both; kinds as open vocabularies; names in scripts; the
reason a source gives for anonymity and a role held for a constituency.

The rules are checked on construction and on a strict load (with their JSON path), the enum
constants of the built-in terms keep working, a registered term flows to schema.org through
its mapping, and the exporters write a description where the standard has a home for it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.bridges.jsonld import from_schemaorg
from iraqwithdrawal.bridges.labelstudio import labeling_config
from iraqwithdrawal.builder import ArticleBuilder
from iraqwithdrawal.models.vocabulary import Term, get_vocabulary
from iraqwithdrawal.standards.schemaorg import READ_BACK_ORGS, to_schemaorg
from iraqwithdrawal.testing import isolated_registries

BODY = "An unnamed foreign embassy in Baghdad was told, two officials said."


def _article(*entities: iw.Entity, **parts: Any) -> iw.Article:
    return iw.Article(id="a", headline="h", language="en", body=BODY, entities=entities, **parts)


def _loaded(entity: dict[str, Any], **parts: Any) -> dict[str, Any]:
    return {**iw.to_dict(_article(**parts)), "entities": [entity]}


def _codes(raised: pytest.ExceptionInfo[iw.ValidationError]) -> list[tuple[str, str]]:
    return [(p.code, p.path) for p in raised.value.problems]


# -- named, described or both ---------------------------------------------------------------


@pytest.mark.parametrize("cls", [iw.Organization, iw.Place, iw.Person])
def test_an_entity_may_be_described_without_a_name(cls: type[iw.Entity]) -> None:
    entity = cls(id="e", description="an unnamed foreign embassy")
    assert entity.name is None
    assert entity.label == "an unnamed foreign embassy"
    assert iw.from_json(iw.to_json(_article(entity))).entities[0] == entity


@pytest.mark.parametrize("tag", ["organization", "place", "person"])
def test_neither_name_nor_description_is_refused_with_its_path(tag: str) -> None:
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(_loaded({"type": tag, "id": "e"}))
    assert _codes(caught) == [("entity_unnamed", "$.entities[0]")]
    with pytest.raises(ValueError, match="needs a name or a description"):
        iw.lookup_type(tag)(id="e")  # type: ignore[misc]


def test_a_bare_entity_of_an_unknown_type_still_loads_leniently() -> None:
    """The base keeps no naming rule: an entity of a type this version does not know has its
    words in fields it cannot read."""
    doc = _loaded({"type": "weapon_system", "id": "w", "designation": "M1"})
    kept = iw.from_dict(doc, unknown="keep").entities[0]
    assert type(kept) is iw.Entity and kept.label == "w"


@given(
    value=st.integers(0, 10_000),
    plural=st.booleans(),
    cls=st.sampled_from([iw.Organization, iw.Place, iw.Person, iw.AnonymousSource]),
)
def test_a_count_above_one_goes_with_plural(value: int, plural: bool, cls: type) -> None:
    make = lambda: cls(  # noqa: E731
        id="e", description="officials", plural=plural, count=iw.Amount(value=value)
    )
    if value > 1 and not plural:
        with pytest.raises(ValueError, match="plural"):
            make()
    else:
        assert make().count == iw.Amount(value=value)


@given(name=st.none() | st.text(min_size=1).filter(str.strip), description=st.none() | st.just("x"))
def test_the_label_is_the_name_then_the_description_then_the_id(
    name: str | None, description: str | None
) -> None:
    if name is None and description is None:
        with pytest.raises(ValueError):
            iw.Organization(id="o", name=name, description=description)
        return
    org = iw.Organization(id="o", name=name, description=description)
    assert org.label == (name or description)


def test_an_anonymous_source_still_needs_its_description() -> None:
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(_loaded({"type": "anonymous_source", "id": "s"}))
    assert _codes(caught) == [("source_undescribed", "$.entities[0]")]


def test_a_person_keeps_its_wire_format() -> None:
    person = iw.Person(id="p", name="Jawad al-Bulani", description="the interior minister")
    assert iw.to_dict(_article(person))["entities"][0] == {
        "type": "person",
        "id": "p",
        "name": "Jawad al-Bulani",
        "description": "the interior minister",
    }


# -- open vocabularies ----------------------------------------------------------------------


def test_enum_constants_still_work_and_the_wire_values_are_unchanged() -> None:
    org = iw.Organization(id="g", name="Government", kind=iw.OrganizationKind.GOVERNMENT)
    place = iw.Place(id="p", name="Anbar", kind=iw.PlaceKind.ADMINISTRATIVE_AREA)
    assert org.kind == "government" and type(org.kind) is str
    assert org.kind == iw.OrganizationKind.GOVERNMENT  # a constant compares equal to its term
    written = iw.to_dict(_article(org, place))["entities"]
    assert [e["kind"] for e in written] == ["government", "administrative_area"]
    event = iw.Event(id="e", event_type="withdrawal", status=iw.EventStatus.RESUMED)
    assert event.status == "resumed"


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "embassy"), ("kind", "junta"), ("kind", "outlet"), ("kind", "militia")],
)
def test_new_organisation_kinds(field: str, value: str) -> None:
    doc = _loaded({"type": "organization", "id": "o", "description": "d", field: value})
    assert getattr(iw.from_dict(doc).entities[0], field) == value


def test_an_unregistered_kind_is_refused_strictly_and_kept_leniently() -> None:
    doc = _loaded({"type": "organization", "id": "o", "name": "Desk", "kind": "night_desk"})
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(doc)
    assert _codes(caught) == [("unknown_term", "$.entities[0].kind")]
    kept = iw.from_dict(doc, unknown="keep")
    assert kept.entities[0].kind == "night_desk"  # type: ignore[attr-defined]
    assert [(p.code, p.path) for p in iw.validate(kept)] == [("unknown_term", "$.entities[0].kind")]


def test_a_registered_kind_is_written_to_schema_org_through_its_mapping() -> None:
    with isolated_registries():
        get_vocabulary("organization_kind").register(
            Term(name="charity", label="Charity", mappings={"schemaorg": "NGO"})
        )
        org = iw.Organization(id="o", name="Relief", kind="charity")
        node = _entity_node(to_schemaorg(_article(org)).document)
        assert node["@type"] == "NGO"
        # NGO reads back as the first term mapped to it: the built-in 'ngo'.
        assert READ_BACK_ORGS["NGO"] == "ngo"


def test_every_built_in_kind_has_its_term_and_the_read_back_is_exact() -> None:
    for enum_class, name in [
        (iw.OrganizationKind, "organization_kind"),
        (iw.PlaceKind, "place_kind"),
        (iw.SourceKind, "source_kind"),
        (iw.RoleKind, "role_kind"),
        (iw.AnonymityReason, "anonymity_reason"),
        (iw.RelationKind, "relation_kind"),
        (iw.CommunicationKind, "communication_kind"),
        (iw.EventStatus, "event_status"),
    ]:
        assert {m.value for m in enum_class} == set(get_vocabulary(name)), name
    assert READ_BACK_ORGS["GovernmentOrganization"] == "government"
    assert READ_BACK_ORGS["NewsMediaOrganization"] == "publisher"


def _entity_node(document: dict[str, Any]) -> dict[str, Any]:
    graph = document.get("@graph", [document])
    for node in graph:
        for key in ("mentions", "about"):
            for item in node.get(key, []):
                if isinstance(item, dict) and item.get("identifier") == "o":
                    return item
    raise AssertionError(f"no entity node in {document}")


def test_an_unnamed_organisation_is_written_with_its_description_and_read_back() -> None:
    embassy = iw.Organization(
        id="o", description="an unnamed foreign embassy", kind=iw.OrganizationKind.EMBASSY
    )
    converted = to_schemaorg(_article(embassy))
    node = _entity_node(converted.document)
    assert node["description"] == "an unnamed foreign embassy" and "name" not in node
    back = from_schemaorg(converted.document).document.entities[0]
    assert isinstance(back, iw.Organization)
    assert back.description == "an unnamed foreign embassy" and back.name is None
    # embassy is written as GovernmentOrganization, which reads back as 'government'
    assert back.kind == "government"
    assert converted.lost("$.entities[0].kind") is not None


def test_annotation_tools_offer_the_terms_of_the_vocabularies() -> None:
    with isolated_registries():
        assert '<Choice value="embassy"/>' in labeling_config()
        get_vocabulary("organization_kind").register(Term(name="cartel"))
        assert '<Choice value="cartel"/>' in labeling_config()
        assert '<Choice value="resumed"/>' in labeling_config()


# -- relations, roles, sources --------------------------------------------------------------


def test_relations_near_and_under_an_event() -> None:
    town = iw.Place(id="town", name="al-Baghdadi", kind=iw.PlaceKind.TOWN)
    base = iw.Place(id="base", name="Ain al-Asad", kind=iw.PlaceKind.MILITARY_BASE)
    withdrawal = iw.Event(id="ev-w", event_type="withdrawal")
    deal = iw.Event(id="ev-d", event_type="agreement")
    article = _article(
        town,
        base,
        events=[withdrawal, deal],
        relations=[
            iw.Relation(kind=iw.RelationKind.NEAR, subject="base", object="town"),
            iw.Relation(kind="under", subject="ev-w", object="ev-d"),
        ],
    )
    assert iw.validate(article) == []
    assert iw.from_json(iw.to_json(article)) == article


def test_a_role_held_for_a_constituency_is_a_checked_reference() -> None:
    anbar = iw.Place(id="anbar", name="Anbar", kind=iw.PlaceKind.PROVINCE)
    mp = iw.Person(
        id="mp",
        name="Khalid al-Dulaimi",
        roles=[iw.Role(title="MP for Anbar", kind=iw.RoleKind.SEAT, constituency="anbar")],
    )
    assert iw.validate(_article(anbar, mp)) == []
    dangling = [p.path for p in iw.validate(_article(mp))]
    assert "$.entities[0].roles[0].constituency" in dangling


def test_the_reason_for_anonymity() -> None:
    source = iw.AnonymousSource(
        id="s",
        description="two officials",
        plural=True,
        count=iw.Amount(value=2),
        reason="not authorised to speak to the media",
        reason_kind=iw.AnonymityReason.NOT_AUTHORISED,
    )
    back = iw.from_json(iw.to_json(_article(source))).entities[0]
    assert back == source and back.reason_kind == "not_authorised"  # type: ignore[attr-defined]
    doc = _loaded({"type": "anonymous_source", "id": "s", "description": "d", "reason_kind": "x"})
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(doc)
    assert _codes(caught) == [("unknown_term", "$.entities[0].reason_kind")]


# -- names in scripts -----------------------------------------------------------------------

PERSIAN = "اسماعیل رضایی\u200cفر"


def _name(**fields: Any) -> iw.Name:
    return iw.Name(
        text=PERSIAN,
        script="Arab",
        language="fa",
        original=True,
        transliterations=[iw.Transliteration(text="Esmaeil Rezaeifar", script="Latn")],
        **fields,
    )


def test_a_name_with_its_script_and_transliteration_round_trips() -> None:
    person = iw.Person(id="p", name=PERSIAN, names=[_name()])
    back = iw.from_json(iw.to_json(_article(person))).entities[0]
    assert back == person
    assert back.original_name is not None and back.original_name.latin() == "Esmaeil Rezaeifar"


@pytest.mark.parametrize("script", ["arab", "Arabic", "AR", "12ab"])
def test_a_script_is_an_iso_15924_code(script: str) -> None:
    doc = _loaded(
        {"type": "person", "id": "p", "name": "x", "names": [{"text": "x", "script": script}]}
    )
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(doc)
    assert _codes(caught) == [("script_code", "$.entities[0].names[0].script")]


def test_a_transliteration_differs_from_its_name() -> None:
    with pytest.raises(ValueError, match="repeats"):
        iw.Name(text="Baghdad", transliterations=[iw.Transliteration(text="Baghdad")])


def test_the_builder_ids_a_non_latin_name_by_its_transliteration() -> None:
    b = ArticleBuilder(headline="h", body=PERSIAN, language="fa")
    named = b.new(iw.Person, name=PERSIAN, names=[_name()])
    bare = b.new(iw.Person, name="علی")
    assert named.id == "esmaeil-rezaeifar"
    assert bare.id.startswith("x-")  # no Latin form given: a checksum is all there is


# -- every exporter with an entity that has no name ------------------------------------------


def test_every_exporter_writes_or_reports_a_description_without_a_name() -> None:
    from .test_losses import EXPORTERS

    embassy = iw.Organization(
        id="o",
        description="An unnamed foreign embassy",
        kind=iw.OrganizationKind.EMBASSY,
        mentions=[iw.Mention(span=iw.Span(start=0, end=26), form=iw.MentionForm.DESCRIPTION)],
    )
    article = _article(embassy)
    for export in EXPORTERS:
        conversion = export(article)
        written = json.dumps(conversion.document, ensure_ascii=False, default=str)
        loss = conversion.lost("$.entities[0].description")
        if export is to_schemaorg:  # schema.org has a home for it: written, not reported
            assert "An unnamed foreign embassy" in written and loss is None
        else:  # written (perhaps as the name) or reported
            assert "An unnamed foreign embassy" in written or loss is not None, export

"""The gaps the fresh corpus reports found, closed the general way: equipment as entities
(the means of a movement), a document's classification, authenticity and venue, a quote
that does more than one thing, and built-in terms of the open vocabularies (evacuation,
repatriation, welcoming, residence; hoped for, brought forward; doorstop; online outlet and
platform; citizenship; "most"; anonymity at the source's request), with their mappings
judged by the official schema.org and CAMEO/PLOVER files."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.bridges.jsonld import from_schemaorg
from iraqwithdrawal.errors import RuleError
from iraqwithdrawal.models.vocabulary import get_vocabulary, vocabularies
from iraqwithdrawal.standards import to_schemaorg
from iraqwithdrawal.testing import models

from ._paths import DATA
from .test_plover import cameo_table

BODY = "The air force aircraft took the citizens home through Erbil; most of them live there."


def _article(**parts: Any) -> iw.Article:
    fields: dict[str, Any] = {
        "id": "a",
        "headline": "Evacuation",
        "language": "en",
        "body": BODY,
        "entities": (
            iw.Place(id="home", name="Home", kind="country"),
            iw.Place(id="erbil", name="Erbil", kind="city"),
            iw.Organization(id="air-force", name="Air force", kind="armed_forces"),
            iw.Person(id="citizens", description="the citizens", plural=True),
            iw.Equipment(
                id="aircraft",
                description="the air force aircraft",
                kind="aircraft",
                plural=True,
                operator="air-force",
            ),
        ),
    }
    fields.update(parts)
    return iw.Article(**fields)


def _problems(article: iw.Article) -> list[tuple[str, str]]:
    return [(p.code, p.path) for p in iw.validate(article)]


@cache
def _schemaorg_terms() -> frozenset[str]:
    """Every class and property of the official schema.org 30.0 vocabulary (tests/data)."""
    graph = json.loads((DATA / "schemaorg/schemaorg-30.0-terms.jsonld").read_text("utf-8"))
    return frozenset(n["@id"].removeprefix("schema:") for n in graph["@graph"])


# --- equipment ------------------------------------------------------------------------------


def test_aircraft_are_the_means_of_an_evacuation_and_come_back_from_the_wire() -> None:
    event = iw.Event(
        id="ev",
        event_type="evacuation",
        participants=(
            iw.Participant(entity="citizens", role="theme"),
            iw.Participant(entity="aircraft", role="means"),
            iw.Participant(entity="erbil", role="route"),
            iw.Participant(entity="home", role="destination"),
        ),
    )
    article = _article(events=(event,))
    assert _problems(article) == []
    again = iw.from_json(iw.to_json(article))
    assert again == article
    (aircraft,) = [e for e in again.entities if isinstance(e, iw.Equipment)]
    assert (aircraft.kind, aircraft.operator) == ("aircraft", "air-force")
    assert iw.EQUIPMENT_KINDS.narrows("aircraft", "vehicle")
    assert iw.EQUIPMENT_KINDS.narrows("ship", "equipment")


def test_an_unregistered_equipment_kind_is_refused_strictly_and_kept_leniently() -> None:
    doc = iw.to_dict(_article())
    doc["entities"][4]["kind"] = "hovercraft"
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(doc)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("unknown_term", "$.entities[4].kind")
    ]
    kept = iw.from_dict(doc, unknown="keep")
    assert kept.entities[4].kind == "hovercraft"  # type: ignore[attr-defined]


def test_equipment_needs_a_name_or_a_description() -> None:
    with pytest.raises(RuleError, match="needs a name or a description"):
        iw.Equipment(id="x", kind="ship")


@given(models(iw.Equipment))
def test_any_equipment_round_trips(equipment: iw.Equipment) -> None:
    assert iw.from_json(iw.to_json(equipment), iw.Equipment) == equipment


_KINDS_OF: dict[str, Any] = {
    "home": iw.Place,
    "air-force": iw.Organization,
    "citizens": iw.Person,
    "aircraft": iw.Equipment,
    "briefing": iw.Communication,
}


@given(st.sampled_from(sorted(_KINDS_OF)))
def test_an_operator_is_an_organisation_or_a_person(target: str) -> None:
    article = _article()
    entities = list(article.entities)
    entities[4] = iw.Equipment(id="aircraft", description="planes", operator=target)
    problems = _problems(_with_briefing(article, entities=tuple(entities)))
    wrong = _KINDS_OF[target] not in (iw.Organization, iw.Person)
    assert (("wrong_reference_kind", "$.entities[4].operator") in problems) is wrong


# --- documents ----------------------------------------------------------------------------


def _with_briefing(article: iw.Article, **more: Any) -> iw.Article:
    briefing = iw.Communication(id="briefing", kind="doorstop", audience="press")
    return _evolve(article, communications=(briefing,), **more)


def _evolve(article: iw.Article, **changes: Any) -> iw.Article:
    return attrs.evolve(article, **changes)


@given(st.sampled_from(sorted(_KINDS_OF)))
def test_a_document_circulates_on_an_organisation_or_a_communication(target: str) -> None:
    leaked = iw.Document(
        id="doc",
        description="a document circulating on social media",
        classification="secret",
        authenticity="unverified",
        venue=target,
    )
    article = _with_briefing(_article())
    article = _evolve(article, entities=(*article.entities, leaked))
    problems = _problems(article)
    wrong = _KINDS_OF[target] not in (iw.Organization, iw.Communication)
    assert (("wrong_reference_kind", "$.entities[5].venue") in problems) is wrong
    if not wrong:
        assert iw.from_json(iw.to_json(article)) == article


def test_classification_and_authenticity_are_open_vocabularies() -> None:
    assert iw.CLASSIFICATIONS.narrows("top_secret", "restricted")
    assert iw.AUTHENTICITY.get("unverified").label == "Unverified"
    with pytest.raises(RuleError, match="classification vocabulary"):
        iw.Document(id="d", description="d", classification="hush_hush")


# --- quotes that do more than one thing -----------------------------------------------------


def test_a_reassurance_that_goes_on_to_promise() -> None:
    text = "The air force aircraft took the citizens home"
    quote = iw.Quote(
        id="q",
        text=text,
        spans=(iw.Span(start=0, end=len(text)),),
        attribution=iw.Attribution(source="citizens", mode=iw.AttributionMode.DIRECT),
        act="reassurance",
        acts=("promise",),
    )
    article = _article(quotes=(quote,))
    assert _problems(article) == []
    assert iw.from_json(iw.to_json(article)).quotes[0].acts == ("promise",)
    assert iw.SPEECH_ACTS.narrows("reassurance", "statement")
    with pytest.raises(RuleError, match="speech_act vocabulary"):
        iw.Quote(id="q", text="x", attribution=quote.attribution, acts=("wink",))


# --- figures: "most of them", no number -----------------------------------------------------

_WHOLE = iw.Quantity(id="all", amount=iw.Amount(value=450), counted="citizens")


@given(st.sampled_from(sorted(iw.FIGURE_QUALIFIERS)))
def test_a_share_with_no_number_needs_the_whole_it_is_part_of(qualifier: str) -> None:
    start = BODY.index("most of them")
    part = iw.Quantity(
        part_of="all",
        qualifiers=(qualifier,),
        counted="citizens",
        spans=(iw.Span(start=start, end=start + len("most of them")),),
    )
    event = iw.Event(
        id="ev", event_type="residence", locations=("erbil",), quantities=(_WHOLE, part)
    )
    assert _problems(_article(events=(event,))) == []
    with pytest.raises(RuleError, match="quantity needs"):
        iw.Quantity(qualifiers=(qualifier,), counted="citizens")


# --- terms and their mappings ---------------------------------------------------------------

NEW_TERMS = [
    ("event_status", "hoped_for"),
    ("event_status", "rescheduled"),
    ("event_status", "brought_forward"),
    ("communication_kind", "doorstop"),
    ("anonymity_reason", "requested"),
    ("organization_kind", "online_outlet"),
    ("organization_kind", "platform"),
    ("relation_kind", "citizen_of"),
    ("figure_qualifier", "most"),
    ("speech_act", "reassurance"),
]


@pytest.mark.parametrize(("vocabulary", "term"), NEW_TERMS)
def test_the_new_built_in_terms_are_registered(vocabulary: str, term: str) -> None:
    assert term in get_vocabulary(vocabulary)


def test_every_schema_org_mapping_names_a_term_of_the_official_vocabulary() -> None:
    known = _schemaorg_terms()
    missing = [
        (vocabulary.name, name, mapped)
        for vocabulary in vocabularies().values()
        for name, term in vocabulary.terms().items()
        if (mapped := term.mapping("schemaorg")) is not None and mapped not in known
    ]
    assert missing == []


@pytest.mark.parametrize("name", ["evacuation", "welcoming"])
def test_the_new_event_types_agree_with_the_cameo_to_plover_table(name: str) -> None:
    event_type = iw.get_event_type(name)
    assert event_type.cameo is not None
    row = cameo_table()[event_type.cameo]
    assert row is not None and row[0] == event_type.plover


def test_repatriation_and_residence_have_no_plover_category_and_say_why() -> None:
    for name in ("repatriation", "residence"):
        event_type = iw.get_event_type(name)
        assert event_type.plover is None and event_type.cameo is None
        assert event_type.description


def test_a_rescheduled_event_is_written_to_schema_org_and_read_back() -> None:
    article = _article(events=(iw.Event(id="ev", event_type="evacuation", status="rescheduled"),))
    written = to_schemaorg(article).document
    (event,) = written["about"]
    assert event["eventStatus"] == {"@id": "https://schema.org/EventRescheduled"}
    back = from_schemaorg(written).document
    assert [e.status for e in back.events] == ["rescheduled"]
    assert get_vocabulary("event_status").narrows("brought_forward", "rescheduled")

"""An article's genre, its own typed parts and stance markers; contributor roles as terms; the
dateline's agency; and the deprecated ``Event.location`` alias."""

from __future__ import annotations

import warnings
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.description import describe
from iraqwithdrawal.models.vocabulary import Term, get_vocabulary
from iraqwithdrawal.testing import isolated_registries, models

BODY = "EMBARGO UNTIL NOON. Troops will undoubtedly leave. In my view, too late. (end)"


def _span(words: str) -> iw.Span:
    start = BODY.index(words)
    return iw.Span(start=start, end=start + len(words))


def _article(**fields: Any) -> iw.Article:
    return iw.Article(id="a", headline="Analysis: troops", language="en", body=BODY, **fields)


_WINK = {"stance": "wink", "cue": {"text": "wink"}}


def _doc(**fields: Any) -> dict[str, Any]:
    return {**iw.to_dict(_article()), **fields}


def test_a_whole_article_with_parts_validates_and_round_trips() -> None:
    article = _article(
        genres=[iw.Genre(term="analysis", text="Analysis", spans=[_headline("Analysis")])],
        entities=[iw.Person(id="writer", name="A. Writer")],
        parts=[
            iw.ArticlePart(
                kind="embargo",
                spans=[_span("EMBARGO UNTIL NOON.")],
                at=iw.Moment(hour=12, minute=0),
            ),
            iw.ArticlePart(
                kind="assessment",
                speaker="writer",
                spans=[_span("Troops will undoubtedly leave.")],
                markers=[iw.StanceMarker(stance="booster", cue=iw.Cue(text="undoubtedly"))],
            ),
            iw.ArticlePart(id="p-end", kind="end_marker", text="(end)", spans=[_span("(end)")]),
        ],
    )
    assert iw.validate(article) == []
    assert iw.from_json(iw.to_json(article)) == article
    assert article.references_to("writer") == ["$.parts[1].speaker"]


def _headline(words: str) -> iw.Span:
    return iw.Span(start=0, end=len(words), field=iw.SpanField.HEADLINE)


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"genres": [{"term": "gossip"}]}, "$.genres[0].term"),
        ({"parts": [{"kind": "footnote", "text": "x"}]}, "$.parts[0].kind"),
        (
            {"parts": [{"kind": "opinion", "text": "x", "markers": [_WINK]}]},
            "$.parts[0].markers[0].stance",
        ),
    ],
)
def test_an_unregistered_term_is_refused_at_its_path(fields: dict[str, Any], path: str) -> None:
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(_doc(**fields))
    assert [(p.code, p.path) for p in caught.value.problems] == [("unknown_term", path)]
    kept = iw.from_dict(_doc(**fields), unknown="keep")
    assert [(p.code, p.path) for p in iw.validate(kept)] == [("unknown_term", path)]


def test_a_part_with_neither_text_nor_spans_is_refused_at_its_path() -> None:
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(_doc(parts=[{"kind": "end_marker"}]))
    assert [(p.code, p.path) for p in caught.value.problems] == [("part_unanchored", "$.parts[0]")]


@given(
    text=st.none() | st.sampled_from(["(end)", "Editor's note"]),
    spans=st.lists(st.builds(iw.Span, start=st.just(0), end=st.integers(1, 5)), max_size=2),
    at=st.none() | st.builds(iw.Moment, hour=st.integers(0, 23)),
)
def test_a_part_exists_exactly_when_it_has_text_spans_or_a_moment(
    text: str | None, spans: list[iw.Span], at: iw.Moment | None
) -> None:
    if text is None and not spans and at is None:
        with pytest.raises(ValueError, match="text as printed, its spans or its moment"):
            iw.ArticlePart(kind="embargo", text=text, spans=spans, at=at)
    else:
        part = iw.ArticlePart(kind="embargo", text=text, spans=spans, at=at)
        assert (part.text, part.spans, part.at) == (text, tuple(spans), at)


def test_within_must_name_a_part() -> None:
    article = _article(
        entities=[iw.Person(id="writer", name="A. Writer")],
        parts=[iw.ArticlePart(kind="list_item", text="one", within="writer")],
    )
    assert [(p.code, p.path) for p in iw.validate(article)] == [
        ("wrong_reference_kind", "$.parts[0].within")
    ]


def test_a_registered_genre_and_role_are_accepted() -> None:
    with isolated_registries():
        get_vocabulary("genre").register(Term(name="obituary", label="Obituary"))
        get_vocabulary("contributor_role").register(Term(name="fact_checking"))
        article = _article(
            genres=[iw.Genre(term="obituary")],
            contributors=[iw.Contributor(text="Desk", role="fact_checking")],
        )
        assert iw.validate(article) == []
        assert iw.from_json(iw.to_json(article)) == article


def test_contributor_roles_take_the_enum_constants_as_their_terms() -> None:
    c = iw.Contributor(text="Foreign desk", role=iw.ContributorRole.COMPILING, places=["dc"])
    assert c.role == "compiling"
    assert get_vocabulary("contributor_role").narrows("compiling", "editing")


def test_the_dateline_names_its_agency() -> None:
    article = _article(
        entities=[iw.Organization(id="aa", name="Anadolu Agency")],
        dateline=iw.Dateline(text="ANKARA (AA)", agency="aa", agency_text="AA"),
    )
    assert iw.validate(article) == []
    assert article.references_to("aa") == ["$.dateline.agency"]


def test_every_genre_term_maps_to_a_standard_or_says_none() -> None:
    genres = get_vocabulary("genre")
    assert genres.get("analysis").mapping("schemaorg") == "AnalysisNewsArticle"
    assert genres.get("live_page").mapping("schemaorg") == "LiveBlogPosting"
    assert genres.get("transcript").mapping("iptc") == "Transcript_and_Verbatim"


# -- the deprecated Event.location ------------------------------------------------------------


@given(models(iw.Event), st.lists(st.sampled_from(["iraq", "kuwait", "syria"]), max_size=3))
def test_location_reads_the_first_of_locations_with_a_warning(
    event: iw.Event, places: list[str]
) -> None:
    # The places are drawn here: an event drawn alone refers to no place (no article holds one).
    event = attrs.evolve(event, locations=places)
    with pytest.warns(DeprecationWarning, match="Event.location is deprecated"):
        assert event.location == (event.locations[0] if event.locations else None)


@given(st.none() | st.sampled_from(["iraq", "kuwait"]))
def test_the_constructor_takes_location_with_a_warning(place: str | None) -> None:
    with pytest.warns(DeprecationWarning, match="pass locations"):
        old = iw.Event(id="e", event_type="withdrawal", location=place)
    new = iw.Event(id="e", event_type="withdrawal", locations=[] if place is None else [place])
    assert old == new


def test_location_and_locations_together_are_refused() -> None:
    with warnings.catch_warnings(), pytest.raises(TypeError, match="not both"):
        warnings.simplefilter("ignore")
        iw.Event(id="e", event_type="withdrawal", location="iraq", locations=["kuwait"])


def test_location_is_not_a_field() -> None:
    assert "location" not in describe(iw.Event).by_name
    event = iw.Event(id="e", event_type="withdrawal", locations=["iraq"])
    assert "location" not in iw.to_dict(event)


# -- the exporters ------------------------------------------------------------------------------


_NOON = iw.Moment(
    date=iw.PartialDate(year=2026, month=12, day=9), hour=12, minute=0, second=0, utc_offset=60
)


def _exported_piece() -> iw.Article:
    return _article(
        genres=[iw.Genre(term="analysis", text="Analysis", spans=[_headline("Analysis")])],
        parts=[
            iw.ArticlePart(
                kind="embargo",
                spans=[_span("EMBARGO UNTIL NOON.")],
                at=_NOON,
            ),
            iw.ArticlePart(kind="end_marker", text="(end)", spans=[_span("(end)")]),
        ],
    )


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_ninjs_writes_the_genre_and_the_embargo(version: str) -> None:
    from iraqwithdrawal.standards.ninjs import to_ninjs
    from iraqwithdrawal.standards.ninjs.schema import strict_validator

    out = to_ninjs(_exported_piece(), version)
    doc = out.document
    assert doc["genres"] == [
        {
            "name": "Analysis",
            "uri": "http://cv.iptc.org/newscodes/genre/Analysis",
            "literal": "analysis",
        }
    ]
    assert doc["embargoedUntil" if version == "3.1" else "embargoed"] == "2026-12-09T12:00:00+01:00"
    assert list(strict_validator(version).iter_errors(doc)) == []  # the official schema
    assert out.lost("$.parts[1]") is not None  # the end marker has no place
    assert out.lost("$.parts[0].at") is None
    assert out.lost("$.genres[0].term") is None
    assert out.lost("$.genres[0].text") is not None


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_ninjs_reads_the_genre_and_the_embargo_back(version: str) -> None:
    from iraqwithdrawal.standards import from_ninjs
    from iraqwithdrawal.standards.ninjs import to_ninjs

    back = from_ninjs(to_ninjs(_exported_piece(), version).document).document
    assert back.genres == (iw.Genre(term="analysis"),)
    assert back.parts == (iw.ArticlePart(kind="embargo", at=_NOON),)


def test_ninjs_reads_an_iptc_genre_uri_as_the_broadest_term() -> None:
    from iraqwithdrawal.standards import from_ninjs

    doc = {
        "uri": "urn:example:1",
        "headlines": [{"value": "h"}],
        "genres": [{"uri": "http://cv.iptc.org/newscodes/genre/Opinion"}, {"name": "Other"}],
    }
    assert from_ninjs(doc).document.genres == (iw.Genre(term="opinion"),)


def test_schemaorg_writes_the_genre_as_the_article_type() -> None:
    from iraqwithdrawal.bridges.jsonld import from_schemaorg
    from iraqwithdrawal.standards.schemaorg import to_schemaorg

    out = to_schemaorg(_exported_piece())
    assert out.document["@type"] == "AnalysisNewsArticle"
    assert out.lost("$.genres[0].term") is None
    assert from_schemaorg(out.document).document.headline == "Analysis: troops"
    live = to_schemaorg(_article(genres=[iw.Genre(term="live_page")]))
    assert live.document["@type"] == "NewsArticle"
    assert live.lost("$.genres[0]") is not None


@given(st.permutations(["list", "one", "two"]))
def test_a_part_must_come_after_the_part_it_is_within(order: list[str]) -> None:
    made = {
        "list": iw.ArticlePart(id="list", kind="list", text="Timeline"),
        "one": iw.ArticlePart(id="one", kind="list_item", text="2003", within="list"),
        "two": iw.ArticlePart(id="two", kind="list_item", text="2011", within="list"),
    }
    article = _article(parts=[made[name] for name in order])
    expected = sorted(
        f"$.parts[{order.index(name)}].within"
        for name in ("one", "two")
        if order.index(name) < order.index("list")
    )
    assert sorted(p.path for p in iw.validate(article) if p.code == "part_within_later") == expected


def test_a_part_within_itself_is_refused() -> None:
    article = _article(parts=[iw.ArticlePart(id="p", kind="list", text="x", within="p")])
    assert [(p.code, p.path) for p in iw.validate(article)] == [
        ("part_within_later", "$.parts[0].within")
    ]

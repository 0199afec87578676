"""Statements about anything: speech acts and replies on quotes, documents as entities,
communications where events are expected, recurrence and audience, and corrections whose
path must resolve in the article."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.statement_checks import MISSING, resolve_path
from iraqwithdrawal.testing import articles

from ._profiles import examples

BODY = "Will you withdraw? We do not comment on timetables. The images were not seen."


def _base(**parts: Any) -> iw.Article:
    fields: dict[str, Any] = {
        "id": "a",
        "headline": "Briefing",
        "language": "en",
        "body": BODY,
        "entities": (
            iw.Person(id="reporter", name="A. Reporter"),
            iw.Person(id="spokesperson", description="the spokesperson"),
            iw.Organization(id="ministry", name="Ministry"),
            iw.Document(id="timetable", kind="timetable", status="draft", description="timetables"),
        ),
        "communications": (
            iw.Communication(
                id="briefing",
                kind=iw.CommunicationKind.BRIEFING,
                recurrence="weekly",
                audience="press",
            ),
        ),
    }
    fields.update(parts)
    return iw.Article(**fields)


def _quote(ident: str, text: str, **more: Any) -> iw.Quote:
    start = BODY.index(text)
    return iw.Quote(
        id=ident,
        text=text,
        spans=(iw.Span(start=start, end=start + len(text)),),
        attribution=iw.Attribution(
            source=more.pop("source", "spokesperson"),
            mode=iw.AttributionMode.DIRECT,
            channel="briefing",
        ),
        **more,
    )


QUESTION = "Will you withdraw?"
REFUSAL = "We do not comment on timetables."


def _errors(article: iw.Article) -> list[tuple[str, str]]:
    return [(p.code, p.path) for p in iw.validate(article) if p.severity is iw.Severity.ERROR]


def test_a_refusal_replies_to_a_question_and_names_what_it_refuses() -> None:
    article = _base(
        quotes=(
            _quote("q1", QUESTION, act="question", source="reporter"),
            _quote("q2", REFUSAL, act="refusal", in_reply_to="q1", about=("timetable",)),
        )
    )
    assert _errors(article) == []
    again = iw.from_json(iw.to_json(article))
    assert again == article
    assert again.quotes[1].act == "refusal"
    assert again.quotes[1].in_reply_to == "q1"
    assert iw.SPEECH_ACTS.narrows("non_confirmation", "refusal")


def test_in_reply_to_must_name_a_quote() -> None:
    article = _base(
        quotes=(_quote("q1", QUESTION, in_reply_to="briefing"),),
    )
    assert _errors(article) == [("wrong_reference_kind", "$.quotes[0].in_reply_to")]
    article = _base(quotes=(_quote("q1", QUESTION, in_reply_to="nothing"),))
    assert _errors(article) == [("unresolved_reference", "$.quotes[0].in_reply_to")]


def test_an_unregistered_act_is_refused_with_its_path() -> None:
    data = iw.to_dict(_base(quotes=(_quote("q1", QUESTION, act="question"),)))
    data["quotes"][0]["act"] = "mumble"  # type: ignore[index]
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(data)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("unknown_term", "$.quotes[0].act")
    ]
    kept = iw.from_dict(data, unknown="keep")
    assert kept.quotes[0].act == "mumble"


def _has_cycle(replies: dict[int, int | None]) -> bool:
    for start in replies:
        seen = {start}
        current = replies[start]
        while current is not None:
            if current in seen:
                return True
            seen.add(current)
            current = replies[current]
    return False


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.none() | st.integers(0, 4), min_size=1, max_size=5))
def test_reply_cycles_are_found_exactly_when_replies_loop(targets: list[int | None]) -> None:
    n = len(targets)
    replies = {i: (t if t is not None and t < n else None) for i, t in enumerate(targets)}
    quotes = tuple(
        _quote(f"q{i}", QUESTION, in_reply_to=None if t is None else f"q{t}")
        for i, t in replies.items()
    )
    found = [p for p in iw.validate(_base(quotes=quotes)) if p.code == "reply_cycle"]
    assert bool(found) == _has_cycle(replies)
    for problem in found:
        assert problem.path.endswith(".in_reply_to")


def test_anything_with_an_id_can_be_the_object_of_a_statement() -> None:
    total = iw.Quantity(id="troops", amount=iw.Amount(value=3000), counted="troops", text="3,000")
    event = iw.Event(id="ev", event_type="withdrawal", quantities=(total,))
    quotes = (
        _quote("q1", QUESTION, act="question", about=("troops", "briefing", "timetable", "ev")),
        _quote("q2", REFUSAL, act="denial", about=("q1",)),
    )
    article = _base(events=(event,), quotes=quotes)
    assert _errors(article) == []
    claim = iw.Claim(
        id="c1",
        text="there is a timetable",
        attribution=iw.Attribution(source="ministry"),
        about=("timetable", "troops"),
    )
    assert _errors(attrs_evolve(article, claims=(claim,))) == []


def attrs_evolve(article: iw.Article, **changes: Any) -> iw.Article:
    import attrs

    return attrs.evolve(article, **changes)


def test_a_document_needs_a_name_or_a_description() -> None:
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(
            {**iw.to_dict(_base()), "entities": [{"type": "document", "id": "d", "kind": "post"}]}
        )
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("entity_unnamed", "$.entities[0]")
    ]
    assert iw.Document(id="d", name="Annex B").label == "Annex B"


def test_who_has_not_seen_a_document_is_a_negated_viewing_event() -> None:
    unseen = iw.Event(
        id="ev-not-seen",
        event_type="viewing",
        participants=(
            iw.Participant(entity="ministry", role=iw.ParticipantRole.AGENT),
            iw.Participant(entity="timetable", role=iw.ParticipantRole.THEME),
        ),
        factuality=iw.Factuality(polarity=iw.Polarity.NEGATIVE),
    )
    article = _base(events=(unseen,))
    assert _errors(article) == []
    assert iw.get_event_type("viewing").label == "Viewing"


def test_a_communication_stands_where_an_event_is_expected() -> None:
    after = iw.Event(
        id="ev",
        event_type="withdrawal",
        time=iw.TimeExpression(
            relation=iw.TimeRelation.AFTER, relative_to="briefing", text="after the briefing"
        ),
        links=(iw.EventLink(relation=iw.EventRelation.FOLLOWS, target="briefing"),),
    )
    assert _errors(_base(events=(after,))) == []
    # A time is counted from an event or a communication, never from a person (an event link
    # may point at anything a statement can be about, a person included).
    wrong = attrs_evolve(
        after,
        time=iw.TimeExpression(
            relation=iw.TimeRelation.AFTER, relative_to="reporter", text="after the briefing"
        ),
    )
    assert _errors(_base(events=(wrong,))) == [
        ("wrong_reference_kind", "$.events[0].time.relative_to")
    ]


def test_recurrence_and_audience_are_open_vocabularies() -> None:
    data = iw.to_dict(_base())
    data["communications"][0]["recurrence"] = "fortnightly"  # type: ignore[index]
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(data)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("unknown_term", "$.communications[0].recurrence")
    ]
    assert iw.RECURRENCES.narrows("weekly", "regular")


def test_old_documents_without_the_new_fields_load_unchanged() -> None:
    data = iw.to_dict(_base(quotes=(_quote("q1", QUESTION),)))
    for quote in data["quotes"]:  # type: ignore[union-attr]
        assert "act" not in quote and "in_reply_to" not in quote
    assert "recurrence" in data["communications"][0]  # type: ignore[index]
    del data["communications"][0]["recurrence"]  # type: ignore[index]
    del data["communications"][0]["audience"]  # type: ignore[index]
    loaded = iw.from_dict(data)
    assert loaded.quotes[0].act is None and loaded.communications[0].recurrence is None


TROOPS = iw.Quantity(id="troops", amount=iw.Amount(value=3000), counted="troops", text="3,000")


def _corrected(**fields: Any) -> iw.Article:
    return _base(
        events=(iw.Event(id="ev", event_type="withdrawal", quantities=(TROOPS,)),),
        corrections=(iw.Correction(text="An earlier version said 5,000.", **fields),),
    )


def _codes(article: iw.Article) -> list[tuple[str, str]]:
    return [(p.code, p.path) for p in iw.validate(article)]


def test_a_correction_path_resolves_in_its_target() -> None:
    good = _corrected(target="troops", field="amount.value", was="5000", now="3000")
    assert _codes(good) == []
    assert _codes(_corrected(target="ev", field="quantities[0].amount.value", now="3,000")) == []
    assert _codes(_corrected(field="$.events[0].quantities[0].text", now="3,000")) == []


@pytest.mark.parametrize(
    ("fields", "code", "path"),
    [
        ({"target": "troops", "field": "amount.valu"}, "correction_path", "field"),
        ({"target": "ev", "field": "quantities[1].amount"}, "correction_path", "field"),
        ({"target": "ev", "field": "quantities.0"}, "correction_path", "field"),
        ({"field": "amount.value"}, "correction_path", "field"),
        ({"field": "$.nowhere"}, "correction_path", "field"),
        (
            {"target": "troops", "field": "amount.value", "now": "4000"},
            "correction_now_differs",
            "now",
        ),
    ],
)
def test_a_correction_path_that_names_nothing_is_reported(
    fields: dict[str, str], code: str, path: str
) -> None:
    assert _codes(_corrected(**fields)) == [(code, f"$.corrections[0].{path}")]


@settings(max_examples=examples(8), deadline=None, suppress_health_check=list(HealthCheck))
@given(articles(max_entities=4, max_events=3))
def test_every_path_of_the_walk_resolves_to_its_object(article: iw.Article) -> None:
    from iraqwithdrawal._walk import survey

    found = survey(article)
    for path, _ident, node in found.ids:
        assert resolve_path(article, path[: -len(".id")]) is node
    assert resolve_path(article, "$.no_such_field") is MISSING


def test_schema_org_writes_a_document_as_its_creative_work_type() -> None:
    from iraqwithdrawal.standards import to_schemaorg

    report = iw.Document(
        id="leak",
        kind="video",
        name="Footage of the convoy",
        issuers=("ministry",),
        url="https://example.org/footage",
        exists="claimed",
    )
    article = _base(entities=(*_base().entities, report))
    converted = to_schemaorg(article)
    nodes = [n for n in _nodes(converted.document) if n.get("identifier") == "leak"]
    assert len(nodes) == 1
    node = nodes[0]
    assert node["@type"] == "VideoObject"
    assert node["name"] == "Footage of the convoy"
    assert node["url"] == "https://example.org/footage"
    assert node["author"] == [{"@id": node["@id"].replace("#leak", "#ministry")}]
    lost = {loss.path for loss in converted.losses}
    assert {"$.entities[4].kind", "$.entities[4].exists"} <= lost
    timetable = [n for n in _nodes(converted.document) if n.get("identifier") == "timetable"]
    assert timetable[0]["@type"] == "CreativeWork"  # through its broader kind, 'document'


def _nodes(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for item in value.values():
            found.extend(_nodes(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_nodes(item))
    return found

"""The example reports beside the canonical one, the builder, relative times, the 0.1 to 0.2
migration, text offsets and the outline's truthfulness."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.builder import ArticleBuilder
from iraqwithdrawal.cli import main, outline
from iraqwithdrawal.examples import EXAMPLES, build_example, example, example_json
from iraqwithdrawal.text import from_utf16, splits_character, to_utf16, utf16_span

from ._paths import DATA
from .test_losses import EXPORTERS, _every_loss_is_real, _nodes, _probed

NAMES = sorted(EXAMPLES)


@pytest.mark.parametrize("name", NAMES)
def test_each_example_is_shipped_as_built_and_valid(name: str) -> None:
    built = build_example(name)
    assert example(name) == built
    assert json.loads(example_json(name)) == iw.to_dict(built)
    assert iw.validate(built) == []
    assert iw.from_json(iw.to_json(built)) == built


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda f: f.__name__)
def test_every_exporter_carries_or_reports_every_class_of_each_example(
    name: str, exporter: Any
) -> None:
    article = build_example(name)
    _every_loss_is_real(article)
    first: dict[type, str] = {}
    for path, node in _nodes(article):
        first.setdefault(type(node), path)
    nodes = dict(_nodes(article))
    for cls, path in first.items():
        conversion = exporter(_probed(article, path, nodes[path]))
        assert conversion.lost(f"{path}.x_probe") is not None, (name, cls.__name__, path)


def _classes(article: iw.Article) -> set[str]:
    return {type(node).__name__ for _path, node in _nodes(article)}


def test_the_examples_hold_every_new_kind_of_fact() -> None:
    held: set[str] = set()
    for name in NAMES:
        held |= _classes(build_example(name))
    assert {
        "Communication",
        "Relation",
        "LiveEntry",
        "Update",
        "Rights",
        "Moment",
        "Deixis",
        "Fraction",
        "Contributor",
        "Correction",
    } <= held
    ru = build_example("agency-post-ru")
    assert any(ord(ch) > 0xFFFF for ch in ru.body)
    assert ru.language == "ru"


def test_relative_dates_resolve_against_the_report_date() -> None:
    article = build_example("phased-pullout")  # published Friday 14 March 2025
    quote = article.quotes[0]
    assert quote.attribution.time is not None
    week = quote.attribution.time.inferred_interval
    assert week is not None and week.to_edtf() == "2025-03-03/2025-03-09"
    shared = article.resolve_attribution(article.events[0].attributions[0])
    assert shared.time is not None and shared.time.inferred == iw.PartialDate(
        year=2025, month=3, day=11
    )
    assert shared.time.date is None  # the text says "on Tuesday", no date


def test_a_page_without_a_date_leaves_relative_times_unresolved() -> None:
    live = build_example("live-page")
    for event in live.events:
        if event.time is not None:
            assert event.time.inferred is None and event.time.inferred_interval is None


@pytest.mark.parametrize(
    ("deixis", "written_on", "expected"),
    [
        (iw.Deixis(unit=iw.DeicticUnit.DAY, offset=-1), dt.date(2024, 3, 1), "2024-02-29"),
        (iw.Deixis(weekday=7, offset=0), dt.date(2025, 1, 19), "2025-01-19"),
        (iw.Deixis(weekday=1, offset=1), dt.date(2025, 1, 20), "2025-01-27"),
        (iw.Deixis(unit=iw.DeicticUnit.MONTH, offset=-1), dt.date(2025, 1, 5), "2024-12"),
        (iw.Deixis(unit=iw.DeicticUnit.YEAR, offset=1), dt.date(2025, 1, 5), "2026"),
    ],
)
def test_deixis_resolution(deixis: iw.Deixis, written_on: dt.date, expected: str) -> None:
    assert deixis.resolve(written_on).to_edtf() == expected


def test_year_less_dates_and_ranges_take_the_nearest_year() -> None:
    anchor = iw.PartialDate(year=2025, month=1, day=2)
    december = iw.TimeExpression(date=iw.PartialDate(month=12, day=30))
    assert december.resolve(anchor, "x").inferred == iw.PartialDate(year=2024, month=12, day=30)
    span = iw.TimeExpression(
        relation=iw.TimeRelation.BETWEEN,
        interval=iw.Interval(
            start=iw.PartialDate(month=6, day=3), end=iw.PartialDate(month=6, day=7)
        ),
    )
    resolved = span.resolve(anchor, "x").inferred_interval
    assert resolved is not None and resolved.to_edtf() == "2025-06-03/2025-06-07"
    leap = iw.TimeExpression(date=iw.PartialDate(month=2, day=29))
    assert leap.resolve(iw.PartialDate(year=2022, month=6, day=1), "x").inferred is None
    assert leap.resolve(iw.PartialDate(year=2023, month=6, day=1), "x").inferred == iw.PartialDate(
        year=2024, month=2, day=29
    )


def test_the_previous_wire_version_loads_through_the_migration() -> None:
    old = json.loads((DATA / "wire-0.1" / "seed_report.json").read_text(encoding="utf-8"))
    assert old["schema_version"] == "0.1"
    assert any("location" in e for e in old["events"])
    assert iw.from_dict(old) == example("seed")
    both = json.loads(json.dumps(old))
    i = next(i for i, e in enumerate(both["events"]) if "location" in e)
    both["events"][i]["locations"] = ["iraq"]
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(both)
    assert {(p.path, p.code) for p in info.value.problems} == {
        (f"$.events[{i}]", "migration_conflict")
    }


def test_the_builder_finds_words_makes_ids_and_refuses_duplicates() -> None:
    b = ArticleBuilder(headline="Sources say troops leave", body="Troops leave. Troops stay.")
    assert b.span("Troops", 2).start == 14
    assert b.span("Sources", field="headline").field is iw.SpanField.HEADLINE
    with pytest.raises(LookupError):
        b.span("Troops", 3)
    iraq = b.new(iw.Place, name="Iraq")
    again = b.new(iw.Place, name="Iraq")
    assert (iraq.id, again.id) == ("iraq", "iraq-2")
    event = b.new(iw.Event, event_type="withdrawal", locations=[iraq], trigger="leave")
    assert event.locations == ("iraq",) and event.trigger is not None
    assert event.trigger.spans[0].start == 7
    with pytest.raises(iw.RuleError):
        b.add(attrs.evolve(iraq))
    article = b.build()
    assert iw.validate(article) == []


def test_a_shared_attribution_is_declared_once() -> None:
    article = build_example("joint-statement")
    declared = [a for a in article.attributions if a.id is not None]
    assert len(declared) == 1
    pointers = [a for _path, a in article.iter_attributions() if a.shared == declared[0].id]
    assert len(pointers) >= 3
    resolved = article.resolve_attribution(pointers[0])
    assert resolved.joint_with and resolved.channel == "joint-statement"


@given(
    st.text(alphabet=st.sampled_from("ab\u0301\U0001f1ee\U0001f1f6\u200d\U0001f91d"), max_size=30)
)
def test_utf16_offsets_round_trip(text: str) -> None:
    for i in range(len(text) + 1):
        assert from_utf16(text, to_utf16(text, i)) == i
    assert to_utf16(text, len(text)) == len(text.encode("utf-16-le")) // 2


def test_a_span_cutting_a_flag_is_a_warning() -> None:
    ru = build_example("agency-post-ru")
    quote = ru.quotes[0]
    span = quote.spans[0]
    assert utf16_span(ru.body, span)[1] - utf16_span(ru.body, span)[0] > span.end - span.start
    flag = ru.body.index("\U0001f1fa", span.start)
    assert splits_character(ru.body, flag + 1)
    cut = attrs.evolve(span, end=flag + 1, text=ru.body[span.start : flag + 1])
    bad = attrs.evolve(
        ru, quotes=(attrs.evolve(quote, spans=(cut,), text=cut.text), *ru.quotes[1:])
    )
    problems = iw.validate(bad)
    assert [(p.code, p.severity) for p in problems] == [
        ("span_splits_character", iw.Severity.WARNING)
    ]


def test_the_outline_tells_the_truth() -> None:
    denial = outline(build_example("denial-correction"))
    assert "NOT agreement: The two governments set a date" in denial
    assert "'al-Harir Air Base' -> 'Ain al-Asad Air Base'" in denial
    joint = outline(build_example("joint-statement"))
    assert "Government of Iraq and Government of the United States" in joint
    assert "in: Baghdad, Washington, D.C." in joint
    live = outline(build_example("live-page"))
    assert live.index("14:10 GMT") < live.index("12:45 GMT") < live.index("09:30 GMT")
    ranged = attrs.evolve(
        build_example("conditional-deal"),
        events=(
            attrs.evolve(
                build_example("conditional-deal").events[0],
                quantities=(iw.Quantity(amount=iw.Amount(low=0, high=5), counted="sites"),),
            ),
        ),
    )
    assert "0\u20135 sites" in outline(ranged)
    pullout = outline(build_example("phased-pullout"))
    assert "about 1/3 of the 2,500 troops" in pullout
    assert "Contributor (additional reporting): Sara Haddad" in pullout


def test_the_cli_prints_each_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "--list"]) == 0
    assert capsys.readouterr().out.split() == list(EXAMPLES)
    assert main(["example", "live-page"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(example_json("live-page"))
    assert main(["example", "no-such"]) != 0


def test_resolve_times_uses_the_report_date_and_keeps_what_was_inferred() -> None:
    seed = example("seed")
    assert seed.resolve_times() == seed  # every year-less date already carries its year
    event = seed.event("ev-rasul-criticism")
    assert event.time is not None
    bare = attrs.evolve(event.time, inferred=None, inference=None)
    stripped = attrs.evolve(
        seed, events=tuple(attrs.evolve(e, time=bare) if e is event else e for e in seed.events)
    )
    again = stripped.resolve_times("the dateline")
    time = again.event("ev-rasul-criticism").time
    assert time is not None and time.inferred == iw.PartialDate(year=2024, month=2)
    assert time.inference == "the dateline"
    live = example("live-page")
    assert live.report_date() is None and live.resolve_times() is live


def test_live_entries_out_of_order_are_a_warning() -> None:
    live = example("live-page")
    swapped = attrs.evolve(live, entries=(live.entries[1], live.entries[0], live.entries[2]))
    assert [(p.code, p.path) for p in iw.validate(swapped)] == [
        ("live_entry_order", "$.entries[1].at")
    ]


def test_a_pointer_cannot_be_shared_in_turn() -> None:
    # A pointer carries no id, so no chain of pointers can be written.
    with pytest.raises(iw.RuleError) as info:
        iw.Attribution(id="a-again", shared="a-1")
    assert info.value.code == "shared_attribution"


def test_plover_marks_negated_events_and_never_reads_headline_offsets_in_the_body() -> None:
    from iraqwithdrawal.standards import to_plover

    article = example("denial-correction")
    # A PLOVER record needs a whole day and an actor: the agreement is given both here.
    agreed = iw.Participant(
        entity="ministry-of-foreign-affairs-of-iraq", role=iw.ParticipantRole.AGENT
    )
    day = iw.TimeExpression(date=iw.PartialDate(year=2025, month=1, day=19))
    events = [
        attrs.evolve(e, time=day, participants=(agreed,)) if e.id == "ev-agreement" else e
        for e in article.events
    ]
    conversion = to_plover(attrs.evolve(article, events=events))
    contexts = {r["comment"]: r.get("context") for r in conversion.document}
    assert contexts["The two governments set a date for a withdrawal"] == ["negation"]
    # The ministry denies the withdrawal: nobody did it, so PLOVER has no record of it.
    assert "US troops begin leaving Ain al-Asad air base" not in contexts
    loss = conversion.lost("$.events[0]")
    assert loss is not None and "denied" in loss.message
    ru = example("agency-post-ru")
    conversion = to_plover(ru)
    assert all("text_info" not in r for r in conversion.document)
    assert conversion.lost("$.events[0].spans") is not None


def test_annotations_select_a_span_outside_the_body_by_its_words() -> None:
    from iraqwithdrawal.standards import to_annotations

    ru = example("agency-post-ru")
    headline_cue = attrs.evolve(
        ru.quotes[0],
        spans=(iw.Span(start=0, end=9, text="Источники", field=iw.SpanField.HEADLINE),),
        attribution=attrs.evolve(ru.quotes[0].attribution, mode=iw.AttributionMode.PARAPHRASE),
        text="Источники",
    )
    article = attrs.evolve(ru, quotes=(headline_cue, *ru.quotes[1:]))
    target = to_annotations(article).document["first"]["items"][0]["target"][0]
    assert [s["type"] for s in target["selector"]] == ["TextQuoteSelector"]
    assert target["selector"][0]["exact"] == "Источники"


def test_the_builder_takes_participants_by_role_and_wikidata_ids() -> None:
    b = ArticleBuilder(headline="h", body="Iraq and the US talk.")
    iraq = b.new(iw.Place, name="Iraq", wikidata="Q796", mentions=["Iraq"])
    us = b.new(iw.Place, name="United States", mentions=["the US"])
    talks = b.new(
        iw.Event,
        event_type="negotiation",
        agent=[iraq, us],
        recipient=us,
        participants=[iw.Participant(entity="iraq", role=iw.ParticipantRole.OTHER)],
    )
    assert [(p.entity, p.role) for p in talks.participants] == [
        ("iraq", "agent"),
        ("united-states", "agent"),
        ("united-states", "recipient"),
        ("iraq", "other"),
    ]
    assert iraq.identifiers == (iw.Identifier(scheme="wikidata", value="Q796"),)


def _nulls(node: Any, path: str = "$") -> list[str]:
    if node is None:
        return [path]
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _nulls(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _nulls(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda f: f.__name__)
def test_exports_hold_no_null_values(name: str, exporter: Any) -> None:
    assert _nulls(exporter(build_example(name)).document) == []


def test_the_outline_of_shares_that_refer_to_each_other_ends() -> None:
    deal = example("conditional-deal")
    event = next(e for e in deal.events if len(e.quantities) == 2)
    whole, share = event.quantities
    share = attrs.evolve(share, id="q-half")  # a share of the whole ...
    looped = attrs.evolve(  # ... and the whole made a share of it
        whole, amount=None, fraction=iw.Fraction(numerator=1, denominator=2), part_of="q-half"
    )
    article = attrs.evolve(
        deal,
        events=tuple(
            attrs.evolve(e, quantities=(looped, share)) if e is event else e for e in deal.events
        ),
    )
    assert "1/2 of" in outline(article)

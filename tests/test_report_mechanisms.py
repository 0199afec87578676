"""The general mechanisms added for the reports judged unseen (``tests/corpus``: Hindi,
Swahili, Greek): currencies as unit terms with their ISO 4217 codes, the clock a time was
read on, a time stated as undecided, what a mention's form says (a plural of respect), how
many steps an event goes in, an event that ends another, and an event link to a quote."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.errors import RuleError
from iraqwithdrawal.models.time import CLOCK_OFFSETS

from ._paths import DATA, ROOT


def _problems(call: Any) -> list[tuple[str, str]]:
    with pytest.raises(iw.ValidationError) as caught:
        call()
    return [(p.code, p.path) for p in caught.value.problems]


# -- currencies ----------------------------------------------------------------------------


def test_every_currency_term_names_a_real_iso_4217_code() -> None:
    """Judged by the ISO 4217 list of Debian's iso-codes (tests/data/iso4217)."""
    table = json.loads((DATA / "iso4217" / "iso_4217.json").read_text(encoding="utf-8"))
    codes = {row["alpha_3"] for row in table["4217"]}
    units = iw.QUANTITY_UNITS
    currencies = [n for n in units if n != "currency" and units.narrows(n, "currency")]
    assert {"us_dollar", "euro", "indian_rupee", "iraqi_dinar"} <= set(currencies)
    seen = set()
    for name in currencies:
        code = units.get(name).mapping("iso4217")
        assert code in codes, (name, code)
        assert code not in seen, code
        seen.add(code)
    # and no term outside 'currency' claims a currency code
    for name in units:
        if name not in currencies:
            assert units.get(name).mapping("iso4217") is None, name


def test_a_figure_in_rupees_round_trips_and_an_unknown_unit_is_refused() -> None:
    article = iw.from_json((ROOT / "tests" / "corpus" / "hi_trainers_return.json").read_bytes())
    (training,) = [e for e in article.events if e.id == "ev-training"]
    assert training.quantities[0].unit == "indian_rupee"
    assert iw.from_json(iw.to_json(article)) == article
    data = json.loads(iw.to_json(article))
    index = [e["id"] for e in data["events"]].index("ev-training")
    data["events"][index]["quantities"][0]["unit"] = "rupee_of_nowhere"
    problems = _problems(lambda: iw.from_dict(data))
    assert ("unknown_term", f"$.events[{index}].quantities[0].unit") in problems


# -- the clock a time was read on ----------------------------------------------------------


def test_the_swahili_clock_gives_back_the_hour_the_text_read() -> None:
    def on(hour: int, clock: str | None) -> int:
        return iw.Moment(hour=hour, clock=clock).face_hour()

    assert on(9, "swahili") == 3  # saa tatu asubuhi
    assert on(19, "swahili") == 1  # saa moja usiku
    assert on(6, "swahili") == 12  # saa kumi na mbili asubuhi
    assert on(16, "twelve_hour") == 4
    assert on(0, "twelve_hour") == 12
    assert on(16, "twenty_four_hour") == on(16, None) == 16


@given(st.integers(0, 23))
def test_a_clock_face_is_the_twelve_hour_face_shifted_by_its_offset(hour: int) -> None:
    swahili = iw.Moment(hour=hour, clock="swahili").face_hour()
    twelve = iw.Moment(hour=(hour - CLOCK_OFFSETS["swahili"]) % 24, clock="twelve_hour")
    assert swahili == twelve.face_hour()
    assert 1 <= swahili <= 12


def test_the_corpus_briefing_is_read_on_the_swahili_clock() -> None:
    article = iw.from_json((ROOT / "tests" / "corpus" / "sw_relay_range.json").read_bytes())
    (briefing,) = article.communications
    assert briefing.time is not None and briefing.time.moment is not None
    moment = briefing.time.moment
    assert (moment.hour, moment.clock, moment.face_hour()) == (9, "swahili", 3)


def test_an_unknown_clock_is_refused_at_its_path() -> None:
    data = {"hour": 9, "clock": "lunar"}
    problems = _problems(lambda: iw.from_dict(data, iw.Moment))
    assert problems == [("unknown_term", "$.clock")]


# -- a time stated as undecided ------------------------------------------------------------


def test_an_undecided_time_says_something_and_an_empty_one_still_does_not() -> None:
    undecided = iw.TimeExpression(status="undecided")
    assert iw.from_dict(iw.to_dict(undecided), iw.TimeExpression) == undecided
    with pytest.raises(RuleError) as caught:
        iw.TimeExpression()
    assert caught.value.code == "empty_time"
    assert _problems(lambda: iw.from_dict({"status": "someday"}, iw.TimeExpression)) == [
        ("unknown_term", "$.status")
    ]


# -- a deictic word that names a distance both ways -----------------------------------------


def test_a_word_read_both_ways_keeps_what_decided_and_the_other_reading() -> None:
    article = iw.from_json((ROOT / "tests" / "corpus" / "hi_trainers_return.json").read_bytes())
    (talks,) = [e for e in article.events if e.id == "ev-talks"]
    assert talks.time is not None and talks.time.deixis is not None
    deixis = talks.time.deixis
    assert deixis.direction_from == "tense"
    other = deixis.other_reading()
    assert other is not None and other.offset == 2
    published = _dt.date(2026, 12, 4)
    assert str(deixis.resolve(published)) == "2026-12-02"  # परसों हुई: two days ago
    assert str(other.resolve(published)) == "2026-12-06"  # the reading not taken
    assert iw.Deixis(unit=iw.DeicticUnit.DAY, offset=-1).other_reading() is None


@given(st.integers(-30, 30).filter(bool))
def test_the_other_reading_is_the_same_distance_the_other_way(offset: int) -> None:
    deixis = iw.Deixis(unit=iw.DeicticUnit.DAY, offset=offset, direction_from="context")
    other = deixis.other_reading()
    assert other is not None and other.offset == -offset
    assert other.other_reading() == deixis


# -- what a mention's form says ------------------------------------------------------------


def test_a_plural_of_respect_is_an_honorific_feature_of_a_mention() -> None:
    assert iw.MENTION_FEATURES.narrows("plural_of_respect", "honorific")
    article = iw.from_json((ROOT / "tests" / "corpus" / "hi_trainers_return.json").read_bytes())
    (minister,) = [e for e in article.entities if e.id == "minister"]
    pronoun = minister.mentions[1]
    assert pronoun.form is iw.MentionForm.PRONOUN
    assert pronoun.features == ("plural_of_respect",)
    mention = iw.Mention(span=pronoun.span)
    assert mention.features == ()  # optional: old documents load unchanged


# -- how many steps, an event that ends another, a link to a quote ------------------------


def _event(**fields: Any) -> iw.Event:
    return iw.Event(id="ev-x", event_type="withdrawal", **fields)


@pytest.mark.parametrize("bad", [0, -2, True, 1.5])
def test_the_number_of_steps_is_a_positive_whole_number(bad: Any) -> None:
    with pytest.raises(RuleError):
        _event(in_steps="phase", steps=bad)
    data = {"id": "ev-x", "event_type": "withdrawal", "in_steps": "phase", "steps": bad}
    (problem,) = _problems(lambda: iw.from_dict(data, iw.Event))
    assert problem[1] == "$.steps"
    assert iw.from_dict({**data, "steps": 2}, iw.Event) == _event(in_steps="phase", steps=2)


def test_an_event_link_may_name_a_quote_and_still_must_resolve() -> None:
    article = iw.from_json((ROOT / "tests" / "corpus" / "el_mission_quarter.json").read_bytes())
    assert iw.validate(article) == []
    (no_answer,) = [e for e in article.events if e.id == "ev-no-answer"]
    (question,) = [q for q in article.quotes if q.id == no_answer.links[0].target]
    assert question.act == "question"
    index = article.events.index(no_answer)
    gone = attrs.evolve(
        no_answer, links=[iw.EventLink(relation=iw.EventRelation.CONCERNS, target="q-gone")]
    )
    events = list(article.events)
    events[index] = gone
    problems = iw.validate(attrs.evolve(article, events=events))
    assert [(p.code, p.path) for p in problems] == [
        ("unresolved_reference", f"$.events[{index}].links[0].target")
    ]


def test_a_link_to_a_part_of_the_article_is_still_the_wrong_kind() -> None:
    """Widened to what a statement can be about, not to anything with an id."""
    article = iw.from_json((ROOT / "tests" / "corpus" / "el_mission_quarter.json").read_bytes())
    note = iw.ArticlePart(id="note-1", kind="editors_note", text="An editor's note.")
    (no_answer,) = [e for e in article.events if e.id == "ev-no-answer"]
    index = article.events.index(no_answer)
    events = list(article.events)
    events[index] = attrs.evolve(
        no_answer, links=[iw.EventLink(relation=iw.EventRelation.CONCERNS, target="note-1")]
    )
    changed = attrs.evolve(article, events=events, parts=[*article.parts, note])
    problems = [(p.code, p.path) for p in iw.validate(changed)]
    assert problems == [("wrong_reference_kind", f"$.events[{index}].links[0].target")]


def test_a_withdrawal_ends_the_training_it_cuts_short() -> None:
    article = iw.from_json((ROOT / "tests" / "corpus" / "sw_relay_range.json").read_bytes())
    (withdrawal,) = [e for e in article.events if e.id == "ev-withdrawal"]
    (ends,) = [link for link in withdrawal.links if link.relation is iw.EventRelation.ENDS]
    (training,) = [e for e in article.events if e.id == ends.target]
    assert training.status == "ongoing"

"""Construction-time validation: what each model accepts and refuses."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import (
    Amount,
    Attribution,
    Cue,
    Duration,
    DurationUnit,
    Event,
    Interval,
    License,
    PartialDate,
    Person,
    QuantityQualifier,
    RuleError,
    Span,
    TimeExpression,
    TimeRelation,
)


def _code(fn: Any, **kwargs: Any) -> str:
    with pytest.raises((RuleError, TypeError)) as info:
        fn(**kwargs)
    return getattr(info.value, "code", "wrong_type")


def test_models_are_frozen_slotted_and_keyword_only() -> None:
    span = Span(start=0, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    assert not hasattr(span, "__dict__")
    with pytest.raises(TypeError):
        Span(0, 3)  # type: ignore[misc]
    assert attrs.evolve(span, end=5) == Span(start=0, end=5)


def test_evolve_revalidates() -> None:
    with pytest.raises(RuleError):
        attrs.evolve(Span(start=2, end=3), end=1)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"start": 3, "end": 3}, "span_order"),
        ({"start": 4, "end": 2}, "span_order"),
        ({"start": -1, "end": 2}, "negative_offset"),
        ({"start": 0, "end": 2, "text": "abc"}, "span_text_length"),
        ({"start": True, "end": 2}, "wrong_type"),
        ({"start": "0", "end": 2}, "wrong_type"),
    ],
)
def test_span_rejects(kwargs: dict[str, Any], code: str) -> None:
    assert _code(Span, **kwargs) == code


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"year": 2021, "month": 2, "day": 30}, "impossible_date"),
        ({"year": 2021, "month": 13}, "impossible_date"),
        ({"year": 2021, "day": 3}, "day_without_month"),
        ({"month": 2, "day": 30}, "impossible_date"),
        ({}, "empty_date"),
        ({"year": 2023, "month": 2, "day": 29}, "impossible_date"),
        ({"year": 10**10}, "date_range"),
        ({"year": "2021"}, "wrong_type"),
    ],
)
def test_partial_date_rejects(kwargs: dict[str, Any], code: str) -> None:
    assert _code(PartialDate, **kwargs) == code


def test_partial_date_accepts_year_less_leap_day_and_bounds() -> None:
    assert PartialDate(month=2, day=29).to_edtf() == "XXXX-02-29"
    d = PartialDate(year=2021, month=3)
    assert (str(d.earliest()), str(d.latest())) == ("2021-03-01", "2021-03-31")
    assert PartialDate(month=7, day=24).earliest() is None


def test_intervals_and_time_expressions() -> None:
    with pytest.raises(RuleError) as info:
        Interval(start=PartialDate(year=2022), end=PartialDate(year=2021))
    assert info.value.code == "reversed_range"
    assert _code(Interval, start_unknown=True) == "empty_interval"
    assert Interval().to_edtf() == "../.."  # two open ends, as EDTF allows
    by = TimeExpression(relation=TimeRelation.BY, date=PartialDate(year=2025, month=9))
    assert by.to_edtf() == "../2025-09"
    since = TimeExpression(relation=TimeRelation.SINCE, date=PartialDate(year=2014))
    assert since.to_edtf() == "2014/.."
    within = TimeExpression(
        relation=TimeRelation.WITHIN,
        relative_to="ev-signing",
        offset=Duration(value=135, unit=DurationUnit.DAY),
        text="within 135 days of the signing",
    )
    assert within.to_edtf() is None
    for kwargs, code in [
        ({"relation": TimeRelation.BETWEEN, "date": PartialDate(year=1)}, "time_shape"),
        ({"relation": TimeRelation.WITHIN, "relative_to": "e1"}, "time_shape"),
        ({"relative_to": "e1", "date": PartialDate(year=2020)}, "time_shape"),
        ({}, "empty_time"),
        (
            {
                "date": PartialDate(month=2),
                "inferred": PartialDate(year=2024, month=3),
                "inference": "x",
            },
            "inferred_mismatch",
        ),
        (
            {"date": PartialDate(month=2), "inferred": PartialDate(year=2024, month=2)},
            "inference_missing",
        ),
        ({"inferred": PartialDate(year=2024)}, "inferred_without_date"),
    ]:
        assert _code(TimeExpression, **kwargs) == code, kwargs


def test_amounts() -> None:
    assert Amount(value=2500, qualifier=QuantityQualifier.ABOUT).value == 2500
    assert Amount(qualifier=QuantityQualifier.HUNDREDS).value is None
    assert _code(Amount) == "amount_shape"
    assert _code(Amount, value=1, low=0) == "amount_shape"
    assert _code(Amount, low=5, high=3) == "reversed_range"
    assert _code(Amount, value=float("nan")) == "not_finite"
    assert _code(Amount, value=True) == "wrong_type"
    assert _code(Amount, value=3, qualifier=QuantityQualifier.THOUSANDS) == "amount_shape"


def test_text_and_id_rules() -> None:
    assert _code(Person, id="p1", name="  ") == "empty_text"
    assert _code(Person, id="1p", name="A") == "id_syntax"
    assert _code(Person, id="p 1", name="A") == "id_syntax"
    assert _code(Cue, text="") == "empty_text"
    assert _code(Person, id="p1", name="A", aliases="abc") == "wrong_type"


def test_lists_become_tuples() -> None:
    person = Person(id="p1", name="A", aliases=["B", "C"])
    assert person.aliases == ("B", "C")
    assert hash(person) == hash(Person(id="p1", name="A", aliases=("B", "C")))


def test_event_types_are_a_registered_vocabulary() -> None:
    assert _code(Event, id="e1", event_type="picnic") == "unknown_event_type"
    info = Event(id="e1", event_type="withdrawal").type_info
    assert (info.plover, info.plover_mode, info.cameo) == ("RETREAT", "withdraw", "0874")
    with pytest.raises(iw.RegistryError):
        iw.register_event_type(iw.EventType(name="withdrawal", label="again"))


def test_licence_resolution_only_when_unambiguous() -> None:
    assert iw.resolve_license("Creative Commons 2.0") is None
    assert iw.resolve_license("CC BY-SA 2.0") == "CC-BY-SA-2.0"
    assert iw.resolve_license("Creative Commons Attribution 4.0 International") == "CC-BY-4.0"
    assert iw.resolve_license("Reuters") is None
    assert _code(License, text="CC BY 2.0", spdx="CC-BY-SA-2.0") == "license_mismatch"


def test_attribution_chain() -> None:
    a = Attribution(source="s", relay=[iw.RelayHop(via="n"), iw.RelayHop(via="t")])
    assert a.chain() == ("s", "n", "t")
    assert Attribution(relay=[iw.RelayHop(via="n")]).chain() == ("n",)


def test_subclassing_a_model() -> None:
    @attrs.frozen(kw_only=True)
    class ScoredPerson(Person):
        score: float = attrs.field(default=0.0)

    p = ScoredPerson(id="p1", name="A", score=0.5)
    assert isinstance(p, Person) and p.label == "A"
    assert attrs.evolve(p, score=0.7).score == 0.7


# --- validators as properties -----------------------------------------------------------------


@given(st.integers(-5, 50), st.integers(-5, 50))
def test_span_exists_exactly_when_ordered(start: int, end: int) -> None:
    try:
        Span(start=start, end=end)
    except RuleError:
        assert not 0 <= start < end
    else:
        assert 0 <= start < end


@given(st.integers(1, 9999), st.integers(-1, 14), st.integers(-1, 33))
def test_partial_date_agrees_with_the_calendar(year: int, month: int, day: int) -> None:
    import datetime

    try:
        datetime.date(year, month, day)
        real = True
    except ValueError:
        real = False
    try:
        PartialDate(year=year, month=month, day=day)
        built = True
    except RuleError:
        built = False
    assert built == real


@given(st.integers(1, 12), st.integers(1, 31))
def test_year_less_dates_allow_any_day_some_year_has(month: int, day: int) -> None:
    import calendar

    possible = day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    try:
        PartialDate(month=month, day=day)
    except RuleError:
        assert not possible
    else:
        assert possible


@given(st.integers(-100, 100), st.integers(-100, 100))
def test_amount_ranges_are_ordered(low: int, high: int) -> None:
    try:
        Amount(low=low, high=high)
    except RuleError as exc:
        assert exc.code == "reversed_range" and high < low
    else:
        assert low <= high


@given(st.text(max_size=20))
def test_ids_follow_the_pattern(text: str) -> None:
    import re

    valid = re.fullmatch(iw.ID_PATTERN, text) is not None
    try:
        Person(id=text, name="x")
    except RuleError as exc:
        assert exc.code == "id_syntax" and not valid
    else:
        assert valid


def test_every_field_of_every_model_has_a_validator() -> None:
    missing = [
        f"{cls.__name__}.{a.name}"
        for name in iw.__all__
        if isinstance(cls := getattr(iw, name), type)
        and (issubclass(cls, iw.Model) or cls is iw.EventType)
        for a in attrs.fields(cls)
        if a.validator is None
    ]
    assert missing == []

"""PartialDate and Interval against the EDTF test vectors in tests/data/edtf/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from iraqwithdrawal import (
    EDTFError,
    Interval,
    PartialDate,
    RuleError,
    TimeExpression,
    TimeRelation,
    parse_edtf,
)
from iraqwithdrawal.testing import intervals, partial_dates

from ._paths import DATA

# Strings of EDTF levels 0-1 that this library declines on purpose (times of day, seasons,
# partly unspecified digits); each must raise EDTFError with code "edtf_unsupported".
UNSUPPORTED_LEVEL_0_1 = {
    "1985-04-12T23:20:30",
    "1985-04-12T23:20:30Z",
    "1985-04-12T23:20:30-04",
    "1985-04-12T23:20:30+04:30",
    "201X",
    "20XX",
}


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.split("\t"))
    return rows


def test_spec_examples_of_levels_0_and_1() -> None:
    rows = [r for r in _rows(DATA / "edtf" / "spec_examples.tsv") if r[1] in ("0", "1")]
    assert len(rows) > 20
    declined = set()
    for text, level, *_ in rows:
        if text in UNSUPPORTED_LEVEL_0_1:
            with pytest.raises(EDTFError) as info:
                parse_edtf(text)
            assert info.value.code == "edtf_unsupported", text
            declined.add(text)
            continue
        value = parse_edtf(text)
        again = parse_edtf(value.to_edtf())
        assert again == value, (text, level)
    assert declined == UNSUPPORTED_LEVEL_0_1 & {r[0] for r in rows}


def test_every_invalid_vector_is_rejected() -> None:
    rows = _rows(DATA / "edtf" / "invalid.txt")
    assert len(rows) >= 20
    for text, *_ in rows:
        with pytest.raises(EDTFError):
            parse_edtf(text)
    for text in ("", "None"):
        with pytest.raises(EDTFError):
            parse_edtf(text)


def test_valid_vectors_are_read_or_declined_never_misread() -> None:
    """Every string the parsers' suites accept is either read (and written back to an
    equivalent value) or declined with edtf_unsupported; none is read wrongly."""
    read = 0
    for text, _source, interp in _rows(DATA / "edtf" / "valid.txt"):
        try:
            value = parse_edtf(text)
        except EDTFError as exc:
            assert exc.code in ("edtf_unsupported",), (text, exc)
            continue
        read += 1
        assert parse_edtf(value.to_edtf()) == value
        bounds = dict(kv.split("=", 1) for kv in interp.split(" | ")[0].split() if "=" in kv)
        if (
            "lower_strict" in bounds
            and isinstance(value, PartialDate)
            and value.year
            and 1 <= value.year <= 9999
        ):
            assert value.earliest() is not None
            assert value.earliest().isoformat() == bounds["lower_strict"], text
            assert value.latest().isoformat() == bounds["upper_strict"], text
    assert read >= 40


def test_seed_encodings_from_the_crosscheck_table() -> None:
    seed_rows = [r for r in _rows(DATA / "edtf" / "crosscheck.tsv") if r[1].startswith("seed:")]
    assert seed_rows
    for text, *_ in seed_rows:
        if text.startswith("[") or text == "2024?-02":  # level 2: declined by design
            with pytest.raises(EDTFError) as info:
                parse_edtf(text)
            assert info.value.code == "edtf_unsupported"
            continue
        assert parse_edtf(text).to_edtf() == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("XXXX-07-24", PartialDate(month=7, day=24)),
        ("2021-03", PartialDate(year=2021, month=3)),
        ("2014", PartialDate(year=2014)),
        ("2024?-02", None),
        ("2004-06~", PartialDate(year=2004, month=6, approximate=True)),
        ("2004-06-11%", PartialDate(year=2004, month=6, day=11, approximate=True, uncertain=True)),
        ("1985-04-XX", PartialDate(year=1985, month=4)),
        ("Y-170000002", PartialDate(year=-170000002)),
        ("-0999", PartialDate(year=-999)),
        ("XXXX-02-29", PartialDate(month=2, day=29)),
    ],
)
def test_partial_date_readings(text: str, expected: PartialDate | None) -> None:
    if expected is None:
        with pytest.raises(EDTFError):
            PartialDate.from_edtf(text)
    else:
        assert PartialDate.from_edtf(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2021-02-29", "impossible_date"),
        ("2021-13", "impossible_date"),
        ("XXXX-XX-05", "edtf_unsupported"),
        ("2021-04-31", "impossible_date"),
        ("2021-00", "impossible_date"),
    ],
)
def test_impossible_dates(text: str, code: str) -> None:
    with pytest.raises(EDTFError) as info:
        parse_edtf(text)
    assert info.value.code == code


def test_interval_readings() -> None:
    assert Interval.from_edtf("../2025-09") == Interval(end=PartialDate(year=2025, month=9))
    assert Interval.from_edtf("1985/") == Interval(start=PartialDate(year=1985), end_unknown=True)
    with pytest.raises(EDTFError) as info:
        Interval.from_edtf("2021-12/2021-03")
    assert info.value.code == "reversed_range"
    # The specification allows two open ends; an unknown end with no date at all says nothing.
    assert Interval.from_edtf("../..") == Interval()
    for text in ("/..", "../", "/"):
        with pytest.raises(EDTFError) as info:
            Interval.from_edtf(text)
        assert info.value.code == "empty_interval", text


@pytest.mark.parametrize(
    ("make", "written"),
    [
        (lambda: PartialDate(month=7, day=24, approximate=True), "XXXX-07-24~"),
        (lambda: PartialDate(month=7, uncertain=True), "XXXX-07?"),
        (lambda: PartialDate(division=22), "XXXX-22"),
        (lambda: PartialDate(year=2020, division=21, approximate=True), "2020-21~"),
        (lambda: PartialDate(year=12345, month=1), "Y12345-01"),
        (lambda: PartialDate(year=12345, uncertain=True), "Y12345?"),
        (lambda: Interval(end=PartialDate(month=9)), "../XXXX-09"),
        (lambda: Interval(start=PartialDate(month=9), end_unknown=True), "XXXX-09/"),
        (
            lambda: Interval(start=PartialDate(year=20000), end=PartialDate(year=30000)),
            "Y20000/Y30000",
        ),
        (
            lambda: Interval(
                start=PartialDate(year=2004, month=6, approximate=True),
                end=PartialDate(month=8),
            ),
            "2004-06~/XXXX-08",
        ),
    ],
)
def test_values_edtf_cannot_write_are_refused(make: Any, written: str) -> None:
    """What would be written as a string the specification does not define is refused when
    built and when read, with the rule's code; nothing is published that EDTF lacks."""
    with pytest.raises(RuleError) as info:
        make()
    assert info.value.code == "edtf_inexpressible"
    with pytest.raises(EDTFError) as read:
        parse_edtf(written)
    assert read.value.code == "edtf_inexpressible", written


@pytest.mark.parametrize(
    "text", ["-0005/-0010", "Y-20000/-9999", "2021/2020-12", "2021-41/2021-33"]
)
def test_reversed_intervals_are_refused_for_every_year(text: str) -> None:
    with pytest.raises(EDTFError) as info:
        parse_edtf(text)
    assert info.value.code in ("reversed_range", "edtf_inexpressible"), text


def test_year_less_by_has_no_edtf_form() -> None:
    by = TimeExpression(relation=TimeRelation.BY, date=PartialDate(month=9), text="by September")
    assert by.to_edtf() is None
    assert (
        TimeExpression(relation=TimeRelation.BY, date=PartialDate(year=2025, month=9)).to_edtf()
        == "../2025-09"
    )


@given(partial_dates())
def test_partial_date_edtf_round_trip(date: PartialDate) -> None:
    assert PartialDate.from_edtf(date.to_edtf()) == date


@given(intervals())
def test_interval_edtf_round_trip(interval: Interval) -> None:
    assert Interval.from_edtf(interval.to_edtf()) == interval


@given(partial_dates(with_year=True))
def test_bounds_are_ordered(date: PartialDate) -> None:
    lo, hi = date.earliest(), date.latest()
    if lo is not None and hi is not None:
        assert lo <= hi

"""Our EDTF reader and writer against the reference parser python-edtf (a test dependency).

Both must accept or refuse the same strings, except the intended differences that
docs/wire-format.md lists in its table (read here, so the table cannot go stale); on every
string both read they must agree on the dates and qualifiers; and every string we write must
be one python-edtf reads.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import example, given, settings

from iraqwithdrawal import EDTFError, Interval, PartialDate, parse_edtf
from iraqwithdrawal.testing import edtf_like_strings, intervals, partial_dates

from ._paths import ROOT, edtf_vectors
from ._profiles import examples

edtf = pytest.importorskip("edtf")


def _differences() -> list[dict[str, str]]:
    page = (ROOT / "docs" / "wire-format.md").read_text(encoding="utf-8")
    section = page.split("## EDTF support", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("`"):
            example_text, theirs, ours, code, _why = cells
            rows.append(
                {
                    "text": example_text.strip("`"),
                    "theirs": theirs,
                    "ours": ours,
                    "code": code.strip("`"),
                }
            )
    return rows


DIFFERENCES = _differences()
#: Codes with which we may refuse what python-edtf reads.
REFUSAL_CODES = {row["code"] for row in DIFFERENCES if row["ours"] == "refuses"}


def _theirs(text: str) -> Any | None:
    try:
        return edtf.parse_edtf(text)
    except Exception:  # python-edtf raises several kinds of errors for what it refuses
        return None


def _ours(text: str) -> PartialDate | Interval | EDTFError:
    try:
        return parse_edtf(text)
    except EDTFError as exc:
        return exc


def _day(struct: Any) -> tuple[int, int, int] | None:
    if not isinstance(struct, tuple) and not hasattr(struct, "tm_year"):
        return None  # python-edtf gives a float for an open end
    return (struct[0], struct[1], struct[2])


def _ymd(d: dt.date | None) -> tuple[int, int, int] | None:
    return None if d is None else (d.year, d.month, d.day)


def _flags(d: PartialDate) -> tuple[bool, bool]:
    return d.approximate, d.uncertain


def _their_flags(value: Any) -> tuple[bool, bool]:
    if value.is_uncertain_and_approximate:
        return True, True
    return bool(value.is_approximate), bool(value.is_uncertain)


def _same_meaning(text: str, ours: PartialDate | Interval, theirs: Any) -> None:
    if isinstance(ours, PartialDate):
        assert _flags(ours) == _their_flags(theirs), text
        if ours.year is not None and 1 <= ours.year <= 9999:
            assert _ymd(ours.earliest()) == _day(theirs.lower_strict()), text
            assert _ymd(ours.latest()) == _day(theirs.upper_strict()), text
        elif ours.year is not None:
            assert _day(theirs.lower_strict())[0] == ours.year, text  # type: ignore[index]
        return
    start, end = ours.start, ours.end
    if start is not None and start.year is not None and 1 <= start.year <= 9999:
        assert _ymd(start.earliest()) == _day(theirs.lower_strict()), text
    if end is not None and end.year is not None and 1 <= end.year <= 9999:
        assert _ymd(end.latest()) == _day(theirs.upper_strict()), text


def _compare(text: str) -> None:
    ours, theirs = _ours(text), _theirs(text)
    documented = {row["text"]: row for row in DIFFERENCES}
    if isinstance(ours, EDTFError):
        if theirs is not None:
            assert ours.code in REFUSAL_CODES, (
                f"{text!r}: python-edtf reads it, we refuse it with {ours.code!r}, "
                "which is not an intended difference in docs/wire-format.md"
            )
        return
    if theirs is None:
        normal = ours.to_edtf()
        assert text in documented or _theirs(normal) is not None, (
            f"{text!r}: we read it, python-edtf refuses it and it is not in the table of "
            "intended differences"
        )
        return
    _same_meaning(text, ours, theirs)


def test_the_table_of_differences_is_read() -> None:
    assert len(DIFFERENCES) >= 8
    assert {"empty_date", "edtf_unsupported", "reversed_range"} <= REFUSAL_CODES


@pytest.mark.parametrize("row", DIFFERENCES, ids=lambda row: row["text"])
def test_each_documented_difference_is_real(row: dict[str, str]) -> None:
    ours, theirs = _ours(row["text"]), _theirs(row["text"])
    assert (theirs is not None) is (row["theirs"] == "reads")
    if row["ours"] == "refuses":
        assert isinstance(ours, EDTFError) and ours.code == row["code"]
    else:
        assert not isinstance(ours, EDTFError)


def test_agreement_on_every_vector() -> None:
    vectors = edtf_vectors()
    assert len(vectors) > 150
    for text in vectors:
        _compare(text)


@settings(max_examples=examples(400))
@given(edtf_like_strings())
@example("XXXX-07-24~")
@example("../XXXX-09")
@example("Y12345-01")
@example("Y12345?")
@example("Y20000/2000")
@example("../..")
@example("XXXX")
def test_agreement_on_generated_strings(text: str) -> None:
    _compare(text)


@given(partial_dates(with_year=None))
def test_every_date_we_write_is_read_alike_by_python_edtf(date: PartialDate) -> None:
    written = date.to_edtf()
    theirs = _theirs(written)
    assert theirs is not None, written
    _same_meaning(written, date, theirs)


@given(intervals(with_year=None))
def test_every_interval_we_write_is_read_alike_by_python_edtf(interval: Interval) -> None:
    written = interval.to_edtf()
    theirs = _theirs(written)
    assert theirs is not None, written
    _same_meaning(written, interval, theirs)


def test_every_edtf_string_in_the_examples_is_read_by_python_edtf() -> None:
    pattern = re.compile(
        r'"((?:XXXX|-?[0-9]{4}|Y-?[0-9]{5,})(?:-[0-9X]{2}){0,2}[?~%]?(?:/[^"]*)?)"'
    )
    seen = 0
    for path in sorted((ROOT / "src" / "iraqwithdrawal" / "examples").glob("*.json")):
        for text in pattern.findall(path.read_text(encoding="utf-8")):
            if isinstance(_ours(text), EDTFError):
                continue  # a digit string that is not a date (a year as a number, an id)
            seen += 1
            assert _theirs(text) is not None, (path.name, text)
    assert seen > 10

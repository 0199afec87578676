"""Partial dates and intervals: exactly the precision the text states ("24 July" has no
year), written as EDTF strings (levels 0 and 1, date part)."""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import Any, ClassVar

import attrs

from ...errors import EDTFError, RuleError
from .. import _checks as v
from .._base import (
    BOOL,
    Model,
)
from .._checks import rule
from .._declared import Bounds, Choice

__all__ = ["DIVISIONS", "MAX_YEAR", "Interval", "PartialDate", "end_inexpressible", "whole_day"]

MAX_YEAR = 999_999_999


_year_ok = Bounds(
    minimum=-MAX_YEAR,
    maximum=MAX_YEAR,
    code="date_range",
    message=f"year {{value}} is out of range (|year| <= {MAX_YEAR})",
)
_month_ok = Bounds(
    minimum=1, maximum=12, code="impossible_date", message="month {value} does not exist (1-12)"
)


@rule(code="impossible_date", fields=("year", "month"))
def _day_ok(inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    month, year = getattr(inst, "month", None), getattr(inst, "year", None)
    if month is None:
        raise RuleError("day_without_month", "a day needs a month", value)
    if not isinstance(month, int) or not 1 <= month <= 12:
        return  # the month's own validator reports it
    if isinstance(year, int) and not isinstance(year, bool) and 1 <= year <= 9999:
        last = calendar.monthrange(year, month)[1]
    else:
        # A year-less 29 February is possible; the proleptic rule applies outside 1-9999.
        last = (
            29
            if month == 2 and (year is None or calendar.isleap(year))
            else (calendar.monthrange(2001, month)[1])
        )
    if not 1 <= value <= last:
        where = f"{calendar.month_name[month]}" + (f" {year}" if year is not None else "")
        raise RuleError("impossible_date", f"day {value} does not exist in {where}", value)


#: EDTF's seasons and sub-year groupings (codes 21-41) with the months each covers. The
#: specification gives the four seasons 21-24 no months; their months here are those the
#: reference parser python-edtf gives them (northern hemisphere, winter as its December).
DIVISIONS: dict[int, tuple[str, tuple[int, int] | None]] = {
    21: ("spring", (3, 5)),
    22: ("summer", (6, 8)),
    23: ("autumn", (9, 11)),
    24: ("winter", (12, 12)),
    25: ("spring (northern hemisphere)", (3, 5)),
    26: ("summer (northern hemisphere)", (6, 8)),
    27: ("autumn (northern hemisphere)", (9, 11)),
    28: ("winter (northern hemisphere)", (12, 12)),
    29: ("spring (southern hemisphere)", (9, 11)),
    30: ("summer (southern hemisphere)", (12, 12)),
    31: ("autumn (southern hemisphere)", (3, 5)),
    32: ("winter (southern hemisphere)", (6, 8)),
    33: ("first quarter", (1, 3)),
    34: ("second quarter", (4, 6)),
    35: ("third quarter", (7, 9)),
    36: ("fourth quarter", (10, 12)),
    37: ("first third (quadrimester)", (1, 4)),
    38: ("second third (quadrimester)", (5, 8)),
    39: ("third third (quadrimester)", (9, 12)),
    40: ("first half", (1, 6)),
    41: ("second half", (7, 12)),
}


_division_code = Choice(
    tuple(DIVISIONS),
    code="impossible_date",
    message="division {value} is not an EDTF season or grouping (21-41)",
)


@rule(code="division_with_month", fields=("month",))
def _division_alone(inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if getattr(inst, "month", None) is not None:
        raise RuleError("division_with_month", "a date has a month or a division, not both", value)


@attrs.frozen(kw_only=True)
class PartialDate(Model):
    """A calendar date of which any part may be unknown: ``PartialDate(month=7, day=24)`` is
    "24 July" with no year, ``PartialDate(year=2021, month=3)`` is "March 2021".

    ``approximate`` ("about", EDTF ``~``) and ``uncertain`` (EDTF ``?``) qualify the whole date.
    Impossible dates (30 February, month 13, a day without a month) are rejected.

    ``division`` is an EDTF season or sub-year grouping in place of the month (see
    :data:`DIVISIONS`): "summer 2026" is ``PartialDate(year=2026, division=22)``, "the second
    half of 2027" is ``division=41``.
    """

    KEEPS_UNKNOWN: ClassVar[bool] = False

    year: int | None = attrs.field(default=None, validator=v.optional(v.and_(v.TYPED, _year_ok)))
    month: int | None = attrs.field(default=None, validator=v.optional(v.and_(v.TYPED, _month_ok)))
    day: int | None = attrs.field(default=None, validator=v.optional(v.and_(v.TYPED, _day_ok)))
    division: int | None = attrs.field(
        default=None,
        validator=v.optional(v.and_(v.TYPED, _division_code, _division_alone)),
    )
    approximate: bool = attrs.field(default=False, validator=BOOL)
    uncertain: bool = attrs.field(default=False, validator=BOOL)

    def __attrs_post_init__(self) -> None:
        if self.year is None and self.month is None and self.division is None:
            raise RuleError(
                "empty_date", "a partial date needs at least a year, a month or a division"
            )
        problem = _inexpressible(self)
        if problem is not None:
            raise RuleError("edtf_inexpressible", problem)

    # -- EDTF ------------------------------------------------------------------------------

    @classmethod
    def from_edtf(cls, text: str) -> PartialDate:
        """Read a single EDTF date (level 0 or 1 date part, e.g. ``XXXX-07-24``, ``2021-03~``)."""
        from .edtf import parse_edtf

        result = parse_edtf(text)
        if not isinstance(result, PartialDate):
            raise EDTFError(f"{text!r} is an interval, not a single date", text, "edtf_interval")
        return result

    def to_edtf(self) -> str:
        """The EDTF form; an unknown year is written ``XXXX``."""
        if self.year is None:
            out = "XXXX"
        elif -9999 <= self.year <= 9999:
            out = f"-{-self.year:04d}" if self.year < 0 else f"{self.year:04d}"
        else:
            out = f"Y{self.year}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        elif self.division is not None:
            out += f"-{self.division}"
        if self.approximate and self.uncertain:
            out += "%"
        elif self.uncertain:
            out += "?"
        elif self.approximate:
            out += "~"
        return out

    def __str__(self) -> str:
        return self.to_edtf()

    # -- comparison helpers ----------------------------------------------------------------

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"``, ``"division"`` or ``"year"``: the finest part stated."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "division" if self.division is not None else "year"

    def _months(self) -> tuple[int, int]:
        if self.month is not None:
            return self.month, self.month
        months = DIVISIONS[self.division][1] if self.division is not None else None
        return months if months is not None else (1, 12)

    def earliest(self) -> _dt.date | None:
        """The first calendar day the date may denote, or ``None`` when the year is unknown
        (or outside 1-9999). Qualifiers are ignored; a season without a hemisphere spans
        its year."""
        if self.year is None or not 1 <= self.year <= 9999:
            return None
        return _dt.date(self.year, self._months()[0], self.day or 1)

    def latest(self) -> _dt.date | None:
        """The last calendar day the date may denote, or ``None`` when the year is unknown."""
        if self.year is None or not 1 <= self.year <= 9999:
            return None
        month = self._months()[1]
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def sort_key(self) -> tuple[int, int, int, int]:
        """A key that orders dates with a year first, by their earliest day, and year-less
        dates after them by month and day."""
        return (
            0 if self.year is not None else 1,
            self.year if self.year is not None else 0,
            self.month or (self._months()[0] if self.division is not None else 0),
            self.day or 0,
        )


def _inexpressible(d: PartialDate) -> str | None:
    """Why EDTF (as the specification defines it and python-edtf reads it) has no string for
    ``d``, or ``None``. The model refuses such dates, so every date it holds is written as an
    EDTF string that the specification defines."""
    qualified = d.approximate or d.uncertain
    if d.year is None and qualified:
        return (
            "EDTF cannot qualify a date without a year (XXXX-07-24~ is not EDTF); "
            "qualify the inferred date, which has a year"
        )
    if d.year is None and d.division is not None:
        return "EDTF writes a season or sub-year grouping only with its year"
    if d.division is not None and qualified:
        return "EDTF does not qualify a season or sub-year grouping with ~ ? %"
    if d.year is not None and abs(d.year) > 9999 and (d.month or d.division or qualified):
        return "EDTF writes a year beyond 9999 as Y and the year alone, with no month or qualifier"
    return None


def end_inexpressible(d: PartialDate) -> str | None:
    """Why ``d`` cannot be an end of an EDTF interval, or ``None``."""
    if d.year is not None and abs(d.year) > 9999:
        return "EDTF has no interval with a year beyond 9999 at an end"
    if d.division is not None and d.division > 24:
        return "EDTF has no interval with a sub-year grouping (25-41) at an end; seasons 21-24 only"
    return None


def _order_key(d: PartialDate, last: bool) -> tuple[int, int, int] | None:
    """Where ``d`` starts (or ends) on the calendar, for any stated year; ``None`` without
    a year. Days past a month's end compare correctly, so 31 stands in for the last day."""
    if d.year is None:
        return None
    months = d._months()
    if last:
        return (d.year, months[1], d.day or 31)
    return (d.year, months[0], d.day or 1)


@rule(code="reversed_range", fields=("start",))
def _interval_order(inst: Any, attr: attrs.Attribute[Any], value: PartialDate | None) -> None:
    start = getattr(inst, "start", None)
    if isinstance(start, PartialDate) and isinstance(value, PartialDate):
        a, b = _order_key(start, last=False), _order_key(value, last=True)
        if a is not None and b is not None and a > b:
            raise RuleError(
                "reversed_range",
                f"interval end {value.to_edtf()} is before its start {start.to_edtf()}",
                value.to_edtf(),
            )


@attrs.frozen(kw_only=True)
class Interval(Model):
    """A span of time between two partial dates. A missing end is open (EDTF ``..``) unless
    marked unknown (EDTF empty end)."""

    KEEPS_UNKNOWN: ClassVar[bool] = False

    start: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    end: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.TYPED, _interval_order))
    )
    start_unknown: bool = attrs.field(default=False, validator=BOOL)
    end_unknown: bool = attrs.field(default=False, validator=BOOL)

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if start is None and end is None and (self.start_unknown or self.end_unknown):
            raise RuleError(
                "empty_interval", "an interval needs a start or an end, or two open ends (../..)"
            )
        if (self.start_unknown and start is not None) or (self.end_unknown and end is not None):
            raise RuleError("interval_unknown_end", "an end marked unknown must not have a date")
        ends = [d for d in (start, end) if d is not None]
        for d in ends:
            problem = end_inexpressible(d)
            if problem is not None:
                raise RuleError("edtf_inexpressible", problem)
        if any(d.year is None for d in ends) and (
            len(ends) < 2 or any(d.approximate or d.uncertain for d in ends)
        ):
            raise RuleError(
                "edtf_inexpressible",
                "an EDTF interval with a year-less end needs a plain date at its other end "
                "(../XXXX-09 is not EDTF)",
            )

    @classmethod
    def from_edtf(cls, text: str) -> Interval:
        from .edtf import parse_edtf

        result = parse_edtf(text)
        if not isinstance(result, Interval):
            raise EDTFError(f"{text!r} is a single date, not an interval", text, "edtf_date")
        return result

    def to_edtf(self) -> str:
        def side(d: PartialDate | None, unknown: bool) -> str:
            return d.to_edtf() if d is not None else ("" if unknown else "..")

        return f"{side(self.start, self.start_unknown)}/{side(self.end, self.end_unknown)}"

    def __str__(self) -> str:
        return self.to_edtf()


def whole_day(d: PartialDate) -> _dt.date | None:
    """The calendar day ``d`` names when it states a year (1-9999), a month and a day."""
    if d.year is None or d.month is None or d.day is None or not 1 <= d.year <= 9999:
        return None
    return _dt.date(d.year, d.month, d.day)

"""Times as printed in other conventions: a date in another calendar or read in another
zone, a named period (a fiscal year), a part of the day. Each keeps what the text prints;
the Gregorian days it denotes are worked out (:meth:`PrintedDate.gregorian`,
:meth:`NamedPeriod.interval`) and, on a time expression, held apart as inferred."""

from __future__ import annotations

import datetime as _dt
from typing import Any, ClassVar

import attrs

from ...errors import RuleError
from .. import _checks as v
from .._base import BOOL, NOT_BOOL, OPT_ID, OPT_TEXT, Model, Validator, ref_meta
from .._checks import ClassRule, present, rule, run_class_rules
from ..vocabulary import Term, Vocabulary, term_field
from .calendars import (
    CALENDARS,
    ERAS,
    CalendarArithmetic,
    CalendarRangeError,
    arithmetic_for,
    gregorian_days,
)
from .dates import Interval, PartialDate
from .moments import UTC_OFFSET

__all__ = [
    "DAY_PARTS",
    "FISCAL_CONVENTIONS",
    "PERIODS",
    "NamedPeriod",
    "PrintedDate",
    "day_part_hours",
    "fiscal_year",
]

_INT: Validator = v.and_(v.instance_of(int), NOT_BOOL)


@rule(code="impossible_date", schema={"minimum": 1, "maximum": 13})
def _month(_inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 <= value <= 13:
        raise RuleError("impossible_date", f"month {value} is not 1-13 in any calendar", value)


@rule(code="impossible_date", schema={"minimum": 1, "maximum": 31})
def _day(_inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 <= value <= 31:
        raise RuleError("impossible_date", f"day {value} is not 1-31 in any calendar", value)


#: Verdicts of :func:`_impossible` already worked out, by calendar, era, year, month and
#: day, each with the arithmetic that gave it (a verdict stands only while that arithmetic
#: is the registered one). An archive prints a few dates many times; at most
#: ``_VERDICTS_SIZE`` are kept, so no input can make the memo grow without bound.
_VERDICTS_SIZE = 4096
_VERDICTS: dict[tuple[Any, ...], tuple[CalendarArithmetic, str | None]] = {}


def _impossible(p: PrintedDate) -> str | None:
    """Why the printed date does not exist in its calendar (when its arithmetic knows)."""
    if p.year is None:
        return None
    rules = arithmetic_for(p.calendar)
    if rules is None:
        return None
    key = (p.calendar, p.era, p.year, p.month, p.day)
    known = _VERDICTS.get(key)
    if known is not None and known[0] is rules:
        return known[1]
    verdict: str | None = None
    try:
        gregorian_days(p.calendar, p.year, p.month, p.day, p.era)
    except RuleError as error:
        verdict = error.message
    except (LookupError, CalendarRangeError):
        pass
    if len(_VERDICTS) < _VERDICTS_SIZE:
        _VERDICTS[key] = (rules, verdict)
    return verdict


@attrs.frozen(kw_only=True)
class PrintedDate(Model):
    """A date as the text prints it, in its own calendar and, when the text says, the zone
    its day is read in: "نهاية رجب ١٤٤٨" is ``calendar="hijri", year=1448, month=7``;
    "令和8年12月4日" is ``calendar="japanese_era", era="reiwa", year=8, month=12, day=4``;
    "日本時間5日" (the 5th, Japan time) is ``day=5`` with ``zone="日本時間"`` and
    ``utc_offset=540``. Any part may be missing, as printed; months are numbered in the
    calendar's own order (Muharram, Farvardin = 1)."""

    calendar: str = term_field(CALENDARS, default="gregorian")
    era: str | None = term_field(ERAS, optional=True)
    year: int | None = attrs.field(default=None, validator=v.optional(_INT))
    month: int | None = attrs.field(default=None, validator=v.optional(v.and_(_INT, _month)))
    day: int | None = attrs.field(default=None, validator=v.optional(v.and_(_INT, _day)))
    zone: str | None = attrs.field(default=None, validator=OPT_TEXT)
    utc_offset: int | None = attrs.field(default=None, validator=UTC_OFFSET)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def gregorian(self, edge: str | None = None) -> Interval | None:
        """The Gregorian days this date may denote, first to last (one day when exact; only
        its first or last day with ``edge="first"`` or ``"last"``), or ``None`` when the
        year is not printed, the calendar has no arithmetic or the year is outside what it
        is exact for."""
        if self.year is None:
            return None
        try:
            first, last = gregorian_days(
                self.calendar, self.year, self.month, self.day, self.era, edge
            )
        except (LookupError, CalendarRangeError):
            return None
        return Interval(start=_partial(first), end=_partial(last))


def _partial(day: _dt.date) -> PartialDate:
    return PartialDate(year=day.year, month=day.month, day=day.day)


PrintedDate.CLASS_RULES = (
    ClassRule(
        "empty_date",
        lambda p: (
            "a printed date needs a year, a month or a day"
            if p.year is None and p.month is None and p.day is None
            else None
        ),
        {"anyOf": [present("year"), present("month"), present("day")]},
        "a printed date has a year, a month or a day",
    ),
    ClassRule("impossible_date", _impossible, None, "the date exists in its calendar"),
)


#: Named periods a time may be given as.
PERIODS = Vocabulary(
    "period",
    "a named period of the calendar or of an organisation's accounts",
    [
        Term(name="calendar_year", label="Calendar year"),
        Term(name="fiscal_year", label="Fiscal (budget) year"),
        Term(name="fiscal_half", label="Half of a fiscal year", broader="fiscal_year"),
        Term(name="fiscal_quarter", label="Quarter of a fiscal year", broader="fiscal_year"),
        Term(name="academic_year", label="Academic (school) year"),
    ],
)

#: How many months each named period of :data:`PERIODS` lasts; a term registered without
#: a length here is held but not resolved.
PERIOD_MONTHS: dict[str, int] = {
    "calendar_year": 12,
    "fiscal_year": 12,
    "fiscal_half": 6,
    "fiscal_quarter": 3,
    "academic_year": 12,
}


@rule(code="period_number", schema={"minimum": 1, "maximum": 12})
def _number(_inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        raise RuleError("period_number", f"period number {value} is not 1-12", value)


def _start_shape(p: NamedPeriod) -> str | None:
    s = p.starts
    if s is not None and (s.year is not None or s.month is None or s.day is None):
        return "'starts' is a month and a day with no year (--10-01)"
    return None


@attrs.frozen(kw_only=True)
class NamedPeriod(Model):
    """A period the text names rather than dates: "FY2027", "the 2026 budget year", "the
    third quarter". ``kind`` is a term of :data:`PERIODS`; ``year`` is the year in its
    name; ``number`` counts halves or quarters. The owner's convention says where its year
    starts (``starts``, a month and day; 1 January when absent) and whether the name gives
    the year it ends in (``named_for_end``: the US federal FY2027 runs from 1 October 2026
    to 30 September 2027). ``owner`` is whose period it is."""

    kind: str = term_field(PERIODS)
    year: int = attrs.field(validator=_INT)
    number: int | None = attrs.field(default=None, validator=v.optional(v.and_(_INT, _number)))
    starts: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    named_for_end: bool = attrs.field(default=False, validator=BOOL)
    owner: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def interval(self) -> Interval | None:
        """The Gregorian days of the period, or ``None`` when its kind has no known length
        or the years fall outside 1-9999."""
        months = PERIOD_MONTHS.get(self.kind)
        if months is None:
            return None
        month, day = (self.starts.month or 1, self.starts.day or 1) if self.starts else (1, 1)
        year = self.year - 1 if self.named_for_end and (month, day) != (1, 1) else self.year
        index = year * 12 + month - 1 + months * ((self.number or 1) - 1)
        end_index = index + months
        try:
            first = _dt.date(index // 12, index % 12 + 1, day)
            last = _dt.date(end_index // 12, end_index % 12 + 1, day) - _dt.timedelta(days=1)
        except (ValueError, OverflowError):  # outside years 1-9999, or no such day
            return None
        return Interval(start=_partial(first), end=_partial(last))


NamedPeriod.CLASS_RULES = (
    ClassRule("period_start", _start_shape, None, "'starts' is a month and a day, no year"),
    ClassRule(
        "period_number",
        lambda p: (
            f"a {p.kind} has no number"
            if p.number is not None and p.kind in ("calendar_year", "fiscal_year")
            else None
        ),
        None,
        "a whole year has no number",
    ),
)

#: Fiscal-year conventions: where the year starts, and whether it is named for the year
#: it ends in.
FISCAL_CONVENTIONS: dict[str, tuple[PartialDate | None, bool]] = {
    "calendar": (None, False),  # Germany, France, China...
    "us_federal": (PartialDate(month=10, day=1), True),
    "uk_government": (PartialDate(month=4, day=1), False),
    "japan": (PartialDate(month=4, day=1), False),
    "india": (PartialDate(month=4, day=1), False),
    "australia": (PartialDate(month=7, day=1), True),
}


def fiscal_year(
    year: int, convention: str = "us_federal", *, owner: str | None = None, text: str | None = None
) -> NamedPeriod:
    """The fiscal year ``year`` under a convention of :data:`FISCAL_CONVENTIONS`."""
    starts, named_for_end = FISCAL_CONVENTIONS[convention]
    return NamedPeriod(
        kind="fiscal_year",
        year=year,
        starts=starts,
        named_for_end=named_for_end,
        owner=owner,
        text=text,
    )


#: Parts of the day, with their TIMEX3 (TimeML) values where TimeML names them.
DAY_PARTS = Vocabulary(
    "day_part",
    "a part of the day",
    [
        Term(name="morning", label="Morning", mappings={"timex3": "MO"}),
        Term(name="before_noon", label="Before noon (a.m.)"),
        Term(name="midday", label="Midday, noon", mappings={"timex3": "MI"}),
        Term(name="afternoon", label="Afternoon", mappings={"timex3": "AF"}),
        Term(name="evening", label="Evening", mappings={"timex3": "EV"}),
        Term(name="night", label="Night", mappings={"timex3": "NI"}),
        Term(name="daytime", label="Daytime", mappings={"timex3": "DT"}),
        Term(name="dawn", label="Dawn"),
        Term(name="overnight", label="Overnight", broader="night"),
    ],
)

#: The conventional hours of each part of the day: from the first hour to the hour it ends
#: at (past 24 means into the next day). Conventions, not definitions: a reader with a
#: better one for a place may register a term of its own.
DAY_PART_HOURS: dict[str, tuple[int, int]] = {
    "morning": (5, 12),
    "before_noon": (0, 12),
    "midday": (11, 14),
    "afternoon": (12, 18),
    "evening": (17, 22),
    "night": (21, 30),
    "daytime": (6, 18),
    "dawn": (4, 7),
    "overnight": (22, 30),
}


def day_part_hours(term: str) -> tuple[int, int] | None:
    """The conventional hours of a part of the day (see :data:`DAY_PART_HOURS`)."""
    return DAY_PART_HOURS.get(term)

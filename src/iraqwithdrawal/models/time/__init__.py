"""Time as the text gives it: partial dates, intervals, durations and time expressions.

A :class:`PartialDate` keeps exactly the precision the text states ("24 July" has no year).
Its wire form is an EDTF string (Library of Congress EDTF, levels 0 and 1, date part).
The package has one module per concern: ``dates`` (partial dates and intervals), ``edtf``
(reading EDTF strings), ``expressions`` (durations, deixis, time expressions), ``moments``
(times of day), ``calendars`` (other calendars and their arithmetic) and ``printed`` (dates
as printed in them, named periods such as fiscal years, parts of the day).
"""

from .calendars import (
    CALENDARS,
    ERAS,
    CalendarArithmetic,
    CalendarRangeError,
    arithmetic_for,
    from_gregorian,
    gregorian_days,
    register_arithmetic,
)
from .dates import DIVISIONS, MAX_YEAR, Interval, PartialDate, end_inexpressible, whole_day
from .edtf import parse_edtf
from .expressions import (
    DIRECTION_BASES,
    TIME_STATUSES,
    TIME_VALIDATOR,
    DeicticUnit,
    Deixis,
    Duration,
    DurationUnit,
    PeriodPart,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
)
from .moments import CLOCK_OFFSETS, CLOCKS, UTC_OFFSET, Moment
from .printed import (
    DAY_PART_HOURS,
    DAY_PARTS,
    FISCAL_CONVENTIONS,
    PERIOD_MONTHS,
    PERIODS,
    NamedPeriod,
    PrintedDate,
    day_part_hours,
    fiscal_year,
)

__all__ = [
    "CALENDARS",
    "CLOCKS",
    "CLOCK_OFFSETS",
    "CalendarArithmetic",
    "CalendarRangeError",
    "DAY_PARTS",
    "DAY_PART_HOURS",
    "DIRECTION_BASES",
    "DIVISIONS",
    "DeicticUnit",
    "Deixis",
    "Duration",
    "DurationUnit",
    "ERAS",
    "FISCAL_CONVENTIONS",
    "Interval",
    "MAX_YEAR",
    "Moment",
    "NamedPeriod",
    "PERIODS",
    "PERIOD_MONTHS",
    "PartialDate",
    "PeriodPart",
    "PrintedDate",
    "TIME_STATUSES",
    "TIME_VALIDATOR",
    "TimeAnchor",
    "TimeExpression",
    "TimeRelation",
    "UTC_OFFSET",
    "arithmetic_for",
    "day_part_hours",
    "end_inexpressible",
    "fiscal_year",
    "from_gregorian",
    "gregorian_days",
    "parse_edtf",
    "register_arithmetic",
    "whole_day",
]

"""Time as the text gives it: partial dates, intervals, durations and time expressions.

A :class:`PartialDate` keeps exactly the precision the text states ("24 July" has no year).
Its wire form is an EDTF string (Library of Congress EDTF, levels 0 and 1, date part).
The package has one module per concern: ``dates`` (partial dates and intervals), ``edtf``
(reading EDTF strings) and ``expressions`` (durations, deixis, moments, time expressions).
"""

from .dates import DIVISIONS, MAX_YEAR, Interval, PartialDate, end_inexpressible
from .edtf import parse_edtf
from .expressions import (
    TIME_VALIDATOR,
    DeicticUnit,
    Deixis,
    Duration,
    DurationUnit,
    Moment,
    PeriodPart,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
)

__all__ = [
    "DIVISIONS",
    "MAX_YEAR",
    "TIME_VALIDATOR",
    "Deixis",
    "DeicticUnit",
    "Duration",
    "DurationUnit",
    "Interval",
    "Moment",
    "PartialDate",
    "PeriodPart",
    "TimeAnchor",
    "TimeExpression",
    "TimeRelation",
    "end_inexpressible",
    "parse_edtf",
]

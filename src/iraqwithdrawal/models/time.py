"""Time as the text gives it: partial dates, intervals, durations and time expressions.

A :class:`PartialDate` keeps exactly the precision the text states ("24 July" has no year).
Its wire form is an EDTF string (Library of Congress EDTF, levels 0 and 1, date part).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import re
from typing import Any, ClassVar

import attrs

from ..errors import EDTFError, RuleError
from . import _checks as v
from ._base import (
    BOOL,
    NUMBER,
    OPT_ID,
    OPT_TEXT,
    Cue,
    Model,
    Span,
    Validator,
    ref_meta,
    to_tuple,
    tuple_of,
)
from ._checks import ClassRule, present, rule, run_class_rules

__all__ = [
    "Duration",
    "DurationUnit",
    "Interval",
    "PartialDate",
    "TimeExpression",
    "TimeRelation",
    "parse_edtf",
]

MAX_YEAR = 999_999_999


@rule(code="date_range")
def _year_ok(_inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"'year' must be an int (got {value!r})")
    if abs(value) > MAX_YEAR:
        raise RuleError("date_range", f"year {value} is out of range (|year| <= {MAX_YEAR})", value)


@rule(code="impossible_date")
def _month_ok(inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"'month' must be an int (got {value!r})")
    if not 1 <= value <= 12:
        raise RuleError("impossible_date", f"month {value} does not exist (1-12)", value)


@rule(code="impossible_date", fields=("year", "month"))
def _day_ok(inst: Any, attr: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"'day' must be an int (got {value!r})")
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


@attrs.frozen(kw_only=True)
class PartialDate(Model):
    """A calendar date of which any part may be unknown: ``PartialDate(month=7, day=24)`` is
    "24 July" with no year, ``PartialDate(year=2021, month=3)`` is "March 2021".

    ``approximate`` ("about", EDTF ``~``) and ``uncertain`` (EDTF ``?``) qualify the whole date.
    Impossible dates (30 February, month 13, a day without a month) are rejected.
    """

    year: int | None = attrs.field(default=None, validator=_year_ok)
    month: int | None = attrs.field(default=None, validator=_month_ok)
    day: int | None = attrs.field(default=None, validator=_day_ok)
    approximate: bool = attrs.field(default=False, validator=BOOL)
    uncertain: bool = attrs.field(default=False, validator=BOOL)

    def __attrs_post_init__(self) -> None:
        if self.year is None and self.month is None and self.day is None:
            raise RuleError("empty_date", "a partial date needs at least a year or a month")

    # -- EDTF ------------------------------------------------------------------------------

    @classmethod
    def from_edtf(cls, text: str) -> PartialDate:
        """Read a single EDTF date (level 0 or 1 date part, e.g. ``XXXX-07-24``, ``2021-03~``)."""
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
        """``"day"``, ``"month"`` or ``"year"``: the finest part the date states."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def earliest(self) -> _dt.date | None:
        """The first calendar day the date may denote, or ``None`` when the year is unknown
        (or outside 1-9999). Qualifiers are ignored."""
        if self.year is None or not 1 <= self.year <= 9999:
            return None
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date | None:
        """The last calendar day the date may denote, or ``None`` when the year is unknown."""
        if self.year is None or not 1 <= self.year <= 9999:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def sort_key(self) -> tuple[int, int, int, int]:
        """A key that orders dates with a year first, by their earliest day, and year-less
        dates after them by month and day."""
        return (
            0 if self.year is not None else 1,
            self.year if self.year is not None else 0,
            self.month or 0,
            self.day or 0,
        )


@rule(code="reversed_range", fields=("start",))
def _interval_order(inst: Any, attr: attrs.Attribute[Any], value: PartialDate | None) -> None:
    start = getattr(inst, "start", None)
    if isinstance(start, PartialDate) and isinstance(value, PartialDate):
        a, b = start.earliest(), value.latest()
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

    start: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    end: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.instance_of(PartialDate), _interval_order))
    )
    start_unknown: bool = attrs.field(default=False, validator=BOOL)
    end_unknown: bool = attrs.field(default=False, validator=BOOL)

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise RuleError("empty_interval", "an interval needs a start or an end")
        if (self.start_unknown and self.start is not None) or (
            self.end_unknown and self.end is not None
        ):
            raise RuleError("interval_unknown_end", "an end marked unknown must not have a date")

    @classmethod
    def from_edtf(cls, text: str) -> Interval:
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


_DATE_RE = re.compile(
    r"(?:Y(?P<ybig>-?[1-9][0-9]{4,})|(?P<year>-?[0-9X]{4}))"
    r"(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?)?(?P<q>[?~%])?"
)


_TIME_RE = re.compile(r"-?[0-9]{4}-[0-9]{2}-[0-9]{2}T")
# Shapes of EDTF level 2 that this library recognises in order to decline them clearly:
# sets and lists, exponential years, significant digits, and qualified components.
_LEVEL2_RE = re.compile(r"[\[{].*[\]}]|Y?-?[0-9]+E[0-9]+(?:S[0-9]+)?|Y?-?[0-9X]+S[0-9]+")
_QUALIFIED_PARTS_RE = re.compile(r"[?~%]?-?[0-9X]{4}[?~%]?(?:-[?~%]?[0-9X]{2}[?~%]?){0,2}")


def _parse_date(text: str, whole: str) -> PartialDate:
    m = _DATE_RE.fullmatch(text)
    if m is None and _QUALIFIED_PARTS_RE.fullmatch(text):
        raise EDTFError(
            f"{whole!r}: qualifiers on parts of a date (EDTF level 2) are not supported",
            whole,
            "edtf_unsupported",
        )
    if m is None:
        raise EDTFError(f"{whole!r} is not an EDTF date this library reads", whole)
    year: int | None
    if m["ybig"] is not None:
        year = int(m["ybig"])
    else:
        raw = m["year"]
        if raw == "XXXX":
            year = None
        elif "X" in raw:
            raise EDTFError(
                f"{whole!r}: partly unspecified years ({raw}) are not supported",
                whole,
                "edtf_unsupported",
            )
        elif raw == "-0000":
            raise EDTFError(f"{whole!r}: negative year zero is not a year", whole)
        else:
            year = int(raw)
    month = day = None
    if m["month"] is not None and m["month"] != "XX":
        if "X" in m["month"]:
            raise EDTFError(
                f"{whole!r}: partly unspecified months are not supported", whole, "edtf_unsupported"
            )
        month = int(m["month"])
        if 21 <= month <= 41:
            raise EDTFError(
                f"{whole!r}: seasons and sub-year groupings are not supported",
                whole,
                "edtf_unsupported",
            )
    if m["month"] == "XX" and m["day"] is not None and m["day"] != "XX":
        raise EDTFError(
            f"{whole!r}: a day in an unspecified month is valid EDTF, but a partial "
            "date needs the month of its day",
            whole,
            "edtf_unsupported",
        )
    if m["day"] is not None and m["day"] != "XX":
        if "X" in m["day"]:
            raise EDTFError(
                f"{whole!r}: partly unspecified days are not supported", whole, "edtf_unsupported"
            )
        day = int(m["day"])
    q = m["q"]
    try:
        return PartialDate(
            year=year,
            month=month,
            day=day,
            uncertain=q in ("?", "%"),
            approximate=q in ("~", "%"),
        )
    except RuleError as exc:
        raise EDTFError(f"{whole!r}: {exc.message}", whole, exc.code) from None


def parse_edtf(text: str) -> PartialDate | Interval:
    """Read an EDTF string: a date (``2020-01-05``, ``XXXX-07-24``, ``2021-03~``,
    ``Y170000002``) or an interval (``2021-03/2021-12``, ``../2025-09``, ``1985/``).

    Supported: EDTF level 0 dates and intervals, and from level 1 the qualifiers ``? ~ %``,
    letter-prefixed years, unspecified ``XX`` month or day, the unspecified year ``XXXX`` and
    open or unknown interval ends. Times of day, seasons, partly unspecified digits and level 2
    raise :class:`~iraqwithdrawal.errors.EDTFError` with code ``edtf_unsupported``.
    """
    if not isinstance(text, str):
        raise EDTFError(
            f"an EDTF value must be a string, not {type(text).__name__}", text, "wrong_type"
        )
    if _TIME_RE.match(text):
        raise EDTFError(f"{text!r}: times of day are not supported", text, "edtf_unsupported")
    if _LEVEL2_RE.fullmatch(text):
        raise EDTFError(
            f"{text!r}: EDTF level 2 features are not supported", text, "edtf_unsupported"
        )
    if "/" in text:
        left, _sep, right = text.partition("/")
        if "/" in right:
            raise EDTFError(f"{text!r} has more than one '/'", text)

        def side(part: str) -> tuple[PartialDate | None, bool]:
            if part == "..":
                return None, False
            if part == "":
                return None, True
            return _parse_date(part, text), False

        start, start_unknown = side(left)
        end, end_unknown = side(right)
        try:
            return Interval(
                start=start, end=end, start_unknown=start_unknown, end_unknown=end_unknown
            )
        except RuleError as exc:
            raise EDTFError(f"{text!r}: {exc.message}", text, exc.code) from None
    return _parse_date(text, text)


class DurationUnit(enum.Enum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@rule(code="not_positive", schema={"exclusiveMinimum": 0}, inline="if {v} <= 0: raise _Refused")
def _positive(_inst: Any, attr: attrs.Attribute[Any], value: float) -> None:
    if value <= 0:
        raise RuleError("not_positive", f"'{attr.name}' must be greater than zero", value)


@attrs.frozen(kw_only=True)
class Duration(Model):
    """A length of time as the text states it: "135 days", "about two years"."""

    value: int | float = attrs.field(validator=v.and_(NUMBER, _positive))
    unit: DurationUnit = attrs.field(validator=v.instance_of(DurationUnit))
    approximate: bool = attrs.field(default=False, validator=BOOL)


class TimeRelation(enum.Enum):
    """How the stated time relates to the thing it qualifies."""

    ON = "on"  #: on 5 January 2020
    IN = "in"  #: in 2014, in February
    AS_OF = "as_of"  #: as of March 2021
    BY = "by"  #: by (no later than) September 2025
    BEFORE = "before"
    AFTER = "after"
    SINCE = "since"
    UNTIL = "until"
    BETWEEN = "between"  #: uses ``interval``
    WITHIN = "within"  #: within 135 days (of another event)


_POINT_RELATIONS = frozenset({TimeRelation.ON, TimeRelation.IN, TimeRelation.AS_OF})


@attrs.frozen(kw_only=True)
class TimeExpression(Model):
    """What the text says about time: a relation and a date, an interval, or a duration
    relative to another event, plus the surface text and its spans.

    ``inferred`` holds a fuller date worked out from context (a year the text does not state),
    kept apart from ``date`` so that precision the text does not give is never invented;
    ``inference`` says on what basis.
    """

    relation: TimeRelation = attrs.field(
        default=TimeRelation.ON, validator=v.instance_of(TimeRelation)
    )
    date: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    interval: Interval | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Interval))
    )
    offset: Duration | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Duration))
    )
    relative_to: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Event")
    )
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Span))
    cue: Cue | None = attrs.field(default=None, validator=v.optional(v.instance_of(Cue)))
    inferred: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    inference: str | None = attrs.field(default=None, validator=OPT_TEXT)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def to_edtf(self) -> str | None:
        """The stated time as EDTF, or ``None`` when it depends on another event or states no
        date. "by September 2025" is ``../2025-09``; "since 2014" is ``2014/..``."""
        if self.relative_to is not None or self.offset is not None:
            return None
        if self.interval is not None:
            return self.interval.to_edtf()
        if self.date is None:
            return None
        if self.relation in (TimeRelation.BY, TimeRelation.BEFORE, TimeRelation.UNTIL):
            return Interval(end=self.date).to_edtf()
        if self.relation in (TimeRelation.AFTER, TimeRelation.SINCE):
            return Interval(start=self.date).to_edtf()
        return self.date.to_edtf()

    def anchor(self) -> PartialDate | None:
        """The date to place the expression on a timeline: the stated date, else the
        interval's start or end. Inferred dates are not used."""
        if self.date is not None:
            return self.date
        if self.interval is not None:
            return self.interval.start or self.interval.end
        return None


def _relation_is(*relations: TimeRelation) -> dict[str, Any]:
    """JSON Schema: the relation is one of ``relations`` (a missing one means "on")."""
    named: dict[str, Any] = {
        "required": ["relation"],
        "properties": {"relation": {"enum": [r.value for r in relations]}},
    }
    if TimeRelation.ON in relations:
        return {"anyOf": [named, {"not": {"required": ["relation"]}}]}
    return named


def _inferred_mismatch(t: TimeExpression) -> str | None:
    if t.inferred is None or t.date is None:
        return None
    for part in ("year", "month", "day"):
        stated, guessed = getattr(t.date, part), getattr(t.inferred, part)
        if stated is not None and stated != guessed:
            return f"inferred {part} {guessed} contradicts the stated {part} {stated}"
    return None


_BETWEEN = TimeRelation.BETWEEN
_POINT_ORDER = sorted(_POINT_RELATIONS, key=lambda r: r.value)
_SAYS_SOMETHING = ("date", "interval", "offset", "relative_to", "text")
TimeExpression.CLASS_RULES = (
    ClassRule(
        "time_shape",
        lambda t: (
            "relation 'between' needs an interval"
            if t.relation is _BETWEEN and t.interval is None
            else None
        ),
        {"if": _relation_is(_BETWEEN), "then": present("interval")},
        "relation 'between' needs an interval",
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "relation 'between' takes an interval, not a date"
            if t.relation is _BETWEEN and t.date is not None
            else None
        ),
        {"if": _relation_is(_BETWEEN), "then": {"not": present("date")}},
        "relation 'between' takes no date",
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "an interval goes only with relation 'between'"
            if t.relation is not _BETWEEN and t.interval is not None
            else None
        ),
        {"if": present("interval"), "then": _relation_is(_BETWEEN)},
        "an interval goes only with relation 'between'",
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "relation 'within' needs an offset (a duration)"
            if t.relation is TimeRelation.WITHIN and t.offset is None
            else None
        ),
        {"if": _relation_is(TimeRelation.WITHIN), "then": present("offset")},
        "relation 'within' needs an offset",
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "a time relative to another event must not also carry a date"
            if t.relative_to is not None and t.date is not None
            else None
        ),
        {"not": present("relative_to", "date")},
        "a time relative to another event carries no date",
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "'relative_to' with 'on', 'in' or 'as_of' needs an offset"
            if t.relative_to is not None and t.relation in _POINT_RELATIONS and t.offset is None
            else None
        ),
        {
            "if": {
                "allOf": [present("relative_to"), _relation_is(*sorted(_POINT_RELATIONS, key=str))]
            },
            "then": present("offset"),
        },
        "'relative_to' with 'on', 'in' or 'as_of' needs an offset",
    ),
    ClassRule(
        "inferred_without_date",
        lambda t: (
            "'inferred' completes a stated 'date'"
            if t.inferred is not None and t.date is None
            else None
        ),
        {"if": present("inferred"), "then": present("date")},
        "'inferred' completes a stated 'date'",
    ),
    ClassRule(
        "inferred_mismatch",
        _inferred_mismatch,
        None,
        "an inferred date agrees with every part the text states",
    ),
    ClassRule(
        "inference_missing",
        lambda t: (
            "an inferred date needs its basis in 'inference'"
            if t.inferred is not None and t.inference is None
            else None
        ),
        {"if": present("inferred"), "then": present("inference")},
        "an inferred date needs its basis in 'inference'",
    ),
    ClassRule(
        "empty_time",
        lambda t: (
            "a time expression needs a date, an interval, an offset, a reference or at "
            "least its text"
            if t.date is None
            and t.interval is None
            and t.offset is None
            and t.relative_to is None
            and t.text is None
            else None
        ),
        {
            "anyOf": [
                present(name) for name in ("date", "interval", "offset", "relative_to", "text")
            ]
        },
        "a time expression says something",
    ),
)

TIME_VALIDATOR: Validator = v.optional(v.instance_of(TimeExpression))

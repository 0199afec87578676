"""Time expressions as the text gives them: durations, deixis ("last week") and the
expressions that combine a date, an interval, a duration, a printed date or a named period
with their words, and work out what the text leaves to the reader (:meth:`resolve`)."""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
from typing import Any, ClassVar

import attrs

from ...errors import RuleError
from .. import _checks as v
from .._base import (
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
)
from .._checks import ClassRule, present, run_class_rules
from .._declared import Bounds
from ..vocabulary import Term, Vocabulary, term_field
from .dates import Interval, PartialDate, whole_day
from .moments import Moment
from .printed import DAY_PARTS, NamedPeriod, PrintedDate

__all__ = [
    "DIRECTION_BASES",
    "TIME_STATUSES",
    "TIME_VALIDATOR",
    "Deixis",
    "DeicticUnit",
    "Duration",
    "DurationUnit",
    "PeriodPart",
    "TimeAnchor",
    "TimeExpression",
    "TimeRelation",
]


#: What the text says of a time it does not give (open: register more): that it has not been
#: decided is not the same as a report that leaves it out.
TIME_STATUSES = Vocabulary(
    "time_status",
    "what the text says of a time it does not give",
    [
        Term(
            name="undecided",
            label="Undecided",
            description="'it has not yet been decided when': no time is set yet",
        ),
        Term(name="unknown", label="Unknown", description="'it is not known when'"),
        Term(
            name="withheld",
            label="Withheld",
            description="the time is set but not disclosed ('declined to say when')",
        ),
    ],
)


#: What the reading of a deictic word's direction rests on when the word names a distance
#: both ways (open: register more): Hindi 'कल' is yesterday or tomorrow, 'परसों' two days
#: before or after; the verb's tense or the context decides.
DIRECTION_BASES = Vocabulary(
    "direction_basis",
    "what decides the direction of a deictic word that names a distance both ways",
    [
        Term(name="tense", label="Tense", description="the verb's tense ('हुई': past)"),
        Term(name="context", label="Context", description="the rest of the text"),
    ],
)


class DurationUnit(enum.Enum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_positive = Bounds(
    exclusive_minimum=0, code="not_positive", message="'{name}' must be greater than zero"
)


@attrs.frozen(kw_only=True)
class Duration(Model):
    """A length of time as the text states it: "135 days", "about two years". With no
    ``value`` the text names only the unit ("within days", "in the coming weeks")."""

    value: int | float | None = attrs.field(
        default=None, validator=v.optional(v.and_(NUMBER, _positive))
    )
    unit: DurationUnit = attrs.field(validator=v.TYPED)
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
    DURING = "during"  #: during the talks (``relative_to`` names them)
    SAME_TIME = "same_time"  #: at the same time as another event
    SOON = "soon"  #: "soon", "shortly": a near future with no number
    PAST = "past"  #: over the past two decades, in recent years: ``offset`` back to the anchor


class PeriodPart(enum.Enum):
    """A part of the stated period, which EDTF cannot say: "early 2027", "mid-2026", "before
    the end of the year"."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    START = "start"
    END = "end"


class TimeAnchor(enum.Enum):
    """What a relative time counts from when no event is named (``relative_to`` names one)."""

    DOCUMENT = "document"  #: the report's own date (dateline, or publication)
    IMPLICIT = "implicit"  #: an anchor the text leaves to the reader ("within 90 days")
    UNKNOWN = "unknown"  #: the text says the start is not known


class DeicticUnit(enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_weekday = Bounds(
    minimum=1, maximum=7, code="weekday", message="weekday {value} is not 1 (Monday) to 7 (Sunday)"
)


@attrs.frozen(kw_only=True)
class Deixis(Model):
    """A time named from the moment of writing, as TimeML anchors a TIMEX3 to the document
    creation time: "yesterday" is ``unit=day, offset=-1``, "last week" ``unit=week,
    offset=-1``, "earlier this month" ``unit=month, offset=0``; a weekday ("on Tuesday") is
    ``weekday=2`` with ``offset=-1`` for the latest one before the report, ``1`` for the next
    one after it, ``0`` for the one in the report's own week.

    ``week_starts`` is the weekday (1 Monday .. 7 Sunday) the text's weeks start on where
    that matters ("last week" in Iran runs Saturday to Friday: ``week_starts=6``); absent,
    weeks are ISO weeks, Monday to Sunday.

    ``direction_from`` marks a word that names the same distance both ways (Hindi 'परसों',
    two days before or after) and says what decided the sign of ``offset`` (the verb's
    ``tense``); :meth:`other_reading` gives the reading not taken."""

    unit: DeicticUnit | None = attrs.field(default=None, validator=v.TYPED)
    weekday: int | None = attrs.field(default=None, validator=v.optional(v.and_(v.TYPED, _weekday)))
    offset: int = attrs.field(default=0, validator=v.TYPED)
    week_starts: int | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.TYPED, _weekday))
    )
    direction_from: str | None = term_field(DIRECTION_BASES, optional=True)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def other_reading(self) -> Deixis | None:
        """The reading not taken of a word that names a distance both ways (the same
        distance, the other direction), or ``None`` when the word gives its direction."""
        if self.direction_from is None or self.offset == 0:
            return None
        return attrs.evolve(self, offset=-self.offset)

    def week_dependent(self) -> bool:
        """Whether the week's first day changes what this names ("last week", "Tuesday of
        this week")."""
        return self.unit is DeicticUnit.WEEK or (self.weekday is not None and self.offset == 0)

    def resolve(self, anchor: _dt.date, week_starts: int | None = None) -> PartialDate | Interval:
        """The date or span this names when written on ``anchor``, in weeks starting on
        ``self.week_starts``, else ``week_starts``, else Monday."""
        first = self.week_starts or week_starts or 1
        if self.weekday is not None:
            delta = self.weekday - anchor.isoweekday()
            if self.offset == 0:
                delta = (self.weekday - first) % 7 - (anchor.isoweekday() - first) % 7
            elif self.offset < 0:
                delta = delta - 7 if delta >= 0 else delta
                delta -= 7 * (-self.offset - 1)
            elif self.offset > 0:
                delta = delta + 7 if delta <= 0 else delta
                delta += 7 * (self.offset - 1)
            return _full(anchor + _dt.timedelta(days=delta))
        if self.unit is DeicticUnit.DAY:
            return _full(anchor + _dt.timedelta(days=self.offset))
        if self.unit is DeicticUnit.WEEK:
            start = anchor - _dt.timedelta(days=(anchor.isoweekday() - first) % 7)
            start += _dt.timedelta(weeks=self.offset)
            return Interval(start=_full(start), end=_full(start + _dt.timedelta(days=6)))
        if self.unit is DeicticUnit.MONTH:
            index = anchor.year * 12 + anchor.month - 1 + self.offset
            return PartialDate(year=index // 12, month=index % 12 + 1)
        return PartialDate(year=anchor.year + self.offset)


def _full(day: _dt.date) -> PartialDate:
    return PartialDate(year=day.year, month=day.month, day=day.day)


Deixis.CLASS_RULES = (
    ClassRule(
        "deixis_shape",
        lambda d: (
            "a deictic time has a unit or a weekday, not both"
            if (d.unit is None) == (d.weekday is None)
            else None
        ),
        {"oneOf": [present("unit"), present("weekday")]},
        "a unit or a weekday, not both",
    ),
)


_POINT_RELATIONS = frozenset({TimeRelation.ON, TimeRelation.IN, TimeRelation.AS_OF})


@attrs.frozen(kw_only=True)
class TimeExpression(Model):
    """What the text says about time: a relation and a date, an interval, or a duration
    relative to another event, plus the surface text and its spans.

    ``inferred`` holds a fuller date worked out from context (a year the text does not state),
    kept apart from ``date`` so that precision the text does not give is never invented;
    ``inference`` says on what basis, and ``anchor_span`` points at the words it was counted
    from when they are in the text (the year heading a chronology's "20 March" sits under).

    Other conventions are kept as printed, their Gregorian days inferred: ``printed`` holds
    the date in its own calendar or zone (a Hijri month, a Japanese era year, "the 5th,
    Japan time"; one entry per way the text prints it), ``period`` a named period ("FY2027"),
    ``day_part`` a part of the day ("in the evening") and ``moment`` a time of day ("shortly
    after 9 p.m. ET"). Relation ``past`` with an ``offset`` is a span back from the anchor
    ("over the past two decades"). ``status`` says what the text says of a time it does
    not give ("it has not yet been decided when": ``undecided``).
    """

    relation: TimeRelation = attrs.field(default=TimeRelation.ON, validator=v.TYPED)
    date: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    interval: Interval | None = attrs.field(default=None, validator=v.TYPED)
    offset: Duration | None = attrs.field(default=None, validator=v.TYPED)
    relative_to: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Event", "Communication")
    )
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    cue: Cue | None = attrs.field(default=None, validator=v.TYPED)
    deixis: Deixis | None = attrs.field(default=None, validator=v.TYPED)
    part: PeriodPart | None = attrs.field(default=None, validator=v.TYPED)
    anchor_kind: TimeAnchor | None = attrs.field(default=None, validator=v.TYPED)
    inferred: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    inferred_interval: Interval | None = attrs.field(default=None, validator=v.TYPED)
    inference: str | None = attrs.field(default=None, validator=OPT_TEXT)
    anchor_span: Span | None = attrs.field(default=None, validator=v.TYPED)
    printed: tuple[PrintedDate, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    period: NamedPeriod | None = attrs.field(default=None, validator=v.TYPED)
    day_part: str | None = term_field(DAY_PARTS, optional=True)
    moment: Moment | None = attrs.field(default=None, validator=v.TYPED)
    status: str | None = term_field(TIME_STATUSES, optional=True)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def resolve(
        self, anchor: PartialDate, basis: str, week_starts: int | None = None
    ) -> TimeExpression:
        """This expression with what ``anchor`` (the report's own date) lets one work out,
        marked inferred on ``basis``: a deictic time ("yesterday", "last week") becomes a
        date or span when the anchor is a full date; a year-less date or interval gets the
        anchor's year (or the neighbouring one nearer to it). Already inferred values and
        expressions that cannot be resolved come back unchanged.

        A date printed in another calendar or a named period gets its Gregorian days (its
        first or last one with part ``start`` or ``end``) whatever the anchor; "over the
        past two decades" the span back from the anchor; a week counts from ``week_starts``
        (1 Monday .. 7 Sunday) unless the deixis names its own, which is then recorded."""
        if self.inferred is not None or self.inferred_interval is not None:
            return self
        if self.date is None and self.interval is None:
            converted = self._converted() or _completed(self.printed, anchor)
            if converted is not None:
                return _with_found(self, converted, basis)
        if self.deixis is not None:
            day = whole_day(anchor)
            if day is None:
                return self
            deixis = self.deixis
            if week_starts is not None and deixis.week_starts is None and deixis.week_dependent():
                deixis = attrs.evolve(deixis, week_starts=week_starts)
            return _with_found(attrs.evolve(self, deixis=deixis), deixis.resolve(day), basis)
        if self.relation is TimeRelation.PAST:
            back = _back_from(self, anchor)
            return self if back is None else _with_found(self, back, basis)
        if anchor.year is None or not 1 <= anchor.year <= 9999:
            return self
        if self.date is not None and self.date.year is None:
            date = _nearest_year(self.date, anchor)
            return self if date is None else attrs.evolve(self, inferred=date, inference=basis)
        interval = self.interval
        if interval is not None and any(
            d is not None and d.year is None for d in (interval.start, interval.end)
        ):
            resolved = _resolve_interval(interval, anchor)
            if resolved is None:
                return self
            return attrs.evolve(self, inferred_interval=resolved, inference=basis)
        return self

    def _converted(self) -> PartialDate | Interval | None:
        """The Gregorian days of the printed date or the named period, or ``None``."""
        part = self.part
        edge = "first" if part is PeriodPart.START else "last" if part is PeriodPart.END else None
        for printed in self.printed:
            found = printed.gregorian(edge)
            if found is not None:
                return found
        if self.period is not None:
            span = self.period.interval()
            if span is not None and edge is not None:
                day = span.start if edge == "first" else span.end
                return Interval(start=day, end=day)
            return span
        return None

    def to_edtf(self) -> str | None:
        """The stated time as EDTF, or ``None`` when it depends on another event, states no
        date, or has no EDTF form ("by September" with no year). "by September 2025" is
        ``../2025-09``; "since 2014" is ``2014/..``."""
        if self.relative_to is not None or self.offset is not None or self.deixis is not None:
            return None
        if self.interval is not None:
            return self.interval.to_edtf()
        if self.date is None:
            return None
        try:
            if self.relation in (TimeRelation.BY, TimeRelation.BEFORE, TimeRelation.UNTIL):
                return Interval(end=self.date).to_edtf()
            if self.relation in (TimeRelation.AFTER, TimeRelation.SINCE):
                return Interval(start=self.date).to_edtf()
        except RuleError:  # "by September" with no year: EDTF has no open interval for it
            return None
        return self.date.to_edtf()

    def anchor(self) -> PartialDate | None:
        """The date to place the expression on a timeline: the stated date, else the
        interval's start or end. Inferred dates are not used."""
        if self.date is not None:
            return self.date
        if self.interval is not None:
            return self.interval.start or self.interval.end
        return None


def _with_found(t: TimeExpression, found: PartialDate | Interval, basis: str) -> TimeExpression:
    """``t`` with ``found`` as its inferred date (one day) or span."""
    if isinstance(found, Interval) and found.start is not None and found.start == found.end:
        found = found.start
    if isinstance(found, Interval):
        return attrs.evolve(t, inferred_interval=found, inference=basis)
    return attrs.evolve(t, inferred=found, inference=basis)


def _completed(printed: tuple[PrintedDate, ...], anchor: PartialDate) -> PartialDate | None:
    """A Gregorian date printed without its year ("3 December") or month ("the 3rd"),
    completed with the year, or year and month, that put it nearest the anchor."""
    for p in printed:
        if p.calendar != "gregorian" or p.year is not None or p.day is None:
            continue
        if p.month is not None:
            return _nearest_year(PartialDate(month=p.month, day=p.day), anchor)
        if anchor.year is None or anchor.month is None or not 1 <= anchor.year <= 9999:
            return None
        found: list[tuple[int, PartialDate]] = []
        here = anchor.year * 12 + anchor.month - 1
        for index in (here - 1, here, here + 1):
            try:
                candidate = PartialDate(year=index // 12, month=index % 12 + 1, day=p.day)
            except RuleError:
                continue
            distance = abs((index - here) * 31 + p.day - (anchor.day or 15))
            found.append((distance, candidate))
        return min(found, key=lambda pair: pair[0])[1] if found else None
    return None


def _back_from(t: TimeExpression, anchor: PartialDate) -> Interval | None:
    """The span of ``t.offset`` back to ``anchor`` ("the past two decades"), or ``None``
    when the offset has no whole number or the anchor is not a whole day."""
    day, offset = whole_day(anchor), t.offset
    if day is None or offset is None or t.relative_to is not None:
        return None
    count = offset.value
    if not isinstance(count, int) or offset.unit is DurationUnit.HOUR:
        return None
    if offset.unit in (DurationUnit.DAY, DurationUnit.WEEK):
        days = count * (7 if offset.unit is DurationUnit.WEEK else 1)
        if days >= day.toordinal():
            return None
        start = day - _dt.timedelta(days=days)
    else:
        months = count * (12 if offset.unit is DurationUnit.YEAR else 1)
        index = day.year * 12 + day.month - 1 - months
        if index < 12:
            return None
        year, month = index // 12, index % 12 + 1
        start = _dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    return Interval(start=_full(start), end=_full(day))


def _nearest_year(date: PartialDate, anchor: PartialDate) -> PartialDate | None:
    """``date`` given the year, of the anchor's and its neighbours, that puts it nearest
    the anchor (a report of 2 January speaking of "30 December" means the year before);
    ``None`` when no such year has that day (29 February)."""
    if date.year is not None or anchor.year is None:
        return date
    _, ty, tm, td = anchor.sort_key()
    found: list[tuple[int, PartialDate]] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = attrs.evolve(date, year=year, approximate=False, uncertain=False)
        except RuleError:
            continue
        _, y, m, d = candidate.sort_key()
        found.append((abs((y * 12 + m) * 31 + d - ((ty * 12 + tm) * 31 + td)), candidate))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _resolve_interval(interval: Interval, anchor: PartialDate) -> Interval | None:
    """The interval with its year-less ends placed near ``anchor``, the end never before
    the start ("28 December to 3 January" runs into the next year)."""
    start = None if interval.start is None else _nearest_year(interval.start, anchor)
    end = None if interval.end is None else _nearest_year(interval.end, anchor)
    if (start is None) != (interval.start is None) or (end is None) != (interval.end is None):
        return None
    try:
        return attrs.evolve(interval, start=start, end=end)
    except RuleError:
        pass
    try:
        if interval.end is not None and interval.end.year is None and end and end.year:
            return attrs.evolve(interval, start=start, end=attrs.evolve(end, year=end.year + 1))
        if start is not None and start.year is not None:
            return attrs.evolve(interval, start=attrs.evolve(start, year=start.year - 1), end=end)
    except RuleError:
        pass
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
_SAYS_SOMETHING = (
    "date",
    "interval",
    "offset",
    "relative_to",
    "deixis",
    "text",
    "printed",
    "period",
    "day_part",
    "moment",
    "status",
)
#: What an inferred value may complete or resolve.
_INFERRED_FROM = ("date", "interval", "deixis", "printed", "period", "offset")


_SOME_PRINTED = {"required": ["printed"], "properties": {"printed": {"minItems": 1}}}


def _says(t: TimeExpression, name: str) -> bool:
    value = getattr(t, name)
    return value != () if name == "printed" else value is not None


def _says_any(names: tuple[str, ...]) -> str:
    """The inline form of ``any(_says(t, name) for name in names)``, for the loaders."""
    return (
        "("
        + " or ".join(
            f"{{{name}}} != ()" if name == "printed" else f"{{{name}}} is not None"
            for name in names
        )
        + ")"
    )


_NEEDS_EVENT = (TimeRelation.DURING, TimeRelation.SAME_TIME)
#: The names the inline (``broken``) forms of the rules below read, for the loaders.
_TIME_HELPERS = {
    "_BETWEEN": _BETWEEN,
    "_WITHIN": TimeRelation.WITHIN,
    "_PAST": TimeRelation.PAST,
    "_POINT_RELATIONS": _POINT_RELATIONS,
    "_NEEDS_EVENT": _NEEDS_EVENT,
}
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
        broken="{relation} is _BETWEEN and {interval} is None",
        helpers=_TIME_HELPERS,
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
        broken="{relation} is _BETWEEN and {date} is not None",
        helpers=_TIME_HELPERS,
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
        broken="{relation} is not _BETWEEN and {interval} is not None",
        helpers=_TIME_HELPERS,
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
        broken="{relation} is _WITHIN and {offset} is None",
        helpers=_TIME_HELPERS,
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
        broken="{relative_to} is not None and {date} is not None",
        helpers=_TIME_HELPERS,
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
        broken="{relative_to} is not None and {relation} in _POINT_RELATIONS and {offset} is None",
        helpers=_TIME_HELPERS,
    ),
    ClassRule(
        "inferred_without_date",
        lambda t: (
            "an inferred date or span completes or resolves something stated: a 'date', "
            "an 'interval', a 'deixis', a 'printed' date, a 'period' or an 'offset'"
            if (t.inferred is not None or t.inferred_interval is not None)
            and not any(_says(t, name) for name in _INFERRED_FROM)
            else None
        ),
        {
            "if": {"anyOf": [present("inferred"), present("inferred_interval")]},
            "then": {
                "anyOf": [
                    present(name) if name != "printed" else _SOME_PRINTED for name in _INFERRED_FROM
                ]
            },
        },
        "an inferred date or span completes or resolves something stated",
        broken=(
            "({inferred} is not None or {inferred_interval} is not None) and not "
            + _says_any(_INFERRED_FROM)
        ),
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "an 'anchor_span' points at what an inferred value was counted from"
            if t.anchor_span is not None and t.inferred is None and t.inferred_interval is None
            else None
        ),
        {
            "if": present("anchor_span"),
            "then": {"anyOf": [present("inferred"), present("inferred_interval")]},
        },
        "an 'anchor_span' goes with an inferred value",
        broken="{anchor_span} is not None and {inferred} is None and {inferred_interval} is None",
        helpers=_TIME_HELPERS,
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "relation 'past' needs an offset (a duration back from the anchor)"
            if t.relation is TimeRelation.PAST and t.offset is None
            else None
        ),
        {"if": _relation_is(TimeRelation.PAST), "then": present("offset")},
        "relation 'past' needs an offset",
        broken="{relation} is _PAST and {offset} is None",
        helpers=_TIME_HELPERS,
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            "a time counted from the report ('deixis') or with an 'anchor_kind' names no "
            "event in 'relative_to'"
            if t.relative_to is not None and (t.deixis is not None or t.anchor_kind is not None)
            else None
        ),
        {
            "if": present("relative_to"),
            "then": {"not": {"anyOf": [present("deixis"), present("anchor_kind")]}},
        },
        "'relative_to' excludes 'deixis' and 'anchor_kind'",
        broken="{relative_to} is not None and ({deixis} is not None or {anchor_kind} is not None)",
        helpers=_TIME_HELPERS,
    ),
    ClassRule(
        "time_shape",
        lambda t: (
            f"relation '{t.relation.value}' needs the event in 'relative_to'"
            if t.relation in _NEEDS_EVENT and t.relative_to is None
            else None
        ),
        {"if": _relation_is(*_NEEDS_EVENT), "then": present("relative_to")},
        "relations 'during' and 'same_time' need 'relative_to'",
        broken="{relation} in _NEEDS_EVENT and {relative_to} is None",
        helpers=_TIME_HELPERS,
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
            if (t.inferred is not None or t.inferred_interval is not None) and t.inference is None
            else None
        ),
        {
            "if": {"anyOf": [present("inferred"), present("inferred_interval")]},
            "then": present("inference"),
        },
        "an inferred date needs its basis in 'inference'",
        broken=(
            "({inferred} is not None or {inferred_interval} is not None) and {inference} is None"
        ),
        helpers=_TIME_HELPERS,
    ),
    ClassRule(
        "empty_time",
        lambda t: (
            "a time expression needs a date, an interval, an offset, a reference, a status "
            "or at least its text"
            if not any(_says(t, name) for name in _SAYS_SOMETHING)
            else None
        ),
        {
            "anyOf": [
                present(name) if name != "printed" else _SOME_PRINTED for name in _SAYS_SOMETHING
            ]
        },
        "a time expression says something",
        broken="not " + _says_any(_SAYS_SOMETHING),
    ),
)

TIME_VALIDATOR: Validator = v.optional(v.instance_of(TimeExpression))

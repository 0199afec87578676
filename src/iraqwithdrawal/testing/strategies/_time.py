"""Dates, intervals and time expressions."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from ...errors import RuleError
from ...models import (
    DIVISIONS,
    DeicticUnit,
    Deixis,
    Duration,
    DurationUnit,
    Interval,
    Moment,
    PartialDate,
    PeriodPart,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
)
from ...models.checks import edtf_like_strings
from ...models.time import (
    CALENDARS,
    CLOCKS,
    DAY_PARTS,
    DIRECTION_BASES,
    PERIOD_MONTHS,
    TIME_STATUSES,
    NamedPeriod,
    PrintedDate,
    arithmetic_for,
    end_inexpressible,
    from_gregorian,
)
from ._anchors import cues, spans, spans_in
from ._core import opt, texts

__all__ = [
    "deixes",
    "durations",
    "edtf_like_strings",
    "intervals",
    "moments",
    "named_periods",
    "partial_dates",
    "printed_dates",
    "time_expressions",
]


@st.composite
def partial_dates(draw: st.DrawFn, with_year: bool | None = None) -> PartialDate:
    """Valid partial dates, from a bare year to a full date, with or without a year, some
    with a season or sub-year grouping in place of the month."""
    import calendar

    year = draw(st.integers(-9999, 9999)) if with_year is not False else None
    if with_year is None and draw(st.booleans()):
        year = None
    if year is not None and draw(st.integers(0, 20)) == 0:
        # Beyond 9999 EDTF writes the year alone (Y12345).
        return PartialDate(
            year=draw(st.sampled_from([-1, 1])) * draw(st.integers(10000, 10**9 - 1))
        )
    month = draw(st.integers(1, 12)) if year is None or draw(st.booleans()) else None
    day = None
    division = None
    if year is not None and month is not None and draw(st.integers(0, 4)) == 0:
        month, division = None, draw(st.sampled_from(sorted(DIVISIONS)))
    if month is not None and draw(st.booleans()):
        if year is not None and 1 <= year <= 9999:
            last = calendar.monthrange(year, month)[1]
        elif month == 2:
            last = 29 if year is None or calendar.isleap(year) else 28
        else:
            last = calendar.monthrange(2001, month)[1]
        day = draw(st.integers(1, last))
    # EDTF qualifies only a date with a year that is not a season or grouping.
    can_qualify = year is not None and division is None
    return PartialDate(
        year=year,
        month=month,
        day=day,
        division=division,
        approximate=can_qualify and draw(st.booleans()),
        uncertain=can_qualify and draw(st.booleans()),
    )


@st.composite
def intervals(draw: st.DrawFn, with_year: bool | None = True) -> Interval:
    """Valid intervals, each with an EDTF form: closed, open (``..``) or with an unknown end,
    now and then ``../..``; a year-less end only between two plain dates (EDTF level 2)."""
    dates = partial_dates(with_year=with_year).filter(lambda d: end_inexpressible(d) is None)
    start, end = draw(opt(dates)), draw(opt(dates))
    if start is None and end is None and draw(st.integers(0, 9)):
        end = draw(dates)
    if any(d is not None and d.year is None for d in (start, end)):
        start, end = (
            attrs.evolve(d or draw(dates), approximate=False, uncertain=False) for d in (start, end)
        )
    for first, last in ((start, end), (end, start)):  # one of the two orders is not reversed
        try:
            return Interval(
                start=first,
                end=last,
                start_unknown=first is None and last is not None and draw(st.booleans()),
                end_unknown=last is None and first is not None and draw(st.booleans()),
            )
        except RuleError as exc:
            if exc.code != "reversed_range":
                raise
    raise AssertionError("unreachable: an interval is ordered one way or the other")


durations = st.builds(
    Duration,
    value=st.none() | st.integers(1, 1000) | st.floats(0.5, 1000, allow_nan=False),
    unit=st.sampled_from(DurationUnit),
    approximate=st.booleans(),
)

deixes = st.one_of(
    st.builds(
        Deixis,
        unit=st.sampled_from(DeicticUnit),
        offset=st.integers(-3, 3),
        week_starts=opt(st.integers(1, 7)),
        direction_from=opt(st.sampled_from(sorted(DIRECTION_BASES))),
    ),
    st.builds(
        Deixis,
        weekday=st.integers(1, 7),
        offset=st.integers(-2, 2),
        week_starts=opt(st.integers(1, 7)),
    ),
)


@st.composite
def moments(draw: st.DrawFn) -> Moment:
    """Times of day, some with an offset worked out from a zone (``offset_inference``)."""
    offset = draw(opt(st.integers(-720, 840)))
    minute = draw(opt(st.integers(0, 59)))
    return Moment(
        date=draw(opt(partial_dates())),
        hour=draw(st.integers(0, 23)),
        minute=minute,
        second=None if minute is None else draw(opt(st.integers(0, 59))),
        utc_offset=offset,
        zone=draw(opt(st.sampled_from(["GMT", "UTC", "Baghdad time", "EST", "ET"]))),
        text=draw(opt(texts(max_size=20))),
        offset_inference=None if offset is None else draw(opt(texts(max_size=20))),
        approximate=draw(st.booleans()),
        clock=draw(opt(st.sampled_from(sorted(CLOCKS)))),
    )


@st.composite
def printed_dates(draw: st.DrawFn, calendar: str | None = None) -> PrintedDate:
    """Dates as printed in a registered calendar: a Gregorian day (1900-2200) written in
    that calendar (1942-2200, in every calendar's range), to the day, the month or the year;
    sometimes read in a zone. A calendar
    with no arithmetic gets any year, month and day."""
    name = calendar or draw(st.sampled_from(sorted(CALENDARS)))
    zone = draw(opt(st.sampled_from(["Japan time", "\u65e5\u672c\u6642\u9593", "Tehran time"])))
    extra: dict[str, Any] = {
        "zone": zone,
        "utc_offset": None if zone is None else draw(st.sampled_from([540, 210, 180])),
        "text": draw(opt(texts(max_size=20))),
    }
    if arithmetic_for(name) is None:
        return PrintedDate(
            calendar=name,
            year=draw(st.integers(1, 6000)),
            month=draw(opt(st.integers(1, 13))),
            **extra,
        )
    day = draw(st.dates(_dt.date(1942, 1, 1), _dt.date(2200, 12, 31)))
    era, year, month, mday = from_gregorian(name, day)
    precision = draw(st.sampled_from(["day", "month", "year"]))
    return PrintedDate(
        calendar=name,
        era=era,
        year=year,
        month=None if precision == "year" else month,
        day=mday if precision == "day" else None,
        **extra,
    )


@st.composite
def named_periods(draw: st.DrawFn, owner_ids: Sequence[str] = ()) -> NamedPeriod:
    """Named periods with a known length: fiscal years under any convention, their halves
    and quarters."""
    kind = draw(st.sampled_from(sorted(PERIOD_MONTHS)))
    parts = 12 // PERIOD_MONTHS[kind]
    starts = draw(opt(st.builds(PartialDate, month=st.integers(1, 12), day=st.integers(1, 28))))
    return NamedPeriod(
        kind=kind,
        year=draw(st.integers(1900, 2100)),
        number=draw(st.integers(1, parts)) if parts > 1 else None,
        starts=starts,
        named_for_end=draw(st.booleans()),
        owner=draw(st.sampled_from([None, *owner_ids])) if owner_ids else None,
        text=draw(opt(texts(max_size=20))),
    )


_REPORT_DATES = st.builds(
    PartialDate,
    year=st.integers(1900, 2100),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
_EVENT_RELATIONS = (
    TimeRelation.WITHIN,
    TimeRelation.AFTER,
    TimeRelation.BEFORE,
    TimeRelation.BY,
    TimeRelation.DURING,
    TimeRelation.SAME_TIME,
)
_NO_DATE = (
    TimeRelation.BETWEEN,
    TimeRelation.WITHIN,
    TimeRelation.DURING,
    TimeRelation.SAME_TIME,
    TimeRelation.PAST,
)


@st.composite
def time_expressions(
    draw: st.DrawFn, body: str | None = None, event_ids: Sequence[str] = ()
) -> TimeExpression:
    """Time expressions of every shape: a dated relation, an interval, a time counted from
    the report ("yesterday"), a duration from an unstated anchor, or a relation to another
    event (when ``event_ids`` offers one). Inferred values, when drawn, come from
    :meth:`TimeExpression.resolve` against a drawn report date."""
    shapes = ["date", "interval", "relative", "text", "deixis", "offset", "printed", "period"]
    shape = draw(st.sampled_from([*shapes, "past"]))
    text = draw(opt(texts(max_size=20)))
    common: dict[str, Any] = {
        "text": text,
        "spans": draw(spans_in(body, 1)),
        "cue": draw(opt(cues(body))),
        "day_part": draw(opt(st.sampled_from(sorted(DAY_PARTS)))),
        "moment": draw(opt(moments())),
        "status": draw(opt(st.sampled_from(sorted(TIME_STATUSES)))),
    }
    if shape == "interval":
        found = TimeExpression(
            relation=TimeRelation.BETWEEN, interval=draw(intervals(with_year=None)), **common
        )
    elif shape == "relative" and event_ids:
        relation = draw(st.sampled_from(_EVENT_RELATIONS))
        needs_offset = relation is TimeRelation.WITHIN or draw(st.booleans())
        return TimeExpression(
            relation=relation,
            offset=draw(durations) if needs_offset else None,
            relative_to=draw(st.sampled_from(list(event_ids))),
            **common,
        )
    elif shape == "printed":
        found = TimeExpression(
            relation=draw(st.sampled_from([TimeRelation.ON, TimeRelation.BY, TimeRelation.IN])),
            printed=draw(st.lists(printed_dates(), min_size=1, max_size=2)),
            part=draw(opt(st.sampled_from(PeriodPart))),
            **common,
        )
    elif shape == "period":
        found = TimeExpression(
            relation=draw(st.sampled_from([TimeRelation.IN, TimeRelation.BY])),
            period=draw(named_periods()),
            part=draw(opt(st.sampled_from(PeriodPart))),
            **common,
        )
    elif shape == "past":
        found = TimeExpression(
            relation=TimeRelation.PAST,
            offset=draw(durations),
            anchor_kind=draw(st.sampled_from([None, TimeAnchor.DOCUMENT])),
            **common,
        )
    elif shape == "offset":
        return TimeExpression(
            relation=TimeRelation.WITHIN,
            offset=draw(durations),
            anchor_kind=draw(opt(st.sampled_from(TimeAnchor))),
            **common,
        )
    elif shape == "deixis":
        found = TimeExpression(
            relation=draw(st.sampled_from([TimeRelation.ON, TimeRelation.IN, TimeRelation.SINCE])),
            deixis=draw(deixes),
            part=draw(opt(st.sampled_from(PeriodPart))),
            anchor_kind=draw(st.sampled_from([None, TimeAnchor.DOCUMENT])),
            **common,
        )
    elif shape == "text" and text is not None:
        return TimeExpression(relation=TimeRelation.ON, **common)
    else:
        relation = draw(st.sampled_from([r for r in TimeRelation if r not in _NO_DATE]))
        found = TimeExpression(
            relation=relation,
            date=draw(partial_dates()),
            part=draw(opt(st.sampled_from(PeriodPart))),
            **common,
        )
    if draw(st.booleans()):
        week = draw(opt(st.integers(1, 7)))
        found = found.resolve(draw(_REPORT_DATES), draw(texts(max_size=30)), week)
        if found.inference is not None and body and draw(st.booleans()):
            found = attrs.evolve(found, anchor_span=draw(spans(body)))
    return found

"""Dates, intervals and time expressions."""

from __future__ import annotations

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
from ...models.time import end_inexpressible
from ._anchors import cues, spans_in
from ._core import opt, texts

__all__ = [
    "deixes",
    "durations",
    "edtf_like_strings",
    "intervals",
    "moments",
    "partial_dates",
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
    st.builds(Deixis, unit=st.sampled_from(DeicticUnit), offset=st.integers(-3, 3)),
    st.builds(Deixis, weekday=st.integers(1, 7), offset=st.integers(-2, 2)),
)

moments = st.builds(
    Moment,
    date=opt(partial_dates()),
    hour=st.integers(0, 23),
    minute=opt(st.integers(0, 59)),
    second=opt(st.integers(0, 59)),
    utc_offset=opt(st.integers(-720, 840)),
    zone=opt(st.sampled_from(["GMT", "UTC", "Baghdad time", "EST"])),
    text=opt(texts(max_size=20)),
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
_NO_DATE = (TimeRelation.BETWEEN, TimeRelation.WITHIN, TimeRelation.DURING, TimeRelation.SAME_TIME)


@st.composite
def time_expressions(
    draw: st.DrawFn, body: str | None = None, event_ids: Sequence[str] = ()
) -> TimeExpression:
    """Time expressions of every shape: a dated relation, an interval, a time counted from
    the report ("yesterday"), a duration from an unstated anchor, or a relation to another
    event (when ``event_ids`` offers one). Inferred values, when drawn, come from
    :meth:`TimeExpression.resolve` against a drawn report date."""
    shape = draw(st.sampled_from(["date", "interval", "relative", "text", "deixis", "offset"]))
    text = draw(opt(texts(max_size=20)))
    common: dict[str, Any] = {
        "text": text,
        "spans": draw(spans_in(body, 1)),
        "cue": draw(opt(cues(body))),
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
        found = found.resolve(draw(_REPORT_DATES), draw(texts(max_size=30)))
    return found

"""The timeline of a report's events, with each time's EDTF bounds drawn as a band.

A band runs from the earliest to the latest day the stated time may denote: "in 2014" is a
year wide, "by September 2025" is open to the left, "since 2014" open to the right. An
approximate date is striped, an uncertain one dashed, a date whose year was inferred (not
printed) dotted, and every band also says its EDTF form in words, so nothing is told by
colour or pattern alone. Times that cannot be placed (relative to another event, no date)
are listed with what the text says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

import attrs

from ..models import Article, Event, Interval, PartialDate, TimeExpression, TimeRelation
from .describe import time_text

__all__ = ["Band", "band_of", "timeline_html"]

_OPEN_BEFORE = (TimeRelation.BY, TimeRelation.BEFORE, TimeRelation.UNTIL)
_OPEN_AFTER = (TimeRelation.AFTER, TimeRelation.SINCE)


@attrs.frozen(kw_only=True)
class Band:
    """Where a time lies: its earliest and latest possible day (``None`` on an open side),
    and how it is qualified."""

    low: dt.date | None
    high: dt.date | None
    approximate: bool = False
    uncertain: bool = False
    inferred: bool = False

    @property
    def open_start(self) -> bool:
        return self.low is None

    @property
    def open_end(self) -> bool:
        return self.high is None


def _sides(
    time: TimeExpression, date: PartialDate | None, interval: Interval | None
) -> tuple[PartialDate | None, PartialDate | None] | None:
    if interval is not None:
        return interval.start, interval.end
    if date is None:
        return None
    if time.relation in _OPEN_BEFORE:
        return None, date
    if time.relation in _OPEN_AFTER:
        return date, None
    return date, date


def band_of(time: TimeExpression) -> Band | None:
    """The band of ``time``, from its stated date or interval, or from the inferred one
    when the stated has no year; ``None`` when it cannot be placed on a calendar."""
    inferred = False
    sides = _sides(time, time.date, time.interval)
    stated = [d for d in sides or () if d is not None]
    if sides is None or not stated or any(d.year is None for d in stated):
        sides = _sides(time, time.inferred, time.inferred_interval)
        inferred = True
    if sides is None:
        return None
    start, end = sides
    dates = [d for d in (start, end) if d is not None]
    low = start.earliest() if start is not None else None
    high = end.latest() if end is not None else None
    if low is None and high is None:
        return None
    if (start is not None and low is None) or (end is not None and high is None):
        return None  # a side with no usable year
    return Band(
        low=low,
        high=high,
        approximate=any(d.approximate for d in dates),
        uncertain=any(d.uncertain for d in dates),
        inferred=inferred,
    )


def _span(bands: Sequence[Band]) -> tuple[dt.date, dt.date]:
    days = [d for b in bands for d in (b.low, b.high) if d is not None]
    first, last = min(days), max(days)
    if (last - first).days < 30:
        first, last = first - dt.timedelta(days=15), last + dt.timedelta(days=15)
    return first, last


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    years = last.year - first.year
    if years >= 2:
        step = max(1, -(-years // 8))
        return [
            (dt.date(y, 1, 1), str(y))
            for y in range(first.year + 1, last.year + 1)
            if (y - first.year - 1) % step == 0
        ]
    months = []
    y, m = first.year, first.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        day = dt.date(y, m, 1)
        if day > last:
            break
        months.append(day)
    step = max(1, -(-len(months) // 8))
    return [(d, d.strftime("%Y-%m")) for d in months[::step]]


def _at(day: dt.date, first: dt.date, last: dt.date) -> float:
    return 100.0 * (day - first).days / max((last - first).days, 1)


def _band_words(time: TimeExpression, band: Band) -> str:
    bits = [time_text(time)]
    low = band.low.isoformat() if band.low else "open"
    high = band.high.isoformat() if band.high else "open"
    bits.append(f"from {low} to {high}")
    bits += [w for w, on in (("approximate", band.approximate), ("uncertain", band.uncertain),
                             ("year inferred", band.inferred)) if on]  # fmt: skip
    return "; ".join(bits)


def _label(event: Event) -> str:
    status = f" ({event.status.replace('_', ' ')})" if event.status else ""
    negated = "not " if event.negated else ""
    return f"{negated}{event.event_type.replace('_', ' ')}{status}"


def timeline_html(article: Article) -> str:
    """The timeline section's contents: one row per event, in :meth:`Article.timeline`
    order, with the band of its time on a shared axis."""
    events = article.timeline()
    if not events:
        return '<p class="iwr-meta">No events.</p>'
    bands = {id(e): band_of(e.time) if e.time is not None else None for e in events}
    placed = [b for b in bands.values() if b is not None]
    first, last = _span(placed) if placed else (dt.date(2000, 1, 1), dt.date(2001, 1, 1))
    out = ['<ol class="iwr-tl">']
    if placed:
        ticks = "".join(
            f'<span style="position:absolute;inset-inline-start:{_at(day, first, last):.2f}%">'
            f"{escape(text)}</span>"
            for day, text in _ticks(first, last)
            if _at(day, first, last) <= 92.0  # a label further right would not fit
        )
        out.append(
            f'<li aria-hidden="true"><span class="iwr-when">{escape(first.isoformat())} \u2013 '
            f"{escape(last.isoformat())}</span>"
            f'<div class="iwr-track iwr-axis" style="background:none">{ticks}</div></li>'
        )
    unplaced: list[str] = []
    for event in events:
        band = bands[id(event)]
        time = event.time
        when = time_text(time) if time is not None else "no date stated"
        summary = f'<span dir="auto">{escape(event.summary)}</span>' if event.summary else ""
        head = (
            f"<div><strong>{escape(_label(event))}</strong> {summary}"
            f'<span class="iwr-when" dir="auto">{escape(when)}</span></div>'
        )
        if band is None or time is None:
            unplaced.append(f'<li data-event="{escape(event.id)}">{head}</li>')
            continue
        else:
            start = _at(band.low, first, last) if band.low else 0.0
            end = _at(band.high + dt.timedelta(days=1), first, last) if band.high else 100.0
            classes = " ".join(
                c
                for c, on in (
                    ("iwr-approx", band.approximate),
                    ("iwr-uncertain", band.uncertain),
                    ("iwr-inferred", band.inferred),
                    ("iwr-open-start", band.open_start),
                    ("iwr-open-end", band.open_end),
                )
                if on
            )
            words = escape(_band_words(time, band))
            track = (
                f'<div class="iwr-track"><span class="iwr-band {classes}" role="img" '
                f'aria-label="{words}" title="{words}" data-low="{band.low or ""}" '
                f'data-high="{band.high or ""}" style="inset-inline-start:{start:.2f}%;'
                f'width:{max(end - start, 0.0):.2f}%"></span></div>'
            )
        out.append(f'<li data-event="{escape(event.id)}">{head}{track}</li>')
    out.append("</ol>")
    if unplaced:
        out.append(
            '<h3>Not on the calendar</h3><p class="iwr-meta">No date stated, or a time '
            'relative to another event.</p><ul class="iwr-tl iwr-undated">'
        )
        out += unplaced
        out.append("</ul>")
    return "".join(out)

"""Overlapping spans as properly nested layers: the segmentation under the annotated view.

Spans in a report overlap freely: a mention inside a quote, a quote inside a quote, a claim
that starts in one sentence and a quote that ends in the next. Markup must nest, so
:func:`layers` splits the text at every span boundary and walks the boundaries with a
stack of open marks. Where a mark ends while marks opened after it are still open, those
are closed and opened again right after: a mark can come out in several fragments (each
event says which), but every element nests, every character is written exactly once, and
the text inside a mark's fragments is exactly the text it covers.

Boundaries never cut a character as a reader sees it (a letter and its combining accent,
an emoji with its modifiers, a flag): a boundary inside one is moved outwards to the edge
of the character (:func:`snap`). Offsets count code points, as spans do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ..text import splits_character

__all__ = ["Close", "Event", "Mark", "Open", "Text", "layers", "snap"]


@attrs.frozen(kw_only=True)
class Mark:
    """A stretch ``[start, end)`` of a text to mark, named by ``key``. Of two marks over
    the same stretch the one with the lower ``rank`` is the outer one."""

    start: int
    end: int
    key: str
    rank: int = 0


@attrs.frozen
class Open:
    """Open a fragment of ``mark``; ``part`` counts its fragments from 0."""

    mark: Mark
    part: int


@attrs.frozen
class Close:
    """Close the innermost open fragment, which is one of ``mark``."""

    mark: Mark


@attrs.frozen
class Text:
    """Characters of the text, starting at code-point offset ``start``."""

    text: str
    start: int


Event = Open | Close | Text


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` clamped to the text and moved outwards until neither cuts a
    character in two (see :func:`iraqwithdrawal.text.splits_character`)."""
    size = len(text)
    start = min(max(start, 0), size)
    end = min(max(end, start), size)
    while start > 0 and splits_character(text, start):
        start -= 1
    while end < size and splits_character(text, end):
        end += 1
    return start, end


def layers(text: str, marks: Iterable[Mark]) -> Iterator[Event]:
    """The text with its marks as a well-nested stream of :class:`Open`, :class:`Text` and
    :class:`Close` events.

    Every character comes out once, in order, in :class:`Text` events; each mark's
    fragments together hold exactly the characters of its snapped stretch; a mark over
    nothing (after snapping, an empty stretch) comes out as one empty fragment. A mark
    starting earlier, or at the same place ending later, or else of lower rank, is outside.
    """
    given = list(marks)
    spans = [snap(text, mark.start, mark.end) for mark in given]
    # Outer first: earlier start, then later end, then lower rank, then given order.
    order = sorted(range(len(given)), key=lambda i: (spans[i][0], -spans[i][1], given[i].rank, i))
    place = {i: n for n, i in enumerate(order)}
    starting: dict[int, list[int]] = {}
    for i in order:
        starting.setdefault(spans[i][0], []).append(i)
    cuts = sorted({0, len(text), *(s for s, _e in spans), *(e for _s, e in spans)})
    parts = [0] * len(given)
    stack: list[int] = []

    def opened(i: int) -> Open:
        parts[i] += 1
        stack.append(i)
        return Open(given[i], parts[i] - 1)

    for n, at in enumerate(cuts):
        # Close every mark that ends here; marks opened inside them are closed too and
        # opened again below, so elements always nest.
        reopen: list[int] = []
        while any(spans[i][1] == at for i in stack):
            top = stack.pop()
            yield Close(given[top])
            if spans[top][1] != at:
                reopen.append(top)
        fresh = starting.get(at, [])
        for i in fresh:
            if spans[i][1] == at:  # an empty mark: one empty fragment
                yield opened(i)
                stack.pop()
                yield Close(given[i])
        # Longer marks outside, so the fewest fragments are made; of two with the same
        # end, the one that began first stays outside.
        going = sorted(
            [*reopen, *(i for i in fresh if spans[i][1] != at)],
            key=lambda i: (-spans[i][1], place[i]),
        )
        for i in going:
            yield opened(i)
        if n + 1 < len(cuts):
            yield Text(text[at : cuts[n + 1]], at)
    while stack:  # every mark ends at a cut, so nothing is left open; kept for safety
        yield Close(given[stack.pop()])

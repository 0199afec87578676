"""What generated loaders share at run time: the refusal signal and the collector.

The loaders themselves are emitted by :mod:`iraqwithdrawal._generate` (one generator, a fast
and a detailed variant). This module holds only what the emitted code, the converter, the
entry points and validation all read, so that none of them imports another's internals (and
no import circle forms): :class:`Collector`, the per-thread :data:`collecting` slot, and
:class:`Refused`, which the fast variant raises to hand an object to the detailed variant
(generated code and ``Rule.inline`` sources call it ``_Refused``).
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["Collector", "Refused", "collecting", "current_collector"]


class Refused(Exception):
    """Raised by generated fast code: the detailed loader must take over."""


#: The name generated code and inline rule sources use.
_Refused = Refused


class Collector:
    """What the generated loaders note while they build one document, so that its quick
    validation needs no second walk: every object with an id, every reference with the kinds
    it accepts, every span, attribution and event, and every quantity broken into parts.
    ``complete`` turns false when any part of the document was built another way (the
    detailed loader, an ``__init__``), and then the notes are not used."""

    __slots__ = ("attributions", "complete", "events", "ids", "parted", "refs", "spans")

    def __init__(self) -> None:
        self.ids: list[tuple[Any, Any]] = []
        self.refs: list[tuple[Any, Any]] = []
        self.spans: list[Any] = []
        self.attributions: list[Any] = []
        self.events: list[Any] = []
        self.parted: list[Any] = []
        self.complete = True


class _Collecting(threading.local):
    """Per thread: every thread starts with no collector (a ``threading.local`` attribute
    set at import exists only in the importing thread)."""

    current: Collector | None = None


#: The collector of the document being loaded on this thread, if any.
collecting = _Collecting()


def current_collector() -> Collector | None:
    """The collector of the document being loaded on this thread, or ``None``."""
    return getattr(collecting, "current", None)

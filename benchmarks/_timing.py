"""The measuring method every benchmark here uses.

- CPU time of the measuring thread (``time.thread_time``), not wall-clock time: another
  process on a shared machine does not count against the code measured.
- In each round every candidate runs once, in a random order, so a slow spell of the machine
  hits candidates and baselines alike.
- Each candidate's time is divided by the baseline's time **of the same round**: the ratios
  are paired, and a drifting machine moves both sides of each ratio.
- The median of those ratios is a run's figure; several runs give a min-max range.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["Figure", "cpu_batch", "paired_ratios"]

Figure = dict[str, float]  # {"median": m, "min": lo, "max": hi, "runs": n}


def cpu_batch(fn: Callable[[Any], Any], items: Iterable[Any]) -> Callable[[], float]:
    """A timer: CPU seconds of this thread to call ``fn`` on every item once."""
    batch = list(items)

    def run() -> float:
        start = time.thread_time()
        for item in batch:
            fn(item)
        return time.thread_time() - start

    return run


def paired_ratios(
    timers: Mapping[str, Callable[[], float]],
    baseline: str,
    *,
    rounds: int,
    runs: int,
    rng: random.Random,
    pairs: Mapping[str, str] | None = None,
) -> dict[str, Figure]:
    """Each timer's time over ``baseline``'s (or over ``pairs[name]``'s) in the same round:
    the median over ``rounds`` rounds for each of ``runs`` runs, reported as the median of
    those medians with their min and max. Also ``<name>@s``: the median seconds per call of
    the batch, for orientation only."""
    pairs = dict(pairs or {})
    medians: dict[str, list[float]] = {name: [] for name in timers}
    seconds: dict[str, list[float]] = {name: [] for name in timers}
    for _ in range(runs):
        ratios: dict[str, list[float]] = {name: [] for name in timers}
        for _ in range(rounds):
            order = list(timers)
            rng.shuffle(order)
            took = {name: timers[name]() for name in order}
            for name in timers:
                ratios[name].append(took[name] / took[pairs.get(name, baseline)])
                seconds[name].append(took[name])
        for name in timers:
            medians[name].append(statistics.median(ratios[name]))
    out: dict[str, Figure] = {}
    for name in timers:
        values = medians[name]
        out[name] = {
            "median": statistics.median(values),
            "min": min(values),
            "max": max(values),
            "runs": float(runs),
            "seconds": statistics.median(seconds[name]),
        }
    return out

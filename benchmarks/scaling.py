"""Work per item as one article grows: load, validate, outline and every exporter, on the
canonical report with N extra quotes and N extra events (N = 10 ... 10,000).

    python benchmarks/scaling.py            # N = 10, 100, 1,000, 10,000
    python benchmarks/scaling.py --quick    # N = 10, 100, 1,000

It prints the time per item of each step and, last, the ratio of the largest N's time per
item to the smallest's: about 1 means linear work, 10 at N = 10,000 would mean quadratic.
The ratio compares the same step within one run, so a noisy machine moves both sides.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import attrs

import iraqwithdrawal as iw
from iraqwithdrawal.cli import outline
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import to_annotations, to_ninjs, to_plover, to_prov, to_schemaorg


def grown(n: int) -> iw.Article:
    """The canonical report with ``n`` more quotes and ``n`` more events, copies of its own
    with new ids (so every reference still resolves)."""
    seed = seed_report()
    quote, event = seed.quotes[0], seed.events[0]
    quotes = tuple(attrs.evolve(quote, id=f"q-extra-{i}") for i in range(n))
    events = tuple(attrs.evolve(event, id=f"ev-extra-{i}") for i in range(n))
    return attrs.evolve(seed, quotes=seed.quotes + quotes, events=seed.events + events)


def _best(step: Callable[[], Any], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = [10, 100, 1000] if args.quick else [10, 100, 1000, 10_000]
    per_item: dict[str, list[float]] = {}
    for n in sizes:
        article = grown(n)
        text = iw.to_json(article)
        steps: dict[str, Callable[[], Any]] = {
            "load": lambda text=text: iw.from_json(text),
            "validate": lambda article=article: iw.validate(article),
            "outline": lambda article=article: outline(article),
            "schema.org": lambda article=article: to_schemaorg(article),
            "ninjs": lambda article=article: to_ninjs(article),
            "PLOVER": lambda article=article: to_plover(article),
            "PROV-O": lambda article=article: to_prov(article),
            "Web Annotation": lambda article=article: to_annotations(article),
        }
        rounds = 5 if n < 10_000 else 2
        for name, step in steps.items():
            per_item.setdefault(name, []).append(_best(step, rounds) / (2 * n + 60))
    header = " ".join(f"{n:>10,}" for n in sizes)
    print("microseconds per item (quotes + events + the report's own ~60 objects)")
    print(f"{'step':<15} {header} {'last/first':>11}")
    for name, times in per_item.items():
        cells = " ".join(f"{t * 1e6:>10.1f}" for t in times)
        print(f"{name:<15} {cells} {times[-1] / times[0]:>11.2f}")


if __name__ == "__main__":
    main()

"""Time loading and writing against the orjson limit, as ratios measured in the same run.

    python benchmarks/bench.py            # full run
    python benchmarks/bench.py --quick    # smoke run (CI): fewer articles and repeats

For each corpus (the bundled report; a batch of generated articles) it times

- load: ``from_json`` (parse, build, every construction check, document validation)
  against ``orjson.loads`` of the same bytes;
- load without document validation (``validate=False``), against the same baseline;
- validate: ``validate(article)`` alone, against ``orjson.loads``;
- dump: ``to_json`` against ``orjson.dumps`` of the equivalent dict.

Timings are interleaved round by round and each keeps its best round, so a noisy machine
slows baselines and candidates alike; only ratios are reported, never absolute limits.
Needs the ``fast`` and ``testing`` extras.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from typing import Any

import orjson

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report


def _best(fn: Callable[[], Any], repeats: int, number: int) -> float:
    """Best time per call over ``repeats`` rounds of ``number`` calls."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def _generated(count: int) -> list[iw.Article]:
    from hypothesis import HealthCheck, given, seed, settings

    from iraqwithdrawal.testing import articles

    found: list[iw.Article] = []

    @seed(20261128)
    @settings(
        max_examples=count, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(articles(max_entities=10, max_events=8))
    def collect(article: iw.Article) -> None:
        found.append(article)

    collect()
    return found


def _corpus_rows(name: str, docs: list[iw.Article], repeats: int, number: int) -> list[str]:
    payloads = [iw.to_json(a).encode("utf-8") for a in docs]
    dicts = [iw.to_dict(a) for a in docs]
    size = sum(map(len, payloads)) / len(payloads)

    def loads() -> None:
        for p in payloads:
            orjson.loads(p)

    def ours_load() -> None:
        for p in payloads:
            iw.from_json(p)

    def ours_load_unvalidated() -> None:
        for p in payloads:
            iw.from_json(p, validate=False)

    def ours_validate() -> None:
        for a in docs:
            iw.validate(a)

    def dumps() -> None:
        for d in dicts:
            orjson.dumps(d)

    def ours_dump() -> None:
        for a in docs:
            iw.to_json(a)

    # Interleaved: every round times every function once, so a slow spell of the machine
    # hits baselines and candidates alike; each keeps its best round.
    funcs = {
        "loads": loads,
        "dumps": dumps,
        "load": ours_load,
        "load_unvalidated": ours_load_unvalidated,
        "validate": ours_validate,
        "dump": ours_dump,
    }
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(repeats):
        for key, fn in funcs.items():
            best[key] = min(best[key], _best(fn, 1, number))
    base_load, base_dump = best["loads"], best["dumps"]
    measured = [
        ("load + validate (from_json)", "load", base_load, "orjson.loads"),
        ("load, no document validation", "load_unvalidated", base_load, "orjson.loads"),
        ("validate() alone", "validate", base_load, "orjson.loads"),
        ("dump (to_json)", "dump", base_dump, "orjson.dumps"),
    ]
    rows = [f"{name}: {len(docs)} article(s), {size / 1024:.1f} KiB JSON each on average"]
    for label, key, base, against in measured:
        rows.append(f"  {label:32} {best[key] / base:7.1f}x {against}")
    rows.append(
        f"  baseline per article: orjson.loads {base_load / len(docs) * 1e6:.1f} us, "
        f"orjson.dumps {base_dump / len(docs) * 1e6:.1f} us"
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    args = parser.parse_args(argv)
    repeats, number, count = (3, 3, 20) if args.quick else (7, 20, 200)
    print(
        f"iraqwithdrawal {iw.__version__}; Python {platform.python_version()} "
        f"({platform.machine()}); JSON backend {iw._json.BACKEND}"
    )
    for line in _corpus_rows("bundled report", [seed_report()], repeats, number * 5):
        print(line)
    for line in _corpus_rows("generated", _generated(count), repeats, max(1, number // 4)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Loading, validating and writing, against orjson, msgspec and pydantic, as ratios in one run.

    python benchmarks/bench.py            # full run (a few minutes: JSONL up to 100,000 articles)
    python benchmarks/bench.py --quick    # smoke run (CI): small counts, no assertion on time

Corpora: the bundled report, and a batch of generated articles of about its size. For each:

- load: ``from_json(..., validate=False)`` (parse, build, every construction check, strict
  primitives) against ``orjson.loads`` of the same bytes, beside msgspec Structs and pydantic
  v2 models equivalent to ours (``benchmarks/equivalents.py``): pydantic once with its native
  constraints only, once with the same rules as ours; also ``from_json`` with document
  validation (the default);
- ``validate()`` alone, as a share of the load;
- dump: ``to_json`` against ``orjson.dumps`` of the equivalent dict, beside msgspec and pydantic
  (``exclude_defaults``, so that all write the same JSON value);
- memory per loaded article (tracemalloc), for plain dicts, msgspec, pydantic and ours.

Then JSON Lines: write and read back 1,000, 10,000 and 100,000 generated articles, each size in
a fresh process, with and without orjson; throughput and peak resident memory per size.

Timings are interleaved round by round and each keeps its best round, so a slow spell of the
machine hits baselines and candidates alike; only ratios are reported. Needs the ``dev`` extras.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from importlib.metadata import version
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import msgspec
import orjson

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report

sys.path.insert(0, str(Path(__file__).parent))
from equivalents import msgspec_article_type, pydantic_article_type


def _generated(count: int, seed: int = 20261128) -> list[iw.Article]:
    """``count`` valid articles of roughly the seed's size, the same ones on every run."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fix_seed

    from iraqwithdrawal.testing import articles

    found: list[iw.Article] = []

    @fix_seed(seed)
    @settings(
        max_examples=count, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(articles(max_entities=24, max_events=16))
    def collect(article: iw.Article) -> None:
        found.append(article)

    collect()
    return found


def _time_interleaved(funcs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, float]:
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(rounds):
        for key, fn in funcs.items():
            start = time.perf_counter()
            fn()
            best[key] = min(best[key], time.perf_counter() - start)
    return best


def _memory_per_item(load: Callable[[bytes], Any], payloads: list[bytes]) -> float:
    """Bytes still allocated per loaded document while all of them are kept."""
    gc.collect()
    tracemalloc.start()
    kept = [load(p) for p in payloads]
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return current / len(payloads)


def corpus_report(name: str, docs: list[iw.Article], rounds: int) -> list[str]:
    payloads = [iw.to_json(a).encode("utf-8") for a in docs]
    dicts = [orjson.loads(p) for p in payloads]
    pyd, mss = pydantic_article_type(), msgspec_article_type()
    pyd_same = pydantic_article_type(same_rules=True)
    decoder = msgspec.json.Decoder(mss)
    encoder = msgspec.json.Encoder()
    pyd_objs = [pyd.model_validate_json(p) for p in payloads]
    ms_objs = [decoder.decode(p) for p in payloads]
    # The three libraries must read and write the same JSON values, or the race means nothing.
    for p, d, po, mo in zip(payloads, dicts, pyd_objs, ms_objs, strict=True):
        assert orjson.loads(po.model_dump_json(exclude_defaults=True)) == d
        same = pyd_same.model_validate_json(p)
        assert orjson.loads(same.model_dump_json(exclude_defaults=True)) == d
        assert orjson.loads(encoder.encode(mo)) == d
        assert iw.to_dict(iw.from_json(p)) == d

    def each(fn: Callable[[Any], Any], items: list[Any]) -> Callable[[], None]:
        def run() -> None:
            for item in items:
                fn(item)

        return run

    loads = _time_interleaved(
        {
            "orjson.loads": each(orjson.loads, payloads),
            "msgspec": each(decoder.decode, payloads),
            "pydantic": each(pyd.model_validate_json, payloads),
            "pydantic, same rules": each(pyd_same.model_validate_json, payloads),
            "ours": each(lambda p: iw.from_json(p, validate=False), payloads),
            "ours + validate()": each(iw.from_json, payloads),
            "load, then a separate validate()": each(
                lambda p: iw.validate(iw.from_json(p, validate=False)), payloads
            ),
            "validate() alone": each(iw.validate, docs),
        },
        rounds,
    )
    dumps = _time_interleaved(
        {
            "orjson.dumps": each(orjson.dumps, dicts),
            "msgspec": each(encoder.encode, ms_objs),
            "pydantic": each(lambda o: o.model_dump_json(exclude_defaults=True), pyd_objs),
            "ours": each(iw.to_json, docs),
        },
        rounds,
    )
    memory = {
        "dicts (orjson)": _memory_per_item(orjson.loads, payloads),
        "msgspec": _memory_per_item(decoder.decode, payloads),
        "pydantic": _memory_per_item(pyd.model_validate_json, payloads),
        "ours": _memory_per_item(lambda p: iw.from_json(p, validate=False), payloads),
    }
    size = sum(map(len, payloads)) / len(payloads)
    base_load, base_dump = loads["orjson.loads"], dumps["orjson.dumps"]
    rows = [
        f"## {name}: {len(docs)} article(s), {size / 1024:.1f} KiB of JSON each on average",
        "",
        "| | load | dump | memory / article |",
        "|---|---:|---:|---:|",
        f"| orjson on dicts (the limit) | 1.00x | 1.00x "
        f"| {memory['dicts (orjson)'] / 1024:.1f} KiB |",
        f"| msgspec Structs | {loads['msgspec'] / base_load:.2f}x "
        f"| {dumps['msgspec'] / base_dump:.2f}x | {memory['msgspec'] / 1024:.1f} KiB |",
        f"| pydantic v2 models | {loads['pydantic'] / base_load:.2f}x "
        f"| {dumps['pydantic'] / base_dump:.2f}x | {memory['pydantic'] / 1024:.1f} KiB |",
        f"| pydantic v2, same rules | {loads['pydantic, same rules'] / base_load:.2f}x | | |",
        f"| iraqwithdrawal | {loads['ours'] / base_load:.2f}x "
        f"| {dumps['ours'] / base_dump:.2f}x | {memory['ours'] / 1024:.1f} KiB |",
        "",
        f"- load with document validation (the default): "
        f"{loads['ours + validate()'] / base_load:.2f}x orjson.loads; "
        f"{loads['ours + validate()'] / loads['load, then a separate validate()']:.2f} of a "
        "load followed by a separate validate(), which walks the tree again (the default "
        "takes the quick checks from notes the loaders take while they build)",
        f"- validate() alone: {loads['validate() alone'] / base_load:.2f}x orjson.loads, "
        f"{loads['validate() alone'] / loads['ours']:.2f} of a load without it",
        f"- time of ours over pydantic's: load {loads['ours'] / loads['pydantic']:.2f} "
        f"(native constraints only), {loads['ours'] / loads['pydantic, same rules']:.2f} "
        f"(same rules); dump {dumps['ours'] / dumps['pydantic']:.2f}",
        f"- memory of ours over msgspec's: {memory['ours'] / memory['msgspec']:.2f}",
        f"- per article: orjson.loads {base_load / len(docs) * 1e6:.0f} us, "
        f"orjson.dumps {base_dump / len(docs) * 1e6:.0f} us",
        "",
    ]
    return rows


# --- JSON Lines at scale ------------------------------------------------------------------


def _jsonl_child(pool_path: str, count: int, backend: str) -> None:
    """Run in a fresh process: write ``count`` articles (cycling a small pool) to a file,
    read them all back one at a time, print one JSON line of measurements."""
    from iraqwithdrawal import _json

    _json.BACKEND = backend
    pool = list(iw.iter_jsonl(pool_path))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "archive.jsonl"
        start = time.perf_counter()
        written = iw.write_jsonl(islice(cycle(pool), count), path)
        write_s = time.perf_counter() - start
        size = path.stat().st_size
        start = time.perf_counter()
        read = sum(1 for _ in iw.iter_jsonl(path))
        read_s = time.perf_counter() - start
    assert written == read == count
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "count": count,
                "backend": backend,
                "mib": size / 2**20,
                "write_per_s": count / write_s,
                "read_per_s": count / read_s,
                "read_mib_per_s": size / 2**20 / read_s,
                "peak_rss_mib": peak_kib / 1024,
            }
        )
    )


def jsonl_report(counts: list[int], pool: list[iw.Article]) -> list[str]:
    rows = [
        "## JSON Lines: write, then read back one line at a time (a fresh process per row)",
        "",
        "| JSON backend | articles | file | write | read | peak RSS |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pool_path = str(Path(tmp) / "pool.jsonl")
        iw.write_jsonl(pool, pool_path)
        for backend in ("orjson", "json"):
            for count in counts:
                out = subprocess.run(
                    [sys.executable, __file__, "--jsonl-child", pool_path, str(count), backend],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                r = json.loads(out)
                rows.append(
                    f"| {backend} | {count:,} | {r['mib']:.0f} MiB | "
                    f"{r['write_per_s']:,.0f}/s | {r['read_per_s']:,.0f}/s "
                    f"({r['read_mib_per_s']:.1f} MiB/s) | {r['peak_rss_mib']:.0f} MiB |"
                )
    return [*rows, ""]


def header() -> list[str]:
    names = ["attrs", "cattrs", "orjson", "msgspec", "pydantic", "hypothesis"]
    versions = ", ".join(f"{n} {version(n)}" for n in names)
    return [
        f"iraqwithdrawal {iw.__version__}; Python {platform.python_version()} "
        f"({platform.python_implementation()}, {platform.machine()}, {os.cpu_count()} cores)",
        versions,
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--jsonl-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.jsonl_child:
        pool_path, count, backend = args.jsonl_child
        _jsonl_child(pool_path, int(count), backend)
        return 0
    quick = args.quick
    rounds = 3 if quick else 15
    generated = _generated(10 if quick else 100)
    lines = header()
    lines += corpus_report("bundled report", [seed_report()] * (2 if quick else 20), rounds)
    lines += corpus_report("generated articles", generated, rounds)
    counts = [200, 1_000] if quick else [1_000, 10_000, 100_000]
    lines += jsonl_report(counts, generated)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Archive → Parquet dataset: articles per second and peak memory, against reading the same
JSON Lines with orjson alone, in the same run.

    python benchmarks/tables_bench.py                 # 10,000 and 100,000 articles
    python benchmarks/tables_bench.py --sizes 1000    # a smoke run

The archive cycles through 200 generated articles (``synthetic_archive``, seed 0), each copy
with its own id, written as 4 shards. Each measurement runs in a fresh process, so peak
resident memory is its own:

- ``orjson``: every line parsed with ``orjson.loads``, nothing else (the baseline);
- ``tables``: ``write_archive`` in one process: parse, build and validate every article,
  flatten it, write the Parquet dataset;
- ``dask``: the same with a ``distributed.LocalCluster`` of 2 worker processes, one task per
  shard (its memory is the client's plus the largest worker's).

Only ratios against the baseline of the same run are meaningful on a noisy machine. Needs the
``dev`` and ``dask`` extras.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

SHARDS = 4


def _archive(folder: Path, size: int) -> list[Path]:
    import attrs

    import iraqwithdrawal as iw
    from iraqwithdrawal.testing.synth import synthetic_archive

    pool = list(synthetic_archive(200, seed=0))
    paths = [folder / f"shard-{n}.jsonl" for n in range(SHARDS)]
    items = (attrs.evolve(a, id=f"bench-{i}") for i, a in enumerate(islice(cycle(pool), size)))
    handles = [p.open("wb") for p in paths]
    try:
        for i, article in enumerate(items):
            handles[i % SHARDS].write(iw.to_json(article).encode("utf-8") + b"\n")
    finally:
        for handle in handles:
            handle.close()
    return paths


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(mode: str, folder: Path) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    paths = sorted(folder.glob("shard-*.jsonl"))
    start = time.perf_counter()
    worker_peak = 0.0
    if mode == "orjson":
        import orjson

        count = 0
        for path in paths:
            with path.open("rb") as handle:
                for line in handle:
                    orjson.loads(line)
                    count += 1
    else:
        from iraqwithdrawal.tables import write_archive

        out = folder / f"out-{mode}"
        if mode == "tables":
            count = write_archive(paths, out).articles
        else:
            import distributed

            with (
                distributed.LocalCluster(
                    n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
                ) as cluster,
                distributed.Client(cluster) as client,
            ):
                start = time.perf_counter()  # the cluster's start-up is not the job's time
                count = write_archive(paths, out, scheduler=client).articles
                peaks = client.run(
                    lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                )
                worker_peak = max(peaks.values())
    seconds = time.perf_counter() - start
    return {"articles": count, "seconds": seconds, "peak_mb": _peak_mb() + worker_peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], Path(args.child[1]))))
        return
    print(f"archive -> Parquet; {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    print(f"{'size':>8} {'mode':>7} {'articles/s':>11} {'vs orjson':>10} {'peak MB':>8}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _archive(folder, size)
            results = {}
            for mode in ("orjson", "tables", "dask"):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", mode, str(folder)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                results[mode] = json.loads(out.strip().splitlines()[-1])
            base = results["orjson"]["articles"] / results["orjson"]["seconds"]
            for mode, r in results.items():
                rate = r["articles"] / r["seconds"]
                print(
                    f"{size:>8} {mode:>7} {rate:>11.0f} {rate / base:>10.3f} {r['peak_mb']:>8.0f}"
                )


if __name__ == "__main__":
    main()

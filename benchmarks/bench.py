"""Loading and writing against orjson, msgspec and pydantic, measured honestly.

    python benchmarks/bench.py                  # full run, three corpora, three runs
    python benchmarks/bench.py --quick          # smoke run (CI): small corpora, one run
    python benchmarks/bench.py --compare REF    # this tree against commit REF, ratio of ratios
    python benchmarks/bench.py --jsonl          # also JSON Lines at 1k/10k/100k articles

Method (``benchmarks/_timing.py``): CPU time of the thread; every candidate once per round
in a random order; each time divided by the baseline's time in the same round (orjson.loads
for loading, orjson.dumps for writing); the median over the rounds is a run's figure, and the
figures of several runs give the range. The header names the commit and the interpreter, and
the figures are also written as JSON (``--out``).

Corpora: the bundled report; the report grown to about 100 KB (``scaling.grown``); 1,000
articles of ``iraqwithdrawal synth --seed 0``. Peers: orjson on plain dicts (the floor),
msgspec Structs and pydantic v2 models equivalent to ours (``benchmarks/equivalents.py``,
derived from the models and their checks), pydantic once with its native constraints and once
with the same rules as ours. One more msgspec row parses with orjson first and then converts
the dicts to Structs: the floor of a loader that, like ours, builds objects from parsed dicts.
Needs the ``dev`` extras.

``--compare REF`` checks out REF in a temporary git worktree and runs two worker processes,
one importing each tree; each round times both trees' loaders and writers and their own
orjson baselines in a random order, so a regression shows as a ratio of ratios (this tree's
ratio over REF's, each against orjson measured in the same round).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import statistics
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if len(sys.argv) > 2 and sys.argv[1] == "--worker":  # import the tree the worker times
    sys.path.insert(0, sys.argv[2])

import msgspec  # noqa: E402
import orjson  # noqa: E402
from _timing import Figure, cpu_batch, paired_ratios  # noqa: E402

import iraqwithdrawal as iw  # noqa: E402


def _commit(tree: Path = HERE.parent) -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "src"],
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


#: Articles of the synth corpus when ``--synth`` says (generating 1,000 takes minutes).
_SYNTH: int | None = None
_CORPORA: dict[bool, dict[str, list[bytes]]] = {}


def corpora(quick: bool) -> dict[str, list[bytes]]:
    """The three corpora as JSON bytes, the same on every run (made once per process:
    the timing and the memory report read the same documents)."""
    made = _CORPORA.get(quick)
    if made is None:
        made = _CORPORA[quick] = _make_corpora(quick)
    return made


def _make_corpora(quick: bool) -> dict[str, list[bytes]]:
    from scaling import grown

    from iraqwithdrawal.examples import seed_report
    from iraqwithdrawal.testing.synth import synthetic_archive

    seed = iw.to_json(seed_report()).encode()
    n = 1
    while len(iw.to_json(grown(n)).encode()) < 100_000:
        n *= 2
    low, high = n // 2, n
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (mid, high) if len(iw.to_json(grown(mid)).encode()) < 100_000 else (low, mid)
    big = iw.to_json(grown(high)).encode()
    count = _SYNTH or (100 if quick else 1_000)
    synth = [iw.to_json(a).encode() for a in synthetic_archive(count, seed=0)]
    return {
        "bundled report": [seed] * (5 if quick else 20),
        "grown to 100 KB": [big] * (2 if quick else 5),
        "synth --seed 0": synth,
    }


def _timers(payloads: list[bytes]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The load and dump timers of every peer on one corpus (after checking that all of them
    read and write the same JSON values, or the race would mean nothing)."""
    from equivalents import msgspec_article_type, pydantic_article_type

    dicts = [orjson.loads(p) for p in payloads]
    docs = [iw.from_json(p) for p in payloads]
    pyd, mss = pydantic_article_type(), msgspec_article_type()
    pyd_same = pydantic_article_type(same_rules=True)
    decoder, encoder = msgspec.json.Decoder(mss), msgspec.json.Encoder()
    pyd_objs = [pyd.model_validate_json(p) for p in payloads]
    ms_objs = [decoder.decode(p) for p in payloads]
    for p, d, po, mo, doc in zip(payloads, dicts, pyd_objs, ms_objs, docs, strict=True):
        assert orjson.loads(po.model_dump_json(exclude_defaults=True)) == d
        same = pyd_same.model_validate_json(p)
        assert orjson.loads(same.model_dump_json(exclude_defaults=True)) == d
        assert orjson.loads(encoder.encode(mo)) == d
        assert msgspec.convert(orjson.loads(p), mss) == mo
        assert iw.to_dict(doc) == d
    loads = {
        "orjson.loads": cpu_batch(orjson.loads, payloads),
        "msgspec Structs": cpu_batch(decoder.decode, payloads),
        "orjson + msgspec.convert (the dict route)": cpu_batch(
            lambda p: msgspec.convert(orjson.loads(p), mss), payloads
        ),
        "pydantic v2, native constraints": cpu_batch(pyd.model_validate_json, payloads),
        "pydantic v2, same rules": cpu_batch(pyd_same.model_validate_json, payloads),
        "from_json (default)": cpu_batch(iw.from_json, payloads),
        "from_json(validate=False)": cpu_batch(lambda p: iw.from_json(p, validate=False), payloads),
    }
    dumps = {
        "orjson.dumps": cpu_batch(orjson.dumps, dicts),
        "msgspec encode": cpu_batch(encoder.encode, ms_objs),
        "pydantic v2 dump": cpu_batch(lambda o: o.model_dump_json(exclude_defaults=True), pyd_objs),
        "to_json": cpu_batch(iw.to_json, docs),
    }
    return loads, dumps


def _memory_per_item(load: Callable[[bytes], Any], payloads: list[bytes]) -> float:
    """Bytes still allocated per loaded document while all of them are kept."""
    gc.collect()
    tracemalloc.start()
    kept = [load(p) for p in payloads]
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return current / len(payloads)


def _fmt(f: Figure) -> str:
    if f["runs"] > 1:
        return f"{f['median']:.2f} ({f['min']:.2f}-{f['max']:.2f})"
    return f"{f['median']:.2f}"


def measure(quick: bool, rng: random.Random) -> tuple[list[str], dict[str, Any]]:
    rounds, runs = _SIZE or ((5, 1) if quick else (21, 3))
    results: dict[str, Any] = {}
    lines: list[str] = []
    for name, payloads in corpora(quick).items():
        loads, dumps = _timers(payloads)
        load = paired_ratios(loads, "orjson.loads", rounds=rounds, runs=runs, rng=rng)
        dump = paired_ratios(dumps, "orjson.dumps", rounds=rounds, runs=runs, rng=rng)
        size = sum(map(len, payloads)) / len(payloads)
        results[name] = {"articles": len(payloads), "bytes_each": size, "load": load, "dump": dump}
        lines += [
            f"## {name}: {len(payloads)} article(s), {size / 1024:.1f} KiB each on average",
            "",
            "| load | x orjson.loads | | dump | x orjson.dumps |",
            "|---|---:|---|---|---:|",
        ]
        load_rows = [k for k in loads if k != "orjson.loads"]
        dump_rows = [k for k in dumps if k != "orjson.dumps"]
        for i in range(max(len(load_rows), len(dump_rows))):
            left = load_rows[i] if i < len(load_rows) else ""
            right = dump_rows[i] if i < len(dump_rows) else ""
            lines.append(
                f"| {left} | {_fmt(load[left]) if left else ''} | | {right} "
                f"| {_fmt(dump[right]) if right else ''} |"
            )
        per = load["orjson.loads"]["seconds"] / len(payloads) * 1e6
        lines += [
            "",
            f"orjson.loads takes {per:.0f} µs of CPU per article here (for orientation only: "
            "the ratios are the figures).",
            "",
        ]
    return lines, results


def memory_report(quick: bool) -> list[str]:
    from equivalents import msgspec_article_type, pydantic_article_type

    payloads = corpora(quick)["synth --seed 0"]
    decoder = msgspec.json.Decoder(msgspec_article_type())
    pyd = pydantic_article_type()
    memory = {
        "dicts (orjson)": _memory_per_item(orjson.loads, payloads),
        "msgspec Structs": _memory_per_item(decoder.decode, payloads),
        "pydantic v2": _memory_per_item(pyd.model_validate_json, payloads),
        "iraqwithdrawal": _memory_per_item(lambda p: iw.from_json(p, validate=False), payloads),
    }
    rows = ["## Memory per loaded article (synth --seed 0, all kept)", "", "| | KiB | x msgspec |"]
    rows.append("|---|---:|---:|")
    for name, value in memory.items():
        rows.append(f"| {name} | {value / 1024:.1f} | {value / memory['msgspec Structs']:.2f} |")
    return [*rows, ""]


# --- comparing two commits --------------------------------------------------------------------

_COMMANDS = ("orjson.loads", "from_json", "from_json(validate=False)", "orjson.dumps", "to_json")


def _worker(corpus_dir: str) -> None:
    """Serve timing requests on stdin ("<command> <corpus index>"), one CPU time per line."""
    payloads = [
        [bytes.fromhex(h) for h in json.loads(p.read_text())]
        for p in sorted(Path(corpus_dir).glob("*.json"))
    ]
    timers: list[dict[str, Callable[[], float]]] = []
    for batch in payloads:
        dicts = [orjson.loads(p) for p in batch]
        docs = [iw.from_json(p) for p in batch]
        timers.append(
            {
                "orjson.loads": cpu_batch(orjson.loads, batch),
                "from_json": cpu_batch(iw.from_json, batch),
                "from_json(validate=False)": cpu_batch(
                    lambda p: iw.from_json(p, validate=False), batch
                ),
                "orjson.dumps": cpu_batch(orjson.dumps, dicts),
                "to_json": cpu_batch(iw.to_json, docs),
            }
        )
    from iraqwithdrawal import accel

    print("ready", "compiled" if accel.ACTIVE else "pure", flush=True)
    for line in sys.stdin:
        command, index = line.rsplit(" ", 1)
        print(timers[int(index)][command](), flush=True)


class _Worker:
    def __init__(self, src: Path, corpus_dir: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(src), corpus_dir],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        ready, self.path = self.proc.stdout.readline().split()
        assert ready == "ready"

    def time(self, command: str, corpus: int) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{command} {corpus}\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def _build_accelerator(tree: Path) -> None:
    """Build the compiled accelerator in the checked-out ``tree`` when this tree runs with
    it, so that both sides of a compare take the same path (a fresh worktree has no built
    extension: it is not tracked). Needs Cython and a C compiler, as this tree's build did."""
    from iraqwithdrawal import accel

    if not accel.ACTIVE:
        return
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal.accel.build"],
        cwd=tree,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compare(ref: str, quick: bool, rng: random.Random) -> tuple[list[str], dict[str, Any]]:
    """This tree against commit ``ref``: for each corpus and operation, (ours / orjson here)
    over (ours / orjson at ref), each pair measured in the same round."""
    rounds, runs = _SIZE or ((5, 1) if quick else (21, 3))
    repo = HERE.parent
    data = corpora(quick)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "ref"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(tree), ref], cwd=repo, check=True
        )
        try:
            _build_accelerator(tree)
            corpus_dir = Path(tmp) / "corpora"
            corpus_dir.mkdir()
            for i, batch in enumerate(data.values()):
                (corpus_dir / f"{i:02}.json").write_text(json.dumps([p.hex() for p in batch]))
            here = _Worker(repo / "src", str(corpus_dir))
            there = _Worker(tree / "src", str(corpus_dir))
            results: dict[str, Any] = {}
            lines = [
                f"## This tree ({_commit()}) over {ref} ({_commit(tree)}): ratio of ratios",
                "",
                f"Path taken: {here.path} here, {there.path} there.",
                "",
                "| corpus | operation | here / there (each x orjson in the same round) |",
                "|---|---|---:|",
            ]
            for index, name in enumerate(data):
                for command, base in (
                    ("from_json", "orjson.loads"),
                    ("from_json(validate=False)", "orjson.loads"),
                    ("to_json", "orjson.dumps"),
                ):
                    medians = []
                    for _ in range(runs):
                        ratios = []
                        for _ in range(rounds):
                            jobs = [(w, c) for w in (here, there) for c in (command, base)]
                            rng.shuffle(jobs)
                            took = {(id(w), c): w.time(c, index) for w, c in jobs}
                            mine = took[(id(here), command)] / took[(id(here), base)]
                            theirs = took[(id(there), command)] / took[(id(there), base)]
                            ratios.append(mine / theirs)
                        medians.append(statistics.median(ratios))
                    figure = {
                        "median": statistics.median(medians),
                        "min": min(medians),
                        "max": max(medians),
                        "runs": float(runs),
                    }
                    results[f"{name}: {command}"] = figure
                    lines.append(f"| {name} | {command} | {_fmt(figure)} |")
            here.close()
            there.close()
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=repo, check=False
            )
    return [*lines, ""], results


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
    from iraqwithdrawal import accel

    compiled = (
        f"on, fingerprint {accel.FINGERPRINT[:12]}"
        if accel.ACTIVE and accel.FINGERPRINT
        else "off (pure Python)"
    )
    return [
        f"# iraqwithdrawal {iw.__version__} at commit {_commit()}",
        "",
        f"Compiled accelerator: {compiled}",
        "",
        f"Python {platform.python_version()} ({platform.python_implementation()}, "
        f"{platform.machine()}, {os.cpu_count()} cores); {versions}",
        "",
    ]


#: Rounds per run and runs, when ``--rounds``/``--runs`` override the defaults.
_SIZE: tuple[int, int] | None = None


def main(argv: list[str] | None = None) -> int:
    global _SIZE, _SYNTH
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--compare", metavar="REF", help="compare this tree with a commit")
    parser.add_argument("--jsonl", action="store_true", help="also JSON Lines at scale")
    parser.add_argument("--seed", type=int, default=0, help="seed of the round order")
    parser.add_argument("--rounds", type=int, help="rounds per run (default 21, quick 5)")
    parser.add_argument("--runs", type=int, help="runs (default 3, quick 1)")
    parser.add_argument("--synth", type=int, help="synth articles (default 1000, quick 100)")
    parser.add_argument("--out", default="bench-results.json", help="JSON results file")
    parser.add_argument("--jsonl-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker[1])
        return 0
    if args.jsonl_child:
        pool_path, count, backend = args.jsonl_child
        _jsonl_child(pool_path, int(count), backend)
        return 0
    if args.rounds or args.runs:
        default = (5, 1) if args.quick else (21, 3)
        _SIZE = (args.rounds or default[0], args.runs or default[1])
    _SYNTH = args.synth
    rng = random.Random(args.seed)
    lines = header()
    results: dict[str, Any] = {
        "commit": _commit(),
        "python": platform.python_version(),
        "method": "thread CPU time; random order per round; ratios paired per round; "
        "median over rounds; min-max over runs",
    }
    if args.compare:
        more, results["compare"] = compare(args.compare, args.quick, rng)
        lines += more
    else:
        more, results["corpora"] = measure(args.quick, rng)
        lines += more + memory_report(args.quick)
    if args.jsonl:
        from iraqwithdrawal.testing.synth import synthetic_archive

        counts = [200, 1_000] if args.quick else [1_000, 10_000, 100_000]
        lines += jsonl_report(counts, list(synthetic_archive(100, seed=0)))
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fuzz every way into the library, under a seed and a time budget.

    python benchmarks/fuzz.py --seed 1 --inputs 1000000 --budget 2700 --out fuzz-summary.json
    python benchmarks/fuzz.py --backend json ...     # the install without orjson
    python benchmarks/fuzz.py --inputs 2000          # a smoke run

Five targets share the inputs, by weight: JSON text to ``from_json`` (read by each backend),
parsed documents to ``from_dict`` (also read as text when JSON can hold them), constructors
(``attrs.evolve``) of instances drawn by the strategies of ``iraqwithdrawal.testing``, ninjs
documents to ``from_ninjs``, and articles through the tables (Parquet datasets and rows).
Inputs are damaged copies of the bundled examples, of generated articles and of every model
in them (``fuzz_inputs.py``). The oracle (``fuzz_targets.py``): each input is accepted or
refused with the library's own error; anything else is an *escape*; what is accepted is
written by every backend and read back equal (else *changed*); two readings of one input
agree (else *disagree*).

The run stops after ``--inputs`` inputs or ``--budget`` seconds, whichever comes first, and
prints (and writes to ``--out``) a JSON summary: per target, the inputs, accepted, refused,
escapes, changed and disagree, with the commit and the Python version. Each distinct
failure is minimised (``fuzz_shrink.py``) and written to ``--repro-dir`` as a Python file
that reproduces it (and, for text, the JSON bytes), listed with a one-line description in
``INDEX.txt`` there. The exit code is 1 when any input failed, else 0.

Needs the ``testing`` extra (hypothesis) for drawn instances, ``standards`` for ninjs and
``tables`` for the tables; a target whose extra is missing is left out and said so.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_targets
from fuzz_inputs import ROOT, build_corpus
from fuzz_shrink import Budget

import iraqwithdrawal as iw
from iraqwithdrawal import _json

#: The share of the inputs each target gets (the slow ones less).
WEIGHTS = {
    "json_text": 0.45,
    "from_dict": 0.28,
    "constructors": 0.22,
    "ninjs_import": 0.04,
    "tables": 0.005,
}
COUNTS = ("inputs", "accepted", "refused", "escapes", "changed", "disagree")


class Hang(BaseException):
    """An input ran past ``--timeout`` (a BaseException: no ``except Exception`` in the
    library can swallow it)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--inputs", type=int, default=1_000_000, help="total over all targets")
    p.add_argument("--budget", type=float, default=2700.0, help="seconds (default 45 min)")
    p.add_argument("--backend", choices=("both", "json", "orjson"), default=None)
    p.add_argument("--targets", default=",".join(WEIGHTS), help="comma-separated names")
    p.add_argument("--out", help="write the JSON summary here too")
    p.add_argument("--repro-dir", default="fuzz-repro")
    p.add_argument("--pool", type=int, default=60, help="generated articles in the corpus")
    p.add_argument("--per-class", type=int, default=12, help="drawn instances per model class")
    p.add_argument("--progress", type=float, default=30.0, help="seconds between reports")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds one input may take")
    p.add_argument("--max-repro", type=int, default=25, help="distinct failures minimised")
    p.add_argument("--shrink-seconds", type=float, default=30.0)
    p.add_argument("--table", metavar="SUMMARY", help="print a summary's figures as Markdown")
    return p


def _commit() -> tuple[str, bool]:
    """HEAD of the checkout and whether ``src`` differs from it; a copy outside git (a
    ``git archive`` snapshot) names its commit in ``IW_FUZZ_COMMIT``."""
    if os.environ.get("IW_FUZZ_COMMIT"):
        return os.environ["IW_FUZZ_COMMIT"], False
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown", False
    return head, bool(changed)


def _versions() -> dict[str, str]:
    from importlib import metadata

    found = {}
    for name in ("attrs", "cattrs", "orjson", "hypothesis", "jsonschema", "pyarrow"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def default_targets(corpus: Any, names: list[str]) -> dict[str, Any]:
    """The targets named, less those whose extra is missing (said on stderr)."""
    makers = {
        "json_text": fuzz_targets.TextTarget,
        "from_dict": fuzz_targets.DictTarget,
        "constructors": fuzz_targets.ConstructorTarget,
        "ninjs_import": fuzz_targets.NinjsTarget,
        "tables": fuzz_targets.TablesTarget,
    }
    out = {}
    for name in names:
        try:
            out[name] = makers[name](corpus)
        except ImportError as exc:
            print(f"fuzz: target {name} left out: {exc}", file=sys.stderr)
    return out


class _Timer:
    """SIGALRM after ``seconds`` (main thread on POSIX only; elsewhere no limit)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = (
            hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )
        if self.active:
            signal.signal(signal.SIGALRM, self._ring)

    @staticmethod
    def _ring(signum: int, frame: Any) -> None:
        raise Hang

    def run(self, target: Any, case: Any) -> fuzz_targets.Result:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return target.run(case)
        except Hang:
            return fuzz_targets.Result(
                "escape",
                "escape",
                f"ran past {self.seconds:g} s",
                (target.name, "escape", "hang", ""),
            )
        finally:
            if self.active:
                signal.setitimer(signal.ITIMER_REAL, 0)


class Failures:
    """Every failure counted by signature; the first input of each minimised and written."""

    def __init__(self, folder: Path, limit: int, seconds: float) -> None:
        self.folder, self.limit, self.seconds = folder, limit, seconds
        self.found: dict[tuple[str, ...], dict[str, Any]] = {}

    def record(self, index: int, target: Any, case: Any, result: Any, timer: _Timer) -> None:
        entry = self.found.get(result.signature)
        if entry is not None:
            entry["count"] += 1
            return
        entry = self.found[result.signature] = {
            "target": target.name,
            "kind": result.failure,
            "signature": " ".join(result.signature),
            "count": 1,
            "first_input": index,
            "description": result.detail,
        }
        if len(self.found) > self.limit:
            entry["reproducer"] = None
            return
        kind = result.signature[:3]

        def fails(candidate: Any) -> bool:
            return timer.run(target, candidate).signature[:3] == kind

        small = target.shrink(case, fails, Budget(self.seconds, 5000))
        again = timer.run(target, small)
        if again.signature[:3] == kind:
            case, result = small, again
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = f"{len(self.found):03d}-{target.name}-{result.failure}"
        line = f"{target.name} {result.failure}: {result.detail}"
        for suffix, content in target.reproducer(case, line).items():
            (self.folder / f"{stem}{suffix}").write_bytes(content)
        with open(self.folder / "INDEX.txt", "a", encoding="utf-8") as index_file:
            index_file.write(f"{stem}: {line}\n")
        entry["reproducer"] = str(self.folder / f"{stem}.py")
        entry["description"] = result.detail

    def __len__(self) -> int:
        return sum(e["count"] for e in self.found.values())


def run(
    args: argparse.Namespace, targets: Mapping[str, Any], weights: Mapping[str, float]
) -> dict[str, Any]:
    """Run the fuzz loop; the summary."""
    stats = {name: dict.fromkeys(COUNTS, 0) for name in targets}
    seconds = dict.fromkeys(targets, 0.0)
    harness: list[str] = []
    names = list(targets)
    chances = [weights.get(n, 1.0) for n in names]
    master = random.Random(args.seed)
    timer = _Timer(args.timeout)
    failures = Failures(Path(args.repro_dir), args.max_repro, args.shrink_seconds)
    tables = targets.get("tables")
    commit, modified = _commit()  # the code as it was when the run began
    start = last = time.monotonic()
    stopped = "inputs"
    done = 0
    for index in range(args.inputs):
        now = time.monotonic()
        if now - start >= args.budget:
            stopped = "budget"
            break
        if now - last >= args.progress:
            last = now
            _progress(done, now - start, stats, len(failures))
        name = master.choices(names, chances)[0]
        target = targets[name]
        rng = random.Random(f"{args.seed}:{index}")
        began = time.monotonic()
        try:
            case = target.make(rng)
        except Exception as exc:  # the script's own fault: said, counted, not judged
            harness.append(f"input {index} ({name}): {type(exc).__name__}: {exc}"[:300])
            print(f"fuzz: {harness[-1]}", file=sys.stderr)
            continue
        result = timer.run(target, case)
        seconds[name] += time.monotonic() - began
        counts = stats[name]
        counts["inputs"] += 1
        done += 1
        counts[{"accepted": "accepted", "refused": "refused"}.get(result.verdict, "escapes")] += 1
        if result.failure in ("changed", "disagree"):
            counts[result.failure] += 1
        if result.failure:
            failures.record(index, target, case, result, timer)
        elif (
            tables is not None and hasattr(tables, "offer") and isinstance(result.value, iw.Article)
        ):
            tables.offer(result.value, rng)
    elapsed = time.monotonic() - start
    _progress(done, elapsed, stats, len(failures))
    total = {k: sum(s[k] for s in stats.values()) for k in COUNTS}
    return {
        "tool": "benchmarks/fuzz.py",
        "seed": args.seed,
        "inputs_requested": args.inputs,
        "budget_seconds": args.budget,
        "stopped_by": stopped,
        "elapsed_seconds": round(elapsed, 1),
        "inputs_per_second": round(done / elapsed, 1) if elapsed else None,
        "commit": commit,
        "src_modified": modified,
        "python": platform.python_version(),
        "backend": args.backend,
        "readers": list(fuzz_targets.READERS),
        "writers": list(fuzz_targets.WRITERS),
        "versions": _versions(),
        "weights": {n: weights.get(n, 1.0) for n in names},
        "targets": stats,
        "seconds_per_target": {n: round(t, 1) for n, t in seconds.items()},
        "total": total,
        "failures": list(failures.found.values()),
        "harness_errors": harness,
    }


def _progress(done: int, elapsed: float, stats: Mapping[str, Mapping[str, int]], bad: int) -> None:
    rate = done / elapsed if elapsed else 0.0
    parts = " ".join(f"{n}={s['inputs']}" for n, s in stats.items())
    print(
        f"[{elapsed:7.0f}s] {done:,} inputs ({rate:.0f}/s) {parts} failures={bad}",
        file=sys.stderr,
        flush=True,
    )


def markdown(summary: Mapping[str, Any]) -> str:
    """The figures of a summary as a Markdown table (for docs/reliability.md)."""
    rows = ["| target | " + " | ".join(COUNTS) + " |", "| --- |" + " ---: |" * len(COUNTS)]
    for name, counts in [*summary["targets"].items(), ("**total**", summary["total"])]:
        rows.append(f"| {name} | " + " | ".join(f"{counts[k]:,}" for k in COUNTS) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None, targets: Mapping[str, Any] | None = None) -> int:
    """Run the script; ``targets`` (name to target) replaces the default ones, for testing
    the script itself."""
    args = _parser().parse_args(argv)
    if args.table:
        print(markdown(json.loads(Path(args.table).read_text(encoding="utf-8"))))
        return 0
    if args.backend is None:
        args.backend = "both" if _json._orjson is not None else "json"
    fuzz_targets.configure(args.backend)
    saved_limit = sys.getrecursionlimit()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _main(args, targets, saved_limit)


def _main(args: argparse.Namespace, targets: Mapping[str, Any] | None, saved_limit: int) -> int:
    try:
        if targets is None:
            names = [n for n in args.targets.split(",") if n]
            unknown = set(names) - set(WEIGHTS)
            if unknown:
                raise SystemExit(f"fuzz: no target named {', '.join(sorted(unknown))}")
            t0 = time.monotonic()
            corpus = build_corpus(
                args.seed, args.pool, args.per_class, ninjs="ninjs_import" in names
            )
            print(
                f"fuzz: corpus of {len(corpus.examples)} examples, {len(corpus.generated)} "
                f"generated articles, {len(corpus.fragments)} fragments, "
                f"{len(corpus.ninjs)} ninjs documents in {time.monotonic() - t0:.0f} s",
                file=sys.stderr,
            )
            targets = default_targets(corpus, names)
        summary = run(args, targets, WEIGHTS)
    finally:
        sys.setrecursionlimit(saved_limit)
        fuzz_targets.restore()
        for target in (targets or {}).values():
            scratch = getattr(target, "scratch", None)
            if scratch is not None:
                fuzz_targets._remove(scratch)
    text = json.dumps(summary, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    total = summary["total"]
    return 1 if total["escapes"] or total["changed"] or total["disagree"] else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())

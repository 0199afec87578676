"""A coverage-guided fuzz target for ``from_json``, for atheris (libFuzzer for Python).

    pip install atheris
    python benchmarks/fuzz_atheris.py -atheris_runs=200000 corpus/   # libFuzzer options
    python benchmarks/fuzz_atheris.py --seed-corpus corpus/           # write the seeds first

Each input is JSON text read by every JSON backend installed, with unknown fields refused and
kept. The oracle is the one of ``benchmarks/fuzz.py``: an input is accepted or refused with a
:class:`~iraqwithdrawal.ValidationError` whose problems have ``$`` paths, the same way by
both backends; an accepted article is written by every backend and read back equal. Any
other outcome raises, and libFuzzer writes the input as a ``crash-*`` file. The bundled
examples make the seed corpus. Without atheris the script says so and exits with code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

try:
    import atheris
except ImportError:  # pragma: no cover - depends on the environment
    atheris = None


def write_seed_corpus(folder: Path) -> int:
    """The bundled examples' JSON text as files in ``folder``; how many."""
    from iraqwithdrawal.examples import EXAMPLES, example_json

    folder.mkdir(parents=True, exist_ok=True)
    for name in EXAMPLES:
        (folder / f"{name}.json").write_text(example_json(name), encoding="utf-8")
    return len(EXAMPLES)


def check(data: bytes) -> None:
    """Read ``data`` as every backend does, with both unknown-field policies; raise
    AssertionError (or the escaping exception) when the oracle is broken."""
    import fuzz_targets

    import iraqwithdrawal as iw

    for unknown in ("error", "keep"):
        outcomes = []
        for reader in fuzz_targets.READERS:
            with fuzz_targets.using(reader):
                read = fuzz_targets.attempt(lambda u=unknown: iw.from_json(data, unknown=u))
                outcomes.append((reader, read))
        check_outcomes(outcomes)


def check_outcomes(outcomes: list[tuple[str, Any]]) -> None:
    """Raise the escaping exception, or AssertionError for a changed object or backends
    that disagree."""
    import fuzz_targets

    for _, outcome in outcomes:
        if outcome.verdict == "escape":
            raise outcome.value
    result = fuzz_targets.judge("atheris", outcomes, validate=True)
    if result.failure:
        raise AssertionError(f"{result.failure}: {result.detail}")


def main(argv: list[str]) -> int:
    if len(argv) > 2 and argv[1] == "--seed-corpus":
        count = write_seed_corpus(Path(argv[2]))
        print(f"wrote {count} seed documents to {argv[2]}")
        return 0
    if atheris is None:
        print(
            "fuzz_atheris: atheris is not installed (pip install atheris; it ships wheels for "
            "Linux and macOS, other platforms build it with clang)",
            file=sys.stderr,
        )
        return 2
    with atheris.instrument_imports():
        import fuzz_targets

        import iraqwithdrawal  # noqa: F401

    from iraqwithdrawal import _json

    fuzz_targets.configure("both" if _json._orjson is not None else "json")

    def one_input(data: Any) -> None:
        check(bytes(data))

    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

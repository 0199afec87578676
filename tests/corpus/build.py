"""Build the coverage corpus. A report is written in marked text, ``reports/<name>.iwm``
(see README.md), and judged in ``reports/<name>.phenomena.json``; this writes the article it
reads to, ``<name>.json``, next to this file.

    python tests/corpus/build.py           write every report
    python tests/corpus/build.py --check   exit 1 if a written file differs from its source
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

import iraqwithdrawal as iw  # noqa: E402
from iraqwithdrawal.markup import read_markup  # noqa: E402

__all__ = [
    "HERE",
    "NAMES",
    "REPORTS",
    "ReportError",
    "article",
    "outputs",
    "phenomena",
    "read_report",
    "unmatched",
]

NAMES = sorted(p.stem for p in REPORTS.glob("*.iwm"))


class ReportError(Exception):
    """A report's marked text that does not read: each problem at its line and column."""

    def __init__(self, path: Path, problems: list[iw.Problem]) -> None:
        self.path, self.problems = path, problems
        lines = [f"{path.name}: {p.path}: {p.code}: {p.message}" for p in problems]
        super().__init__("\n".join(lines))


def read_report(path: Path) -> iw.Article:
    """The article the marked text at ``path`` reads to; a :class:`ReportError` naming the
    file, line and column of each problem."""
    try:
        return read_markup(path.read_text(encoding="utf-8"))
    except iw.ValidationError as exc:
        raise ReportError(path, list(exc.problems)) from None


def article(name: str) -> iw.Article:
    """The article of report ``name``, read from its marked text."""
    return read_report(REPORTS / f"{name}.iwm")


def phenomena(name: str) -> list[dict[str, Any]]:
    """The phenomena table of report ``name``."""
    rows: list[dict[str, Any]] = json.loads(
        (REPORTS / f"{name}.phenomena.json").read_text(encoding="utf-8")
    )
    return rows


def outputs(name: str) -> dict[Path, str]:
    """The files report ``name`` is written to, with their text."""
    return {HERE / f"{name}.json": iw.to_json(article(name), pretty=True) + "\n"}


def unmatched() -> list[str]:
    """Files of the corpus with no report: a written article or a phenomena table whose
    ``.iwm`` is gone, and a report with no phenomena table."""
    tables = {p.name.removesuffix(".phenomena.json") for p in REPORTS.glob("*.phenomena.json")}
    written = {p.stem for p in HERE.glob("*.json")}
    return sorted(
        [f"{name}.json" for name in written - set(NAMES)]
        + [f"reports/{name}.phenomena.json" for name in tables - set(NAMES)]
        + [f"reports/{name}.phenomena.json (missing)" for name in set(NAMES) - tables]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale, broken = [], 0
    for name in NAMES:
        try:
            written = outputs(name)
        except ReportError as exc:
            print(exc, file=sys.stderr)
            broken += 1
            continue
        for path, text in written.items():
            if args.check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(path.name)
            else:
                path.write_text(text, encoding="utf-8")
    orphans = unmatched()
    if orphans:
        print("not matched to a report:", ", ".join(orphans), file=sys.stderr)
    if stale:
        print("out of date:", ", ".join(stale), file=sys.stderr)
    if stale or broken or orphans:
        return 1
    if not args.check:
        print(f"wrote {len(NAMES)} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())

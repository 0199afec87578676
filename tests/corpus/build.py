"""Build the coverage corpus: each ``src/<name>.py`` encodes one report (``build()``) and
judges it (``PHENOMENA``); this writes ``<name>.json`` (the article's wire JSON) and
``<name>.phenomena.json`` next to this file.

    python tests/corpus/build.py           write every report
    python tests/corpus/build.py --check   exit 1 if a written file differs from its source
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

import iraqwithdrawal as iw  # noqa: E402

__all__ = ["NAMES", "load", "outputs"]

NAMES = sorted(p.stem for p in (HERE / "src").glob("*.py") if not p.stem.startswith("_"))


def load(name: str) -> ModuleType:
    """The source module of report ``name``."""
    return importlib.import_module(f"tests.corpus.src.{name}")


def outputs(name: str) -> dict[Path, str]:
    """The files report ``name`` is written to, with their text."""
    module = load(name)
    article = module.build()
    rows: list[dict[str, Any]] = module.PHENOMENA
    return {
        HERE / f"{name}.json": iw.to_json(article, pretty=True) + "\n",
        HERE / f"{name}.phenomena.json": json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale = []
    for name in NAMES:
        for path, text in outputs(name).items():
            if args.check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(path.name)
            else:
                path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date:", ", ".join(stale), file=sys.stderr)
        return 1
    if not args.check:
        print(f"wrote {len(NAMES)} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())

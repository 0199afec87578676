"""One-off: the first draft of a corpus report in marked text, from its Python source.

    python tests/corpus/convert.py NAME...            write reports/NAME.iwm and
                                                      reports/NAME.phenomena.json
    python tests/corpus/convert.py --remove NAME...   the same, then delete src/NAME.py and
                                                      the NAME.phenomena.json it wrote

The draft is ``to_markup`` of the article ``src/NAME.py`` builds, under a comment made of
the module's docstring; it is checked to read back to that article. In the phenomena table,
a path into an object with an id starts at that id (``ev-convoy.time``). Edit it by hand so that
it reads as a person would write it (declarations grouped, ids readable), then run
``python tests/corpus/build.py`` and ``python -m pytest -q tests/test_corpus.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from iraqwithdrawal.markup import read_markup, to_markup  # noqa: E402
from tests.corpus.build import REPORTS, load  # noqa: E402

_ROOT = re.compile(r"\$\.([a-z_]+)\[([0-9]+)\]")


def id_paths(article: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with each path that starts at an object of the article's lists (an entity,
    event, quote ...) started at its id instead: ``$.events[1].time`` is ``ev-convoy.time``,
    which stays right when the declarations are put in another order."""
    out = []
    for row in rows:
        paths = []
        for path in row["paths"]:
            found = _ROOT.match(path)
            item = getattr(article, found[1], None) if found else None
            if found and isinstance(item, tuple) and int(found[2]) < len(item):
                ident = getattr(item[int(found[2])], "id", None)
                if (
                    isinstance(ident, str)
                    and article.objects_by_id().get(ident) is item[int(found[2])]
                ):
                    path = ident + path[found.end() :]
            paths.append(path)
        out.append({**row, "paths": paths})
    return out


def compact(rows: list[dict[str, Any]], width: int = 100) -> str:
    """A phenomena table as a person writes it: one row a line, a long row going on over
    indented lines, one key and value each."""
    out = []
    for k, row in enumerate(rows):
        pairs = [
            f"{json.dumps(key)}: {json.dumps(v, ensure_ascii=False)}" for key, v in row.items()
        ]
        lines = [" {" + pairs[0]]
        for pair in pairs[1:]:
            if len(lines[-1]) + len(pair) + 2 <= width:
                lines[-1] += ", " + pair
            else:
                lines[-1] += ","
                lines.append("  " + pair)
        lines[-1] += "}" + ("," if k < len(rows) - 1 else "")
        out += lines
    return "[\n" + "\n".join(out) + "\n]\n"


def draft(name: str) -> tuple[str, str]:
    """The marked text of report ``name`` and its phenomena table, from its Python source."""
    module = load(name)
    article = module.build()
    about = " ".join((module.__doc__ or name).split())
    comment = "".join(f"# {line}\n" for line in textwrap.wrap(about, 94, break_on_hyphens=False))
    text = comment + to_markup(article)
    if read_markup(text) != article:  # pragma: no cover - to_markup round-trips
        raise SystemExit(f"{name}: the draft does not read back to the article")
    return text, compact(id_paths(article, list(module.PHENOMENA)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+", metavar="NAME")
    parser.add_argument("--remove", action="store_true", help="delete the Python source")
    args = parser.parse_args(argv)
    REPORTS.mkdir(exist_ok=True)
    for name in args.names:
        text, table = draft(name)
        (REPORTS / f"{name}.iwm").write_text(text, encoding="utf-8")
        (REPORTS / f"{name}.phenomena.json").write_text(table, encoding="utf-8")
        if args.remove:
            (HERE / "src" / f"{name}.py").unlink()
            (HERE / f"{name}.phenomena.json").unlink(missing_ok=True)
        print(f"wrote reports/{name}.iwm ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

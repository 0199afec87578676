"""The ``iraqwithdrawal render`` command: one report as a page, or an archive as a folder of
pages with an index. The command line adds the subcommand with :func:`add_parser` and runs
it with :func:`run`; everything the command does lives here."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Protocol

from .. import files
from ..converter import UnknownPolicy
from ..errors import ValidationError
from ..models import Article
from .archive import write_archive
from .page import EXPORTS, to_html

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


class _Writes(Protocol):
    def write(self, text: str, /) -> Any: ...


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``render`` to the subcommands ``sub``."""
    render = sub.add_parser(
        "render",
        help="write a report as an annotated HTML page (or an archive as a folder of pages)",
        description="Write the annotated view of a report: the text with every span marked "
        "by its role, who said what through whom, how sure, the timeline, media, corrections.",
    )
    render.add_argument(
        "file",
        nargs="?",
        help="a report as JSON, - for stdin (default: the bundled example); with --archive, "
        "a JSON Lines file",
    )
    render.add_argument(
        "-o", "--out", help="the page to write (default: stdout); with --archive, a folder"
    )
    render.add_argument(
        "--archive",
        action="store_true",
        help="FILE is a JSON Lines archive: write one page per article and index.html into "
        "the folder given with -o",
    )
    render.add_argument(
        "--export",
        choices=sorted(EXPORTS),
        help="also list what an export to this standard would lose",
    )
    render.add_argument("--unknown", choices=["error", "keep"], default="error")


def _read(name: str | None, unknown: UnknownPolicy) -> Article:
    from ..serialize import from_json

    if name is None:
        from ..examples import load_seed_report

        return load_seed_report()
    data = files.read_bounded(sys.stdin.buffer, "-") if name == "-" else files.read_file(name)
    article: Article = from_json(data, source=name, unknown=unknown)
    return article


def _archive(args: argparse.Namespace, out: _Writes) -> int:
    from ..serialize import iter_jsonl

    if args.file is None or args.out is None:
        sys.stderr.write("render --archive needs a JSON Lines FILE and -o FOLDER\n")
        return EXIT_UNREADABLE
    errors: list[ValidationError] = []
    articles = iter_jsonl(args.file, unknown=args.unknown, errors=errors)
    written = write_archive(articles, args.out, export=args.export, title=str(args.file))
    for error in errors:
        sys.stderr.write(f"{error}\n")
    sys.stderr.write(
        f"iraqwithdrawal render: {len(written.pages)} pages, {len(errors)} bad lines skipped\n"
    )
    out.write(f"{written.index}\n")
    return EXIT_INVALID if errors else EXIT_OK


def run(args: argparse.Namespace, out: _Writes) -> int:
    """Run ``render`` with parsed ``args``: 0 when written, 1 for an invalid report (or an
    archive with bad lines, which are skipped), 2 for input that is not JSON. A file that
    cannot be read or written raises :class:`~iraqwithdrawal.files.FileError`, which the
    command line reports (exit 2)."""
    if args.archive:
        return _archive(args, out)
    try:
        page = to_html(_read(args.file, args.unknown), export=args.export)
    except ValidationError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_UNREADABLE if "invalid_json" in exc.codes else EXIT_INVALID
    if args.out is None:
        out.write(page)
    else:
        with files.replacing(args.out) as stream:
            stream.write(page.encode("utf-8"))
        sys.stderr.write(f"iraqwithdrawal render: wrote {args.out}\n")
    return EXIT_OK

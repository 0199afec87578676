"""The ``iraqwithdrawal`` command: show a report's outline, validate files, print the example,
the schema, convert to the standards, generate archives and turn them into tables.

Every command reads through one reader (:mod:`iraqwithdrawal.files`: the same bound on a
document or line, the same messages, FIFOs and ``-`` for standard input) and writes through
one output (standard output whose failures are caught, or a file replaced whole). Exit codes:
0 valid, 1 invalid, 2 unreadable input or unwritable output, with one line on standard error
and never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import itertools
import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import IO, Any, cast

from . import _json, files
from ._plugins import load_plugins
from ._version import __version__
from .converter import UnknownPolicy
from .errors import IraqWithdrawalError, Problem, Severity, ValidationError
from .files import FileError
from .models import Article
from .outline import outline
from .render import command as render_command
from .serialize import from_json, to_json

__all__ = ["main", "outline"]

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


class _Unreadable(Exception):
    """The command cannot go on (unusable input, a missing extra): its one-line message."""


def _check_ninjs_version(args: argparse.Namespace) -> None:
    """A ninjs version the command cannot read or write is a usage error, named with the
    versions it can."""
    from .standards.ninjs.schema import EXPORT_VERSIONS, NINJS_VERSIONS

    wanted = args.ninjs_version
    if wanted is None:
        return
    reading = args.source == "ninjs"
    known = NINJS_VERSIONS if reading else EXPORT_VERSIONS
    if not reading and args.to != "ninjs":
        raise _Unreadable("convert: --ninjs-version applies to reading or writing ninjs")
    if wanted not in known:
        raise _Unreadable(
            f"convert: ninjs {wanted!r} cannot be {'read' if reading else 'written'} "
            f"(versions: {', '.join(known)})"
        )


# --- output -------------------------------------------------------------------------------------


class _Output:
    """Standard output for every command. A write that fails (a full disk, a closed pipe, a
    device that refuses) raises :class:`FileError` (``cannot_write``), which the command
    line reports in one line; it is text, so ``write_jsonl`` writes lines of text to it."""

    mode = "w"
    name = "standard output"

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.failed = False

    @property
    def encoding(self) -> str | None:
        return getattr(self._stream, "encoding", None)

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise self._error(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> FileError:
        self.failed = True
        reason = f"cannot write: {exc.strerror or exc}"
        return FileError("cannot_write", self.name, reason, exc.errno)


def _drop_pending_output() -> None:
    """After standard output failed, point its descriptor at the null device: the bytes
    still buffered would otherwise fail again when the interpreter exits, with a message
    and exit code of its own."""
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        return
    os.dup2(null, fd)
    os.close(null)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _write_json(out: _Output, text: str) -> None:
    """JSON text and a newline; on a stream that cannot encode some character, every
    non-ASCII character becomes a JSON escape (\\uXXXX, in pairs outside the Basic
    Multilingual Plane), so the output stays the same JSON value."""
    try:
        text.encode(out.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = _NON_ASCII.sub(lambda m: json.dumps(m[0])[1:-1], text)
    out.write(text + "\n")


# --- input --------------------------------------------------------------------------------------


@contextmanager
def _opened(name: str) -> Iterator[tuple[IO[bytes], int | None]]:
    """The input ``name`` (``-`` is standard input) as a binary stream, with its size when
    it is a regular file (for the progress display)."""
    if name == "-":
        yield sys.stdin.buffer, None
        return
    with files.open_input(name) as stream:
        try:
            info = os.fstat(stream.fileno())
            size = info.st_size if info.st_size and os.path.isfile(name) else None
        except (OSError, ValueError):
            size = None
        yield stream, size


def _read(name: str) -> bytes:
    with _opened(name) as (stream, _size):
        return files.read_bounded(stream, name)


def _not_json(name: str, exc: ValidationError) -> str:
    """The one line saying why ``name`` is not JSON (the parser's line and column)."""
    p = next(p for p in exc.problems if p.code == "invalid_json")
    return f"{name}: {p.path}: {p.message} [{p.code}]"


def _load(name: str | None, unknown: UnknownPolicy = "error") -> Article:
    """A report for ``show`` and ``convert``: input that is not JSON is unreadable (exit 2,
    as with ``validate``), a document that breaks a rule is invalid (exit 1)."""
    if name is None:
        from .examples import load_seed_report

        return load_seed_report()
    try:
        return from_json(_read(name), source=name, unknown=unknown)
    except ValidationError as exc:
        if "invalid_json" in exc.codes:
            raise _Unreadable(_not_json(name, exc)) from None
        raise


# --- validate -----------------------------------------------------------------------------------


def _progress(stream: Iterable[bytes], total: int | None, show: bool) -> Iterator[bytes]:
    last = 0.0
    done = 0
    for number, line in enumerate(stream, start=1):
        done += len(line)
        if show and time.monotonic() - last > 0.2:
            last = time.monotonic()
            pct = f" {100 * done / total:5.1f}%" if total else ""
            sys.stderr.write(f"\r  {number:,} lines{pct}")
            sys.stderr.flush()
        yield line
    if show:
        sys.stderr.write("\r" + " " * 40 + "\r")


def _whole_value(line: bytes) -> bool:
    """Whether one line is a complete JSON value on its own (refused values included:
    ``NaN`` is whole, if not accepted)."""
    try:
        _json.loads(line)
    except _json.JSONRefused:
        return True
    except ValueError:
        return False
    return True


def _next_content(lines: Iterator[bytes], head: list[bytes]) -> bytes | None:
    """Read ``lines`` into ``head`` up to and including the next non-blank one."""
    for line in lines:
        head.append(line)
        if line.strip():
            return line
    return None


def _validate_file(name: str, out: _Output, unknown: UnknownPolicy = "error") -> int:
    """One input, streamed: JSON Lines when its name says so (``.jsonl``, ``.ndjson``) or
    when its first non-blank line is a whole JSON value and another follows; otherwise one
    document (indented JSON, or JSON on one line), whose syntax error is reported once,
    with its line and column."""
    with _opened(name) as (stream, size):
        lines = files.iter_lines(stream, name)
        head: list[bytes] = []
        if not name.endswith((".jsonl", ".ndjson")):
            first = _next_content(lines, head)
            if first is None or not _whole_value(first):
                so_far = sum(len(line) for line in head)
                rest = files.read_bounded(stream, name, already=so_far)
                return _validate_document(name, b"".join(head) + rest, out, unknown)
            if _next_content(lines, head) is None:
                return _validate_document(name, b"".join(head), out, unknown)
        return _validate_lines(name, itertools.chain(head, lines), size, out, unknown)


def _validate_lines(
    name: str, lines: Iterable[bytes], total: int | None, out: _Output, unknown: UnknownPolicy
) -> int:
    status = EXIT_OK
    for number, line in enumerate(_progress(lines, total, sys.stderr.isatty()), start=1):
        if not line.strip():
            continue
        warnings: list[Problem] = []
        try:
            from_json(line, unknown=unknown, report=warnings)
        except ValidationError as exc:
            for p in exc.problems:
                out.write(f"{name}:{number}: {p.path}: {p.message} [{p.code}]\n")
            status = max(status, EXIT_UNREADABLE if "invalid_json" in exc.codes else EXIT_INVALID)
            continue
        _warn(f"{name}:{number}", warnings, out)
    return status


def _warn(where: str, problems: list[Problem], out: _Output) -> None:
    for p in problems:
        if p.severity is Severity.WARNING:
            out.write(f"{where}: {p.path}: warning: {p.message} [{p.code}]\n")


def _validate_document(name: str, data: bytes, out: _Output, unknown: UnknownPolicy) -> int:
    """A whole document: its problems on standard output (exit 1), or, when it is not JSON
    at all, the one reason on standard error (exit 2), as for a file that cannot be read."""
    warnings: list[Problem] = []
    try:
        from_json(data, source=name, unknown=unknown, report=warnings)
    except ValidationError as exc:
        if "invalid_json" in exc.codes:
            raise _Unreadable(_not_json(name, exc)) from None
        for p in exc.problems:
            out.write(f"{name}: {p.path}: {p.message} [{p.code}]\n")
        return EXIT_INVALID
    _warn(name, warnings, out)
    return EXIT_OK


# --- the other commands -------------------------------------------------------------------------


@contextmanager
def _extra(extra: str, command: str) -> Iterator[None]:
    """An optional extra a command needs: without it, the install hint in one line."""
    try:
        yield
    except ImportError as exc:
        missing = exc.name or str(exc)
        raise _Unreadable(
            f"{command} needs the {extra} extra (missing: {missing}): "
            f"pip install 'iraqwithdrawal[{extra}]'"
        ) from None


def _synth(args: argparse.Namespace, out: _Output) -> int:
    from .serialize import write_jsonl

    with _extra("testing", "synth"):
        from .testing.synth import synthetic_archive

    if args.count < 0:
        raise _Unreadable("synth: the count must not be negative")
    items = synthetic_archive(args.count, args.seed)
    # _Output is a text stream to write_jsonl (mode "w", write); cast for the type checker.
    written = write_jsonl(items, cast("IO[str]", out) if args.out == "-" else args.out)
    sys.stderr.write(f"iraqwithdrawal synth: {written} articles\n")
    return EXIT_OK


def _archive_files(names: Sequence[str]) -> list[str]:
    """The inputs of ``tables``: a folder gives its ``.jsonl`` and ``.ndjson`` files; a
    file, FIFO or ``-`` (standard input) is read as it is, and the reader says why one
    cannot be."""
    found: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found += [str(p) for p in sorted(path.rglob("*")) if p.suffix in (".jsonl", ".ndjson")]
        else:
            found.append(name)
    return found


def _tables(args: argparse.Namespace, out: _Output) -> int:
    from .serialize import iter_jsonl

    with _extra("tables", "tables"):
        from .tables import TableWriter, table_schemas

        table_schemas()  # pyarrow is imported when first needed: ask for it now
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise _Unreadable(f"{args.out}: exists and is not a folder (tables --out takes a folder)")
    sources = _archive_files(args.archives)
    errors: list[ValidationError] = []
    shown = 0
    started = time.monotonic()
    progress = sys.stderr.isatty()
    with TableWriter(args.out) as writer:
        for source in sources:
            sink = errors if args.on_error == "skip" else None
            stream: Any = sys.stdin.buffer if source == "-" else source
            for article in iter_jsonl(stream, unknown=args.unknown, errors=sink):
                writer.add(article)
                if progress and writer.articles % 500 == 0:
                    rate = writer.articles / max(time.monotonic() - started, 1e-9)
                    sys.stderr.write(
                        f"\r{writer.articles} articles, {rate:.0f}/s, {len(errors)} errors"
                    )
                while shown < len(errors):
                    sys.stderr.write(("\n" if progress else "") + f"{errors[shown]}\n")
                    shown += 1
            while shown < len(errors):
                sys.stderr.write(f"{errors[shown]}\n")
                shown += 1
    seconds = time.monotonic() - started
    rows = ", ".join(f"{name} {n}" for name, n in sorted(writer.rows.items()) if n)
    sys.stderr.write(
        ("\n" if progress else "")
        + f"iraqwithdrawal tables: {writer.articles} articles in {seconds:.1f} s, "
        f"{len(errors)} bad lines skipped; rows: {rows}\n"
    )
    out.write(f"{args.out}\n")
    return EXIT_INVALID if errors else EXIT_OK


_EXPORTERS = {
    "jsonld": "to_schemaorg",
    "ninjs": "to_ninjs",
    "plover": "to_plover",
    "prov": "to_prov",
    "annotation": "to_annotations",
}


#: Annotation tools: ``convert --to TOOL [--out DIR]`` and ``convert --from TOOL PATH``; the
#: handlers are each bridge's ``cli_export`` and ``cli_import``.
_BRIDGES = {"brat": "brat", "label-studio": "labelstudio"}


def _bridge(args: argparse.Namespace, out: _Output) -> int:
    import importlib

    tool = args.to or args.source
    module = importlib.import_module(f".bridges.{_BRIDGES[tool]}", __package__)
    try:
        if args.to:
            results = [module.cli_export(_load(args.file, args.unknown), args.out, out)]
        elif args.file is None:
            raise _Unreadable(f"convert --from {tool} needs a path")
        else:
            results = module.cli_import(args.file, out)
    except FileError:
        raise
    except OSError as exc:
        raise _Unreadable(f"{tool}: {exc}") from None
    for result in results:
        for loss in result.losses:
            sys.stderr.write(f"{result.standard}: {loss}\n")
    return EXIT_OK


#: Extractors and page JSON-LD: ``convert --from SOURCE FILE`` (``bridges.read``).
_READERS = ("trafilatura", "newsplease", "newspaper", "jsonld")


def _read_source(args: argparse.Namespace, out: _Output) -> int:
    from .bridges.read import read_source

    if args.file is None:
        raise _Unreadable(f"convert --from {args.source} needs a file (or - for stdin)")
    try:
        text = _read(args.file).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"{args.file}: not UTF-8: {exc}") from None
    result = read_source(args.source, text, language=args.language)
    _write_json(out, to_json(result.document, pretty=True))
    for loss in result.losses:
        sys.stderr.write(f"{result.standard}: {loss}\n")
    return EXIT_OK


def _convert(args: argparse.Namespace, out: _Output) -> int:
    from . import standards

    if (args.to or args.source) in _BRIDGES:
        return _bridge(args, out)
    if args.source in _READERS:
        return _read_source(args, out)
    _check_ninjs_version(args)
    if args.source == "ninjs":
        if args.file is None:
            raise _Unreadable("convert --from ninjs needs a file (or - for stdin)")
        if args.unknown != "error":
            raise _Unreadable("convert: --unknown applies to reading a report (--to)")
        name = args.file
        try:
            document = _json.loads(_read(name))
        except ValueError as exc:
            raise _Unreadable(f"{name}: not valid JSON: {exc}") from None
        result: Any = standards.from_ninjs(document, args.ninjs_version)
        _write_json(out, to_json(result.document, pretty=True))
    else:
        article = _load(args.file, args.unknown)
        exporter = getattr(standards, _EXPORTERS[args.to])
        if args.to == "ninjs":
            result = exporter(article, args.ninjs_version or "3.1")
        else:
            result = exporter(article)
        _write_json(out, _json.dumps(result.document, pretty=True))
    for loss in result.losses:
        sys.stderr.write(f"{result.standard}: {loss}\n")
    return EXIT_OK


def _example(args: argparse.Namespace, out: _Output) -> int:
    from .examples import EXAMPLES, build_example

    if args.list:
        out.write("".join(f"{name}\n" for name in EXAMPLES))
        return EXIT_OK
    if args.name not in EXAMPLES:
        raise _Unreadable(f"no example named {args.name!r} (known: {', '.join(EXAMPLES)})")
    # Built in code, so this also regenerates the bundled file:
    #   iraqwithdrawal example NAME > src/iraqwithdrawal/examples/NAME.json
    _write_json(out, to_json(build_example(args.name), pretty=not args.compact))
    return EXIT_OK


def _schema(args: argparse.Namespace, out: _Output) -> int:
    from .wire_schema import json_schema

    # Also regenerates the bundled file:
    #   iraqwithdrawal schema > src/iraqwithdrawal/schema/article.schema.json
    _write_json(out, _json.dumps(json_schema(), pretty=True))
    return EXIT_OK


def _show(args: argparse.Namespace, out: _Output) -> int:
    out.write(outline(_load(args.file, args.unknown)) + "\n")
    return EXIT_OK


def _validate(args: argparse.Namespace, out: _Output) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            status = max(status, _validate_file(name, out, args.unknown))
        except (_Unreadable, FileError) as exc:
            if out.failed:  # standard output is gone: no use going on
                raise
            sys.stderr.write(f"{_one_line(str(exc))}\n")
            status = EXIT_UNREADABLE
    return status


_COMMANDS = {
    "show": _show,
    "validate": _validate,
    "example": _example,
    "schema": _schema,
    "convert": _convert,
    "synth": _synth,
    "tables": _tables,
    "render": render_command.run,
}


# --- entry point --------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iraqwithdrawal",
        description="Typed news reports about political and military events.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="print a readable outline of a report")
    show.add_argument(
        "file", nargs="?", help="a report as JSON, - for stdin (default: the bundled example)"
    )
    check = sub.add_parser("validate", help="validate reports (JSON or JSON Lines, - for stdin)")
    check.add_argument("files", nargs="+")
    _unknown_option(show)
    _unknown_option(check)
    example = sub.add_parser("example", help="print an example report as JSON")
    example.add_argument(
        "name",
        nargs="?",
        default="seed",
        help="which example: seed (the canonical report, the default) or one of the reports "
        "of docs/guide.md; --list names them",
    )
    example.add_argument("--list", action="store_true", help="list the examples' names")
    example.add_argument("--compact", action="store_true", help="one line instead of indented")
    sub.add_parser("schema", help="print the JSON Schema (2020-12) of the wire format")
    convert = sub.add_parser(
        "convert",
        help="write a report in another standard (JSON on stdout, losses on stderr), or read "
        "a ninjs document",
    )
    direction = convert.add_mutually_exclusive_group(required=True)
    direction.add_argument(
        "--to", choices=sorted([*_EXPORTERS, *_BRIDGES]), help="the standard or tool to write"
    )
    direction.add_argument(
        "--from",
        dest="source",
        choices=["ninjs", *_BRIDGES, *_READERS],
        help="the standard or tool to read (trafilatura, newsplease, newspaper: the extractor's "
        "JSON; jsonld: schema.org JSON-LD, or an HTML page carrying it)",
    )
    convert.add_argument(
        "--language", default=None, help="with --from: the language when the input gives none"
    )
    convert.add_argument(
        "--out", default=None, help="with --to brat or label-studio: the folder to write into"
    )
    convert.add_argument(
        "file", nargs="?", help="input file, - for stdin (default with --to: the bundled example)"
    )
    convert.add_argument(
        "--ninjs-version",
        default=None,
        help="ninjs version: 3.1 or 2.2 to write (default 3.1); to read, the version of the "
        "input (default: as declared, else detected)",
    )
    _unknown_option(convert)
    synth = sub.add_parser(
        "synth", help="write N generated articles as JSON Lines (needs the testing extra)"
    )
    synth.add_argument("count", type=int, help="how many articles")
    synth.add_argument("--out", required=True, help="the JSON Lines file to write, - for stdout")
    synth.add_argument("--seed", type=int, default=0, help="the same seed gives the same archive")
    tables = sub.add_parser(
        "tables",
        help="turn JSON Lines archives into a Parquet dataset, one folder per table "
        "(needs the tables extra)",
    )
    tables.add_argument(
        "archives", nargs="+", help="JSON Lines files or folders of them, - for stdin"
    )
    tables.add_argument("--out", required=True, help="the folder to write the dataset in")
    tables.add_argument(
        "--on-error",
        choices=["skip", "stop"],
        default="skip",
        help="a bad line: report it (file:line) and go on (skip, the default), or stop",
    )
    _unknown_option(tables)
    render_command.add_parser(sub)
    return parser


def _unknown_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--unknown",
        choices=["error", "keep"],
        default="error",
        help="unknown fields, type tags and event types: refuse them (error, the default) "
        "or keep them and report warnings (keep); an exporter reports what it cannot "
        "carry as losses",
    )


def _one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


class _Signalled(BaseException):
    """A termination signal, raised where the program is, so that every cleanup on the way
    out runs (a temporary file is removed)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _terminable() -> Iterator[None]:
    """SIGTERM and SIGHUP (unless ignored) unwind the command like an exception, then end
    the process by the same signal, as if it had not been caught. Only in the main thread,
    where Python runs signal handlers; the previous handlers come back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Signalled(signum)

    previous: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
            previous[number] = signal.signal(number, handler)
    try:
        yield
    except _Signalled as exc:
        for number, old in previous.items():
            signal.signal(number, old)
        previous.clear()
        signal.signal(exc.signum, signal.SIG_DFL)
        os.kill(os.getpid(), exc.signum)
        raise SystemExit(128 + exc.signum) from None  # pragma: no cover - the signal ends us
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot encode a character gets an escape, not a traceback
        # (\uXXXX in JSON output is the same text).
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    out = _Output(sys.stdout)
    with _terminable():
        try:
            load_plugins()
            status = _COMMANDS[args.command](args, out)
            out.flush()
            return status
        except ValidationError as exc:
            sys.stderr.write(f"{exc}\n")
            return EXIT_INVALID
        except FileError as exc:
            if out.failed:
                _drop_pending_output()
                if exc.errno == errno.EPIPE:  # e.g. piped into head, which has all it wants
                    return EXIT_OK
            sys.stderr.write(f"{_one_line(str(exc))}\n")
            return EXIT_UNREADABLE
        except (_Unreadable, IraqWithdrawalError, ImportError) as exc:
            # IraqWithdrawalError: a RegistryError from an exporter, say; ImportError: an
            # optional extra is missing (its message says which to install).
            sys.stderr.write(f"{_one_line(str(exc))}\n")
            return EXIT_UNREADABLE
        except OSError as exc:  # the system refused an output (the tables' folder)
            where = f"{exc.filename}: " if exc.filename else ""
            sys.stderr.write(f"{where}{_one_line(exc.strerror or str(exc))}\n")
            return EXIT_UNREADABLE
        except KeyboardInterrupt:
            sys.stderr.write("interrupted\n")
            return 130

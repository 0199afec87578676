"""The ``iraqwithdrawal`` command: show a report's outline, validate files, print the example."""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import _json
from ._plugins import load_plugins
from ._version import __version__
from .converter import UnknownPolicy
from .errors import Problem, Severity, ValidationError
from .models import (
    AnonymousSource,
    Article,
    Attribution,
    Communication,
    Event,
    Moment,
    Person,
    Quantity,
    QuantityQualifier,
    TimeExpression,
)
from .serialize import from_json, to_json

__all__ = ["main", "outline"]

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


# --- show ---------------------------------------------------------------------------------------


def _label(article: Article, ident: str | None) -> str:
    if ident is None:
        return "(unnamed source)"
    try:
        return str(article.get(ident).label)
    except (KeyError, AttributeError):
        return ident


def _time_text(t: TimeExpression) -> str:
    edtf = t.to_edtf()
    text = f"{t.text!r}" if t.text else ""
    if edtf is not None and t.part is not None:
        edtf = f"{t.part.value} {edtf}"
    if edtf is None and t.deixis is not None:
        d = t.deixis
        unit = calendar.day_name[d.weekday - 1] if d.weekday else (d.unit.value if d.unit else "")
        edtf = f"{t.relation.value} {unit} {d.offset:+d} from the report"
    elif edtf is None and t.offset is not None:
        amount = f"{t.offset.value:g} " if t.offset.value is not None else "some "
        edtf = f"{t.relation.value} {amount}{t.offset.unit.value}(s)"
        if t.relative_to:
            edtf += f" of {t.relative_to}"
        elif t.anchor_kind is not None:
            edtf += f" (start {t.anchor_kind.value})"
    elif edtf is None and t.relative_to is not None:
        edtf = f"{t.relation.value.replace('_', ' ')} {t.relative_to}"
    out = " ".join(x for x in (edtf, text) if x)
    inferred = t.inferred or t.inferred_interval
    if inferred is not None:
        out += f" [inferred: {inferred.to_edtf()}]"
    return out


def _number(x: float | None) -> str:
    return "?" if x is None else f"{x:,}"


def _amount(article: Article, q: Quantity, shares: bool = True) -> str:
    """The quantity as the outline prints it; with ``shares``, a share names its whole (one
    level only, so shares that refer to each other cannot loop)."""
    words = {
        QuantityQualifier.EXACT: "",
        QuantityQualifier.ABOUT: "about ",
        QuantityQualifier.NEARLY: "nearly ",
        QuantityQualifier.MORE_THAN: "more than ",
        QuantityQualifier.AT_LEAST: "at least ",
        QuantityQualifier.LESS_THAN: "less than ",
        QuantityQualifier.AT_MOST: "at most ",
        QuantityQualifier.UP_TO: "up to ",
    }
    parts = []
    a = q.amount
    if a is not None and a.value is not None:
        parts.append(f"{words.get(a.qualifier, '')}{a.value:,}")
    elif a is not None and (a.low is not None or a.high is not None):
        parts.append(f"{words.get(a.qualifier, '')}{_number(a.low)}\u2013{_number(a.high)}")
    elif a is not None:
        parts.append(a.qualifier.value.replace("_", " ") + " of")
    if q.fraction is not None and shares:
        f = q.fraction
        whole = article.index().by_id.get(q.part_of or "")
        of = (
            f" of {whole.text or _amount(article, whole, shares=False)}"
            if isinstance(whole, Quantity)
            else ""
        )
        share = f"{'about ' if f.approximate else ''}{f.numerator}/{f.denominator}{of}"
        parts.append(f"({share})" if parts else share)
    change = ""
    if q.previous is not None and q.previous.value is not None:
        change = f" (from {q.previous.value:,})"
    return f"{' '.join(parts)} {q.counted}{change}"


def _attribution_text(article: Article, a: Attribution) -> str:
    try:
        a = article.resolve_attribution(a)
    except KeyError:
        return f"(shared attribution {a.shared!r}, not found)"
    who = " and ".join(_label(article, x) for x in (a.source, *a.joint_with) if x) or _label(
        article, None
    )
    cue = f' "{a.cue.text}"' if a.cue else ""
    mode = f" {a.mode.value}" if a.mode else ""
    channel = ""
    if a.channel is not None:
        found = article.index().by_id.get(a.channel)
        if isinstance(found, Communication):
            platform = f" on {found.platform}" if found.platform else ""
            channel = f" in a {found.kind.value.replace('_', ' ')}{platform}"
    chain = "".join(f" -> {_label(article, hop.via)}" for hop in a.relay)
    when = f" ({_time_text(a.time)})" if a.time is not None else ""
    hedge = ""
    f = a.factuality
    if f is not None and (f.certainty.value != "certain" or f.polarity.value != "positive"):
        hedges = ", ".join(h.text for h in f.hedges)
        says = ", ".join(
            x for x in (f.certainty.value, "negated" if f.polarity.value == "negative" else "") if x
        )
        hedge = f" [{says}{': ' + hedges if hedges else ''}]"
    return f"{who}{cue}{mode}{channel}{when}{chain}{hedge}"


def _moment(m: Moment) -> str:
    clock = f"{m.hour:02d}:{m.minute or 0:02d}" + (f":{m.second:02d}" if m.second else "")
    date = f"{m.date.to_edtf()} " if m.date is not None else ""
    return f"{date}{clock}" + (f" {m.zone}" if m.zone else "")


def _header(article: Article) -> list[str]:
    lines = [article.headline, "=" * min(len(article.headline), 78)]
    if article.subheadline:
        lines.append(article.subheadline)
    if article.dateline is not None:
        d = article.dateline
        when = _time_text(d.time) if d.time else ""
        places = ", ".join(_label(article, p) for p in d.places)
        lines.append(f"Dateline: {' '.join(x for x in (places, when) if x) or d.text}")
    if article.published is not None:
        lines.append(f"Published: {article.published.to_edtf()}")
    for u in article.updates:
        lines.append(f"{u.kind.value.capitalize()}: {_moment(u.at)}")
    if article.byline:
        lines.append(f"Byline: {article.byline}")
    for c in article.contributors:
        who = _label(article, c.entity) if c.entity else c.text
        lines.append(f"Contributor ({c.role.value.replace('_', ' ')}): {who}")
    if article.publisher:
        lines.append(f"Publisher: {_label(article, article.publisher)}")
    if article.rights is not None:
        lines.append(f"Rights: {article.rights.text}")
    for b in article.based_on:
        lines.append(
            f"Based on: {_label(article, b.source)}" + (f" ({b.text!r})" if b.text else "")
        )
    for m in article.media:
        lic = ""
        if m.license is not None:
            lic = f"; licence {m.license.text!r} -> {m.license.spdx or 'not resolved (ambiguous)'}"
        credited = [f"by {_label(article, m.creator)}"] if m.creator else []
        credited += [f"from {_label(article, p)}" for p in m.providers]
        by = f" ({', '.join(credited)})" if credited else ""
        lines.append(f"Media: {m.kind.value} {m.credit or ''}{by}{lic}".rstrip())
    return lines


def _event_lines(article: Article, event: Event) -> list[str]:
    status = ", ".join(x.value.replace("_", " ") for x in (event.status, event.scope) if x)
    head = f"      {'NOT ' if event.negated else ''}{event.event_type}"
    lines = [
        head + (f" ({status})" if status else "") + (f": {event.summary}" if event.summary else "")
    ]
    if event.locations:
        lines.append(f"      in: {', '.join(_label(article, p) for p in event.locations)}")
    for q in event.quantities:
        lines.append(f"      quantity: {_amount(article, q)}")
    for c in event.conditions:
        lines.append(f"      {'unless' if c.negated else 'condition'}: {c.text}")
    for link in event.links:
        lines.append(f"      {link.relation.value.replace('_', ' ')}: {link.target}")
    for a in event.attributions:
        lines.append(f"      according to: {_attribution_text(article, a)}")
    return lines


def outline(article: Article) -> str:
    """A readable outline: headline and credits, a timeline of events by their (partial)
    dates, who said what through whom, contested claims, relations, live entries and
    corrections."""
    lines = _header(article)
    lines += ["", "Timeline"]
    previous_when = None
    for event in article.timeline():
        when = _time_text(event.time) if event.time else "no date stated (as of the report)"
        if when != previous_when:
            lines.append(f"  {when}")
            previous_when = when
        lines += _event_lines(article, event)

    lines += ["", "Who said what"]
    for quote in article.quotes:
        lines.append(f"  {_attribution_text(article, quote.attribution)}")
        language = ""
        if quote.language or quote.original_language or quote.translation_of:
            bits = [f"in {quote.language}" if quote.language else ""]
            bits.append(f"said in {quote.original_language}" if quote.original_language else "")
            bits.append(f"translates {quote.translation_of}" if quote.translation_of else "")
            language = f" ({', '.join(b for b in bits if b)})"
        lines.append(f"      {quote.text!r}{language}")
    for attribution in article.attributions:
        lines.append(f"  (whole article) {_attribution_text(article, attribution)}")

    if article.disputes or article.claims:
        lines += ["", "Contested"]
        for dispute in article.disputes:
            lines.append(f"  {dispute.topic}")
            for claim in article.claims:
                if claim.dispute == dispute.id:
                    stance = claim.stance.value if claim.stance else "claims"
                    lines.append(f"    {stance}: {_attribution_text(article, claim.attribution)}")
                    lines.append(f"      {claim.text!r}")
    if article.relations:
        lines += ["", "Relations"]
        for r in article.relations:
            target = _label(article, r.object)
            lines.append(
                f"  {_label(article, r.subject)} {r.kind.value.replace('_', ' ')} {target}"
            )
    if article.entries:
        lines += ["", "Live entries"]
        for entry in article.entries:
            when = _moment(entry.at) if entry.at is not None else "(no time)"
            text = " ".join(s.select(article.text_of(s) or "") for s in entry.spans)
            lines.append(f"  {when}: {entry.title or text}")
    for c in article.corrections:
        what = f" ({c.target}.{c.field}: {c.was!r} -> {c.now!r})" if c.target and c.field else ""
        lines += ["", f"Correction: {c.text}{what}"]
    anonymous = [e for e in article.entities if isinstance(e, AnonymousSource)]
    people = [e for e in article.entities if isinstance(e, Person)]
    lines += [
        "",
        f"{len(article.entities)} entities ({len(people)} people, "
        f"{len(anonymous)} anonymous sources), {len(article.events)} events, "
        f"{len(article.quotes)} quotes, {len(article.claims)} claims",
    ]
    return "\n".join(lines)


# --- validate -----------------------------------------------------------------------------------


class _Unreadable(Exception):
    pass


#: The largest document (or line of JSON Lines) the command line reads: far beyond any
#: report, and a bound on memory for endless inputs such as /dev/zero.
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _write_json(out: IO[str], text: str) -> None:
    """JSON text and a newline; on a stream that cannot encode some character, every
    non-ASCII character becomes a JSON escape (\\uXXXX, in pairs outside the Basic
    Multilingual Plane), so the output stays the same JSON value."""
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = _NON_ASCII.sub(lambda m: json.dumps(m[0])[1:-1], text)
    out.write(text + "\n")


def _bounded(data: bytes, name: str) -> bytes:
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _Unreadable(
            f"{name}: more than {MAX_DOCUMENT_BYTES // 2**20} MiB in one document or line "
            "(an archive is read as JSON Lines, a line at a time)"
        )
    return data


def _read(name: str) -> bytes:
    try:
        if name == "-":
            return _bounded(sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1), name)
        with open(name, "rb") as handle:
            return _bounded(handle.read(MAX_DOCUMENT_BYTES + 1), name)
    except OSError as exc:
        raise _Unreadable(f"{name}: cannot read: {exc.strerror or exc}") from None


def _lines(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """The lines of a stream, each read with a bound on its length."""
    while True:
        line = stream.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        yield _bounded(line, name)


def _is_jsonl(name: str, data: bytes | None) -> bool:
    if name.endswith((".jsonl", ".ndjson")):
        return True
    if data is None:
        return False
    try:
        _json.loads(data)
    except ValueError:
        return sum(1 for line in data.splitlines() if line.strip()) > 1
    return False


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


def _validate_jsonl(
    name: str, out: IO[str], data: bytes | None = None, unknown: UnknownPolicy = "error"
) -> int:
    import io
    import os

    try:
        if data is not None:
            handle: IO[bytes] = io.BytesIO(data)
        else:
            handle = sys.stdin.buffer if name == "-" else open(name, "rb")
    except OSError as exc:
        raise _Unreadable(f"{name}: cannot read: {exc.strerror or exc}") from None
    total = len(data) if data is not None else None if name == "-" else os.path.getsize(name)
    try:
        return _validate_lines(name, _lines(handle, name), total, out, unknown)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _validate_lines(
    name: str, lines: Iterable[bytes], total: int | None, out: IO[str], unknown: UnknownPolicy
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


def _warn(where: str, problems: list[Problem], out: IO[str]) -> None:
    for p in problems:
        if p.severity is Severity.WARNING:
            out.write(f"{where}: {p.path}: warning: {p.message} [{p.code}]\n")


def _validate_file(name: str, out: IO[str], unknown: UnknownPolicy = "error") -> int:
    if name == "-":
        return _validate_stdin(out, unknown)
    if _is_jsonl(name, None):
        return _validate_jsonl(name, out, unknown=unknown)
    data = _read(name)
    if _is_jsonl(name, data):
        return _validate_jsonl(name, out, data, unknown=unknown)
    return _validate_document(name, data, out, unknown)


def _validate_document(name: str, data: bytes, out: IO[str], unknown: UnknownPolicy) -> int:
    warnings: list[Problem] = []
    try:
        from_json(data, source=name, unknown=unknown, report=warnings)
    except ValidationError as exc:
        for p in exc.problems:
            out.write(f"{name}: {p.path}: {p.message} [{p.code}]\n")
        return EXIT_UNREADABLE if "invalid_json" in exc.codes else EXIT_INVALID
    _warn(name, warnings, out)
    return EXIT_OK


# --- entry point --------------------------------------------------------------------------------


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
            raise _Unreadable(str(exc)) from None
        raise


def _validate_stdin(out: IO[str], unknown: UnknownPolicy) -> int:
    """Standard input, streamed like a file: when its first line is a whole JSON value it is
    JSON Lines, read a line at a time; otherwise it is one document (pretty-printed JSON)."""
    import itertools

    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in _lines(stream, "-"):
        head.append(line)
        if line.strip():
            break
    first = head[-1] if head else b""
    try:
        _json.loads(first)
        whole_line = bool(first.strip())
    except ValueError:
        whole_line = False
    if whole_line:
        lines = itertools.chain(head, _lines(stream, "-"))
        return _validate_lines("-", lines, None, out, unknown)
    data = _bounded(b"".join(head) + stream.read(MAX_DOCUMENT_BYTES + 1), "-")
    if _is_jsonl("-", data):
        return _validate_jsonl("-", out, data, unknown=unknown)
    return _validate_document("-", data, out, unknown)


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
    for command in (show, check):
        command.add_argument(
            "--unknown",
            choices=["error", "keep"],
            default="error",
            help="unknown fields, type tags and event types: refuse them (error, the default) "
            "or keep them and report warnings (keep)",
        )
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
    direction.add_argument("--to", choices=sorted(_EXPORTERS), help="the standard to write")
    direction.add_argument(
        "--from",
        dest="source",
        choices=["ninjs", "trafilatura", "newsplease", "newspaper", "jsonld"],
        help="the standard or tool to read: ninjs, an extractor's JSON (trafilatura, "
        "newsplease, newspaper), or schema.org JSON-LD (jsonld: JSON, or an HTML page)",
    )
    convert.add_argument(
        "file", nargs="?", help="input file, - for stdin (default with --to: the bundled example)"
    )
    convert.add_argument(
        "--language", default=None, help="with --from: the language when the input gives none"
    )
    convert.add_argument(
        "--ninjs-version",
        default=None,
        help="ninjs version: 3.1 or 2.2 to write (default 3.1); to read, the version of the "
        "input (default: as declared, else detected)",
    )
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
    tables.add_argument("archives", nargs="+", help="JSON Lines files or folders of them")
    tables.add_argument("--out", required=True, help="the folder to write the dataset in")
    tables.add_argument(
        "--on-error",
        choices=["skip", "stop"],
        default="skip",
        help="a bad line: report it (file:line) and go on (skip, the default), or stop",
    )
    tables.add_argument("--unknown", choices=["error", "keep"], default="error")
    return parser


def _synth(args: argparse.Namespace, out: IO[str]) -> int:
    from .serialize import write_jsonl
    from .testing.synth import synthetic_archive

    if args.count < 0:
        raise _Unreadable("synth: the count must not be negative")
    items = synthetic_archive(args.count, args.seed)
    written = write_jsonl(items, sys.stdout if args.out == "-" else args.out)
    sys.stderr.write(f"iraqwithdrawal synth: {written} articles\n")
    return EXIT_OK


def _archive_files(names: Sequence[str]) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".ndjson"))
        elif path.is_file():
            files.append(path)
        else:
            raise _Unreadable(f"{name}: no such file or folder")
    return files


def _tables(args: argparse.Namespace, out: IO[str]) -> int:
    import time

    from .serialize import iter_jsonl
    from .tables import TableWriter

    errors: list[ValidationError] = []
    shown = 0
    started = time.monotonic()
    progress = sys.stderr.isatty()
    with TableWriter(args.out) as writer:
        for path in _archive_files(args.archives):
            sink = errors if args.on_error == "skip" else None
            for article in iter_jsonl(path, unknown=args.unknown, errors=sink):
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


def _convert(args: argparse.Namespace, out: IO[str]) -> int:
    from . import standards

    if args.source == "ninjs":
        if args.file is None:
            raise _Unreadable("convert --from ninjs needs a file (or - for stdin)")
        name = args.file
        try:
            document = _json.loads(_read(name))
        except ValueError as exc:
            raise _Unreadable(f"{name}: not valid JSON: {exc}") from None
        result: Any = standards.from_ninjs(document, args.ninjs_version)
        _write_json(out, to_json(result.document, pretty=True))
    elif args.source is not None:
        from .bridges.read import read_source

        if args.file is None:
            raise _Unreadable(f"convert --from {args.source} needs a file (or - for stdin)")
        raw = _read(args.file)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Unreadable(f"{args.file}: not UTF-8: {exc}") from None
        result = read_source(args.source, text, language=args.language)
        _write_json(out, to_json(result.document, pretty=True))
    else:
        article = _load(args.file)
        exporter = getattr(standards, _EXPORTERS[args.to])
        if args.to == "ninjs":
            result = exporter(article, args.ninjs_version or "3.1")
        else:
            result = exporter(article)
        _write_json(out, _json.dumps(result.document, pretty=True))
    for loss in result.losses:
        sys.stderr.write(f"{result.standard}: {loss}\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # A terminal or pipe that cannot encode a character gets an escape, not a traceback
        # (\uXXXX in JSON output is the same text).
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    out = sys.stdout
    try:
        load_plugins()
        if args.command == "show":
            out.write(outline(_load(args.file, args.unknown)) + "\n")
            return EXIT_OK
        if args.command == "example":
            from .examples import EXAMPLES, build_example

            if args.list:
                out.write("".join(f"{name}\n" for name in EXAMPLES))
                return EXIT_OK
            if args.name not in EXAMPLES:
                sys.stderr.write(
                    f"iraqwithdrawal: no example named {args.name!r} "
                    f"(known: {', '.join(EXAMPLES)})\n"
                )
                return EXIT_UNREADABLE
            # Built in code, so this also regenerates the bundled file:
            #   iraqwithdrawal example NAME > src/iraqwithdrawal/examples/NAME.json
            _write_json(out, to_json(build_example(args.name), pretty=not args.compact))
            return EXIT_OK
        if args.command == "convert":
            return _convert(args, out)
        if args.command == "synth":
            return _synth(args, out)
        if args.command == "tables":
            return _tables(args, out)
        if args.command == "schema":
            from .wire_schema import json_schema

            # Also regenerates the bundled file:
            #   iraqwithdrawal schema > src/iraqwithdrawal/schema/article.schema.json
            _write_json(out, _json.dumps(json_schema(), pretty=True))
            return EXIT_OK
        status = EXIT_OK
        for name in args.files:
            try:
                status = max(status, _validate_file(name, out, args.unknown))
            except _Unreadable as exc:
                sys.stderr.write(f"{exc}\n")
                status = EXIT_UNREADABLE
        return status
    except _Unreadable as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_UNREADABLE
    except ValidationError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_INVALID
    except ImportError as exc:  # an optional extra is missing
        sys.stderr.write(f"{exc}\n")
        return EXIT_UNREADABLE
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK

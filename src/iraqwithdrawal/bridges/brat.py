"""brat standoff, both ways: an article as ``<id>.txt`` and ``<id>.ann``, and back.

The ``.txt`` file is the body; the ``.ann`` file holds, one per line, text-bound
annotations (``T``: entity mentions, quotes, claims, disputes, cues, hedges, event
triggers), events (``E``: trigger and participants by role), relations (``R``: sources,
cues, relay hops in chain order, event links ...), attributes (``A``: attribution mode,
factuality, stance, status), normalisations (``N``: ``ArticleId`` for the article's own
ids, and each external identifier, such as ``wikidata:Q796``) and notes (``#``:
``AnnotatorNotes`` for a summary or topic, ``WrittenAs`` for words that differ from the
span, a paraphrase or a claim).

Offsets count code points of the text, as brat's server reads it (Python strings): an
emoji is one position, a letter and its combining accent two. brat refuses a line break
inside a text-bound annotation, so a span across one is written as fragments and joined
again on import. :func:`annotation_conf` and :func:`visual_conf` derive a brat or
INCEpTION project's configuration from the registered classes and event types.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import attrs

from ..errors import Problem, ValidationError
from ..models import Article, event_types
from ..standards import Conversion, Loss, Losses, LossKind
from ._graph import Edge, Graph, Node, to_graph
from ._read import TextSink, from_graph, write_articles
from ._scheme import FIXED, SITE, Scheme, scheme

__all__ = [
    "BratDocument",
    "annotation_conf",
    "from_brat",
    "read_brat",
    "to_brat",
    "visual_conf",
    "write_brat",
]

STANDARD = "brat"
#: The normalisation database that holds the article's own ids.
ID_DB = "ArticleId"
NOTE = "AnnotatorNotes"
WRITTEN = "WrittenAs"
#: What ``str.splitlines`` (and so brat's reader) breaks a line at.
BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@attrs.frozen(kw_only=True)
class BratDocument:
    """One brat document: its ``name`` (the files' stem), ``text`` (``.txt``) and ``ann``
    (``.ann``)."""

    name: str
    text: str
    ann: str


# -- export ----------------------------------------------------------------------------


def _fragments(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans cut at line breaks (brat refuses a break inside an annotation)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        begin = start
        for i in range(start, end):
            if text[i] in BREAKS:
                if begin < i:
                    out.append((begin, i))
                begin = i + 1
        if begin < end:
            out.append((begin, end))
    return out


def _one_line(value: str, path: str, what: str, losses: Losses) -> str:
    flat = "".join(" " if ch in BREAKS or ch == "\t" else ch for ch in value)
    if flat != value:
        losses.approximated(path, f"the {what} is written on one line (brat notes are lines)")
    return flat


def _token(value: str) -> bool:
    return bool(value) and not any(ch.isspace() for ch in value)


def _glued(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether two spans meet across nothing but line breaks (they read back as one)."""
    return any(
        a_end <= b_start and all(ch in BREAKS for ch in text[a_end:b_start])
        for (_, a_end), (b_start, _) in pairwise(spans)
    )


def _only_breaks(covered: str) -> str | None:
    if all(ch in BREAKS for ch in covered):
        return "a span of line breaks only: brat cannot annotate one"
    return None


def to_brat(article: Article) -> Conversion[BratDocument]:
    """The article as a brat document named after its id, with what brat cannot hold."""
    sch = scheme()
    graph, losses = to_graph(article, sch, STANDARD, header=False, refuse=_only_breaks)
    text = graph.text
    lines: list[str] = []
    ids: dict[str, str] = {}
    tail: list[tuple[str, str]] = []  # (kind, line without id) for A, N and # lines
    t = e = 0
    triggers: dict[str, str] = {}
    events = {n.key for n in graph.nodes if sch.kind(n.label) == "event"}
    for node in graph.nodes:
        pieces = _fragments(text, node.spans)
        if _glued(text, node.spans):
            losses.approximated(node.origin, "spans parted by a line break read back as one")
        elif _join(text, pieces) != node.spans:
            losses.approximated(node.origin, "line breaks at the edge of a span are left out")
        t += 1
        offsets = ";".join(f"{s} {end}" for s, end in pieces)
        covered = " ".join(text[s:end] for s, end in pieces)
        lines.append(f"T{t}\t{node.label} {offsets}\t{covered}")
        ids[node.key] = f"T{t}"
        if node.key in events:
            e += 1
            triggers[node.key] = f"T{t}"
            ids[node.key] = f"E{e}"
        target = ids[node.key]
        for name, value in node.attributes:
            tail.append(("A", f"{name} {target} {value}"))
        if node.ident is not None:
            label = _one_line(node.name or node.ident, node.name_at, "name", losses)
            tail.append(("N", f"Reference {target} {ID_DB}:{node.ident}\t{label}"))
        for k, (db, value) in enumerate(node.refs):
            where = f"{node.origin.rpartition('.mentions')[0]}.identifiers[{k}]"
            if not (_token(db) and _token(value)) or ":" in db:
                losses.dropped(where, "brat names a database and an id with no spaces or ':'")
                continue
            label = _one_line(node.name or value, node.name_at or where, "name", losses)
            tail.append(("N", f"Reference {target} {db}:{value}\t{label}"))
        if node.note is not None:
            note = _one_line(node.note, node.origin, "note", losses)
            tail.append(("#", f"{NOTE} {target}\t{note}"))
        if node.text is not None:
            written = _one_line(node.text, node.origin, "text", losses)
            tail.append(("#", f"{WRITTEN} {target}\t{written}"))
    args: dict[str, list[str]] = defaultdict(list)
    relations: list[str] = []
    for edge in graph.edges:
        if edge.source in events and edge.label in sch.roles:
            args[edge.source].append(f"{edge.label}:{ids[edge.target]}")
        else:
            relations.append(f"{edge.label} Arg1:{ids[edge.source]} Arg2:{ids[edge.target]}")
    out = list(lines)
    for node in graph.nodes:
        if node.key in triggers:
            roles = "".join(f" {arg}" for arg in _numbered(args[node.key]))
            out.append(f"{ids[node.key]}\t{node.label}:{triggers[node.key]}{roles}")
    out += [f"R{i}\t{line}" for i, line in enumerate(relations, start=1)]
    counters: dict[str, int] = defaultdict(int)
    for kind, line in tail:
        counters[kind] += 1
        out.append(f"{kind}{counters[kind]}\t{line}")
    document = BratDocument(name=article.id, text=text, ann="".join(f"{x}\n" for x in out))
    return Conversion(standard=STANDARD, document=document, losses=tuple(losses.items))


def _numbered(args: list[str]) -> list[str]:
    """Repeated roles numbered as brat wants them: ``Agent``, ``Agent2``, ``Agent3``."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for arg in args:
        role, _, target = arg.partition(":")
        seen[role] += 1
        out.append(f"{role}{seen[role] if seen[role] > 1 else ''}:{target}")
    return out


def write_brat(
    articles: Iterable[Article], directory: str | Path
) -> list[Conversion[BratDocument]]:
    """Write each article as ``<id>.txt`` and ``<id>.ann`` into ``directory`` (made if
    missing), with the project's ``annotation.conf`` and ``visual.conf``."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for article in articles:
        conversion = to_brat(article)
        doc = conversion.document
        (folder / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8", newline="")
        (folder / f"{doc.name}.ann").write_text(doc.ann, encoding="utf-8", newline="")
        done.append(conversion)
    (folder / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
    (folder / "visual.conf").write_text(visual_conf(), encoding="utf-8")
    return done


# -- import ----------------------------------------------------------------------------

_T = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)", re.S)
_E = re.compile(r"(E\d+)\t(\S+):(\S+)((?: \S+:\S+)*) ?")
_R = re.compile(r"(R\d+)\t(\S+) \S+:(\S+) \S+:(\S+)\s*")
_A = re.compile(r"([AM]\d+)\t(\S+) (\S+)(?: (\S+))?\s*")
_N = re.compile(r"(N\d+)\t\S+ (\S+) ([^\s:]+):(\S+)(?:\t(.*))?")
_NOTE = re.compile(r"(#\d*)\t(\S+) (\S+)(?:\t(.*))?")
_EQUIV = re.compile(r"\*\t(\S+)((?: [TE]\d+)+)\s*")


class _Parse:
    """The lines of one ``.ann`` file, judged and gathered into a graph."""

    def __init__(self, text: str, ann: str, name: str, sch: Scheme) -> None:
        self.text, self.name, self.sch = text, name, sch
        self.problems: list[Problem] = []
        self.losses: list[Loss] = []
        self.lines = ann.splitlines()

    def where(self, number: int, ident: str = "") -> str:
        return f"{self.name}.ann:{number}" + (f" {ident}" if ident else "")

    def problem(self, where: str, code: str, message: str) -> None:
        self.problems.append(Problem(code=code, path=where, message=message))

    def lose(self, where: str, message: str) -> None:
        self.losses.append(Loss(kind=LossKind.DROPPED, path=where, message=message))

    def run(self) -> Graph:
        text = self.text
        bounds: dict[str, dict[str, Any]] = {}
        events: dict[str, dict[str, Any]] = {}
        relations: list[Edge] = []
        extras: list[tuple[str, str, str, Any]] = []  # (kind, target, where, data)
        same: list[tuple[tuple[str, ...], str]] = []
        seen: set[str] = set()
        for number, raw in enumerate(self.lines, start=1):
            line = raw.rstrip("\r")
            if not line.strip():
                continue
            match = _T.fullmatch(line)
            ident = line.split("\t", 1)[0]
            here = self.where(number, ident)
            if ident in seen and ident != "*":
                self.problem(here, "duplicate_id", f"{ident} is defined twice")
                continue
            seen.add(ident)
            if match:
                pieces = [tuple(map(int, p.split())) for p in match[3].split(";")]
                spans = [(int(a), int(b)) for a, b in pieces]
                ok = all(0 <= s < end <= len(text) for s, end in spans)
                if ok and " ".join(text[s:end] for s, end in spans) != match[4]:
                    self.problem(
                        here, "text_mismatch", f"{match[4]!r} is not the text at {match[3]}"
                    )
                bounds[ident] = {"label": match[2], "spans": _join(text, spans), "where": here}
            elif match := _E.fullmatch(line):
                args = [a.split(":", 1) for a in match[4].split()]
                roles = [(re.sub(r"\d+$", "", role), target) for role, target in args]
                events[ident] = {"label": match[2], "trigger": match[3], "args": roles}
                events[ident]["where"] = here
            elif match := _R.fullmatch(line):
                relations.append(Edge(label=match[2], source=match[3], target=match[4], where=here))
            elif match := _A.fullmatch(line):
                extras.append(("A", match[3], here, (match[2], match[4] or "")))
            elif match := _N.fullmatch(line):
                extras.append(("N", match[2], here, (match[3], match[4], match[5])))
            elif match := _NOTE.fullmatch(line):
                extras.append(("#", match[3], here, (match[2], match[4] or "")))
            elif match := _EQUIV.fullmatch(line):
                same.append((tuple(match[2].split()), self.where(number, "*")))
            else:
                self.problem(self.where(number), "malformed_line", f"not a brat line: {line!r}")
        triggers: dict[str, list[str]] = defaultdict(list)
        for ident, event in events.items():
            triggers[event["trigger"]].append(ident)
            if event["trigger"] not in bounds:
                self.problem(
                    event["where"], "broken_reference", f"{event['trigger']} is not a text-bound"
                )
        data: dict[str, dict[str, Any]] = {}
        for ident, bound in bounds.items():
            if ident not in triggers:
                data[ident] = dict(bound)
        for ident, event in events.items():
            trigger = bounds.get(event["trigger"])
            if trigger is not None:
                if trigger["label"] != event["label"]:
                    self.problem(event["where"], "trigger_label", "the trigger has another label")
                data[ident] = {"label": event["label"], "spans": trigger["spans"]}
                data[ident]["where"] = event["where"]
        for kind, target, here, value in extras:
            found = triggers.get(target, [target])
            if len(found) != 1 or found[0] not in data:
                self.problem(here, "broken_reference", f"{target} is not an annotation")
                continue
            self.extra(data[found[0]], kind, value, here)
        nodes = [
            Node(
                key=ident,
                label=d["label"],
                spans=d["spans"],
                ident=d.get("ident"),
                name=d.get("name"),
                text=d.get("text"),
                note=d.get("note"),
                refs=tuple(d.get("refs", ())),
                attributes=tuple(d.get("attributes", ())),
                where=d["where"],
            )
            for ident, d in data.items()
        ]

        def event_of(ref: str) -> str:
            """A trigger's ``T`` id stands for its event (brat's own relations name ``E``)."""
            found = triggers.get(ref, [])
            return found[0] if len(found) == 1 else ref

        edges = [
            Edge(label=role, source=ident, target=event_of(target), where=event["where"])
            for ident, event in events.items()
            for role, target in event["args"]
        ]
        edges += [
            attrs.evolve(edge, source=event_of(edge.source), target=event_of(edge.target))
            for edge in relations
        ]
        return Graph(text=text, nodes=nodes, edges=edges, same=same)

    def extra(self, node: dict[str, Any], kind: str, value: Any, here: str) -> None:
        if kind == "A":
            node.setdefault("attributes", []).append(value)
        elif kind == "N":
            db, ref, label = value
            if db == ID_DB:
                node["ident"] = ref
            else:
                node.setdefault("refs", []).append((db, ref))
            if label and label != ref:
                node.setdefault("name", label)
        else:
            note_type, note = value
            if note_type == NOTE:
                node["note"] = note
            elif note_type == WRITTEN:
                node["text"] = note
            else:
                self.lose(here, f"a note of type {note_type!r} has no place in an article")


def _join(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Fragments that meet across line breaks only, joined again into one span."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] <= start and all(ch in BREAKS for ch in text[out[-1][1] : start]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)


def from_brat(
    text: str,
    ann: str,
    *,
    name: str = "document",
    headline: str | None = None,
    language: str | None = None,
) -> Conversion[Article]:
    """The article a brat document describes (``name`` is its id; brat keeps no headline or
    language, so they are given: the name stands in for a missing headline, ``und`` for a
    missing language, each reported). Bad input is a :class:`ValidationError` whose problems
    name the file, line and annotation."""
    sch = scheme()
    parse = _Parse(text, ann, name, sch)
    graph = parse.run()
    if parse.problems:
        raise ValidationError(parse.problems, source=f"{name}.ann")
    article, unplaced = from_graph(
        graph,
        sch,
        article_id=name,
        headline=headline or name,
        language=language or "und",
        source=f"{name}.ann",
    )
    losses = [*parse.losses, *unplaced]
    if headline is None:
        losses.append(
            Loss(
                kind=LossKind.APPROXIMATED,
                path=f"{name}.txt",
                message="brat keeps no headline: the document's name stands in",
            )
        )
    if language is None:
        losses.append(
            Loss(
                kind=LossKind.APPROXIMATED,
                path=f"{name}.txt",
                message="brat keeps no language: 'und' (undetermined) stands in",
            )
        )
    return Conversion(standard=STANDARD, document=article, losses=tuple(losses))


def read_brat(directory: str | Path, *, language: str | None = None) -> list[Conversion[Article]]:
    """Every document of a brat folder (each ``.ann`` with its ``.txt``), in name order."""
    folder = Path(directory)
    out = []
    for ann in sorted(folder.glob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            problem = Problem(code="missing_text", path=txt.name, message="no .txt beside it")
            raise ValidationError([problem], source=str(ann))
        try:
            text = _read(txt)
            standoff = _read(ann)
        except UnicodeDecodeError as error:
            problem = Problem(code="not_utf8", path=txt.name, message=str(error))
            raise ValidationError([problem], source=str(folder)) from None
        out.append(from_brat(text, standoff, name=ann.stem, language=language))
    return out


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


# -- configuration ---------------------------------------------------------------------


def _kinds(sch: Scheme, kinds: Iterable[str]) -> str:
    labels: list[str] = []
    for kind in sorted(kinds):
        if kind == "entity":
            labels += list(sch.entities)
        elif kind == "event":
            labels.append("<EVENT>")
        else:
            labels.append(kind.capitalize())  # a fixed label: quote -> Quote
    return "|".join(labels)


def annotation_conf() -> str:
    """brat's ``annotation.conf`` for the registered entity classes and event types."""
    sch = scheme()
    entities = "|".join(sch.entities)
    lines = ["# Generated by iraqwithdrawal from its registries: do not edit.", "[entities]"]
    lines += list(sch.entities) + list(FIXED)
    lines += ["", "[relations]"]
    for label, spec in sch.relations.items():
        lines.append(f"{label} Arg1:{_kinds(sch, spec.arg1)}, Arg2:{_kinds(sch, spec.arg2)}")
    lines.append(f"Equiv Arg1:{entities}, Arg2:{entities}, <REL-TYPE>:symmetric-transitive")
    lines.append("<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>")
    lines += ["", "[events]"]
    places = "|".join(sch.place_labels()) or entities
    for label in sch.events:
        args = [f"{role}*:{places if role == SITE else entities}" for role in sch.roles]
        lines.append(f"{label}\t{', '.join(args)}")
    lines += ["", "[attributes]"]
    for name, attribute in sch.attributes.items():
        targets = "|".join(sorted(attribute.labels)) or _kinds(sch, attribute.on)
        values = "|".join(attribute.values)
        lines.append(f"{name} Arg:{targets}, Value:{values}")
    return "\n".join(lines) + "\n"


_PALETTE = ("#8fb2ff", "#ffccaa", "#a4de92", "#e8c6f4", "#f7e283", "#9ed8d6", "#f4b6b6")


def visual_conf() -> str:
    """brat's ``visual.conf``: readable names (event types' own labels) and colours."""
    sch = scheme()
    vocabulary = event_types()
    lines = ["# Generated by iraqwithdrawal from its registries: do not edit.", "[labels]"]
    for label, cls in sch.entities.items():
        lines.append(f"{label} | {cls.__name__} | {label[:3]}")
    for label in FIXED:
        lines.append(f"{label} | {label}")
    for label, (name, _cls) in sch.events.items():
        lines.append(f"{label} | {vocabulary[name].label} | {label[:4]}")
    for label in sch.relations:
        if label not in FIXED:  # Cue and Hedge name a span and its relation: listed once
            lines.append(f"{label} | {label}")
    lines += ["", "[drawing]"]
    lines.append("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken")
    lines.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5")
    for i, label in enumerate(sch.entities):
        lines.append(f"{label}\tbgColor:{_PALETTE[i % len(_PALETTE)]}")
    for label in FIXED:
        lines.append(f"{label}\tbgColor:#eeeeee")
    for label in sch.events:
        lines.append(f"{label}\tbgColor:#ffe0a0")
    return "\n".join(lines) + "\n"


# -- command line ----------------------------------------------------------------------


def cli_export(article: Article, out: str | None, _stdout: TextSink) -> Conversion[BratDocument]:
    """``convert --to brat --out DIR``: the article's files and the project's configuration
    written into ``DIR``."""
    if out is None:
        raise OSError("convert --to brat needs --out DIR (brat reads a folder of files)")
    return write_brat([article], out)[0]


def cli_import(path: str, stdout: TextSink) -> list[Conversion[Article]]:
    """``convert --from brat PATH``: a folder of documents, or one ``.ann`` file (its
    ``.txt`` beside it), written as JSON (JSON Lines for several articles)."""
    where = Path(path)
    if where.is_dir():
        results = read_brat(where)
    else:
        ann = where.with_suffix(".ann")
        text = _read(where.with_suffix(".txt"))
        results = [from_brat(text, _read(ann), name=ann.stem)]
    write_articles([r.document for r in results], stdout)
    return results

"""Label Studio, both ways: a labeling config generated from the model, tasks with the
article's annotations as pre-annotations (``predictions``), and completed ``annotations``
(with their relations) read back into articles.

A task's ``data`` holds the body (``text``, the value the config's ``<Text>`` shows) and the
article's id, headline and language. Each annotation is a region of the ``label`` control;
what an annotation tool calls attributes are per-region choices (``mode``, ``certainty`` ...)
and per-region text areas (``ref_id`` for the article's own id, ``name``, ``identifiers``,
``note``, ``written``); links are relations labelled ``Source``, ``Cue``, an event's roles
(``Agent``, ``Site`` ...) and so on. A quote or claim in several stretches is several
regions with one ``ref_id``.

Offsets are what Label Studio counts: UTF-16 code units, as JavaScript strings index.
Reading back, a region whose offsets and ``text`` disagree (a tool that counted code points,
a text edited after annotation) is re-anchored on its text, nearest to where it claimed to
be, and reported as an approximation.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from .._version import __version__
from ..errors import Problem, ValidationError
from ..models import Article, event_types
from ..standards import Conversion, Loss, LossKind
from ..text import from_utf16, to_utf16
from ._graph import Edge, Graph, Node, to_graph
from ._read import TextSink, from_graph, write_articles
from ._scheme import FIXED, Scheme, scheme

__all__ = [
    "from_label_studio",
    "labeling_config",
    "read_label_studio",
    "to_label_studio",
]

STANDARD = "Label Studio"
_LABEL, _TEXT = "label", "text"
#: Per-region text areas: the article's own id, an entity's name, its external ids
#: (``scheme:value``, one a line), a comment, and words that differ from the region.
_AREAS = ("ref_id", "name", "identifiers", "note", "written")
_PALETTE = ("#8fb2ff", "#ffccaa", "#a4de92", "#e8c6f4", "#f7e283", "#9ed8d6", "#f4b6b6")


def labeling_config() -> str:
    """The labeling config (XML) for the registered entity classes and event types."""
    sch = scheme()
    vocabulary = event_types()
    out = ["<View>", f'  <Labels name="{_LABEL}" toName="{_TEXT}">']
    for i, (label, cls) in enumerate(sch.entities.items()):
        colour = _PALETTE[i % len(_PALETTE)]
        out.append(
            f'    <Label value="{label}" hint={quoteattr(cls.__name__)} background="{colour}"/>'
        )
    for label in FIXED:
        out.append(f'    <Label value="{label}" background="#dddddd"/>')
    for label, (name, _cls) in sch.events.items():
        hint = quoteattr(vocabulary[name].label)
        out.append(f'    <Label value="{label}" hint={hint} background="#ffe0a0"/>')
    out.append("  </Labels>")
    out.append(f'  <Text name="{_TEXT}" value="$text"/>')
    out.append("  <Relations>")
    for label in dict.fromkeys([*sch.relations, *sch.roles]):
        out.append(f'    <Relation value="{label}"/>')
    out.append("  </Relations>")
    out.append('  <View visibleWhen="region-selected">')
    for name, spec in sch.attributes.items():
        out.append(f'    <Header value="{name}"/>')
        out.append(
            f'    <Choices name="{name.lower()}" toName="{_TEXT}" perRegion="true" '
            'choice="single" showInline="true">'
        )
        out += [f'      <Choice value="{value}"/>' for value in spec.values]
        out.append("    </Choices>")
    for area in _AREAS:
        out.append(f'    <Header value="{area}"/>')
        out.append(
            f'    <TextArea name="{area}" toName="{_TEXT}" perRegion="true" editable="true"/>'
        )
    out += ["  </View>", "</View>"]
    return "\n".join(out) + "\n"


# -- export ----------------------------------------------------------------------------


def _region(
    rid: str, body: str, start: int, end: int, control: str, kind: str, value: dict[str, Any]
) -> dict[str, Any]:
    """A result of region ``rid`` from ``control`` (of type ``kind``: labels, choices,
    textarea): offsets in UTF-16 code units, the region's text, and ``value``."""
    return {
        "id": rid,
        "from_name": control,
        "to_name": _TEXT,
        "type": kind,
        "value": {
            "start": to_utf16(body, start),
            "end": to_utf16(body, end),
            "text": body[start:end],
            **value,
        },
    }


def to_label_studio(article: Article) -> Conversion[dict[str, Any]]:
    """A Label Studio task: the article's text and header in ``data``, its annotations as
    one prediction; with what Label Studio cannot hold."""
    sch = scheme()
    graph, losses = to_graph(article, sch, STANDARD, header=True)
    body = graph.text
    result: list[dict[str, Any]] = []
    first: dict[str, str] = {}
    for n, node in enumerate(graph.nodes, start=1):
        for k, (start, end) in enumerate(node.spans):
            rid = f"n{n}" if k == 0 else f"n{n}.{k}"
            first.setdefault(node.key, rid)
            result.append(
                _region(rid, body, start, end, _LABEL, "labels", {"labels": [node.label]})
            )
            areas = {"ref_id": node.ident}
            if k == 0:
                refs = "\n".join(f"{s}:{v}" for s, v in node.refs) or None
                areas.update(name=node.name, identifiers=refs, note=node.note, written=node.text)
                for name, value in node.attributes:
                    choice = {"choices": [value]}
                    result.append(_region(rid, body, start, end, name.lower(), "choices", choice))
            for area, text in areas.items():
                if text is not None:
                    said = {"text": [text]}
                    result.append(_region(rid, body, start, end, area, "textarea", said))
    for edge in graph.edges:
        result.append(
            {
                "from_id": first[edge.source],
                "to_id": first[edge.target],
                "type": "relation",
                "direction": "right",
                "labels": [edge.label],
            }
        )
    task = {
        "data": {
            _TEXT: body,
            "article_id": article.id,
            "headline": article.headline,
            "language": article.language,
        },
        "predictions": [{"model_version": f"iraqwithdrawal {__version__}", "result": result}],
    }
    return Conversion(standard=STANDARD, document=task, losses=tuple(losses.items))


# -- import ----------------------------------------------------------------------------


class _Regions:
    """The results of one annotation, judged and gathered into a graph."""

    def __init__(self, body: str, sch: Scheme, path: str) -> None:
        self.body, self.sch, self.path = body, sch, path
        self.problems: list[Problem] = []
        self.losses: list[Loss] = []
        #: choices control name -> attribute name (``organizationkind`` -> ``OrganizationKind``)
        self.controls = {name.lower(): name for name in sch.attributes}

    def problem(self, where: str, code: str, message: str) -> None:
        self.problems.append(Problem(code=code, path=where, message=message))

    def lose(self, kind: LossKind, where: str, message: str) -> None:
        self.losses.append(Loss(kind=kind, path=where, message=message))

    def anchor(self, value: Mapping[str, Any], where: str) -> tuple[int, int] | None:
        """Code-point offsets of a region: its UTF-16 offsets, or where its text is."""
        start, end, text = value.get("start"), value.get("end"), value.get("text")
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
            self.problem(where, "offset_type", "a region's start and end are whole numbers")
            return None
        try:
            found: tuple[int, int] | None = (
                from_utf16(self.body, start),
                from_utf16(self.body, end),
            )
        except (ValueError, IndexError):
            found = None
        if not isinstance(text, str):
            if found is None:
                self.problem(where, "offset_out_of_range", f"{start}-{end} is not in the text")
            return found
        if found is not None and self.body[found[0] : found[1]] == text:
            return found
        places = []
        at = self.body.find(text)
        while at >= 0 and text:
            places.append(at)
            at = self.body.find(text, at + 1)
        if not places:
            self.problem(where, "text_mismatch", f"{text!r} is nowhere in the text")
            return None
        guess = found[0] if found is not None else start
        best = min(places, key=lambda p: abs(p - guess))
        self.lose(
            LossKind.APPROXIMATED,
            where,
            f"offsets {start}-{end} (UTF-16) do not hold {text!r}; re-anchored on the text "
            f"at {best}-{best + len(text)} (code points)",
        )
        return best, best + len(text)

    def run(self, results: Sequence[Any]) -> Graph:
        regions: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        relations: list[tuple[Mapping[str, Any], str]] = []
        for i, result in enumerate(results):
            where = f"{self.path}.result[{i}]"
            if not isinstance(result, Mapping):
                self.problem(where, "malformed_result", "a result is an object")
                continue
            if result.get("type") == "relation":
                relations.append((result, where))
                continue
            rid, value = result.get("id"), result.get("value")
            if not isinstance(rid, str) or not isinstance(value, Mapping):
                self.problem(where, "malformed_result", "a region needs an id and a value")
                continue
            if result.get("to_name") != _TEXT:
                self.lose(LossKind.DROPPED, where, "a result about something other than the text")
                continue
            region = regions.get(rid)
            if region is None:
                region = regions[rid] = {"where": where, "attributes": [], "areas": {}}
                order.append(rid)
            kind, name = result.get("type"), result.get("from_name")
            if kind == "labels":
                labels = value.get("labels")
                if not (
                    isinstance(labels, list) and len(labels) == 1 and isinstance(labels[0], str)
                ):
                    self.problem(where, "malformed_result", "a region has exactly one label")
                    continue
                region["label"], region["where"] = labels[0], where
                region["span"] = self.anchor(value, f"{where}.value")
            elif kind == "choices" and isinstance(name, str):
                attribute = self.controls.get(name, name)
                for choice in value.get("choices") or []:
                    region["attributes"].append((attribute, choice))
            elif kind == "textarea" and name in _AREAS:
                texts = value.get("text")
                if isinstance(texts, list) and all(isinstance(t, str) for t in texts):
                    region["areas"][name] = "\n".join(texts)
                else:
                    self.problem(where, "malformed_result", "a text area holds a list of strings")
            else:
                self.lose(LossKind.DROPPED, where, f"a {kind} result of {name!r} has no place")
        return self.graph(regions, order, relations)

    def graph(
        self,
        regions: dict[str, dict[str, Any]],
        order: list[str],
        relations: list[tuple[Mapping[str, Any], str]],
    ) -> Graph:
        groups: dict[tuple[str, str], str] = {}
        members: dict[str, list[str]] = defaultdict(list)
        for rid in order:
            region = regions[rid]
            if "label" not in region:
                self.problem(region["where"], "no_label", "a region with no label")
                continue
            ident = region["areas"].get("ref_id")
            kind = self.sch.kind(region["label"])
            key = (region["label"], ident) if ident and kind not in ("entity", None) else None
            head = groups.setdefault(key, rid) if key is not None else rid
            members[head].append(rid)
            region["head"] = head
        nodes = []
        for head, rids in members.items():
            first = regions[head]
            spans = sorted(regions[r]["span"] for r in rids if regions[r]["span"] is not None)
            if len(spans) != len(rids):
                continue  # a region that could not be anchored (already reported)
            areas = first["areas"]
            refs = tuple(
                tuple(line.split(":", 1)) for line in areas.get("identifiers", "").splitlines()
            )
            bad = [r for r in refs if len(r) != 2]
            if bad:
                self.problem(first["where"], "identifier", "an identifier is written scheme:value")
                continue
            nodes.append(
                Node(
                    key=head,
                    label=first["label"],
                    spans=tuple(spans),
                    ident=areas.get("ref_id"),
                    name=areas.get("name"),
                    text=areas.get("written"),
                    note=areas.get("note"),
                    refs=refs,
                    attributes=tuple(a for r in rids for a in regions[r]["attributes"]),
                    where=first["where"],
                )
            )
        edges = []
        for relation, where in relations:
            labels = relation.get("labels") or []
            ends = [relation.get("from_id"), relation.get("to_id")]
            if relation.get("direction") == "left":
                ends.reverse()
            heads = [regions.get(e, {}).get("head", e) if isinstance(e, str) else "" for e in ends]
            if not labels:
                self.problem(where, "unknown_label", "a relation with no label")
            for label in labels:
                edges.append(Edge(label=label, source=heads[0], target=heads[1], where=where))
        return Graph(text=self.body, nodes=nodes, edges=edges)


def from_label_studio(
    task: Mapping[str, Any], *, annotation: int | None = None, path: str = "$"
) -> Conversion[Article]:
    """The article of a task: its ``annotation``-th annotation (by default the last one not
    cancelled; with no annotation, the first prediction). Bad input is a
    :class:`ValidationError` with the JSON path of the result at fault."""
    data = task.get("data") if isinstance(task, Mapping) else None
    if not isinstance(data, Mapping) or not isinstance(data.get(_TEXT), str):
        problem = Problem(code="no_text", path=f"{path}.data.text", message="a task has a text")
        raise ValidationError([problem], source=STANDARD)
    body: str = data[_TEXT]
    chosen, where = _chosen(task, annotation, path)
    results = chosen.get("result") if isinstance(chosen, Mapping) else None
    if not isinstance(results, list):
        problem = Problem(code="no_result", path=f"{where}.result", message="a list of results")
        raise ValidationError([problem], source=STANDARD)
    sch = scheme()
    reading = _Regions(body, sch, where)
    graph = reading.run(results)
    if reading.problems:
        raise ValidationError(reading.problems, source=STANDARD)
    losses = list(reading.losses)
    header = {}
    for key, default in (("article_id", "task"), ("headline", None), ("language", "und")):
        value = data.get(key)
        if isinstance(value, str):
            header[key] = value
        else:
            header[key] = default if default is not None else body.strip().split("\n")[0][:120]
            message = f"the task has no {key}: {header[key]!r} stands in"
            losses.append(Loss(kind=LossKind.APPROXIMATED, path=f"{path}.data", message=message))
    article, unplaced = from_graph(
        graph,
        sch,
        article_id=header["article_id"],
        headline=header["headline"] or "untitled",
        language=header["language"],
        source=STANDARD,
    )
    losses += unplaced
    return Conversion(standard=STANDARD, document=article, losses=tuple(losses))


def _chosen(task: Mapping[str, Any], annotation: int | None, path: str) -> tuple[Any, str]:
    annotations = task.get("annotations") or []
    if not isinstance(annotations, list):
        problem = Problem(code="malformed_task", path=f"{path}.annotations", message="a list")
        raise ValidationError([problem], source=STANDARD)
    if annotation is not None:
        if not 0 <= annotation < len(annotations):
            problem = Problem(
                code="no_annotation",
                path=f"{path}.annotations[{annotation}]",
                message=f"the task has {len(annotations)} annotations",
            )
            raise ValidationError([problem], source=STANDARD)
        return annotations[annotation], f"{path}.annotations[{annotation}]"
    for i in range(len(annotations) - 1, -1, -1):
        item = annotations[i]
        if isinstance(item, Mapping) and not item.get("was_cancelled"):
            return item, f"{path}.annotations[{i}]"
    predictions = task.get("predictions") or []
    if isinstance(predictions, list) and predictions:
        return predictions[0], f"{path}.predictions[0]"
    problem = Problem(code="no_annotation", path=f"{path}.annotations", message="none to read")
    raise ValidationError([problem], source=STANDARD)


def read_label_studio(export: Any) -> list[Conversion[Article]]:
    """Every task of a Label Studio JSON export (a list of tasks, or one task), in order."""
    if isinstance(export, Mapping):
        return [from_label_studio(export)]
    if not isinstance(export, list):
        problem = Problem(code="malformed_export", path="$", message="a list of tasks")
        raise ValidationError([problem], source=STANDARD)
    return [from_label_studio(task, path=f"$[{i}]") for i, task in enumerate(export)]


# -- command line ----------------------------------------------------------------------


def cli_export(article: Article, out: str | None, stdout: TextSink) -> Conversion[dict[str, Any]]:
    """``convert --to label-studio [--out DIR]``: the task (a one-task import file) on
    standard output, or ``tasks.json`` and ``label_config.xml`` written into ``DIR``."""
    conversion = to_label_studio(article)
    text = json.dumps([conversion.document], ensure_ascii=False, indent=2) + "\n"
    if out is None:
        stdout.write(text)
    else:
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "tasks.json").write_text(text, encoding="utf-8")
        (folder / "label_config.xml").write_text(labeling_config(), encoding="utf-8")
    return conversion


def cli_import(path: str, stdout: TextSink) -> list[Conversion[Article]]:
    """``convert --from label-studio FILE``: a JSON export (a list of tasks) read into
    articles, written as JSON (JSON Lines for several)."""
    try:
        export = json.loads(Path(path).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        problem = Problem(code="invalid_json", path="$", message=str(error))
        raise ValidationError([problem], source=path) from None
    results = read_label_studio(export)
    write_articles([r.document for r in results], stdout)
    return results

"""What an exporter's ``COVERAGE`` declares carried, the exporter must write: for every field
each exporter declares, on a valid article, the field is set to two distinct values, and the
exported documents must show it (the value, or the id or name of what it refers to, appears
where it is set; a value with no text of its own changes the document), or the exporter
must report the field's path as lost. A declaration that a writer does not honour is a
silent drop (the Web Annotation export once declared a relay's outlet and wrote it nowhere).

test_losses.py proves the other half: what is not declared is reported."""

from __future__ import annotations

import enum
import importlib
import json
import re
import typing
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal._walk import survey
from iraqwithdrawal.description import describe, is_class
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.extend import Severity
from iraqwithdrawal.models import Model

from .test_losses import EXPORTERS, _replace, _steps
from .test_plover import _every_event_dated

Exporter = Callable[[iw.Article], Any]

MARK_A, MARK_B = "zqxalpha", "zqxbravo"


def _coverage(exporter: Exporter) -> Any:
    return importlib.import_module(exporter.__module__).COVERAGE


@cache
def _articles() -> tuple[iw.Article, ...]:
    """The example reports, smallest first, each with every event given a whole day and an
    agent (so that PLOVER writes its records; the other exporters read the same)."""
    plain = sorted((example(n) for n in EXAMPLES), key=lambda a: len(iw.to_json(a)))
    return tuple(_every_event_dated(a) for a in plain)


def _valid(article: iw.Article) -> bool:
    return not [p for p in iw.validate(article) if p.severity is Severity.ERROR]


def _dump(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True).lower()


def _count(marks: set[str], text: str) -> int:
    """How often ``text`` (a dumped export) shows the marks: words anywhere, but an id
    (``id:…``) only as an IRI's fragment or a whole string (a bare id in prose, "via r",
    names nothing)."""
    found = 0
    for mark in marks:
        if mark.startswith("id:"):
            found += len(re.findall(rf'[#"]{re.escape(mark[3:].lower())}"', text))
        elif mark:
            found += len(re.findall(rf"(?<![a-z0-9]){re.escape(mark.lower())}(?![a-z0-9])", text))
    return found


@attrs.frozen
class Variant:
    """A valid article whose field at ``path`` holds one value, and what shows that value in
    an export (``None``: nothing but a changed document)."""

    path: str
    article: iw.Article
    marks: frozenset[str] | None


def _labels(target: Any) -> frozenset[str]:
    """The id of a referred object and the words an export may name it by."""
    out = {f"id:{target.id}"}
    for name in ("name", "description", "headline", "text"):
        value = getattr(target, name, None)
        # A name that is its id ("Russia", "russia") would count a bare id in prose.
        if isinstance(value, str) and value.lower() != target.id.lower():
            out.add(value)
    return frozenset(out)


def _rename(article: iw.Article, old: str, new: str) -> iw.Article | None:
    """``article`` with the id ``old`` renamed ``new`` everywhere (the id and every
    reference), through the wire form; ``None`` if that does not load."""

    def swap(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return new if value == old else value

    try:
        return iw.from_dict(swap(iw.to_dict(article)))  # type: ignore[no-any-return]
    except iw.ValidationError:
        return None


def _set(article: iw.Article, path: str, node: Any, changes: dict[str, Any]) -> iw.Article | None:
    try:
        changed = attrs.evolve(node, **changes)
    except (TypeError, ValueError, iw.IraqWithdrawalError):
        return None
    if path == "$":
        return changed  # type: ignore[no-any-return]
    return _replace(article, _steps(path), changed)  # type: ignore[no-any-return]


def _leaf(hint: Any) -> set[Any]:
    """The plain classes a type hint names (``str | None`` gives str and NoneType)."""
    if is_class(hint):
        return {hint}
    origin = typing.get_origin(hint)
    inner = set().union(*(_leaf(arg) for arg in typing.get_args(hint)))
    return inner | ({origin} if isinstance(origin, type) else set())


_DAYS = (iw.PartialDate(year=1999, month=3, day=4), iw.PartialDate(year=1998, month=5, day=6))
_YEARS = (iw.PartialDate(year=1999), iw.PartialDate(year=1998))


def _settings(
    article: iw.Article, node: Any, name: str
) -> Iterator[tuple[dict[str, Any], frozenset[str] | None]]:
    """Values to give field ``name`` of ``node`` (with any other change the value needs),
    each with what shows it in an export."""
    cls = type(node)
    field = attrs.fields_dict(cls)[name]
    value = getattr(node, name)
    kinds = field.metadata.get("ref")
    classes = _leaf(_hint(cls, name))
    enums = [k for k in classes if isinstance(k, type) and issubclass(k, enum.Enum)]
    if kinds is not None:
        for _path, target in survey(article).nodes:
            if getattr(target, "id", None) and kinds.accepts(target):
                ref = (target.id,) if tuple in classes else target.id
                yield {name: ref}, _labels(target)
        if tuple in classes:
            yield {name: ()}, frozenset()
    elif name == "event_type":
        for term in sorted(iw.event_types().values(), key=lambda t: t.name):
            yield {name: term.name}, frozenset({term.name, term.label, term.cameo or term.name})
    elif (vocabulary := describe(cls).by_name[name].vocabulary) is not None:
        many = tuple in classes  # a term field: each registered term (a tuple of one)
        for term in sorted(vocabulary):
            yield {name: (term,) if many else term}, None
    elif enums:
        for member in enums[0]:
            yield {name: member}, None
    elif bool in classes:
        yield {name: True}, None
        yield {name: False}, None
    elif int in classes or float in classes:
        for number in (7, 3, 1, 2, 30, 45):
            yield {name: number}, None
    elif iw.PartialDate in classes:
        for date in (*_DAYS, *_YEARS):
            yield {name: date}, None
    elif iw.Interval in classes:
        for start, end in ((_DAYS[1], _DAYS[0]), (_YEARS[1], _YEARS[0])):
            changes = {name: iw.Interval(start=start, end=end), "date": None}
            yield {**changes, "relation": iw.TimeRelation.BETWEEN}, None
    elif str in classes:
        many = tuple in classes
        texts = [
            (f"{value} {MARK_A}." if name == "body" else MARK_A, MARK_A),
            (f"{value} {MARK_B}." if name == "body" else MARK_B, MARK_B),
            (f"https://example.org/{MARK_A}", MARK_A),
            (f"https://example.org/{MARK_B}", MARK_B),
            ("fr", "fr"),
            ("de", "de"),
        ]
        for text, mark in texts:
            yield {name: (text,) if many else text}, frozenset({mark})
    elif tuple in classes:  # spans: the field with and without each of them
        for i in range(len(value)):
            yield {name: value[:i] + value[i + 1 :]}, None
        yield {name: value}, None


def _variants(article: iw.Article, path: str, node: Any, name: str) -> Iterator[Variant]:
    """Valid articles that differ from each other in field ``name`` of ``node`` only."""
    here = f"{path}.{name}"
    if name == "id" and path != "$":
        for mark in (MARK_A, MARK_B):
            renamed = _rename(article, node.id, mark)
            if renamed is not None and _valid(renamed):
                yield Variant(here, renamed, frozenset({mark}))
        return
    for changes, marks in _settings(article, node, name):
        changed = _set(article, path, node, changes)
        if changed is not None and _valid(changed):
            yield Variant(here, changed, marks)


def _reported(conversion: Any, path: str) -> bool:
    """Whether the exporter reports ``path``: a loss at it or at a path that holds it, as
    :meth:`Conversion.lost` reads them."""
    return conversion.lost(path) is not None


def _judge(exporter: Exporter, variants: list[Variant]) -> str | None:
    """``None`` if the exports of ``variants`` show the field, or report it; else why not.

    Values with text of their own (``marks``): the first value's marks appear more often in
    its export than in the export of a value with other marks. Values without: every two
    values give different documents, unless the exporter reports one of them (a value
    written in a looser term, or not at all, is an approximation it must report)."""
    out = [(v, exporter(v.article)) for v in variants]
    unreported = [(v, _dump(c.document)) for v, c in out if not _reported(c, v.path)]
    if len(unreported) < len(out) and len(unreported) <= 1:
        return None
    if variants[0].marks is not None:
        marked = [(v, d) for v, d in unreported if v.marks]
        for v, doc in marked:
            others = [d for w, d in unreported if w.marks != v.marks]
            if others and all(
                _count(set(v.marks or ()), doc) > _count(set(v.marks or ()), d) for d in others
            ):
                return None
        return f"{sorted(marked[0][0].marks or ())} is not written" if marked else "no value"
    seen: dict[str, Variant] = {}
    for v, doc in unreported:
        if doc in seen:
            return (
                f"two values give the same document, unreported: {_value(seen[doc])!r} "
                f"and {_value(v)!r}"
            )
        seen[doc] = v
    return None


def _value(variant: Variant) -> Any:
    node: Any = variant.article
    for step in _steps(variant.path):
        node = node[step] if isinstance(step, int) else getattr(node, step)
    return node


_LEAVES = (iw.PartialDate, iw.Interval)


def _hint(cls: type, name: str) -> Any:
    return typing.get_type_hints(cls)[name]


def _models_in(hint: Any) -> set[type]:
    """The model classes a type hint names (``tuple[Quote, ...]``, ``Cue | None`` ...)."""
    if is_class(hint):
        return {hint} if issubclass(hint, Model) and not issubclass(hint, _LEAVES) else set()
    return set().union(*(_models_in(arg) for arg in typing.get_args(hint)))


def _structural(cls: type, name: str) -> bool:
    """A field holding models other than spans: what it carries is proved by the fields of
    the models it holds, each probed on its own."""
    held = _models_in(_hint(cls, name))
    return bool(held) and held != {iw.Span}


def _carried(exporter: Exporter, article: iw.Article) -> Iterator[tuple[str, Any]]:
    """The objects of ``article`` the exporter walks into: reached from the article through
    fields its coverage declares, with their paths."""
    coverage = _coverage(exporter)

    def visit(path: str, node: Any) -> Iterator[tuple[str, Any]]:
        yield path, node
        for name in coverage.covered(type(node)):
            value = getattr(node, name)
            items = value if isinstance(value, tuple) else (value,)
            for i, item in enumerate(items):
                if isinstance(item, Model) and not isinstance(item, _LEAVES):
                    here = f"{path}.{name}" + (f"[{i}]" if isinstance(value, tuple) else "")
                    yield from visit(here, item)

    return visit("$", article)


@cache
def _instances() -> dict[tuple[Exporter, type, str], list[tuple[iw.Article, str, Any]]]:
    """For each exporter, each class its coverage lists, and each field it declares there
    (spans fields and plain values; not the fields that hold models): where an example holds
    such an object in what the exporter carries."""
    found: dict[tuple[Exporter, type, str], list[tuple[iw.Article, str, Any]]] = {}
    for exporter in EXPORTERS:
        coverage = _coverage(exporter)
        for article in _articles():
            for path, node in _carried(exporter, article):
                listed = next((k for k in type(node).__mro__ if k in coverage.fields), None)
                if listed is None:
                    continue
                for name in sorted(coverage.fields[listed]):
                    if listed is iw.Span or _structural(type(node), name):
                        continue
                    found.setdefault((exporter, listed, name), []).append((article, path, node))
    return found


@pytest.mark.parametrize(
    ("exporter", "cls", "name"),
    sorted(_instances(), key=lambda k: (k[0].__name__, k[1].__name__, k[2])),
    ids=lambda v: getattr(v, "__name__", str(v)),
)
def test_a_declared_field_is_written_or_reported(exporter: Exporter, cls: type, name: str) -> None:
    """On up to three objects where the exporter carries the field (those the plain export
    does not already report first), the field's values are written or reported."""
    places = _instances()[exporter, cls, name]
    plain = {id(a): exporter(a) for a, _p, _n in places}
    places = sorted(places, key=lambda p: _reported(plain[id(p[0])], f"{p[1]}.{name}"))
    failures = []
    judged = 0
    for article, path, node in places:
        variants = list(_variants(article, path, node, name))
        if len({_dump(iw.to_dict(v.article)) for v in variants}) < 2:
            continue
        judged += 1
        why = _judge(exporter, variants)
        if why is None:
            return
        failures.append(f"{path}.{name}: {why}")
        if judged >= 3:
            break
    assert judged, f"no valid article could vary {cls.__name__}.{name}"
    pytest.fail(f"{exporter.__name__} declares {cls.__name__}.{name}: " + "; ".join(failures))

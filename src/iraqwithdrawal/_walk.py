"""Generic traversal of model trees with JSON paths: the document validator and the
article look-up helpers share it, so downstream subclasses are covered without extra code.

:func:`survey` gathers in one pass what the validator needs (ids, references, spans and
attributions); the ``iter_*`` helpers are views on it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .description import describe
from .models.base import Model, RefKinds, Span

__all__ = ["ArticleIndex", "Survey", "index_of", "iter_refs", "survey"]

# Per class: (field name, ref kinds or None) for each wire field, and whether it has an id.
_Plan = tuple[tuple[tuple[str, "RefKinds | None"], ...], bool]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        fields = tuple((a.name, a.ref) for a in describe(cls).fields)
        plan = _PLANS[cls] = (fields, any(name == "id" for name, _ in fields))
    return plan


@attrs.define
class Survey:
    """Everything of interest in a tree, each with its JSON path, in document order."""

    nodes: list[tuple[str, Any]] = attrs.Factory(list)
    ids: list[tuple[str, str, Any]] = attrs.Factory(list)
    refs: list[tuple[str, str, RefKinds]] = attrs.Factory(list)
    spans: list[tuple[str, Span]] = attrs.Factory(list)


def survey(root: Any, path: str = "$") -> Survey:
    """Walk ``root`` once. The root's own id is not collected."""
    result = Survey()
    nodes, ids, refs, spans = result.nodes, result.ids, result.refs, result.spans

    def visit(node: Any, here: str, is_root: bool) -> None:
        nodes.append((here, node))
        if isinstance(node, Span):
            spans.append((here, node))
            return
        fields, has_id = _plan(type(node))
        if has_id and not is_root:
            ident = node.id
            if ident is not None:
                ids.append((here + ".id", ident, node))
        for name, kinds in fields:
            value = getattr(node, name)
            if value is None:
                continue
            if isinstance(value, tuple):
                for i, item in enumerate(value):
                    if isinstance(item, Model):
                        visit(item, f"{here}.{name}[{i}]", False)
                    elif kinds is not None and isinstance(item, str):
                        refs.append((f"{here}.{name}[{i}]", item, kinds))
            elif isinstance(value, Model):
                if isinstance(value, Span):
                    nodes.append((f"{here}.{name}", value))
                    spans.append((f"{here}.{name}", value))
                else:
                    visit(value, f"{here}.{name}", False)
            elif kinds is not None and isinstance(value, str):
                refs.append((f"{here}.{name}", value, kinds))

    visit(root, path, True)
    return result


def iter_refs(obj: Any, path: str = "$") -> Iterator[tuple[str, str, RefKinds]]:
    """Yield ``(path, target id, allowed kinds)`` for every id reference in the tree."""
    return iter(survey(obj, path).refs)


class ArticleIndex:
    """Look-ups over one article, built in one walk the first time they are needed and kept
    for as long as the article lives (models are immutable, so it never goes stale). It holds
    no reference to the article itself, so it does not keep the article alive."""

    __slots__ = ("attributions", "by_id", "paths_of", "targets")

    def __init__(self, article: Any) -> None:
        found = survey(article)
        by_id: dict[str, Any] = {}
        paths_of: dict[str, str] = {}
        for path, ident, obj in found.ids:
            if ident not in by_id:
                by_id[ident] = obj
                paths_of[ident] = path[: -len(".id")]
        targets: dict[str, list[str]] = {}
        for path, target, _kinds in found.refs:
            targets.setdefault(target, []).append(path)
        #: Every object with an id, by id (the first one wins on duplicates).
        self.by_id: Mapping[str, Any] = by_id
        #: The JSON path of the object holding each id.
        self.paths_of: Mapping[str, str] = paths_of
        #: The JSON paths of every reference, by the id referred to, in document order.
        self.targets: Mapping[str, Sequence[str]] = {k: tuple(v) for k, v in targets.items()}
        #: ``(path, attribution)`` for every attribution of the document, in document order.
        self.attributions: Sequence[tuple[str, Any]] = tuple(
            (path, node) for path, node in found.nodes if _is_attribution(node)
        )


def _is_attribution(node: Any) -> bool:
    from .models.attribution import Attribution

    return isinstance(node, Attribution)


_INDEXES: dict[int, tuple[weakref.ref[Any], ArticleIndex]] = {}


def index_of(article: Any) -> ArticleIndex:
    """The index of ``article``, built on first use and dropped with the article."""
    key = id(article)
    hit = _INDEXES.get(key)
    if hit is not None and hit[0]() is article:
        return hit[1]
    index = ArticleIndex(article)
    _INDEXES[key] = (weakref.ref(article, _forget(key)), index)
    return index


def _forget(key: int) -> Callable[[weakref.ref[Any]], None]:
    pop = _INDEXES.pop  # bound now: module globals may be gone when a late callback runs

    def forget(_ref: weakref.ref[Any]) -> None:
        pop(key, None)

    return forget

"""Generic traversal of model trees with JSON paths: the document validator and the
article look-up helpers share it, so downstream subclasses are covered without extra code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["collect_ids", "iter_nodes", "iter_refs"]


_PLANS: dict[type, tuple[tuple[str, tuple[str, ...] | None], ...]] = {}


def _plan(cls: type) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """(field name, ref kinds or None) for each wire field of an attrs class, cached."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple(
            (a.name, a.metadata.get("ref")) for a in attrs.fields(cls) if a.name != "extra"
        )
    return plan


def iter_nodes(obj: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Yield ``(path, model)`` for ``obj`` and every model inside it, depth first."""
    stack = [(path, obj)]
    while stack:
        here, node = stack.pop()
        yield here, node
        children = []
        for name, _ref in _plan(type(node)):
            value = getattr(node, name)
            if isinstance(value, tuple):
                for i, item in enumerate(value):
                    if attrs.has(type(item)):
                        children.append((f"{here}.{name}[{i}]", item))
            elif attrs.has(type(value)):
                children.append((f"{here}.{name}", value))
        stack.extend(reversed(children))


def iter_refs(obj: Any, path: str = "$") -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Yield ``(path, target id, allowed kinds)`` for every id reference in the tree."""
    for here, node in iter_nodes(obj, path):
        for name, kinds in _plan(type(node)):
            if kinds is None:
                continue
            value = getattr(node, name)
            if isinstance(value, str):
                yield f"{here}.{name}", value, kinds
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        yield f"{here}.{name}[{i}]", item, kinds


def collect_ids(obj: Any, path: str = "$") -> Iterator[tuple[str, str, Any]]:
    """Yield ``(path of the id field, id, object)`` for every object below ``obj`` that has
    an id (the root itself is not included)."""
    for here, node in iter_nodes(obj, path):
        if here == path:
            continue
        ident = getattr(node, "id", None)
        if isinstance(ident, str) and any(name == "id" for name, _ in _plan(type(node))):
            yield f"{here}.id", ident, node

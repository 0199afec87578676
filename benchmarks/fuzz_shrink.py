"""Minimising a failing input for the fuzz script: delta debugging on the bytes of JSON text,
removal of keys and elements (and replacement of a container by one of its members) for
parsed documents, and Python source for any value, so each reproducer is a short file that
runs on its own."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

Predicate = Callable[[Any], bool]


class Budget:
    """A limit on the tests one minimisation may run, by count and by time."""

    def __init__(self, seconds: float, tests: int) -> None:
        self.deadline = time.monotonic() + seconds
        self.left = tests

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0 and time.monotonic() < self.deadline


def ddmin(data: bytes, fails: Callable[[bytes], bool], budget: Budget) -> bytes:
    """A smaller ``data`` that still ``fails``: Zeller's delta debugging on byte chunks
    (complements only), then single bytes, within ``budget``."""
    chunks = 2
    while len(data) >= 2:
        size = math.ceil(len(data) / chunks)
        reduced = False
        for start in range(0, len(data), size):
            candidate = data[:start] + data[start + size :]
            if not budget.spend():
                return data
            if candidate and fails(candidate):
                data, chunks, reduced = candidate, max(chunks - 1, 2), True
                break
        if not reduced:
            if size == 1:
                break
            chunks = min(len(data), chunks * 2)
    return data


def _children(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def _smaller(value: Any) -> list[Any]:
    """Candidates to replace ``value`` by, simplest first."""
    out: list[Any] = []
    if isinstance(value, dict):
        keys = list(value)
        out += [{k: v for k, v in value.items() if k != key} for key in keys]
        out += _children(value)
    elif isinstance(value, (list, tuple)):
        kind = type(value)
        out += [kind(value[:i] + value[i + 1 :]) for i in range(len(value))]
        out += list(value)
    elif isinstance(value, str) and len(value) > 1:
        out += [value[: len(value) // 2], value[len(value) // 2 :]]
    return out


def shrink_tree(value: Any, fails: Predicate, budget: Budget) -> Any:
    """A smaller ``value`` (a document of dicts, lists and tuples) that still ``fails``:
    each node, from the root down, is replaced by a smaller form (a key or element removed,
    or one of its members) while the failure stays; the parts not on the changed path are
    shared, never copied."""
    progress = True
    while progress:
        progress = False
        # breadth first: (path of keys from the root, node)
        queue: list[tuple[tuple[Any, ...], Any]] = [((), value)]
        seen: set[int] = set()
        while queue and not progress:
            path, node = queue.pop(0)
            if id(node) in seen or len(path) > 60:
                continue
            seen.add(id(node))
            for candidate in _smaller(node):
                if not budget.spend():
                    return value
                whole = _replace(value, path, candidate)
                if fails(whole):
                    value, progress = whole, True
                    break
            if not progress and isinstance(node, dict):
                queue += [((*path, k), v) for k, v in node.items()]
            elif not progress and isinstance(node, (list, tuple)):
                queue += [((*path, i), v) for i, v in enumerate(node)]
    return value


def _replace(root: Any, path: tuple[Any, ...], new: Any) -> Any:
    """``root`` with the node at ``path`` replaced by ``new``; only the containers on the
    path are copied."""
    if not path:
        return new
    key, rest = path[0], path[1:]
    inner = _replace(root[key], rest, new)
    if isinstance(root, dict):
        copy = dict(root)
        copy[key] = inner
        return copy
    items = list(root)
    items[key] = inner
    return type(root)(items) if isinstance(root, tuple) else items


# --- Python source of a value ----------------------------------------------------------------

HELPERS = """\
def nest(levels, inner):
    for _ in range(levels):
        inner = [inner]
    return inner


def nest_dict(levels, key, inner):
    for _ in range(levels):
        inner = {key: inner}
    return inner


LOOP = []
LOOP.append(LOOP)
"""


def py_source(value: Any) -> str:
    """Python source that builds ``value`` (with :data:`HELPERS` in scope): deep chains of
    one-item lists or one-key objects become ``nest(...)`` calls, a list holding itself
    ``LOOP``; huge integers are written in hexadecimal (no 4,300-digit limit)."""
    return _source(value, set(), 0)


def _source(value: Any, parents: set[int], depth: int) -> str:
    if depth > 300:
        return "None  # (deeper than the reproducer writes)"
    kind = type(value)
    if value is None or kind is bool:
        return repr(value)
    if kind is int:
        if value.bit_length() > 3000:
            return f"int({hex(value)!r}, 16)"
        return repr(value)
    if kind is float:
        if math.isnan(value):
            return "float('nan')"
        if math.isinf(value):
            return "float('inf')" if value > 0 else "float('-inf')"
        return repr(value)
    if kind in (str, bytes, bytearray):
        return repr(value)
    if kind in (list, tuple, set, frozenset, dict):
        if id(value) in parents:
            return "LOOP"
        levels, inner = _chain(value)
        if levels > 8:
            if kind is list:
                return f"nest({levels}, {_source(inner, parents, depth + 1)})"
            key = next(iter(value))
            return f"nest_dict({levels}, {key!r}, {_source(inner, parents, depth + 1)})"
        parents = parents | {id(value)}
        if kind is dict:
            items = ", ".join(
                f"{_source(k, parents, depth + 1)}: {_source(v, parents, depth + 1)}"
                for k, v in value.items()
            )
            return "{" + items + "}"
        items = ", ".join(_source(v, parents, depth + 1) for v in value)
        if kind is list:
            return "[" + items + "]"
        if kind is tuple:
            return "(" + items + ("," if len(value) == 1 else "") + ")"
        return f"{kind.__name__}([{items}])"
    return _object_source(value)


def _chain(value: Any) -> tuple[int, Any]:
    """How many one-item lists (or one-key objects with the same key) wrap each other from
    ``value`` down, and what is inside them."""
    levels = 0
    if type(value) is list:
        while type(value) is list and len(value) == 1 and value[0] is not value:
            value, levels = value[0], levels + 1
    elif type(value) is dict and len(value) == 1:
        key = next(iter(value))
        while type(value) is dict and len(value) == 1 and key in value:
            value, levels = value[key], levels + 1
    return levels, value


def _object_source(value: Any) -> str:
    import iraqwithdrawal as iw

    module = type(value).__module__
    name = type(value).__qualname__
    if isinstance(value, iw.Model):
        try:
            wire = iw.to_dict(value)
        except Exception:  # a model that cannot be written: its repr, for people
            return f"None  # {value!r}"
        return (
            f"iw.from_dict({py_source(wire)}, {_model_path(type(value))}, "
            'unknown="keep", validate=False)'
        )
    if module == "fuzz_inputs":  # a subclass of str or int
        base = type(value).__mro__[1]
        return f"type({name!r}, ({base.__name__},), {{}})({py_source(base(value))})"
    if module == "builtins" and name == "object":
        return "object()"
    if module in ("datetime", "decimal"):
        text = repr(value)
        return f"__import__({module!r}).{text.split('.', 1)[1] if module == 'datetime' else text}"
    if name in ("complex",):
        return repr(value)
    import enum

    if isinstance(value, enum.Enum):
        return f"iw.{type(value).__name__}.{value.name}"
    return f"None  # {type(value).__name__}: {value!r}"


def _model_path(cls: type) -> str:
    import iraqwithdrawal as iw

    if getattr(iw, cls.__name__, None) is cls:
        return f"iw.{cls.__name__}"
    return f"__import__({cls.__module__!r}, fromlist=['x']).{cls.__name__}"

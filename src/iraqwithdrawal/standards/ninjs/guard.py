"""The limits a ninjs document meets before anything reads it: the ones ``from_json`` holds
JSON text to. A document built in Python, or parsed by a reader without those limits, could
otherwise reach the schema check or the model with values no JSON backend writes back.

Nothing here recurses: a document nested a million levels deep is refused, not a crash."""

from __future__ import annotations

import math
from typing import Any

from ..._json import MAX_JSON_DEPTH
from ..._kept import INT_RANGE, MAX_KEPT_DEPTH, SURROGATE
from ...errors import Problem, ValidationError, child_path

__all__ = ["KEPT_DEPTH", "check_limits"]

#: How deep a document may nest when what has no typed field is kept. A top-level property
#: is kept inside ``article.extra`` (``extra["ninjs"]["kept"][name]``), where a kept value
#: may nest at most :data:`MAX_KEPT_DEPTH` levels; the JSON writer counts ``extra`` itself as
#: one level more than the constructor does, so the document keeps two levels in hand and
#: whatever is imported can be written.
KEPT_DEPTH = MAX_KEPT_DEPTH - 2
#: At most this many problems are collected; a badly broken document is not walked to the end.
_MAX_PROBLEMS = 100


_Node = tuple[Any, int, Any, Any]


def _path(node: _Node) -> str:
    """The path of a node, from the keys and indexes up to the document. A lone surrogate
    in a key is written as its escape: the path itself must be printable."""
    parts = []
    while node[2] is not None:
        parts.append(node[3])
        node = node[2]
    path = "$"
    for part in reversed(parts):
        if isinstance(part, int):
            path = f"{path}[{part}]"
        else:
            path = child_path(path, SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", part))
    return path


def check_limits(document: Any, *, keep: bool) -> None:
    """Raise :class:`~iraqwithdrawal.ValidationError` naming, by path, every value that is
    not plain JSON both backends write back: a key that is not text, a value of another
    type, a lone surrogate, an integer beyond 64 bits, a number that is not finite, or
    nesting deeper than ``from_json`` reads (512 levels; 62 when ``keep``, so that every
    property can be kept in the article)."""
    limit = KEPT_DEPTH if keep else MAX_JSON_DEPTH
    problems: list[Problem] = []

    def refuse(code: str, node: _Node, message: str) -> None:
        problems.append(Problem(code=code, path=_path(node), message=message))

    # Each node is (value, depth, its container's node, its key or index); paths are only
    # spelled out for the values refused.
    stack: list[_Node] = [(document, 1, None, None)]
    pop, push = stack.pop, stack.append
    while stack and len(problems) < _MAX_PROBLEMS:
        node = pop()
        value = node[0]
        kind = type(value)
        if kind is str:
            if SURROGATE.search(value) is not None:
                refuse("lone_surrogate", node, "text with a lone surrogate (no UTF-8 for it)")
        elif value is None or kind is bool:
            continue
        elif kind is dict or kind is list or isinstance(value, (dict, list)):
            depth = node[1]
            if depth > limit:
                refuse(
                    "too_deep",
                    node,
                    f"nested more than {limit} levels"
                    + (" (the most an article can keep; keep=False reads deeper)" if keep else ""),
                )
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    push((item, depth + 1, node, index))
            else:
                for key, item in value.items():
                    if not isinstance(key, str):
                        refuse("wrong_type", node, f"a key that is not text ({type(key).__name__})")
                        continue
                    if SURROGATE.search(key) is not None:
                        refuse(
                            "lone_surrogate",
                            (item, depth + 1, node, key),
                            "a key with a lone surrogate",
                        )
                    push((item, depth + 1, node, key))
        elif isinstance(value, str):
            if SURROGATE.search(value) is not None:
                refuse("lone_surrogate", node, "text with a lone surrogate (no UTF-8 for it)")
        elif isinstance(value, int):
            if not INT_RANGE[0] <= value <= INT_RANGE[1]:
                refuse("number_range", node, "an integer beyond 64 bits")
        elif isinstance(value, float):
            if not math.isfinite(value):
                refuse("not_finite", node, "a number that is not finite")
        else:
            refuse("wrong_type", node, f"{type(value).__name__} is not a JSON value")
    if problems:
        problems.sort(key=lambda p: p.path)
        raise ValidationError(problems)

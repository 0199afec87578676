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

#: How deep a document may nest when what has no typed field is kept: a top-level property
#: is kept two levels inside ``article.extra`` (``extra["ninjs"]["kept"][name]``), and a
#: kept value may nest at most :data:`MAX_KEPT_DEPTH` levels there.
KEPT_DEPTH = MAX_KEPT_DEPTH - 1
#: At most this many problems are collected; a badly broken document is not walked to the end.
_MAX_PROBLEMS = 100


def _key_path(path: str, key: str) -> str:
    # A lone surrogate in a key is written as its escape: the path itself must be printable.
    return child_path(path, SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", key))


def check_limits(document: Any, *, keep: bool) -> None:
    """Raise :class:`~iraqwithdrawal.ValidationError` naming, by path, every value that is
    not plain JSON both backends write back: a key that is not text, a value of another
    type, a lone surrogate, an integer beyond 64 bits, a number that is not finite, or
    nesting deeper than ``from_json`` reads (512 levels; 63 when ``keep``, so that every
    property can be kept in the article)."""
    limit = KEPT_DEPTH if keep else MAX_JSON_DEPTH
    problems: list[Problem] = []

    def refuse(code: str, path: str, message: str) -> None:
        problems.append(Problem(code=code, path=path, message=message))

    stack: list[tuple[Any, str, int]] = [(document, "$", 1)]
    while stack and len(problems) < _MAX_PROBLEMS:
        value, path, depth = stack.pop()
        kind = type(value)
        if value is None or kind is bool:
            continue
        if isinstance(value, str):
            if SURROGATE.search(value) is not None:
                refuse("lone_surrogate", path, "text with a lone surrogate (no UTF-8 for it)")
        elif isinstance(value, int):
            if not INT_RANGE[0] <= value <= INT_RANGE[1]:
                refuse("number_range", path, "an integer beyond 64 bits")
        elif isinstance(value, float):
            if not math.isfinite(value):
                refuse("not_finite", path, "a number that is not finite")
        elif isinstance(value, (dict, list)):
            if depth > limit:
                refuse(
                    "too_deep",
                    path,
                    f"nested more than {limit} levels"
                    + (" (the most an article can keep; keep=False reads deeper)" if keep else ""),
                )
                continue
            if isinstance(value, list):
                stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
                continue
            for key, item in value.items():
                if not isinstance(key, str):
                    refuse("wrong_type", path, f"a key that is not text ({type(key).__name__})")
                    continue
                inner = _key_path(path, key)
                if SURROGATE.search(key) is not None:
                    refuse("lone_surrogate", inner, "a key with a lone surrogate")
                stack.append((item, inner, depth + 1))
        else:
            refuse("wrong_type", path, f"{type(value).__name__} is not a JSON value")
    if problems:
        problems.sort(key=lambda p: p.path)
        raise ValidationError(problems)

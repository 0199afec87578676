"""The limits a ninjs document meets before anything reads it: the ones ``from_json`` holds
JSON text to. A document built in Python, or parsed by a reader without those limits, could
otherwise reach the schema check or the model with values no JSON backend writes back.

Nothing here recurses: a document nested a million levels deep is refused, not a crash."""

from __future__ import annotations

from typing import Any

from ..._json import MAX_JSON_DEPTH
from ..._kept import MAX_KEPT_DEPTH, json_violations, node_path
from ...errors import Problem, ValidationError

__all__ = ["KEPT_DEPTH", "check_limits"]

#: How deep a document may nest when what has no typed field is kept. A top-level property
#: is kept inside ``article.extra`` (``extra["ninjs"]["kept"][name]``), where a kept value
#: may nest at most :data:`MAX_KEPT_DEPTH` levels; the JSON writer counts ``extra`` itself as
#: one level more than the constructor does, so the document keeps two levels in hand and
#: whatever is imported can be written.
KEPT_DEPTH = MAX_KEPT_DEPTH - 2
#: At most this many problems are collected; a badly broken document is not walked to the end.
_MAX_PROBLEMS = 100


def check_limits(document: Any, *, keep: bool) -> None:
    """Raise :class:`~iraqwithdrawal.ValidationError` naming, by path, every value that is
    not plain JSON both backends write back: a key that is not text, a value of another
    type, a lone surrogate, an integer beyond 64 bits, a number that is not finite, or
    nesting deeper than ``from_json`` reads (512 levels; 62 when ``keep``, so that every
    property can be kept in the article). The walk is the library's one walk of the JSON
    limits (``json_violations``)."""
    limit = KEPT_DEPTH if keep else MAX_JSON_DEPTH
    problems: list[Problem] = []
    for code, node, key, what in json_violations(document, limit):
        if code == "too_deep":
            what = f"nested more than {limit} levels" + (
                " (the most an article can keep; keep=False reads deeper)" if keep else ""
            )
        elif code == "wrong_type" and key is not None:
            what = f"{what} ({type(key).__name__})"
            key = None  # a key that is not text is reported at its object
        elif code == "lone_surrogate":
            what += "" if key is not None else " (no UTF-8 for it)"
        problems.append(Problem(code=code, path=node_path(node, key, printable=True), message=what))
        if len(problems) >= _MAX_PROBLEMS:
            break
    if problems:
        problems.sort(key=lambda p: p.path)
        raise ValidationError(problems)

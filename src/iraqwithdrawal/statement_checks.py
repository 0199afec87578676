"""Document rules for statements about other objects: a correction's path must resolve in
the article (and its ``now`` should agree with the value there), and replies between quotes
must not loop. :mod:`iraqwithdrawal.validation` runs them with its own rules."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any

from ._walk import index_of
from .description import describe
from .errors import Problem, Severity
from .models.article import Article

__all__ = ["check_corrections", "check_replies", "resolve_path"]

_STEP = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


class _Missing(enum.Enum):
    MISSING = "missing"


MISSING = _Missing.MISSING


def resolve_path(root: Any, path: str) -> Any:
    """The value at ``path`` (wire field names and ``[index]`` steps, such as
    ``quantities[0].amount.value``; a leading ``$`` is the root itself) under the model
    ``root``, or :data:`MISSING` when a step names no field or index there."""
    rest = path[1:] if path.startswith("$") else path
    node = root
    pos = 0
    while pos < len(rest):
        step = _STEP.match(rest, pos)
        if step is None or (pos > 0 and step.group(1) and not rest[pos] == "."):
            return MISSING
        pos = step.end()
        name, index = step.group(1), step.group(2)
        if name is not None:
            try:
                fields = describe(type(node)).fields
            except TypeError:
                return MISSING
            found = next((f for f in fields if f.wire_name == name), None)
            if found is None:
                return MISSING
            node = getattr(node, found.name)
        else:
            if not isinstance(node, tuple) or int(index) >= len(node):
                return MISSING
            node = node[int(index)]
    return node


def _as_text(value: Any) -> str | None:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, str)):
        return str(value)
    return None


def _same(written: str, value: Any) -> bool:
    """Whether ``written`` (a correction's ``now``) says ``value``: the same text, or the
    same number."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(written.replace(",", "").replace(" ", "")) == float(value)
        except ValueError:
            return False
    return written == _as_text(value)


def check_corrections(article: Article) -> Iterable[Problem]:
    """``correction_path``: a correction's ``field`` names nothing in its target (or, from
    ``$``, in the article); ``correction_now_differs`` (a warning): the value there is not
    the corrected one the correction gives in ``now``."""
    for i, correction in enumerate(article.corrections):
        if correction.field is None:
            continue
        path = f"$.corrections[{i}].field"
        if correction.field.startswith("$"):
            root: Any = article
        elif correction.target is None:
            yield Problem(
                code="correction_path",
                path=path,
                value=correction.field,
                message="a path relative to the corrected object needs a 'target' "
                "(or start it at the article's root, '$')",
            )
            continue
        else:
            # The index is built (once, cached per article) only for a correction that
            # needs it: a valid document without one pays no walk here.
            root = index_of(article).by_id.get(correction.target)
            if root is None:
                continue  # the reference rule reports it
        value = resolve_path(root, correction.field)
        if value is MISSING:
            where = "the article" if root is article else repr(correction.target)
            yield Problem(
                code="correction_path",
                path=path,
                value=correction.field,
                message=f"{correction.field!r} does not resolve in {where}",
            )
        elif correction.now is not None and _as_text(value) is not None:
            if not _same(correction.now, value):
                yield Problem(
                    code="correction_now_differs",
                    path=f"$.corrections[{i}].now",
                    value=correction.now,
                    severity=Severity.WARNING,
                    message=f"the corrected value is {correction.now!r}, but "
                    f"{correction.field!r} holds {value!r}",
                )


def check_replies(article: Article) -> Iterable[Problem]:
    """``reply_cycle``: following ``in_reply_to`` from a quote comes back to it (a quote
    replying to itself included). Each cycle is reported once, at its first quote."""
    position = {q.id: i for i, q in enumerate(article.quotes)}
    reported: set[str] = set()
    for i, quote in enumerate(article.quotes):
        trail = [quote.id]
        current = quote.in_reply_to
        while current is not None and current in position and current not in trail:
            trail.append(current)
            current = article.quotes[position[current]].in_reply_to
        if current != quote.id or quote.id in reported:
            continue
        reported.update(trail)
        yield Problem(
            code="reply_cycle",
            path=f"$.quotes[{i}].in_reply_to",
            value=quote.in_reply_to,
            message=f"quotes reply to each other in a loop: {' -> '.join([*trail, quote.id])}",
        )

"""The rule for values kept as they are (unknown fields of a lenient load): plain JSON that
both JSON backends write back unchanged, copied so that nothing outside the model can
change it afterwards."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .errors import RuleError

__all__ = [
    "INT_RANGE",
    "MAX_KEPT_DEPTH",
    "KeptFields",
    "Node",
    "json_violations",
    "kept_copy",
    "kept_fields",
    "lone_surrogate",
    "node_path",
]

#: Integers both backends read and write exactly (orjson's range: signed and unsigned 64-bit).
INT_RANGE = (-(2**63), 2**64 - 1)
#: How deep a kept value may nest: far more than any real document needs, and well inside
#: what every backend writes (orjson refuses to write past 255 levels).
MAX_KEPT_DEPTH = 64

#: A lone surrogate: the one pattern the loaders, the text rule and the JSON reader share.
SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (no UTF-8 encoding exists for it)."""
    # An ASCII text holds none, and CPython knows a text is ASCII without reading it: the
    # search, about 5 ns a character, is left to the others. ``str.isascii`` itself, so that
    # a subclass cannot answer for its text.
    return not str.isascii(text) and SURROGATE.search(text) is not None


def _refuse(code: str, where: str, message: str, value: Any = None) -> RuleError:
    return RuleError(code, f"{where}: {message}", value)


#: A value met by :func:`json_violations`: (value, depth, its container's node, its key or
#: index in that container); the root's container is ``None``.
Node = tuple[Any, int, Any, Any]


def json_violations(
    value: Any, limit: int, *, others: bool = True, exact: bool = False
) -> Iterator[tuple[str, Node, Any, str]]:
    """Every place where ``value`` is not plain JSON that both backends write back as it is,
    as ``(code, node, key, what)``: ``key`` is the offending key of a mapping (``None`` when
    the node's value itself is at fault), ``what`` a few words on the fault.

    The one walk of the JSON limits, read by ``from_dict`` (which reports them in the order
    reading text does), the kept fields (which refuse the first) and the ninjs import
    (which collects them). Codes: ``lone_surrogate``, ``number_range``, ``not_finite``,
    ``wrong_type`` (a key that is not text; with ``others``, a value of another type) and
    ``too_deep`` (a mapping or array at depth ``limit`` or more, the root being at 0; it
    is not walked into). Nothing recurses, and nothing deeper than the limit is visited, so
    a nested or self-containing value ends the walk quickly.

    With ``exact`` (``from_dict``'s input), a value counts as JSON text, a number, an array or
    an object only if its type is exactly ``str``, ``int``, ``float``, ``list`` (or
    ``tuple``) or ``dict``, and a key only if exactly ``str``: a subclass of one, another
    mapping, or an object whose ``__class__`` claims one is ``wrong_type`` and not walked
    into, since the loaders' type tests do not all judge such objects alike."""
    stack: list[Node] = [(value, 0, None, None)]
    pop, push = stack.pop, stack.append
    low, high = INT_RANGE
    while stack:
        node = pop()
        item = node[0]
        kind = type(item)
        if exact and kind not in _EXACT and isinstance(item, _LOOK_ALIKE):
            yield "wrong_type", node, None, _not_exactly(kind, item)
            continue
        if kind is str or isinstance(item, str):
            if lone_surrogate(item):
                yield "lone_surrogate", node, None, "text with a lone surrogate"
        elif item is None or kind is bool:
            continue
        elif kind is int or (isinstance(item, int) and not isinstance(item, bool)):
            if not low <= item <= high:
                yield "number_range", node, None, "an integer beyond 64 bits"
        elif kind is float or isinstance(item, float):
            if not math.isfinite(item):
                yield "not_finite", node, None, "a number that is not finite"
        elif isinstance(item, (Mapping, list, tuple)):
            depth = node[1]
            if depth >= limit:
                yield "too_deep", node, None, f"nested more than {limit} levels"
                continue
            if isinstance(item, Mapping):
                for key, inner in item.items():
                    if (type(key) is not str) if exact else not isinstance(key, str):
                        yield "wrong_type", node, key, "a key that is not text"
                        continue
                    if lone_surrogate(key):
                        yield "lone_surrogate", node, key, "a key with a lone surrogate"
                    push((inner, depth + 1, node, key))
            else:
                for index, inner in enumerate(item):
                    push((inner, depth + 1, node, index))
        elif others:
            yield "wrong_type", node, None, f"{kind.__name__} is not a JSON value"


#: The exact types of parsed JSON values, and the classes a look-alike of one passes for
#: (``isinstance`` consults ``__class__``, so an object claiming ``str`` is one here).
_EXACT = frozenset({str, int, float, bool, type(None), list, tuple, dict})
_LOOK_ALIKE = (str, int, float, list, tuple, Mapping)


def _not_exactly(kind: type, item: Any) -> str:
    claimed = next(c for c in _LOOK_ALIKE if isinstance(item, c))
    return f"{kind.__name__} only passes for {claimed.__name__}: not exactly a JSON value"


def node_path(node: Node, key: Any = None, *, printable: bool = False) -> str:
    """The JSON path of ``node`` (of its ``key``, when given), from the keys and indexes up
    to the root ``$``. With ``printable`` a lone surrogate in a key is written as its
    escape."""
    from .errors import child_path

    parts = [] if key is None else [key]
    while node[2] is not None:
        parts.append(node[3])
        node = node[2]
    path = "$"
    for part in reversed(parts):
        if isinstance(part, int):
            path = f"{path}[{part}]"
        else:
            if printable:
                part = SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", part)
            path = child_path(path, part)
    return path


def kept_copy(value: Any, where: str = "the kept value") -> Any:
    """A copy of ``value`` made of new dicts and lists, after checking that it is plain JSON
    that both backends write back as it is: objects with text keys, arrays, text without
    lone surrogates, integers in :data:`INT_RANGE`, finite numbers, booleans and null, with
    no object or array nested more than :data:`MAX_KEPT_DEPTH` levels inside it. Raises
    :class:`RuleError` naming what broke."""
    for code, node, key, what in json_violations(value, MAX_KEPT_DEPTH + 1):
        if code == "too_deep":
            what = f"nested more than {MAX_KEPT_DEPTH} levels"
        elif code == "wrong_type" and key is not None:
            what = f"{what} ({key!r})"
        raise _refuse(code, where, what, key if key is not None else node[0])
    return _plain_copy(value)


def _plain_copy(value: Any) -> Any:
    """A copy of a value already checked by :func:`kept_copy` (no checks again): mappings
    become dicts and tuples lists."""
    if isinstance(value, Mapping):
        return {k: _plain_copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_copy(v) for v in value]
    return value


class KeptFields(Mapping[str, Any]):
    """The unknown wire fields a model keeps: read-only, and every read gives a copy, so
    nothing outside the model can change what it writes back (its hash cannot go stale).
    Build one with :func:`kept_fields`."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        return _plain_copy(self._data[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        return (KeptFields, (self._data,))


def kept_fields(values: Mapping[str, Any]) -> KeptFields:
    """Unknown wire fields checked and copied (see :func:`kept_copy`), keys included: each
    key is text without a lone surrogate. Raises :class:`RuleError` naming the field."""
    if isinstance(values, KeptFields):
        return values
    out: dict[str, Any] = {}
    for key, value in values.items():
        if not isinstance(key, str):
            raise _refuse("wrong_type", "the kept fields", f"a key that is not text ({key!r:.40})")
        if lone_surrogate(key):
            raise _refuse("lone_surrogate", "the kept fields", "a key with a lone surrogate", key)
        out[key] = kept_copy(value, f"the kept field {key!r:.60}")
    return KeptFields(out)

"""JSON text in and out: orjson when installed (the ``fast`` extra), else the stdlib. Both
give the same JSON value; compact output has no spaces, pretty output indents by two."""

from __future__ import annotations

import json
import re
from typing import Any

try:  # pragma: no cover - depends on the environment
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]

__all__ = ["BACKEND", "JSONRefused", "duplicate_keys", "dump_line", "dumps", "loads"]

from ._kept import SURROGATE as _SURROGATE

BACKEND = "orjson" if _orjson is not None else "json"


class JSONRefused(ValueError):
    """Well-formed JSON that this library refuses on every backend, with a problem code:
    ``lone_surrogate``, ``number_range`` (an integer beyond 64 bits) or ``too_deep``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# Cheap searches that find nothing in ordinary documents; a hit sends the document to the
# exact (slower) check.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONG_INTEGER = re.compile(r"[0-9]{20,}|-[0-9]{19,}")
_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (numbers must be finite)")


def _exact_int(digits: str) -> int:
    value = int(digits)
    if not _INT_MIN <= value <= _INT_MAX:
        raise JSONRefused(
            "number_range",
            f"the integer {digits[:30]}... is beyond 64 bits"
            if len(digits) > 30
            else f"the integer {digits} is beyond 64 bits",
        )
    return value


def _lone(value: Any) -> bool:
    """Whether any text or key in a parsed value holds a lone surrogate (walked without
    recursion: the value may nest as deeply as the parser allows)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item) is not None:
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _stdlib(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_int=_exact_int)
    except RecursionError:
        raise JSONRefused("too_deep", "nested too deeply to read") from None


def loads(data: str | bytes | bytearray | memoryview, *, backend: str | None = None) -> Any:
    """Parse JSON text. Both backends accept and refuse the same documents: malformed text,
    ``NaN`` and ``Infinity`` raise ``ValueError``; a lone surrogate, an integer beyond 64
    bits, or nesting deeper than the parsers go raise :class:`JSONRefused` (a ValueError
    with a ``code``)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        text = raw.decode("utf-8")  # UnicodeDecodeError (a ValueError) for bad UTF-8
    else:
        raw, text = None, data
    if raw is None and _SURROGATE.search(text):
        raise JSONRefused("lone_surrogate", "text with a lone surrogate (no UTF-8 for it)")
    if _SURROGATE_ESCAPE.search(text):
        value = _stdlib(text)  # the exact reading decides: an escaped backslash is no escape
        if _lone(value):
            raise JSONRefused("lone_surrogate", "a \\u escape of a lone surrogate")
        return value
    if _LONG_INTEGER.search(text):
        return _stdlib(text)  # exact integers, and a clear refusal beyond 64 bits
    if (backend or BACKEND) == "orjson" and _orjson is not None:
        try:
            return _orjson.loads(raw if raw is not None else text)
        except _orjson.JSONDecodeError as exc:
            if "recursion" in str(exc).lower() or "depth" in str(exc).lower():
                raise JSONRefused("too_deep", "nested too deeply to read") from None
            raise
    return _stdlib(text)


def dumps(value: Any, *, pretty: bool = False, backend: str | None = None) -> str:
    """Write JSON text (UTF-8 characters kept as they are, not escaped)."""
    if (backend or BACKEND) == "orjson" and _orjson is not None:
        option = _orjson.OPT_INDENT_2 if pretty else 0
        return _orjson.dumps(value, option=option).decode("utf-8")
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dump_line(value: Any, *, backend: str | None = None) -> bytes:
    """Compact UTF-8 JSON of ``value`` followed by a newline: one line of JSON Lines."""
    if (backend or BACKEND) == "orjson" and _orjson is not None:
        return _orjson.dumps(value, option=_orjson.OPT_APPEND_NEWLINE)
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


#: How deep a JSON document may nest, on every backend (parsers stop between about 1,000
#: levels for the standard library and 1,024 for recent orjson; older orjson has no limit).
MAX_JSON_DEPTH = 512


def _shape(value: Any) -> tuple[int, int]:
    """The number of keys in all objects of ``value``, and how deep it nests."""
    if type(value) is not dict and type(value) is not list:
        return 0, 0
    count, deepest = 0, 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, depth = pop()
        if depth > deepest:
            deepest = depth
        if type(item) is dict:
            count += len(item)
            item = item.values()
        for inner in item:
            kind = type(inner)
            if kind is dict or kind is list:
                push((inner, depth + 1))
    return count, deepest


class _Pairs(dict):  # type: ignore[type-arg]
    """An object as the standard library builds it, remembering keys it saw twice."""

    repeated: tuple[str, ...] = ()


def _remember_repeats(pairs: list[tuple[str, Any]]) -> _Pairs:
    out = _Pairs(pairs)
    if len(out) < len(pairs):
        seen: set[str] = set()
        out.repeated = tuple(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return out


def duplicate_keys(data: str | bytes | bytearray | memoryview, parsed: Any) -> list[str]:
    """The paths of the keys that ``data`` (the text ``parsed`` came from) gives twice in one
    object (both backends keep the last one). Cheap when there are none: the keys in the
    text are counted (``":``) against the keys parsed, and only a difference sends the text
    to an exact, slower reading. Raises :class:`JSONRefused` (``too_deep``) when ``parsed``
    nests deeper than :data:`MAX_JSON_DEPTH`, the same limit on every backend."""
    from .errors import child_path

    keys, depth = _shape(parsed)
    if depth > MAX_JSON_DEPTH:
        raise JSONRefused("too_deep", f"nested more than {MAX_JSON_DEPTH} levels")
    text = bytes(data).decode("utf-8") if not isinstance(data, str) else data
    if text.count('":') - text.count('\\":') == keys:
        return []
    try:
        exact = json.loads(text, object_pairs_hook=_remember_repeats)
    except RecursionError:  # deeper than the standard library reads: cannot say where
        return []
    found: list[str] = []
    stack: list[tuple[str, Any]] = [("$", exact)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, dict):
            found += [child_path(path, key) for key in getattr(item, "repeated", ())]
            stack += [(child_path(path, k), v) for k, v in item.items()]
        elif isinstance(item, list):
            stack += [(f"{path}[{i}]", v) for i, v in enumerate(item)]
    return sorted(set(found))

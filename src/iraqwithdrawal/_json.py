"""JSON text in and out: orjson when installed (the ``fast`` extra), else the stdlib. Both
give the same JSON value; compact output has no spaces, pretty output indents by two.

Reading checks every document the same way on both backends, in one walk of the parsed
value: nesting depth, integers beyond 64 bits, lone surrogates, non-finite numbers, and keys
given twice in one object (counted exactly from the text's quotes; see :func:`read`).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

try:  # pragma: no cover - depends on the environment
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]

__all__ = [
    "BACKEND",
    "MAX_JSON_DEPTH",
    "JSONRefused",
    "duplicate_keys",
    "dump_line",
    "dumps",
    "check_value",
    "loads",
    "read",
]

from . import accel as _accel
from ._kept import json_violations, lone_surrogate, node_path

BACKEND = "orjson" if _orjson is not None else "json"

#: How deep a JSON document may nest, on every backend (parsers stop between about 1,000
#: levels for the standard library and 1,024 for recent orjson; older orjson has no limit).
MAX_JSON_DEPTH = 512


class JSONRefused(ValueError):
    """Well-formed JSON that this library refuses on every backend, with a problem code:
    ``lone_surrogate``, ``number_range`` (an integer beyond 64 bits, or a number beyond the
    range of a double) or ``too_deep``."""

    def __init__(self, code: str, message: str, path: str = "$") -> None:
        super().__init__(message)
        self.code = code
        self.path = path


# A \u escape of a surrogate; only looked for when the text holds a "\u" at all.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1
# orjson reads an integer beyond 64 bits as a float; any float this large may have been one,
# so the document is read again exactly.
_BIG = float(2**63)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (numbers must be finite)")


def _exact_int(digits: str) -> int:
    if len(digits) > 21:  # longer than any 64-bit integer: no need to convert it
        raise JSONRefused("number_range", f"the integer {digits[:30]}... is beyond 64 bits")
    value = int(digits)
    if not _INT_MIN <= value <= _INT_MAX:
        raise JSONRefused("number_range", f"the integer {digits} is beyond 64 bits")
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        shown = text if len(text) <= 30 else text[:30] + "..."
        raise JSONRefused("number_range", f"the number {shown} is beyond the range of a double")
    return value


def _stdlib(text: str) -> Any:
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, parse_int=_exact_int, parse_float=_finite_float
        )
    except RecursionError:
        raise JSONRefused("too_deep", "nested too deeply to read") from None


def _utf8(data: str | bytes | bytearray | memoryview) -> bytes:
    if isinstance(data, str):
        try:
            return data.encode("utf-8")
        except UnicodeEncodeError:
            raise JSONRefused(
                "lone_surrogate", "text with a lone surrogate (no UTF-8 for it)"
            ) from None
    return bytes(data)


def _survey(value: Any) -> tuple[int, int, int, bool]:
    """One walk of a parsed value, without recursion: the number of keys, of text values
    (not keys), the depth, and whether a float is large enough to have been an integer
    beyond 64 bits."""
    kind = type(value)
    if kind is not dict and kind is not list:
        return 0, int(kind is str), 0, kind is float and not -_BIG < value < _BIG
    keys = texts = deepest = 0
    big = False
    stack: list[tuple[Any, int]] = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, depth = pop()
        if depth > deepest:
            deepest = depth
        if type(item) is dict:
            keys += len(item)
            item = item.values()
        for inner in item:
            kind = type(inner)
            if kind is str:
                texts += 1
            elif kind is dict or kind is list:
                push((inner, depth + 1))
            elif kind is float and not -_BIG < inner < _BIG:
                big = True
    return keys, texts, deepest, big


def _lone(value: Any) -> bool:
    """Whether any text or key in a parsed value holds a lone surrogate (walked without
    recursion: the value may nest as deeply as the parser allows)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if lone_surrogate(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def read(
    data: str | bytes | bytearray | memoryview, *, backend: str | None = None
) -> tuple[Any, list[str]]:
    """Parse JSON text and check it: the value, and the JSON paths of keys given twice in
    one object (both backends keep the last value).

    Malformed text (and ``NaN``, ``Infinity``) raises ``ValueError``; a lone surrogate, an
    integer beyond 64 bits, a number beyond a double or nesting deeper than
    :data:`MAX_JSON_DEPTH` raise :class:`JSONRefused`. Where orjson refuses a document, the
    standard library reads it again and its verdict stands, so both backends refuse the same
    documents with the same codes.

    Repeated keys are found without a second parse: in valid JSON every quote that is not
    escaped opens or closes a string, so the strings of the text, less the text values
    parsed, are its keys; only a difference from the keys parsed (or an escaped backslash,
    which makes ``\\"`` ambiguous) sends the text to an exact reading.
    """
    raw = _utf8(data)
    scan = _accel.scan
    if scan is not None and scan(raw):
        # The compiled byte scan found nothing the checks below look for (see
        # iraqwithdrawal.accel.scan): the parser's verdict alone decides, as it would there.
        if (backend or BACKEND) != "orjson" or _orjson is None:
            return _stdlib(raw.decode("utf-8")), []
        try:
            return _orjson.loads(raw), []
        except _orjson.JSONDecodeError:
            pass  # the path below words the refusal
    if (backend or BACKEND) == "orjson" and _orjson is not None:
        try:
            value = _orjson.loads(raw)
        except _orjson.JSONDecodeError:
            pass  # the standard library says why, the same on both backends
        else:
            if _LONG_RUN in raw.translate(_DIGITS):
                # An integer orjson may have rounded (or one a repeated key hid): the
                # standard library reads it exactly, in the order the stdlib path does.
                return _checked(raw, _stdlib(raw.decode("utf-8")), by_orjson=False)
            quick = _orjson_checks(raw, value)
            if quick is not None:
                return value, quick
            return _checked(raw, value, by_orjson=True)
    value = _stdlib(raw.decode("utf-8"))  # UnicodeDecodeError (a ValueError) for bad UTF-8
    if b"\\u" in raw and _SURROGATE_ESCAPE.search(raw) and _lone(value):
        raise JSONRefused("lone_surrogate", "a \\u escape of a lone surrogate")
    return _checked(raw, value, by_orjson=False)


#: Every ASCII digit made "0", the other bytes kept: a run of 19 zeros then marks a run of
#: 19 digits, the shortest integer orjson may have read beyond 64 bits.
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


def _orjson_checks(raw: bytes, value: Any) -> list[str] | None:
    """The checks of :func:`read` for a value orjson parsed from a text with no long digit
    run, done in C where it can be: ``[]`` when it has no repeated key and is not deep; ``None``
    when the exact walk must decide. orjson writes the value back with every string it
    kept; a repeated key it dropped leaves fewer strings (quotes not escaped) than the
    text has. orjson's writer refuses more than 254 levels, which is within the limit."""
    try:
        again = _orjson.dumps(value)
    except _orjson.JSONEncodeError:  # deeper than orjson writes: the walk measures it
        return None
    escaped_raw, escaped_again = _escaped_quotes(raw), _escaped_quotes(again)
    if escaped_raw is None or escaped_again is None:
        return None  # an escaped backslash makes \" ambiguous
    if raw.count(b'"') - escaped_raw != again.count(b'"') - escaped_again:
        return None
    return []


def _escaped_quotes(text: bytes) -> int | None:
    """How many times ``\\"`` occurs in JSON ``text``, or ``None`` when ``\\\\`` does (an
    escaped backslash makes a following quote ambiguous). In valid JSON a backslash always
    starts a two-character escape, so the escapes are visited one ``find`` at a time; past
    a few dozen, two counts in C do it (the same answer, without a long Python loop)."""
    find = text.find
    quotes = 0
    at = find(b"\\")
    for _ in range(64):
        if at < 0:
            return quotes
        follower = text[at + 1 : at + 2]
        if follower == b'"':
            quotes += 1
        elif follower == b"\\":
            return None
        at = find(b"\\", at + 2)
    if b"\\\\" in text:
        return None
    return text.count(b'\\"')


def _checked(raw: bytes, value: Any, *, by_orjson: bool) -> tuple[Any, list[str]]:
    """The exact checks: one walk for depth, keys, text values and rounded integers."""
    keys, texts, depth, big = _survey(value)
    if big and by_orjson:
        # Exact integers, or the standard library's refusal: read first, as the standard
        # library path does, so a text breaking two rules gets the same code on both.
        value = _stdlib(raw.decode("utf-8"))
    if depth > MAX_JSON_DEPTH:
        raise JSONRefused("too_deep", f"nested more than {MAX_JSON_DEPTH} levels")
    if b"\\\\" not in raw:
        quotes = raw.count(b'"') - raw.count(b'\\"')
        if quotes == 2 * (keys + texts):
            return value, []
    return value, _repeated(raw.decode("utf-8"))


def check_value(value: Any) -> None:
    """Check a value given as parsed JSON (``from_dict``'s input) by the rules that reading
    JSON text applies: nesting at most :data:`MAX_JSON_DEPTH`, integers within 64 bits,
    finite numbers, text keys, text and keys without lone surrogates. Raises
    :class:`JSONRefused` whose ``path`` names the first value that breaks one, in the order
    reading text finds them: a number or a key first, then a lone surrogate, then the depth
    (nothing deeper than the limit is walked). A value that only passes for a JSON type (a
    ``str`` subclass, a mapping other than ``dict``, an object whose ``__class__`` claims a
    built-in) is ``wrong_type`` here, so every loading path sees exact types. Values of
    other types are left to the loaders, which name them."""
    lone: str | None = None
    deep: str | None = None
    for code, node, _key, what in json_violations(value, MAX_JSON_DEPTH, others=False, exact=True):
        if code == "lone_surrogate":
            lone = lone or node_path(node)
        elif code == "too_deep":
            deep = deep or node_path(node)
        else:
            raise JSONRefused(code, what, node_path(node))
    if lone is not None:
        raise JSONRefused("lone_surrogate", "text or a key with a lone surrogate", lone)
    if deep is not None:
        raise JSONRefused("too_deep", f"nested more than {MAX_JSON_DEPTH} levels", deep)


def loads(data: str | bytes | bytearray | memoryview, *, backend: str | None = None) -> Any:
    """Parse JSON text with the checks of :func:`read`; keys given twice are not reported
    (the last value stands)."""
    return read(data, backend=backend)[0]


class _Pairs(dict):  # type: ignore[type-arg]
    """An object as the standard library builds it, remembering keys it saw twice."""

    repeated: tuple[str, ...] = ()


def _remember_repeats(pairs: list[tuple[str, Any]]) -> _Pairs:
    out = _Pairs(pairs)
    if len(out) < len(pairs):
        seen: set[str] = set()
        out.repeated = tuple(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return out


def _repeated(text: str) -> list[str]:
    from .errors import child_path

    try:
        exact = json.loads(
            text,
            object_pairs_hook=_remember_repeats,
            parse_int=_exact_int,
            parse_constant=_refuse_constant,
        )
    except RecursionError:  # pragma: no cover - the depth was checked before
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


def duplicate_keys(data: str | bytes | bytearray | memoryview, parsed: Any = None) -> list[str]:
    """The paths of the keys that ``data`` gives twice in one object (``parsed`` is ignored,
    kept for callers of earlier versions; :func:`read` gives both at once)."""
    return read(data)[1]


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

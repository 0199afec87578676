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
    "kept_copy",
    "kept_fields",
    "lone_surrogate",
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
    return SURROGATE.search(text) is not None


def _refuse(code: str, where: str, message: str, value: Any = None) -> RuleError:
    return RuleError(code, f"{where}: {message}", value)


def kept_copy(value: Any, where: str = "the kept value", depth: int = 0) -> Any:
    """A copy of ``value`` made of new dicts and lists, after checking that it is plain JSON
    that both backends write back as it is: objects with text keys, arrays, text without
    lone surrogates, integers in :data:`INT_RANGE`, finite numbers, booleans and null, nested
    at most :data:`MAX_KEPT_DEPTH` levels. Raises :class:`RuleError` naming what broke."""
    if depth > MAX_KEPT_DEPTH:
        raise _refuse("too_deep", where, f"nested more than {MAX_KEPT_DEPTH} levels")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if lone_surrogate(value):
            raise _refuse("lone_surrogate", where, "text with a lone surrogate", value)
        return value
    if isinstance(value, int):
        if not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise _refuse("number_range", where, "an integer beyond 64 bits", value)
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _refuse("not_finite", where, "a number that is not finite", value)
        return value
    if isinstance(value, Mapping):
        out = {}
        for key, inner in value.items():
            if not isinstance(key, str):
                raise _refuse("wrong_type", where, f"a key that is not text ({key!r})")
            if lone_surrogate(key):
                raise _refuse("lone_surrogate", where, "a key with a lone surrogate", key)
            out[key] = kept_copy(inner, where, depth + 1)
        return out
    if isinstance(value, (list, tuple)):
        return [kept_copy(inner, where, depth + 1) for inner in value]
    raise _refuse("wrong_type", where, f"{type(value).__name__} is not a JSON value")


def _plain_copy(value: Any) -> Any:
    """A copy of a value already checked by :func:`kept_copy` (no checks again)."""
    if isinstance(value, dict):
        return {k: _plain_copy(v) for k, v in value.items()}
    if isinstance(value, list):
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

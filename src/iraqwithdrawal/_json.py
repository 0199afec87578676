"""JSON text in and out: orjson when installed (the ``fast`` extra), else the stdlib. Both
give the same JSON value; compact output has no spaces, pretty output indents by two."""

from __future__ import annotations

import json
from typing import Any

try:  # pragma: no cover - depends on the environment
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]

__all__ = ["BACKEND", "dump_line", "dumps", "loads"]

BACKEND = "orjson" if _orjson is not None else "json"


def loads(data: str | bytes | bytearray | memoryview, *, backend: str | None = None) -> Any:
    """Parse JSON text. Raises ``ValueError`` (``json.JSONDecodeError`` or orjson's, both
    subclasses) on malformed input."""
    if (backend or BACKEND) == "orjson" and _orjson is not None:
        return _orjson.loads(data)
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data).decode("utf-8")
    return json.loads(data)


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

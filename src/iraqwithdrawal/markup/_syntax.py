"""What reading and writing marked text share: its words, the values it writes, and where
an id or a declaration's tag puts an object in the article."""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from ..description import describe
from ..errors import Problem
from ..models import Article, Attribution, lookup_type

HEADER = ("headline", "subheadline", "byline", "dateline")
#: A header line ``span-text: yes`` gives every marked span its words as ``text`` (a mark
#: says ``span.text=null`` to leave it out).
SPAN_TEXT = "span-text"
LISTS = (
    "entities",
    "events",
    "quotes",
    "claims",
    "disputes",
    "media",
    "communications",
    "attributions",
    "entries",
)
STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")
TARGET = re.compile(r"[^\s{}\[\]\\|]+(?:\[[0-9]+\][^\s{}\[\]\\|]*)*")
KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)(=?)")
_WORD = re.compile(r"[^\s{}\[\]\",]+")
RANK = {"headline": 0, "subheadline": 1, "byline": 2, "dateline": 3, "body": 4}


def syntax_problem(code: str, line: int, column: int, message: str) -> Problem:
    return Problem(code=code, path=f"line {line}, column {column}", message=message)


class _Bad(Exception):
    """A value that cannot be read: ``at`` is where reading it failed."""

    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at


_STRING = json.JSONDecoder()
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BLANK = re.compile(r"\s+")


def read_value(src: str, i: int) -> tuple[Any, int] | None:
    """The value written at ``i`` and the index after it, or ``None``. A value is JSON, or
    the same with its strings bare where they are one word: a bare word (up to a space, a
    comma, a bracket, a brace or ``"``) is a number or ``true``/``false``/``null`` when it
    reads as one, else a string; in ``[...]`` items are split by commas or spaces, in
    ``{...}`` a key may be a bare name (``{entity: iraq, role: agent}``). Newlines inside
    brackets and braces are spaces."""
    try:
        return _value(src, i)
    except _Bad:
        return None


def bad_value_at(src: str, i: int) -> int:
    """Where reading the value at ``i`` fails (``i`` when it does not)."""
    try:
        _value(src, i)
    except _Bad as bad:
        return bad.at
    return i


def _value(src: str, i: int) -> tuple[Any, int]:
    if i >= len(src):
        raise _Bad(i)
    ch = src[i]
    if ch == '"':
        try:
            found: tuple[Any, int] = _STRING.raw_decode(src, i)
        except ValueError:
            raise _Bad(i) from None
        return found
    if ch in "[{":
        closer = "]" if ch == "[" else "}"
        items: list[Any] = []
        pairs: dict[str, Any] = {}
        i = _skip(src, i + 1)
        while i < len(src) and src[i] != closer:
            if ch == "[":
                item, i = _value(src, i)
                items.append(item)
            else:
                key, i = _key(src, i)
                i = _skip(src, i)
                if src[i : i + 1] != ":":
                    raise _Bad(i)
                i = _skip(src, i + 1)
                pairs[key], i = _value(src, i)
            i = _skip(src, i)
            if src[i : i + 1] == ",":
                i = _skip(src, i + 1)
        if i >= len(src):
            raise _Bad(i)
        return (items if ch == "[" else pairs), i + 1
    bare = _WORD.match(src, i)
    if not bare:
        raise _Bad(i)
    return _bare(bare.group(0)), bare.end()


def _skip(src: str, i: int) -> int:
    """The index of the first character at or after ``i`` that is no white space."""
    blank = _BLANK.match(src, i)
    return blank.end() if blank else i


def _key(src: str, i: int) -> tuple[str, int]:
    """An object's key at ``i``: a JSON string or a bare name."""
    if src[i : i + 1] == '"':
        key, end = _value(src, i)
        return str(key), end
    name = _NAME.match(src, i)
    if name is None:
        raise _Bad(i)
    return name.group(0), name.end()


def _bare(word: str) -> Any:
    """A bare word's value: a JSON number or literal when it reads as one, else the word."""
    try:
        return json.loads(word)
    except ValueError:
        return word


def set_value(node: dict[str, Any], key: str, value: Any) -> None:
    """``node[key] = value``, a dotted key (``amount.value``) setting inside nested objects."""
    *outer, last = key.split(".")
    for name in outer:
        inner = node.setdefault(name, {})
        if not isinstance(inner, dict):
            raise TypeError(name)
        node = inner
    node[last] = value


_KINDS: tuple[tuple[str, str], ...] = (
    ("Entity", "entities"),
    ("Event", "events"),
    ("Quote", "quotes"),
    ("Claim", "claims"),
    ("Dispute", "disputes"),
    ("MediaItem", "media"),
    ("Communication", "communications"),
)
#: Declaration words for objects of the article's lists that carry no type tag.
UNTAGGED = {"attribution": "attributions", "entry": "entries"}


def list_of(tag: str) -> str | None:
    if tag in UNTAGGED:
        return UNTAGGED[tag]
    cls = lookup_type(tag)
    if cls is None:
        return None
    return next(
        (name for base, name in _KINDS if any(c.__name__ == base for c in cls.__mro__)), None
    )


def root_of(data: dict[str, Any], ident: str) -> tuple[Any, type, str] | None:
    """The first object of the article's lists with id ``ident``, its class and path."""
    if ident == "$":
        return data, Article, "$"
    for name in LISTS:
        for k, item in enumerate(data.get(name) or ()):
            if isinstance(item, dict) and item.get("id") == ident:
                cls = Attribution if name == "attributions" else lookup_type(item.get("type", ""))
                return item, cls or default_class(name), f"$.{name}[{k}]"
    return None


def find_id(data: dict[str, Any], ident: str) -> tuple[Any, type, str] | None:
    """The object with id ``ident``, its class and path: one of the article's lists first
    (:func:`root_of`), else any object inside the article that has that id (a quantity of an
    event), in document order."""
    return root_of(data, ident) or _search(data, Article, "$", ident)


def _search(node: Any, cls: Any, path: str, ident: str) -> tuple[Any, type, str] | None:
    if not isinstance(node, dict) or not attrs.has(cls):
        return None
    if path != "$" and node.get("id") == ident:
        return node, cls, path
    by_name = describe(cls).by_name
    for key, value in node.items():
        info = by_name.get(key)
        if info is None or not info.holds_models:
            continue
        inner = member_type(info.type)
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        for k, item in items:
            tagged = lookup_type(item.get("type", "")) if isinstance(item, dict) else None
            at = f"{path}.{key}" if k is None else f"{path}.{key}[{k}]"
            found = _search(item, tagged or inner, at, ident)
            if found is not None:
                return found
    return None


def default_class(name: str) -> type:
    fields = describe(Article).by_name
    found: type = member_type(fields[name].type)
    return found


def member_type(t: Any) -> Any:
    args = getattr(t, "__args__", ())
    inner = [a for a in args if a is not type(None) and a is not Ellipsis]
    return inner[0] if inner else t


def written(value: Any) -> str:
    """``value`` as a declaration or a mark writes it, reading back as the same value: a
    string as a bare word when it is one (and reads as no number or literal), an object with
    bare names as keys where they are names, lists and objects on one line."""
    if isinstance(value, str):
        if _WORD.fullmatch(value):
            try:
                json.loads(value)
            except ValueError:
                return value
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key_text(k)}: {written(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(written(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def key_text(key: str) -> str:
    """An object's key as written: bare when it is a name, else JSON."""
    return key if _NAME.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def flat(key: str, value: Any) -> list[tuple[str, Any]]:
    """``key=value`` as the pairs a declaration writes: an object whose keys are names
    becomes dotted keys (``time.relation=by time.date=2026``), read back into the object."""
    if isinstance(value, dict) and value and all(_NAME.fullmatch(k) for k in value):
        return [pair for k, v in value.items() for pair in flat(f"{key}.{k}", v)]
    return [(key, value)]

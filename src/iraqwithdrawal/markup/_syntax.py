"""What reading and writing marked text share: its words, the values it writes, and where
an id or a declaration's tag puts an object in the article."""

from __future__ import annotations

import json
import re
from typing import Any

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
_BARE = re.compile(r"[A-Za-z][A-Za-z0-9_.:\-/]*")
TARGET = re.compile(r"[^\s{}\[\]\\|]+(?:\[[0-9]+\][^\s{}\[\]\\|]*)*")
KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)(=?)")
_WORD = re.compile(r"[^\s{}\[\]\",]+")
_WORDS = re.compile(r"\[([^\[\]{}\"]*)\]")
RANK = {"headline": 0, "subheadline": 1, "byline": 2, "dateline": 3, "body": 4}


def syntax_problem(code: str, line: int, column: int, message: str) -> Problem:
    return Problem(code=code, path=f"line {line}, column {column}", message=message)


def read_value(src: str, i: int) -> tuple[Any, int] | None:
    """The value written at ``i`` (JSON, or a bare word up to a space or ``}``: a number or
    ``true``/``false``/``null`` when it reads as one, else a string) and the index after it."""
    if i < len(src) and src[i] in '"[{':
        try:
            return json.JSONDecoder().raw_decode(src, i)
        except ValueError:
            words = _WORDS.match(src, i)  # [a, b] or [a b]: a list of bare words
            if words is None:
                return None
            items = [_bare(w) for w in re.split(r"[\s,]+", words.group(1)) if w]
            return items, words.end()
    bare = _WORD.match(src, i)
    if not bare:
        return None
    return _bare(bare.group(0)), bare.end()


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


def default_class(name: str) -> type:
    fields = describe(Article).by_name
    found: type = member_type(fields[name].type)
    return found


def member_type(t: Any) -> Any:
    args = getattr(t, "__args__", ())
    inner = [a for a in args if a is not type(None) and a is not Ellipsis]
    return inner[0] if inner else t


def written(value: Any) -> str:
    """``value`` as a declaration or a mark writes it: a bare word when it reads back as
    the same string, else JSON."""
    if isinstance(value, str) and _WORD.fullmatch(value):
        try:
            json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)

"""Inputs of the fuzz script (``benchmarks/fuzz.py``): the corpus of valid documents and of
every model inside them, hostile values, and the mutations that damage a parsed document or
its JSON text. Everything is drawn from a ``random.Random``, so one seed gives one sequence
of inputs."""

from __future__ import annotations

import datetime
import decimal
import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

import iraqwithdrawal as iw
from iraqwithdrawal import models
from iraqwithdrawal.description import is_class
from iraqwithdrawal.examples import EXAMPLES, example

ROOT = Path(__file__).resolve().parent.parent

#: Every concrete model class of the library.
MODEL_CLASSES: list[type] = sorted(
    (
        c
        for c in (getattr(models, n) for n in models.__all__)
        if is_class(c)
        and attrs.has(c)
        and issubclass(c, models.Model)
        and c not in (models.Model, models.TaggedModel)
    ),
    key=lambda c: c.__name__,
)


def nest(levels: int, inner: Any = None) -> list[Any]:
    """``inner`` inside ``levels`` lists (built without recursion)."""
    value: Any = [] if inner is None else inner
    for _ in range(levels):
        value = [value]
    return value


def nest_dict(levels: int, key: str = "a", inner: Any = None) -> dict[str, Any]:
    value: Any = {} if inner is None else inner
    for _ in range(levels):
        value = {key: value}
    return value


class StrSub(str):
    """A ``str`` subclass: not text as JSON parsers give it."""


class IntSub(int):
    """An ``int`` subclass (as an IntEnum member is)."""


_TEXTS = [
    "", " ", "\t\n", "\ufeff", "\u200b", "\x1c", "\x00", "\x7f", "x" * 5000, "é", "ش", "🙂",
    "a\u0301", "EN", "en-US-US", "zz", "und", "de-CH-x-phonebk", "x-foo", "0000", "2021-13-01",
    "2021-02-30", "2021-XX", "2021?~", "1985/..", "../..", "-1", "1e400", "http://[::1",
    "http://%zz/", "HTTP://EXAMPLE.COM/a b", "urn:x", "<script>alert(1)</script>", "&amp;",
    "$.a", "a.b", "type", "person", "article", "withdrawal", "direct", "DIRECT", "null", "true",
    "P1Y", "PT-1H", "2021-08-31T23:59:60Z", "2021-08-31T25:00",
]  # fmt: skip
_NUMBERS: list[Any] = [
    0, -0.0, 1, -1, 0.5, 2.0, 1e-320, 1e308, -1e308, 2**31, 2**53 + 1, 2**63 - 1, 2**63,
    2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**30, 1.5e300,
]  # fmt: skip
_KEYS = [
    "zz_unknown", "", "a.b", "type", "extra", "id", "schema_version", "$ref", "__class__",
    "a'b\\", "ش", "k" * 300, "a\\", "ninjs",
]  # fmt: skip


def json_value(rng: random.Random) -> Any:
    """A fresh hostile value that JSON can write."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(_TEXTS)
    if roll < 0.65:
        return rng.choice(_NUMBERS)
    choice = rng.randrange(14)
    if choice == 0:
        return None
    if choice == 1:
        return rng.random() < 0.5
    if choice == 2:
        return []
    if choice == 3:
        return {}
    if choice == 4:
        return [None, 1, "a"]
    if choice == 5:
        return {"": 1}
    if choice == 6:
        return {"type": rng.choice(["no_such_type", "person", "article", "withdrawal", ""])}
    if choice == 7:
        return {"type": "person", "id": "p-x", "name": "X"}
    if choice == 8:
        return nest(rng.choice([2, 40, 510, 513, 600]))
    if choice == 9:
        return nest_dict(rng.choice([3, 511, 520]))
    if choice == 10:
        return {"y": [2**64 - 1, -(2**63)], "z": {"w": "é"}}
    if choice == 11:
        return [{"id": "dup"}, {"id": "dup"}]
    if choice == 12:
        return "\ud800" if rng.random() < 0.5 else "x\udfffy"  # JSON text escapes it
    return rng.choice(_KEYS)


def python_value(rng: random.Random) -> Any:
    """A fresh hostile value, possibly one that JSON text cannot hold (``from_dict``,
    constructors and ``from_ninjs`` take Python values)."""
    if rng.random() < 0.5:
        return json_value(rng)
    choice = rng.randrange(27)
    values: list[Callable[[], Any]] = [
        lambda: 10**5000,
        lambda: -(10**5000),
        lambda: 2**64,
        lambda: float("nan"),
        lambda: float("inf"),
        lambda: float("-inf"),
        lambda: "x\udfffy",
        lambda: "\ud800",
        lambda: ("tuple", 1),
        lambda: {1, 2},
        lambda: b"bytes",
        lambda: bytearray(b"x"),
        lambda: object(),
        lambda: {1: "int key"},
        lambda: {None: 1},
        lambda: {"a\udfff": 1},
        lambda: StrSub("x"),
        lambda: IntSub(3),
        _loop,
        lambda: nest(1200),
        lambda: decimal.Decimal("1.5"),
        lambda: complex(1, 2),
        lambda: datetime.date(2021, 1, 1),
        lambda: iw.Person(id="p-x", name="X"),
        lambda: iw.AttributionMode.DIRECT,
        lambda: ["\udfff"],
        lambda: {"y": [2**70]},
    ]
    return values[choice]()


def _loop() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


# --- the corpus ------------------------------------------------------------------------------


def _walk_models(root: Any) -> Iterator[Any]:
    stack = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, models.Model):
            yield item
            stack.extend(getattr(item, a.name) for a in attrs.fields(type(item)))
        elif isinstance(item, (tuple, list)):
            stack.extend(item)


@attrs.define
class Corpus:
    """Valid inputs by kind: whole example reports, generated articles, and every model
    inside them (as ``(class, JSON text)``); model instances by class for the constructors;
    ninjs documents as JSON text."""

    examples: list[tuple[type, str]] = attrs.field(factory=list)
    generated: list[tuple[type, str]] = attrs.field(factory=list)
    fragments: list[tuple[type, str]] = attrs.field(factory=list)
    instances: dict[type, list[Any]] = attrs.field(factory=dict)
    articles: list[iw.Article] = attrs.field(factory=list)
    ninjs: list[str] = attrs.field(factory=list)
    tags: list[str] = attrs.field(factory=list)

    def add_article(self, article: iw.Article, kind: str) -> None:
        self.articles.append(article)
        bucket = self.examples if kind == "example" else self.generated
        bucket.append((iw.Article, iw.to_json(article)))
        seen = {text for _, text in self.fragments}
        for obj in _walk_models(article):
            self.instances.setdefault(type(obj), []).append(obj)
            if obj is article:
                continue
            text = iw.to_json(obj)
            if text not in seen:
                seen.add(text)
                self.fragments.append((type(obj), text))

    def pick_text(self, rng: random.Random) -> tuple[type, str]:
        roll = rng.random()
        if roll < 0.06 and self.examples:
            cls, text = rng.choice(self.examples)
        elif roll < 0.22 and self.generated:
            cls, text = rng.choice(self.generated)
        else:
            cls, text = rng.choice(self.fragments)
        if rng.random() < 0.4:  # the tagged root: the type tag decides the class
            for root in (iw.Entity, iw.Event):
                if issubclass(cls, root):
                    cls = root
        return cls, text


def draw_pool(strategy: Any, count: int, seed: int) -> list[Any]:
    """``count`` values of a hypothesis strategy, the same for the same seed."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded

    out: list[Any] = []

    @seeded(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        out.append(value)

    collect()
    return out


def official_ninjs() -> list[str]:
    """The official ninjs documents of ``tests/data/ninjs`` (a checkout has them; an
    installed package does not), as JSON text."""
    found = []
    for path in sorted((ROOT / "tests" / "data" / "ninjs").rglob("*.json")):
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # the suite's deliberately broken files
        if isinstance(value, dict):
            found.append(json.dumps(value, ensure_ascii=False))
    return found


def build_corpus(seed: int, pool: int, per_class: int, ninjs: bool) -> Corpus:
    """The corpus: the bundled examples, ``pool`` generated articles, ``per_class`` drawn
    instances of every model class (hypothesis, when installed), ninjs documents."""
    corpus = Corpus()
    for name in EXAMPLES:
        corpus.add_article(example(name), "example")
    try:
        from iraqwithdrawal.testing import articles, strategies
    except ImportError:  # no testing extra: the examples alone
        articles = None
    if articles is not None and pool:
        for article in draw_pool(articles(max_entities=4, max_events=3), pool, seed):
            corpus.add_article(article, "generated")
    if articles is not None and per_class:
        for cls in MODEL_CLASSES:
            drawn = draw_pool(strategies.models(cls), per_class, seed)
            corpus.instances.setdefault(cls, []).extend(drawn)
    tags = {m.group(1) for _, t in corpus.fragments for m in _TAG.finditer(t)}
    corpus.tags = sorted(tags)
    if ninjs:
        from iraqwithdrawal.standards.ninjs import to_ninjs

        corpus.ninjs = official_ninjs()
        for article in corpus.articles[:20]:
            for version in ("3.1", "2.2"):
                document = to_ninjs(article, version).document
                corpus.ninjs.append(json.dumps(document, ensure_ascii=False))
    return corpus


_TAG = re.compile(r'"type":"([a-z_]+)"')


# --- mutations of a parsed document ----------------------------------------------------------


def slots(root: list[Any], limit: int = 4000) -> list[tuple[Any, Any]]:
    """(container, key) of every value under ``root`` (a one-item holder list), breadth
    first, at most ``limit``, never deeper than 40 levels nor twice into one container."""
    out: list[tuple[Any, Any]] = []
    seen: set[int] = set()
    queue: list[tuple[Any, int]] = [(root, 0)]
    while queue and len(out) < limit:
        node, depth = queue.pop(0)
        if id(node) in seen or depth > 40:
            continue
        seen.add(id(node))
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            out.append((node, key))
            inner = node[key]
            if isinstance(inner, (dict, list)):
                queue.append((inner, depth + 1))
    return out


def _tweak_number(rng: random.Random, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    tweaks: list[Callable[[Any], Any]] = [
        lambda v: v + 1,
        lambda v: v - 1,
        lambda v: -v,
        lambda v: v * 2**40,
        float,
        repr,
        lambda v: v + 0.5,
    ]
    try:
        return rng.choice(tweaks)(value)
    except (OverflowError, ValueError):  # a huge integer: no float, no decimal text
        return value


def _tweak_text(rng: random.Random, value: str) -> str:
    if not value:
        return rng.choice(_TEXTS)
    cut = rng.randrange(len(value) + 1)
    return rng.choice(
        [
            "",
            value.upper(),
            " " + value,
            value + "\x00",
            value[:cut],
            value * 2,
            value[:cut] + "\u0301" + value[cut:],
            value[:cut] + "\ufeff" + value[cut:],
            value[:cut] + "\ud800" + value[cut:],
            value.replace("-", "_"),
        ]
    )


def mutate_tree(
    rng: random.Random, document: Any, value: Callable[[random.Random], Any], tags: list[str]
) -> Any:
    """``document`` (changed in place where it can be) with one to three damages."""
    holder = [document]
    for _ in range(rng.choice((1, 1, 2, 3))):
        places = slots(holder)
        container, key = rng.choice(places)
        current = container[key]
        op = rng.randrange(12)
        if op == 0 and container is not holder:
            del container[key]
        elif op == 1:
            container[key] = value(rng)
        elif op == 2:
            target = current if isinstance(current, dict) else container
            if isinstance(target, dict):
                name = rng.choice(_KEYS) if rng.random() < 0.8 else "\udfff"
                target[name] = value(rng)
        elif op == 3 and isinstance(current, list) and current:
            current.append(rng.choice(current))  # a duplicate element, often a duplicate id
        elif op == 4:
            other, other_key = rng.choice(places)
            container[key] = other[other_key]  # a real value in the wrong place
        elif op == 5 and isinstance(current, dict):
            current["type"] = rng.choice(tags) if tags and rng.random() < 0.8 else "zz_kind"
        elif op == 6:
            container[key] = [current]
        elif op == 7 and isinstance(current, list) and current:
            container[key] = current[0]
        elif op == 8:
            container[key] = _tweak_number(rng, current)
        elif op == 9 and isinstance(current, str):
            container[key] = _tweak_text(rng, current)
        elif op == 10 and not isinstance(current, (dict, list)):
            container[key] = nest(rng.choice([1, 30, 511, 600]), current)
        elif op == 11 and isinstance(container, dict) and len(container) > 1:
            other_key = rng.choice(list(container))
            container[key], container[other_key] = container[other_key], current
    return holder[0]


# --- mutations of JSON text ------------------------------------------------------------------

_BYTES = b'{}[]":,\\ 0123456789eE+-.tfn\x00\x7f\x80\xbf\xc0\xff\n\t'
_TOKENS = [
    b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e400", b"1e-400", b"-0", b"1E+2",
    b"18446744073709551616", b"-9223372036854775809", b"1" + b"0" * 5000, b'"\\ud800"',
    b'"\\udc00\\ud800"', b'"\\u0000"', b"true", b"null", b'""', b"[]", b"{}",
    b"\xef\xbb\xbf", b"\xed\xa0\x80", b"[" * 600, b'"\\', b"//", b"/*x*/", b"\xc2\xa0",
]  # fmt: skip
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_MEMBER = re.compile(rb'\{"([^"\\]{1,40})":')


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """``data`` with one to three byte-level damages."""
    for _ in range(rng.choice((1, 1, 2, 3))):
        size = len(data)
        at = rng.randrange(size + 1)
        op = rng.randrange(9)
        if op == 0 and size:
            at = min(at, size - 1)
            data = data[:at] + bytes([rng.choice(_BYTES)]) + data[at + 1 :]
        elif op == 1:
            data = data[:at] + bytes([rng.choice(_BYTES)]) + data[at:]
        elif op == 2:
            data = data[:at] + data[at + rng.randint(1, 16) :]
        elif op == 3:
            end = min(size, at + rng.randint(1, 64))
            data = data[:end] + data[at:end] + data[end:]
        elif op == 4:
            data = data[:at]
        elif op == 5:
            data = data[:at] + rng.choice(_TOKENS) + data[at:]
        elif op == 6:
            numbers = list(_NUMBER.finditer(data))
            if numbers:
                m = rng.choice(numbers)
                data = data[: m.start()] + rng.choice(_TOKENS[:11]) + data[m.end() :]
        elif op == 7:
            data = duplicate_key(rng, data)
        else:
            data = data[:at] + rng.choice([b" ", b"\n", b"\t", b"\r", b"\xc2\xa0"]) + data[at:]
    return data


def duplicate_key(rng: random.Random, data: bytes) -> bytes:
    """``data`` with a member given twice in one object (or, with no object, unchanged)."""
    members = list(_MEMBER.finditer(data))
    if not members:
        return data
    m = rng.choice(members)
    extra = b'"' + m.group(1) + b'":' + rng.choice([b"0", b'"dup"', b"null", b"[]"]) + b","
    if rng.random() < 0.2:
        extra = b'"a\\\\":1,"b":1,"b":2,'  # a key ending in a backslash, then a duplicate
    return data[: m.start() + 1] + extra + data[m.start() + 1 :]


def damaged_text(rng: random.Random, text: str, tags: list[str]) -> bytes | str:
    """JSON text of ``text``'s document damaged in its structure, its bytes, or both: bytes,
    or now and then a ``str`` (which may hold a lone surrogate as a character)."""
    roll = rng.random()
    if roll < 0.65:
        document = mutate_tree(rng, json.loads(text), json_value, tags)
        try:
            out = json.dumps(document, ensure_ascii=rng.random() < 0.5)
        except (ValueError, RecursionError):
            out = text
        if rng.random() < 0.1:
            out = duplicate_key(rng, out.encode("utf-8", "surrogatepass")).decode(
                "utf-8", "surrogatepass"
            )
        if roll < 0.55:
            return out if rng.random() < 0.3 else out.encode("utf-8", "surrogatepass")
        return mutate_bytes(rng, out.encode("utf-8", "surrogatepass"))
    return mutate_bytes(rng, text.encode("utf-8"))

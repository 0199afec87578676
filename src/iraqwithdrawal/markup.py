"""Authoring a report as marked text: the words of the report, with the ones that anchor
something marked where they stand, and the rest of the article after a ``---`` line.

::

    headline: Troops to leave [Syria]{syria}

    About 900 troops will [leave]{ev-1} [Syria]{syria} by May, [the ministry]{ministry
    form=description} [said]{ev-1.attributions[0].cue}.
    ---
    {"entities": [...], "events": [...]}

A mark is ``[words]{target key=value ...}``: the words stay in the text, and their span is
given to ``target``, an id followed by a path into that object (``ev-1.time``,
``q-1.attribution.cue``, ``$.corrections[0]`` for the article itself). An entity's words
become one of its mentions (``key=value`` pairs set the mention's fields), an event's its
trigger, any other object gets the span in its ``spans`` and, when it has no ``text`` of its
own, the words as its text. Marks nest. ``\\`` escapes ``[ ] { } \\``. The part after ``---``
is the article's JSON without what the marks say. :func:`read_markup` builds the article
(errors name the line and column of the mark); :func:`to_markup` writes any article back
so that reading it gives the same article. docs/builder.md has the grammar.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from .description import describe
from .errors import Problem, ValidationError
from .models import Article, Attribution, Entity, Event, Mention, Span
from .models._base import lookup_type
from .models.article import SCHEMA_VERSION
from .serialize import from_dict, to_dict

__all__ = ["read_markup", "to_markup"]

_HEADER = ("headline", "subheadline", "byline", "dateline")
#: A header line ``span-text: yes`` gives every marked span its words as ``text`` (a mark
#: says ``span.text=null`` to leave it out).
_SPAN_TEXT = "span-text"
_LISTS = (
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
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")
_BARE = re.compile(r"[A-Za-z][A-Za-z0-9_.:\-/]*")
_TARGET = re.compile(r"[^\s{}\[\]\\]+(?:\[[0-9]+\][^\s{}\[\]\\]*)*")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)(=?)")
_WORD = re.compile(r"[^\s{}\[\]\",]+")
_WORDS = re.compile(r"\[([^\[\]{}\"]*)\]")
_RANK = {"headline": 0, "subheadline": 1, "byline": 2, "dateline": 3, "body": 4}


class _Mark:
    __slots__ = ("attrs", "column", "end", "field", "line", "start", "target")

    def __init__(self, field: str, start: int, line: int, column: int) -> None:
        self.field, self.start, self.line, self.column = field, start, line, column
        self.end = start
        self.target = ""
        self.attrs: dict[str, Any] = {}


def _problem(code: str, line: int, column: int, message: str) -> Problem:
    return Problem(code=code, path=f"line {line}, column {column}", message=message)


# -- reading ---------------------------------------------------------------------------------


def read_markup(text: str) -> Article:
    """The article the marked ``text`` describes; a :class:`ValidationError` whose problems
    name the line and column of the markup that is wrong."""
    problems: list[Problem] = []
    lines = text.split("\n")
    header: dict[str, str] = {}
    marks: list[_Mark] = []
    row = 0
    while row < len(lines) and lines[row] != "":
        key, sep, value = lines[row].partition(": ")
        if key == _SPAN_TEXT and value in ("yes", "no"):
            header[key] = value
        elif not sep or key not in _HEADER:
            problems.append(
                _problem(
                    "markup_syntax",
                    row + 1,
                    1,
                    f"a header line is 'headline: ...' ({', '.join(_HEADER)})",
                )
            )
        else:
            header[key] = _parse(value, key, row + 1, len(key) + 3, marks, problems, True)
        row += 1
    rest = "\n".join(lines[row + 1 :])
    cut = ("\n" + rest).find("\n---\n")
    if cut < 0:
        problems.append(
            _problem(
                "markup_syntax",
                len(lines),
                1,
                "the body ends with a line '---' before the article's JSON",
            )
        )
        raise ValidationError(problems)
    body = _parse(rest[: max(cut - 1, 0)] if cut else "", "body", row + 2, 1, marks, problems)
    data_line = row + 2 + rest[:cut].count("\n") + (1 if cut else 0)
    where: dict[str, tuple[int, int]] = {}
    data = _declarations(rest[cut + 4 :] if cut else rest[4:], data_line, where, problems)
    if data is None:
        raise ValidationError(problems)
    data["body"] = body
    for key in ("headline", "subheadline", "byline"):
        if key in header:
            data[key] = header[key]
    if "dateline" in header:
        dateline = data.setdefault("dateline", {})
        if isinstance(dateline, dict):
            dateline["text"] = header["dateline"]
    echo = header.pop(_SPAN_TEXT, "no") == "yes"
    texts = {"body": body, **header}
    filled: dict[int, list[str] | None] = {}
    for mark in sorted(marks, key=lambda m: (m.line, m.column)):
        if echo:
            mark.attrs.setdefault("span.text", texts[mark.field][mark.start : mark.end])
        _apply(data, mark, texts[mark.field], filled, problems, where)
    if problems:
        raise ValidationError(problems)
    try:
        return from_dict(data, Article)
    except ValidationError as exc:
        raise ValidationError([_located(p, where) for p in exc.problems]) from None


def _located(problem: Problem, where: dict[str, tuple[int, int]]) -> Problem:
    """``problem`` with the line and column of the declaration or mark its path is in."""
    path = problem.path
    while path and path not in where:
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    if not path:
        return problem
    line, column = where[path]
    return Problem(
        code=problem.code,
        path=f"line {line}, column {column} ({problem.path})",
        message=problem.message,
        severity=problem.severity,
        value=problem.value,
    )


def _parse(
    src: str,
    field: str,
    line: int,
    column: int,
    marks: list[_Mark],
    problems: list[Problem],
    header: bool = False,
) -> str:
    out: list[str] = []
    open_marks: list[_Mark] = []
    i, n, size = 0, len(src), 0
    while i < n:
        ch = src[i]
        if ch == "\\" and i + 1 < n:
            nxt = src[i + 1]
            out.append({"n": "\n", "r": "\r"}.get(nxt, nxt) if header else nxt)
            i, column, size = i + 2, column + 2, size + 1
            continue
        if ch == "[":
            open_marks.append(_Mark(field, size, line, column))
            i, column = i + 1, column + 1
            continue
        if ch == "]" and open_marks:
            mark = open_marks.pop()
            mark.end = size
            if i + 1 >= n or src[i + 1] != "{":
                problems.append(
                    _problem(
                        "markup_syntax",
                        line,
                        column,
                        "a ']' closing marked words is followed by '{target}'",
                    )
                )
                i, column = i + 1, column + 1
                continue
            j = _spec(src, i + 2, mark, problems, line, column)
            column += j - i
            i = j
            if mark.end <= mark.start:
                problems.append(
                    _problem("markup_empty", mark.line, mark.column, "marked words are not empty")
                )
            else:
                marks.append(mark)
            continue
        if ch in "[]{}":
            problems.append(
                _problem("markup_syntax", line, column, f"a literal {ch!r} is written \\{ch}")
            )
        out.append(ch)
        size += 1
        if ch == "\n":
            line, column = line + 1, 1
        else:
            column += 1
        i += 1
    for mark in open_marks:
        problems.append(_problem("markup_syntax", mark.line, mark.column, "'[' is never closed"))
    return "".join(out)


def _spec(src: str, i: int, mark: _Mark, problems: list[Problem], line: int, col: int) -> int:
    """Read ``target key=value ...}`` from ``i``; the index after the ``}``."""
    found = _TARGET.match(src, i)
    if not found or not found.group(0):
        problems.append(_problem("markup_syntax", line, col, "a mark names its target: {id ...}"))
        end = src.find("}", i)
        return len(src) if end < 0 else end + 1
    mark.target = found.group(0)
    i = found.end()
    while i < len(src):
        while i < len(src) and src[i] in " \n":
            i += 1
        if i < len(src) and src[i] == "}":
            return i + 1
        key = _KEY.match(src, i)
        if not key:
            break
        i = key.end()
        if not key.group(2):
            mark.attrs["form"] = key.group(1)  # a bare word is a mention's form
            continue
        got = _value(src, i)
        if got is None:
            break
        value, i = got
        mark.attrs[key.group(1)] = value
    problems.append(
        _problem(
            "markup_syntax",
            line,
            col,
            "a mark's braces hold a target and key=value pairs, then '}'",
        )
    )
    end = src.find("}", i)
    return len(src) if end < 0 else end + 1


def _value(src: str, i: int) -> tuple[Any, int] | None:
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


def _set(node: dict[str, Any], key: str, value: Any) -> None:
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
_UNTAGGED = {"attribution": "attributions", "entry": "entries"}


def _list_of(tag: str) -> str | None:
    if tag in _UNTAGGED:
        return _UNTAGGED[tag]
    cls = lookup_type(tag)
    if cls is None:
        return None
    return next(
        (name for base, name in _KINDS if any(c.__name__ == base for c in cls.__mro__)), None
    )


def _declarations(
    src: str, first: int, where: dict[str, tuple[int, int]], problems: list[Problem]
) -> dict[str, Any] | None:
    """The article's other fields: a JSON object, or declaration lines (``@id tag
    key=value ...`` for an object of one of the article's lists, ``$ key=value ...`` for the
    article's own fields; an indented line continues the one before, ``#`` starts a comment
    line)."""
    if src.lstrip().startswith("{"):
        try:
            parsed: Any = json.loads(src)
        except ValueError as exc:
            problems.append(_problem("markup_syntax", first, 1, f"the article's JSON: {exc}"))
            return None
        if not isinstance(parsed, dict):
            problems.append(_problem("markup_syntax", first, 1, "the JSON is an object"))
            return None
        return parsed
    data: dict[str, Any] = {}
    item: dict[str, Any] | None = None
    for number, line in enumerate(src.split("\n"), first):
        if not line.strip() or line.startswith("#"):
            continue
        i = 0
        if line[0] in " \t":
            if item is None:
                problems.append(_problem("markup_syntax", number, 1, "nothing to continue"))
                continue
        elif line.startswith("$") and line[1:2] in ("", " "):
            item, i = data, 1
        elif line.startswith("@"):
            head = re.compile(r"@(\S+)\s+([a-z][a-z0-9_]*)").match(line)
            listed = _list_of(head.group(2)) if head else None
            if head is None or listed is None:
                problems.append(
                    _problem(
                        "markup_syntax",
                        number,
                        1,
                        "a declaration is '@id tag key=value ...' with the tag of an entity, "
                        "event, quote, claim, dispute, media item or communication, or "
                        "'attribution' or 'entry'",
                    )
                )
                item = None
                continue
            item = {"id": head.group(1)}
            if head.group(2) not in _UNTAGGED:
                item["type"] = head.group(2)
            items = data.setdefault(listed, [])
            where[f"$.{listed}[{len(items)}]"] = (number, 1)
            items.append(item)
            i = head.end()
        else:
            problems.append(
                _problem(
                    "markup_syntax",
                    number,
                    1,
                    "a line after '---' starts with '@', '$', '#' or a space",
                )
            )
            item = None
            continue
        while item is not None:
            while i < len(line) and line[i] in " \t":
                i += 1
            if i >= len(line):
                break
            key = _KEY.match(line, i)
            got = _value(line, key.end()) if key and key.group(2) else None
            if key is None or got is None:
                problems.append(
                    _problem(
                        "markup_syntax",
                        number,
                        i + 1,
                        "expected key=value (a JSON value or a bare word)",
                    )
                )
                break
            try:
                _set(item, key.group(1), got[0])
            except TypeError:
                problems.append(
                    _problem(
                        "markup_syntax",
                        number,
                        i + 1,
                        f"{key.group(1)!r} goes inside a value that is no object",
                    )
                )
                break
            if item is data:
                where[f"$.{key.group(1).split('.')[0]}"] = (number, i + 1)
            i = got[1]
    return data


def _root(data: dict[str, Any], ident: str) -> tuple[Any, type, str] | None:
    """The first object of the article's lists with id ``ident``, its class and path."""
    if ident == "$":
        return data, Article, "$"
    for name in _LISTS:
        for k, item in enumerate(data.get(name) or ()):
            if isinstance(item, dict) and item.get("id") == ident:
                cls = Attribution if name == "attributions" else lookup_type(item.get("type", ""))
                return item, cls or _default_class(name), f"$.{name}[{k}]"
    return None


def _default_class(name: str) -> type:
    fields = describe(Article).by_name
    found: type = _member(fields[name].type)
    return found


def _member(t: Any) -> Any:
    args = getattr(t, "__args__", ())
    inner = [a for a in args if a is not type(None) and a is not Ellipsis]
    return inner[0] if inner else t


def _apply(
    data: dict[str, Any],
    mark: _Mark,
    text: str,
    filled: dict[int, list[str] | None],
    problems: list[Problem],
    where: dict[str, tuple[int, int]],
) -> None:
    """Give the span of ``mark`` to what its target names (see the module's docstring)."""
    found: tuple[Any, type, str] | None = None
    path = ""
    if mark.target.startswith("$"):
        found, path = (data, Article, "$"), mark.target[1:]
    else:
        cuts = [m.start() for m in re.finditer(r"[.\[]", mark.target)] + [len(mark.target)]
        for cut in reversed(cuts):
            found = _root(data, mark.target[:cut])
            if found is not None:
                path = mark.target[cut:]
                break
    if found is None:
        problems.append(
            _problem(
                "markup_target",
                mark.line,
                mark.column,
                f"no object has the id at the start of {mark.target!r}",
            )
        )
        return
    node: Any = found[0]
    cls, at = found[1], found[2]
    steps = _STEP.findall(path)
    if "".join(f".{a}" if a else f"[{b}]" for a, b in steps) != path:
        problems.append(
            _problem(
                "markup_target",
                mark.line,
                mark.column,
                f"{path!r} is not a path of .field and [index] steps",
            )
        )
        return
    if not steps:
        if issubclass(cls, Entity):
            steps = [("mentions", "")]
        elif issubclass(cls, Event):
            steps = [("trigger", "")]
    words = text[mark.start : mark.end]
    span: dict[str, Any] = {"start": mark.start, "end": mark.end}
    if mark.field != "body":
        span["field"] = mark.field
    if "span.text" in mark.attrs:
        span["text"] = mark.attrs.pop("span.text")
        if span["text"] is None:
            del span["text"]
    try:
        for k, (name, index) in enumerate(steps):
            last = k == len(steps) - 1
            if name:
                if not attrs.has(cls):
                    raise KeyError(name)
                info = describe(cls).by_name[name]
                cls = _member(info.type)
                if last and name == "mentions":
                    mention: dict[str, Any] = {"span": span}
                    for key, value in mark.attrs.items():
                        _set(mention, key, value)
                    into = node.setdefault(name, [])
                    where[f"{at}.mentions[{len(into)}]"] = (mark.line, mark.column)
                    into.append(mention)
                    return
                if last and name == "spans":
                    into = node.setdefault(name, [])
                    where[f"{at}.spans[{len(into)}]"] = (mark.line, mark.column)
                    into.append(span)
                    return
                default: Any = [] if info.many else {}
                node = node.setdefault(name, default)
                at = f"{at}.{name}"
                if last and info.many and info.holds_models:
                    index = str(len(node))  # a list of objects: the mark adds one
                    name = ""
            if not name:
                if not isinstance(node, list) or int(index) > len(node):
                    raise KeyError(index)  # an item may be added after the last, no further
                if int(index) == len(node):
                    node.append({})
                node = node[int(index)]
                at = f"{at}[{index}]"
                tagged = lookup_type(node.get("type", "")) if isinstance(node, dict) else None
                if tagged is not None and issubclass(tagged, cls):
                    cls = tagged
    except (KeyError, TypeError, AttributeError):
        problems.append(
            _problem(
                "markup_target",
                mark.line,
                mark.column,
                f"{mark.target!r} is not a path to something with spans",
            )
        )
        return
    if not isinstance(node, dict) or "spans" not in describe(cls).by_name:
        problems.append(
            _problem("markup_target", mark.line, mark.column, f"{mark.target!r} holds no spans")
        )
        return
    where.setdefault(at, (mark.line, mark.column))
    try:
        for key, value in mark.attrs.items():
            _set(node, key, value)
    except TypeError:
        problems.append(
            _problem("markup_target", mark.line, mark.column, "a key=value goes into no object")
        )
        return
    node.setdefault("spans", []).append(span)
    if "text" not in describe(cls).by_name:
        return
    ident = id(node)
    if node.get("text", "") is None:  # written as null: the object has no text
        filled[ident] = None
        del node["text"]
    elif ident in filled:
        so_far = filled[ident]
        if so_far is not None:  # the text is the words of all its marks
            so_far.append(words)
            node["text"] = " ".join(so_far)
    elif "text" not in node:
        filled[ident] = [words]
        node["text"] = words
    else:
        filled[ident] = None  # given in the declarations


# -- writing ---------------------------------------------------------------------------------


def to_markup(article: Article) -> str:
    """``article`` as marked text: every span that can be a mark is one (spans that would
    cross another mark, or stand in a caption, stay in the JSON), and reading the result with
    :func:`read_markup` gives ``article`` back."""
    data = to_dict(article)
    texts = {"body": article.body, "headline": article.headline}
    for key in ("subheadline", "byline"):
        if getattr(article, key) is not None:
            texts[key] = getattr(article, key)
    if article.dateline is not None and article.dateline.text is not None:
        texts["dateline"] = article.dateline.text
    groups = _candidates(data, texts)
    echoed = [m for g in groups for m in g if m[7] is not None]
    echo = len(echoed) * 2 > sum(len(g) for g in groups)
    for g, group in enumerate(groups):
        groups[g] = [_with_text(m, echo) for m in group]
    dropped: set[int] = set()
    while True:
        marks = sorted(
            (m for g, ms in enumerate(groups) if g not in dropped for m in ms),
            key=lambda m: (m[1], m[2], -m[3], m[0], m[4]),
        )
        crossing = _crossing(marks)
        if crossing is None:
            break
        dropped.add(crossing)
    for g, group in enumerate(groups):
        if g not in dropped and group:
            group[0][6]()  # take the marked spans out of the JSON
    for key in ("headline", "subheadline", "byline", "body"):
        data.pop(key, None)
    if "dateline" in texts:
        data["dateline"].pop("text")
    out = [f"{_SPAN_TEXT}: yes"] if echo else []
    for key in _HEADER:
        if key in texts:
            out.append(f"{key}: " + _render(texts[key], [m for m in marks if m[1] == key], True))
    out.append("")
    out.append(_render(article.body, [m for m in marks if m[1] == "body"], False))
    out.append("---")
    out.append(_declare(data))
    return "\n".join(out) + "\n"


#: group, field, start, end, index in the group, target and attributes, take-out, span text
_Cand = tuple[int, str, int, int, int, str, Any, Any]


def _with_text(m: _Cand, echo: bool) -> _Cand:
    """The mark with ``span.text`` written only where the header's default does not say it."""
    words = m[7]
    if words is None:
        extra = " span.text=null" if echo else ""
    elif echo and words[0]:
        extra = ""
    else:
        extra = " span.text=" + json.dumps(words[1], ensure_ascii=False)
    return (*m[:5], m[5] + extra, m[6], m[7])


def _candidates(data: dict[str, Any], texts: dict[str, str]) -> list[list[_Cand]]:
    """Marks that could be written, grouped by the list or object they fill (a group is
    written whole or not at all, so that its order survives)."""
    groups: list[list[_Cand]] = []

    def span_ok(span: Any) -> bool:
        field = span.get("field", "body")
        return field in texts and "media" not in span and span["end"] <= len(texts[field])

    def spec(target: str, extra: dict[str, Any]) -> str:
        return " ".join([target, *(f"{key}={_written(v)}" for key, v in extra.items())])

    def visit(node: Any, target: str, cls: Any) -> None:
        if not isinstance(node, dict) or not isinstance(cls, type):
            return
        by_name = describe(cls).by_name
        for key, value in list(node.items()):
            info = by_name.get(key)
            if info is None:
                continue
            inner = _member(info.type)
            if key == "mentions" and isinstance(value, list) and inner is Mention:
                group_mentions(node, target, value, cls)
            elif key == "spans" and isinstance(value, list) and inner is Span:
                group_spans(node, target, value, cls)
            elif info.holds_models and isinstance(value, list):
                for k, item in enumerate(value):
                    visit(item, f"{target}.{key}[{k}]", inner)
            elif info.holds_models:
                visit(value, f"{target}.{key}", inner)

    def echo_of(span: dict[str, Any]) -> Any:
        """``(whether it is the marked words, text)``, or ``None`` when the span has no
        text."""
        if "text" not in span:
            return None
        words = texts[span.get("field", "body")][span["start"] : span["end"]]
        return (span["text"] == words, span["text"])

    def in_order(spans: list[Any]) -> bool:
        keys = [(_RANK[s.get("field", "body")], s["start"], -s["end"]) for s in spans]
        return keys == sorted(keys)

    def group_mentions(node: dict[str, Any], target: str, items: list[Any], cls: type) -> None:
        if not all(span_ok(m["span"]) for m in items) or not in_order([m["span"] for m in items]):
            return
        g = len(groups)
        name = (
            target if issubclass(cls, Entity) and target.count(".") == 0 else (target + ".mentions")
        )

        def take() -> None:
            node.pop("mentions")

        group = []
        for k, m in enumerate(items):
            extra = {key: v for key, v in m.items() if key != "span"}
            s = m["span"]
            group.append(
                (
                    g,
                    s.get("field", "body"),
                    s["start"],
                    s["end"],
                    k,
                    spec(name, extra),
                    take,
                    echo_of(s),
                )
            )
        groups.append(group)

    def group_spans(node: dict[str, Any], target: str, items: list[Any], cls: type) -> None:
        if not all(span_ok(s) for s in items) or not in_order(items):
            return
        g = len(groups)
        by_name = describe(cls).by_name
        is_event_root = issubclass(cls, Event) or issubclass(cls, Entity)
        name = target + ".spans" if is_event_root else target
        words = " ".join(texts[s.get("field", "body")][s["start"] : s["end"]] for s in items)
        autofill = not is_event_root and "text" in by_name

        def take() -> None:
            node.pop("spans")
            if autofill:
                if node.get("text") == words:
                    node.pop("text")
                elif "text" not in node:
                    node["text"] = None

        group = []
        for k, s in enumerate(items):
            group.append(
                (
                    g,
                    s.get("field", "body"),
                    s["start"],
                    s["end"],
                    k,
                    spec(name, {}),
                    take,
                    echo_of(s),
                )
            )
        groups.append(group)

    for list_name in _LISTS:
        for k, item in enumerate(data.get(list_name) or ()):
            cls = _default_class(list_name)
            if list_name != "attributions":
                cls = lookup_type(item.get("type", "")) or cls
            ident = item.get("id")
            unique = isinstance(ident, str) and "." not in ident and "[" not in ident
            first = _root(data, ident) if unique else None
            target = ident if first is not None and first[0] is item else (f"$.{list_name}[{k}]")
            visit(item, target, cls)
    for key, value in data.items():
        if key not in _LISTS:
            info = describe(Article).by_name.get(key)
            if info is not None and info.holds_models:
                if isinstance(value, list):
                    for k, item in enumerate(value):
                        visit(item, f"$.{key}[{k}]", _member(info.type))
                else:
                    visit(value, f"$.{key}", _member(info.type))
    return groups


def _crossing(marks: list[_Cand]) -> int | None:
    """The group of the first mark that crosses an open one (per text), or ``None``."""
    stacks: dict[str, list[_Cand]] = {}
    for m in marks:
        stack = stacks.setdefault(m[1], [])
        while stack and stack[-1][3] <= m[2]:
            stack.pop()
        if stack and stack[-1][3] < m[3]:
            return m[0]
        stack.append(m)
    return None


def _render(text: str, marks: list[_Cand], header: bool) -> str:
    opens: dict[int, int] = {}
    closes: dict[int, list[str]] = {}
    for m in marks:
        opens[m[2]] = opens.get(m[2], 0) + 1
        closes.setdefault(m[3], []).insert(0, "]{" + m[5] + "}")
    out: list[str] = []
    for i, ch in enumerate(text):
        out.extend(closes.get(i, ()))
        out.append("[" * opens.get(i, 0))
        if ch in "[]{}\\":
            out.append("\\" + ch)
        elif header and ch in "\n\r":
            out.append("\\n" if ch == "\n" else "\\r")
        elif (
            not header
            and ch == "-"
            and text[i : i + 3] == "---"
            and (i == 0 or text[i - 1] == "\n")
        ):
            out.append("\\-")
        else:
            out.append(ch)
    out.extend(closes.get(len(text), ()))
    return "".join(out)


def _declare(data: dict[str, Any]) -> str:
    """The article's fields as declaration lines: one ``$ key=value`` line per field of its
    own, one ``@id tag key=value ...`` line per object of its lists."""
    own = {k: v for k, v in data.items() if k != "type"}
    if own.get("schema_version") == SCHEMA_VERSION:
        del own["schema_version"]
    declared: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    words = {listed: word for word, listed in _UNTAGGED.items()}
    for name in _LISTS:
        items = own.get(name)
        if not isinstance(items, list) or not items:
            continue
        rows = []
        for item in items:
            tag = item.get("type", words.get(name)) if isinstance(item, dict) else None
            ident = item.get("id") if isinstance(item, dict) else None
            if not (isinstance(tag, str) and isinstance(ident, str) and _list_of(tag) == name):
                break
            if name in _UNTAGGED.values() and "type" in item:
                break
            rows.append((f"@{ident} {tag}", item))
        else:
            declared[name] = rows
            del own[name]
    out = [f"$ {key}={_written(value)}" for key, value in own.items()]
    for rows in declared.values():
        for head, item in rows:
            rest = "".join(
                f" {k}={_written(v)}" for k, v in item.items() if k not in ("id", "type")
            )
            out.append(head + rest)
    return "\n".join(out)


def _written(value: Any) -> str:
    """``value`` as a declaration or a mark writes it: a bare word when it reads back as
    the same string, else JSON."""
    if isinstance(value, str) and _WORD.fullmatch(value):
        try:
            json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)

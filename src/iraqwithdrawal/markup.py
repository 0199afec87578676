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
_LITERAL = re.compile(r"(?:true|false|null)(?=[\s}])")
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
    try:
        data = json.loads(rest[cut + 4 :] if cut else rest[4:])
    except ValueError as exc:
        problems.append(_problem("markup_syntax", data_line, 1, f"the article's JSON: {exc}"))
        raise ValidationError(problems) from None
    if not isinstance(data, dict):
        problems.append(_problem("markup_syntax", data_line, 1, "the article's JSON is an object"))
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
    filled: dict[int, list[str]] = {}
    for mark in sorted(marks, key=lambda m: (m.line, m.column)):
        if echo:
            mark.attrs.setdefault("span.text", texts[mark.field][mark.start : mark.end])
        _apply(data, mark, texts[mark.field], filled, problems)
    if problems:
        raise ValidationError(problems)
    return from_dict(data, Article)


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
    decoder = json.JSONDecoder()
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
        literal = _LITERAL.match(src, i)
        if literal or (i < len(src) and src[i] in '"[{-0123456789'):
            try:
                value, i = decoder.raw_decode(src, i)
            except ValueError:
                break
        else:
            bare = _BARE.match(src, i)
            if not bare:
                break
            value, i = bare.group(0), bare.end()
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


def _root(data: dict[str, Any], ident: str) -> tuple[Any, type] | None:
    if ident == "$":
        return data, Article
    for name in _LISTS:
        for item in data.get(name) or ():
            if isinstance(item, dict) and item.get("id") == ident:
                cls = Attribution if name == "attributions" else lookup_type(item.get("type", ""))
                return item, cls or _default_class(name)
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
    filled: dict[int, list[str]],
    problems: list[Problem],
) -> None:
    found: tuple[Any, type] | None = None
    path = ""
    if mark.target.startswith("$"):
        found, path = (data, Article), mark.target[1:]
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
    cls = found[1]
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
                    node.setdefault(name, []).append({**mark.attrs, "span": span})
                    return
                if last and name == "spans":
                    node.setdefault(name, []).append(span)
                    return
                default: Any = [] if info.many else {}
                node = node.setdefault(name, default)
            else:
                if not isinstance(node, list) or int(index) > len(node):
                    raise KeyError(index)  # an item may be added after the last, no further
                if int(index) == len(node):
                    node.append({})
                node = node[int(index)]
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
    node.update(mark.attrs)
    node.setdefault("spans", []).append(span)
    if "text" in describe(cls).by_name and ("text" not in node or id(node) in filled):
        filled.setdefault(id(node), []).append(words)
        node["text"] = " ".join(filled[id(node)])
    if node.get("text", "") is None:
        del node["text"]


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
    out.append(_json_lines(data))
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
        parts = [target]
        for key, value in extra.items():
            bare = (
                isinstance(value, str)
                and _BARE.fullmatch(value)
                and value not in ("true", "false", "null")
            )
            parts.append(f"{key}={value if bare else json.dumps(value, ensure_ascii=False)}")
        return " ".join(parts)

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
            target = (
                ident if unique and _root(data, ident) == (item, cls) else (f"$.{list_name}[{k}]")
            )
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


def _json_lines(data: dict[str, Any]) -> str:
    """The article's JSON with one line per field, and one per item of a list of objects."""
    rows = []
    for key, value in data.items():
        head = json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            items = ",\n  ".join(json.dumps(v, ensure_ascii=False) for v in value)
            rows.append(f"{head}[\n  {items}\n ]")
        else:
            rows.append(head + json.dumps(value, ensure_ascii=False))
    return "{\n " + ",\n ".join(rows) + "\n}"

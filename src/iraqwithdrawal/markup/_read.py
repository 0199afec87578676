"""Reading marked text into an article (see the package's docstring for the format)."""

from __future__ import annotations

import bisect
import itertools
import json
import re
from typing import Any

import attrs

from ..description import describe
from ..errors import Problem, ValidationError
from ..models import Article, Entity, Event, Span, lookup_type
from ..serialize import from_dict
from ._syntax import (
    HEADER,
    KEY,
    SPAN_TEXT,
    STEP,
    TARGET,
    UNTAGGED,
    bad_value_at,
    find_id,
    list_of,
    member_type,
    read_value,
    set_value,
    syntax_problem,
)

__all__ = ["read_markup"]


class _Mark:
    __slots__ = ("attrs", "column", "end", "field", "line", "start", "target")

    def __init__(self, field: str, start: int, line: int, column: int) -> None:
        self.field, self.start, self.line, self.column = field, start, line, column
        self.end = start
        self.target = ""
        self.attrs: dict[str, Any] = {}


def read_markup(text: str) -> Article:
    """The article the marked ``text`` describes; a :class:`ValidationError` whose problems
    name the line and column of the markup that is wrong."""
    problems: list[Problem] = []
    # An editor's byte-order mark and CRLF line ends are not the report's: a carriage return
    # of the report itself is written "\r".
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    header: dict[str, str] = {}
    marks: list[_Mark] = []
    row = 0
    while row < len(lines) and lines[row] != "":
        key, sep, value = lines[row].partition(": ")
        if lines[row].startswith("#"):
            pass  # a comment: what the report is, where it comes from
        elif key == SPAN_TEXT and value in ("yes", "no"):
            header[key] = value
        elif not sep or key not in HEADER:
            problems.append(
                syntax_problem(
                    "markup_syntax",
                    row + 1,
                    1,
                    f"a header line is 'headline: ...' ({', '.join(HEADER)})",
                )
            )
        else:
            header[key] = _parse(value, key, row + 1, len(key) + 3, marks, problems, True)
        row += 1
    rest = "\n".join(lines[row + 1 :])
    cut = ("\n" + rest).find("\n---\n")
    if cut < 0:
        problems.append(
            syntax_problem(
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
    echo = header.pop(SPAN_TEXT, "no") == "yes"
    texts = {"body": body, **header}
    filled: dict[int, list[str] | None] = {}
    holes: list[tuple[list[Any], int, _Mark]] = []
    for mark in sorted(marks, key=lambda m: (m.line, m.column)):
        if echo:
            mark.attrs.setdefault("span.text", texts[mark.field][mark.start : mark.end])
        _apply(data, mark, texts[mark.field], filled, problems, where, holes)
    for items, index, mark in holes:
        if items[index] == {}:
            problems.append(
                syntax_problem(
                    "markup_target",
                    mark.line,
                    mark.column,
                    f"{mark.target!r} names an item after item {index}, which no mark gives",
                )
            )
    if problems:
        raise ValidationError(problems)
    try:
        return from_dict(data, Article)
    except ValidationError as exc:
        raise ValidationError([_located(p, where) for p in exc.problems]) from None


def _with_attrs(span: dict[str, Any], pairs: dict[str, Any]) -> dict[str, Any]:
    """``span`` with the mark's ``key=value`` pairs set in it."""
    for key, value in pairs.items():
        set_value(span, key, value)
    return span


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
            if nxt == "\n":  # a line of the file goes on on the next one
                i, line, column = i + 2, line + 1, 1
                continue
            out.append({"n": "\n", "r": "\r"}.get(nxt, nxt))
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
                    syntax_problem(
                        "markup_syntax",
                        line,
                        column,
                        "a ']' closing marked words is followed by '{target}'",
                    )
                )
                i, column = i + 1, column + 1
                continue
            j, made = _spec(src, i + 2, mark, problems, line, column)
            newlines = src.count("\n", i, j)
            if newlines:
                line, column = line + newlines, j - src.rfind("\n", i, j)
            else:
                column += j - i
            i = j
            if mark.end <= mark.start:
                problems.append(
                    syntax_problem(
                        "markup_empty", mark.line, mark.column, "marked words are not empty"
                    )
                )
            else:
                marks.extend(made)
            continue
        if ch in "[]{}":
            problems.append(
                syntax_problem("markup_syntax", line, column, f"a literal {ch!r} is written \\{ch}")
            )
        out.append(ch)
        size += 1
        if ch == "\n":
            line, column = line + 1, 1
        else:
            column += 1
        i += 1
    for mark in open_marks:
        problems.append(
            syntax_problem("markup_syntax", mark.line, mark.column, "'[' is never closed")
        )
    return "".join(out)


def _spec(
    src: str, i: int, mark: _Mark, problems: list[Problem], line: int, col: int
) -> tuple[int, list[_Mark]]:
    """Read ``target key=value ... | target key=value ...}`` from ``i``: the index after the
    ``}``, and the marks (one per target, all on the same words)."""
    marks = [mark]
    while True:
        while i < len(src) and src[i] in " \n":
            i += 1
        found = TARGET.match(src, i)
        if not found:
            break
        mark.target = found.group(0)
        i = found.end()
        while i < len(src):
            while i < len(src) and src[i] in " \n":
                i += 1
            if i < len(src) and src[i] in "}|":
                break
            key = KEY.match(src, i)
            if not key:
                break
            i = key.end()
            if not key.group(2):
                mark.attrs["form"] = key.group(1)  # a bare word is a mention's form
                continue
            got = read_value(src, i)
            if got is None:
                break
            value, i = got
            mark.attrs[key.group(1)] = value
        if i < len(src) and src[i] == "}":
            return i + 1, marks
        if i >= len(src) or src[i] != "|":
            break
        i += 1
        mark = _Mark(mark.field, mark.start, mark.line, mark.column)
        mark.end = marks[0].end
        marks.append(mark)
    problems.append(
        syntax_problem(
            "markup_syntax",
            line,
            col,
            "a mark's braces hold targets (each with key=value pairs) split by '|', then '}'",
        )
    )
    end = src.find("}", i)
    return (len(src) if end < 0 else end + 1), []


def _declarations(
    src: str, first: int, where: dict[str, tuple[int, int]], problems: list[Problem]
) -> dict[str, Any] | None:
    """The article's other fields: a JSON object, or declarations (``@id tag key=value ...``
    for an object of one of the article's lists, ``$ key=value ...`` for the article's own
    fields). A declaration goes on over the indented lines after it, so a value in brackets
    or braces may take several lines; ``#`` starts a comment line."""
    if src.lstrip().startswith("{"):
        try:
            parsed: Any = json.loads(src)
        except ValueError as exc:
            problems.append(syntax_problem("markup_syntax", first, 1, f"the article's JSON: {exc}"))
            return None
        if not isinstance(parsed, dict):
            problems.append(syntax_problem("markup_syntax", first, 1, "the JSON is an object"))
            return None
        return parsed
    data: dict[str, Any] = {}
    blocks: list[list[tuple[int, str]]] = []
    for number, line in enumerate(src.split("\n"), first):
        if not line.strip() or line.startswith("#"):
            continue
        if line[0] in " \t":
            if blocks and blocks[-1]:
                blocks[-1].append((number, line))
            else:
                problems.append(syntax_problem("markup_syntax", number, 1, "nothing to continue"))
        else:
            blocks.append([(number, line)])
    for block in blocks:
        _declaration(block, data, where, problems)
    return data


def _declaration(
    block: list[tuple[int, str]],
    data: dict[str, Any],
    where: dict[str, tuple[int, int]],
    problems: list[Problem],
) -> None:
    """Read one declaration, its first line and the indented lines that continue it."""
    number, line = block[0]
    text = "\n".join(part for _, part in block)
    starts = list(itertools.accumulate((len(part) + 1 for _, part in block[:-1]), initial=0))

    def place(i: int) -> tuple[int, int]:
        k = bisect.bisect_right(starts, i) - 1
        return block[k][0], i - starts[k] + 1

    item: dict[str, Any]
    if line.startswith("$") and line[1:2] in ("", " ", "\t"):
        item, i = data, 1
    elif line.startswith("@"):
        head = re.compile(r"@(\S+)[ \t]+([a-z][a-z0-9_]*)").match(line)
        listed = list_of(head.group(2)) if head else None
        if head is None or listed is None:
            problems.append(
                syntax_problem(
                    "markup_syntax",
                    number,
                    1,
                    "a declaration is '@id tag key=value ...' with the tag of an entity, "
                    "event, quote, claim, dispute, media item or communication, or "
                    "'attribution' or 'entry'",
                )
            )
            return
        item = {"id": head.group(1)}
        if head.group(2) not in UNTAGGED:
            item["type"] = head.group(2)
        items = data.setdefault(listed, [])
        where[f"$.{listed}[{len(items)}]"] = (number, 1)
        items.append(item)
        i = head.end()
    else:
        problems.append(
            syntax_problem(
                "markup_syntax",
                number,
                1,
                "a line after '---' starts with '@', '$', '#' or a space",
            )
        )
        return
    while True:
        while i < len(text) and text[i] in " \t\n":
            i += 1
        if i >= len(text):
            return
        key = KEY.match(text, i)
        got = read_value(text, key.end()) if key and key.group(2) else None
        if key is None or got is None:
            at = bad_value_at(text, key.end()) if key and key.group(2) else i
            problems.append(
                syntax_problem(
                    "markup_syntax", *place(at), "expected key=value (a JSON value or a bare word)"
                )
            )
            return
        try:
            set_value(item, key.group(1), got[0])
        except TypeError:
            problems.append(
                syntax_problem(
                    "markup_syntax",
                    *place(i),
                    f"{key.group(1)!r} goes inside a value that is no object",
                )
            )
            return
        if item is data:
            where[f"$.{key.group(1).split('.')[0]}"] = place(i)
        i = got[1]


def _apply(
    data: dict[str, Any],
    mark: _Mark,
    text: str,
    filled: dict[int, list[str] | None],
    problems: list[Problem],
    where: dict[str, tuple[int, int]],
    holes: list[tuple[list[Any], int, _Mark]],
) -> None:
    """Give the span of ``mark`` to what its target names (see the module's docstring).
    An index past the end of a list leaves empty items before it (``holes``) for the marks
    further on to fill: ``[b]{x.mentions[1]} ... [a]{x.mentions[0]}`` keeps an order that
    is not the order of the text."""
    found: tuple[Any, type, str] | None = None
    path = ""
    if mark.target.startswith("$"):
        found, path = (data, Article, "$"), mark.target[1:]
    else:
        cuts = [m.start() for m in re.finditer(r"[.\[]", mark.target)] + [len(mark.target)]
        for cut in reversed(cuts):
            found = find_id(data, mark.target[:cut])
            if found is not None:
                path = mark.target[cut:]
                break
    if found is None:
        problems.append(
            syntax_problem(
                "markup_target",
                mark.line,
                mark.column,
                f"no object has the id at the start of {mark.target!r}",
            )
        )
        return
    node: Any = found[0]
    cls, at = found[1], found[2]
    steps = STEP.findall(path)
    if "".join(f".{a}" if a else f"[{b}]" for a, b in steps) != path:
        problems.append(
            syntax_problem(
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
                cls = member_type(info.type)
                if last and cls is Span and not info.many:  # one span: the mark is it
                    node[name] = _with_attrs(span, mark.attrs)
                    where[f"{at}.{name}"] = (mark.line, mark.column)
                    return
                if last and name == "mentions":
                    mention: dict[str, Any] = {"span": span}
                    for key, value in mark.attrs.items():
                        set_value(mention, key, value)
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
                if not isinstance(node, list):
                    raise KeyError(index)
                while int(index) >= len(node):
                    if int(index) > len(node):
                        holes.append((node, len(node), mark))
                    node.append({})
                items, node = node, node[int(index)]
                at = f"{at}[{index}]"
                if last and cls is Span:  # an item of a list of spans
                    items[int(index)] = _with_attrs(span, mark.attrs)
                    where[at] = (mark.line, mark.column)
                    return
                if last and attrs.has(cls) and "span" in describe(cls).by_name:
                    node["span"] = span  # a mention at its place in the list
                    for key, value in mark.attrs.items():
                        set_value(node, key, value)
                    where[at] = (mark.line, mark.column)
                    return
                tagged = lookup_type(node.get("type", "")) if isinstance(node, dict) else None
                if tagged is not None and issubclass(tagged, cls):
                    cls = tagged
    except (KeyError, TypeError, AttributeError):
        problems.append(
            syntax_problem(
                "markup_target",
                mark.line,
                mark.column,
                f"{mark.target!r} is not a path to something with spans",
            )
        )
        return
    if not isinstance(node, dict) or "spans" not in describe(cls).by_name:
        problems.append(
            syntax_problem(
                "markup_target", mark.line, mark.column, f"{mark.target!r} holds no spans"
            )
        )
        return
    where.setdefault(at, (mark.line, mark.column))
    try:
        for key, value in mark.attrs.items():
            set_value(node, key, value)
    except TypeError:
        problems.append(
            syntax_problem(
                "markup_target", mark.line, mark.column, "a key=value goes into no object"
            )
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

"""Writing an article as marked text (see the package's docstring for the format)."""

from __future__ import annotations

import json
import re
from typing import Any

from ..description import describe, is_class
from ..models import SCHEMA_VERSION, Article, Entity, Event, Mention, Span, lookup_type
from ..serialize import to_dict
from ._syntax import (
    HEADER,
    KEY,
    LISTS,
    RANK,
    SPAN_TEXT,
    UNTAGGED,
    default_class,
    find_id,
    flat,
    key_text,
    list_of,
    member_type,
    root_of,
    written,
)

__all__ = ["to_markup"]

_ID = re.compile(r"[^\s{}\[\]\\|.$]+")


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
    out = [f"{SPAN_TEXT}: yes"] if echo else []
    for key in HEADER:
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
    home: dict[int, tuple[Any, str]] = {}  # an object's parent object and key there

    def span_ok(span: Any) -> bool:
        field = span.get("field", "body")
        return field in texts and "media" not in span and span["end"] <= len(texts[field])

    def spec(target: str, extra: dict[str, Any]) -> str:
        pairs = [pair for key, v in extra.items() for pair in flat(key, v)]
        return " ".join([target, *(_pair(key, v) for key, v in pairs)])

    def visit(node: Any, target: str, cls: Any, parent: Any = None, key: str = "") -> None:
        if not isinstance(node, dict) or not is_class(cls):
            return
        home[id(node)] = (parent, key)
        ident = node.get("id")
        if isinstance(ident, str) and "." not in target and "[" not in target:
            pass  # an object of the article's lists, already named by its id
        elif isinstance(ident, str) and _ID.fullmatch(ident):
            found = find_id(data, ident)
            if found is not None and found[0] is node:
                target = ident  # a nested object with an id of its own (a quantity)
        by_name = describe(cls).by_name
        for name, value in list(node.items()):
            info = by_name.get(name)
            if info is None:
                continue
            inner = member_type(info.type)
            if name == "mentions" and isinstance(value, list) and inner is Mention:
                group_mentions(node, target, value, cls)
            elif name == "spans" and isinstance(value, list) and inner is Span:
                group_spans(node, target, value, cls)
            elif inner is Span and not info.many and isinstance(value, dict):
                group_span(node, f"{target}.{name}", name, value)
            elif info.holds_models and isinstance(value, list):
                for k, item in enumerate(value):
                    visit(item, f"{target}.{name}[{k}]", inner)
            elif name == "trigger" and issubclass(cls, Event) and _ID.fullmatch(target):
                visit(value, target, inner, node, name)  # an event's words are its trigger
            elif info.holds_models:
                visit(value, f"{target}.{name}", inner, node, name)

    def echo_of(span: dict[str, Any]) -> Any:
        """``(whether it is the marked words, text)``, or ``None`` when the span has no
        text."""
        if "text" not in span:
            return None
        words = texts[span.get("field", "body")][span["start"] : span["end"]]
        return (span["text"] == words, span["text"])

    def in_order(spans: list[Any]) -> bool:
        keys = [(RANK[s.get("field", "body")], s["start"], -s["end"]) for s in spans]
        return keys == sorted(keys)

    def group_mentions(node: dict[str, Any], target: str, items: list[Any], cls: type) -> None:
        if not all(isinstance(m.get("span"), dict) and span_ok(m["span"]) for m in items):
            return
        g = len(groups)
        ordered = in_order([m["span"] for m in items])
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
                    spec(name if ordered else f"{target}.mentions[{k}]", extra),
                    take,
                    echo_of(s),
                )
            )
        groups.append(group)

    def group_spans(node: dict[str, Any], target: str, items: list[Any], cls: type) -> None:
        if not all(span_ok(s) for s in items):
            return
        g = len(groups)
        by_name = describe(cls).by_name
        is_event_root = issubclass(cls, Event) or issubclass(cls, Entity)
        name = target + ".spans" if is_event_root else target
        words = " ".join(texts[s.get("field", "body")][s["start"] : s["end"]] for s in items)
        ordered = in_order(items)  # else each mark names its place, and the text is kept
        autofill = ordered and not is_event_root and "text" in by_name

        def take() -> None:
            node.pop("spans")
            if autofill:
                if node.get("text") == words:
                    node.pop("text")
                elif "text" not in node:
                    node["text"] = None
            parent, key = home.get(id(node), (None, ""))
            if not node and isinstance(parent, dict) and parent.get(key) is node:
                del parent[key]  # emptied: reading the mark makes it again

        group = []
        for k, s in enumerate(items):
            group.append(
                (
                    g,
                    s.get("field", "body"),
                    s["start"],
                    s["end"],
                    k,
                    spec(name if ordered else f"{target}.spans[{k}]", {}),
                    take,
                    echo_of(s),
                )
            )
        groups.append(group)

    def group_span(node: dict[str, Any], target: str, name: str, span: dict[str, Any]) -> None:
        """A field that holds one span (``anchor_span``): a mark of its own."""
        if not span_ok(span) or set(span) - {"start", "end", "text", "field"}:
            return

        def take() -> None:
            node.pop(name)

        where = span.get("field", "body")
        cand = (len(groups), where, span["start"], span["end"], 0, target, take, echo_of(span))
        groups.append([cand])

    for list_name in LISTS:
        for k, item in enumerate(data.get(list_name) or ()):
            cls = default_class(list_name)
            if list_name != "attributions":
                cls = lookup_type(item.get("type", "")) or cls
            ident = item.get("id")
            unique = isinstance(ident, str) and "." not in ident and "[" not in ident
            first = root_of(data, ident) if unique else None
            target = ident if first is not None and first[0] is item else (f"$.{list_name}[{k}]")
            visit(item, target, cls)
    for key, value in data.items():
        if key not in LISTS:
            info = describe(Article).by_name.get(key)
            if info is not None and info.holds_models:
                if isinstance(value, list):
                    for k, item in enumerate(value):
                        visit(item, f"$.{key}[{k}]", member_type(info.type))
                else:
                    visit(value, f"$.{key}", member_type(info.type))
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


#: How wide the writer makes a line: a line of the body much longer (a paragraph, not a row
#: of a table) is broken at spaces (a ``\\`` ending a line joins it to the next), a
#: declaration goes on over indented lines.
WIDTH = 96
#: Punctuation after which a text written without spaces may be broken.
_STOPS = frozenset("\u3002\uff0c\u3001\uff1b\uff1a\uff01\uff1f")  # ideographic stops and commas


def _pair(key: str, value: Any) -> str:
    """``key=value`` in a mark; a mention's form is written as the bare name it is."""
    if key == "form" and isinstance(value, str) and KEY.fullmatch(value) and "." not in value:
        if written(value) == value:
            return value
    return f"{key}={written(value)}"


def _render(text: str, marks: list[_Cand], header: bool) -> str:
    opens: dict[int, int] = {}
    closes: dict[int, list[str]] = {}
    merged: list[tuple[int, int, list[str]]] = []  # marks on the same words share brackets
    for m in marks:
        if merged and merged[-1][:2] == (m[2], m[3]):
            merged[-1][2].append(m[5])
        else:
            merged.append((m[2], m[3], [m[5]]))
    for start, end, specs in merged:
        opens[start] = opens.get(start, 0) + 1
        closes.setdefault(end, []).insert(0, "]{" + " | ".join(specs) + "}")
    out: list[str] = []
    breaks: list[int] = []  # indexes in out after which a line may be broken
    for i, ch in enumerate(text):
        out.extend(closes.get(i, ()))
        out.append("[" * opens.get(i, 0))
        if ch in "[]{}\\":
            out.append("\\" + ch)
        elif ch == "\r" or (header and ch == "\n"):
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
            if not header and (ch == " " or ch in _STOPS) and text[i + 1 : i + 2] not in ("", " "):
                breaks.append(len(out) - 1)
    out.extend(closes.get(len(text), ()))
    return "".join(out) if header else _wrap(out, breaks)


def _wrap(out: list[str], breaks: list[int]) -> str:
    """The rendered body with its long lines broken at ``breaks``: a ``\\`` at the end of a
    line joins it to the next, so the text read back is the same."""
    long = {k for k, text in enumerate("".join(out).split("\n")) if len(text) > WIDTH * 3 // 2}
    done: list[str] = []
    line, row, last = "", 0, 0
    for b in [*breaks, len(out) - 1]:
        piece = "".join(out[last : b + 1])
        last = b + 1
        head = piece.split("\n", 1)[0]
        if line and row in long and len(line) + len(head) > WIDTH:
            done.append(line + "\\\n")
            line = "\\" + piece if piece.startswith("-") else piece  # never a line "---"
        else:
            line += piece
        if "\n" in piece:
            row += piece.count("\n")
            cut = line.rfind("\n") + 1
            done.append(line[:cut])
            line = line[cut:]
    return "".join(done) + line


def _declare(data: dict[str, Any]) -> str:
    """The article's fields as declarations: ``$ key=value ...`` for its own fields, one
    ``@id tag key=value ...`` per object of its lists, each going on over indented lines
    when it is long (a long list one item a line)."""
    own = {k: v for k, v in data.items() if k != "type"}
    if own.get("schema_version") == SCHEMA_VERSION:
        del own["schema_version"]
    declared: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    words = {listed: word for word, listed in UNTAGGED.items()}
    for name in LISTS:
        items = own.get(name)
        if not isinstance(items, list) or not items:
            continue
        rows = []
        for item in items:
            tag = item.get("type", words.get(name)) if isinstance(item, dict) else None
            ident = item.get("id") if isinstance(item, dict) else None
            if not (isinstance(tag, str) and isinstance(ident, str) and list_of(tag) == name):
                break
            if name in UNTAGGED.values() and "type" in item:
                break
            rows.append((f"@{ident} {tag}", item))
        else:
            declared[name] = rows
            del own[name]
    out = [_lay_out("$", own)] if own else []
    for rows in declared.values():
        for head, item in rows:
            out.append(_lay_out(head, {k: v for k, v in item.items() if k not in ("id", "type")}))
    return "\n".join(out)


def _lay_out(head: str, fields: dict[str, Any]) -> str:
    """One declaration: ``head`` and its ``key=value`` pairs, as many on a line as fit; a
    value too long for its line is laid out over several (see :func:`_pretty`)."""
    lines = [head]
    for key, value in (pair for k, v in fields.items() for pair in flat(k, v)):
        one = f"{key}={written(value)}"
        if len(one) + 2 > WIDTH and isinstance(value, (list, dict)) and value:
            lines += [f"  {key}=" + _pretty(value, 2), ""]
        elif lines[-1] and len(lines[-1]) + 1 + len(one) <= WIDTH:
            lines[-1] += " " + one
        else:
            lines.append("  " + one)
    return "\n".join(line for line in lines if line)


def _pretty(value: Any, indent: int) -> str:
    """``value`` for a line indented by ``indent``: on one line when it fits, else over
    several (the reader takes a newline for a comma): a list of objects one item a line, the
    pairs of an object and the items of other lists as many on a line as fit."""
    one = written(value)
    if indent + len(one) <= WIDTH or not isinstance(value, (list, dict)) or not value:
        return one
    if isinstance(value, list) and len(value) == 1:
        return "[" + _pretty(value[0], indent + 1) + "]"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        rows = [" " * (indent + 2) + _pretty(v, indent + 2) for v in value]
        return "[\n" + "\n".join(rows) + "\n" + " " * indent + "]"
    if isinstance(value, list):
        pieces = [written(v) for v in value]
        opening, closing = "[", "]"
    else:
        pieces = [f"{key_text(k)}: " + _pretty(v, indent + 2) for k, v in value.items()]
        opening, closing = "{", "}"
    rows, line = [], opening
    for piece in pieces:
        first = piece.split("\n", 1)[0]
        if line == opening:
            line += piece
        elif "\n" not in line and len(line) + 2 + len(first) <= WIDTH - indent:
            line += ", " + piece
        else:
            rows.append(line)
            line = " " * (indent + 2) + piece
    return "\n".join([*rows, line + closing])

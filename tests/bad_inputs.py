"""The catalogue of bad inputs: each entry changes the bundled report's wire form in one way
and names the problem (JSON path and code) that loading it must report.

``shape`` marks entries that are wrong in shape, which a JSON Schema can see: types, required
fields, unknown fields and tags, enumerations, patterns, the form of a time. The others need
either a comparison between two values (a span's end after its start, a range or interval in
order, an inferred date agreeing with the stated one), which JSON Schema cannot express, or the
whole document (references, spans against the body, cycles).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, NamedTuple

Doc = dict[str, Any]


class BadInput(NamedTuple):
    name: str
    change: Callable[[Doc], None]
    path: str
    code: str
    shape: bool


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = _split(path)
        node: Any = doc
        for key in parents:
            node = node[key]
        node[last] = value

    return change


def _del(path: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = _split(path)
        node: Any = doc
        for key in parents:
            node = node[key]
        del node[last]

    return change


def _split(path: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in path.split(".")]


def _entity_index(doc: Doc, ident: str) -> int:
    return next(i for i, e in enumerate(doc["entities"]) if e["id"] == ident)


def _quote_index(doc: Doc, ident: str) -> int:
    return next(i for i, q in enumerate(doc["quotes"]) if q["id"] == ident)


def _link_cycle(doc: Doc) -> None:
    ids = [e["id"] for e in doc["events"]]
    first = ids.index("ev-withdrawal-2021")
    doc["events"][first]["links"] = [{"relation": "follows", "target": "ev-advisers-remain"}]


def _relay_cycle(doc: Doc) -> None:
    doc["quotes"][0]["attribution"]["relay"].append({"via": "the-national"})


def _duplicate_id(doc: Doc) -> None:
    doc["events"][1]["id"] = doc["events"][0]["id"]


def _quote_text(doc: Doc) -> None:
    doc["quotes"][0]["text"] = "Both sides have the impression that the mission is over"


def _span_outside(doc: Doc) -> None:
    doc["quotes"][1]["spans"] = [{"start": 5000, "end": 5010}]


CATALOGUE: list[BadInput] = [
    BadInput("not an object", lambda d: d.clear(), "$.id", "missing_field", True),
    BadInput("missing headline", _del("headline"), "$.headline", "missing_field", True),
    BadInput("number for a string", _set("headline", 5), "$.headline", "wrong_type", True),
    BadInput(
        "string for a number",
        _set("quotes.0.spans.0.start", "12"),
        "$.quotes[0].spans[0].start",
        "wrong_type",
        True,
    ),
    BadInput(
        "boolean for a number",
        _set("quotes.0.spans.0.end", True),
        "$.quotes[0].spans[0].end",
        "wrong_type",
        True,
    ),
    BadInput(
        "number for a reference",
        _set("quotes.0.attribution.source", 7),
        "$.quotes[0].attribution.source",
        "wrong_type",
        True,
    ),
    BadInput(
        "array for an object",
        _set("quotes.0.attribution", []),
        "$.quotes[0].attribution",
        "wrong_type",
        True,
    ),
    BadInput("object for an array", _set("events", {}), "$.events", "wrong_type", True),
    BadInput(
        "string for an array",
        _set("entities.0.aliases", "abc"),
        "$.entities[0].aliases",
        "wrong_type",
        True,
    ),
    BadInput(
        "unknown field",
        _set("quotes.2.attribution.speaker", "x"),
        "$.quotes[2].attribution.speaker",
        "unknown_field",
        True,
    ),
    BadInput("unknown top-level field", _set("summary", "x"), "$.summary", "unknown_field", True),
    BadInput(
        "unknown type tag",
        _set("entities.0.type", "no_such_tag"),
        "$.entities[0].type",
        "unknown_type",
        True,
    ),
    BadInput(
        "tag of the wrong kind",
        _set("events.0.type", "person"),
        "$.events[0].type",
        "wrong_kind",
        True,
    ),
    BadInput(
        "missing tag for an entity",
        _del("entities.0.type"),
        "$.entities[0].type",
        "missing_type",
        True,
    ),
    BadInput(
        "bad enum value",
        _set("events.0.scope", "finished"),
        "$.events[0].scope",
        "invalid_choice",
        True,
    ),
    BadInput(
        "unregistered term",
        _set("events.0.status", "finished"),
        "$.events[0].status",
        "unknown_term",
        True,
    ),
    BadInput(
        "unregistered event type",
        _set("events.0.event_type", "picnic"),
        "$.events[0].event_type",
        "unknown_event_type",
        True,
    ),
    BadInput(
        "impossible date",
        _set("events.9.time.date", "2020-02-30"),
        "$.events[9].time.date",
        "impossible_date",
        True,
    ),
    BadInput(
        "month 13",
        _set("events.9.time.date", "2020-13"),
        "$.events[9].time.date",
        "impossible_date",
        True,
    ),
    BadInput(
        "not EDTF",
        _set("events.9.time.date", "January 5, 2020"),
        "$.events[9].time.date",
        "edtf_invalid",
        True,
    ),
    BadInput(
        "reversed span",
        _set("quotes.0.spans.0.end", 1),
        "$.quotes[0].spans[0].end",
        "span_order",
        False,
    ),
    BadInput(
        "reversed range",
        _set("events.11.quantities.0.amount", {"low": 9, "high": 3}),
        "$.events[11].quantities[0].amount.high",
        "reversed_range",
        False,
    ),
    BadInput(
        "reversed interval",
        _set("events.9.time", {"relation": "between", "interval": "2021/2020"}),
        "$.events[9].time.interval",
        "reversed_range",
        False,
    ),
    BadInput(
        "time of the wrong shape",
        _set("events.9.time", {"relation": "between", "date": "2020"}),
        "$.events[9].time",
        "time_shape",
        True,
    ),
    BadInput(
        "inferred date contradicting the stated one",
        _set("events.15.time.inferred", "2024-03"),
        "$.events[15].time",
        "inferred_mismatch",
        False,
    ),
    BadInput("bad id", _set("entities.0.id", "1 bad"), "$.entities[0].id", "id_syntax", True),
    BadInput("empty text", _set("headline", "  "), "$.headline", "empty_text", True),
    BadInput(
        "unsupported schema version",
        _set("schema_version", "9.9"),
        "$.schema_version",
        "schema_version",
        True,
    ),
    BadInput(
        "dangling reference",
        _set("quotes.0.attribution.source", "nobody"),
        "$.quotes[0].attribution.source",
        "unresolved_reference",
        False,
    ),
    BadInput(
        "reference of the wrong kind",
        _set("events.0.locations.0", "jawad-al-bulani"),
        "$.events[0].locations[0]",
        "wrong_reference_kind",
        False,
    ),
    BadInput(
        "speaker that is a place",
        _set("quotes.0.attribution.source", "iraq"),
        "$.quotes[0].attribution.source",
        "wrong_reference_kind",
        False,
    ),
    BadInput("duplicate id", _duplicate_id, "$.events[1].id", "duplicate_id", False),
    BadInput(
        "span outside the body", _span_outside, "$.quotes[1].spans[0]", "span_out_of_bounds", False
    ),
    BadInput(
        "span text differs",
        _set("quotes.1.spans.0.text", "the discussions are in their first stages"),
        "$.quotes[1].spans[0].text",
        "span_text_mismatch",
        False,
    ),
    BadInput(
        "direct quote text differs", _quote_text, "$.quotes[0].text", "quote_text_mismatch", False
    ),
    BadInput(
        "relay cycle", _relay_cycle, "$.quotes[0].attribution.relay[2].via", "relay_cycle", False
    ),
    BadInput("event link cycle", _link_cycle, "$.events[14].links[0].target", "link_cycle", False),
    BadInput(
        "claim contests itself",
        _set("claims.0.contests", ["c-us-al-harir"]),
        "$.claims[0].contests[0]",
        "self_contest",
        False,
    ),
]


def apply(doc: Doc, bad: BadInput) -> Doc:
    """A changed deep copy of ``doc``."""
    changed = copy.deepcopy(doc)
    bad.change(changed)
    return changed


# --- random damage ------------------------------------------------------------------------------


def json_nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path (keys and indexes) of every value in a JSON document, the root first."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += json_nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += json_nodes(item, (*path, index))
    return out


Damage = list[tuple[tuple[Any, ...], Any, bool]]


def damage(doc: Any, changes: Damage) -> Any:
    """``doc`` with each ``(path, value, delete)`` applied: the key deleted, or the value set;
    a path that no longer exists is skipped."""
    for path, value, delete in changes:
        parent: Any = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            if delete and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    return doc

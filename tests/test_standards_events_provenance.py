"""PLOVER records, PROV-O provenance and Web Annotation selectors, judged by the official files
in tests/data."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import attrs
import rdflib
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import (
    PLOVER_FIELDS,
    LossKind,
    to_annotations,
    to_plover,
    to_prov,
)
from iraqwithdrawal.testing import articles

from ._paths import DATA

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")

# --- PLOVER ---------------------------------------------------------------------------------


def cameo_table_text() -> str:
    """The CAMEO-to-PLOVER table, read from the one copy the package ships."""
    path = resources.files("iraqwithdrawal.standards") / "data/plover/CAMEO2PLOVER-2021.txt"
    return path.read_text(encoding="utf-8")


@cache
def _plover_vocabulary() -> tuple[set[str], set[str], set[str]]:
    """Field names of the gold-standard records, event categories and modes of the records
    and of the CAMEO-to-PLOVER table."""
    records = json.loads((DATA / "plover/PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    fields = {key for record in records for key in record}
    categories = {r["event"] for r in records}
    modes = {r["mode"] for r in records if r.get("mode")}
    for line in cameo_table_text().splitlines():
        match = re.match(r"\s*\d+:\s*([A-Z]+)\s*(?:,\s*([a-z_]*)\s*)?", line)
        if match:
            categories.add(match[1])
            if match[2]:
                modes.add(match[2])
    return fields, categories, modes


@cache
def _manual_tables() -> dict[str, set[str]]:
    """The field names of each table in the PLOVER manual (tests/data/plover), by caption."""
    tex = (DATA / "plover/PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    tables: dict[str, set[str]] = {}
    for match in re.finditer(
        r"\\caption\{([^}]*)\}((?:(?!\\caption).)*?)\\end\{tabular\}", tex, re.S
    ):
        names = set()
        for row in match[2].split("\\\\"):
            cell = row.split("&")[0].replace("\\hline", "").strip()
            if "&" in row and re.fullmatch(r"[a-z\\_]+", cell):
                names.add(cell.replace("\\_", "_"))
        tables[match[1].strip()] = names
    return tables


def test_the_manual_tables_are_read() -> None:
    tables = _manual_tables()
    assert {"id", "date", "actor", "recipient", "event", "event_loc"} <= tables["PLOVER JSON"]
    assert PLOVER_FIELDS == tables["PLOVER JSON"]
    assert "entity_text" in tables["Information object for entities"]


def _table(prefix: str) -> set[str]:
    return next(names for caption, names in _manual_tables().items() if caption.startswith(prefix))


def _check_plover(records: list[dict[str, Any]]) -> None:
    _fields, categories, modes = _plover_vocabulary()
    for record in records:
        # "cameo" is our added field: the manual invites coders to add fields.
        assert set(record) - {"cameo"} <= _table("PLOVER JSON"), record
        assert set(record["event"]) <= categories
        assert set(record.get("mode", [])) <= modes
        if "date" in record:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        for actor in record.get("actor", []) + record.get("recipient", []):
            assert set(actor) <= _table("Information object for entities"), actor
        assert set(record.get("event_loc", {})) <= _table("Location object"), record["event_loc"]
        assert set(record.get("text_info", {})) <= _table("Information object for text")
        assert set(record.get("cite_info", {})) <= _table("Information object for citations")
        if "text_info" in record:
            assert record["text_info"]["start"] <= record["text_info"]["end"]


def test_seed_plover_records() -> None:
    conversion = to_plover(seed_report())
    records = conversion.document
    _check_plover(records)
    by_category = {r["event"][0] for r in records}
    assert {"RETREAT", "CONCEDE", "AGREE", "CONSULT"} <= by_category
    # No event with a PLOVER category states a whole day in the seed: no date is written.
    assert not any("date" in r for r in records)
    by_id = {r["id"].rsplit("-ev-", 1)[1]: r for r in records}
    # RETREAT only for the withdrawal that happened; the planned ones are CONCEDE (the
    # manual's "announcements of future retreats"), the proposed one is left out.
    withdrawal = by_id["withdrawal-2021"]
    assert withdrawal["event"] == ["RETREAT"]
    assert withdrawal["cameo"] == "0874" and withdrawal["mode"] == ["withdraw"]
    assert [r["id"] for r in records if r["event"] == ["RETREAT"]] == [withdrawal["id"]]
    for planned in ("partial-withdrawal", "complete-withdrawal-target"):
        assert by_id[planned]["event"] == ["CONCEDE"] and "cameo" not in by_id[planned]
    assert "coalition-withdrawal" not in by_id  # proposed: nobody did it
    assert any(
        loss.path == "$.events[2]" and "proposed" in loss.message for loss in conversion.losses
    )
    for record in records:
        if "text_info" in record:
            body = seed_report().body
            assert body[record["text_info"]["start"] : record["text_info"]["end"]] == record["text"]
    assert any("anonymous source" in loss.message for loss in conversion.losses)


@given(articles())
def test_generated_plover_records(article: iw.Article) -> None:
    _check_plover(to_plover(article).document)


def test_a_stated_day_becomes_the_plover_date() -> None:
    article = seed_report()
    index = next(
        i
        for i, e in enumerate(article.events)
        if e.event_type == "withdrawal" and e.status is iw.EventStatus.COMPLETED
    )
    day = iw.TimeExpression(date=iw.PartialDate(year=2021, month=12, day=22))
    events = list(article.events)
    events[index] = attrs.evolve(events[index], time=day)
    records = to_plover(attrs.evolve(article, events=tuple(events))).document
    assert [r["date"] for r in records if "date" in r] == ["2021-12-22"]


# --- PROV-O ---------------------------------------------------------------------------------


@cache
def _prov_terms() -> set[str]:
    graph = rdflib.Graph().parse(DATA / "prov-o/prov-o.ttl", format="turtle")
    return {str(s) for s in graph.subjects() if str(s).startswith(str(PROV))}


def _check_prov(document: dict[str, Any]) -> rdflib.Graph:
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    used = {str(p) for p in graph.predicates()} | {str(o) for o in graph.objects()}
    prov_used = {t for t in used if t.startswith(str(PROV))}
    assert prov_used and prov_used <= _prov_terms(), prov_used - _prov_terms()
    return graph


def test_seed_provenance_follows_the_relay() -> None:
    article = seed_report()
    graph = _check_prov(to_prov(article).document)
    quoted = list(graph.subject_objects(PROV.wasQuotedFrom))
    assert quoted  # the direct quote of al-Bulani relayed by The National, then TASS
    primary = list(graph.subject_objects(PROV.hadPrimarySource))
    assert len(primary) >= len(article.quotes) + len(article.claims)
    agents = {str(o) for o in graph.objects(None, PROV.wasAttributedTo)}
    assert any(a.endswith("#tass") for a in agents)
    assert any(a.endswith("#the-national") for a in agents)
    art = rdflib.URIRef(f"urn:iraqwithdrawal:article:{article.id}")
    assert list(graph.objects(art, PROV.wasDerivedFrom))


@given(articles())
def test_generated_provenance_uses_only_prov_terms(article: iw.Article) -> None:
    _check_prov(to_prov(article).document)


def test_relay_order_is_kept() -> None:
    article = seed_report()
    quote = article.quotes[0]
    graph = _check_prov(to_prov(article).document)
    hops = [hop.via for hop in quote.attribution.relay]
    # Walk back from the article's quote to the original, through every hop in reverse.
    node = next(
        s for s in graph.subjects(PROV.hadPrimarySource) if str(s).endswith("#quotes-0-attribution")
    )
    seen = []
    while True:
        nxt = next(iter(graph.objects(node, PROV.wasQuotedFrom)), None) or next(
            iter(graph.objects(node, PROV.wasDerivedFrom)), None
        )
        if nxt is None:
            break
        by = next(iter(graph.objects(nxt, PROV.wasAttributedTo)), None)
        seen.append(str(by).rsplit("#", 1)[-1])
        node = nxt
    assert seen[:-1] == list(reversed(hops))
    assert seen[-1] == quote.attribution.source


# --- Web Annotation -------------------------------------------------------------------------


def _check_selectors(article: iw.Article, document: dict[str, Any]) -> int:
    body = article.body
    count = 0
    for item in document["first"]["items"]:
        for target in item["target"]:
            quote, position = target["selector"]
            assert (
                quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
            )
            start, end = position["start"], position["end"]
            assert body[start:end] == quote["exact"]
            assert body[:start].endswith(quote["prefix"])
            assert body[end:].startswith(quote["suffix"])
            # The quote selector alone picks the same place.
            found = body.find(quote["prefix"] + quote["exact"] + quote["suffix"])
            assert found + len(quote["prefix"]) == start
            count += 1
    return count


def test_seed_annotations_select_exactly_the_quotes() -> None:
    article = seed_report()
    document = to_annotations(article).document
    assert _check_selectors(article, document) >= len(article.quotes)
    by_id = {item["id"].rsplit("-", 1)[-1]: item for item in document["first"]["items"]}
    for quote in article.quotes:
        item = next(
            i for i in document["first"]["items"] if i["id"].endswith(f"annotation-{quote.id}")
        )
        exact = " ".join(t["selector"][0]["exact"] for t in item["target"])
        if quote.attribution.mode is iw.AttributionMode.DIRECT:
            assert exact == quote.text
    assert by_id


def test_annotation_terms_are_in_the_official_context() -> None:
    context = json.loads((DATA / "web-annotation/anno.jsonld").read_text(encoding="utf-8"))[
        "@context"
    ]
    document = to_annotations(seed_report()).document
    terms = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if not key.startswith("@"):
                    terms.add(key)
                if key in ("type", "motivation") and isinstance(value, str):
                    terms.add(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    assert terms <= set(context), terms - set(context)


@given(articles())
def test_generated_annotations_select_exactly(article: iw.Article) -> None:
    _check_selectors(article, to_annotations(article).document)


def test_quote_without_spans_is_reported() -> None:
    article = seed_report()
    quote = attrs.evolve(article.quotes[1], spans=())
    changed = attrs.evolve(article, quotes=(article.quotes[0], quote, *article.quotes[2:]))
    conversion = to_annotations(changed)
    assert any(
        loss.kind is LossKind.DROPPED and loss.path == "$.quotes[1]" for loss in conversion.losses
    )


def test_every_exporter_reports_fields_it_does_not_know() -> None:
    from iraqwithdrawal.standards import to_ninjs, to_schemaorg

    @attrs.frozen(kw_only=True)
    class RankedPerson(iw.Person):
        rank: str = "colonel"

    iw.register_type("ranked_person_loss_test", RankedPerson)
    try:
        article = seed_report()
        person = RankedPerson(id="colonel-x", name="Colonel X", rank="major")
        plain = RankedPerson(id="colonel-y", name="Colonel Y")  # rank left at its default
        entities = (*article.entities, person, plain)
        doc = iw.to_dict(attrs.evolve(article, entities=entities))
        doc["x_note"] = "kept in lenient mode"
        loaded = iw.from_dict(doc, unknown="keep")
        for exporter in (to_schemaorg, to_ninjs, to_plover, to_prov, to_annotations):
            messages = [str(loss) for loss in exporter(loaded).dropped]
            conversion = exporter(loaded)
            paths = [loss.path for loss in conversion.dropped]
            at = len(article.entities)
            assert conversion.lost(f"$.entities[{at}].rank") is not None, exporter
            assert f"$.entities[{at + 1}].rank" not in paths, exporter
            if f"$.entities[{at}].rank" in paths:
                assert any("RankedPerson" in m for m in messages), exporter
            assert "$.x_note" in paths, exporter
    finally:
        iw.unregister_type("ranked_person_loss_test")


def test_plover_text_is_one_range_whatever_the_order_of_the_spans() -> None:
    article = seed_report()
    index = next(i for i, e in enumerate(article.events) if e.id == "ev-withdrawal-2021")
    late = iw.Span(
        start=article.body.index("military advisers"),
        end=article.body.index("military advisers") + 8,
    )
    early = iw.Span(start=0, end=3)
    events = list(article.events)
    events[index] = attrs.evolve(events[index], spans=(late, early))
    records = to_plover(attrs.evolve(article, events=tuple(events))).document
    record = next(r for r in records if r["id"].endswith("ev-withdrawal-2021"))
    assert record["text_info"] == {"start": 0, "end": late.end}
    assert record["text"] == article.body[: late.end]


def test_plover_future_and_negated_events() -> None:
    article = seed_report()
    index = next(i for i, e in enumerate(article.events) if e.id == "ev-withdrawal-2021")
    events = list(article.events)
    negated = iw.Factuality(polarity=iw.Polarity.NEGATIVE)
    events[index] = attrs.evolve(events[index], factuality=negated)
    talks = next(i for i, e in enumerate(events) if e.id == "ev-talks")
    events[talks] = attrs.evolve(events[talks], status=iw.EventStatus.PLANNED)
    conversion = to_plover(attrs.evolve(article, events=tuple(events)))
    by_id = {r["id"].rsplit("-ev-", 1)[1]: r for r in conversion.document}
    assert by_id["withdrawal-2021"]["context"] == ["negation"]
    assert by_id["talks"]["event"] == ["AGREE"]  # planned consultation: the manual's AGREE
    _check_plover(conversion.document)

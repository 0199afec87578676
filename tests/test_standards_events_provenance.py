"""PROV-O provenance and Web Annotation selectors, judged by the official files in tests/data
(PLOVER records are judged in test_plover.py)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import attrs
import rdflib
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import (
    LossKind,
    to_annotations,
    to_plover,
    to_prov,
)
from iraqwithdrawal.testing import articles

from ._paths import DATA

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")

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

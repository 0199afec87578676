"""schema.org JSON-LD: every term exists in schema.org 30.0 and is used on a type in its
domain, the output becomes RDF with rdflib offline, and losses are reported."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
import rdflib
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import LossKind, to_schemaorg
from iraqwithdrawal.testing import articles

from ._paths import DATA

VOCAB = DATA / "schemaorg/schemaorg-30.0-terms.jsonld"


@cache
def _vocabulary() -> tuple[dict[str, Any], dict[str, set[str]]]:
    graph = json.loads(VOCAB.read_text(encoding="utf-8"))["@graph"]
    nodes = {n["@id"].removeprefix("schema:"): n for n in graph if n["@id"].startswith("schema:")}
    parents: dict[str, set[str]] = {}
    for name, node in nodes.items():
        sup = node.get("rdfs:subClassOf", [])
        sup = sup if isinstance(sup, list) else [sup]
        parents[name] = {s["@id"].removeprefix("schema:") for s in sup if isinstance(s, dict)}
    return nodes, parents


def _ancestors(name: str) -> set[str]:
    _, parents = _vocabulary()
    seen, todo = {name}, [name]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _ids(value: Any) -> set[str]:
    values = value if isinstance(value, list) else [value]
    return {v["@id"].removeprefix("schema:") for v in values if isinstance(v, dict)}


def _check_terms(node: Any, problems: list[str], path: str = "$") -> None:
    nodes, _ = _vocabulary()
    if isinstance(node, list):
        for i, item in enumerate(node):
            _check_terms(item, problems, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    if kind is not None:
        if kind not in nodes or "schema:supersededBy" in nodes[kind]:
            problems.append(f"{path}: type {kind} is not a current schema.org term")
    for key, value in node.items():
        if key.startswith("@"):
            if key == "@id" and isinstance(value, str) and value.startswith("https://schema.org/"):
                term = value.removeprefix("https://schema.org/")
                if term not in nodes:
                    problems.append(f"{path}: {term} is not a schema.org term")
            continue
        term = nodes.get(key)
        if term is None or "schema:supersededBy" in term:
            problems.append(f"{path}.{key}: not a current schema.org term")
        elif kind is not None:
            domains = _ids(term.get("schema:domainIncludes", []))
            if not domains & _ancestors(kind):
                problems.append(f"{path}.{key}: not a property of {kind}")
        _check_terms(value, problems, f"{path}.{key}")


def _rdf(document: dict[str, Any]) -> rdflib.Graph:
    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


def test_seed_uses_only_schema_org_terms_in_their_domains() -> None:
    problems: list[str] = []
    _check_terms(to_schemaorg(seed_report()).document, problems)
    assert problems == []


@given(articles())
def test_generated_articles_use_only_schema_org_terms(article: iw.Article) -> None:
    problems: list[str] = []
    _check_terms(to_schemaorg(article).document, problems)
    assert problems == []


def test_the_checker_catches_made_up_terms() -> None:
    problems: list[str] = []
    _check_terms({"@type": "NewsArticle", "speaker": "x", "eventStatus": "y"}, problems)
    assert len(problems) == 2


def test_seed_becomes_rdf_offline() -> None:
    doc = to_schemaorg(seed_report()).document
    graph = _rdf(doc)
    schema = rdflib.Namespace("https://schema.org/")
    article = rdflib.URIRef(doc["@id"])
    assert (article, rdflib.RDF.type, schema.NewsArticle) in graph
    assert (article, schema.dateline, rdflib.Literal("24 July")) in graph
    quotes = set(graph.subjects(rdflib.RDF.type, schema.Quotation))
    assert len(quotes) == 5
    credits = {str(o) for o in graph.objects(None, schema.creditText)}
    assert credits == {"Photo: Georgia National Guard/Creative Commons 2.0"}


def test_the_seed_export_never_invents_a_date() -> None:
    conversion = to_schemaorg(seed_report())
    doc = conversion.document
    assert "datePublished" not in doc
    assert doc["dateline"] == "24 July"
    assert "2024" not in json.dumps(doc["dateline"])
    losses = {loss.path: loss for loss in conversion.losses}
    assert losses["$.dateline.time"].kind is LossKind.APPROXIMATED
    assert "no year" in losses["$.dateline.time"].message
    assert losses["$.dateline.time.inferred"].kind is LossKind.DROPPED


def test_types_of_entities() -> None:
    doc = to_schemaorg(seed_report()).document
    nodes = {
        n["identifier"]: n["@type"]
        for n in doc.get("about", []) + doc.get("mentions", [])
        if "identifier" in n
    }
    assert nodes["tass"] == "NewsMediaOrganization"
    assert nodes["iraq"] == "Country"
    assert "Person" in nodes.values() and "GovernmentOrganization" in nodes.values()
    assert doc["isBasedOn"][0]["publisher"]["@id"].endswith("#tass")
    claims = [p for p in doc["hasPart"] if p["@type"] == "Claim"]
    assert claims and all(c["appearance"]["@id"] == doc["@id"] for c in claims)


def test_contested_claims_report_their_lost_links() -> None:
    article = seed_report()
    conversion = to_schemaorg(article)
    paths = {loss.path for loss in conversion.dropped}
    for i, claim in enumerate(article.claims):
        assert claim.contests and claim.stance is not None
        assert {f"$.claims[{i}].contests", f"$.claims[{i}].stance"} <= paths


@pytest.mark.parametrize("status", list(iw.EventStatus))
def test_event_status_only_where_it_fits(status: iw.EventStatus) -> None:
    import attrs

    article = seed_report()
    events = (attrs.evolve(article.events[0], status=status), *article.events[1:])
    doc = to_schemaorg(attrs.evolve(article, events=events)).document
    event = next(n for n in doc["about"] if n.get("@type") == "Event")
    if status is iw.EventStatus.CANCELLED:
        assert event["eventStatus"] == {"@id": "https://schema.org/EventCancelled"}
    else:
        assert "eventStatus" not in event

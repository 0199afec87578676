"""schema.org JSON-LD: every term exists in schema.org 30.0 and is used on a type in its
domain, the output becomes RDF with rdflib offline, and losses are reported."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import attrs
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


_DATATYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean"}


def _typed_nodes(node: Any, found: dict[str, str]) -> dict[str, str]:
    if isinstance(node, list):
        for item in node:
            _typed_nodes(item, found)
    elif isinstance(node, dict):
        if isinstance(node.get("@id"), str) and isinstance(node.get("@type"), str):
            found[node["@id"]] = node["@type"]
        for value in node.values():
            _typed_nodes(value, found)
    return found


def _check_ranges(
    node: Any, problems: list[str], types: dict[str, str] | None = None, path: str = "$"
) -> None:
    """Every value is in its property's range (schema:rangeIncludes): text only where the
    range has a data type, a node only where its type (or the type of the node it refers
    to) is in the range."""
    nodes, _ = _vocabulary()
    types = _typed_nodes(node, {}) if types is None else types
    if isinstance(node, list):
        for i, item in enumerate(node):
            _check_ranges(item, problems, types, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key.startswith("@") or key not in nodes:
            continue
        allowed = _ids(nodes[key].get("schema:rangeIncludes", []))
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, (str, int, float)):
                if not allowed & _DATATYPES:
                    problems.append(f"{path}.{key}: a literal where {sorted(allowed)} is expected")
                elif allowed & _DATATYPES == {"URL"} and not re.match(
                    r"[A-Za-z][\w+.-]*:", str(item)
                ):
                    problems.append(f"{path}.{key}: {item!r} where a URL is expected")
            elif isinstance(item, dict):
                kind = item.get("@type") or types.get(item.get("@id", ""))
                if kind is not None and not _ancestors(kind) & allowed:
                    problems.append(f"{path}.{key}: a {kind} where {sorted(allowed)} is expected")
        _check_ranges(value, problems, types, f"{path}.{key}")


def test_seed_values_are_in_their_ranges() -> None:
    problems: list[str] = []
    _check_ranges(to_schemaorg(seed_report()).document, problems)
    assert problems == []


@given(articles())
def test_generated_values_are_in_their_ranges(article: iw.Article) -> None:
    problems: list[str] = []
    _check_ranges(to_schemaorg(article).document, problems)
    assert problems == []


def test_the_range_checker_catches_a_thing_as_creator() -> None:
    problems: list[str] = []
    _check_ranges(
        {"@type": "Quotation", "creator": {"@type": "Thing"}, "usageInfo": "CC"}, problems
    )
    assert len(problems) == 2


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news/a#top",
        "https://example.org/news/a?id=7&x=1#top",
        "https://пример.example/новости/1",
        "https://example.org/news/a%20b",
    ],
)
def test_hostile_urls_give_one_safe_graph(url: str) -> None:
    """Node ids replace the URL's fragment (never two '#'), and rdflib and PyLD read the
    same graph, with the article in it."""
    pyld = pytest.importorskip("pyld.jsonld")
    article = attrs.evolve(seed_report(), url=url)
    document = to_schemaorg(article).document
    ids = [v for v in _typed_nodes(document, {})]
    assert all(i.count("#") <= 1 for i in ids)
    graph = _rdf(document)
    article_node = rdflib.URIRef(url)
    assert (article_node, rdflib.RDF.type, rdflib.URIRef("https://schema.org/NewsArticle")) in graph
    quads = pyld.to_rdf(document, {"format": "application/n-quads"})
    assert len(graph) == len([q for q in quads.splitlines() if q.strip()]) > 100


@pytest.mark.parametrize(
    "url", ["https://example.org/a b", "example.org/a", "https://x/#a#b", "https://x/<a>"]
)
def test_a_url_that_is_no_absolute_iri_is_refused(url: str) -> None:
    with pytest.raises(iw.RuleError) as info:
        attrs.evolve(seed_report(), url=url)
    assert info.value.code == "not_iri"
    document = iw.to_dict(seed_report())
    document["url"] = url
    with pytest.raises(iw.ValidationError) as error:
        iw.from_dict(document, iw.Article)
    assert any(p.path == "$.url" and p.code == "not_iri" for p in error.value.problems)


def test_updates_give_dates_with_time_and_zone() -> None:
    from iraqwithdrawal.examples import example

    document = to_schemaorg(example("denial-correction")).document
    assert document["datePublished"] == "2025-01-19T12:00:00+00:00"
    assert document["dateModified"] == "2025-01-19T15:20:00+00:00"  # the correction
    # The live page prints a time of day with no date: nothing is invented, the loss says so.
    live = to_schemaorg(example("live-page"))
    assert "dateModified" not in live.document
    assert live.lost("$.updates[0].at")


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
    # The members of schema.org's EventStatusType that one of our statuses means exactly.
    fits = {
        iw.EventStatus.CANCELLED: "EventCancelled",
        iw.EventStatus.POSTPONED: "EventPostponed",
        iw.EventStatus.RESCHEDULED: "EventRescheduled",
    }
    if status in fits:
        assert event["eventStatus"] == {"@id": f"https://schema.org/{fits[status]}"}
    else:
        assert "eventStatus" not in event

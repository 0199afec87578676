"""The Web Annotation export as PyLD (the JSON-LD reference processor for Python) expands it
with the official context (tests/data/web-annotation/anno.jsonld), held to the model's MUSTs:
every collection, page and annotation has an id and its type, every target is a
SpecificResource with a source, and positions count the plain text that the source names."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.standards import to_annotations
from iraqwithdrawal.standards.annotation import ANNOTATION_CONTEXT, body_text_uri
from iraqwithdrawal.testing import articles

from ._paths import DATA
from ._profiles import examples

jsonld = pytest.importorskip("pyld.jsonld")

OA = "http://www.w3.org/ns/oa#"
AS = "http://www.w3.org/ns/activitystreams#"
_CONTEXT = json.loads((DATA / "web-annotation" / "anno.jsonld").read_text(encoding="utf-8"))


def _offline(url: str, _options: Any = None) -> dict[str, Any]:
    assert url == ANNOTATION_CONTEXT, url  # nothing else may be fetched
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": _CONTEXT,
    }


def _expand(document: dict[str, Any]) -> list[dict[str, Any]]:
    return jsonld.expand(document, {"documentLoader": _offline})  # type: ignore[no-any-return]


def _nodes(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for inner in value.values():
            found.extend(_nodes(inner))
    elif isinstance(value, list):
        for inner in value:
            found.extend(_nodes(inner))
    return found


def _typed(nodes: list[dict[str, Any]], iri: str) -> list[dict[str, Any]]:
    return [n for n in nodes if isinstance(n.get("@type"), list) and iri in n["@type"]]


def _judge(article: iw.Article) -> int:
    document = to_annotations(article).document
    nodes = _nodes(_expand(document))
    collections = _typed(nodes, AS + "OrderedCollection")  # what AnnotationCollection means
    pages = _typed(nodes, AS + "OrderedCollectionPage")
    annotations = _typed(nodes, OA + "Annotation")
    assert len(collections) == 1 and collections[0].get("@id")
    assert len(pages) == 1 and pages[0].get("@id"), "an AnnotationPage MUST have an id"
    assert len(annotations) == document["total"]
    for annotation in annotations:
        assert annotation.get("@id") and annotation.get(OA + "hasTarget")
        for target in annotation[OA + "hasTarget"]:
            assert OA + "SpecificResource" in target.get("@type", [])
            assert target.get(OA + "hasSource")
    # Positions count the text the source names: the plain-text body.
    body = body_text_uri(article)
    for item in document["first"]["items"]:
        for target in item["target"]:
            positions = [s for s in target["selector"] if s["type"] == "TextPositionSelector"]
            for selector in positions:
                assert target["source"]["id"] == body and target["source"]["format"] == "text/plain"
                exact = next(
                    s["exact"] for s in target["selector"] if s["type"] == "TextQuoteSelector"
                )
                assert article.body[selector["start"] : selector["end"]] == exact
    return len(annotations)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_pyld_reads_every_example_as_the_model_requires(name: str) -> None:
    assert _judge(example(name)) > 0


@settings(max_examples=examples(25))
@given(articles())
def test_pyld_reads_generated_articles_as_the_model_requires(article: iw.Article) -> None:
    _judge(article)

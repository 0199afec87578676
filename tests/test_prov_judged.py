"""The PROV-O export as the `prov` package (the W3C PROV reference library for Python) reads it:
every agent an agent, every derivation a derivation, every statement a member of its article."""

from __future__ import annotations

import json
import warnings
from collections import Counter
from typing import Any

import pytest
import rdflib
from hypothesis import given, reject, settings

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.standards import to_prov
from iraqwithdrawal.testing import articles

from ._profiles import examples

prov_model = pytest.importorskip("prov.model")

PROV = "http://www.w3.org/ns/prov#"
#: The PROV-O properties that are derivations, each of which the prov package must read as one.
DERIVATIONS = ("wasDerivedFrom", "wasQuotedFrom", "hadPrimarySource")


def _read(document: dict[str, Any]) -> tuple[rdflib.Graph, Any]:
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns about attributes it keeps as they are
        read = prov_model.ProvDocument.deserialize(
            content=graph.serialize(format="turtle"), format="rdf", rdf_format="turtle"
        )
    return graph, read


def _judge(article: iw.Article) -> None:
    graph, read = _read(to_prov(article).document)
    records = Counter(type(r).__name__ for r in read.get_records())
    typed = Counter(
        str(o)[len(PROV) :] for _s, _p, o in graph.triples((None, rdflib.RDF.type, None))
    )
    edges = Counter(str(p)[len(PROV) :] for _s, p, _o in graph if str(p).startswith(PROV))

    agents = {
        s for s, _p, o in graph.triples((None, rdflib.RDF.type, rdflib.URIRef(PROV + "Agent")))
    }
    people_and_orgs = {
        s
        for kind in ("Person", "Organization")
        for s, _p, _o in graph.triples((None, rdflib.RDF.type, rdflib.URIRef(PROV + kind)))
    }
    assert people_and_orgs <= agents
    assert records["ProvAgent"] == typed["Agent"] == len(agents)
    assert records["ProvDerivation"] == sum(edges[name] for name in DERIVATIONS)
    assert records["ProvAttribution"] == edges["wasAttributedTo"]
    assert records["ProvMembership"] == edges["hadMember"]
    assert edges["hadMember"] == len(list(article.iter_attributions()))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_prov_package_reads_every_example_completely(name: str) -> None:
    _judge(example(name))


@settings(max_examples=examples(25))
@given(articles())
def test_the_prov_package_reads_generated_articles_completely(article: iw.Article) -> None:
    try:
        _judge(article)
    except ValueError as error:
        # The prov package writes every IRI as a qualified name, so it cannot read one with
        # no '/' or '#' to split at ('http:.-news!', a valid IRI drawn for Article.url): a
        # limit of the judge, not of the export. Such a draw is drawn again.
        if "into a namespace and a local part" not in str(error):
            raise
        reject()


def test_which_statements_an_article_carries_is_one_query() -> None:
    article = example("seed")
    graph, _read_back = _read(to_prov(article).document)
    rows = graph.query(
        "SELECT ?s WHERE { ?a prov:hadMember ?s . ?a a prov:Collection }",
        initNs={"prov": rdflib.Namespace(PROV)},
    )
    carried = {str(row[0]).rsplit("#", 1)[1] for row in rows}
    assert len(carried) == len(list(article.iter_attributions())) > 10
    assert "quotes-0-attribution" in carried


def test_an_article_iri_without_a_local_name_is_still_read() -> None:
    """The prov package splits every IRI into namespace and local name; an article whose
    IRI ends in ':' or '/' is named by its #article node so that it can."""
    article = iw.Article(id="a:", headline="h", body="", language="en")
    _judge(article)
    document = to_prov(article).document
    assert document["@graph"][0]["@id"].endswith("a:#article")

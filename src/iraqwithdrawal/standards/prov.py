"""W3C PROV-O in JSON-LD: who said what, and through whom it reached the article.

Each attributed statement (a quote, a claim, an attributed event) is a chain of
``prov:Entity`` nodes:

- The speaker's original statement, ``prov:wasAttributedTo`` the speaker.
- One report per relay hop, each attributed to its outlet and derived from the step before.
  A direct quote uses ``prov:wasQuotedFrom``.
- The statement as the article carries it. It is derived from the last hop and has the
  original as ``prov:hadPrimarySource``.

The article is a ``prov:Collection`` whose ``prov:hadMember`` are the statements as it carries
them; it is attributed to its publisher and derived from the outlets it is based on. Every
person and organisation is typed ``prov:Agent`` as well. Only
PROV-O terms are written, and the context is embedded, so rdflib reads it offline.
"""

from __future__ import annotations

from typing import Any

from ..models import (
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    BasedOn,
    Claim,
    Event,
    Organization,
    Person,
    Quantity,
    Quote,
    RelayHop,
)
from ._common import (
    Conversion,
    Coverage,
    Losses,
    article_uri,
    entities_by_id,
    name_of,
    node_uri,
)

__all__ = ["PROV_CONTEXT", "to_prov"]

#: What the provenance graph carries: who said each statement, through whom it came, and
#: where the article came from. Everything else is reported as lost, at its path.
COVERAGE = Coverage(
    "PROV-O",
    {
        Article: "id url headline publisher based_on attributions quotes claims events",
        BasedOn: "source text",
        Quote: "attribution",
        Claim: "attribution",
        Event: "attributions quantities",
        Quantity: "attribution",
        Attribution: "source joint_with relay mode",
        RelayHop: "via",
    },
)

PROV_CONTEXT: dict[str, Any] = {
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def to_prov(article: Article) -> Conversion[dict[str, Any]]:
    """Provenance of the article and of every attributed statement in it, as PROV-O."""
    losses = Losses()
    entities = entities_by_id(article)
    graph: list[dict[str, Any]] = []
    agents: set[str] = set()

    def agent(ident: str) -> dict[str, str]:
        if ident not in agents and ident in entities:
            agents.add(ident)
            entity = entities[ident]
            # Typed prov:Agent as well: PROV readers (the prov package) do not infer it from
            # the subclass.
            kind = ["prov:Agent"]
            if isinstance(entity, Person):
                kind.append("prov:Person")
            elif isinstance(entity, Organization):
                kind.append("prov:Organization")
            node: dict[str, Any] = {"@id": node_uri(article, ident), "@type": kind}
            label = name_of(entity)
            if label:
                node["rdfs:label"] = label
            graph.append(node)
        return {"@id": node_uri(article, ident)}

    # The article is a collection whose members are the statements it carries, so a
    # consumer can ask which statements an article carries.
    art: dict[str, Any] = {
        "@id": _entity_iri(article),
        "@type": ["prov:Entity", "prov:Collection"],
        "rdfs:label": article.headline,
    }
    if article.publisher:
        art["prov:wasAttributedTo"] = agent(article.publisher)
    sources = []
    for based in article.based_on:
        material = {
            "@id": node_uri(article, f"materials-{based.source}"),
            "@type": "prov:Entity",
            "prov:wasAttributedTo": agent(based.source),
        }
        if based.text:
            material["rdfs:label"] = based.text
        graph.append(material)
        sources.append({"@id": material["@id"]})
    if sources:
        art["prov:wasDerivedFrom"] = sources
    graph.insert(0, art)

    members = []
    for path, attribution in article.iter_attributions():
        chain = _pointer_chain(article, entities, attribution, path, agent, losses)
        graph.extend(chain)
        members.append({"@id": chain[-1]["@id"]})
    if members:
        art["prov:hadMember"] = members
    losses.account(article, COVERAGE)
    return Conversion(
        standard="PROV-O",
        document={"@context": PROV_CONTEXT, "@graph": graph},
        losses=tuple(losses.items),
    )


def _chain(
    article: Article,
    entities: dict[str, Any],
    attribution: Attribution,
    path: str,
    agent: Any,
    losses: Losses,
) -> list[dict[str, Any]]:
    base = path.replace("$.", "").replace("[", "-").replace("]", "").replace(".", "-")
    nodes: list[dict[str, Any]] = []
    original: dict[str, Any] = {
        "@id": node_uri(article, f"{base}-original"),
        "@type": "prov:Entity",
    }
    if attribution.source is not None:
        original["prov:wasAttributedTo"] = agent(attribution.source)
    for joint in attribution.joint_with:
        original.setdefault("prov:wasAttributedTo", [])
        if isinstance(original["prov:wasAttributedTo"], dict):
            original["prov:wasAttributedTo"] = [original["prov:wasAttributedTo"]]
        original["prov:wasAttributedTo"].append(agent(joint))
    nodes.append(original)
    direct = attribution.mode is AttributionMode.DIRECT
    previous = original
    for i, hop in enumerate(attribution.relay):
        report = {
            "@id": node_uri(article, f"{base}-hop-{i}"),
            "@type": "prov:Entity",
            "prov:wasAttributedTo": agent(hop.via),
            **_derived(previous["@id"], quoted=direct),
        }
        nodes.append(report)
        previous = report
    here = {
        "@id": node_uri(article, base),
        "@type": "prov:Entity",
        **_derived(previous["@id"], quoted=direct),
        **_derived(original["@id"], primary=True),
    }
    nodes.append(here)
    if attribution.mode is AttributionMode.MIXED:
        losses.approximated(f"{path}.mode", "a partly quoted statement is written as derived")
    if attribution.time is not None:
        losses.dropped(f"{path}.time", "when it was said (PROV times need a full date-time)")
    if attribution.source is None:
        losses.approximated(path, "no source named: the original statement has no agent")
    elif isinstance(entities.get(attribution.source), AnonymousSource):
        losses.approximated(
            f"{path}.source", "an anonymous source is a prov:Agent labelled by its description"
        )
    return nodes


def _pointer_chain(
    article: Article,
    entities: dict[str, Any],
    attribution: Attribution,
    path: str,
    agent: Any,
    losses: Losses,
) -> list[dict[str, Any]]:
    """The chain of an attribution; a pointer's is the shared one's source and relay with
    its own mode laid over them. The shared one's facts are reported lost at its own path,
    so a pointer's chain reports only the losses of values the pointer itself holds."""
    if attribution.shared is None:
        return _chain(article, entities, attribution, path, agent, losses)
    try:
        in_effect = article.resolve_attribution(attribution)
    except KeyError:
        return _chain(article, entities, attribution, path, agent, losses)
    own = Losses()
    chain = _chain(article, entities, in_effect, path, agent, own)
    for loss in own.items:
        name = loss.path[len(path) + 1 :]
        if name and getattr(attribution, name, None) not in (None, ()):
            losses.items.append(loss)
    return chain


def _derived(source: str, *, quoted: bool = False, primary: bool = False) -> dict[str, Any]:
    """A derivation from ``source``. A quotation or primary source is written both ways:
    the plain property, and its qualified form, which is the one PROV readers such as the
    prov package turn into a derivation record."""
    if not quoted and not primary:
        return {"prov:wasDerivedFrom": {"@id": source}}
    plain, qualified, kind = (
        ("prov:wasQuotedFrom", "prov:qualifiedQuotation", "prov:Quotation")
        if quoted
        else ("prov:hadPrimarySource", "prov:qualifiedPrimarySource", "prov:PrimarySource")
    )
    return {
        plain: {"@id": source},
        qualified: {"@type": kind, "prov:entity": {"@id": source}},
    }


def _entity_iri(article: Article) -> str:
    """The article's IRI, as in the other exports; but PROV readers (the prov package) split
    every IRI into a namespace and a local name, which an IRI ending in ':' or '/' lacks, so
    such an article is named by its ``#article`` node instead."""
    iri = article_uri(article)
    return node_uri(article, "article") if iri.endswith((":", "/")) else iri

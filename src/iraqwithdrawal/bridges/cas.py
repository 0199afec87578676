"""UIMA CAS XMI for INCEpTION, both ways (needs the ``inception`` extra: dkpro-cassis).

The type system is generated from the model: one span type, ``iraqwithdrawal.Annotation``,
whose ``label`` feature takes the labels of the scheme (entity classes, event types,
``Quote``, ``Claim`` ...), with string features for the article's own id, an entity's name
and external ids, notes, written text and each attribute (``mode``, ``certainty`` ...); one
relation type, ``iraqwithdrawal.Relation``, with ``Governor``, ``Dependent`` and ``label``,
as INCEpTION's relation layers have; and ``iraqwithdrawal.Header`` for the article's id and
headline (the language is the CAS's document language). A quote in several stretches is
several annotations with one ``ident``.

UIMA counts offsets in UTF-16 code units (Java strings); dkpro-cassis converts them to code
points on load and back on save, so the XMI holds UTF-16 offsets and the article code points.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from typing import Any

from ..errors import Problem, ValidationError
from ..models import Article
from ..standards import Conversion, Loss, LossKind
from ._graph import Edge, Graph, Node, to_graph
from ._read import from_graph
from ._scheme import scheme

__all__ = ["from_cas", "from_xmi", "to_cas", "to_xmi", "type_system", "type_system_xml"]

STANDARD = "UIMA CAS"
SPAN, RELATION, HEADER = (
    "iraqwithdrawal.Annotation",
    "iraqwithdrawal.Relation",
    "iraqwithdrawal.Header",
)
_STRINGS = ("label", "ident", "name", "identifiers", "note", "written")


def _cassis() -> Any:
    try:
        import cassis  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the UIMA CAS bridge needs dkpro-cassis: pip install 'iraqwithdrawal[inception]'"
        ) from None
    return cassis


def type_system() -> Any:
    """The type system (a ``cassis.TypeSystem``) of the registered classes and event types."""
    cassis = _cassis()
    system = cassis.TypeSystem()
    span = system.create_type(SPAN, supertypeName="uima.tcas.Annotation")
    for name in (*_STRINGS, *(a.lower() for a in scheme().attributes)):
        system.create_feature(span, name, "uima.cas.String")
    relation = system.create_type(RELATION, supertypeName="uima.tcas.Annotation")
    system.create_feature(relation, "Governor", SPAN)
    system.create_feature(relation, "Dependent", SPAN)
    system.create_feature(relation, "label", "uima.cas.String")
    header = system.create_type(HEADER, supertypeName="uima.tcas.Annotation")
    system.create_feature(header, "ident", "uima.cas.String")
    system.create_feature(header, "headline", "uima.cas.String")
    return system


def type_system_xml() -> str:
    """The type system as UIMA's XML type system descriptor, for an INCEpTION project."""
    return str(type_system().to_xml())


def to_cas(article: Article) -> Conversion[Any]:
    """The article as a CAS (``cassis.Cas``), with what a CAS of this type system cannot
    hold."""
    sch = scheme()
    graph, losses = to_graph(article, sch, STANDARD, header=True)
    system = type_system()
    cas = _cassis().Cas(typesystem=system)
    cas.sofa_string = graph.text
    cas.document_language = article.language
    span_type, relation_type = system.get_type(SPAN), system.get_type(RELATION)
    cas.add(system.get_type(HEADER)(begin=0, end=0, ident=article.id, headline=article.headline))
    first: dict[str, Any] = {}
    for node in graph.nodes:
        for k, (start, end) in enumerate(node.spans):
            values: dict[str, Any] = {"label": node.label, "ident": node.ident}
            if k == 0:
                values.update(
                    name=node.name,
                    identifiers="\n".join(f"{s}:{v}" for s, v in node.refs) or None,
                    note=node.note,
                    written=node.text,
                )
                values.update({name.lower(): value for name, value in node.attributes})
            made = span_type(begin=start, end=end, **values)
            cas.add(made)
            first.setdefault(node.key, made)
    for edge in graph.edges:
        target = first[edge.target]
        cas.add(
            relation_type(
                begin=target.begin,
                end=target.end,
                Governor=first[edge.source],
                Dependent=target,
                label=edge.label,
            )
        )
    return Conversion(standard=STANDARD, document=cas, losses=tuple(losses.items))


def to_xmi(article: Article) -> Conversion[str]:
    """The article as XMI text (UTF-16 offsets), with its losses."""
    conversion = to_cas(article)
    return Conversion(
        standard=STANDARD, document=conversion.document.to_xmi(), losses=conversion.losses
    )


def from_xmi(xmi: str, *, name: str = "document") -> Conversion[Article]:
    """The article an XMI document of this type system holds; ``name`` names it in problems."""
    cassis = _cassis()
    try:
        with warnings.catch_warnings():
            # An offset outside the text is reported below as a problem, with its xmi:id.
            warnings.filterwarnings("ignore", "Not mapping", UserWarning)
            system = cassis.load_typesystem(type_system_xml())
            cas = cassis.load_cas_from_xmi(xmi, typesystem=system)
    except Exception as error:  # lxml, or cassis refusing a type or a feature
        problem = Problem(code="invalid_xmi", path=f"{name}.xmi", message=str(error))
        raise ValidationError([problem], source=STANDARD) from None
    return from_cas(cas, name=name)


def from_cas(cas: Any, *, name: str = "document") -> Conversion[Article]:
    """The article a CAS holds: its annotations of this type system read as in the other
    bridges; bad ones are a :class:`ValidationError` naming ``<name>.xmi`` and the
    annotation's ``xmi:id``."""
    sch = scheme()
    problems: list[Problem] = []
    losses: list[Loss] = []
    text = cas.sofa_string or ""

    def where(fs: Any) -> str:
        return f"{name}.xmi: xmi:id {getattr(fs, 'xmiID', None)}"

    groups: dict[tuple[str, str], str] = {}
    heads: dict[int, str] = {}
    members: dict[str, list[Any]] = defaultdict(list)
    for fs in _in_order(cas.select(SPAN)):
        key = f"a{id(fs)}"
        kind = sch.kind(fs.label or "")
        if fs.ident and kind not in ("entity", None):
            key = groups.setdefault((fs.label, fs.ident), key)
        heads[id(fs)] = key
        members[key].append(fs)
    nodes = []
    for key, found in members.items():
        head = found[0]
        refs = tuple(tuple(line.split(":", 1)) for line in (head.identifiers or "").splitlines())
        if any(len(r) != 2 for r in refs):
            problems.append(Problem(code="identifier", path=where(head), message="scheme:value"))
            continue
        attributes = tuple(
            (attr, value)
            for fs in found
            for attr in sch.attributes
            if (value := getattr(fs, attr.lower(), None)) is not None
        )
        nodes.append(
            Node(
                key=key,
                label=head.label or "",
                spans=tuple(sorted((fs.begin, fs.end) for fs in found)),
                ident=head.ident,
                name=head.name,
                text=head.written,
                note=head.note,
                refs=refs,
                attributes=attributes,
                where=where(head),
            )
        )
    edges = []
    for fs in _in_order(cas.select(RELATION)):
        ends = [heads.get(id(x)) if x is not None else None for x in (fs.Governor, fs.Dependent)]
        if ends[0] is None or ends[1] is None:
            problems.append(
                Problem(code="broken_reference", path=where(fs), message="a missing end")
            )
            continue
        edges.append(Edge(label=fs.label or "", source=ends[0], target=ends[1], where=where(fs)))
    if problems:
        raise ValidationError(problems, source=STANDARD)
    header = next(iter(cas.select(HEADER)), None)
    ident = header.ident if header is not None and header.ident else name
    headline = header.headline if header is not None and header.headline else name
    if header is None:
        message = "the CAS has no header: its name stands in for the id and headline"
        losses.append(Loss(kind=LossKind.APPROXIMATED, path=f"{name}.xmi", message=message))
    language = cas.document_language
    if not language or language == "x-unspecified":
        message = "the CAS has no document language: 'und' stands in"
        losses.append(Loss(kind=LossKind.APPROXIMATED, path=f"{name}.xmi", message=message))
        language = "und"
    graph = Graph(text=text, nodes=nodes, edges=edges)
    article, unplaced = from_graph(
        graph, sch, article_id=ident, headline=headline, language=language, source=STANDARD
    )
    return Conversion(standard=STANDARD, document=article, losses=(*losses, *unplaced))


def _in_order(found: Any) -> list[Any]:
    """Annotations in the order they were added (``xmi:id``), not UIMA's offset order: the
    order of quotes, mentions and relay hops is the article's."""
    return sorted(found, key=lambda fs: (fs.xmiID is None, fs.xmiID or 0))

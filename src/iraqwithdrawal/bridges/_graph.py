"""An article as annotation tools see it: labelled stretches of the body, and labelled
relations between them. brat, Label Studio and INCEpTION each write this graph in their own
format, so what an article becomes in a tool, and what is lost on the way, is decided here
once (:func:`to_graph`), and read back here once (:func:`from_graph`).

Nodes are text-bound: an entity mention, a quote, a claim, a dispute, an attribution cue, a
hedge, or an event (its trigger). Entity mentions of one entity share the entity's id.
Edges carry attributions (``Source``, ``Cue``, ``Relay`` in chain order ...), event
arguments (a participant's role, ``Site`` for a location) and event links.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ..description import describe
from ..models import (
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Certainty,
    Claim,
    Cue,
    Dispute,
    Entity,
    Event,
    EventLink,
    Factuality,
    Identifier,
    Mention,
    MentionForm,
    Organization,
    Participant,
    Person,
    Place,
    Polarity,
    Quote,
    RelayHop,
    Scope,
    Span,
    SpanField,
    Stance,
)
from ..models.vocabulary import term_value
from ..standards import Coverage, Losses
from ._scheme import SITE, Scheme

__all__ = ["Edge", "Graph", "Node", "coverage", "joined", "to_graph"]


@attrs.frozen(kw_only=True)
class Node:
    """One text-bound annotation. ``spans`` count code points of the body; ``text`` is the
    object's words when they differ from what its spans cover (a paraphrase, a claim);
    ``note`` a free comment (an event's summary, a dispute's topic); ``name`` and ``refs``
    the entity's label and external ids; ``where`` its place in the tool's document."""

    key: str
    label: str
    spans: tuple[tuple[int, int], ...]
    ident: str | None = None
    name: str | None = None
    text: str | None = None
    note: str | None = None
    refs: tuple[tuple[str, str], ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()
    where: str = ""
    origin: str = ""  #: the JSON path of the object in the article it came from
    name_at: str = ""  #: the JSON path of the field ``name`` came from


@attrs.frozen(kw_only=True)
class Edge:
    """A relation (or an event's argument) from node ``source`` to node ``target``."""

    label: str
    source: str
    target: str
    where: str = ""


@attrs.define
class Graph:
    """The body and its annotations; ``same`` lists groups of nodes that mention one entity
    (brat's equivalence lines), beside the ids nodes carry."""

    text: str
    nodes: list[Node] = attrs.Factory(list)
    edges: list[Edge] = attrs.Factory(list)
    same: list[tuple[tuple[str, ...], str]] = attrs.Factory(list)


def joined(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The words at ``spans``, joined by one space (as a quote split by "he said" is)."""
    return " ".join(text[start:end] for start, end in spans)


def coverage(tool: str, header: bool, sch: Scheme) -> Coverage:
    """What a tool carries of an article; ``header`` when it also keeps the headline and
    language (Label Studio's task data does, brat's files do not). Each registered entity
    class also carries its enum fields (``kind``), as the scheme's attributes."""
    article = "id body entities quotes claims disputes events"
    fields = _carried(article, header)
    base = Coverage(tool, fields)
    for label, cls in sch.entities.items():
        extra = {s.field for s in sch.attributes.values() if s.field and label in s.labels}
        # The words an entity is known by travel with its first mention, whichever class
        # (an extension's entity with a ``name`` too), read back into its label field.
        named = {getattr(cls, "LABEL_FIELD", "name")} & set(describe(cls).by_name)
        fields[cls] = " ".join(sorted(base.covered(cls) | extra | named))
    # Labels name every registered class, extensions' too (the scheme is read from the
    # registries), so a class comes back as itself.
    return Coverage(tool, fields, classes=True)


def _carried(article: str, header: bool) -> dict[type, str]:
    return dict(
        {
            Article: article + (" headline language" if header else ""),
            Entity: "id mentions identifiers",
            Person: "id mentions identifiers name",
            Organization: "id mentions identifiers name",
            Place: "id mentions identifiers name",
            AnonymousSource: "id mentions identifiers description",
            Identifier: "scheme value",
            Mention: "span form via",
            Span: "start end field",
            Quote: "id text spans attribution about",
            Claim: "id text spans attribution stance dispute contests about summary",
            Dispute: "id topic spans about",
            Attribution: "shared source recipient joint_with relay cue mode factuality",
            RelayHop: "via",
            Cue: "text spans",
            Factuality: "certainty polarity hedges",
            Event: "id event_type status scope summary trigger participants locations "
            "factuality links",
            Participant: "entity role",
            EventLink: "relation target",
        }
    )


class _Export:
    def __init__(
        self, article: Article, sch: Scheme, losses: Losses, refuse: Callable[[str], str | None]
    ) -> None:
        self.refuse = refuse
        self.article = article
        self.sch = sch
        self.losses = losses
        self.graph = Graph(text=article.body)
        self.heads: dict[str, str] = {}  # object id -> key of its node (an entity's first)
        #: (label, source key, target id, path to report at if the target has no annotation)
        self.later: list[tuple[str, str, str, str]] = []

    def body_spans(self, spans: tuple[Span, ...]) -> tuple[tuple[int, int], ...] | str:
        """The spans as offsets, or why they cannot be annotated."""
        if not spans:
            return "nothing anchored in the text cannot be annotated"
        for span in spans:
            if span.field is not SpanField.BODY:
                return f"a span in the {span.field.value}: only the body is annotated"
            why = self.refuse(self.article.body[span.start : span.end])
            if why is not None:
                return why
        return tuple((s.start, s.end) for s in spans)

    def own_text(self, text: str, spans: tuple[tuple[int, int], ...]) -> str | None:
        return None if joined(self.article.body, spans) == text else text

    def edge(self, label: str, source: str, target_id: str | None, path: str) -> None:
        """A relation to the object ``target_id``, made once every object has its node; a
        target with none is reported at ``path`` (approximated for a shared attribution,
        which is written out in full as far as it goes)."""
        if target_id is not None:
            self.later.append((label, source, target_id, path))

    def run(self) -> Graph:
        for i, entity in enumerate(self.article.entities):
            self.entity(i, entity)
        for i, quote in enumerate(self.article.quotes):
            self.said("quotes", i, quote, "Quote")
        for i, claim in enumerate(self.article.claims):
            self.said("claims", i, claim, "Claim")
        for i, dispute in enumerate(self.article.disputes):
            self.dispute(i, dispute)
        for i, event in enumerate(self.article.events):
            self.event(i, event)
        for label, source, target, path in self.later:
            key = self.heads.get(target)
            if key is None:
                why = f"{target!r} has no annotation in the body to point at"
                if path.endswith(".shared"):
                    self.losses.approximated(path, why)
                else:
                    self.losses.dropped(path, why)
            else:
                self.graph.edges.append(Edge(label=label, source=source, target=key))
        return self.graph

    def entity(self, i: int, entity: Entity) -> None:
        path = f"$.entities[{i}]"
        label = self.sch.entity_label(type(entity))
        first = True
        for j, mention in enumerate(entity.mentions):
            spans = self.body_spans((mention.span,))
            if isinstance(spans, str):
                self.losses.dropped(f"{path}.mentions[{j}]", spans)
                continue
            key = f"e{i}.{j}"
            attributes: tuple[tuple[str, str], ...] = ()
            if mention.form is not MentionForm.NAME:
                attributes = (("Form", mention.form.value),)
            if first:
                attributes += self.kinds(entity, label)
            refs = tuple((x.scheme, x.value) for x in entity.identifiers) if first else ()
            self.graph.nodes.append(
                Node(
                    key=key,
                    label=label,
                    spans=spans,
                    ident=entity.id,
                    name=_name(entity) if first else None,
                    name_at=f"{path}.{_name_field(entity)}",
                    refs=refs,
                    attributes=attributes,
                    origin=f"{path}.mentions[{j}]",
                )
            )
            if first:
                self.heads[entity.id] = key
                first = False
            self.edge("Via", key, mention.via, f"{path}.mentions[{j}].via")
        if first:
            self.losses.dropped(path, "an entity with no mention in the body cannot be annotated")
        elif entity.name is None and entity.LABEL_FIELD == "name":
            # The importer cannot tell a description from a name: the entity comes back
            # named with the words of its description (the whole entity is approximated).
            self.losses.approximated(
                path, "an entity known only by a description is read back named with it"
            )

    def kinds(self, entity: Entity, label: str) -> tuple[tuple[str, str], ...]:
        """The entity's enum fields that hold more than their default, as attributes."""
        defaults = {a.name: a.default for a in describe(type(entity)).fields}
        out = []
        for name, spec in self.sch.attributes.items():
            if spec.field is not None and label in spec.labels:
                value = getattr(entity, spec.field, None)
                if value is not None and value != defaults.get(spec.field):
                    out.append((name, str(term_value(value))))
        return tuple(out)

    def said(self, field: str, i: int, item: Quote | Claim, label: str) -> None:
        path = f"$.{field}[{i}]"
        spans = self.body_spans(item.spans)
        if isinstance(spans, str):
            self.losses.dropped(path, spans)
            return
        key = f"{field}{i}"
        attribution = item.attribution
        apath = f"{path}.attribution"
        spath = {name: f"{apath}.{name}" for name in ("source", "recipient", "joint_with", "relay")}
        if attribution.shared is not None:
            try:
                attribution = self.article.resolve_attribution(attribution)
            except KeyError:
                self.losses.dropped(f"{apath}.shared", "a shared attribution that is not there")
            else:
                self.losses.approximated(
                    f"{apath}.shared", "the shared attribution is written out in full here"
                )
                spath = dict.fromkeys(spath, f"{apath}.shared")
        attributes: list[tuple[str, str]] = []
        if attribution.mode is not None:
            attributes.append(("Mode", attribution.mode.value))
        note = None
        if isinstance(item, Claim):
            if item.stance is not None:
                attributes.append(("Stance", item.stance.value))
            note = item.summary
        attributes += self.factuality(key, attribution.factuality, f"{apath}.factuality")
        self.graph.nodes.append(
            Node(
                key=key,
                label=label,
                spans=spans,
                ident=item.id,
                text=self.own_text(item.text, spans),
                note=note,
                attributes=tuple(attributes),
                origin=path,
            )
        )
        self.heads[item.id] = key
        shared = spath["source"].endswith(".shared")
        self.edge("Source", key, attribution.source, spath["source"])
        self.edge("Recipient", key, attribution.recipient, spath["recipient"])
        for k, other in enumerate(attribution.joint_with):
            at = spath["joint_with"] if shared else f"{apath}.joint_with[{k}]"
            self.edge("JointWith", key, other, at)
        for k, hop in enumerate(attribution.relay):
            self.edge("Relay", key, hop.via, spath["relay"] if shared else f"{apath}.relay[{k}]")
        if attribution.cue is not None:
            self.cue(key, "Cue", attribution.cue, f"{apath}.cue", f"{key}.cue")
        for k, about in enumerate(item.about):
            self.edge("About", key, about, f"{path}.about[{k}]")
        if isinstance(item, Claim):
            self.edge("InDispute", key, item.dispute, f"{path}.dispute")
            for k, other in enumerate(item.contests):
                self.edge("Contests", key, other, f"{path}.contests[{k}]")

    def cue(self, owner: str, label: str, cue: Cue, path: str, key: str) -> None:
        spans = self.body_spans(cue.spans)
        if isinstance(spans, str):
            self.losses.dropped(path, spans)
            return
        text = self.own_text(cue.text, spans)
        node = Node(key=key, label=label, spans=spans, text=text, origin=path)
        self.graph.nodes.append(node)
        self.graph.edges.append(Edge(label=label, source=owner, target=key))

    def factuality(
        self, owner: str, factuality: Factuality | None, path: str
    ) -> list[tuple[str, str]]:
        if factuality is None:
            return []
        for k, hedge in enumerate(factuality.hedges):
            self.cue(owner, "Hedge", hedge, f"{path}.hedges[{k}]", f"{owner}.hedge{k}")
        return [("Certainty", factuality.certainty.value), ("Polarity", factuality.polarity.value)]

    def dispute(self, i: int, dispute: Dispute) -> None:
        path = f"$.disputes[{i}]"
        spans = self.body_spans(dispute.spans)
        if isinstance(spans, str):
            self.losses.dropped(path, spans)
            return
        key = f"disputes{i}"
        self.graph.nodes.append(
            Node(
                key=key,
                label="Dispute",
                spans=spans,
                ident=dispute.id,
                note=dispute.topic,
                origin=path,
            )
        )
        self.heads[dispute.id] = key
        for k, about in enumerate(dispute.about):
            self.edge("About", key, about, f"{path}.about[{k}]")

    def event(self, i: int, event: Event) -> None:
        path = f"$.events[{i}]"
        label = self.sch.event_label(event.event_type)
        trigger = event.trigger
        if label is None:
            self.losses.dropped(path, f"the event type {event.event_type!r} is not registered")
            return
        spans = self.body_spans(trigger.spans if trigger is not None else ())
        if trigger is None or isinstance(spans, str):
            self.losses.dropped(path, f"an event's trigger: {spans}")
            return
        cls = self.sch.events[label][1]
        if type(event) is not cls:
            self.losses.approximated(path, f"read back as {cls.__name__}, the class of its type")
        key = f"events{i}"
        attributes: list[tuple[str, str]] = []
        if event.status is not None:
            attributes.append(("Status", event.status))
        if event.scope is not None:
            attributes.append(("Scope", event.scope.value))
        attributes += self.factuality(key, event.factuality, f"{path}.factuality")
        self.graph.nodes.append(
            Node(
                key=key,
                label=label,
                spans=spans,
                ident=event.id,
                text=self.own_text(trigger.text, spans),
                note=event.summary,
                attributes=tuple(attributes),
                origin=path,
            )
        )
        self.heads[event.id] = key
        roles = {role: name for name, role in self.sch.roles.items()}
        for k, participant in enumerate(event.participants):
            here = f"{path}.participants[{k}]"
            self.edge(roles[participant.role], key, participant.entity, here)
        for k, place in enumerate(event.locations):
            self.edge(SITE, key, place, f"{path}.locations[{k}]")
        links = {relation: name for name, relation in self.sch.links.items()}
        for k, link in enumerate(event.links):
            self.edge(links[link.relation], key, link.target, f"{path}.links[{k}]")


def _name_field(entity: Entity) -> str:
    if entity.LABEL_FIELD == "description" and entity.description is not None:
        return "description"
    return "name" if entity.name is not None else "description"


def _name(entity: Entity) -> str | None:
    """The words an entity is known by: its label field's value, else the other one."""
    return getattr(entity, _name_field(entity), None)


def _anything(_text: str) -> str | None:
    return None


def to_graph(
    article: Article,
    sch: Scheme,
    tool: str,
    *,
    header: bool,
    refuse: Callable[[str], str | None] = _anything,
) -> tuple[Graph, Losses]:
    """The article's annotation graph, and what it could not hold (reported at its path,
    then every field the tool does not carry, by :func:`coverage`). ``refuse`` says why the
    tool cannot annotate a stretch of text, or ``None`` if it can."""
    losses = Losses()
    graph = _Export(article, sch, losses, refuse).run()
    losses.account(article, coverage(tool, header, sch))
    return graph, losses


#: What attribute values stand for, by attribute name.
ENUMS: dict[str, Any] = {
    "Form": MentionForm,
    "Mode": AttributionMode,
    "Certainty": Certainty,
    "Polarity": Polarity,
    "Stance": Stance,
    "Status": str,  # a term of the event_status vocabulary, held as its text
    "Scope": Scope,
}

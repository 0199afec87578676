"""An annotation graph read back into an :class:`Article`, every problem found first.

The tool's document is judged before anything is built: unknown labels, spans outside the
text or out of order, attributes a label cannot take, relations that name a missing
annotation or join kinds the scheme does not join. Each problem carries the path into the
tool's own document (``x.ann:7 T12``, ``$[0].annotations[0].result[3]``). Then the article
is built and validated; an invalid one is refused the same way, never returned half-built.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Protocol

from ..description import describe
from ..errors import Problem, RuleError, Severity, ValidationError
from ..models import (
    Article,
    Attribution,
    Claim,
    Cue,
    Dispute,
    Entity,
    EventLink,
    Factuality,
    Identifier,
    Mention,
    MentionForm,
    Participant,
    Quote,
    RelayHop,
    Span,
)
from ..serialize import to_json
from ..standards import Loss, LossKind
from ..validation import validate
from ._graph import ENUMS, Edge, Graph, Node, joined
from ._scheme import SITE, Scheme

__all__ = ["TextSink", "from_graph", "write_articles"]


class TextSink(Protocol):
    """Where the command line writes text: standard output, or anything with ``write``."""

    def write(self, text: str, /) -> int: ...


_ID_CHARS = re.compile(r"[^A-Za-z0-9_.:-]+")


class _Reader:
    def __init__(self, graph: Graph, sch: Scheme) -> None:
        self.graph = graph
        self.sch = sch
        self.problems: list[Problem] = []
        self.losses: list[Loss] = []
        self.nodes: dict[str, Node] = {}
        self.kinds: dict[str, str] = {}
        self.out: dict[str, list[Edge]] = defaultdict(list)
        self.ids: dict[str, str] = {}  # node key -> object id
        self.taken: set[str] = set()

    def problem(self, where: str, code: str, message: str, value: Any = None) -> None:
        self.problems.append(Problem(code=code, path=where, message=message, value=value))

    def lose(self, where: str, message: str) -> None:
        self.losses.append(Loss(kind=LossKind.DROPPED, path=where, message=message))

    def unplaced(self, node: Node, kind: str) -> None:
        """Report what an annotation says that its kind of object has no field for."""
        if node.note is not None and kind not in ("claim", "dispute", "event"):
            self.lose(node.where, f"a note on a {node.label} has no place in an article")
        if node.text is not None and kind not in ("quote", "claim", "event", "cue", "hedge"):
            self.lose(node.where, f"a written text on a {node.label} has no place")
        if (node.refs or node.name) and kind != "entity":
            self.lose(node.where, f"a name or identifier of a {node.label} has no place")

    # -- judging -------------------------------------------------------------------------

    def judge(self) -> None:
        size = len(self.graph.text)
        for node in self.graph.nodes:
            if node.key in self.nodes:
                self.problem(node.where, "duplicate_id", f"{node.key} is defined twice")
                continue
            self.nodes[node.key] = node
            kind = self.sch.kind(node.label)
            if kind is None:
                self.problem(node.where, "unknown_label", f"{node.label!r} is not a label")
                continue
            self.kinds[node.key] = kind
            self.unplaced(node, kind)
            last = 0
            for start, stop in node.spans:
                if not 0 <= start < stop <= size:
                    self.problem(
                        node.where,
                        "offset_out_of_range",
                        f"the span {start}-{stop} is not inside the text of {size} characters",
                    )
                elif start < last:
                    self.problem(
                        node.where,
                        "span_overlap",
                        f"the fragment {start}-{stop} overlaps or precedes the one before it",
                    )
                last = max(last, stop)
            if not node.spans:
                self.problem(node.where, "no_span", "an annotation needs a span")
            for name, value in node.attributes:
                attribute = self.sch.attributes.get(name)
                if attribute is None:
                    self.problem(node.where, "unknown_attribute", f"{name!r} is not an attribute")
                elif not attribute.fits(kind, node.label):
                    self.problem(
                        node.where, "attribute_target", f"a {node.label} cannot have {name}"
                    )
                elif value not in attribute.values:
                    self.problem(
                        node.where,
                        "attribute_value",
                        f"{value!r} is not a value of {name} ({', '.join(attribute.values)})",
                    )
        for edge in self.graph.edges:
            source, target = self.kinds.get(edge.source), self.kinds.get(edge.target)
            for ref in (edge.source, edge.target):
                if ref not in self.nodes:
                    self.problem(edge.where, "broken_reference", f"{ref} is not an annotation")
            if source is None or target is None:
                continue
            if source == "event" and edge.label in self.sch.roles:
                wanted = {"entity"}
            else:
                spec = self.sch.relations.get(edge.label)
                if spec is None:
                    self.problem(edge.where, "unknown_label", f"{edge.label!r} is not a relation")
                    continue
                if source not in spec.arg1:
                    self.problem(
                        edge.where,
                        "relation_argument",
                        f"{edge.label} cannot start at a {self.nodes[edge.source].label}",
                    )
                    continue
                wanted = set(spec.arg2)
            if target not in wanted:
                self.problem(
                    edge.where,
                    "relation_argument",
                    f"{edge.label} cannot point at a {self.nodes[edge.target].label}",
                )
                continue
            self.out[edge.source].append(edge)

    # -- building ------------------------------------------------------------------------

    def new_id(self, base: str, prefix: str) -> str:
        stem = _ID_CHARS.sub("-", base.strip()).strip("-.:_").lower()[:60] or prefix
        if not stem[0].isalpha():
            stem = f"{prefix}-{stem}"
        ident, n = stem, 2
        while ident in self.taken:
            ident, n = f"{stem}-{n}", n + 1
        self.taken.add(ident)
        return ident

    def text_of(self, node: Node) -> str:
        return joined(self.graph.text, node.spans)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end)

    def attribute(self, node: Node, name: str) -> Any:
        for key, value in node.attributes:
            if key == name:
                return ENUMS[name](value)
        return None

    def targets(self, key: str, label: str) -> list[Node]:
        return [self.nodes[e.target] for e in self.out[key] if e.label == label]

    def one(self, key: str, label: str) -> Node | None:
        found = self.targets(key, label)
        if len(found) > 1:
            self.problem(self.nodes[key].where, "relation_count", f"more than one {label} relation")
        return found[0] if found else None

    def ident(self, node: Node | None) -> str | None:
        return None if node is None else self.ids.get(node.key)

    def build(self, fn: Any, where: str, **values: Any) -> Any:
        try:
            return fn(**values)
        except RuleError as error:
            self.problem(where, error.code, error.message, error.value)
        except (TypeError, ValueError) as error:
            self.problem(where, "invalid", str(error))
        return None

    def entities(self) -> list[Entity]:
        # Mentions of one entity: those that share an id, and those an equivalence joins.
        parent: dict[str, str] = {}

        def find(key: str) -> str:
            while parent.get(key, key) != key:
                key = parent[key]
            return key

        def join(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        for keys, where in self.graph.same:
            missing = [k for k in keys if self.kinds.get(k) != "entity"]
            if missing:
                self.problem(where, "broken_reference", f"{', '.join(missing)}: not entities")
                continue
            for key in keys[1:]:
                join(keys[0], key)
        marked = [
            n
            for n in self.graph.nodes
            if self.kinds.get(n.key) == "entity" and self.nodes.get(n.key) is n
        ]
        first_with: dict[str, str] = {}
        for node in marked:
            if node.ident is not None:
                join(first_with.setdefault(node.ident, node.key), node.key)
        groups: dict[str, list[Node]] = {}
        order: list[str] = []
        for node in marked:
            group = find(node.key)
            if group not in groups:
                groups[group] = []
                order.append(group)
            groups[group].append(node)
        for key in order:
            for node in groups[key]:
                if node.ident is not None:
                    self.taken.add(node.ident)
        names: dict[str, str] = {}
        for key in order:
            nodes = groups[key]
            head = nodes[0]
            labels = {n.label for n in nodes}
            idents = {n.ident for n in nodes if n.ident is not None}
            if len(labels) > 1 or len(idents) > 1:
                self.problem(head.where, "entity_conflict", "one entity with several labels or ids")
                continue
            given = list(dict.fromkeys(n.name for n in nodes if n.name))
            for extra in given[1:]:
                self.lose(head.where, f"the entity's other name {extra!r} is not kept")
            if len({n.refs for n in nodes if n.refs}) > 1:
                self.lose(head.where, "the entity's identifiers differ between mentions: the first")
            names[key] = given[0] if given else self.text_of(head)
            ident = idents.pop() if idents else self.new_id(names[key], "entity")
            for n in nodes:
                self.ids[n.key] = ident
        built: list[Entity] = []
        for key in order:
            if key not in names:
                continue
            nodes = groups[key]
            head, name, ident = nodes[0], names[key], self.ids[nodes[0].key]
            refs = next((n.refs for n in nodes if n.refs), ())
            mentions = []
            for n in nodes:
                if len(n.spans) != 1:
                    self.problem(n.where, "mention_fragments", "a mention is one stretch of text")
                    continue
                form = self.attribute(n, "Form") or MentionForm.NAME
                mentions.append((n, form))
            built.append(self.entity(head, ident, name, refs, mentions))
        return built

    def entity(
        self, head: Node, ident: str, name: str, refs: Any, mentions: list[tuple[Node, Any]]
    ) -> Any:
        cls = self.sch.entities[head.label]
        fields = describe(cls).by_name
        values: dict[str, Any] = {"id": ident}
        label_field = getattr(cls, "LABEL_FIELD", "name")
        if label_field in fields:
            values[label_field] = name
        elif "description" in fields:
            values["description"] = name
        values["identifiers"] = tuple(
            Identifier(scheme=scheme, value=value) for scheme, value in refs
        )
        for node, _form in mentions:
            for name, value in node.attributes:
                spec = self.sch.attributes[name]
                if spec.field is not None and spec.field in fields:
                    values.setdefault(spec.field, spec.value(value))
        found = []
        for node, form in mentions:
            via = self.ident(self.one(node.key, "Via"))
            start, end = node.spans[0]
            found.append(Mention(span=self.span(start, end), form=form, via=via))
        values["mentions"] = tuple(found)
        return self.build(cls, head.where, **values)

    def own_ids(self, kinds: tuple[str, ...]) -> None:
        for node in self.graph.nodes:
            kind = self.kinds.get(node.key)
            if kind in kinds and self.nodes.get(node.key) is node:
                if node.ident is not None:
                    if node.ident in self.taken:
                        self.problem(node.where, "duplicate_id", f"the id {node.ident!r} twice")
                    self.taken.add(node.ident)
        for node in self.graph.nodes:
            kind = self.kinds.get(node.key)
            if kind in kinds and self.nodes.get(node.key) is node:
                self.ids[node.key] = node.ident or self.new_id(kind, kind)

    def cue(self, node: Node | None) -> Cue | None:
        if node is None:
            return None
        spans = tuple(self.span(s, e) for s, e in node.spans)
        return self.build(Cue, node.where, text=node.text or self.text_of(node), spans=spans)  # type: ignore[no-any-return]

    def factuality(self, node: Node) -> Factuality | None:
        certainty, polarity = self.attribute(node, "Certainty"), self.attribute(node, "Polarity")
        hedges = [self.cue(h) for h in self.targets(node.key, "Hedge")]
        if certainty is None and polarity is None and not hedges:
            return None
        values: dict[str, Any] = {"hedges": tuple(h for h in hedges if h is not None)}
        if certainty is not None:
            values["certainty"] = certainty
        if polarity is not None:
            values["polarity"] = polarity
        return self.build(Factuality, node.where, **values)  # type: ignore[no-any-return]

    def attribution(self, node: Node) -> Attribution | None:
        return self.build(  # type: ignore[no-any-return]
            Attribution,
            node.where,
            source=self.ident(self.one(node.key, "Source")),
            recipient=self.ident(self.one(node.key, "Recipient")),
            joint_with=tuple(self.ident(n) for n in self.targets(node.key, "JointWith")),
            relay=tuple(RelayHop(via=self.ids[n.key]) for n in self.targets(node.key, "Relay")),
            cue=self.cue(self.one(node.key, "Cue")),
            mode=self.attribute(node, "Mode"),
            factuality=self.factuality(node),
        )

    def said(self, kind: str) -> list[Any]:
        built = []
        for node in self.graph.nodes:
            if self.kinds.get(node.key) != kind or self.nodes.get(node.key) is not node:
                continue
            attribution = self.attribution(node)
            if attribution is None:
                continue
            values: dict[str, Any] = {
                "id": self.ids[node.key],
                "text": node.text or self.text_of(node),
                "spans": tuple(self.span(s, e) for s, e in node.spans),
                "attribution": attribution,
                "about": tuple(self.ids[n.key] for n in self.targets(node.key, "About")),
            }
            if kind == "claim":
                values["stance"] = self.attribute(node, "Stance")
                values["dispute"] = self.ident(self.one(node.key, "InDispute"))
                values["contests"] = tuple(
                    self.ids[n.key] for n in self.targets(node.key, "Contests")
                )
                values["summary"] = node.note
            made = self.build(Quote if kind == "quote" else Claim, node.where, **values)
            if made is not None:
                built.append(made)
        return built

    def disputes(self) -> list[Dispute]:
        built = []
        for node in self.graph.nodes:
            if self.kinds.get(node.key) != "dispute" or self.nodes.get(node.key) is not node:
                continue
            made = self.build(
                Dispute,
                node.where,
                id=self.ids[node.key],
                topic=node.note or self.text_of(node),
                spans=tuple(self.span(s, e) for s, e in node.spans),
                about=tuple(self.ids[n.key] for n in self.targets(node.key, "About")),
            )
            if made is not None:
                built.append(made)
        return built

    def events(self) -> list[Any]:
        built = []
        for node in self.graph.nodes:
            if self.kinds.get(node.key) != "event" or self.nodes.get(node.key) is not node:
                continue
            name, cls = self.sch.events[node.label]
            participants, locations, links = [], [], []
            for edge in self.out[node.key]:
                target = self.ids.get(edge.target)
                if target is None:
                    continue
                if edge.label == SITE:
                    locations.append(target)
                elif (role := self.sch.roles.get(edge.label)) is not None:
                    participants.append(Participant(entity=target, role=role))
                elif edge.label in self.sch.links:
                    links.append(EventLink(relation=self.sch.links[edge.label], target=target))
            made = self.build(
                cls,
                node.where,
                id=self.ids[node.key],
                event_type=name,
                status=self.attribute(node, "Status"),
                scope=self.attribute(node, "Scope"),
                summary=node.note,
                trigger=self.cue(node),
                participants=tuple(participants),
                locations=tuple(locations),
                factuality=self.factuality(node),
                links=tuple(links),
            )
            if made is not None:
                built.append(made)
        return built


def from_graph(
    graph: Graph, sch: Scheme, *, article_id: str, headline: str, language: str, source: str
) -> tuple[Article, list[Loss]]:
    """The article the graph describes, and what the annotations say that it has no place
    for; a :class:`ValidationError` naming every problem (at its place in the tool's
    document) if the graph or the article is not valid."""
    reader = _Reader(graph, sch)
    reader.judge()
    if reader.problems:
        raise ValidationError(reader.problems, source=source)
    reader.taken.add(article_id)
    entities = reader.entities()
    reader.own_ids(("quote", "claim", "dispute", "event"))
    quotes, claims = reader.said("quote"), reader.said("claim")
    disputes, events = reader.disputes(), reader.events()
    if reader.problems:
        raise ValidationError(reader.problems, source=source)
    article = reader.build(
        Article,
        source,
        id=article_id,
        headline=headline,
        body=graph.text,
        language=language,
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        disputes=tuple(disputes),
        events=tuple(events),
    )
    if article is None:
        raise ValidationError(reader.problems, source=source)
    errors = [p for p in validate(article) if p.severity is Severity.ERROR]
    if errors:
        raise ValidationError(errors, source=f"{source} (read as an article)")
    return article, reader.losses


def write_articles(articles: Sequence[Article], out: TextSink) -> None:
    """One article as indented JSON; several as JSON Lines, one article a line."""
    if len(articles) == 1:
        out.write(to_json(articles[0], pretty=True) + "\n")
    else:
        out.write("".join(to_json(a) + "\n" for a in articles))

"""Every span of a report with the role it plays and a note saying what it is.

The walk reads the model tree itself (every attrs field of every object), so a span in a
field this module does not know, or in an extension class, is still marked (role
``other``). The role comes from the object that holds the span: a quote's span is a quote,
the span of an event's trigger cue is a trigger, the span of a mention of an anonymous source
is an anonymous mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from ..description import describe
from ..models import (
    AnonymousSource,
    Article,
    Attribution,
    BasedOn,
    Claim,
    Communication,
    Condition,
    Contributor,
    Correction,
    Cue,
    Dispute,
    Entity,
    Event,
    Factuality,
    LiveEntry,
    MediaItem,
    Mention,
    Model,
    Organization,
    Participant,
    Person,
    Place,
    Quantity,
    Quote,
    Relation,
    RelayHop,
    Role,
    Span,
    TimeExpression,
)
from .describe import (
    attribution_parts,
    factuality_text,
    label,
    quantity_text,
    resolved,
    time_text,
)

__all__ = ["ROLES", "ROLE_LABELS", "Marked", "marks_of"]

#: Every role, outermost first: of two marks over the same stretch, the earlier role is the
#: outer element.
ROLES = (
    "entry",
    "correction",
    "dispute",
    "claim",
    "event",
    "quote",
    "attribution",
    "relay",
    "communication",
    "relation",
    "condition",
    "participant",
    "contributor",
    "media",
    "role",
    "quantity",
    "time",
    "trigger",
    "cue",
    "hedge",
    "named",
    "anonymous",
    "place",
    "entity",
    "other",
)

#: What each role is called in notes and in the legend.
ROLE_LABELS = {
    "entry": "Live entry",
    "correction": "Correction",
    "dispute": "Dispute",
    "claim": "Claim",
    "event": "Event",
    "quote": "Quote",
    "attribution": "Attribution",
    "relay": "Relay (through whom)",
    "communication": "Statement or post",
    "relation": "Relation",
    "condition": "Condition",
    "participant": "Participant",
    "contributor": "Contributor",
    "media": "Media item",
    "role": "Title or role",
    "quantity": "Quantity",
    "time": "Time",
    "trigger": "Event trigger",
    "cue": "Attribution cue",
    "hedge": "Hedge",
    "named": "Named person or organisation",
    "anonymous": "Anonymous source",
    "place": "Place",
    "entity": "Other entity",
    "other": "Other span",
}

_BY_CLASS: tuple[tuple[type, str], ...] = (
    (LiveEntry, "entry"),
    (Correction, "correction"),
    (Dispute, "dispute"),
    (Claim, "claim"),
    (Event, "event"),
    (Quote, "quote"),
    (Attribution, "attribution"),
    (RelayHop, "relay"),
    (Communication, "communication"),
    (Relation, "relation"),
    (Condition, "condition"),
    (Participant, "participant"),
    (Contributor, "contributor"),
    (MediaItem, "media"),
    (Role, "role"),
    (Quantity, "quantity"),
    (TimeExpression, "time"),
)


@attrs.frozen(kw_only=True)
class Marked:
    """One span to mark: where it is in the document (``path``, a JSON path), the span, its
    role (one of :data:`ROLES`), a note in words, and the id of the object it belongs to
    (the quote, the entity mentioned ...), if that object has one."""

    path: str
    span: Span
    role: str
    note: str
    owner: str | None = None


# (node, the field of the node the next step went into)
_Trail = tuple[tuple[Any, str], ...]


def _spans(node: Any, path: str, trail: _Trail) -> Iterator[tuple[str, Span, Any, _Trail]]:
    """Every span under ``node`` with its path, the object holding it and the way there."""
    for field in describe(type(node)).fields:
        value = getattr(node, field.name)
        here = f"{path}.{field.name}"
        items = (
            [(f"{here}[{i}]", x) for i, x in enumerate(value)]
            if isinstance(value, tuple)
            else [(here, value)]
        )
        for where, item in items:
            if isinstance(item, Span):
                yield where, item, node, trail
            elif isinstance(item, Model):
                yield from _spans(item, where, (*trail, (node, field.name)))


def _owner_id(node: Any) -> str | None:
    ident = getattr(node, "id", None)
    return ident if isinstance(ident, str) else None


def _nearest(trail: _Trail, cls: type) -> Any:
    for node, _field in reversed(trail):
        if isinstance(node, cls):
            return node
    return None


def _said(article: Article, attribution: Attribution | None) -> str:
    if attribution is None:
        return ""
    parts = attribution_parts(article, attribution)
    out = f"; said by {parts['chain']}"
    if "factuality" in parts:
        out += f"; {parts['factuality']}"
    return out


def _mention_role(article: Article, entity: Any) -> str:
    if isinstance(entity, AnonymousSource):
        return "anonymous"
    if isinstance(entity, (Person, Organization)):
        return "named"
    return "place" if isinstance(entity, Place) else "entity"


def _entity_note(entity: Entity, mention: Mention | None) -> str:
    kind = type(entity).__name__
    if isinstance(entity, AnonymousSource):
        kind = "anonymous source" + (f" ({entity.kind})" if entity.kind else "")
    form = f", by {mention.form.value}" if mention is not None else ""
    return f"{entity.label} \u2014 {kind}{form}"


def _classify(article: Article, node: Any, trail: _Trail) -> tuple[str, str, str | None]:
    """The role, the note and the owning id of a span held by ``node``."""
    parent, into = trail[-1] if trail else (None, "")
    if isinstance(node, Mention):
        entity = parent if isinstance(parent, Entity) else None
        if entity is None:
            return "entity", "Mention", None
        return _mention_role(article, entity), _entity_note(entity, node), entity.id
    if isinstance(node, Cue):
        if isinstance(parent, Event) and into == "trigger":
            status = f" ({parent.status})" if parent.status else ""
            what = f": {parent.summary}" if parent.summary else ""
            return "trigger", f"{parent.event_type}{status}{what}", parent.id
        if isinstance(parent, Factuality) and into == "hedges":
            owner = trail[-2][0] if len(trail) > 1 else None
            return "hedge", f"weakens: {factuality_text(parent)}", _owner_id(owner)
        holder = _nearest(trail, Attribution)
        if holder is not None and isinstance(parent, (Attribution, RelayHop)):
            kind = "relay cue" if isinstance(parent, RelayHop) else "cue"
            return "cue", f"{kind} of {attribution_parts(article, holder)['chain']}", None
        return "cue", f"cue of {type(parent).__name__.lower() if parent else 'the text'}", None
    role = next((r for cls, r in _BY_CLASS if isinstance(node, cls)), "other")
    ident = _owner_id(node)
    if isinstance(node, Quote):
        said = resolved(article, node.attribution)  # the mode in effect, maybe a shared one's
        mode = f" ({said.mode.value})" if said.mode else ""
        return role, f"{node.id}{mode}{_said(article, node.attribution)}", ident
    if isinstance(node, Claim):
        stance = f", {node.stance.value}" if node.stance else ""
        dispute = f" in dispute {node.dispute}" if node.dispute else ""
        note = f"{node.id}{stance}{dispute}{_said(article, node.attribution)}"
        return role, note, ident
    if isinstance(node, Event):
        return role, f"{node.id}: {node.event_type}", ident
    if isinstance(node, TimeExpression):
        return role, time_text(node), None
    if isinstance(node, Quantity):
        return role, quantity_text(article, node), ident
    if isinstance(node, Attribution):
        return role, attribution_parts(article, node)["chain"], ident
    if isinstance(node, RelayHop):
        return role, f"through {label(article, node.via)}", node.via
    if isinstance(node, Participant):
        return role, f"{label(article, node.entity)} ({node.role.replace('_', ' ')})", node.entity
    if isinstance(node, (Condition, Correction, LiveEntry, Dispute, Role)):
        words = getattr(node, "text", None) or getattr(node, "title", None)
        words = words or getattr(node, "topic", None) or getattr(node, "id", "")
        return role, str(words), ident
    if isinstance(node, Contributor):
        who = label(article, node.entity) if node.entity else node.text
        return role, f"{who} ({node.role.replace('_', ' ')})", node.entity
    if isinstance(node, BasedOn):
        return "relay", f"based on {label(article, node.source)}", node.source
    if isinstance(node, Relation):
        kind = node.kind.replace("_", " ")
        return role, f"{label(article, node.subject)} {kind} {label(article, node.object)}", ident
    return role, f"{type(node).__name__} {ident or ''}".strip(), ident


def marks_of(article: Article) -> list[Marked]:
    """Every span in ``article``, in document order, with its role and note."""
    found = []
    for path, span, node, trail in _spans(article, "$", ()):
        role, note, owner = _classify(article, node, trail)
        found.append(Marked(path=path, span=span, role=role, note=note, owner=owner))
    return found

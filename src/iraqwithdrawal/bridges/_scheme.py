"""The labels annotation tools see, derived from the registries.

One scheme serves brat, Label Studio and INCEpTION: a label per registered entity class and
per registered event type, fixed labels for quotes, claims, disputes, cues and hedges, the
relations between them, the roles of event participants, and the attributes (value sets
taken from the model's enums and from the open vocabularies of its term fields). Nothing is
listed by hand that a registry knows, so an extension's entity class or event type appears
in every tool's configuration.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from ..description import describe, is_class
from ..models import (
    PARTICIPANT_ROLES,
    AttributionMode,
    Certainty,
    Entity,
    Event,
    EventRelation,
    MentionForm,
    Place,
    Polarity,
    Scope,
    Stance,
    event_types,
    registered_types,
)
from ..models.events import EVENT_STATUSES
from ..models.vocabulary import Vocabulary

__all__ = ["AttributeSpec", "FIXED", "RelationSpec", "Scheme", "camel", "scheme"]

#: Labels of the text-bound annotations that are not entities or event triggers.
FIXED = ("Quote", "Claim", "Dispute", "Cue", "Hedge")

#: The event argument for an event's ``locations`` (a participant's role has its own name).
SITE = "Site"


def camel(name: str) -> str:
    """``troop_presence`` as ``TroopPresence``: a label of letters, digits and ``_``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


@attrs.frozen(kw_only=True)
class AttributeSpec:
    """An attribute: its values (an enum's values, or the terms of a vocabulary registered
    now) and the kinds of annotation it may sit on (``quote``, ``claim``, ``event``,
    ``entity``). An attribute derived from an entity class's enum or term field
    (``OrganizationKind``) names that ``field`` and the ``labels`` of the classes that have it."""

    enum: type[enum.Enum] | None = None
    vocabulary: Vocabulary | None = None
    on: frozenset[str]
    labels: frozenset[str] = frozenset()
    field: str | None = None

    def fits(self, kind: str, label: str) -> bool:
        """Whether an annotation of ``kind`` labelled ``label`` may have this attribute."""
        return kind in self.on and (not self.labels or label in self.labels)

    @property
    def values(self) -> tuple[str, ...]:
        if self.vocabulary is not None:
            return tuple(self.vocabulary)
        assert self.enum is not None
        return tuple(str(member.value) for member in self.enum)

    def value(self, text: str) -> Any:
        """The field value an attribute value stands for: the enum member, or the term."""
        return text if self.enum is None else self.enum(text)


@attrs.frozen(kw_only=True)
class RelationSpec:
    """A binary relation: the kinds its first and second argument may be."""

    arg1: frozenset[str]
    arg2: frozenset[str]


_ATTRIBUTES: dict[str, AttributeSpec] = {
    "Form": AttributeSpec(enum=MentionForm, on=frozenset({"entity"})),
    "Mode": AttributeSpec(enum=AttributionMode, on=frozenset({"quote", "claim"})),
    "Certainty": AttributeSpec(enum=Certainty, on=frozenset({"quote", "claim", "event"})),
    "Polarity": AttributeSpec(enum=Polarity, on=frozenset({"quote", "claim", "event"})),
    "Stance": AttributeSpec(enum=Stance, on=frozenset({"claim"})),
    "Status": AttributeSpec(vocabulary=EVENT_STATUSES, on=frozenset({"event"})),
    "Scope": AttributeSpec(enum=Scope, on=frozenset({"event"})),
}

_SAYS = frozenset({"quote", "claim"})
_RELATIONS: dict[str, RelationSpec] = {
    "Source": RelationSpec(arg1=_SAYS, arg2=frozenset({"entity"})),
    "Recipient": RelationSpec(arg1=_SAYS, arg2=frozenset({"entity"})),
    "JointWith": RelationSpec(arg1=_SAYS, arg2=frozenset({"entity"})),
    "Relay": RelationSpec(arg1=_SAYS, arg2=frozenset({"entity"})),
    "Cue": RelationSpec(arg1=_SAYS, arg2=frozenset({"cue"})),
    "Hedge": RelationSpec(arg1=_SAYS | {"event"}, arg2=frozenset({"hedge"})),
    "Contests": RelationSpec(arg1=frozenset({"claim"}), arg2=frozenset({"claim"})),
    "InDispute": RelationSpec(arg1=frozenset({"claim"}), arg2=frozenset({"dispute"})),
    "About": RelationSpec(arg1=_SAYS | {"dispute"}, arg2=frozenset({"event", "claim", "entity"})),
    "Via": RelationSpec(arg1=frozenset({"entity"}), arg2=frozenset({"entity"})),
}


@attrs.frozen(kw_only=True)
class Scheme:
    """Every label of the tools' configuration and what it stands for."""

    #: entity label -> the registered entity class
    entities: Mapping[str, type]
    #: event label -> (event type name, the class that implements it or ``Event``)
    events: Mapping[str, tuple[str, type]]
    #: relation label -> argument kinds; event links are relations between events
    relations: Mapping[str, RelationSpec]
    #: event link label -> the link's relation
    links: Mapping[str, EventRelation]
    #: event argument label -> participant role (``Site`` for a location: ``None``)
    roles: Mapping[str, str | None]
    attributes: Mapping[str, AttributeSpec]

    def kind(self, label: str) -> str | None:
        """``entity``, ``event``, or a fixed label's kind (``quote`` ...); ``None`` if the
        label is not in the scheme."""
        if label in self.entities:
            return "entity"
        if label in self.events:
            return "event"
        return label.lower() if label in FIXED else None

    def entity_label(self, cls: type) -> str:
        """The label of an entity class: its own, or its nearest registered base's."""
        for label, klass in self.entities.items():
            if klass is cls:
                return label
        for base in cls.__mro__[1:]:
            for label, klass in self.entities.items():
                if klass is base:
                    return label
        return "Entity"

    def event_label(self, event_type: str) -> str | None:
        for label, (name, _cls) in self.events.items():
            if name == event_type:
                return label
        return None

    def place_labels(self) -> tuple[str, ...]:
        return tuple(label for label, cls in self.entities.items() if issubclass(cls, Place))


def _implementing(name: str, classes: Mapping[str, type]) -> type:
    """The registered event class that implements the term ``name``, or ``Event``."""
    for cls in classes.values():
        if is_class(cls) and issubclass(cls, Event) and attrs.has(cls):
            field = describe(cls).by_name.get("event_type")
            term = None if field is None else field.metadata.get("implements")
            if term is not None and getattr(term, "name", None) == name:
                return cls
    return Event


def enum_fields(cls: type) -> list[tuple[str, type[enum.Enum] | Vocabulary]]:
    """The fields of an entity class that hold one enum's members or one vocabulary's
    terms (optional or not)."""
    try:
        fields = describe(cls).fields
    except Exception:  # an extension's annotation that does not resolve: none derived
        return []
    found: list[tuple[str, type[enum.Enum] | Vocabulary]] = []
    for field in fields:
        if field.vocabulary is not None and not field.many:
            found.append((field.name, field.vocabulary))
            continue
        hint = field.type
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            members = [a for a in typing.get_args(hint) if a is not type(None)]
            hint = members[0] if len(members) == 1 else None
        if is_class(hint) and issubclass(hint, enum.Enum):
            found.append((field.name, hint))
    return found


def _entity_attributes(entities: Mapping[str, type]) -> dict[str, AttributeSpec]:
    """An attribute per enum an entity class holds (``OrganizationKind`` ...), on the
    labels of the classes that have it under one field name."""
    out: dict[str, AttributeSpec] = {}
    for label, cls in entities.items():
        for name, kind in enum_fields(cls):
            key = camel(kind.name) if isinstance(kind, Vocabulary) else kind.__name__
            known = out.get(key)
            if key in _ATTRIBUTES or (known is not None and known.field != name):
                continue  # a name taken by another attribute: not carried
            labels = (known.labels if known is not None else frozenset()) | {label}
            if isinstance(kind, Vocabulary):
                spec = AttributeSpec(
                    vocabulary=kind, on=frozenset({"entity"}), labels=labels, field=name
                )
            else:
                spec = AttributeSpec(enum=kind, on=frozenset({"entity"}), labels=labels, field=name)
            out[key] = spec
    return out


def scheme() -> Scheme:
    """The scheme of the registries as they are now."""
    classes = registered_types()
    entities: dict[str, type] = {}
    for tag in sorted(classes):
        cls = classes[tag]
        if is_class(cls) and issubclass(cls, Entity):
            entities[camel(tag)] = cls
    taken = set(entities) | set(FIXED)
    events: dict[str, tuple[str, type]] = {}
    for name in sorted(event_types()):
        label = camel(name)
        while label in taken:
            label += "Event"
        taken.add(label)
        events[label] = (name, _implementing(name, classes))
    links = {camel(r.value): r for r in EventRelation}
    relations = dict(_RELATIONS)
    for label in links:
        relations[label] = RelationSpec(arg1=frozenset({"event"}), arg2=frozenset({"event"}))
    roles: dict[str, str | None] = {camel(r): r for r in PARTICIPANT_ROLES}
    roles[SITE] = None
    return Scheme(
        entities=entities,
        events=events,
        relations=relations,
        links=links,
        roles=roles,
        attributes={**_ATTRIBUTES, **_entity_attributes(entities)},
    )

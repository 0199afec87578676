"""Events, their open type vocabulary (with PLOVER and CAMEO codes), participants and links."""

from __future__ import annotations

import enum
import functools
import warnings
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..errors import RegistryError, RuleError
from . import _base
from . import _checks as v
from ._base import (
    BOOL,
    ID,
    NOT_BOOL,
    OPT_ID,
    OPT_TEXT,
    TEXT,
    Cue,
    Identifier,
    Model,
    Span,
    TaggedModel,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from ._checks import rule
from ._declared import Bounds
from .attribution import Attribution, Factuality, Polarity
from .quantity import Quantity
from .time import TIME_VALIDATOR, TimeExpression
from .vocabulary import Term, Vocabulary, term_field

__all__ = [
    "EVENT_TYPES",
    "PARTICIPANT_ROLES",
    "SERIES_STEPS",
    "EVENT_STATUSES",
    "Condition",
    "Event",
    "EventLink",
    "EventRelation",
    "EventStatus",
    "EventType",
    "Participant",
    "ParticipantRole",
    "Scope",
    "StatusChange",
    "event_types",
    "get_event_type",
    "implements",
    "register_event_type",
    "restore_event_types",
    "save_event_types",
]


@attrs.frozen(kw_only=True)
class EventType:
    """A term of the event vocabulary: its name (the wire value), a label, and where one fits
    its PLOVER event category and mode and its CAMEO code."""

    name: str = attrs.field(validator=v.and_(v.TYPED, v.matches_re(r"[a-z][a-z0-9_]*")))
    label: str = attrs.field(validator=TEXT)
    plover: str | None = attrs.field(default=None, validator=OPT_TEXT)
    plover_mode: str | None = attrs.field(default=None, validator=OPT_TEXT)
    cameo: str | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.TYPED, v.matches_re(r"[0-9]{2,4}")))
    )
    description: str | None = attrs.field(default=None, validator=OPT_TEXT)


_EVENT_TYPES: dict[str, EventType] = {}
#: The event vocabulary as a live, read-only mapping (name to entry), for readers that look
#: terms up on every event.
EVENT_TYPES: Mapping[str, EventType] = MappingProxyType(_EVENT_TYPES)


def save_event_types() -> Any:
    """The vocabulary's state, for :func:`restore_event_types` (tests that register terms)."""
    return dict(_EVENT_TYPES)


def restore_event_types(state: Any) -> None:
    """Put the vocabulary back as :func:`save_event_types` found it."""
    _EVENT_TYPES.clear()
    _EVENT_TYPES.update(state)


def register_event_type(event_type: EventType) -> EventType:
    """Add a term to the event vocabulary.

    Registering a term again with identical content is harmless (two plug-ins may both define
    it), and so is one that differs only in its description (the first is kept); a different
    definition under a registered name is a RegistryError naming both.
    """
    if not isinstance(event_type, EventType):
        raise RegistryError(f"expected an EventType, got {type(event_type).__name__}")
    known = _EVENT_TYPES.get(event_type.name)
    if known is not None:
        if attrs.evolve(known, description=event_type.description) == event_type:
            return known  # the same term; its description is prose, not a definition
        differ = ", ".join(
            f"{a.name}: {getattr(known, a.name)!r} != {getattr(event_type, a.name)!r}"
            for a in attrs.fields(EventType)
            if getattr(known, a.name) != getattr(event_type, a.name)
        )
        raise RegistryError(
            f"event type {event_type.name!r} is already registered as {known!r}; "
            f"the new definition {event_type!r} conflicts with it ({differ})"
        )
    _EVENT_TYPES[event_type.name] = event_type
    return event_type


def unregister_event_type(name: str) -> None:
    """Remove a vocabulary term (meant for tests and plug-in reloads)."""
    if _EVENT_TYPES.pop(name, None) is None:
        raise RegistryError(f"event type {name!r} is not registered")


def get_event_type(name: str) -> EventType:
    """The vocabulary entry for ``name``; a RegistryError if there is none."""
    try:
        return _EVENT_TYPES[name]
    except KeyError:
        raise RegistryError(f"event type {name!r} is not registered") from None


def event_types() -> Mapping[str, EventType]:
    """A snapshot of the event vocabulary: name to entry."""
    return dict(_EVENT_TYPES)


# Codes: CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8) and the PLOVER manual's mode tables.
for _t in (
    EventType(
        name="negotiation",
        label="Negotiation",
        plover="CONSULT",
        cameo="046",
        description="Talks between parties to reach an agreement",
    ),
    EventType(
        name="agreement",
        label="Agreement",
        plover="AGREE",
        cameo="03",
        description="Parties agree, or express intent, to do something",
    ),
    EventType(
        name="withdrawal",
        label="Withdrawal",
        plover="RETREAT",
        plover_mode="withdraw",
        cameo="0874",
        description="Forces withdraw from an area",
    ),
    EventType(
        name="deployment",
        label="Deployment",
        plover="MOBILIZE",
        plover_mode="troops",
        cameo="154",
        description="Forces are sent to or increased in an area",
    ),
    EventType(
        name="troop_presence",
        label="Troop presence",
        description="Forces are present somewhere (a state, not an action)",
    ),
    EventType(
        name="training",
        label="Training mission",
        plover="COOPERATE",
        cameo="062",
        description="Forces train or advise another party's forces",
    ),
    EventType(
        name="resolution",
        label="Resolution",
        description="A legislature or assembly passes a resolution",
    ),
    EventType(
        name="statement",
        label="Statement",
        cameo="010",
        description="A public statement or announcement (CAMEO 01 has no PLOVER category)",
    ),
    EventType(
        name="demand",
        label="Demand",
        plover="REQUEST",
        cameo="10",
        description="A party demands that another act",
    ),
    EventType(
        name="accusation",
        label="Accusation",
        plover="ACCUSE",
        plover_mode="disapprove",
        cameo="112",
        description="A party accuses another",
    ),
    EventType(
        name="criticism",
        label="Criticism",
        plover="ACCUSE",
        plover_mode="disapprove",
        cameo="111",
        description="A party criticises or denounces another",
    ),
    EventType(
        name="ceasefire",
        label="Ceasefire",
        plover="RETREAT",
        plover_mode="ceasefire",
        cameo="0871",
        description="A truce or ceasefire is declared",
    ),
    EventType(
        name="refusal",
        label="Refusal to comment",
        cameo="011",
        description="A party declines to comment or to answer (CAMEO 01 has no PLOVER category)",
    ),
    EventType(
        name="no_response",
        label="No response",
        description="A party does not respond to a request for comment",
    ),
    EventType(
        name="denial",
        label="Denial",
        description="A party denies a report or an accusation (a statement, not PLOVER's "
        "REJECT of a proposal)",
    ),
    EventType(
        name="approval",
        label="Approval or ratification",
        plover="SUPPORT",
        cameo="057",
        description="A body approves, signs or ratifies an agreement",
    ),
    EventType(
        name="mediation",
        label="Mediation",
        plover="CONSULT",
        cameo="045",
        description="A third party mediates or brokers talks",
    ),
    EventType(
        name="mission_end",
        label="End of mission",
        description="A mission is declared over or ended",
    ),
    EventType(
        name="evacuation",
        label="Evacuation",
        plover="AID",
        cameo="073",
        description="Civilians are taken out of danger (citizens flown out of a war zone): "
        "humanitarian aid in PLOVER and CAMEO, not a retreat of forces",
    ),
    EventType(
        name="repatriation",
        label="Repatriation",
        description="People are brought back to their home country (citizens brought home); "
        "no PLOVER category: PLOVER's RETREAT repatriates refugees as a concession to another "
        "party",
    ),
    EventType(
        name="welcoming",
        label="Welcoming or endorsement",
        plover="SUPPORT",
        cameo="051",
        description="A party welcomes, praises or endorses an agreement, a statement or another "
        "party's act (a link 'concerns' names what is welcomed)",
    ),
    EventType(
        name="residence",
        label="Residence",
        description="People live or stay somewhere (citizens abroad, a community): a state, "
        "not an action; the civilian counterpart of troop_presence",
    ),
):
    register_event_type(_t)


class EventStatus(str, enum.Enum):
    """The built-in terms of the open ``event_status`` vocabulary."""

    PROPOSED = "proposed"
    DEMANDED = "demanded"
    EXPECTED = "expected"
    PLANNED = "planned"
    ONGOING = "ongoing"
    AGREED = "agreed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    CONTESTED = "contested"
    PENDING_APPROVAL = "pending_approval"  #: agreed, awaiting a body's approval
    AWAITING_RATIFICATION = "awaiting_ratification"
    POSTPONED = "postponed"
    SUSPENDED = "suspended"
    DENIED = "denied"  #: a party denies it happened or will happen
    RUMOURED = "rumoured"  #: reported only as rumour
    RESUMED = "resumed"  #: under way again after a pause ("the talks resume")
    TEMPORARY = "temporary"  #: done or in force for a limited time ("a temporary halt")
    EXTENDED = "extended"  #: a deadline or mandate prolonged
    FULFILLED = "fulfilled"  #: a commitment carried out
    HOPED_FOR = "hoped_for"  #: someone hopes or wishes for it: neither planned nor demanded
    RESCHEDULED = "rescheduled"  #: moved to another date
    BROUGHT_FORWARD = "brought_forward"  #: moved to an earlier date ("accelerated")


#: Statuses that narrow another (the broader one is registered first: the enum's order).
_NARROWER_STATUS = {"brought_forward": "rescheduled"}
#: schema.org's EventStatusType members, where a status has one.
_STATUS_MAPPINGS = {
    "cancelled": {"schemaorg": "EventCancelled"},
    "postponed": {"schemaorg": "EventPostponed"},
    "rescheduled": {"schemaorg": "EventRescheduled"},
}

EVENT_STATUSES = Vocabulary(
    "event_status",
    "where an event stands: proposed, planned, ongoing, completed, resumed...",
    [
        Term(
            name=s.value,
            label=s.value.replace("_", " "),
            broader=_NARROWER_STATUS.get(s.value),
            mappings=_STATUS_MAPPINGS.get(s.value, {}),
        )
        for s in EventStatus
    ],
)


class Scope(enum.Enum):
    PARTIAL = "partial"
    COMPLETE = "complete"


class ParticipantRole(enum.Enum):
    """Constants for the built-in terms of :data:`PARTICIPANT_ROLES` (a role is held as its
    text; register more terms on the vocabulary)."""

    AGENT = "agent"  #: who acts
    RECIPIENT = "recipient"  #: who is acted on or addressed
    THEME = "theme"  #: what moves or is affected (the troops that withdraw)
    LOCATION = "location"  #: a place that takes part (a host country), beside ``Event.locations``
    BENEFICIARY = "beneficiary"
    MEDIATOR = "mediator"
    OBSERVER = "observer"
    OTHER = "other"
    ORIGIN = "origin"  #: where a movement starts (the base a convoy leaves)
    DESTINATION = "destination"  #: where a movement ends ("come home": the home country)
    ROUTE = "route"  #: the way a movement goes (a road, a port, a crossing)
    MEANS = "means"  #: what carries it (aircraft, a convoy's trucks, ships)


#: The roles an entity takes in an event; the movement roles map to the AMR/PropBank-style
#: argument names they correspond to (``:source``, ``:destination``, ``:path``,
#: ``:instrument``).
PARTICIPANT_ROLES = Vocabulary(
    "participant_role",
    "the part an entity takes in an event",
    [
        Term(name="agent", label="Agent", description="who acts"),
        Term(name="recipient", label="Recipient", description="who is acted on or addressed"),
        Term(name="theme", label="Theme", description="what moves or is affected"),
        Term(name="location", label="Location", description="a place that takes part"),
        Term(name="beneficiary", label="Beneficiary"),
        Term(name="mediator", label="Mediator"),
        Term(name="observer", label="Observer"),
        Term(name="other", label="Other"),
        Term(
            name="origin",
            label="Origin",
            broader="location",
            description="where a movement starts",
            mappings={"amr": ":source"},
        ),
        Term(
            name="destination",
            label="Destination",
            broader="location",
            description="where a movement ends",
            mappings={"amr": ":destination"},
        ),
        Term(
            name="route",
            label="Route",
            broader="location",
            description="the way a movement goes: a road, a port, a border crossing",
            mappings={"amr": ":path"},
        ),
        Term(
            name="means",
            label="Means of transport",
            description="what carries the movement",
            mappings={"amr": ":instrument"},
        ),
    ],
)

#: What one step of a series is called: "the second round", "the last extension", "in stages".
SERIES_STEPS = Vocabulary(
    "series_step",
    "what one step of a series of events is called",
    [
        Term(name="round", label="Round", description="a round of talks or voting"),
        Term(name="phase", label="Phase", description="a phase of a plan or operation"),
        Term(name="stage", label="Stage", broader="phase", description="'in stages'"),
        Term(name="extension", label="Extension", description="a renewal of a mandate"),
        Term(name="session", label="Session", description="a sitting of a body"),
        Term(name="wave", label="Wave", description="a wave of deployments or strikes"),
        Term(name="visit", label="Visit"),
    ],
)


@attrs.frozen(kw_only=True)
class Participant(Model):
    """An entity taking part in an event, in a role."""

    entity: str = attrs.field(validator=ID, metadata=ref_meta("Entity"))
    role: str = term_field(PARTICIPANT_ROLES)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@attrs.frozen(kw_only=True)
class Condition(Model):
    """A condition an event depends on, as written ("if the Taliban meet their commitments"),
    optionally the event it names; ``negated`` for "unless"."""

    text: str = attrs.field(validator=TEXT)
    event: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Event"))
    negated: bool = attrs.field(default=False, validator=BOOL)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


class EventRelation(enum.Enum):
    PART_OF = "part_of"
    FOLLOWS = "follows"
    CAUSES = "causes"
    ANNOUNCES = "announces"  #: this event (a statement) announces the target
    #: an agreement, negotiation or reaction about the target: what an agreement agrees to,
    #: what a welcoming welcomes
    CONCERNS = "concerns"
    DEMANDS = "demands"  #: a resolution or demand calls for the target
    REPLACES = "replaces"
    CONTRADICTS = "contradicts"
    PURPOSE = "purpose"  #: this event is done in order to bring about the target
    RESULTS_IN = "results_in"  #: the target is a result of this event
    CONDITIONAL_ON = "conditional_on"  #: this event happens only if the target does
    DURING = "during"  #: this event happens while the target goes on
    SAME_TIME = "same_time"  #: at the same time as the target
    REPEATS = "repeats"  #: this event happens again after the target (troops sent "again")


@attrs.frozen(kw_only=True)
class EventLink(Model):
    """A relation of this event to another event, or to a communication (a press conference
    or statement stands where an event is expected, so it need not exist twice)."""

    relation: EventRelation = attrs.field(validator=v.TYPED)
    target: str = attrs.field(validator=ID, metadata=ref_meta("Event", "Communication"))


@attrs.frozen(kw_only=True)
class StatusChange(Model):
    """One dated status of an event's history: "due to be completed in September 2025" is
    ``expected`` at that time, while the event's current ``status`` is ``ongoing``."""

    status: str = term_field(EVENT_STATUSES)
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


_ordinal_ok = Bounds(
    minimum=1, code="not_positive", message="'{name}' must be 1 or more (got {value})"
)


def _implemented_term(cls: type) -> EventType | None:
    """The vocabulary term an event class implements (see :func:`implements`), if any."""
    if not attrs.has(cls):
        return None
    field = attrs.fields_dict(cls).get("event_type")
    term = None if field is None else field.metadata.get("implements")
    return term if isinstance(term, EventType) else None


@rule(code="event_type_mismatch")
def _matches_term(inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    term = _implemented_term(type(inst))
    if term is not None and value != term.name:
        raise RuleError(
            "event_type_mismatch",
            f"{type(inst).__name__} implements the event type {term.name!r}, not {value!r}",
            value,
        )


def implements(term: EventType) -> Any:
    """The ``event_type`` field of an :class:`Event` subclass that implements one term of the
    vocabulary: it defaults to the term's name, accepts no other, and is always written.
    Registering the class (``register_type``) registers the term too, so the class and its
    term cannot drift apart::

        @register_type("airstrike_event")
        @attrs.frozen(kw_only=True)
        class Airstrike(Event):
            event_type: str = implements(AIRSTRIKE)
    """
    if not isinstance(term, EventType):
        raise RegistryError(f"implements() takes an EventType, got {type(term).__name__}")
    return attrs.field(
        default=term.name,
        validator=v.and_(v.TYPED, _registered_event_type, _matches_term),
        metadata={"implements": term, "always": True},
    )


def _register_implemented_term(_tag: str, cls: type) -> None:
    term = _implemented_term(cls)
    if term is not None:
        register_event_type(term)


_base._BEFORE_REGISTER.append(_register_implemented_term)


@rule(
    code="unknown_event_type",
    vocabulary=True,
    schema=lambda: {"enum": sorted(_EVENT_TYPES)},
    inline="if {v} not in _event_type_names: raise _Refused",
    helpers={"_event_type_names": _EVENT_TYPES},
)
def _registered_event_type(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if value not in _EVENT_TYPES:
        known = ", ".join(sorted(_EVENT_TYPES))
        raise RuleError(
            "unknown_event_type",
            f"event type {value!r} is not registered (known: {known}); "
            "add it with register_event_type()",
            value,
        )


@register_type("event")
@attrs.frozen(kw_only=True)
class Event(TaggedModel):
    """Something that happened, happens or may happen: a type from the registered vocabulary,
    its status and scope, participants, places, time, quantities, conditions, links to other
    events, and the attributions the text gives it.

    An event may have a ``name`` ("the Strategic Framework Agreement"; ``quoted`` when the
    text sets it in scare quotes, the "surge"), ``aliases`` and ``identifiers`` (resolution
    2817), a dated ``status_history``, and a place in a ``series`` (an event id): the
    ``ordinal``-th (or ``last``) ``step`` of it ("the second round" of the talks). An event
    carried out ``in_steps`` ("in stages") names the kind of step.

    ``factuality`` is what the text itself says of the event: "did not set a date" is an
    event with negative polarity, whoever reports it; a refusal to comment or a request left
    unanswered is an event of its own (types ``refusal`` and ``no_response``)."""

    id: str = attrs.field(validator=ID)
    event_type: str = attrs.field(validator=v.and_(v.TYPED, _registered_event_type))
    status: str | None = term_field(EVENT_STATUSES, optional=True)
    scope: Scope | None = attrs.field(default=None, validator=v.TYPED)
    summary: str | None = attrs.field(default=None, validator=OPT_TEXT)
    trigger: Cue | None = attrs.field(default=None, validator=v.TYPED)
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    locations: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Place")
    )
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    factuality: Factuality | None = attrs.field(default=None, validator=v.TYPED)
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    conditions: tuple[Condition, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    links: tuple[EventLink, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    name: str | None = attrs.field(default=None, validator=OPT_TEXT)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(TEXT))
    quoted: bool = attrs.field(default=False, validator=BOOL)
    identifiers: tuple[Identifier, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    status_history: tuple[StatusChange, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    series: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Event"))
    ordinal: int | None = attrs.field(
        default=None,
        validator=v.optional(v.and_(v.TYPED, NOT_BOOL, _ordinal_ok)),
    )
    last: bool = attrs.field(default=False, validator=BOOL)
    step: str | None = term_field(SERIES_STEPS, optional=True)
    in_steps: str | None = term_field(SERIES_STEPS, optional=True)

    @property
    def negated(self) -> bool:
        """Whether the text says the event did not (or will not) happen."""
        return self.factuality is not None and self.factuality.polarity is Polarity.NEGATIVE

    @property
    def type_info(self) -> EventType:
        """The vocabulary entry of this event's type (PLOVER category, CAMEO code)."""
        return get_event_type(self.event_type)

    # -- deprecated since 0.2: ``location`` became ``locations`` ---------------------------

    @property
    def location(self) -> str | None:
        """Deprecated alias, for one release: the first of :attr:`locations` (an event had
        one ``location`` until wire 0.2). Read ``locations``. ``Event(location=...)`` is
        accepted too, with the same warning; ``attrs.evolve`` takes ``locations=[...]``."""
        warnings.warn(
            "Event.location is deprecated: read Event.locations (a tuple of place ids)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.locations[0] if self.locations else None


def _accepting_location(init: Any) -> Any:
    """``Event.__init__`` that also takes the deprecated ``location=`` (one place id or
    ``None``) as ``locations``; both at once is a ``TypeError``."""

    @functools.wraps(init)
    def __init__(self: Event, *args: Any, **kwargs: Any) -> None:
        if "location" in kwargs:
            place = kwargs.pop("location")
            if "locations" in kwargs:
                raise TypeError("Event() takes 'locations' or the deprecated 'location', not both")
            warnings.warn(
                "Event(location=...) is deprecated: pass locations=[...]",
                DeprecationWarning,
                stacklevel=2,
            )
            kwargs["locations"] = () if place is None else (place,)
        init(self, *args, **kwargs)

    __init__.renames_keywords_only = True  # type: ignore[attr-defined]  # see can_assemble
    return __init__


setattr(Event, "__init__", _accepting_location(Event.__init__))  # noqa: B010

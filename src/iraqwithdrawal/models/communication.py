"""How and where something was said: a written statement, a joint declaration, a press
conference, an interview or a post, which attributions point to.

A communication is also an occurrence in time: wherever an event is expected for time
anchoring or links (``TimeExpression.relative_to``, ``EventLink.target``), its id may be
given instead, so a press conference or joint statement exists once, not as a
communication and an event besides. It may recur (``recurrence``: a weekly press
conference) and be addressed to an ``audience`` that is not an entity (the press).
"""

from __future__ import annotations

import enum

import attrs

from . import _checks as v
from ._base import (
    ID,
    OPT_ID,
    OPT_IRI,
    OPT_TEXT,
    Span,
    TaggedModel,
    language_field,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from .time import TIME_VALIDATOR, Moment, TimeExpression
from .vocabulary import Term, Vocabulary, term_field

__all__ = ["AUDIENCES", "COMMUNICATION_KINDS", "RECURRENCES", "Communication", "CommunicationKind"]

#: How often a communication recurs (open: register more).
RECURRENCES = Vocabulary(
    "recurrence",
    "How often a communication (a press conference, a briefing) recurs",
    [
        Term(
            name="regular",
            label="Regular",
            description="Held regularly, at an interval the report does not give",
        ),
        Term(name="daily", label="Daily", broader="regular", mappings={"ical": "DAILY"}),
        Term(name="weekly", label="Weekly", broader="regular", mappings={"ical": "WEEKLY"}),
        Term(name="monthly", label="Monthly", broader="regular", mappings={"ical": "MONTHLY"}),
        Term(name="yearly", label="Yearly", broader="regular", mappings={"ical": "YEARLY"}),
    ],
)

#: Who a communication is addressed to when that is a public, not an entity (open).
AUDIENCES = Vocabulary(
    "audience",
    "Who a communication is addressed to, as a public rather than a named entity",
    [
        Term(
            name="press",
            label="The press",
            description="Reporters, journalists, 'the media' (a briefing's 'you')",
        ),
        Term(name="public", label="The public", description="The general public, the nation"),
        Term(name="legislature", label="Legislators", description="Members of a legislature"),
        Term(name="supporters", label="Supporters", description="A party's or leader's base"),
        Term(name="troops", label="Troops", description="Soldiers addressed by their command"),
    ],
)


class CommunicationKind(str, enum.Enum):
    """The built-in terms of the open ``communication_kind`` vocabulary."""

    WRITTEN_STATEMENT = "written_statement"
    JOINT_STATEMENT = "joint_statement"  #: a joint declaration or communique
    PRESS_CONFERENCE = "press_conference"
    PRESS_RELEASE = "press_release"
    INTERVIEW = "interview"
    SPEECH = "speech"
    SOCIAL_MEDIA_POST = "social_media_post"
    BROADCAST = "broadcast"  #: a televised or radio address
    REPORT = "report"  #: a published report or document
    LETTER = "letter"
    BRIEFING = "briefing"  #: a (background) briefing to reporters
    OTHER = "other"
    STATEMENT = "statement"  #: a statement of any form
    POST = "post"  #: a post on a platform or a website
    MEETING = "meeting"
    TALKS = "talks"  #: talks between parties, a round of negotiation
    PHONE_CALL = "phone_call"
    MESSAGE = "message"  #: a message or cable sent to someone
    DOORSTOP = "doorstop"  #: brief remarks to reporters on the way in or out, no press conference


_BROADER = {
    "written_statement": "statement",
    "joint_statement": "statement",
    "press_release": "statement",
    "social_media_post": "post",
    "press_conference": "briefing",
    "talks": "meeting",
    "doorstop": "briefing",
}

COMMUNICATION_KINDS = Vocabulary(
    "communication_kind",
    "what kind of act of communication",
    sorted(
        (
            Term(name=k.value, label=k.value.replace("_", " "), broader=_BROADER.get(k.value))
            for k in CommunicationKind
        ),
        key=lambda t: t.broader is not None,  # a broader term is registered first
    ),
)


@register_type("communication")
@attrs.frozen(kw_only=True)
class Communication(TaggedModel):
    """One act of communication, which attributions name in ``channel``: its kind, who
    issued or signed it (``issuers``: every co-signer of a joint statement), the outlet that
    carried it (an interviewing newspaper), the platform of a post ("X", "Telegram"), when,
    where, in which language, with its title or handle and address as printed; how often it
    recurs (``recurrence``, a term of :data:`RECURRENCES`) and the public it addresses
    (``audience``, a term of :data:`AUDIENCES`; a named recipient is an attribution's
    ``recipient``). Its id may stand where an event is expected for time and links."""

    id: str = attrs.field(validator=ID)
    kind: str = term_field(COMMUNICATION_KINDS)
    issuers: tuple[str, ...] = attrs.field(
        default=(),
        converter=to_tuple,
        validator=tuple_of(ID),
        metadata=ref_meta("Person", "Organization", "AnonymousSource"),
    )
    outlet: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    platform: str | None = attrs.field(default=None, validator=OPT_TEXT)
    handle: str | None = attrs.field(default=None, validator=OPT_TEXT)
    title: str | None = attrs.field(default=None, validator=OPT_TEXT)
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    at: Moment | None = attrs.field(default=None, validator=v.TYPED)
    place: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Place"))
    language: str | None = language_field(optional=True)
    url: str | None = attrs.field(default=None, validator=OPT_IRI)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    recurrence: str | None = term_field(RECURRENCES, optional=True)
    audience: str | None = term_field(AUDIENCES, optional=True)

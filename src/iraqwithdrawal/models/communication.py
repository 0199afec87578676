"""How and where something was said: a written statement, a joint declaration, a press
conference, an interview or a post, which attributions point to."""

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

__all__ = ["COMMUNICATION_KINDS", "Communication", "CommunicationKind"]


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


_BROADER = {
    "written_statement": "statement",
    "joint_statement": "statement",
    "press_release": "statement",
    "social_media_post": "post",
    "press_conference": "briefing",
    "talks": "meeting",
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
    where, in which language, with its title or handle and address as printed."""

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

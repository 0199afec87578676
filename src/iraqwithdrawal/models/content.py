"""Quotes, claims and the disputes that group contested claims.

A quote carries its speech act (``act``: a question, an answer, a refusal, a denial...), the
quote it replies to (``in_reply_to``), and what it is ``about``: anything with an id
(:data:`ABOUT_KINDS`: an entity or document, an event, a communication, a quote, a claim, a
dispute, a quantity, a media item). The act says what ``about`` is to it: the object asked
about, denied, refused, not confirmed or promised.
"""

from __future__ import annotations

import enum

import attrs

from . import _checks as v
from ._base import (
    ID,
    OPT_ID,
    OPT_TEXT,
    TEXT,
    Span,
    TaggedModel,
    language_field,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from .attribution import Attribution, AttributionMode
from .vocabulary import Term, Vocabulary, term_field

__all__ = ["ABOUT_KINDS", "SPEECH_ACTS", "Claim", "Dispute", "Quote", "Stance"]

#: What a statement (a quote's or claim's ``about``, a correction's ``target``) may point at:
#: every kind of object of an article that has an id.
ABOUT_KINDS = (
    "Entity",
    "Event",
    "Communication",
    "Quote",
    "Claim",
    "Dispute",
    "Quantity",
    "MediaItem",
)

#: What a quote does (open: register more). Terms after the speech acts of dialogue
#: annotation (ISO 24617-2) where they fit, in the words of news reports.
SPEECH_ACTS = Vocabulary(
    "speech_act",
    "What a quote does: states, asks, answers, refuses, denies, promises...",
    [
        Term(
            name="statement",
            label="Statement",
            description="Says that something is so",
            mappings={"iso24617_2": "inform"},
        ),
        Term(
            name="question",
            label="Question",
            description="Asks; 'about' is what is asked about",
            mappings={"iso24617_2": "question"},
        ),
        Term(
            name="answer",
            label="Answer",
            description="Answers a question ('in_reply_to' names it when it is printed)",
            broader="statement",
            mappings={"iso24617_2": "answer"},
        ),
        Term(
            name="refusal",
            label="Refusal",
            description="Refuses to comment or to do something; 'about' is what was refused",
        ),
        Term(
            name="denial",
            label="Denial",
            description="Says that something is not so; 'about' is what is denied",
            broader="statement",
            mappings={"iso24617_2": "disconfirm", "plover": "REJECT"},
        ),
        Term(
            name="confirmation",
            label="Confirmation",
            description="Confirms something; 'about' is what is confirmed",
            broader="statement",
            mappings={"iso24617_2": "confirm"},
        ),
        Term(
            name="non_confirmation",
            label="Non-confirmation",
            description="Declines to confirm or deny; 'about' is what is left unconfirmed",
            broader="refusal",
        ),
        Term(
            name="promise",
            label="Promise",
            description="Commits the speaker to do something",
            mappings={"iso24617_2": "promise"},
        ),
        Term(
            name="demand",
            label="Demand",
            description="Asks someone to do something",
            mappings={"iso24617_2": "request", "plover": "DEMAND"},
        ),
        Term(
            name="warning",
            label="Warning",
            description="Warns of a consequence",
            mappings={"plover": "THREATEN"},
        ),
        Term(
            name="accusation",
            label="Accusation",
            broader="statement",
            mappings={"plover": "ACCUSE"},
        ),
        Term(
            name="reassurance",
            label="Reassurance",
            description="Says there is no cause for worry ('we see no immediate threat')",
            broader="statement",
        ),
        Term(
            name="correction",
            label="Correction",
            description="Corrects an earlier statement ('in_reply_to' or 'about' names it)",
            broader="statement",
            mappings={"iso24617_2": "correction"},
        ),
    ],
)


@register_type("quote")
@attrs.frozen(kw_only=True)
class Quote(TaggedModel):
    """Words attributed to a source. For a direct quote ``text`` is exactly the body at
    ``spans`` (several spans, as in a quote split by "he said", are joined by one space);
    for paraphrase it is the reported content as written.

    ``language`` is the language of ``text`` when it differs from the article's;
    ``original_language`` the language the words were first said in ("said in Arabic");
    ``translation_of`` the quote (in this article) that this one translates.

    ``act`` is what the words do (a term of :data:`SPEECH_ACTS`); ``acts`` the further acts
    the same words go on to perform, in order, when they do more than one thing ("we see no
    immediate threat, but we will not wait for it": ``act`` ``reassurance``, ``acts``
    ``("promise",)``); ``in_reply_to`` the quote
    they answer or react to; ``about`` what they are about, which for a question, refusal,
    denial or non-confirmation is what is asked, refused, denied or left unconfirmed. Who
    asks whom is the attribution's ``source`` and ``recipient``; the audience of a briefing
    is its communication's ``audience``."""

    id: str = attrs.field(validator=ID)
    text: str = attrs.field(validator=TEXT)
    attribution: Attribution = attrs.field(validator=v.TYPED)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    about: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta(*ABOUT_KINDS)
    )
    language: str | None = language_field(optional=True)
    original_language: str | None = language_field(optional=True)
    translation_of: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Quote")
    )
    act: str | None = term_field(SPEECH_ACTS, optional=True)
    acts: tuple[str, ...] = term_field(SPEECH_ACTS, many=True)
    in_reply_to: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Quote")
    )

    @property
    def mode(self) -> AttributionMode | None:
        """Direct, paraphrase or mixed: the attribution's mode."""
        return self.attribution.mode


class Stance(enum.Enum):
    """Where a claim stands on the question its dispute is about."""

    SUPPORTS = "supports"
    OPPOSES = "opposes"
    NEUTRAL = "neutral"


@register_type("dispute")
@attrs.frozen(kw_only=True)
class Dispute(TaggedModel):
    """A contested question ("the presence of coalition troops at al-Harir"), grouping the
    claims that contest it."""

    id: str = attrs.field(validator=ID)
    topic: str = attrs.field(validator=TEXT)
    about: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta(*ABOUT_KINDS)
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@register_type("claim")
@attrs.frozen(kw_only=True)
class Claim(TaggedModel):
    """A proposition a source holds ("the US presence is essential"), its attribution, its
    stance on the ``dispute`` it belongs to, and the claims it ``contests``."""

    id: str = attrs.field(validator=ID)
    text: str = attrs.field(validator=TEXT)
    attribution: Attribution = attrs.field(validator=v.TYPED)
    stance: Stance | None = attrs.field(default=None, validator=v.TYPED)
    dispute: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Dispute"))
    contests: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Claim")
    )
    about: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta(*ABOUT_KINDS)
    )
    summary: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

"""Quotes, claims and the disputes that group contested claims."""

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

__all__ = ["Claim", "Dispute", "Quote", "Stance"]


@register_type("quote")
@attrs.frozen(kw_only=True)
class Quote(TaggedModel):
    """Words attributed to a source. For a direct quote ``text`` is exactly the body at
    ``spans`` (several spans, as in a quote split by "he said", are joined by one space);
    for paraphrase it is the reported content as written.

    ``language`` is the language of ``text`` when it differs from the article's;
    ``original_language`` the language the words were first said in ("said in Arabic");
    ``translation_of`` the quote (in this article) that this one translates."""

    id: str = attrs.field(validator=ID)
    text: str = attrs.field(validator=TEXT)
    attribution: Attribution = attrs.field(validator=v.TYPED)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    about: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Event", "Claim")
    )
    language: str | None = language_field(optional=True)
    original_language: str | None = language_field(optional=True)
    translation_of: str | None = attrs.field(
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
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Event", "Entity")
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
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Event", "Entity")
    )
    summary: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

"""Who says so, to whom, through whom, and how sure the text is."""

from __future__ import annotations

import enum
from typing import ClassVar

import attrs

from . import _checks as v
from ._base import ID, OPT_ID, Cue, Model, Span, ref_meta, to_tuple, tuple_of
from ._checks import ClassRule, present, run_class_rules
from .time import TIME_VALIDATOR, TimeExpression

#: Entity kinds a speaker (an attribution's source) may be.
SPEAKER_KINDS = ("Person", "Organization", "AnonymousSource")

__all__ = [
    "Attribution",
    "AttributionMode",
    "Certainty",
    "Factuality",
    "Polarity",
    "RelayHop",
]


class AttributionMode(enum.Enum):
    DIRECT = "direct"  #: the source's own words, in quotation marks
    PARAPHRASE = "paraphrase"  #: reported (indirect) speech
    MIXED = "mixed"  #: paraphrase with quoted fragments


class Certainty(enum.Enum):
    """How sure the text presents the content as (after FactBank's CT, PR, PS, U)."""

    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    UNKNOWN = "unknown"


class Polarity(enum.Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Factuality(Model):
    """The factuality the text gives a content; ``hedges`` are the words that weaken it
    ("may", "reportedly")."""

    certainty: Certainty = attrs.field(default=Certainty.CERTAIN, validator=v.TYPED)
    polarity: Polarity = attrs.field(default=Polarity.POSITIVE, validator=v.TYPED)
    hedges: tuple[Cue, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@attrs.frozen(kw_only=True)
class RelayHop(Model):
    """One step by which a statement travelled: the outlet or person ``via`` whom it came
    (The National, then TASS), the cue ("according to a report by") and when."""

    via: str = attrs.field(validator=ID, metadata=ref_meta("Entity"))
    cue: Cue | None = attrs.field(default=None, validator=v.TYPED)
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@attrs.frozen(kw_only=True)
class Attribution(Model):
    """Who says so (``source``; ``None`` when the text does not say, as in "was reported"),
    the cue as written, the recipient, the mode, the relay chain in order from the source
    outwards, when it was said, and the factuality given to the content.

    ``joint_with`` lists co-sources of a joint statement; ``channel`` names the
    :class:`~iraqwithdrawal.models.Communication` it was made in (a written statement, a
    post). One attribution that covers many quotes and events is declared once, with an
    ``id``, in the article's ``attributions``; the others say ``shared`` with its id (and may
    add their own cue, mode, spans and factuality) instead of copying it.
    """

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    shared: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Attribution")
    )
    source: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta(*SPEAKER_KINDS)
    )
    joint_with: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta(*SPEAKER_KINDS)
    )
    cue: Cue | None = attrs.field(default=None, validator=v.TYPED)
    recipient: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    mode: AttributionMode | None = attrs.field(default=None, validator=v.TYPED)
    relay: tuple[RelayHop, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    factuality: Factuality | None = attrs.field(default=None, validator=v.TYPED)
    channel: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Communication")
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def chain(self) -> tuple[str, ...]:
        """The ids along the relay, source first (the source is left out when unknown)."""
        head = (self.source,) if self.source is not None else ()
        return head + tuple(h.via for h in self.relay)


#: What an attribution that points at a shared one may still say of its own.
_OWN_WHEN_SHARED = frozenset({"shared", "cue", "mode", "factuality", "spans", "extra"})
_SHARED_EXCLUDES = tuple(
    a.name for a in attrs.fields(Attribution) if a.name not in _OWN_WHEN_SHARED
)


def _shared_conflict(a: Attribution) -> str | None:
    if a.shared is None:
        return None
    clash = [name for name in _SHARED_EXCLUDES if getattr(a, name) not in (None, (), attrs.NOTHING)]
    return (
        f"an attribution that points at a shared one must not also set {', '.join(clash)}"
        if clash
        else None
    )


Attribution.CLASS_RULES = (
    ClassRule(
        "shared_attribution",
        _shared_conflict,
        {
            "if": present("shared"),
            "then": {"not": {"anyOf": [present(name) for name in _SHARED_EXCLUDES]}},
        },
        "a shared attribution reference adds only cue, mode, factuality and spans",
    ),
)

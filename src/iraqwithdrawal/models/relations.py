"""Typed relations between parties, and between parties and events: who leads, brokers or
mediates, who is a member or part of what, and where something lies."""

from __future__ import annotations

import enum

import attrs

from . import _checks as v
from ._base import ID, OPT_ID, Model, Span, ref_meta, to_tuple
from .attribution import Attribution

__all__ = ["Relation", "RelationKind"]


class RelationKind(enum.Enum):
    LEADS = "leads"  #: "a Saudi-led coalition": Saudi Arabia leads the coalition
    BROKERS = "brokers"  #: "a UK-brokered deal": the UK brokers the agreement (an event)
    MEDIATES = "mediates"  #: a third party mediates talks (an event) or between parties
    MEMBER_OF = "member_of"
    PART_OF = "part_of"
    LOCATED_IN = "located_in"
    ALLIED_WITH = "allied_with"
    HOSTS = "hosts"  #: a country hosts forces or talks
    BACKS = "backs"  #: supports, sponsors
    OPPOSES = "opposes"


@attrs.frozen(kw_only=True)
class Relation(Model):
    """``subject`` stands in relation ``kind`` to ``object`` (an entity or an event), as the
    text says at ``spans``, optionally attributed."""

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    kind: RelationKind = attrs.field(validator=v.TYPED)
    subject: str = attrs.field(validator=ID, metadata=ref_meta("Entity"))
    object: str = attrs.field(validator=ID, metadata=ref_meta("Entity", "Event"))
    attribution: Attribution | None = attrs.field(default=None, validator=v.TYPED)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

"""Typed relations between parties, and between parties and events: who leads, brokers or
mediates, who is a member or part of what, where something lies, who advises whom. The
kinds are an open vocabulary (``relation_kind``); :class:`RelationKind` names the built-in
terms."""

from __future__ import annotations

import enum

import attrs

from . import _checks as v
from ._base import ID, OPT_ID, Model, Span, ref_meta, to_tuple
from .attribution import Attribution
from .vocabulary import Term, Vocabulary, term_field

__all__ = ["RELATION_KINDS", "Relation", "RelationKind"]


class RelationKind(str, enum.Enum):
    """The built-in terms of the ``relation_kind`` vocabulary."""

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
    ADVISES = "advises"  #: advisers advise an army
    TRAINS = "trains"
    COMMANDS = "commands"
    NEAR = "near"  #: "the base near the town": close to, not inside
    EXCEPT = "except"  #: the subject is excluded from the object ("all forces except...")
    UNDER = "under"  #: an event carried out under an agreement or mandate (the object)
    CITIZEN_OF = "citizen_of"  #: a person or group is a citizen or national of a country


_BROADER = {"mediates": "brokers", "trains": "advises"}

#: Relations a standard has a property for (schema.org's ``nationality``).
_MAPPINGS = {"citizen_of": {"schemaorg": "nationality"}}

RELATION_KINDS = Vocabulary(
    "relation_kind",
    "how a party stands to another party or to an event",
    [
        Term(
            name=k.value,
            label=k.value.replace("_", " "),
            broader=_BROADER.get(k.value),
            mappings=_MAPPINGS.get(k.value, {}),
        )
        for k in RelationKind
        if k.value not in _BROADER
    ]
    + [Term(name=k, label=k, broader=b) for k, b in _BROADER.items()],
)


@attrs.frozen(kw_only=True)
class Relation(Model):
    """``subject`` stands in relation ``kind`` (a term of ``relation_kind``) to ``object``,
    each an entity or an event ("the withdrawal is carried out under the understanding":
    ``under``), as the text says at ``spans``, optionally attributed."""

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    kind: str = term_field(RELATION_KINDS)
    subject: str = attrs.field(validator=ID, metadata=ref_meta("Entity", "Event"))
    object: str = attrs.field(validator=ID, metadata=ref_meta("Entity", "Event"))
    attribution: Attribution | None = attrs.field(default=None, validator=v.TYPED)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

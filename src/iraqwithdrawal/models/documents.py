"""Documents and evidence as objects a report talks about: a draft, a timetable, the text of
an agreement, images shown on television, a post. A document is an :class:`Entity`, so an
event can name it as a participant (the images a channel broadcast: ``theme``), a quote or
claim can be ``about`` it, and a correction can target it.

Who has or has not seen a document is not a field of the document: it is said the general
way, as an event of type ``viewing`` (registered here) with the viewer as ``agent``, the
document as ``theme`` and the factuality's polarity ("the ministry has not seen the images":
polarity ``negative``), attributed to whoever says so.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._base import (
    OPT_IRI,
    language_field,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from ._checks import ClassRule
from ._validators import ID, OPT_ID
from .content import ABOUT_KINDS
from .entities import ENTITY_RULES, Entity
from .events import EventType, register_event_type
from .time import TIME_VALIDATOR, TimeExpression
from .vocabulary import Term, Vocabulary, term_field

__all__ = [
    "AUTHENTICITY",
    "CLASSIFICATIONS",
    "DOCUMENT_KINDS",
    "DOCUMENT_STATUSES",
    "EXISTENCE",
    "VIEWING",
    "Document",
]

#: What kind of document or piece of evidence a :class:`Document` is (open: register more).
DOCUMENT_KINDS = Vocabulary(
    "document_kind",
    "What kind of document or piece of evidence a report talks about",
    [
        Term(
            name="document",
            label="Document",
            description="A document of no narrower kind",
            mappings={"schemaorg": "CreativeWork"},
        ),
        Term(
            name="timetable",
            label="Timetable",
            description="A schedule of dates, such as a withdrawal timetable",
            broader="document",
        ),
        Term(
            name="agreement_text",
            label="Agreement text",
            description="The written text of an agreement, treaty or memorandum",
            broader="document",
        ),
        Term(
            name="letter",
            label="Letter",
            broader="document",
            mappings={"schemaorg": "Message"},
        ),
        Term(
            name="report",
            label="Report",
            description="A published or leaked report, study or assessment",
            broader="document",
            mappings={"schemaorg": "Report"},
        ),
        Term(
            name="law",
            label="Law or decree",
            broader="document",
            mappings={"schemaorg": "Legislation"},
        ),
        Term(
            name="post",
            label="Post",
            description="A post on a social network or messaging channel",
            broader="document",
            mappings={"schemaorg": "SocialMediaPosting"},
        ),
        Term(
            name="images",
            label="Images",
            description="Photographs or footage, such as images shown on television",
            mappings={"schemaorg": "ImageObject"},
        ),
        Term(
            name="video",
            label="Video",
            broader="images",
            mappings={"schemaorg": "VideoObject"},
        ),
        Term(
            name="map",
            label="Map",
            broader="images",
            mappings={"schemaorg": "Map"},
        ),
        Term(
            name="recording",
            label="Audio recording",
            mappings={"schemaorg": "AudioObject"},
        ),
    ],
)

#: Where a document stands in its life: a draft, a final or signed text, a leaked one (open).
DOCUMENT_STATUSES = Vocabulary(
    "document_status",
    "Where a document stands: drafted, adopted, signed, published, leaked",
    [
        Term(
            name="draft",
            label="Draft",
            description="Not yet adopted: a draft resolution, agreement or timetable",
        ),
        Term(name="final", label="Final", description="Adopted or agreed in its final form"),
        Term(name="signed", label="Signed", broader="final"),
        Term(name="published", label="Published", description="Made public by its issuer"),
        Term(name="leaked", label="Leaked", description="Made public without its issuer's consent"),
    ],
)

#: Whether a document is said to exist: only claimed, confirmed, denied, or unknown.
EXISTENCE = Vocabulary(
    "existence",
    "Whether the report presents an object as existing",
    [
        Term(name="claimed", label="Claimed", description="Someone says it exists"),
        Term(
            name="confirmed",
            label="Confirmed",
            description="Its existence is confirmed by its issuer or the report itself",
        ),
        Term(name="denied", label="Denied", description="Its existence is denied"),
        Term(name="unknown", label="Unknown", description="The report leaves it open"),
    ],
)

#: How secret a document is said to be: a security classification as the report gives it
#: (open: register a country's own grades).
CLASSIFICATIONS = Vocabulary(
    "classification",
    "How secret a document is said to be: public, restricted, confidential, secret",
    [
        Term(name="public", label="Public", description="Meant to be published"),
        Term(
            name="restricted",
            label="Restricted",
            description="Not for publication: 'internal', 'for official use only'",
        ),
        Term(name="confidential", label="Confidential", broader="restricted"),
        Term(name="secret", label="Secret", broader="restricted", description="'a secret annex'"),
        Term(name="top_secret", label="Top secret", broader="secret"),
    ],
)

#: Whether a document is genuine, as the report presents it (open). Who doubts or cannot
#: confirm it is said by a quote (a ``non_confirmation`` about the document).
AUTHENTICITY = Vocabulary(
    "authenticity",
    "Whether a document is genuine, as the report presents it",
    [
        Term(name="authentic", label="Authentic", description="Confirmed as genuine"),
        Term(
            name="unverified",
            label="Unverified",
            description="Not confirmed as genuine ('cannot confirm its authenticity')",
        ),
        Term(
            name="disputed",
            label="Disputed",
            description="Said by some to be genuine, by others not",
        ),
        Term(name="forged", label="Forged", description="Said to be fake or doctored"),
    ],
)

#: Seeing, examining or receiving a document, the general way to say who has (not) seen it.
VIEWING = register_event_type(
    EventType(
        name="viewing",
        label="Viewing",
        description="Someone (agent) sees, examines or receives a document or other evidence "
        "(theme); a negative polarity says it was not seen",
    )
)


@register_type("document")
@attrs.frozen(kw_only=True)
class Document(Entity):
    """A document or piece of evidence the report talks about: its ``kind`` (a term of
    :data:`DOCUMENT_KINDS`), its title as printed (the entity's ``name``) or a
    ``description`` when it has none ("the draft timetable", "images broadcast by local
    channels"; ``plural`` for several), who issued it
    (``issuers``), when (``time``), what it is ``about`` (an event, an entity...), where it
    stands (``status``: a draft, signed, leaked; a term of :data:`DOCUMENT_STATUSES`), whether
    it is said to exist (``exists``, a term of :data:`EXISTENCE`), how secret it is
    (``classification``, :data:`CLASSIFICATIONS`), whether it is genuine (``authenticity``,
    :data:`AUTHENTICITY`), where it is published or circulates (``venue``: an outlet, a
    platform such as "social media" described as an organisation of kind ``platform``, or the
    communication that carried it) and where it is found (``url``); its mentions say where
    the text names it."""

    kind: str = term_field(DOCUMENT_KINDS, default="document")
    issuers: tuple[str, ...] = attrs.field(
        default=(),
        converter=to_tuple,
        validator=tuple_of(ID),
        metadata=ref_meta("Person", "Organization", "AnonymousSource"),
    )
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    about: tuple[str, ...] = attrs.field(
        default=(),
        converter=to_tuple,
        validator=tuple_of(ID),
        metadata=ref_meta(*ABOUT_KINDS),
    )
    status: str | None = term_field(DOCUMENT_STATUSES, optional=True)
    exists: str | None = term_field(EXISTENCE, optional=True)
    language: str | None = language_field(optional=True)
    url: str | None = attrs.field(default=None, validator=OPT_IRI)
    classification: str | None = term_field(CLASSIFICATIONS, optional=True)
    authenticity: str | None = term_field(AUTHENTICITY, optional=True)
    venue: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization", "Communication")
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = ENTITY_RULES

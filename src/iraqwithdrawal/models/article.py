"""The document root: an article with its text, provenance and everything extracted from it."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import RuleError
from . import _checks as v
from ._base import (
    ID,
    OPT_ID,
    OPT_TEXT,
    TEXT,
    Model,
    Span,
    TaggedModel,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from ._checks import rule
from .attribution import Attribution
from .content import Claim, Dispute, Quote
from .entities import Entity
from .events import Event
from .media import MediaItem
from .time import TIME_VALIDATOR, PartialDate, TimeExpression

if TYPE_CHECKING:
    from .._walk import ArticleIndex

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "BasedOn",
    "Contributor",
    "ContributorRole",
    "Correction",
    "Dateline",
]

#: Version of the wire format written in every document's ``schema_version``.
SCHEMA_VERSION = "0.1"


@attrs.frozen(kw_only=True)
class Dateline(Model):
    """The dateline as printed ("24 July"): its places (none here) and its time, which keeps
    exactly the precision printed."""

    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    places: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Place")
    )
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)


class ContributorRole(enum.Enum):
    AUTHOR = "author"
    REPORTING = "reporting"
    EDITING = "editing"
    TRANSLATION = "translation"
    PHOTOGRAPHY = "photography"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Contributor(Model):
    entity: str = attrs.field(validator=ID, metadata=ref_meta("Person", "Organization"))
    role: ContributorRole = attrs.field(validator=v.instance_of(ContributorRole))


@attrs.frozen(kw_only=True)
class BasedOn(Model):
    """An outlet the whole article is based on, with the line as printed
    ("Based on materials from TASS")."""

    source: str = attrs.field(validator=ID, metadata=ref_meta("Organization", "Person"))
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)


@attrs.frozen(kw_only=True)
class Correction(Model):
    """A correction or update notice appended to the article."""

    text: str = attrs.field(validator=TEXT)
    date: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Span))


_LANGUAGE_TAG = r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*"
_LANGUAGE_RE = re.compile(_LANGUAGE_TAG)


@rule(code="language_tag", schema={"pattern": f"^{_LANGUAGE_TAG}$"})
def _language(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if _LANGUAGE_RE.fullmatch(value) is None:
        raise RuleError(
            "language_tag", f"{value!r} is not a BCP 47 language tag such as 'en'", value
        )


@rule(code="schema_version", schema={"const": SCHEMA_VERSION})
def _schema_version(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if value != SCHEMA_VERSION:
        raise RuleError(
            "schema_version",
            f"schema_version {value!r} is not supported (this library writes {SCHEMA_VERSION!r})",
            value,
        )


@register_type("article")
@attrs.frozen(kw_only=True)
class Article(TaggedModel):
    """A news report: headline, dateline, publication, body text, the outlets it is based on,
    media, and the entities, quotes, attributions, claims, disputes and events found in it.

    Offsets in every :class:`Span` count Unicode code points of ``body``.
    """

    id: str = attrs.field(validator=ID)
    headline: str = attrs.field(validator=TEXT)
    body: str = attrs.field(validator=v.instance_of(str))
    language: str = attrs.field(validator=v.and_(v.instance_of(str), _language))
    schema_version: str = attrs.field(
        default=SCHEMA_VERSION,
        validator=v.and_(v.instance_of(str), _schema_version),
        metadata={"always": True},
    )
    dateline: Dateline | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Dateline))
    )
    published: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    url: str | None = attrs.field(default=None, validator=OPT_TEXT)
    publisher: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    contributors: tuple[Contributor, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Contributor)
    )
    based_on: tuple[BasedOn, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(BasedOn)
    )
    media: tuple[MediaItem, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(MediaItem)
    )
    entities: tuple[Entity, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Entity)
    )
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Attribution)
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Quote)
    )
    claims: tuple[Claim, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Claim)
    )
    disputes: tuple[Dispute, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Dispute)
    )
    events: tuple[Event, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Event)
    )
    corrections: tuple[Correction, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Correction)
    )

    # -- look-ups --------------------------------------------------------------------------

    def index(self) -> ArticleIndex:
        """Look-ups by id, references by target and every attribution with its path, built
        in one walk on first use and kept while the article lives."""
        from .._walk import index_of

        return index_of(self)

    def objects_by_id(self) -> dict[str, Any]:
        """Every object with an id (entities, events, quotes, claims, disputes, media,
        attributions and quantities that have one), by id. The first wins on duplicates."""
        return dict(self.index().by_id)

    def get(self, ident: str) -> Any:
        """The object with id ``ident``; ``KeyError`` if there is none."""
        return self.index().by_id[ident]

    def entity(self, ident: str) -> Entity:
        """The entity with id ``ident``; ``KeyError`` if there is no such entity."""
        found = self.index().by_id.get(ident)
        if not isinstance(found, Entity):
            raise KeyError(ident)
        return found

    def event(self, ident: str) -> Event:
        """The event with id ``ident``; ``KeyError`` if there is no such event."""
        found = self.index().by_id.get(ident)
        if not isinstance(found, Event):
            raise KeyError(ident)
        return found

    def references_to(self, ident: str) -> list[str]:
        """JSON paths of every field that refers to ``ident``, in document order."""
        return list(self.index().targets.get(ident, ()))

    def timeline(self) -> list[Event]:
        """The events in time order: by the date each states (the start of an interval), a
        year-less date placed by its inferred year when it has one; events with no date
        last. Equal keys keep document order."""

        def key(event: Event) -> tuple[int, tuple[int, int, int, int]]:
            time = event.time
            date = time.anchor() if time is not None else None
            if date is not None and date.year is None and time is not None and time.inferred:
                date = time.inferred
            return (0, date.sort_key()) if date is not None else (1, (0, 0, 0, 0))

        return sorted(self.events, key=key)

    def iter_attributions(self) -> Iterator[tuple[str, Attribution]]:
        """Every attribution in the document with its JSON path: the article's own and those
        of quotes, claims, events and quantities."""
        return iter(self.index().attributions)

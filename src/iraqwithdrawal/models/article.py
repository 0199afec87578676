"""The document root: an article with its text, provenance and everything extracted from it."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from . import _checks as v
from ._base import (
    ANY_TEXT,
    ID,
    OPT_ID,
    OPT_IRI,
    OPT_TEXT,
    TEXT,
    Model,
    Span,
    SpanField,
    TaggedModel,
    language_field,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from ._checks import ClassRule, present, run_class_rules
from ._declared import Choice
from .attribution import Attribution
from .communication import Communication
from .content import ABOUT_KINDS, Claim, Dispute, Quote
from .entities import Entity
from .events import Event
from .media import MediaItem
from .parts import ArticlePart, Genre
from .relations import Relation
from .time import TIME_VALIDATOR, Moment, PartialDate, TimeExpression
from .vocabulary import Term, Vocabulary, term_field

if TYPE_CHECKING:
    from .._walk import ArticleIndex

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "CONTRIBUTOR_ROLES",
    "BasedOn",
    "Contributor",
    "ContributorRole",
    "Correction",
    "Dateline",
    "LiveEntry",
    "Rights",
    "Update",
    "UpdateKind",
]

#: Version of the wire format written in every document's ``schema_version``.
SCHEMA_VERSION = "0.2"


@attrs.frozen(kw_only=True)
class Dateline(Model):
    """The dateline as printed ("24 July"): its places (none here), its time, which keeps
    exactly the precision printed, and the agency it names ("BAGHDAD (AA)"): ``agency`` the
    organisation, ``agency_text`` its name or abbreviation as printed there."""

    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    places: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Place")
    )
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    agency: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    agency_text: str | None = attrs.field(default=None, validator=OPT_TEXT)


class ContributorRole(enum.Enum):
    """Constants for the built-in terms of :data:`CONTRIBUTOR_ROLES` (a contributor's role is
    a term: any registered one will do)."""

    AUTHOR = "author"
    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional_reporting"  #: "additional reporting by ..."
    EDITING = "editing"
    TRANSLATION = "translation"
    PHOTOGRAPHY = "photography"
    COMPILING = "compiling"  #: "compiled by ..."
    OTHER = "other"


#: What a contributor did. The ``schemaorg`` mapping is the property the schema.org exporter
#: writes the contributor in.
CONTRIBUTOR_ROLES = Vocabulary(
    "contributor_role",
    "what a contributor did for the article",
    [
        Term(name="author", label="Author", mappings={"schemaorg": "author"}),
        Term(name="reporting", label="Reporting", mappings={"schemaorg": "author"}),
        Term(
            name="additional_reporting",
            label="Additional reporting",
            broader="reporting",
            mappings={"schemaorg": "contributor"},
        ),
        Term(name="editing", label="Editing", mappings={"schemaorg": "editor"}),
        Term(name="translation", label="Translation", mappings={"schemaorg": "translator"}),
        Term(name="photography", label="Photography", mappings={"schemaorg": "contributor"}),
        Term(
            name="compiling",
            label="Compiled by",
            description="gathered and ordered material others reported (a factbox, a chronology)",
            broader="editing",
            mappings={"schemaorg": "contributor"},
        ),
        Term(name="other", label="Other", mappings={"schemaorg": "contributor"}),
    ],
)


@attrs.frozen(kw_only=True)
class Contributor(Model):
    """Who wrote, reported, edited, translated or compiled the article: a person or
    organisation (``entity``: a desk or bureau is an organisation), the words as printed
    (``text``: "Staff Reporter", "Our Correspondent"), or both. ``role`` is a term of
    :data:`CONTRIBUTOR_ROLES`; ``places`` are where they worked from ("reporting from
    Washington")."""

    entity: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Person", "Organization")
    )
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    role: str = term_field(CONTRIBUTOR_ROLES)
    places: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Place")
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule(
            "contributor_unnamed",
            lambda c: (
                "a contributor needs an entity or the text printed for them"
                if c.entity is None and c.text is None
                else None
            ),
            {"anyOf": [present("entity"), present("text")]},
            "an entity or the printed text",
        ),
    )
    __attrs_post_init__ = run_class_rules


@attrs.frozen(kw_only=True)
class Rights(Model):
    """The rights line as printed ("© 2025 Example News"), its holder and year."""

    text: str = attrs.field(validator=TEXT)
    holder: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    year: int | None = attrs.field(default=None, validator=v.TYPED)


class UpdateKind(enum.Enum):
    PUBLISHED = "published"  #: first published
    UPDATED = "updated"
    CORRECTED = "corrected"
    MODIFIED = "modified"  #: changed without a printed notice (a feed's modification time)


@attrs.frozen(kw_only=True)
class Update(Model):
    """One moment in the story's life: first published, updated, corrected, as printed."""

    kind: UpdateKind = attrs.field(validator=v.TYPED)
    at: Moment = attrs.field(validator=v.TYPED)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)


@attrs.frozen(kw_only=True)
class LiveEntry(Model):
    """One timed entry of a live page: its time of day (the page often prints no date), its
    title, the stretch of the body that is its text, and the quotes, claims and events it
    carries. A page lists its entries newest first."""

    id: str = attrs.field(validator=ID)
    at: Moment | None = attrs.field(default=None, validator=v.TYPED)
    title: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    items: tuple[str, ...] = attrs.field(
        default=(),
        converter=to_tuple,
        validator=tuple_of(ID),
        metadata=ref_meta("Quote", "Claim", "Event"),
    )
    pinned: bool = attrs.field(default=False, validator=v.TYPED)


@attrs.frozen(kw_only=True)
class BasedOn(Model):
    """An outlet the whole article is based on, with the line as printed
    ("Based on materials from TASS")."""

    source: str = attrs.field(validator=ID, metadata=ref_meta("Organization", "Person"))
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)


@attrs.frozen(kw_only=True)
class Correction(Model):
    """A correction or update notice appended to the article, and what it corrects: the
    object (``target``: anything with an id, a quantity, a quote, an event, a document...)
    and the path of the value that changed (``field``: relative to the target, such as
    ``quantities[0].amount.value``, or from the article's root, ``$.headline``), the wrong
    value as first published (``was``) and the right one (``now``), both as written.
    ``validate()`` checks that the path resolves in the article (``correction_path``)."""

    text: str = attrs.field(validator=TEXT)
    date: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    at: Moment | None = attrs.field(default=None, validator=v.TYPED)
    target: str | None = attrs.field(
        default=None,
        validator=OPT_ID,
        metadata=ref_meta(*ABOUT_KINDS),
    )
    field: str | None = attrs.field(default=None, validator=OPT_TEXT)
    was: str | None = attrs.field(default=None, validator=OPT_TEXT)
    now: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


_schema_version = Choice(
    (SCHEMA_VERSION,),
    code="schema_version",
    message="schema_version {value!r} is not supported (this library writes "
    + repr(SCHEMA_VERSION).replace("{", "{{").replace("}", "}}")
    + ")",
)


def field_text(
    field: SpanField,
    media: str | None,
    own: Mapping[SpanField, str | None],
    items: Iterable[MediaItem],
) -> str | None:
    """The text a span in ``field`` counts in: one of the article's ``own`` texts, or the
    caption or credit line of the media item ``media`` among ``items``."""
    if field in own:
        return own[field]
    item = next((m for m in items if m.id == media), None)
    return None if item is None else item.caption if field is SpanField.CAPTION else item.credit


@register_type("article")
@attrs.frozen(kw_only=True)
class Article(TaggedModel):
    """A news report: headline, dateline, publication, body text, the outlets it is based on,
    media, and the entities, quotes, attributions, claims, disputes and events found in it;
    its genres and its own typed parts (embargo, notes, end marker, list items, passages in
    the writer's voice: :mod:`iraqwithdrawal.models.parts`).

    Offsets in every :class:`Span` count Unicode code points of ``body``.
    """

    id: str = attrs.field(validator=ID)
    headline: str = attrs.field(validator=TEXT)
    subheadline: str | None = attrs.field(default=None, validator=OPT_TEXT)
    body: str = attrs.field(validator=ANY_TEXT)
    language: str = language_field()
    schema_version: str = attrs.field(
        default=SCHEMA_VERSION,
        validator=v.and_(v.TYPED, _schema_version),
        metadata={"always": True},
    )
    dateline: Dateline | None = attrs.field(default=None, validator=v.TYPED)
    published: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    url: str | None = attrs.field(default=None, validator=OPT_IRI)
    publisher: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    updates: tuple[Update, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    byline: str | None = attrs.field(default=None, validator=OPT_TEXT)
    contributors: tuple[Contributor, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    rights: Rights | None = attrs.field(default=None, validator=v.TYPED)
    based_on: tuple[BasedOn, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    media: tuple[MediaItem, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    communications: tuple[Communication, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    disputes: tuple[Dispute, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    events: tuple[Event, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    corrections: tuple[Correction, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    entries: tuple[LiveEntry, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    genres: tuple[Genre, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    parts: tuple[ArticlePart, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    # -- texts -----------------------------------------------------------------------------

    def text_of(self, span: Span) -> str | None:
        """The text ``span`` counts in (the body, the headline, a caption ...), or ``None``
        when the article has no such text (no subheadline, an unknown media item)."""
        if span.field is SpanField.BODY:
            return self.body
        own = {
            SpanField.HEADLINE: self.headline,
            SpanField.SUBHEADLINE: self.subheadline,
            SpanField.BYLINE: self.byline,
            SpanField.DATELINE: self.dateline.text if self.dateline is not None else None,
        }
        return field_text(span.field, span.media, own, self.media)

    def report_date(self) -> PartialDate | None:
        """The date the report speaks from: the dateline's date (or the date inferred for
        it) when it is a whole day, else the publication date."""
        time = self.dateline.time if self.dateline is not None else None
        stated: tuple[PartialDate | None, ...] = (
            (time.date, time.inferred) if time is not None else ()
        )
        for date in (*stated, self.published):
            if date is not None and date.year is not None and date.day is not None:
                return date
        return self.published

    def resolve_times(self, basis: str | None = None, week_starts: int | None = None) -> Article:
        """This article with every time expression that can be resolved against
        :meth:`report_date` resolved (see :meth:`TimeExpression.resolve`): "yesterday"
        gets its date, "3 June" its year, each marked inferred on ``basis``; "last week"
        counts weeks from ``week_starts`` (1 Monday .. 7 Sunday; 6 in Iran). Values already
        inferred are kept; with no report date the article comes back unchanged."""
        anchor = self.report_date()
        if anchor is None:
            return self
        reason = basis or f"counted from the report's date, {anchor.to_edtf()}"
        from ..description import describe

        def visit(node: Any) -> Any:
            if isinstance(node, TimeExpression):
                return node.resolve(anchor, reason, week_starts)
            if isinstance(node, tuple):
                mapped = tuple(visit(item) for item in node)
                return node if all(a is b for a, b in zip(mapped, node, strict=True)) else mapped
            if isinstance(node, Model) and not isinstance(node, (PartialDate, Span)):
                changed = {}
                for field in describe(type(node)).fields:
                    if field.init:
                        old = getattr(node, field.name)
                        new = visit(old)
                        if new is not old:
                            changed[field.name] = new
                return attrs.evolve(node, **changed) if changed else node
            return node

        dateline = self.dateline
        resolved: Article = visit(attrs.evolve(self, dateline=None))
        return attrs.evolve(resolved, dateline=dateline) if dateline is not None else resolved

    def resolve_attribution(self, attribution: Attribution) -> Attribution:
        """The attribution itself, or for one that says ``shared``, the shared attribution
        with this one's own cue, mode, factuality and spans laid over it. ``KeyError`` if the
        shared id names no attribution."""
        if attribution.shared is None:
            return attribution
        target = self.index().by_id.get(attribution.shared)
        if not isinstance(target, Attribution):
            raise KeyError(attribution.shared)
        own = {
            name: getattr(attribution, name)
            for name in ("cue", "mode", "factuality", "spans")
            if getattr(attribution, name) not in (None, ())
        }
        return attrs.evolve(target, **own)

    def _repr_html_(self) -> str:
        """The annotated view of :func:`iraqwithdrawal.render.to_html`, for Jupyter."""
        from ..render import to_html

        return to_html(self, fragment=True)

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
        year-less or deictic date ("yesterday") placed by its inferred date when it has one;
        events with no date last. Equal keys keep document order."""

        def key(event: Event) -> tuple[int, tuple[int, int, int, int]]:
            time = event.time
            date = time.anchor() if time is not None else None
            if time is not None and (date is None or date.year is None):
                inferred = time.inferred_interval
                date = time.inferred or (inferred and (inferred.start or inferred.end)) or date
            return (0, date.sort_key()) if date is not None else (1, (0, 0, 0, 0))

        return sorted(self.events, key=key)

    def iter_attributions(self) -> Iterator[tuple[str, Attribution]]:
        """Every attribution in the document with its JSON path: the article's own and those
        of quotes, claims, events and quantities."""
        return iter(self.index().attributions)

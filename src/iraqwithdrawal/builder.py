"""Encoding a report by hand, without counting offsets or repeating ids.

An :class:`ArticleBuilder` holds the article's texts and collects what is added to it:

* spans are found in the text itself ("the 2nd 'Iraq' after 'talks in'"), never typed, as
  whole words by Unicode's rules (UAX #29), past attached Arabic and Hebrew prefixes;
* wherever a model field refers to another object by id, the object itself may be given,
  and a nested object (a role, an attribution, a relay hop) may be a mapping of its fields;
* a ``spans`` field accepts the words to find, a ``Cue`` field the cue's words, a
  ``mentions`` field the mentions' words;
* ids are made from names, descriptions or event types when not given;
* an attribution shared by several quotes and events is declared once (:meth:`shared`).

The models stay what they are: the builder only fills in their fields, so everything it
makes is validated by the models and by :meth:`build`. docs/builder.md is the reference;
:mod:`iraqwithdrawal.markup` is the same in text.
"""

from __future__ import annotations

import re
import types
import typing
import zlib
from typing import Any, TypeVar, get_args, get_origin

import attrs

from .description import FieldInfo, describe, is_class
from .errors import RuleError
from .models import (
    PARTICIPANT_ROLES,
    Article,
    ArticlePart,
    Attribution,
    BasedOn,
    Claim,
    Communication,
    Contributor,
    Correction,
    Cue,
    Dispute,
    Entity,
    Event,
    Genre,
    Identifier,
    LiveEntry,
    MediaItem,
    Mention,
    MentionForm,
    PartialDate,
    Participant,
    Quote,
    Relation,
    Span,
    SpanField,
    TimeExpression,
    Update,
)
from .models.article import field_text
from .models.base import Model, RefKinds
from .models.names import Name
from .text import find_words

__all__ = ["ArticleBuilder", "Find"]

M = TypeVar("M")

#: Where words are to be found: the words, or (words, occurrence), or (words, occurrence,
#: after): the ``occurrence``-th whole-word match after the first match of ``after``.
Find = str | tuple[str, int] | tuple[str, int, str | None]

_LISTS: tuple[tuple[type, str], ...] = (
    (Entity, "entities"),
    (Event, "events"),
    (Quote, "quotes"),
    (Claim, "claims"),
    (Dispute, "disputes"),
    (MediaItem, "media"),
    (Communication, "communications"),
    (Relation, "relations"),
    (LiveEntry, "entries"),
    (Correction, "corrections"),
    (Attribution, "attributions"),
    (Contributor, "contributors"),
    (BasedOn, "based_on"),
    (Update, "updates"),
    (Genre, "genres"),
    (ArticlePart, "parts"),
)
_PREFIX: dict[type, str] = {
    Quote: "q",
    Claim: "c",
    Dispute: "d",
    MediaItem: "media",
    Communication: "comm",
    LiveEntry: "entry",
    Attribution: "a",
    ArticlePart: "part",
}


def slug(text: str) -> str:
    """A readable id from ``text``: lower case, words joined by ``-``; text mostly in
    another script gives a checksum id (``x-...``), which :meth:`ArticleBuilder.new` avoids
    by using a Latin form of the entity's ``names`` when it has one."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = "-".join(words)[:100]
    if out[:1].isalpha() and len(out) * 2 >= len(text.strip()):
        return out
    # Mostly non-Latin text: a stable id from the text's checksum.
    return f"x-{zlib.crc32(text.encode('utf-8')):08x}"


class ArticleBuilder:
    """Collects the parts of one article and builds it. ``texts`` other than the body
    (``headline``, ``subheadline``, ``byline``, the ``dateline`` text) are where spans with
    ``field=...`` are found; every other article field goes to :meth:`build`."""

    def __init__(
        self,
        *,
        headline: str,
        body: str,
        language: str = "en",
        subheadline: str | None = None,
        byline: str | None = None,
        dateline: str | None = None,
        anchor: PartialDate | None = None,
        anchor_basis: str = "counted from the report's date",
        week_starts: int | None = None,
    ) -> None:
        self.headline, self.body, self.language = headline, body, language
        self.anchor, self.anchor_basis = anchor, anchor_basis
        #: The weekday (1 Monday .. 7 Sunday) the report's weeks start on ("last week").
        self.week_starts = week_starts
        self.subheadline, self.byline, self.dateline_text = subheadline, byline, dateline
        self._parts: dict[str, list[Any]] = {name: [] for _, name in _LISTS}
        self._ids: set[str] = set()
        self._counts: dict[str, int] = {}
        self._made_media: dict[str, MediaItem] = {}
        self._kept: dict[str, Any] = {}  #: article fields carried over by from_article

    @classmethod
    def from_article(cls, article: Article) -> ArticleBuilder:
        """A builder that continues from ``article`` (a skeleton imported from an extractor
        or a page, say): its texts, every part of its lists in order, and its other fields
        (``id``, ``url``, ``published`` ...), which :meth:`build` keeps unless given again.
        The ids it uses are taken, so generated ids do not clash with them."""
        dateline = article.dateline
        builder = cls(
            headline=article.headline,
            body=article.body,
            language=article.language,
            subheadline=article.subheadline,
            byline=article.byline,
            dateline=dateline.text if dateline is not None else None,
        )
        for _, name in _LISTS:
            for obj in getattr(article, name):
                builder.add(obj)
        builder._ids.update(article.objects_by_id())
        texts = {"headline", "body", "language", "subheadline", "byline"}
        lists = {name for _, name in _LISTS}
        described = describe(Article)
        for field in (*described.fields, *((described.extra,) if described.extra else ())):
            value = getattr(article, field.name)
            if field.name in texts or field.name in lists:
                continue
            default: Any = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            if value != default:
                builder._kept[field.name] = value
        return builder

    # -- finding words ---------------------------------------------------------------------

    def _text(self, field: SpanField, media: Any) -> str:
        own = {
            SpanField.BODY: self.body,
            SpanField.HEADLINE: self.headline,
            SpanField.SUBHEADLINE: self.subheadline,
            SpanField.BYLINE: self.byline,
            SpanField.DATELINE: self.dateline_text,
        }
        if isinstance(media, MediaItem):  # an item made but not added yet
            items: list[MediaItem] = [media]
        else:
            items = [*self._parts["media"], *self._made_media.values()]
        found = field_text(field, _id_of(media), own, items)
        if found is None:
            raise LookupError(f"the article has no {field.value} to find words in")
        return found

    def span(
        self,
        words: str,
        nth: int = 1,
        *,
        after: str | None = None,
        field: SpanField | str = SpanField.BODY,
        media: Any = None,
    ) -> Span:
        """The span of the ``nth`` whole-word occurrence of ``words`` (after the first
        occurrence of ``after``, when given) in the body or the text ``field`` names; for a
        caption or credit, ``media`` is the item (or its id), which may be made with
        :meth:`make` and not added yet.

        Words are whole by Unicode's rules (UAX #29, see :func:`~iraqwithdrawal.text.
        find_words`): an attached Arabic or Hebrew prefix may precede them, a combining mark
        after their last letter is taken in, and the span's ``text`` is what the text has
        there."""
        where = SpanField(field)
        text = self._text(where, media)
        pos = 0
        if after is not None:
            pos = text.find(after)
            if pos < 0:
                raise LookupError(f"{after!r} does not occur in the {where.value}")
        found = find_words(text, words, pos, limit=nth)
        if len(found) < nth or nth < 1:
            raise LookupError(f"{words!r} does not occur {nth} times in the {where.value}")
        start, end = found[nth - 1]
        return Span(start=start, end=end, text=text[start:end], field=where, media=_id_of(media))

    def spans(self, *finds: Find | Span) -> tuple[Span, ...]:
        """Spans for several finds (see :data:`Find`)."""
        return tuple(self._find(f) for f in finds)

    def _find(self, find: Find | Span, **where: Any) -> Span:
        if isinstance(find, Span):
            return find
        words, nth, after = _parse_find(find)
        return self.span(words, nth, after=after, **where)

    def cue(
        self,
        words: str,
        nth: int = 1,
        *,
        after: str | None = None,
        field: SpanField | str = SpanField.BODY,
        media: Any = None,
        spans: Any = None,
    ) -> Cue:
        """A cue anchored at its words in the body (or the text ``field`` names); given
        ``spans`` (finds or spans), those are its spans and nothing is searched."""
        if spans is not None:
            return Cue(text=words, spans=self._spans(spans))
        found = self.span(words, nth, after=after, field=field, media=media)
        return Cue(text=found.text or words, spans=(found,))

    def mention(
        self,
        words: str,
        nth: int = 1,
        *,
        after: str | None = None,
        form: MentionForm | str = MentionForm.NAME,
        via: Any = None,
        field: SpanField | str = SpanField.BODY,
        media: Any = None,
        span: Span | None = None,
    ) -> Mention:
        """A mention anchored at its words (in the body or the text ``field`` names), or at
        ``span`` when given; ``via`` may be the entity object."""
        if span is None:
            span = self.span(words, nth, after=after, field=field, media=media)
        return Mention(span=span, form=MentionForm(form), via=_id_of(via))

    def time(
        self,
        words: str,
        nth: int = 1,
        *,
        after: str | None = None,
        field: SpanField | str = SpanField.BODY,
        media: Any = None,
        **fields: Any,
    ) -> TimeExpression:
        """A time expression whose ``text`` is ``words``, anchored where they occur (or at
        the ``spans`` given), and resolved against the builder's ``anchor`` when it has
        one."""
        if "spans" not in fields:
            fields["spans"] = (self.span(words, nth, after=after, field=field, media=media),)
        made = self.make(TimeExpression, text=words, **fields)
        if self.anchor is not None:
            made = made.resolve(self.anchor, self.anchor_basis, self.week_starts)
        return made

    def _spans(self, value: Any) -> tuple[Span, ...]:
        if isinstance(value, (str, Span)) or (isinstance(value, tuple) and _is_find(value)):
            return (self._find(value),)
        return tuple(self._find(v) for v in value)

    # -- making and adding -----------------------------------------------------------------

    def make(self, cls: type[M], **fields: Any) -> M:
        """An instance of ``cls`` with ``fields`` made ready: objects where ids are
        expected become their ids, words where spans, cues or mentions are expected are
        found in the text, and a missing required ``id`` is generated.

        Two shorthands: an entity takes ``wikidata="Q796"`` for its Wikidata identifier,
        and an event takes its participants by role (``agent=[us, iraq], theme=coalition``,
        in the order the roles are named, before any ``participants`` given)."""
        resolved = describe(cls).by_name
        if issubclass(cls, Entity) and "wikidata" in fields:
            qid = fields.pop("wikidata")
            fields["identifiers"] = (*fields.get("identifiers", ()), _wikidata(qid))
        if issubclass(cls, Event):
            roles = {
                k: fields.pop(k)
                for k in list(fields)
                if k in PARTICIPANT_ROLES and k not in resolved
            }
            if roles:
                fields["participants"] = (*self.roles(**roles), *fields.get("participants", ()))
        ready: dict[str, Any] = {}
        for name, value in fields.items():
            a = resolved.get(name)
            ready[name] = value if a is None else self._ready(a, value)
        id_field = resolved.get("id")
        if id_field is not None and "id" not in ready and id_field.default is attrs.NOTHING:
            ready["id"] = self._new_id(cls, ready)
        made = cls(**ready)
        if isinstance(made, MediaItem):
            self._made_media[made.id] = made  # its caption and credit can be searched now
        return made

    def _ready(self, a: FieldInfo, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(a.metadata.get("ref"), RefKinds):
            if isinstance(value, (list, tuple)):
                return tuple(_id_of(v) for v in value)
            return _id_of(value)
        member, many = _member_type(a.type)
        if member is Span:
            return self._spans(value) if many else self._find(value)
        if member is Cue and not isinstance(value, Cue):
            if many:
                return tuple(v if isinstance(v, Cue) else self._cue(v) for v in value)
            return self._cue(value)
        if member is Mention and many:
            return tuple(v if isinstance(v, Mention) else self._mention(v) for v in value)
        if is_class(member) and attrs.has(member):
            # A nested object given as a mapping of its fields is made here, so that its
            # references may be objects and its spans words (Role, Attribution, RelayHop).
            if many:
                return tuple(self.make(member, **v) if isinstance(v, dict) else v for v in value)
            if isinstance(value, dict):
                return self.make(member, **value)
        if many and isinstance(value, list):
            return tuple(value)
        return value

    def _cue(self, find: Any) -> Cue:
        words, nth, after = _parse_find(find)
        return self.cue(words, nth, after=after)

    def _mention(self, find: Any) -> Mention:
        words, nth, after = _parse_find(find)
        return self.mention(words, nth, after=after)

    def _new_id(self, cls: type, fields: dict[str, Any]) -> str:
        if issubclass(cls, Entity):
            label = next(
                (fields[k] for k in ("name", "description") if isinstance(fields.get(k), str)),
                cls.__name__.lower(),
            )
            base = slug(label)
            if base.startswith("x-"):  # non-Latin words: a Latin form of the name instead
                forms = [n.latin() for n in fields.get("names", ()) if isinstance(n, Name)]
                latin = next((f for f in forms if f), None)
                base = slug(latin) if latin else base
        elif issubclass(cls, Event):
            base = f"ev-{fields.get('event_type', 'event')}".replace("_", "-")
        else:
            prefix = _PREFIX.get(cls) or slug(cls.__name__)
            self._counts[prefix] = self._counts.get(prefix, 0) + 1
            base = f"{prefix}-{self._counts[prefix]}"
        ident, n = base, 1
        while ident in self._ids:
            n += 1
            ident = f"{base}-{n}"
        return ident

    def add(self, obj: M) -> M:
        """Put ``obj`` into the article's list for its kind (entities, events, quotes ...),
        refusing a second object with the same id."""
        for kind, name in _LISTS:
            if isinstance(obj, kind):
                ident = getattr(obj, "id", None)
                if ident is not None:
                    if ident in self._ids:
                        raise RuleError("duplicate_id", f"id {ident!r} is already used", ident)
                    self._ids.add(ident)
                self._parts[name].append(obj)
                if isinstance(obj, MediaItem):
                    self._made_media.pop(obj.id, None)
                return obj
        raise TypeError(f"{type(obj).__name__} has no list of its own in an article")

    def new(self, cls: type[M], **fields: Any) -> M:
        """:meth:`make` and :meth:`add` in one step."""
        return self.add(self.make(cls, **fields))

    def shared(self, **fields: Any) -> Attribution:
        """Declare an attribution once (with an id, generated if not given) among the
        article's attributions, and return the reference that quotes and events carry."""
        fields.setdefault("id", self._new_id(Attribution, fields))
        return Attribution(shared=self.new(Attribution, **fields).id)

    def roles(self, **by_role: Any) -> tuple[Participant, ...]:
        """Participants by role: ``roles(agent=[us, iraq], theme=coalition)``; any term of
        the ``participant_role`` vocabulary (``origin=base, destination=home``)."""
        out: list[Participant] = []
        for role, who in by_role.items():
            for one in who if isinstance(who, (list, tuple)) else (who,):
                out.append(Participant(entity=_id_of(one), role=role))
        return tuple(out)

    def build(self, **fields: Any) -> Article:
        """The article, with every part added so far and the other ``fields`` given here
        (``id``, ``dateline``, ``publisher`` ...). The parts keep the order they were
        added in; a list given here replaces what was collected for it."""
        parts: dict[str, Any] = {name: tuple(items) for name, items in self._parts.items() if items}
        parts.update(fields)
        for name, value in self._kept.items():
            parts.setdefault(name, value)
        parts.setdefault("id", slug(self.headline))
        for name in ("subheadline", "byline"):
            if getattr(self, name) is not None:
                parts.setdefault(name, getattr(self, name))
        for name in ("headline", "body", "language"):
            parts.setdefault(name, getattr(self, name))
        return self.make(Article, **parts)


def _wikidata(qid: str) -> Identifier:
    return Identifier(scheme="wikidata", value=qid)


def _id_of(value: Any) -> Any:
    if isinstance(value, Model) and hasattr(value, "id"):
        return value.id
    return value


def _is_find(value: tuple[Any, ...]) -> bool:
    return (
        len(value) in (2, 3)
        and isinstance(value[0], str)
        and isinstance(value[1], int)
        and (len(value) == 2 or value[2] is None or isinstance(value[2], str))
    )


def _parse_find(find: Any) -> tuple[str, int, str | None]:
    """``words``, ``(words, nth)`` or ``(words, nth, after)`` as its three parts."""
    if isinstance(find, str):
        return find, 1, None
    if isinstance(find, tuple) and _is_find(find):
        return find[0], find[1], find[2] if len(find) == 3 else None
    raise TypeError(
        f"words to find are a string, (words, occurrence) or (words, occurrence, after), "
        f"not {find!r}"
    )


def _member_type(t: Any) -> tuple[Any, bool]:
    """The model type a field holds, and whether it holds a tuple of them."""
    origin = get_origin(t)
    if origin is tuple:
        return get_args(t)[0], True
    if origin in (typing.Union, types.UnionType):
        inner = [x for x in get_args(t) if x is not type(None)]
        return (inner[0] if len(inner) == 1 else None), False
    return t, False

"""A normalised ninjs document (3.x names) read into the typed fields of an
:class:`Article`.

The document has met the JSON limits, but not always the schema (``check_schema=False``):
every property is read by its type, and one of an unexpected type is left to the kept data
rather than trusted. What the model requires and the document lacks is stood in for, and
each stand-in is reported."""

from __future__ import annotations

import datetime as _dt
import re
import reprlib
from typing import Any, TypeGuard

from ...errors import Problem, ValidationError
from ...models import (
    ID_PATTERN,
    Article,
    BasedOn,
    Contributor,
    Dateline,
    Identifier,
    License,
    MediaItem,
    MediaKind,
    Moment,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    Rights,
    Update,
    UpdateKind,
    resolve_license,
)
from ...models.article import CONTRIBUTOR_ROLES
from ...models.parts import GENRES, IPTC_GENRE, ArticlePart, Genre
from ...validation import validate
from .._common import IdPool, Losses, as_iri, name_of, slug
from .export import ID_ROLE, OWN_URN
from .html import plain_text

__all__ = ["language_tag", "to_article"]

_ID_RE = re.compile(ID_PATTERN)
_ROLES = CONTRIBUTOR_ROLES  # the live vocabulary: roles registered later count too
_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60


def _text(value: object) -> TypeGuard[str]:
    """Whether ``value`` is text that is not blank (it is then kept exactly as it is)."""
    return isinstance(value, str) and bool(value.strip())


def _items(value: Any) -> list[Any]:
    """``value`` when it is an array, else no items."""
    return value if isinstance(value, list) else []


def _object(value: Any) -> dict[str, Any]:
    """``value`` when it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _accepted(**fields: Any) -> bool:
    """Whether the model's own rules accept these article fields (the one definition of a
    language tag or an IRI is the model's)."""
    try:
        Article(**{"id": "probe", "headline": "probe", "body": "", "language": "und", **fields})
    except (TypeError, ValueError):
        return False
    return True


def language_tag(value: str) -> str:
    """A language tag in the case RFC 5646 recommends (tags are case-insensitive):
    language lower case, script title case, region upper case, and everything from the
    first single-letter subtag on (extensions, private use) lower case."""
    parts = value.split("-")
    out, tail = [parts[0].lower()], False
    for part in parts[1:]:
        tail = tail or len(part) == 1
        if not tail and len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif not tail and len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def _iri(value: Any) -> str | None:
    """``value`` as the model's IRI, when the model accepts it as one."""
    if not isinstance(value, str):
        return None
    iri = as_iri(value)
    return iri if _accepted(url=iri) else None


def _date_of(value: Any) -> PartialDate | None:
    if not isinstance(value, str):
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        day = _dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return PartialDate(year=day.year, month=day.month, day=day.day)


def text_of(
    items: Any, prefer_role: str | None = None, *, blank: bool = False
) -> tuple[str | None, bool]:
    """The best text of an array of ``{value, role, contentType}``, and whether it had to be
    turned from markup into plain text. With ``blank`` a text of spaces counts (a body may be
    blank; a headline may not)."""
    candidates = [
        i
        for i in _items(items)
        if isinstance(i, dict)
        and (_text(i.get("value")) or (blank and isinstance(i.get("value"), str)))
    ]
    if not candidates:
        return None, False

    def rank(item: dict[str, Any]) -> tuple[int, int]:
        plain = item.get("contentType") in (None, "text/plain")
        role = prefer_role is not None and item.get("role") == prefer_role
        return (0 if plain else 1, 0 if role else 1)

    best = sorted(candidates, key=rank)[0]
    if best.get("contentType") in (None, "text/plain"):
        return best["value"], False
    return plain_text(best["value"]), True


def _article_id(uri: str, taken: set[str]) -> str:
    """The id an imported item keeps: the uri itself when it is a valid id
    (``urn:newsml:…``), the id inside our own URN, else a slug of the uri's last part."""
    if uri.startswith(OWN_URN) and _ID_RE.fullmatch(uri[len(OWN_URN) :]):
        ident = uri[len(OWN_URN) :]
    elif _ID_RE.fullmatch(uri):
        ident = uri
    else:
        return slug(uri.rsplit("/", 1)[-1] or uri, taken, prefix="ninjs")
    taken.add(ident)
    return ident


def _headline(doc: dict[str, Any], article_id: str, losses: Losses) -> str:
    """The main headline; else the first text that can stand for it, reported."""
    headline, _ = text_of(doc.get("headlines"), "main")
    if headline is not None:
        return headline
    described, _ = text_of(doc.get("descriptions"))
    stand_ins: list[tuple[str, Any]] = [
        ("$.title", doc.get("title")),
        ("$.descriptions", described),
        ("$.slugline", doc.get("slugline")),
        ("$.uri", doc.get("uri")),
    ]
    for path, text in stand_ins:
        if _text(text):
            losses.approximated(
                path, f"no headline, which an article needs: the {path[2:]} stands as one"
            )
            return text
    losses.approximated(
        "$.headlines",
        f"no headline, title, description, slugline or uri: the id {article_id!r} stands as "
        "the headline an article needs",
    )
    return article_id


_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})"
)


def _moment(value: Any) -> Moment | None:
    """A date-time with its offset, to the second (a fraction of a second is not kept)."""
    match = _STAMP.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    zone = match[7]
    offset = 0 if zone == "Z" else int(zone[0] + "1") * (int(zone[1:3]) * 60 + int(zone[-2:]))
    try:
        return Moment(
            date=PartialDate(year=int(match[1]), month=int(match[2]), day=int(match[3])),
            hour=int(match[4]),
            minute=int(match[5]),
            second=int(match[6]) if match[6] else None,
            utc_offset=offset,
        )
    except (TypeError, ValueError):
        return None


def _times(doc: dict[str, Any], losses: Losses) -> tuple[PartialDate | None, list[Update]]:
    """The publication day (``contentCreated``), and the first and the current version as
    updates."""
    updates = []
    for key, kind in (
        ("firstCreated", UpdateKind.PUBLISHED),
        ("versionCreated", UpdateKind.MODIFIED),
    ):
        at = _moment(doc.get(key))
        if at is not None:
            updates.append(Update(kind=kind, at=at))
        elif key in doc:
            losses.dropped(f"$.{key}", f"{_SHORT.repr(doc[key])} is not a date-time read here")
    # The day the content was created is the publication date; first and current versions
    # are the updates (the publication date is not made from them).
    published = _date_of(doc.get("contentCreated"))
    if published is None and "contentCreated" in doc:
        losses.dropped("$.contentCreated", f"{_SHORT.repr(doc['contentCreated'])} is not a date")
    return published, updates


def _language(doc: dict[str, Any], losses: Losses) -> str:
    value = doc.get("language")
    if isinstance(value, str) and value.strip():
        tag = language_tag(value.strip())
        if _accepted(language=tag):
            return tag
    losses.approximated("$.language", "no usable language: written as 'und' (undetermined)")
    return "und"


class _Reader:
    """Entities read from the document, each under one id, the ids of the article, its
    entities and its media all distinct."""

    def __init__(self, taken: set[str], losses: Losses) -> None:
        self.taken = taken
        self.losses = losses
        self.entities: dict[str, Any] = {}

    def read(self, item: Any, make: Any, prefix: str, path: str) -> str | None:
        """The id of the entity a ninjs item names: the one already read under its literal,
        else a new one (its literal as id when that is a valid id)."""
        name = item.get("name") if isinstance(item, dict) else None
        if not _text(name):
            self.losses.dropped(path, "an entry without a name")
            return None
        literal = item.get("literal")
        if isinstance(literal, str) and literal in self.entities:
            return literal
        if isinstance(literal, str) and _ID_RE.fullmatch(literal) and literal not in self.taken:
            ident = literal
        else:
            ident = slug(name, self.taken, prefix=prefix)
        try:
            entity = make(item, name, ident)
        except (TypeError, ValueError) as exc:
            self.losses.dropped(path, f"cannot be read as an entity: {exc}")
            return None
        self.taken.add(ident)
        self.entities[ident] = entity
        return ident

    def named(self, name: str, make: Any, prefix: str, path: str) -> str | None:
        """The id of the entity already read under ``name``, whatever its kind, else of a
        new one."""
        found = next((e.id for e in self.entities.values() if name_of(e) == name), None)
        return found or self.read({"name": name}, make, prefix, path)


def to_article(doc: dict[str, Any], losses: Losses) -> Article:
    """The article a normalised document describes, with each stand-in and each property
    read only in part reported in ``losses``."""
    taken: set[str] = IdPool()
    uri = doc.get("uri")
    if not _text(uri):
        uri = ""
        losses.approximated("$.uri", "no uri: the id is made up")
    own_id = next(
        (a.get("value") for a in _items(doc.get("altIds")) if _object(a).get("role") == ID_ROLE),
        None,
    )
    if isinstance(own_id, str) and _ID_RE.fullmatch(own_id):
        article_id = own_id
        taken.add(own_id)
    else:
        article_id = _article_id(uri, taken)
        if uri and article_id != uri and not uri.startswith(OWN_URN):
            losses.approximated("$.uri", f"the uri becomes the id {article_id!r}")
    headline = _headline(doc, article_id, losses)
    body, from_markup = text_of(doc.get("bodies"), "main", blank=True)
    if from_markup:
        losses.approximated("$.bodies", "the body was markup: its text is kept, the markup not")
    language = _language(doc, losses)
    published, updates = _times(doc, losses)
    reader = _Reader(taken, losses)

    contributors: list[Contributor] = []
    for key, make in (("people", _person), ("organisations", _organisation), ("places", _place)):
        for i, item in enumerate(_items(doc.get(key))):
            ident = reader.read(item, make, "e", f"$.{key}[{i}]")
            rel = _object(item).get("rel")
            if ident is not None and isinstance(rel, str) and rel in _ROLES and key != "places":
                contributors.append(Contributor(entity=ident, role=rel))
    by = doc.get("by")
    byline = by if _text(by) else None
    dateline = None
    located = doc.get("located")
    if _text(located):
        place = reader.named(located, _place, "loc", "$.located")
        if place is not None:
            dateline = Dateline(places=(place,))
            losses.approximated("$.located", "the place the item comes from is the dateline's")
    publisher = None
    based_on: list[BasedOn] = []
    for i, item in enumerate(_items(doc.get("infoSources"))):
        org = reader.read(item, _organisation, "o", f"$.infoSources[{i}]")
        if org is None:
            continue
        role = item.get("role")
        if role == "publisher" and publisher is None:
            publisher = org
        else:
            based_on.append(BasedOn(source=org))
            if role not in (None, "source"):
                losses.approximated(
                    f"$.infoSources[{i}].role",
                    f"info source {item['name']!r} (role {_SHORT.repr(role)}) is read as a "
                    "source the article is based on",
                )
    rights = None
    notice, holder_name = doc.get("copyrightNotice"), doc.get("copyrightHolder")
    holder = (
        reader.named(holder_name, _organisation, "o", "$.copyrightHolder")
        if _text(holder_name)
        else None
    )
    if _text(notice):
        rights = Rights(text=notice, holder=holder)
    elif _text(holder_name):
        rights = Rights(text=holder_name, holder=holder)
        losses.approximated("$.copyrightHolder", "no notice: the holder's name is the rights line")
    media = _media(doc.get("associations"), uri, losses, reader)
    genres = _genres(doc.get("genres"))
    embargo = _moment(doc.get("embargoedUntil"))
    parts = (ArticlePart(kind="embargo", at=embargo),) if embargo is not None else ()
    if len(_items(doc.get("bodies"))) > 1:
        losses.approximated("$.bodies", f"{len(doc['bodies']) - 1} other renderings of the body")
    own_url = article_id == own_id or uri.startswith(("http://", "https://"))
    try:
        article = Article(
            id=article_id,
            headline=headline,
            body=body or "",
            language=language,
            published=published,
            updates=tuple(updates),
            dateline=dateline,
            # Our own export's uri is the article's URL, whatever its scheme; any other
            # uri is a URL only when it is http(s) (a urn:newsml uri is an identifier).
            url=_iri(uri) if own_url else None,
            byline=byline,
            publisher=publisher,
            rights=rights,
            contributors=tuple(contributors),
            based_on=tuple(based_on),
            media=tuple(media),
            entities=tuple(reader.entities.values()),
            genres=genres,
            parts=parts,
        )
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            [Problem(code="ninjs_unmappable", path="$", message=f"cannot build the article: {exc}")]
        ) from None
    broken = [p for p in validate(article) if p.severity.value == "error"]
    if broken:  # a reading that breaks a document rule is a defect here, said as a refusal
        raise ValidationError(
            [
                Problem(
                    code="ninjs_unmappable",
                    path="$",
                    message=f"the article read from it breaks a rule at {p.path}: {p.message}",
                )
                for p in broken
            ]
        )
    return article


def _genres(items: Any) -> tuple[Genre, ...]:
    """The genres whose literal is a registered genre term, or whose URI is the IPTC genre
    code of one (the broadest term when several share it); the others are not read (the
    import keeps the property as it was)."""
    out: list[Genre] = []
    terms = GENRES.terms()
    for item in _items(items):
        literal, uri = _object(item).get("literal"), _object(item).get("uri")
        term = literal if isinstance(literal, str) and literal in terms else None
        if term is None and isinstance(uri, str) and uri.startswith(IPTC_GENRE):
            code = uri[len(IPTC_GENRE) :]
            sharing = {n for n, t in terms.items() if t.mapping("iptc") == code}
            term = next((n for n in sorted(sharing) if terms[n].broader not in sharing), None)
        if term is not None:
            out.append(Genre(term=term))
    return tuple(out)


def _identifiers(item: dict[str, Any]) -> tuple[Identifier, ...]:
    uri = item.get("uri")
    if _text(uri):
        match = re.fullmatch(r"https?://www\.wikidata\.org/entity/(Q\d+)", uri.strip())
        if match:
            return (Identifier(scheme="wikidata", value=match[1]),)
        return (Identifier(scheme="uri", value=uri.strip()),)
    return ()


def _person(item: dict[str, Any], name: str, ident: str) -> Person:
    return Person(id=ident, name=name, identifiers=_identifiers(item))


def _organisation(item: dict[str, Any], name: str, ident: str) -> Organization:
    return Organization(
        id=ident, name=name, kind=OrganizationKind.OTHER, identifiers=_identifiers(item)
    )


def _place(item: dict[str, Any], name: str, ident: str) -> Place:
    return Place(id=ident, name=name, kind=PlaceKind.OTHER, identifiers=_identifiers(item))


_MEDIA_KIND = {
    "text": MediaKind.DOCUMENT,
    "picture": MediaKind.PHOTO,
    "graphic": MediaKind.GRAPHIC,
    "video": MediaKind.VIDEO,
    "audio": MediaKind.AUDIO,
}


def _media(associations: Any, uri: str, losses: Losses, reader: _Reader) -> list[MediaItem]:
    out: list[MediaItem] = []
    if isinstance(associations, dict):  # 1.x: an object keyed by name
        associations = [dict(v, name=k) for k, v in associations.items() if isinstance(v, dict)]
    for i, assoc in enumerate(_items(associations)):
        path = f"$.associations[{i}]"
        kind_name = _object(assoc).get("type")
        kind = _MEDIA_KIND.get(kind_name) if isinstance(kind_name, str) else None
        if kind is None:
            continue  # kept with the associations, written back as it was
        caption = credit = None
        for d in _items(assoc.get("descriptions")):
            value = _object(d).get("value")
            if not _text(value):
                continue
            if d.get("role") == "creditline" and credit is None:
                credit = value
            elif d.get("role") in (None, "caption") and caption is None:
                caption = value
        if caption is None:
            caption, _ = text_of(assoc.get("headlines"))
        creator = None
        for group, make in (("people", _person), ("organisations", _organisation)):
            for j, item in enumerate(_items(assoc.get(group))):
                if _object(item).get("rel") == "creator" and creator is None:
                    creator = reader.read(item, make, "e", f"{path}.{group}[{j}]")
        if creator is None and _text(assoc.get("by")):
            creator = reader.named(assoc["by"], _organisation, "o", f"{path}.by")
            losses.approximated(f"{path}.by", "the item's byline names its creator")
        link = assoc.get("uri")
        # An id under the item's own uri (…#photo-1) names the item, it is not where it is.
        own = isinstance(link, str) and link.partition("#")[0] == uri.partition("#")[0]
        name = assoc.get("name")
        if own and "#" in link:
            name = link.partition("#")[2]
        name = name if _text(name) else link if _text(link) else kind.value
        media_id = name if _ID_RE.fullmatch(name) and name not in reader.taken else None
        media_id = media_id or slug(name, reader.taken, "m")
        web = isinstance(link, str) and link.startswith(("http://", "https://"))
        url = _iri(link) if web else None
        try:
            item = MediaItem(
                id=media_id,
                kind=kind,
                caption=caption,
                credit=credit,
                creator=creator,
                license=_licence(assoc),
                url=None if own else url,
            )
        except (TypeError, ValueError) as exc:
            losses.dropped(path, f"cannot be read as a media item: {exc}")
            continue
        reader.taken.add(media_id)
        out.append(item)
    return out


def _licence(assoc: dict[str, Any]) -> License | None:
    terms = assoc.get("usageTerms")
    if not _text(terms):
        return None
    spdx = resolve_license(terms)
    linked = _object(assoc.get("rightsInfo")).get("linkedRights")
    if not isinstance(linked, str):
        linked = None
    spdx_page = re.fullmatch(r"https://spdx\.org/licenses/(.+)\.html", linked or "")
    if spdx_page:  # the page of an SPDX licence names it; it is not another URL
        spdx, linked = spdx_page[1], None
    return License(text=terms, spdx=spdx, url=_iri(linked))

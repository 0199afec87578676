"""Article skeletons from what article extractors return: trafilatura's ``bare_extraction``
dict or JSON output, news-please's article dict, newspaper4k's ``to_json()``.

The dicts are read as they are; the extractors are never imported. Each key of a dict is
either read into the article (headline, body, authors with a byline, publication and
modification times with their UTC offsets, language, site, url, images, licence) or reported
as a loss at ``$.<key>``, so nothing is dropped silently. A key of the wrong type, a date
that is not ISO 8601 or a value a model refuses raises :class:`~iraqwithdrawal.ValidationError`
with the path into the extractor's dict.

The skeleton validates and can be continued with
:meth:`iraqwithdrawal.builder.ArticleBuilder.from_article`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ..models import (
    Article,
    Contributor,
    ContributorRole,
    Entity,
    MediaItem,
    MediaKind,
    Organization,
    OrganizationKind,
    Person,
    Rights,
    Update,
    UpdateKind,
)
from ..standards import Conversion
from ._dicts import Reader, key_path, make_id, parse_stamp, unique_id

__all__ = [
    "EXTRACTOR_KEYS",
    "from_extractor",
    "from_newspaper",
    "from_newsplease",
    "from_trafilatura",
]

# What each key of an extractor's dict becomes: a role of the skeleton, or ``None`` with the
# reason it is not kept. Keys of one role are read in the order listed; a later key that
# repeats an earlier value adds nothing, one that differs is reported.
_HOSTNAME = "the host name; the site's name is what the article keeps"
_TREE = "a parsed HTML tree; its text is read from the text key"
_COMMENTS = "reader comments are not part of the report"
_CATEGORIES = "the site's categories and tags have no place in the model"
_FILEDATE = "the date the extractor ran, not a date of the article"

EXTRACTOR_KEYS: dict[str, dict[str, str | tuple[None, str]]] = {
    "trafilatura": {
        "title": "headline",
        "text": "body",
        "raw_text": "body",
        "author": "byline",
        "date": "published",
        "language": "language",
        "url": "url",
        "source": "url",
        "sitename": "site",
        "source-hostname": "site",
        "description": "description",
        "excerpt": "description",
        "image": "image",
        "license": "license",
        "hostname": (None, _HOSTNAME),
        "categories": (None, _CATEGORIES),
        "tags": (None, _CATEGORIES),
        "fingerprint": (None, "the extractor's hash of the text"),
        "id": (None, "the id the caller gave the extractor"),
        "body": (None, _TREE),
        "commentsbody": (None, _TREE),
        "comments": (None, _COMMENTS),
        "pagetype": (None, "the page type of the page's metadata"),
        "filedate": (None, _FILEDATE),
    },
    "news-please": {
        "title": "headline",
        "maintext": "body",
        "text": "body",
        "authors": "authors",
        "date_publish": "published",
        "date_modify": "modified",
        "language": "language",
        "url": "url",
        "description": "description",
        "image_url": "image",
        "title_page": (None, "the title of the page as a whole"),
        "title_rss": (None, "the title in the site's feed"),
        "source_domain": (None, _HOSTNAME),
        "date_download": (None, "the date news-please downloaded the page"),
        "filename": (None, "news-please's file name for the article"),
        "localpath": (None, "where news-please stored the page"),
    },
    "newspaper4k": {
        "title": "headline",
        "text": "body",
        "authors": "authors",
        "publish_date": "published",
        "language": "language",
        "meta_lang": "language",
        "canonical_link": "url",
        "url": "url",
        "meta_site_name": "site",
        "meta_description": "description",
        "top_image": "image",
        "meta_img": "image",
        "images": "image",
        "movies": "video",
        "read_more_link": (None, "a link to more text on another page"),
        "keywords": (None, "keywords newspaper4k computed from the text"),
        "meta_keywords": (None, _CATEGORIES),
        "tags": (None, _CATEGORIES),
        "summary": (None, "a summary newspaper4k computed from the text"),
        "meta_favicon": (None, "the site's icon"),
    },
}

_MULTI = frozenset({"authors", "byline", "image", "video"})


def from_trafilatura(
    data: Mapping[str, Any], *, id: str | None = None, language: str | None = None
) -> Conversion[Article]:
    """A skeleton from trafilatura's ``bare_extraction(..., with_metadata=True,
    as_dict=True)`` or its JSON output (``extract(..., output_format="json")``, parsed)."""
    return from_extractor("trafilatura", data, id=id, language=language)


def from_newsplease(
    data: Mapping[str, Any], *, id: str | None = None, language: str | None = None
) -> Conversion[Article]:
    """A skeleton from news-please's article dict (``get_serializable_dict()`` or
    ``get_dict()``, whose dates may be ``datetime`` objects)."""
    return from_extractor("news-please", data, id=id, language=language)


def from_newspaper(
    data: Mapping[str, Any], *, id: str | None = None, language: str | None = None
) -> Conversion[Article]:
    """A skeleton from newspaper4k's ``Article.to_json(as_string=False)``."""
    return from_extractor("newspaper4k", data, id=id, language=language)


def from_extractor(
    tool: str, data: Mapping[str, Any], *, id: str | None = None, language: str | None = None
) -> Conversion[Article]:
    """A skeleton from the dict of ``tool`` (a key of :data:`EXTRACTOR_KEYS`). ``id`` and
    ``language`` are used when the dict gives none (an article needs both)."""
    if tool not in EXTRACTOR_KEYS:
        raise ValueError(f"unknown extractor {tool!r}: one of {sorted(EXTRACTOR_KEYS)}")
    # news-please writes a missing date as the string "None".
    reader = Reader(tool, frozenset({"None"}) if tool == "news-please" else frozenset())
    root = reader.mapping(data, "$")
    reader.finish()
    assert root is not None
    found = _collect(reader, EXTRACTOR_KEYS[tool], root)
    article = _skeleton(reader, found, id, language)
    reader.finish()
    assert article is not None
    return Conversion(standard=tool, document=article, losses=tuple(reader.losses))


def _collect(
    reader: Reader, table: dict[str, str | tuple[None, str]], data: Mapping[str, Any]
) -> dict[str, list[tuple[str, str]]]:
    """Every value by role, with its path, in the table's order of keys."""
    found: dict[str, list[tuple[str, str]]] = {}
    for key in sorted(data, key=lambda k: list(table).index(k) if k in table else len(table)):
        path, value = key_path("$", key), data[key]
        role = table.get(key)
        if role is None:
            if value not in (None, "", [], {}):
                reader.dropped(path, f"{reader.tool} key {key!r} is not one this import knows")
            continue
        if isinstance(role, tuple):
            if value not in (None, "", [], {}, "None"):
                reader.dropped(path, role[1])
            continue
        if isinstance(value, (_dt.datetime, _dt.date)):
            value = value.isoformat()
        values = reader.texts(value, path) if role in _MULTI else _one(reader, value, path)
        found.setdefault(role, []).extend(values)
    return found


def _one(reader: Reader, value: Any, path: str) -> list[tuple[str, str]]:
    text = reader.text(value, path)
    return [] if text is None else [(text, path)]


def _first(
    reader: Reader, found: dict[str, list[tuple[str, str]]], role: str
) -> tuple[str, str] | None:
    """The first value of ``role``; the others are reported unless they repeat it."""
    values = found.get(role, [])
    if not values:
        return None
    first = values[0]
    for value, path in values[1:]:
        if value.strip() != first[0].strip():
            reader.dropped(path, f"a second {role} ({first[1]} is the one kept)")
    return first


def _skeleton(
    reader: Reader,
    found: dict[str, list[tuple[str, str]]],
    ident: str | None,
    language: str | None,
) -> Article | None:
    fields: dict[str, Any] = {}
    origins: dict[str, str] = {}
    taken: set[str] = set()
    entities: list[Entity] = []
    headline = _first(reader, found, "headline")
    if headline is None:
        reader.fail("$.title", "missing", f"{reader.tool} found no title; an article needs one")
    body = _first(reader, found, "body")
    url = _first(reader, found, "url")
    if url is not None:
        fields["url"], origins["url"] = url[0], url[1]
    lang = _first(reader, found, "language")
    if lang is None and language is None:
        reader.fail("$.language", "missing", f"{reader.tool} found no language: pass language=...")
    fields["language"] = lang[0].replace("_", "-") if lang is not None else language
    if lang is not None:
        origins["language"] = lang[1]
    description = _first(reader, found, "description")
    if description is not None:
        fields["subheadline"], origins["subheadline"] = description[0], description[1]
        reader.approximated(description[1], "the page's description is read as the subheadline")
    _people(reader, found, fields, entities, taken)
    site = _first(reader, found, "site")
    if site is not None:
        org = reader.build(
            site[1],
            Organization,
            id=unique_id(make_id(site[0], prefix="site"), taken),
            name=site[0],
            kind=OrganizationKind.PUBLISHER,
        )
        if org is not None:
            entities.append(org)
            fields["publisher"] = org.id
    _times(reader, found, fields)
    _media(reader, found, fields, taken)
    license_ = _first(reader, found, "license")
    if license_ is not None:
        fields["rights"] = reader.build(license_[1], Rights, text=license_[0])
    fields["entities"] = entities
    path_part = urlsplit(url[0]).path.rstrip("/").rpartition("/")[2] if url else None
    fields["id"] = ident or make_id(path_part, headline[0] if headline else None, prefix="article")
    if headline is None:
        return None
    origins["headline"] = headline[1]
    if body is not None:
        origins["body"] = body[1]
    return reader.build(
        "$", Article, origins, headline=headline[0].strip(), body=body[0] if body else "", **fields
    )


def _people(
    reader: Reader,
    found: dict[str, list[tuple[str, str]]],
    fields: dict[str, Any],
    entities: list[Entity],
    taken: set[str],
) -> None:
    """Authors become people credited as authors; the byline is their names as the
    extractor gave them (trafilatura joins them with "; ")."""
    names: list[tuple[str, str]] = []
    lines = found.get("byline", [])
    for line, path in lines:
        names += [(name.strip(), path) for name in line.split(";") if name.strip()]
    names += found.get("authors", [])
    if not names:
        return
    fields["byline"] = lines[0][0].strip() if lines else "; ".join(n.strip() for n, _ in names)
    contributors: list[Contributor] = []
    seen: dict[str, str] = {}
    for name, path in names:
        key = " ".join(name.split()).casefold()
        if key in seen:
            continue
        person = reader.build(
            path, Person, id=unique_id(make_id(name, prefix="author"), taken), name=name.strip()
        )
        if person is not None:
            seen[key] = person.id
            entities.append(person)
            contributors.append(Contributor(entity=person.id, role=ContributorRole.AUTHOR.value))
    fields["contributors"] = contributors


def _times(reader: Reader, found: dict[str, list[tuple[str, str]]], fields: dict[str, Any]) -> None:
    updates: list[Update] = []
    for role, kind in (("published", UpdateKind.PUBLISHED), ("modified", UpdateKind.MODIFIED)):
        value = _first(reader, found, role)
        if value is None:
            continue
        text, path = value
        try:
            stamp = parse_stamp(text)
        except ValueError as err:
            reader.fail(path, "date_format", f"{reader.tool}: {err}", text)
            continue
        if stamp.fraction:
            reader.approximated(path, "fractions of a second are not kept")
        if kind is UpdateKind.PUBLISHED:
            fields["published"] = stamp.date
        if stamp.moment is not None:
            updates.append(Update(kind=kind, at=stamp.moment))
        elif kind is UpdateKind.MODIFIED:
            reader.dropped(path, "a modification date with no time of day (an update has one)")
    if updates:
        fields["updates"] = updates


def _media(
    reader: Reader, found: dict[str, list[tuple[str, str]]], fields: dict[str, Any], taken: set[str]
) -> None:
    media: list[MediaItem] = []
    seen: set[str] = set()
    for role, kind in (("image", MediaKind.PHOTO), ("video", MediaKind.VIDEO)):
        for url, path in found.get(role, []):
            if url in seen:
                continue
            seen.add(url)
            item = reader.build(
                path, MediaItem, id=unique_id(role, taken), kind=kind, url=url.strip()
            )
            if item is not None:
                media.append(item)
    if media:
        fields["media"] = media

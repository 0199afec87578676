"""IPTC ninjs (News in JSON): export to versions 3.1 and 2.2, import from 1.0 to 3.1.

ninjs describes a news item, not what is inside it. Headline, body, language, byline, the
people, organisations and places it mentions, where it comes from, the parties that supplied
it and the associated photos all map. Quotes, attributions, claims, disputes and the structure
of events have no place in ninjs and are reported as dropped.

Import first checks the document against the official schema of its version, shipped with
this package. That needs the ``standards`` extra (jsonschema). Format assertions stay off, as
in the official test suite. The checked document is then read into an :class:`Article`, and
every property that cannot be carried over is reported.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from html.parser import HTMLParser
from importlib import resources
from typing import Any

from ..errors import Problem, ValidationError
from ..models import (
    Article,
    BasedOn,
    Contributor,
    ContributorRole,
    Dateline,
    Entity,
    Event,
    Identifier,
    License,
    MediaItem,
    MediaKind,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    resolve_license,
)
from ._common import (
    Conversion,
    Coverage,
    Losses,
    article_uri,
    entities_by_id,
    iso_date,
    name_of,
    slug,
    wikidata_uri,
)

__all__ = ["NINJS_VERSIONS", "from_ninjs", "iter_ninjs", "ninjs_schema", "to_ninjs"]

#: The versions whose official schemas ship with this package.
NINJS_VERSIONS = (
    "1.0",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "2.0",
    "2.1",
    "2.2",
    "3.0",
    "3.1",
)
_EXPORT_VERSIONS = ("3.1", "2.2")
_GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json"


@cache
def ninjs_schema(version: str) -> dict[str, Any]:
    """The official ninjs JSON Schema of ``version`` (one of :data:`NINJS_VERSIONS`)."""
    if version not in NINJS_VERSIONS:
        raise ValueError(f"unknown ninjs version {version!r} (known: {', '.join(NINJS_VERSIONS)})")
    return _data(f"ninjs-schema_{version}.json")


def _data(name: str) -> dict[str, Any]:
    path = resources.files("iraqwithdrawal.standards").joinpath(f"data/ninjs/{name}")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def _validator(version: str, formats: bool) -> Any:
    try:
        import jsonschema  # type: ignore[import-untyped]
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "checking ninjs documents needs jsonschema: pip install 'iraqwithdrawal[standards]'"
        ) from exc
    schema = ninjs_schema(version)
    registry = Registry().with_resource(
        _GEOJSON_ID,
        Resource.from_contents(_data("GeoJSON-schema.json"), default_specification=DRAFT202012),
    )
    cls = jsonschema.validators.validator_for(schema)
    checker = cls.FORMAT_CHECKER if formats else None
    return cls(schema, registry=registry, format_checker=checker)


def schema_problems(document: Any, version: str, *, formats: bool = True) -> list[Problem]:
    """Every way ``document`` breaks the official ninjs ``version`` schema (empty if none).
    ``formats`` turns format assertions (``date-time``, ``uri``) on."""
    out = []
    for error in _validator(version, formats).iter_errors(document):
        path = "$" + "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path
        )
        out.append(
            Problem(
                code="ninjs_schema",
                path=path,
                message=f"not valid ninjs {version}: {error.message}",
            )
        )
    return out


# --- export ---------------------------------------------------------------------------------

#: What a ninjs export carries (or judges itself); everything else is reported as lost.
COVERAGE = Coverage(
    "ninjs",
    {
        Article: "id url language headline body published dateline contributors byline publisher "
        "based_on entities media events",
        Dateline: "places time",
        Contributor: "entity role",
        BasedOn: "source text",
        Entity: "id",
        Person: "id name identifiers",
        Organization: "id name identifiers",
        Place: "id name identifiers",
        Identifier: "scheme value",
        MediaItem: "id url kind caption credit creator license",
        License: "text spdx url",
        Event: "id summary",
    },
)


def to_ninjs(article: Article, version: str = "3.1") -> Conversion[dict[str, Any]]:
    """The article as a ninjs ``version`` (3.1 or 2.2) document, with the losses."""
    if version not in _EXPORT_VERSIONS:
        raise ValueError(f"ninjs export writes versions {' and '.join(_EXPORT_VERSIONS)}")
    losses = Losses()
    doc = _export(article, losses)
    doc["standard"] = {
        "name": "ninjs",
        "version": version,
        "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json",
    }
    if version == "2.2":
        doc = _lower_keys(doc)
    return Conversion(standard=f"ninjs {version}", document=doc, losses=tuple(losses.items))


def _export(article: Article, losses: Losses) -> dict[str, Any]:
    entities = entities_by_id(article)
    doc: dict[str, Any] = {"uri": article_uri(article), "type": "text"}
    if article.url is None:
        losses.approximated("$.id", "no URL: the ninjs uri is a URN made from the article id")
    doc["representationType"] = "full"
    doc["language"] = article.language
    doc["headlines"] = [{"role": "main", "contentType": "text/plain", "value": article.headline}]
    if article.body:
        doc["bodies"] = [{"role": "main", "contentType": "text/plain", "value": article.body}]
    day = iso_date(article.published)
    if article.published is not None:
        if day is not None:
            doc["contentCreated"] = f"{day}T00:00:00Z"
            losses.approximated(
                "$.published",
                "ninjs dates carry a time of day: midnight UTC stands for the whole day",
            )
        else:
            losses.dropped(
                "$.published",
                f"publication date {article.published.to_edtf()} is not a whole day; ninjs "
                "needs a date-time and no precision is invented",
            )
    _export_dateline(article, entities, doc, losses)
    _export_credits(article, entities, doc, losses)
    _export_entities(article, doc, losses)
    _export_media(article, entities, doc, losses)
    if article.events:
        doc["events"] = [
            {"name": e.summary or e.type_info.label, "rel": "mentions", "literal": e.id}
            for e in article.events
        ]

    losses.account(article, COVERAGE)
    return doc


def _export_dateline(
    article: Article, entities: dict[str, Any], doc: dict[str, Any], losses: Losses
) -> None:
    dateline = article.dateline
    if dateline is None:
        return
    names = [name_of(entities[p]) for p in dateline.places if p in entities]
    if names:
        doc["located"] = ", ".join(n for n in names if n)
    if dateline.time is not None:
        printed = dateline.text or (dateline.time.date.to_edtf() if dateline.time.date else "")
        losses.dropped(
            "$.dateline.time",
            f"the dateline's date ({printed!r}"
            + (", no year" if dateline.time.date and dateline.time.date.year is None else "")
            + ") has no place in ninjs",
        )


def _export_credits(
    article: Article, entities: dict[str, Any], doc: dict[str, Any], losses: Losses
) -> None:
    if article.byline is not None:
        doc["by"] = article.byline
    else:
        authors = [
            name_of(entities[c.entity])
            for c in article.contributors
            if c.entity in entities
            and c.role in (ContributorRole.AUTHOR, ContributorRole.REPORTING)
        ]
        if authors:
            doc["by"] = " and ".join(a for a in authors if a)
    others = [
        c
        for c in article.contributors
        if c.role not in (ContributorRole.AUTHOR, ContributorRole.REPORTING)
    ]
    if others:
        losses.dropped("$.contributors", f"{len(others)} contributors other than authors")
    sources: list[dict[str, Any]] = []
    publisher = name_of(entities[article.publisher]) if article.publisher in entities else None
    if publisher:
        sources.append({"name": publisher, "role": "publisher"})
    for i, based in enumerate(article.based_on):
        source = name_of(entities[based.source]) if based.source in entities else None
        if source:
            sources.append({"name": source, "role": "source"})
            if based.text:
                losses.approximated(
                    f"$.based_on[{i}].text",
                    f"the printed line {based.text!r} becomes an info source with role 'source'",
                )
    if sources:
        doc["infoSources"] = sources


def _export_entities(article: Article, doc: dict[str, Any], losses: Losses) -> None:
    groups: dict[str, list[dict[str, Any]]] = {"people": [], "organisations": [], "places": []}
    for i, entity in enumerate(article.entities):
        item: dict[str, Any] = {"name": name_of(entity), "rel": "mentions"}
        uri = wikidata_uri(entity)
        if uri:
            item["uri"] = uri
        item["literal"] = entity.id
        other = [x for x in entity.identifiers if x.scheme.lower() != "wikidata"]
        if other:
            losses.dropped(
                f"$.entities[{i}].identifiers",
                f"identifiers other than Wikidata: {len(other)} (the item takes one uri)",
            )
        if isinstance(entity, Person):
            groups["people"].append(item)
        elif isinstance(entity, Organization):
            groups["organisations"].append(item)
        elif isinstance(entity, Place):
            groups["places"].append(item)
        else:
            losses.dropped(
                f"$.entities[{i}]",
                f"{type(entity).__name__} {entity.id!r}: ninjs has people, organisations and "
                "places only",
            )
    for key, items in groups.items():
        if items:
            doc[key] = items


_NINJS_KIND = {
    MediaKind.PHOTO: "picture",
    MediaKind.GRAPHIC: "graphic",
    MediaKind.MAP: "graphic",
    MediaKind.VIDEO: "video",
    MediaKind.AUDIO: "audio",
    MediaKind.DOCUMENT: "text",
}


def _export_media(
    article: Article, entities: dict[str, Any], doc: dict[str, Any], losses: Losses
) -> None:
    associations = []
    for i, item in enumerate(article.media):
        assoc: dict[str, Any] = {
            "name": item.id,
            "uri": item.url or f"{article_uri(article)}#{item.id}",
            "type": _NINJS_KIND[item.kind],
        }
        if item.kind is MediaKind.MAP:
            losses.approximated(f"$.media[{i}].kind", "a map is written as a ninjs graphic")
        if item.caption:
            assoc["descriptions"] = [{"role": "caption", "value": item.caption}]
        if item.credit:
            assoc.setdefault("descriptions", []).append(
                {"role": "creditline", "value": item.credit}
            )
        creator = name_of(entities[item.creator]) if item.creator in entities else None
        if creator:
            assoc["by"] = creator
        if item.license is not None:
            assoc["usageTerms"] = item.license.text
            link = item.license.url or (
                f"https://spdx.org/licenses/{item.license.spdx}.html" if item.license.spdx else None
            )
            if link:
                assoc["rightsInfo"] = {"linkedRights": link}
        associations.append(assoc)
    if associations:
        doc["associations"] = associations


def _lower_keys(value: Any) -> Any:
    """ninjs 2.x spells the 3.x camelCase property names in lower case."""
    if isinstance(value, dict):
        return {
            (k.lower() if k != "geoJSON" else "geojson"): _lower_keys(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value


# --- import ---------------------------------------------------------------------------------


def detect_version(document: dict[str, Any]) -> str:
    """The ninjs version a document declares, or the newest of the generation its property
    names belong to (3.1 for camelCase, 2.2 for plural lower-case, 1.6 otherwise)."""
    for key in ("standard", "$standard"):
        declared = document.get(key)
        if isinstance(declared, dict) and declared.get("version") in NINJS_VERSIONS:
            return str(declared["version"])
    keys = set(document)
    if keys & _CAMEL_ONLY:
        return "3.1"
    if keys & {
        "headlines",
        "bodies",
        "descriptions",
        "people",
        "organisations",
        "places",
        "subjects",
        "events",
        "objects",
        "by",
        "infosources",
        "altids",
        "genres",
        "trustindicators",
        "standard",
    }:
        return "2.2"
    return "1.6"


_CAMEL_ONLY = {
    "versionCreated",
    "firstCreated",
    "contentCreated",
    "copyrightNotice",
    "copyrightHolder",
    "pubStatus",
    "edNote",
    "infoSources",
    "altIds",
    "trustIndicators",
    "usageTerms",
    "rightsInfo",
    "representationType",
    "embargoedUntil",
    "eventDetails",
    "plannedCoverage",
    "digitalSourceType",
}


def from_ninjs(
    document: Any, version: str | None = None, *, check_schema: bool = True
) -> Conversion[Article]:
    """Read a ninjs document into an :class:`Article`.

    ``version`` names the ninjs version (detected from the document when left out). The
    document is first checked against that version's official schema. A document that
    breaks it, or has nothing that can stand as a headline, raises
    :class:`~iraqwithdrawal.ValidationError` naming the path and the reason. Properties with
    no place in the model are reported in the losses."""
    if isinstance(document, list):
        raise ValidationError(
            [
                Problem(
                    code="wrong_type",
                    path="$",
                    message="a JSON array is a collection of ninjs items, not one item: read "
                    "them one by one with iter_ninjs()",
                )
            ]
        )
    if not isinstance(document, dict):
        raise ValidationError(
            [Problem(code="wrong_type", path="$", message="a ninjs document is a JSON object")]
        )
    version = version or detect_version(document)
    if check_schema:
        problems = schema_problems(document, version, formats=False)
        if problems:
            raise ValidationError(problems)
    losses = Losses()
    normal = _normalise(document, losses)
    article = _to_article(normal, losses)
    return Conversion(standard=f"ninjs {version}", document=article, losses=tuple(losses.items))


def iter_ninjs(
    documents: Iterable[Any], version: str | None = None, *, check_schema: bool = True
) -> Iterator[Conversion[Article]]:
    """:func:`from_ninjs` for each item of a collection (a JSON array of ninjs items). A bad
    item raises :class:`~iraqwithdrawal.ValidationError` with paths starting ``$[index]``."""
    for index, document in enumerate(documents):
        try:
            yield from_ninjs(document, version, check_schema=check_schema)
        except ValidationError as exc:
            raise ValidationError(
                [
                    Problem(
                        code=p.code,
                        path=f"$[{index}]{p.path[1:]}",
                        message=p.message,
                        severity=p.severity,
                        value=p.value,
                    )
                    for p in exc.problems
                ]
            ) from None


_ONE_TO_PLURAL = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
    "subject": "subjects",
    "event": "events",
    "object": "objects",
    "infosource": "infoSources",
    "byline": "by",
    "genre": "genres",
}
_MARKUP = {
    "text": "text/plain",
    "html": "text/html",
    "xhtml": "application/xhtml+xml",
    "richtext": "text/html",
    "main": "text/plain",
}


def _normalise(document: dict[str, Any], losses: Losses) -> dict[str, Any]:
    """A 1.x, 2.x or 3.x document with 3.x property names, texts in arrays of
    ``{value, role, contentType}``."""
    out: dict[str, Any] = {}
    camel = _camel_names()
    for key, value in document.items():
        for field in ("headline", "body", "description"):
            if key == field or key.startswith(field + "_"):
                role = key[len(field) + 1 :] or None
                item: dict[str, Any] = {"value": value}
                if role:
                    item["role"] = role
                    if role in _MARKUP:
                        item["contentType"] = _MARKUP[role]
                out.setdefault(field + "s", []).append(item)
                break
        else:
            name = _ONE_TO_PLURAL.get(key) or camel.get(key.lower(), key)
            out[name] = _camel_deep(value, camel) if isinstance(value, (dict, list)) else value
    return out


@cache
def _camel_names() -> dict[str, str]:
    """Lower-case spelling to 3.1 spelling of every property name in the 3.1 schema."""
    names: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                for name in props:
                    names.setdefault(name.lower(), name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(ninjs_schema("3.1"))
    names["geojson"] = "geoJSON"
    return names


def _camel_deep(value: Any, camel: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {camel.get(k.lower(), k): _camel_deep(v, camel) for k, v in value.items()}
    if isinstance(value, list):
        return [_camel_deep(v, camel) for v in value]
    return value


def _text_of(items: Any, prefer_role: str | None = None) -> tuple[str | None, bool]:
    """The best text of an array of ``{value, role, contentType}``, and whether it had to be
    turned from markup into plain text."""
    if not isinstance(items, list) or not items:
        return None, False
    candidates = [i for i in items if isinstance(i, dict) and isinstance(i.get("value"), str)]
    if not candidates:
        return None, False

    def rank(item: dict[str, Any]) -> tuple[int, int]:
        plain = item.get("contentType") in (None, "text/plain")
        role = prefer_role is not None and item.get("role") == prefer_role
        return (0 if plain else 1, 0 if role else 1)

    best = sorted(candidates, key=rank)[0]
    if best.get("contentType") in (None, "text/plain"):
        return best["value"], False
    return _plain_text(best["value"]), True


_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"})


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain_text(markup: str) -> str:
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


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


_MAPPED = {
    "uri",
    "type",
    "headlines",
    "bodies",
    "language",
    "by",
    "people",
    "organisations",
    "places",
    "located",
    "infoSources",
    "associations",
    "versionCreated",
    "firstCreated",
    "contentCreated",
    "title",
    "representationType",
    "standard",
    "$standard",
}


def _to_article(doc: dict[str, Any], losses: Losses) -> Article:
    taken: set[str] = set()
    uri = doc.get("uri")
    if not isinstance(uri, str) or not uri.strip():
        raise ValidationError(
            [
                Problem(
                    code="ninjs_unmappable", path="$.uri", message="no uri: an article needs an id"
                )
            ]
        )
    article_id = slug(uri.rsplit("/", 1)[-1] or uri, taken, prefix="ninjs")
    losses.approximated("$.uri", f"the uri becomes the id {article_id!r}")
    headline, _ = _text_of(doc.get("headlines"), "main")
    if headline is None and isinstance(doc.get("title"), str):
        headline = doc["title"]
        losses.approximated("$.title", "no headline: the title stands as the headline")
    if headline is None or not headline.strip():
        raise ValidationError(
            [
                Problem(
                    code="ninjs_unmappable",
                    path="$.headlines",
                    message="no headline and no title: an Article needs a headline",
                )
            ]
        )
    body, from_markup = _text_of(doc.get("bodies"), "main")
    if from_markup:
        losses.approximated("$.bodies", "the body was markup: its text is kept, the markup not")
    if isinstance(doc.get("bodies"), list) and len(doc["bodies"]) > 1:
        losses.dropped("$.bodies", f"{len(doc['bodies']) - 1} other renderings of the body")
    language = doc.get("language")
    if not isinstance(language, str) or not re.fullmatch(
        r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", language
    ):
        if language is not None:
            losses.dropped("$.language", f"{language!r} is not a BCP 47 tag")
        language = "und"
        losses.approximated("$.language", "no usable language: written as 'und' (undetermined)")
    published = None
    for key in ("contentCreated", "firstCreated", "versionCreated"):
        if key in doc:
            published = _date_of(doc[key])
            if published is not None:
                losses.approximated(f"$.{key}", "only the day of the date-time is kept")
                break
            losses.dropped(f"$.{key}", f"{doc[key]!r} is not a date this library can read")

    entities: list[Any] = []
    contributors: list[Contributor] = []
    by = doc.get("by")
    if isinstance(by, str) and by.strip():
        author = Person(id=slug(by, taken, prefix="p"), name=by.strip())
        entities.append(author)
        contributors.append(Contributor(entity=author.id, role=ContributorRole.AUTHOR))
        losses.approximated("$.by", "the byline is kept as the name of one author")
    for key, make in (("people", _person), ("organisations", _organisation), ("places", _place)):
        items = doc.get(key)
        for i, item in enumerate(items if isinstance(items, list) else []):
            name = item.get("name") if isinstance(item, dict) else None
            if not isinstance(name, str) or not name.strip():
                losses.dropped(f"$.{key}[{i}]", "an entry without a name")
                continue
            entities.append(make(item, name.strip(), slug(name, taken, prefix="e")))
    dateline = None
    if isinstance(doc.get("located"), str) and doc["located"].strip():
        place = Place(id=slug(doc["located"], taken, prefix="loc"), name=doc["located"].strip())
        entities.append(place)
        dateline = Dateline(text=doc["located"].strip(), places=(place.id,))
        losses.approximated("$.located", "the located text becomes the dateline's place")
    based_on: list[BasedOn] = []
    sources = doc.get("infoSources")
    for i, item in enumerate(sources if isinstance(sources, list) else []):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name.strip():
            losses.dropped(f"$.infoSources[{i}]", "an info source without a name")
            continue
        org = Organization(id=slug(name, taken, prefix="o"), name=name.strip())
        entities.append(org)
        based_on.append(BasedOn(source=org.id))
        losses.approximated(
            f"$.infoSources[{i}]",
            f"info source {name!r} (role {item.get('role')!r}) is read as a source the article "
            "is based on",
        )
    media = _media(doc.get("associations"), taken, losses)
    for key in sorted(set(doc) - _MAPPED):
        losses.dropped(f"$.{key}", "no place in the model")
    try:
        return Article(
            id=article_id,
            headline=headline.strip(),
            body=body or "",
            language=language,
            published=published,
            dateline=dateline,
            url=uri if uri.startswith(("http://", "https://")) else None,
            contributors=tuple(contributors),
            based_on=tuple(based_on),
            media=tuple(media),
            entities=tuple(entities),
        )
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            [Problem(code="ninjs_unmappable", path="$", message=f"cannot build the article: {exc}")]
        ) from None


def _identifiers(item: dict[str, Any]) -> tuple[Identifier, ...]:
    uri = item.get("uri")
    if isinstance(uri, str) and uri.strip():
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
    "picture": MediaKind.PHOTO,
    "graphic": MediaKind.GRAPHIC,
    "video": MediaKind.VIDEO,
    "audio": MediaKind.AUDIO,
}


def _media(associations: Any, taken: set[str], losses: Losses) -> list[MediaItem]:
    out: list[MediaItem] = []
    if isinstance(associations, dict):  # 1.x: an object keyed by name
        associations = [dict(v, name=k) for k, v in associations.items() if isinstance(v, dict)]
    for i, assoc in enumerate(associations if isinstance(associations, list) else []):
        path = f"$.associations[{i}]"
        if not isinstance(assoc, dict):
            losses.dropped(path, "an association that is not an object")
            continue
        kind = _MEDIA_KIND.get(str(assoc.get("type")))
        if kind is None:
            losses.dropped(path, f"an associated item of type {assoc.get('type')!r}")
            continue
        caption, _ = _text_of(assoc.get("descriptions"), "caption")
        if caption is None:
            caption, _ = _text_of(assoc.get("headlines"))
        credit = None
        for d in assoc.get("descriptions") or []:
            if isinstance(d, dict) and d.get("role") == "creditline":
                credit = d.get("value")
        if credit is None and isinstance(assoc.get("by"), str):
            credit = assoc["by"]
            losses.approximated(f"{path}.by", "the associated item's byline is kept as its credit")
        licence = None
        terms = assoc.get("usageTerms")
        if isinstance(terms, str) and terms.strip():
            licence = License(text=terms.strip(), spdx=resolve_license(terms.strip()))
        uri = assoc.get("uri")
        name = assoc.get("name") or uri or kind.value
        out.append(
            MediaItem(
                id=slug(str(name), taken, prefix="m"),
                kind=kind,
                caption=caption.strip() if caption and caption.strip() else None,
                credit=credit.strip() if isinstance(credit, str) and credit.strip() else None,
                license=licence,
                url=uri
                if isinstance(uri, str) and uri.startswith(("http://", "https://"))
                else None,
            )
        )
        rest = set(assoc) - {"name", "uri", "type", "descriptions", "headlines", "usageTerms", "by"}
        if rest:
            losses.dropped(path, f"properties of the associated item: {', '.join(sorted(rest))}")
    return out

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
from typing import Any, TypeGuard

import attrs

from ..errors import Problem, RuleError, ValidationError
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
from ..models._base import _ID_RE, _IRI_RE
from ._common import (
    Conversion,
    Coverage,
    Losses,
    article_uri,
    as_iri,
    as_uri,
    entities_by_id,
    iso_date,
    name_of,
    node_uri,
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

#: The key of ``Article.extra`` under which an imported ninjs document keeps the properties
#: the model does not reproduce exactly; :func:`to_ninjs` writes them back.
KEPT = "ninjs"


#: What a ninjs export carries (or judges itself); everything else is reported as lost.
COVERAGE = Coverage(
    "ninjs",
    {
        Article: "id url language headline body published dateline contributors byline publisher "
        "based_on entities media events updates rights",
        Update: "kind at",
        Moment: "date hour minute second utc_offset zone",
        Rights: "text holder",
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
    extra=(KEPT,),
)


def to_ninjs(article: Article, version: str = "3.1") -> Conversion[dict[str, Any]]:
    """The article as a ninjs ``version`` (3.1 or 2.2) document, with the losses.

    An article read by :func:`from_ninjs` gets back the properties the model kept for it
    (``article.extra["ninjs"]``): each one as it was imported, unless the article changed
    what the model writes there since."""
    if version not in _EXPORT_VERSIONS:
        raise ValueError(f"ninjs export writes versions {' and '.join(_EXPORT_VERSIONS)}")
    losses = Losses()
    doc = _export(article, losses)
    _write_back(article, doc, losses)
    doc["standard"] = {
        "name": "ninjs",
        "version": version,
        "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json",
    }
    if version == "2.2":
        doc = _lower_keys(doc)
    return Conversion(standard=f"ninjs {version}", document=doc, losses=tuple(losses.items))


def _write_back(article: Article, doc: dict[str, Any], losses: Losses) -> None:
    kept = article.extra.get(KEPT)
    if kept is None:
        return
    if not (
        isinstance(kept, dict)
        and isinstance(kept.get("kept"), dict)
        and isinstance(kept.get("written", {}), dict)
    ):
        losses.dropped(f"$.{KEPT}", "not the kept ninjs data from_ninjs writes: left out")
        return
    written = kept.get("written", {})
    for key, original in kept["kept"].items():
        if doc.get(key) == written.get(key):
            doc[key] = original
        else:
            losses.dropped(
                f"$.{KEPT}.kept.{key}",
                f"the imported {key!r} is replaced by what the article now says",
            )


def ninjs_uri(article: Article) -> str:
    """The ninjs ``uri`` of an article: its URL; else its id when the id is itself a URI
    (``urn:newsml:…``, as an import keeps it); else a URN made from the id."""
    if article.url:
        return as_uri(article.url)
    if _IRI_RE.fullmatch(article.id) and not article.id.startswith(_OWN_URN):
        return article.id
    return article_uri(article)


#: The role of the altIds entry that holds the article's id when its uri is the URL.
_ID_ROLE = "iraqwithdrawal-id"
#: The URN prefix of an article with neither URL nor URI id (see ``article_uri``).
_OWN_URN = "urn:iraqwithdrawal:article:"


def _export(article: Article, losses: Losses) -> dict[str, Any]:
    entities = entities_by_id(article)
    doc: dict[str, Any] = {"uri": ninjs_uri(article), "type": "text"}
    if article.url is not None and as_iri(doc["uri"]) != article.url:
        losses.approximated(
            "$.url", "written as a URI: percent-escapes of non-ASCII letters read back as letters"
        )
    if article.url is not None:
        # The uri is the URL: the id goes in altIds, with a role naming this library.
        doc["altIds"] = [{"role": _ID_ROLE, "value": article.id}]
    doc["representationType"] = "full"
    doc["language"] = article.language
    doc["headlines"] = [{"role": "main", "contentType": "text/plain", "value": article.headline}]
    if article.body:
        doc["bodies"] = [{"role": "main", "contentType": "text/plain", "value": article.body}]
    _export_times(article, doc, losses)
    if article.rights is not None:
        doc["copyrightNotice"] = article.rights.text
        holder = entities.get(article.rights.holder or "")
        # The holder is written by name: only a person or organisation whose name no other
        # entity has comes back as itself.
        if holder is None:
            pass
        elif (
            _GROUP.get(type(holder)) in ("people", "organisations")
            and sum(name_of(e) == name_of(holder) for e in article.entities) == 1
        ):
            doc["copyrightHolder"] = name_of(holder)
        else:
            losses.dropped(
                "$.rights.holder", "ninjs names the holder by a name it cannot be found by"
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
        losses.approximated(
            "$.events",
            "events are written as related event concepts (name and id): their types, "
            "participants, times and links are lost",
        )

    losses.account(article, COVERAGE)
    return doc


def _export_times(article: Article, doc: dict[str, Any], losses: Losses) -> None:
    """``firstCreated`` and ``versionCreated`` from the printed updates, with their time
    and offset; else the publication day as ``contentCreated`` at midnight UTC."""
    latest = None
    for index, update in enumerate(article.updates):
        stamp = update.at.isoformat()
        if stamp is not None and stamp.endswith("+00:00"):
            stamp = stamp[:-6] + "Z"  # UTC as ninjs documents write it
        if stamp is None:
            losses.dropped(f"$.updates[{index}]", "ninjs times need a full date and a UTC offset")
            continue
        if update.at.second is None or update.at.zone is not None or update.at.text is not None:
            losses.approximated(
                f"$.updates[{index}].at",
                "a ninjs date-time has seconds and an offset: no zone name, no printed text",
            )
        if update.kind not in (UpdateKind.PUBLISHED, UpdateKind.MODIFIED):
            losses.approximated(
                f"$.updates[{index}].kind",
                f"ninjs says when a version was made, not that it was {update.kind.value}",
            )
        if update.kind is UpdateKind.PUBLISHED and "firstCreated" not in doc:
            doc["firstCreated"] = stamp
        else:
            if latest is not None:
                losses.dropped(f"$.updates[{latest[0]}]", "ninjs keeps the latest version only")
            if update.kind is UpdateKind.PUBLISHED:
                losses.approximated(
                    f"$.updates[{index}].kind", "a second publication is written as a version"
                )
            latest = (index, stamp)
        if update.text:
            losses.dropped(f"$.updates[{index}].text", "the printed words of an update notice")
    if latest is not None:
        doc["versionCreated"] = latest[1]
    if len(article.updates) > ("firstCreated" in doc) + ("versionCreated" in doc):
        losses.approximated(
            "$.updates", "only the first publication and the latest version are written"
        )
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
    # Each contributor with an entity is a person or organisation whose rel is its role.
    for i, c in enumerate(article.contributors):
        entity = entities.get(c.entity or "")
        group = _GROUP.get(type(entity)) if entity is not None else None
        if entity is None or group not in ("people", "organisations"):
            losses.dropped(
                f"$.contributors[{i}]",
                "a contributor that is not a named person or organisation has no place",
            )
            continue
        item = {"name": name_of(entity), "rel": c.role.value, "literal": entity.id}
        doc.setdefault(group, []).append(item)
    kinds = [_GROUP.get(type(entities.get(c.entity or ""))) for c in article.contributors]
    if kinds != sorted(kinds, key=lambda k: k != "people") or None in kinds:
        losses.approximated(
            "$.contributors",
            "ninjs lists people and organisations apart: the contributors' order is not kept",
        )
    sources: list[dict[str, Any]] = []
    publisher = name_of(entities[article.publisher]) if article.publisher in entities else None
    if publisher and article.publisher:
        sources.append({"name": publisher, "role": "publisher", "literal": article.publisher})
    for i, based in enumerate(article.based_on):
        source = name_of(entities[based.source]) if based.source in entities else None
        if source:
            sources.append({"name": source, "role": "source", "literal": based.source})
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
        if isinstance(entity, Person) and entity.name is None:
            losses.approximated(
                f"$.entities[{i}]", "a person described, not named: the description is the name"
            )
        uri = wikidata_uri(entity)
        if uri:
            item["uri"] = uri
        item["literal"] = entity.id
        written = 1 if uri else 0
        if len(entity.identifiers) > written:
            losses.dropped(
                f"$.entities[{i}].identifiers",
                f"{len(entity.identifiers) - written} identifiers: a ninjs item has one uri, "
                "a Wikidata one",
            )
        group = _GROUP.get(type(entity))
        if group is not None:
            groups[group].append(item)
        else:
            losses.dropped(
                f"$.entities[{i}]",
                f"{type(entity).__name__} {entity.id!r}: ninjs has people, organisations and "
                "places only",
            )
    for key, items in groups.items():
        if items:
            doc[key] = items + doc.get(key, [])


_GROUP: dict[type, str] = {Person: "people", Organization: "organisations", Place: "places"}

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
            "uri": as_uri(item.url or node_uri(article, item.id)),
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
        creator = entities.get(item.creator or "")
        group = _GROUP.get(type(creator))
        if creator is not None and group in ("people", "organisations"):
            assoc["by"] = name_of(creator)
            assoc[group] = [{"name": name_of(creator), "rel": "creator", "literal": creator.id}]
        elif creator is not None:
            losses.dropped(
                f"$.media[{i}].creator", "a creator that is not a person or organisation"
            )
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
    document: Any,
    version: str | None = None,
    *,
    check_schema: bool = True,
    lenient: bool = False,
    keep: bool = True,
) -> Conversion[Article]:
    """Read a ninjs document into an :class:`Article`.

    ``version`` names the ninjs version (detected from the document when left out). The
    document is first checked against that version's official schema. A document that
    breaks it raises :class:`~iraqwithdrawal.ValidationError` naming the path and the
    reason; so does one with nothing that can stand as a headline, unless ``lenient``: then
    its description, slugline or uri stands as the headline, and a loss says so.

    What maps goes into typed fields. Every property the model does not reproduce exactly
    is kept, as imported, in ``article.extra["ninjs"]`` (and reported), and
    :func:`to_ninjs` writes it back, so a document read and written again keeps its data.
    The kept data is an unknown field to the wire format: an article saved with it is read
    back with ``from_json(..., unknown="keep")``. ``keep=False`` leaves it out (and reports
    those properties as dropped)."""
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
    article = _to_article(normal, losses, lenient)
    article = _keep(article, normal, losses, keep)
    return Conversion(standard=f"ninjs {version}", document=article, losses=tuple(losses.items))


def _keep(article: Article, normal: dict[str, Any], losses: Losses, keep: bool) -> Article:
    """The article with the properties its export would not give back exactly kept in
    ``extra["ninjs"]``, and what the export wrote there at import, to tell later whether the
    article has changed them."""
    written = _export(article, Losses())
    kept = {
        key: value
        for key, value in normal.items()
        if key not in ("standard", "$standard") and written.get(key) != value
    }
    if not kept:
        return article
    reported = {loss.path for loss in losses.items}
    for key in kept:
        if not keep:
            losses.dropped(f"$.{key}", "no typed field, and keep=False")
        elif not any(p == f"$.{key}" or p.startswith((f"$.{key}.", f"$.{key}[")) for p in reported):
            losses.approximated(f"$.{key}", _KEPT_NOTE)
    if not keep:
        return article
    data = {"kept": kept, "written": {k: written[k] for k in kept if k in written}}
    return attrs.evolve(article, extra={**article.extra, KEPT: data})


_KEPT_NOTE = "no typed field: kept as imported in extra['ninjs'] and written back by to_ninjs"


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


_ROLES = frozenset(role.value for role in ContributorRole)


def _text(value: object) -> TypeGuard[str]:
    """Whether ``value`` is text that is not blank (it is then kept exactly as it is)."""
    return isinstance(value, str) and bool(value.strip())


def _article_id(uri: str, taken: set[str]) -> str:
    """The id an imported item keeps: the uri itself when it is a valid id
    (``urn:newsml:…``), the id inside our own URN, else a slug of the uri's last part."""
    if uri.startswith(_OWN_URN) and _ID_RE.fullmatch(uri[len(_OWN_URN) :]):
        ident = uri[len(_OWN_URN) :]
    elif _ID_RE.fullmatch(uri):
        ident = uri
    else:
        return slug(uri.rsplit("/", 1)[-1] or uri, taken, prefix="ninjs")
    taken.add(ident)
    return ident


def _headline(doc: dict[str, Any], losses: Losses, lenient: bool) -> str:
    headline, _ = _text_of(doc.get("headlines"), "main")
    if headline is not None and _text(headline):
        return headline
    stand_ins: list[tuple[str, Any]] = [("$.title", doc.get("title"))]
    if lenient:
        described, _ = _text_of(doc.get("descriptions"))
        stand_ins += [
            ("$.descriptions", described),
            ("$.slugline", doc.get("slugline")),
            ("$.uri", doc.get("uri")),
        ]
    for path, text in stand_ins:
        if isinstance(text, str) and _text(text):
            losses.approximated(path, f"no headline: the {path[2:]} stands as the headline")
            return text
    raise ValidationError(
        [
            Problem(
                code="ninjs_unmappable",
                path="$.headlines",
                message="no headline and no title: an Article needs a headline (read it "
                "with lenient=True to let the description, slugline or uri stand in)",
            )
        ]
    )


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
    except (RuleError, ValueError):
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
            losses.dropped(f"$.{key}", f"{doc[key]!r} is not a date-time this library reads")
    # The day the content was created is the publication date; first and current versions
    # are the updates (the publication date is not made from them).
    published = _date_of(doc.get("contentCreated"))
    if published is None and "contentCreated" in doc:
        losses.dropped("$.contentCreated", f"{doc['contentCreated']!r} is not a date")
    return published, updates


def _to_article(doc: dict[str, Any], losses: Losses, lenient: bool = False) -> Article:
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
    own_id = next(
        (
            a.get("value")
            for a in doc.get("altIds") or []
            if isinstance(a, dict) and a.get("role") == _ID_ROLE
        ),
        None,
    )
    if isinstance(own_id, str) and _ID_RE.fullmatch(own_id):
        article_id = own_id
        taken.add(own_id)
    else:
        article_id = _article_id(uri, taken)
        if article_id != uri and not uri.startswith(_OWN_URN):
            losses.approximated("$.uri", f"the uri becomes the id {article_id!r}")
    headline = _headline(doc, losses, lenient)
    body, from_markup = _text_of(doc.get("bodies"), "main")
    if from_markup:
        losses.approximated("$.bodies", "the body was markup: its text is kept, the markup not")
    language = doc.get("language")
    if not isinstance(language, str) or not re.fullmatch(
        r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", language
    ):
        language = "und"
        losses.approximated("$.language", "no usable language: written as 'und' (undetermined)")
    published, updates = _times(doc, losses)

    entities: dict[str, Any] = {}

    def read(item: Any, make: Any, prefix: str, path: str) -> str | None:
        """The id of the entity a ninjs item names: the one already read under its literal,
        else a new one (its literal as id when that is a valid id)."""
        name = item.get("name") if isinstance(item, dict) else None
        if not _text(name):
            losses.dropped(path, "an entry without a name")
            return None
        literal = item.get("literal")
        if isinstance(literal, str) and literal in entities:
            return literal
        if isinstance(literal, str) and _ID_RE.fullmatch(literal) and literal not in taken:
            ident = literal
            taken.add(ident)
        else:
            ident = slug(name, taken, prefix=prefix)
        entities[ident] = make(item, name, ident)
        return ident

    def named(name: str, make: Any = _organisation, prefix: str = "o") -> str:
        """The id of the entity already read under ``name``, whatever its kind, else of a
        new one."""
        found = next((e.id for e in entities.values() if name_of(e) == name), None)
        return found or str(read({"name": name}, make, prefix, "$"))

    contributors: list[Contributor] = []
    for key, make in (("people", _person), ("organisations", _organisation), ("places", _place)):
        items = doc.get(key)
        for i, item in enumerate(items if isinstance(items, list) else []):
            ident = read(item, make, "e", f"$.{key}[{i}]")
            rel = item.get("rel") if isinstance(item, dict) else None
            if ident is not None and rel in _ROLES and key != "places":
                contributors.append(Contributor(entity=ident, role=ContributorRole(rel)))
    by = doc.get("by")
    byline = by if _text(by) else None
    dateline = None
    if _text(doc.get("located")):
        dateline = Dateline(places=(named(doc["located"], _place, "loc"),))
        losses.approximated("$.located", "the place the item comes from is the dateline's place")
    publisher = None
    based_on: list[BasedOn] = []
    sources = doc.get("infoSources")
    for i, item in enumerate(sources if isinstance(sources, list) else []):
        org = read(item, _organisation, "o", f"$.infoSources[{i}]")
        if org is None:
            continue
        if item.get("role") == "publisher" and publisher is None:
            publisher = org
        else:
            based_on.append(BasedOn(source=org))
            if item.get("role") not in (None, "source"):
                losses.approximated(
                    f"$.infoSources[{i}].role",
                    f"info source {item['name']!r} (role {item.get('role')!r}) is read as a "
                    "source the article is based on",
                )
    rights = None
    notice, holder_name = doc.get("copyrightNotice"), doc.get("copyrightHolder")
    holder = named(holder_name) if _text(holder_name) else None
    if _text(notice):
        rights = Rights(text=notice, holder=holder)
    elif _text(holder_name):
        rights = Rights(text=holder_name, holder=holder)
        losses.approximated("$.copyrightHolder", "no notice: the holder's name is the rights line")
    media = _media(doc.get("associations"), uri, losses, read, named)
    if isinstance(doc.get("bodies"), list) and len(doc["bodies"]) > 1:
        losses.approximated("$.bodies", f"{len(doc['bodies']) - 1} other renderings of the body")
    try:
        return Article(
            id=article_id,
            headline=headline,
            body=body or "",
            language=language,
            published=published,
            updates=tuple(updates),
            dateline=dateline,
            # Our own export's uri is the article's URL, whatever its scheme; any other
            # uri is a URL only when it is http(s) (a urn:newsml uri is an identifier).
            url=as_iri(uri)
            if _IRI_RE.fullmatch(uri)
            and (article_id == own_id or uri.startswith(("http://", "https://")))
            else None,
            byline=byline,
            publisher=publisher,
            rights=rights,
            contributors=tuple(contributors),
            based_on=tuple(based_on),
            media=tuple(media),
            entities=tuple(entities.values()),
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
    "text": MediaKind.DOCUMENT,
    "picture": MediaKind.PHOTO,
    "graphic": MediaKind.GRAPHIC,
    "video": MediaKind.VIDEO,
    "audio": MediaKind.AUDIO,
}


def _media(associations: Any, uri: str, losses: Losses, read: Any, named: Any) -> list[MediaItem]:
    out: list[MediaItem] = []
    ids: set[str] = set()
    if isinstance(associations, dict):  # 1.x: an object keyed by name
        associations = [dict(v, name=k) for k, v in associations.items() if isinstance(v, dict)]
    for i, assoc in enumerate(associations if isinstance(associations, list) else []):
        path = f"$.associations[{i}]"
        if not isinstance(assoc, dict):
            continue
        kind = _MEDIA_KIND.get(str(assoc.get("type")))
        if kind is None:
            continue  # kept with the associations, written back as it was
        caption = credit = None
        for d in assoc.get("descriptions") or []:
            value = d.get("value") if isinstance(d, dict) else None
            if not _text(value):
                continue
            if d.get("role") == "creditline" and credit is None:
                credit = value
            elif d.get("role") in (None, "caption") and caption is None:
                caption = value
        if caption is None:
            headline, _ = _text_of(assoc.get("headlines"))
            caption = headline if _text(headline) else None
        creator = None
        for group, make in (("people", _person), ("organisations", _organisation)):
            for j, item in enumerate(assoc.get(group) or []):
                if isinstance(item, dict) and item.get("rel") == "creator" and creator is None:
                    creator = read(item, make, "e", f"{path}.{group}[{j}]")
        if creator is None and _text(assoc.get("by")):
            creator = named(assoc["by"])
            losses.approximated(f"{path}.by", "the item's byline names its creator")
        licence = None
        terms = assoc.get("usageTerms")
        if _text(terms):
            spdx = resolve_license(terms)
            linked = (assoc.get("rightsInfo") or {}).get("linkedRights")
            spdx_page = re.fullmatch(r"https://spdx\.org/licenses/(.+)\.html", str(linked))
            if spdx_page:  # the page of an SPDX licence names it; it is not another URL
                spdx, linked = spdx_page[1], None
            licence = License(
                text=terms,
                spdx=spdx,
                url=linked if isinstance(linked, str) and _IRI_RE.fullmatch(linked) else None,
            )
        link = assoc.get("uri")
        # An id under the item's own uri (…#photo-1) names the item, it is not where it is.
        own = isinstance(link, str) and link.partition("#")[0] == uri.partition("#")[0]
        name = assoc.get("name")
        if own and "#" in str(link):
            name = str(link).partition("#")[2]
        name = str(name or link or kind.value)
        media_id = name if _ID_RE.fullmatch(name) and name not in ids else slug(name, ids, "m")
        ids.add(media_id)
        url = (
            as_iri(link)
            if isinstance(link, str)
            and not own
            and link.startswith(("http://", "https://"))
            and _IRI_RE.fullmatch(link)
            else None
        )
        out.append(
            MediaItem(
                id=media_id,
                kind=kind,
                caption=caption,
                credit=credit,
                creator=creator,
                license=licence,
                url=url,
            )
        )
    return out

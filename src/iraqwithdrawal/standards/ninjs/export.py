"""ninjs export: an article as a ninjs 3.1 or 2.2 document, with what it cannot carry.

The typed fields are written by this module. An article read by ``from_ninjs`` also
carries the properties the model has no field for (``extra["ninjs"]``); they are written
back where the article has not changed them, and the finished document is then held to the
official schema of the version it is written in: a written-back value that breaks it is
left out and reported (see :mod:`.conform`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...errors import child_path
from ...models import (
    Article,
    ArticlePart,
    BasedOn,
    Contributor,
    Dateline,
    Entity,
    Event,
    Genre,
    Identifier,
    License,
    MediaItem,
    MediaKind,
    Moment,
    Organization,
    Person,
    Place,
    Rights,
    Update,
    UpdateKind,
)
from ...models.parts import ARTICLE_PARTS, GENRES, IPTC_GENRE
from .._common import (
    Conversion,
    Coverage,
    Losses,
    as_iri,
    as_uri,
    entities_by_id,
    iso_date,
    name_of,
    type_label,
    wikidata_uri,
)
from .conform import ABSENT, conform, plain_json
from .schema import EXPORT_VERSIONS, is_uri

__all__ = ["COVERAGE", "ID_ROLE", "KEPT", "OWN_URN", "export_document", "ninjs_uri", "to_ninjs"]

# --- export ---------------------------------------------------------------------------------

#: The key of ``Article.extra`` under which an imported ninjs document keeps the properties
#: the model does not reproduce exactly; :func:`to_ninjs` writes them back.
KEPT = "ninjs"


#: What a ninjs export carries (or judges itself); everything else is reported as lost.
COVERAGE = Coverage(
    "ninjs",
    {
        Article: "id url language headline body published dateline contributors byline publisher "
        "based_on entities media events updates rights genres parts",
        Genre: "term",
        ArticlePart: "kind at",
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
    what the model writes there since. The document validates against the official
    schema of ``version``: a kept value that does not is left out and reported."""
    if version not in EXPORT_VERSIONS:
        raise ValueError(f"ninjs export writes versions {' and '.join(EXPORT_VERSIONS)}")
    losses = Losses()
    doc = export_document(article, losses)
    written_back = _write_back(article, doc, losses)
    doc["standard"] = {
        "name": "ninjs",
        "version": version,
        "schema": f"http://www.iptc.org/std/ninjs/ninjs-schema_{version}.json",
    }
    if version == "2.2" and "embargoedUntil" in doc:
        doc["embargoed"] = doc.pop("embargoedUntil")  # its 2.x name
    if version == "2.2":
        names = _lowered(doc)
        doc = _lower_keys(doc)
        written_back = {
            names[key]: (name, _lower_keys(replaced))
            for key, (name, replaced) in written_back.items()
        }
    conform(doc, version, written_back, child_path("$", KEPT) + ".kept", losses)
    return Conversion(standard=f"ninjs {version}", document=doc, losses=tuple(losses.items))


def _write_back(
    article: Article, doc: dict[str, Any], losses: Losses
) -> dict[str, tuple[str, Any]]:
    """Write the kept properties back into ``doc`` where the article has not changed them;
    for each one written back, its name and what it replaced (see :func:`.conform`)."""
    kept = article.extra.get(KEPT)
    if kept is None:
        return {}
    if not (
        isinstance(kept, Mapping)
        and isinstance(kept.get("kept"), Mapping)
        and isinstance(kept.get("written", {}), Mapping)
    ):
        losses.dropped(child_path("$", KEPT), "not the kept ninjs data from_ninjs writes: left out")
        return {}
    written = plain_json(kept.get("written", {}))
    out = {}
    for key, original in kept["kept"].items():
        if doc.get(key) == written.get(key):
            out[key] = (key, doc.get(key, ABSENT))
            doc[key] = plain_json(original)
        else:
            losses.dropped(
                child_path(child_path("$", KEPT) + ".kept", key),
                f"the imported {key!r} is replaced by what the article now says",
            )
    return out


def ninjs_uri(article: Article) -> str:
    """The ninjs ``uri`` of an article: its URL (as a URI); else its id when the id is
    itself a URI (``urn:newsml:…``, as an import keeps it); else a URN made from the id.
    A URL that is no URI by RFC 3986 (``http://%zz/``) is not used."""
    if article.url and is_uri(as_uri(article.url)):
        return as_uri(article.url)
    if is_uri(article.id) and not article.id.startswith(OWN_URN):
        return article.id
    return OWN_URN + article.id


#: The role of the altIds entry that holds the article's id when its uri is the URL.
ID_ROLE = "iraqwithdrawal-id"
#: The URN prefix of an article with neither a URL nor a URI id.
OWN_URN = "urn:iraqwithdrawal:article:"


def export_document(article: Article, losses: Losses) -> dict[str, Any]:
    entities = entities_by_id(article)
    doc: dict[str, Any] = {"uri": ninjs_uri(article), "type": "text"}
    url_written = article.url is not None and doc["uri"] == as_uri(article.url)
    if article.url is not None and not url_written:
        losses.dropped("$.url", f"{article.url!r} is not a URI (RFC 3986) as ninjs needs")
    elif article.url is not None and as_iri(doc["uri"]) != article.url:
        losses.approximated(
            "$.url", "written as a URI: percent-escapes of non-ASCII letters read back as letters"
        )
    if url_written:
        # The uri is the URL: the id goes in altIds, with a role naming this library.
        doc["altIds"] = [{"role": ID_ROLE, "value": article.id}]
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
    _export_genres(article, doc)
    _export_parts(article, doc, losses)
    if article.events:
        doc["events"] = [
            {"name": e.summary or type_label(e), "rel": "mentions", "literal": e.id}
            for e in article.events
        ]
        losses.approximated(
            "$.events",
            "events are written as related event concepts (name and id): their types, "
            "participants, times and links are lost",
        )

    losses.account(article, COVERAGE)
    return doc


def _export_genres(article: Article, doc: dict[str, Any]) -> None:
    """``genres``: each genre's term as the literal, its label as the name, and its IPTC
    genre NewsCode as the URI when the term maps to one."""
    out = []
    for genre in article.genres:
        term = GENRES.terms().get(genre.term)
        item = {"name": term.label if term is not None and term.label else genre.term}
        code = term.mapping("iptc") if term is not None else None
        if code is not None:
            item["uri"] = IPTC_GENRE + code
        item["literal"] = genre.term
        out.append(item)
    if out:
        doc["genres"] = out


def _export_parts(article: Article, doc: dict[str, Any], losses: Losses) -> None:
    """``embargoedUntil`` from the first embargo whose moment is complete (date, time of day
    and offset); every other part of the article has no place in ninjs."""
    for i, part in enumerate(article.parts):
        stamp = part.at.isoformat() if part.at is not None else None
        embargo = part.kind in ARTICLE_PARTS and ARTICLE_PARTS.narrows(part.kind, "embargo")
        if embargo and stamp is not None and "embargoedUntil" not in doc:
            at = part.at
            assert at is not None
            doc["embargoedUntil"] = stamp[:-6] + "Z" if stamp.endswith("+00:00") else stamp
            if at.second is None or at.zone is not None or at.text is not None:
                losses.approximated(
                    f"$.parts[{i}].at",
                    "a ninjs date-time has seconds and an offset: no zone name, no printed text",
                )
            continue
        why = (
            "an embargo is written only with a complete date, time of day and offset, once"
            if embargo
            else f"ninjs has no place for a part of kind {part.kind!r}"
        )
        losses.dropped(f"$.parts[{i}]", why)


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
        item = {"name": name_of(entity), "rel": c.role, "literal": entity.id}
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
        if entity.name is None and entity.LABEL_FIELD == "name":
            losses.approximated(
                f"$.entities[{i}]", "an entity described, not named: the description is the name"
            )
        uri = wikidata_uri(entity)
        uri = as_uri(uri) if uri else None
        if uri and is_uri(uri):
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
        url = as_uri(item.url) if item.url else None
        if url is not None and not is_uri(url):
            losses.dropped(f"$.media[{i}].url", f"{item.url!r} is not a URI (RFC 3986)")
            url = None
        assoc: dict[str, Any] = {
            "name": item.id,
            # An item without a URL is named under the document's own uri.
            "uri": url or f"{doc['uri'].partition('#')[0]}#{item.id}",
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
            link = as_uri(item.license.url) if item.license.url else None
            if link is not None and not is_uri(link):
                losses.dropped(
                    f"$.media[{i}].license.url", f"{item.license.url!r} is not a URI (RFC 3986)"
                )
                link = None
            if link is None and item.license.spdx:
                link = f"https://spdx.org/licenses/{item.license.spdx}.html"
            if link and is_uri(link):
                assoc["rightsInfo"] = {"linkedRights": link}
        associations.append(assoc)
    if associations:
        doc["associations"] = associations


def _lower_name(key: str) -> str:
    return key.lower() if key != "geoJSON" else "geojson"


def _lowered(keys: Any) -> dict[str, str]:
    """The 2.x spelling of each key. A key whose lower-case spelling another key already
    has (a kept ``Uri`` beside ``uri``) keeps its own: nothing is overwritten."""
    keys = list(keys)
    out = {k: k for k in keys if _lower_name(k) == k}
    taken = set(keys)
    for key in keys:
        if key not in out:
            lower = _lower_name(key)
            out[key] = key if lower in taken else lower
            taken.add(out[key])
    return out


def _lower_keys(value: Any) -> Any:
    """ninjs 2.x spells the 3.x camelCase property names in lower case."""
    if isinstance(value, dict):
        names = _lowered(value)
        return {names[k]: _lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value

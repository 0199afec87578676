"""schema.org JSON-LD read into an article: the inverse of
:func:`~iraqwithdrawal.standards.to_schemaorg`, and a reader of the ``NewsArticle`` /
``ReportageNewsArticle`` markup news pages carry (:func:`iraqwithdrawal.bridges.pages.from_html`
finds it in a page's ``<script type="application/ld+json">`` blocks).

The article node is found at the top, in an array or in an ``@graph``; ``{"@id": ...}``
references are resolved against every node of the document. Read: ``identifier``,
``headline``, ``inLanguage``, ``articleBody``, ``url``, ``datePublished`` and
``dateModified`` (with their UTC offsets), ``dateline``, ``locationCreated``, ``publisher``,
``author``/``editor``/``translator``/``contributor``, ``isBasedOn``, ``associatedMedia`` and
``image`` (caption, credit, creator, licence), ``about`` and ``mentions`` (people,
organisations, places, events), ``hasPart`` (quotations and claims with their speakers and
relays) and ``correction``. Every other property is reported as a loss at its path in the
JSON-LD; a wrong type raises :class:`~iraqwithdrawal.ValidationError` with that path.

Our own export read back gives the same article up to the losses the export reported.
Only plain JSON-LD is read (compacted with the schema.org vocabulary, as pages write it);
no context is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from ..errors import child_path
from ..models import (
    ID_PATTERN,
    AnonymousSource,
    Article,
    Attribution,
    BasedOn,
    Claim,
    Contributor,
    ContributorRole,
    Correction,
    Dateline,
    Entity,
    Event,
    Identifier,
    Interval,
    License,
    MediaItem,
    MediaKind,
    Organization,
    PartialDate,
    Participant,
    ParticipantRole,
    Person,
    Place,
    Quote,
    RelayHop,
    Role,
    TimeExpression,
    TimeRelation,
    Update,
    UpdateKind,
)
from ..models.events import EVENT_STATUSES
from ..standards import Conversion
from ..standards.schemaorg import READ_BACK_MEDIA, READ_BACK_ORGS, READ_BACK_PLACES
from ._dicts import Reader, make_id, parse_stamp, unique_id

__all__ = ["ARTICLE_TYPES", "from_schemaorg", "nodes_of", "types_of"]

#: The node types read as the article.
ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "Article",
        "Report",
        "BlogPosting",
        "LiveBlogPosting",
    }
)
_PERSON = frozenset({"Person"})
_THING = frozenset({"Thing"})
_STRUCTURAL = frozenset({"@context", "@type", "@id"})
_ID = re.compile(ID_PATTERN)
_WIKIDATA = re.compile(r"https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[0-9]+)")
_SPDX_URL = re.compile(r"https://spdx\.org/licenses/(.+)\.html")
_ROLES = (
    ("author", ContributorRole.AUTHOR),
    ("editor", ContributorRole.EDITING),
    ("translator", ContributorRole.TRANSLATION),
    ("contributor", ContributorRole.OTHER),
)


def from_schemaorg(
    document: Any, *, id: str | None = None, language: str | None = None
) -> Conversion[Article]:
    """The article in a schema.org JSON-LD document (a dict, an array of nodes, or a dict
    with ``@graph``). ``id`` and ``language`` are used when the document gives none."""
    reader = Reader("schema.org")
    found = _find_article(reader, document)
    reader.finish()
    assert found is not None
    node, path = found
    try:
        article = _Importer(reader, document, node, path).article(id, language)
    except RecursionError:
        reader.fail(path, "too_deep", "schema.org: references nested too deeply to follow")
        article = None
    reader.finish()
    assert article is not None
    return Conversion(standard="schema.org", document=article, losses=tuple(reader.losses))


def types_of(node: Mapping[str, Any]) -> set[str]:
    """The ``@type`` of a node as a set of short names (``schema:NewsArticle`` and
    ``https://schema.org/NewsArticle`` give ``NewsArticle``)."""
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {
        re.sub(r"^(?:https?://schema\.org/|schema:)", "", n) for n in names if isinstance(n, str)
    }


def nodes_of(document: Any, path: str = "$") -> Iterator[tuple[Mapping[str, Any], str]]:
    """Every node (object) of a JSON-LD document with its path, outermost first (a walk
    with no recursion, so a deep document cannot exhaust the stack)."""
    stack: list[tuple[Any, str]] = [(document, path)]
    while stack:
        value, here = stack.pop()
        if isinstance(value, Mapping):
            yield value, here
            children = [(v, child_path(here, k)) for k, v in value.items() if isinstance(k, str)]
        elif isinstance(value, list):
            children = [(v, f"{here}[{i}]") for i, v in enumerate(value)]
        else:
            continue
        stack.extend(reversed(children))


def _find_article(reader: Reader, document: Any) -> tuple[Mapping[str, Any], str] | None:
    if not isinstance(document, (Mapping, list)):
        reader.fail("$", "wrong_type", "schema.org: expected a JSON-LD object or array", document)
        return None
    for node, path in nodes_of(document):
        if types_of(node) & ARTICLE_TYPES and "headline" in node:
            return node, path
    reader.fail(
        "$", "missing", "schema.org: no NewsArticle (or other article) node with a headline"
    )
    return None


class _Importer:
    def __init__(self, reader: Reader, document: Any, node: Mapping[str, Any], path: str) -> None:
        self.r = reader
        self.node, self.path = node, path
        self.index: dict[str, Mapping[str, Any]] = {}
        for other, _ in nodes_of(document):
            ident = other.get("@id")
            if isinstance(ident, str) and len(other) > 1:
                self.index.setdefault(ident, other)
        self.taken: set[str] = set()
        self.entities: list[Entity] = []
        self.by_node: dict[str, str] = {}  # JSON-LD @id -> our id
        self.base = ""

    # -- helpers ----------------------------------------------------------------------------

    def at(self, key: str) -> str:
        return child_path(self.path, key)

    def items(self, value: Any, path: str) -> list[tuple[Any, str]]:
        if value is None:
            return []
        if isinstance(value, list):
            return [(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return [(value, path)]

    def resolve(self, value: Any) -> Any:
        if isinstance(value, Mapping) and set(value) == {"@id"}:
            return self.index.get(value["@id"], value)
        return value

    def local_id(self, node: Mapping[str, Any], *names: str | None, prefix: str) -> str:
        """Our id for a node: its ``identifier``, the fragment of its ``@id`` under the
        article's IRI, or one made from its name."""
        ident = node.get("identifier")
        ref = node.get("@id")
        fragment = None
        if isinstance(ref, str) and "#" in ref:
            fragment = ref.partition("#")[2]
        for candidate in (ident, fragment):
            if isinstance(candidate, str) and candidate not in self.taken and _is_id(candidate):
                self.taken.add(candidate)
                return candidate
        return unique_id(make_id(*names, prefix=prefix), self.taken)

    def unknown(self, node: Mapping[str, Any], path: str, known: set[str]) -> None:
        for key, value in node.items():
            if key not in known and key not in _STRUCTURAL and value not in (None, "", []):
                self.r.dropped(child_path(path, key), f"schema.org property {key!r} is not read")

    # -- the article ------------------------------------------------------------------------

    def article(self, ident: str | None, language: str | None) -> Article | None:
        r, node = self.r, self.node
        fields: dict[str, Any] = {}
        origins: dict[str, str] = {}
        for key in ("headline", "articleBody", "url", "identifier", "inLanguage", "dateline"):
            r.text(node.get(key), self.at(key))
        headline = r.text(node.get("headline"), self.at("headline"))
        url = r.text(node.get("url"), self.at("url"))
        if url is not None:
            fields["url"], origins["url"] = url, self.at("url")
        lang = node.get("inLanguage")
        if isinstance(lang, Mapping):
            lang = lang.get("alternateName") or lang.get("name")
        lang = r.text(lang, self.at("inLanguage")) or language
        if lang is None:
            r.fail(self.at("inLanguage"), "missing", "schema.org: no inLanguage: pass language=...")
        fields["language"], origins["language"] = lang, self.at("inLanguage")
        ref = node.get("@id")
        self.base = (url or (ref if isinstance(ref, str) else "")).partition("#")[0]
        # Entities first: everything else refers to them.
        for key in ("about", "mentions"):
            for value, path in self.items(node.get(key), self.at(key)):
                value = self.resolve(value)
                if isinstance(value, Mapping) and "Event" not in types_of(value):
                    self.entity(value, path)
        self.dates(fields)
        self.credits(fields)
        self.dateline(fields)
        self.media(fields)
        events = []
        for value, path in self.items(node.get("about"), self.at("about")):
            found = self.resolve(value)
            if isinstance(found, Mapping) and "Event" in types_of(found):
                event = self.event(found, path)
                if event is not None:
                    events.append(event)
        fields["events"] = events
        quotes, claims = self.parts()
        fields["quotes"], fields["claims"] = quotes, claims
        fields["corrections"] = self.corrections()
        description = r.text(node.get("description"), self.at("description"))
        if description is not None:
            fields["subheadline"], origins["subheadline"] = description, self.at("description")
            r.approximated(self.at("description"), "the description is read as the subheadline")
        license_ = node.get("license")
        if license_ not in (None, ""):
            text = license_ if isinstance(license_, str) else _name(license_)
            if text:
                fields["rights"] = r.build(self.at("license"), _rights, text=text)
                r.approximated(self.at("license"), "the licence is read as the rights line")
        fields["entities"] = self.entities
        given = r.text(node.get("identifier"), self.at("identifier"))
        path_part = urlsplit(url).path.rstrip("/").rpartition("/")[2] if url else None
        fields["id"] = (
            ident
            or (given if given and _is_id(given) else None)
            or make_id(path_part, headline, prefix="article")
        )
        self.unknown(node, self.path, _ARTICLE_KEYS)
        if headline is None:
            r.fail(self.at("headline"), "missing", "schema.org: the headline is empty")
            return None
        origins["headline"] = self.at("headline")
        body = node.get("articleBody")
        body = body if isinstance(body, str) else ""
        return r.build(self.path, Article, origins, headline=headline, body=body, **fields)

    def dates(self, fields: dict[str, Any]) -> None:
        updates: list[Update] = []
        for key, kind in (
            ("datePublished", UpdateKind.PUBLISHED),
            ("dateModified", UpdateKind.MODIFIED),
        ):
            path = self.at(key)
            text = self.r.text(self.node.get(key), path)
            if text is None:
                continue
            try:
                stamp = parse_stamp(text, zero_seconds_unstated=True)
            except ValueError as err:
                self.r.fail(path, "date_format", f"schema.org: {err}", text)
                continue
            if stamp.fraction:
                self.r.approximated(path, "fractions of a second are not kept")
            if kind is UpdateKind.PUBLISHED:
                fields["published"] = stamp.date
            if stamp.moment is not None:
                updates.append(Update(kind=kind, at=stamp.moment))
            elif kind is UpdateKind.MODIFIED:
                self.r.dropped(path, "a modification date with no time of day (an update has one)")
        fields["updates"] = updates

    def credits(self, fields: dict[str, Any]) -> None:
        publisher = self.node.get("publisher")
        if publisher is not None:
            who = self.who(publisher, self.at("publisher"))
            if who is not None and isinstance(self.entity_by_id(who), Organization):
                fields["publisher"] = who
            elif who is not None:
                self.r.dropped(self.at("publisher"), "a publisher that is not an organisation")
        contributors: list[Contributor] = []
        for key, role in _ROLES:
            for value, path in self.items(self.node.get(key), self.at(key)):
                node = self.resolve(value)
                if isinstance(node, str) or (
                    isinstance(node, Mapping) and "@id" not in node and "identifier" not in node
                ):
                    text = node if isinstance(node, str) else _name(node)
                    if text:
                        contributors.append(Contributor(text=text, role=role.value))
                        if isinstance(node, Mapping):
                            self.unknown(node, path, {"name"})
                    else:
                        self.r.dropped(path, "a contributor with no name")
                    continue
                who = self.who(value, path)
                if who is not None:
                    contributors.append(Contributor(entity=who, role=role.value))
        fields["contributors"] = contributors
        based: list[BasedOn] = []
        for value, path in self.items(self.node.get("isBasedOn"), self.at("isBasedOn")):
            work = self.resolve(value)
            who = self.publisher_of(work, path)
            if who is None or not isinstance(work, Mapping):
                continue
            text = self.r.text(work.get("description"), child_path(path, "description"))
            based.append(BasedOn(source=who, text=text))
            self.unknown(work, path, {"publisher", "description", "mentions"})
        fields["based_on"] = based

    def dateline(self, fields: dict[str, Any]) -> None:
        text = self.r.text(self.node.get("dateline"), self.at("dateline"))
        places = [
            who
            for value, path in self.items(
                self.node.get("locationCreated"), self.at("locationCreated")
            )
            if (who := self.who(value, path)) is not None
        ]
        if text is not None or places:
            fields["dateline"] = self.r.build(
                self.at("dateline"), Dateline, text=text, places=places
            )

    # -- entities ---------------------------------------------------------------------------

    def entity_by_id(self, ident: str) -> Entity | None:
        return next((e for e in self.entities if e.id == ident), None)

    def who(self, value: Any, path: str) -> str | None:
        """Our id for an entity given by reference or inline; a reference to no node of
        the document is a problem."""
        ref = value.get("@id") if isinstance(value, Mapping) else None
        if isinstance(ref, str) and ref in self.by_node:
            return self.by_node[ref]
        node = self.resolve(value)
        if isinstance(node, Mapping) and set(node) == {"@id"}:
            self.r.fail(path, "unresolved", f"schema.org: {ref!r} names no node", ref)
            return None
        if isinstance(node, Mapping):
            made = self.entity(node, path)
            return made.id if made is not None else None
        self.r.dropped(path, "a value that is not a node (a person, organisation or place)")
        return None

    def entity(self, node: Mapping[str, Any], path: str) -> Entity | None:
        ref = node.get("@id")
        if isinstance(ref, str) and ref in self.by_node:
            return self.entity_by_id(self.by_node[ref])
        types = types_of(node)
        name = self.r.text(node.get("name"), child_path(path, "name"))
        description = self.r.text(node.get("description"), child_path(path, "description"))
        common: dict[str, Any] = {}
        alt = self.r.texts(node.get("alternateName"), child_path(path, "alternateName"))
        if alt:
            common["aliases"] = [a for a, _ in alt]
        same = [s for s, _ in self.r.texts(node.get("sameAs"), child_path(path, "sameAs"))]
        ids = [
            Identifier(scheme="wikidata", value=m[1]) for s in same if (m := _WIKIDATA.fullmatch(s))
        ]
        if ids:
            common["identifiers"] = ids
        known = {"identifier", "name", "description", "alternateName", "sameAs"}
        ident = self.local_id(node, name, description, prefix="entity")
        if isinstance(ref, str):
            self.by_node[ref] = ident
        made: Entity | None
        if types & _PERSON:
            roles = self.roles(node, path)
            known |= {"jobTitle", "affiliation"}
            made = self.r.build(
                path, Person, id=ident, name=name, description=description, roles=roles, **common
            )
        elif kind := _kind_of(types, READ_BACK_ORGS, "other", "Organization"):
            known |= {"parentOrganization", "location"}
            parent = self.ref_id(
                node.get("parentOrganization"), child_path(path, "parentOrganization")
            )
            country = self.ref_id(node.get("location"), child_path(path, "location"))
            made = self.r.build(
                path,
                Organization,
                id=ident,
                name=name,
                description=description,
                kind=kind,
                parent=parent,
                country=country,
                **common,
            )
        elif place := _kind_of(types, READ_BACK_PLACES, "other", "Place"):
            known.add("containedInPlace")
            within = self.ref_id(node.get("containedInPlace"), child_path(path, "containedInPlace"))
            made = self.r.build(
                path,
                Place,
                id=ident,
                name=name,
                description=description,
                kind=place,
                within=within,
                **common,
            )
        elif types & _THING and description is not None:
            made = self.r.build(path, AnonymousSource, id=ident, description=description, **common)
        else:
            self.r.dropped(path, f"a node of type {sorted(types)} is not an entity this model has")
            return None
        if made is not None:
            self.entities.append(made)
            self.unknown(node, path, known)
        return made

    def ref_id(self, value: Any, path: str) -> str | None:
        """The id a reference names, entity made on first sight."""
        return None if value is None else self.who(value, path)

    def roles(self, node: Mapping[str, Any], path: str) -> list[Role]:
        titles = self.r.texts(node.get("jobTitle"), child_path(path, "jobTitle"))
        orgs = [
            self.who(v, p)
            for v, p in self.items(node.get("affiliation"), child_path(path, "affiliation"))
        ]
        paired = len(orgs) == len(titles)
        if orgs and not paired:
            self.r.dropped(
                child_path(path, "affiliation"), "affiliations that pair with no job title"
            )
        return [
            Role(title=title, organization=orgs[i] if paired else None)
            for i, (title, _) in enumerate(titles)
        ]

    # -- media ------------------------------------------------------------------------------

    def media(self, fields: dict[str, Any]) -> None:
        items: list[MediaItem] = []
        urls: set[str] = set()
        seen: set[int] = set()
        for key in ("associatedMedia", "image"):
            for value, path in self.items(self.node.get(key), self.at(key)):
                node = self.resolve(value)
                if id(node) in seen:
                    continue
                seen.add(id(node))
                if isinstance(node, str):
                    node = {"@type": "ImageObject", "contentUrl": node}
                if not isinstance(node, Mapping):
                    self.r.fail(
                        path, "wrong_type", "schema.org: expected a media object or URL", node
                    )
                    continue
                url = node.get("contentUrl") or node.get("url")
                if isinstance(url, str) and url in urls:
                    continue
                item = self.media_item(node, path)
                if item is not None:
                    items.append(item)
                    if item.url:
                        urls.add(item.url)
        fields["media"] = items

    def media_item(self, node: Mapping[str, Any], path: str) -> MediaItem | None:
        r = self.r
        types = types_of(node)
        kind = next((k for t, k in READ_BACK_MEDIA.items() if t in types), None)
        if kind is None:
            r.dropped(path, f"a media node of type {sorted(types)}")
            return None
        url = r.text(node.get("contentUrl") or node.get("url"), child_path(path, "contentUrl"))
        caption_key = "description" if kind is MediaKind.DOCUMENT else "caption"
        caption = r.text(node.get(caption_key), child_path(path, caption_key))
        credit = r.text(node.get("creditText"), child_path(path, "creditText"))
        creator = node.get("creator")
        creator_id = self.who(creator, child_path(path, "creator")) if creator else None
        mentioned = self.items(node.get("mentions"), child_path(path, "mentions"))
        if creator is None and len(mentioned) == 1:  # a creator neither person nor organisation
            creator_id = self.who(*mentioned[0])
        item = r.build(
            path,
            MediaItem,
            id=self.local_id(
                node, "image" if kind is MediaKind.PHOTO else kind.value, prefix="media"
            ),
            kind=kind,
            url=url,
            caption=caption,
            credit=credit,
            creator=creator_id,
            license=self.license(node, path),
        )
        self.unknown(
            node,
            path,
            {"contentUrl", "url", caption_key, "creditText", "creator", "license", "usageInfo"}
            | ({"mentions"} if creator is None and len(mentioned) == 1 else set()),
        )
        return item

    def license(self, node: Mapping[str, Any], path: str) -> License | None:
        value = node.get("license")
        if value is None:
            return None
        usage = _name(node.get("usageInfo"))
        if isinstance(value, str):
            spdx_match = _SPDX_URL.fullmatch(value)
            text = usage or value
            spdx = spdx_match[1] if spdx_match else None
            url = None if spdx_match else value
            return self.r.build(child_path(path, "license"), License, text=text, spdx=spdx, url=url)
        name = _name(value)
        if not name:
            self.r.dropped(child_path(path, "license"), "a licence with neither URL nor name")
            return None
        return self.r.build(child_path(path, "license"), License, text=name)

    # -- quotes, claims, events -------------------------------------------------------------

    def attribution(self, node: Mapping[str, Any], path: str) -> Attribution:
        """Speaker (``creator``, or an unnamed source the statement mentions), co-sources
        (``contributor``, then other unnamed sources mentioned) and relays (the publishers
        of the works it is based on)."""
        source = None
        creator = node.get("creator")
        if creator is not None:
            source = self.who(creator, child_path(path, "creator"))
        joint = [
            w
            for v, p in self.items(node.get("contributor"), child_path(path, "contributor"))
            if (w := self.who(v, p)) is not None
        ]
        for value, p in self.items(node.get("mentions"), child_path(path, "mentions")):
            ident = self.who(value, p)
            if ident is None:
                continue
            if not isinstance(self.entity_by_id(ident), AnonymousSource):
                self.r.dropped(p, "an entity a statement mentions")
            elif source is None and creator is None:
                source = ident
            else:
                joint.append(ident)
        relay = []
        for value, p in self.items(node.get("isBasedOn"), child_path(path, "isBasedOn")):
            via = self.publisher_of(self.resolve(value), p)
            if via is not None:
                relay.append(RelayHop(via=via))
        return Attribution(source=source, joint_with=joint, relay=relay)

    def publisher_of(self, work: Any, path: str) -> str | None:
        """Who published a work: its ``publisher``, or the one entity it mentions (how the
        export credits an outlet that is neither person nor organisation)."""
        if not isinstance(work, Mapping):
            self.r.dropped(path, "a work that is not a node")
            return None
        publisher = work.get("publisher")
        if publisher is not None:
            return self.who(publisher, child_path(path, "publisher"))
        mentioned = self.items(work.get("mentions"), child_path(path, "mentions"))
        if len(mentioned) == 1:
            return self.who(*mentioned[0])
        self.r.dropped(path, "a work with no publisher to credit")
        return None

    def parts(self) -> tuple[list[Quote], list[Claim]]:
        quotes: list[Quote] = []
        claims: list[Claim] = []
        for value, path in self.items(self.node.get("hasPart"), self.at("hasPart")):
            node = self.resolve(value)
            if not isinstance(node, Mapping):
                self.r.dropped(path, "a part that is not a node")
                continue
            types = types_of(node)
            text = self.r.text(node.get("text"), child_path(path, "text"))
            about = [
                w
                for v, p in self.items(node.get("about"), child_path(path, "about"))
                if (w := self.about_id(v, p)) is not None
            ]
            known = {"text", "about", "creator", "mentions", "contributor", "isBasedOn"}
            if "Quotation" in types and text is not None:
                made: Any = self.r.build(
                    path,
                    Quote,
                    id=self.local_id(node, prefix="q"),
                    text=text,
                    attribution=self.attribution(node, path),
                    about=about,
                )
                if made is not None:
                    quotes.append(made)
            elif "Claim" in types and text is not None:
                known |= {"description", "appearance"}
                summary = self.r.text(node.get("description"), child_path(path, "description"))
                made = self.r.build(
                    path,
                    Claim,
                    id=self.local_id(node, prefix="c"),
                    text=text,
                    summary=summary,
                    attribution=self.attribution(node, path),
                    about=about,
                )
                if made is not None:
                    claims.append(made)
            else:
                self.r.dropped(path, f"a part of type {sorted(types)} (not a quotation or claim)")
                continue
            self.unknown(node, path, known)
        return quotes, claims

    def about_id(self, value: Any, path: str) -> str | None:
        ref = value.get("@id") if isinstance(value, Mapping) else None
        if isinstance(ref, str) and "#" in ref and ref not in self.by_node:
            fragment = ref.partition("#")[2]
            if _is_id(fragment) and ref.partition("#")[0] == self.base:
                return fragment  # an event or claim of this article
        return self.who(value, path)

    def event(self, node: Mapping[str, Any], path: str) -> Event | None:
        r = self.r
        event_type = r.text(node.get("keywords"), child_path(path, "keywords"))
        if event_type is None:
            r.dropped(path, "an event with no event type (keywords)")
            return None
        name = r.text(node.get("name"), child_path(path, "name"))
        named: dict[str, Any] = {}
        if "description" in node:  # a named event: see the schema.org exporter
            named["name"] = name
            name = r.text(node.get("description"), child_path(path, "description"))
        aliases = r.texts(node.get("alternateName"), child_path(path, "alternateName"))
        if aliases:
            named["aliases"] = [a for a, _ in aliases]
        identifiers = [
            i
            for v, p in self.items(node.get("identifier"), child_path(path, "identifier"))
            if (i := self.property_value(v, p)) is not None
        ]
        if identifiers:
            named["identifiers"] = identifiers
        if node.get("superEvent") is not None:
            named["series"] = self.about_id(node["superEvent"], child_path(path, "superEvent"))
        status = None
        state = node.get("eventStatus")
        if state is not None:
            ref = state.get("@id") if isinstance(state, Mapping) else state
            status = _status_of(ref)
            if status is None:
                r.dropped(child_path(path, "eventStatus"), f"event status {ref!r}")
        locations = [
            w
            for v, p in self.items(node.get("location"), child_path(path, "location"))
            if (w := self.who(v, p)) is not None
        ]
        participants = [
            Participant(entity=w, role=ParticipantRole.OTHER.value)
            for v, p in self.items(node.get("about"), child_path(path, "about"))
            if (w := self.who(v, p)) is not None
        ]
        time = self.event_time(node, path)
        event = r.build(
            path,
            Event,
            id=self.local_id(node, name, prefix="ev"),
            event_type=event_type,
            status=status,
            locations=locations,
            participants=participants,
            time=time,
            **named,
        )
        if event is not None and name is not None and name != event.type_info.label:
            event = r.build(path, _with_summary, event=event, summary=name)
        known = {"keywords", "name", "eventStatus", "location", "about", "startDate", "endDate"}
        known |= {"description", "alternateName", "identifier", "superEvent"}
        self.unknown(node, path, known)
        return event

    def property_value(self, value: Any, path: str) -> Identifier | None:
        """An identifier written as a schema.org ``PropertyValue`` (its ``propertyID`` the
        scheme); anything else is reported and left out."""
        node = self.r.mapping(value, path) if isinstance(value, Mapping) else None
        scheme = text = None
        if node is not None:
            scheme = self.r.text(node.get("propertyID"), child_path(path, "propertyID"))
            text = node.get("value")
        if scheme is None or not isinstance(text, str) or not text.strip():
            self.r.dropped(path, "an identifier that is not a PropertyValue with an ID and value")
            return None
        return Identifier(scheme=scheme, value=text)

    def event_time(self, node: Mapping[str, Any], path: str) -> TimeExpression | None:
        dates: list[PartialDate | None] = []
        for key in ("startDate", "endDate"):
            text = self.r.text(node.get(key), child_path(path, key))
            if text is None:
                dates.append(None)
                continue
            try:
                stamp = parse_stamp(text)
            except ValueError as err:
                self.r.fail(child_path(path, key), "date_format", f"schema.org: {err}", text)
                dates.append(None)
                continue
            if stamp.moment is not None:
                self.r.approximated(
                    child_path(path, key), "the time of day of an event is not kept"
                )
            dates.append(stamp.date)
        start, end = dates
        if end is not None:
            return TimeExpression(
                relation=TimeRelation.BETWEEN, interval=Interval(start=start, end=end)
            )
        if start is not None:
            return TimeExpression(relation=TimeRelation.ON, date=start)
        return None

    def corrections(self) -> list[Correction]:
        out = []
        for value, path in self.items(self.node.get("correction"), self.at("correction")):
            text = value if isinstance(value, str) else _name(value, "text")
            if text:
                made = self.r.build(path, Correction, text=text)
                if made is not None:
                    out.append(made)
            else:
                self.r.dropped(path, "a correction with no text")
        return out


_ARTICLE_KEYS = {
    "identifier",
    "headline",
    "inLanguage",
    "articleBody",
    "url",
    "datePublished",
    "dateModified",
    "dateline",
    "locationCreated",
    "publisher",
    "author",
    "editor",
    "translator",
    "contributor",
    "isBasedOn",
    "associatedMedia",
    "image",
    "about",
    "mentions",
    "hasPart",
    "correction",
    "description",
    "license",
}


def _is_id(text: str) -> bool:
    """Whether ``text`` is an id of this library (``ID_PATTERN``)."""
    return _ID.fullmatch(text) is not None


def _name(value: Any, key: str = "name") -> str | None:
    if isinstance(value, Mapping) and isinstance(value.get(key), str) and value[key].strip():
        return str(value[key])
    return None


def _status_of(ref: Any) -> str | None:
    """The event status term a schema.org EventStatusType IRI is read back as (the first
    term mapped to it)."""
    if not isinstance(ref, str):
        return None
    for name, term in EVENT_STATUSES.terms().items():
        kind = term.mapping("schemaorg")
        if kind is not None and ref.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == kind:
            return name
    return None


def _kind_of(types: set[str], table: Mapping[str, Any], fallback: Any, base: str) -> Any:
    for name, kind in table.items():
        if name in types:
            return kind
    return fallback if base in types else None


def _rights(text: str) -> Any:
    from ..models import Rights

    return Rights(text=text)


def _with_summary(event: Event, summary: str) -> Event:
    return attrs.evolve(event, summary=summary)

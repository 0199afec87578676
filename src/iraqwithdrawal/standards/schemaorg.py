"""schema.org JSON-LD: the article as a ``NewsArticle`` with its people, organisations,
places, quotations, claims and events.

The context is embedded (``@vocab`` https://schema.org/), so the output turns into RDF
offline. Every term written is a term of schema.org 30.0. Dates are written only as precisely
as the text gives them: a dateline with no year stays the printed text, and an inferred year
is never written as if it were printed. Where schema.org has no exact term, the losses say
so.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any

from ..models import (
    DOCUMENT_KINDS,
    AnonymousSource,
    Article,
    Attribution,
    BasedOn,
    Claim,
    Contributor,
    ContributorRole,
    Correction,
    Dateline,
    Document,
    Entity,
    Event,
    Genre,
    Identifier,
    License,
    MediaItem,
    MediaKind,
    Moment,
    Organization,
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
from ..models.article import CONTRIBUTOR_ROLES
from ..models.entities import ORGANIZATION_KINDS, PLACE_KINDS
from ..models.events import EVENT_STATUSES
from ..models.parts import GENRES
from ..models.vocabulary import Vocabulary
from ._common import (
    Conversion,
    Coverage,
    Losses,
    article_uri,
    entities_by_id,
    iso_partial,
    node_uri,
    stated_dates,
    type_label,
    wikidata_uri,
)

__all__ = [
    "READ_BACK_MEDIA",
    "READ_BACK_ORGS",
    "READ_BACK_PLACES",
    "SCHEMA_CONTEXT",
    "to_schemaorg",
]

#: The embedded JSON-LD context: every key is a schema.org term.
SCHEMA_CONTEXT: dict[str, Any] = {"@vocab": "https://schema.org/"}


class _TermTypes(Mapping[str, str]):
    """Term name to schema.org type, read from the terms' ``schemaorg`` mappings each time
    (a term registered later counts)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def _table(self) -> dict[str, str]:
        found = ((n, t.mapping("schemaorg")) for n, t in self.vocabulary.terms().items())
        return {name: kind for name, kind in found if kind is not None}

    def __getitem__(self, key: str) -> str:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


class _ReadBack(_TermTypes):
    """schema.org type to the term it is read back as: the first registered term mapped
    to it (``government`` for GovernmentOrganization, not ``ministry``)."""

    def _table(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, kind in super()._table().items():
            out.setdefault(kind, name)
        return out


_ORG_TYPES = _TermTypes(ORGANIZATION_KINDS)
_PLACE_TYPES = _TermTypes(PLACE_KINDS)
_MEDIA_TYPES = {
    MediaKind.PHOTO: "ImageObject",
    MediaKind.GRAPHIC: "ImageObject",
    MediaKind.MAP: "ImageObject",
    MediaKind.VIDEO: "VideoObject",
    MediaKind.AUDIO: "AudioObject",
    MediaKind.DOCUMENT: "MediaObject",
}
#: The kind each schema.org type is read back as (``iraqwithdrawal.bridges.jsonld``); a kind
#: written as a type it does not read back from is reported as approximated.
READ_BACK_ORGS: Mapping[str, str] = _ReadBack(ORGANIZATION_KINDS)
READ_BACK_PLACES: Mapping[str, str] = _ReadBack(PLACE_KINDS)
READ_BACK_MEDIA = {
    "ImageObject": MediaKind.PHOTO,
    "VideoObject": MediaKind.VIDEO,
    "AudioObject": MediaKind.AUDIO,
    "MediaObject": MediaKind.DOCUMENT,
}
#: Kinds written as the schema.org type they share with other kinds (a ministry is a
#: GovernmentOrganization, as a government is): reported as approximated. The kind that
#: the type is read back as is not.
_EXACT_MEDIA = frozenset({MediaKind.PHOTO})

#: What the JSON-LD carries (or judges itself); everything else is reported as lost.
COVERAGE = Coverage(
    "schema.org",
    {
        Article: "id headline language body url published dateline publisher contributors "
        "based_on media entities quotes claims events corrections updates genres",
        Genre: "term",
        Update: "kind at",
        Moment: "date hour minute second utc_offset zone",
        Dateline: "text places time",
        Contributor: "entity role",
        BasedOn: "source text",
        MediaItem: "id kind url caption credit creator license",
        License: "text spdx url",
        Entity: "id aliases identifiers",
        Person: "id aliases identifiers name description roles",
        Organization: "id aliases identifiers name description kind parent country",
        Place: "id aliases identifiers name description kind within",
        AnonymousSource: "id aliases identifiers description",
        Document: "id aliases identifiers name description issuers url",
        Identifier: "scheme value",
        Role: "title organization",
        Quote: "id text attribution about",
        Claim: "id text summary attribution about",
        Attribution: "source joint_with relay",
        RelayHop: "via",
        Event: "id event_type summary status locations participants time name aliases "
        "identifiers series",
        Participant: "entity",
        TimeExpression: "relation date interval",
        Correction: "text",
    },
)

#: Properties whose range is Person alone.
_PEOPLE_ONLY = frozenset({"editor"})

#: Roles whose property reads back as the same role, or that report their loss otherwise.
_EXACT_ROLES = frozenset({"author", "editing", "translation", "additional_reporting"})


def _role_property(role: str) -> str:
    """The property a contributor's role is written in: its term's ``schemaorg`` mapping."""
    if role in CONTRIBUTOR_ROLES:
        return CONTRIBUTOR_ROLES.get(role).mapping("schemaorg") or "contributor"
    return "contributor"


def _shared(kind: Any, types: Mapping[Any, str], exact: Collection[Any]) -> bool:
    """Whether ``kind`` is written as a type other kinds are written as too, and is not
    the one kind that type is read back as (in ``exact``)."""
    if kind in exact or kind not in types:
        return False
    return sum(t == types[kind] for t in types.values()) > 1


def _status_type(status: str) -> str | None:
    """The schema.org EventStatusType of an event status term, from its mappings."""
    if status not in EVENT_STATUSES:
        return None
    return EVENT_STATUSES.get(status).mapping("schemaorg")


def to_schemaorg(article: Article) -> Conversion[dict[str, Any]]:
    """The article as schema.org JSON-LD (one ``NewsArticle`` node with nested nodes)."""
    writer = _Writer(article)
    document = writer.write()
    return Conversion(standard="schema.org", document=document, losses=tuple(writer.losses.items))


class _Writer:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.losses = Losses()
        self.entities = entities_by_id(article)

    def ref(self, ident: str) -> dict[str, Any]:
        return {"@id": node_uri(self.article, ident)}

    def credit(
        self, node: dict[str, Any], prop: str, ident: str, path: str, many: bool = True
    ) -> None:
        """``node[prop]`` names ``ident`` when it is a person or an organisation (the range
        of schema.org's author, creator, publisher ...); anything else is mentioned by the
        work instead, and reported."""
        entity = self.entities.get(ident)
        if prop in _PEOPLE_ONLY and isinstance(entity, Organization):
            self.losses.approximated(
                path, f"schema.org's {prop} is a person: the organisation is a contributor"
            )
            prop = "contributor"
        if isinstance(entity, (Person, Organization)):
            if many:
                node.setdefault(prop, []).append(self.ref(ident))
            else:
                node[prop] = self.ref(ident)
            return
        node.setdefault("mentions", []).append(self.ref(ident))
        kind = type(entity).__name__ if entity is not None else "unknown entity"
        self.losses.approximated(
            path,
            f"a {kind} is not a person or organisation, as schema.org's {prop} requires: "
            "the work mentions it",
        )

    def write(self) -> dict[str, Any]:
        a, losses = self.article, self.losses
        doc: dict[str, Any] = {
            "@context": SCHEMA_CONTEXT,
            "@type": self.article_type(),
            "@id": article_uri(a),
            "identifier": a.id,
            "headline": a.headline,
            "inLanguage": a.language,
        }
        if a.body:
            doc["articleBody"] = a.body
        if a.url:
            doc["url"] = a.url
        self.dates(doc)
        if a.publisher is not None:
            self.credit(doc, "publisher", a.publisher, "$.publisher", many=False)
        for i, c in enumerate(a.contributors):
            prop = _role_property(c.role)
            if c.entity is not None:
                self.credit(doc, prop, c.entity, f"$.contributors[{i}].entity")
            else:  # printed only ("Our Correspondent"): a name with no node of its own
                doc.setdefault(prop, []).append({"@type": "Person", "name": c.text})
                losses.approximated(
                    "$.contributors", "a contributor known only by the printed text"
                )
            if c.role not in _EXACT_ROLES:
                losses.approximated(
                    f"$.contributors[{i}].role", f"role {c.role!r} written as {prop}"
                )
            if c.role == ContributorRole.ADDITIONAL_REPORTING.value or (
                c.role == ContributorRole.EDITING.value
                and isinstance(self.entities.get(c.entity or ""), Organization)
            ):
                losses.approximated(
                    f"$.contributors[{i}].role",
                    f"role {c.role!r} has no schema.org property of its own here: it "
                    "reads back as another role",
                )
        if a.based_on:
            doc["isBasedOn"] = []
            for i, b in enumerate(a.based_on):
                work: dict[str, Any] = {"@type": "CreativeWork"}
                self.credit(work, "publisher", b.source, f"$.based_on[{i}].source", many=False)
                if b.text:
                    work["description"] = b.text
                doc["isBasedOn"].append(work)
            losses.approximated(
                "$.based_on",
                "the outlets the article is based on are written as creative works they "
                "published (isBasedOn takes works, not organisations)",
            )
        if a.media:
            doc["associatedMedia"] = [self.media(i) for i in range(len(a.media))]
            # Google's NewsArticle wants ``image``: the photos and graphics with a URL.
            images = [
                {"@id": node_uri(a, m.id)}
                for m in a.media
                if m.url and _MEDIA_TYPES[m.kind] == "ImageObject"
            ]
            if images:
                doc["image"] = images
        about, mentions = self.entity_nodes()
        events = [self.event(i) for i in range(len(a.events))]
        if about or events:
            doc["about"] = about + events
        if mentions:
            doc["mentions"] = mentions
        parts = [self.quote(i) for i in range(len(a.quotes))]
        parts += [self.claim(i) for i in range(len(a.claims))]
        if parts:
            doc["hasPart"] = parts
        for fix in a.corrections:
            doc.setdefault("correction", []).append(fix.text)
        losses.account(a, COVERAGE)
        return doc

    def article_type(self) -> str:
        """The type of the first genre whose term maps to a kind of ``NewsArticle``
        (``AnalysisNewsArticle``...), else ``NewsArticle``; every genre not written as
        itself is reported."""
        written: str | None = None
        for i, genre in enumerate(self.article.genres):
            term = GENRES.terms().get(genre.term)
            mapped = term.mapping("schemaorg") if term is not None else None
            path = f"$.genres[{i}].term"
            if mapped is None or not mapped.endswith("NewsArticle"):
                self.losses.dropped(
                    f"$.genres[{i}]",
                    f"genre {genre.term!r} has no kind of NewsArticle of its own"
                    + (f" ({mapped} is not one)" if mapped else ""),
                )
            elif written is not None:
                self.losses.dropped(f"$.genres[{i}]", "the article is written as one type")
            else:
                written = mapped
                sharing = sorted(
                    t.name for t in GENRES.terms().values() if t.mapping("schemaorg") == mapped
                )
                if len(sharing) > 1:
                    self.losses.approximated(
                        path, f"written as {mapped}, a type {', '.join(sharing)} share"
                    )
        return written or "NewsArticle"

    def dates(self, doc: dict[str, Any]) -> None:
        a, losses = self.article, self.losses
        if a.published is not None:
            iso = iso_partial(a.published)
            if iso is not None:
                doc["datePublished"] = iso
                if a.published.division is not None:
                    losses.dropped("$.published", "a season or quarter: written as the year alone")
            else:
                losses.dropped(
                    "$.published",
                    f"publication date {a.published.to_edtf()} has no year or is qualified; "
                    "schema.org dates cannot say so and no year is invented",
                )
        self.updates(doc)
        dateline = a.dateline
        if dateline is not None and not (dateline.text or dateline.places or dateline.time):
            losses.dropped("$.dateline", "an empty dateline")
        if dateline is not None:
            if dateline.text:
                doc["dateline"] = dateline.text
            if dateline.places:
                doc["locationCreated"] = [self.ref(p) for p in dateline.places]
            time = dateline.time
            if time is not None and time.date is not None:
                printed = time.date.to_edtf()
                note = f"the dateline's date {printed} is kept only as the printed text" + (
                    " (no year printed)" if time.date.year is None else ""
                )
                if time.inferred is not None:
                    losses.dropped(
                        "$.dateline.time.inferred",
                        f"the inferred date {time.inferred.to_edtf()} (not printed) is not "
                        "written as a schema.org date",
                    )
                losses.approximated("$.dateline.time", note)
            elif time is not None:
                losses.dropped("$.dateline.time", "a dateline time with no date")

    def updates(self, doc: dict[str, Any]) -> None:
        """``datePublished`` and ``dateModified`` with time and zone from the printed
        updates: the first publication, and the latest change."""
        changed: list[tuple[int, str]] = []
        published: list[int] = []
        for index, update in enumerate(self.article.updates):
            path = f"$.updates[{index}]"
            iso = update.at.isoformat()
            if iso is None or update.at.utc_offset is None:
                self.losses.dropped(
                    path,
                    "an update whose time has no full date or no UTC offset is not written: "
                    "schema.org dates need both",
                )
            else:
                self.moment(update.at, f"{path}.at")
                if update.kind is UpdateKind.PUBLISHED:
                    doc["datePublished"] = iso
                    published.append(index)
                else:
                    changed.append((index, iso))
                    if update.kind is not UpdateKind.MODIFIED:
                        self.losses.approximated(
                            f"{path}.kind",
                            f"an update of kind {update.kind.value!r} is written as "
                            "dateModified, which does not say whether it was an update or a "
                            "correction",
                        )
            if iso is not None and update.at.zone:
                self.losses.dropped(
                    f"{path}.at.zone",
                    f"the zone as printed ({update.at.zone!r}): schema.org dates carry the "
                    "offset only",
                )
            if update.text:
                self.losses.dropped(f"{path}.text", "the printed words of an update notice")
        for index in published[:-1]:
            self.losses.dropped(
                f"$.updates[{index}]", "an earlier publication time: schema.org keeps one"
            )
        if published:
            date = self.article.updates[published[-1]].at.date
            if self.article.published is None:
                self.losses.approximated(
                    f"$.updates[{published[-1]}].at",
                    "the publication time is written as datePublished, which also reads as "
                    "the publication date",
                )
            elif self.article.published != date:
                self.losses.dropped(
                    "$.published", "the publication time's date is written in its place"
                )
        if changed:
            doc["dateModified"] = changed[-1][1]
            for index, _iso in changed[:-1]:
                self.losses.dropped(
                    f"$.updates[{index}]", "an earlier change: schema.org keeps the latest"
                )

    def moment(self, at: Moment, path: str) -> None:
        """Report what an ISO 8601 time loses of a printed one."""
        if at.minute is None:
            self.losses.approximated(path, "a time with no minutes printed is written with :00")
        if at.second == 0:
            self.losses.approximated(
                f"{path}.second", "second 0 is written as :00, which reads back as unprinted"
            )
        if at.date is not None and (at.date.approximate or at.date.uncertain):
            self.losses.dropped(f"{path}.date", "a qualified date is written as a plain one")

    # -- entities ---------------------------------------------------------------------------

    def entity_nodes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        participants = {
            p.entity
            for e in self.article.events
            for p in e.participants
            if p.role == ParticipantRole.AGENT.value
        }
        about: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        for i, entity in enumerate(self.article.entities):
            node = self.entity(i, entity)
            (about if entity.id in participants else mentions).append(node)
        return about, mentions

    def entity(self, index: int, entity: Entity) -> dict[str, Any]:
        path, losses = f"$.entities[{index}]", self.losses
        node: dict[str, Any] = {"@id": node_uri(self.article, entity.id), "identifier": entity.id}
        if isinstance(entity, Person):
            node["@type"] = "Person"
            if entity.name is not None:
                node["name"] = entity.name
            if entity.description is not None:
                node["description"] = entity.description
            if entity.roles:
                node["jobTitle"] = [r.title for r in entity.roles]
                orgs = [self.ref(r.organization) for r in entity.roles if r.organization]
                if orgs:
                    node["affiliation"] = orgs
                losses.approximated(f"{path}.roles", "roles written as job titles and affiliations")
        elif isinstance(entity, Organization):
            self.typed(node, entity, ORGANIZATION_KINDS, "Organization", path)
            if entity.parent:
                node["parentOrganization"] = self.ref(entity.parent)
            if entity.country:
                node["location"] = self.ref(entity.country)
        elif isinstance(entity, Place):
            self.typed(node, entity, PLACE_KINDS, "Place", path)
            if entity.within:
                node["containedInPlace"] = self.ref(entity.within)
        elif isinstance(entity, AnonymousSource):
            node["@type"] = "Thing"
            node["description"] = entity.description
            losses.approximated(
                f"{path}.description",
                "an anonymous source has no schema.org type: written as a Thing with its "
                "description",
            )
        elif isinstance(entity, Document):
            self.document(node, entity, path)
        else:
            node["@type"] = "Thing"
            losses.approximated(f"{path}.id", f"{type(entity).__name__} written as a Thing")
        if entity.aliases:
            node["alternateName"] = list(entity.aliases)
        same = wikidata_uri(entity)
        if same:
            node["sameAs"] = same
        wikidata = [k for k, i in enumerate(entity.identifiers) if i.scheme.lower() == "wikidata"]
        for k in wikidata[1:]:
            losses.dropped(f"{path}.identifiers[{k}]", "a second Wikidata id")
        if wikidata and entity.identifiers[wikidata[0]].scheme != "wikidata":
            losses.approximated(
                f"{path}.identifiers[{wikidata[0]}].scheme", "written as a wikidata.org IRI"
            )
        other = [i for i in entity.identifiers if i.scheme.lower() != "wikidata"]
        if other:
            losses.dropped(f"{path}.identifiers", f"identifiers other than Wikidata: {len(other)}")
        return node

    def document(self, node: dict[str, Any], doc: Document, path: str) -> None:
        """A document as the creative work type its kind maps to (or the nearest broader
        kind's); the kind itself is only that type."""
        terms = DOCUMENT_KINDS.terms()
        kind: str | None = doc.kind
        found: str | None = None
        seen: set[str] = set()
        while kind is not None and kind in terms and kind not in seen and found is None:
            seen.add(kind)
            found, kind = terms[kind].mapping("schemaorg"), terms[kind].broader
        node["@type"] = found or "CreativeWork"
        self.losses.approximated(
            f"{path}.kind", f"document kind {doc.kind!r} written as {node['@type']}"
        )
        if doc.name is not None:
            node["name"] = doc.name
        if doc.description is not None:
            node["description"] = doc.description
        for k, issuer in enumerate(doc.issuers):
            self.credit(node, "author", issuer, f"{path}.issuers[{k}]")
        if doc.url is not None:
            node["url"] = doc.url

    def typed(
        self,
        node: dict[str, Any],
        entity: Organization | Place,
        vocabulary: Vocabulary,
        fallback: str,
        path: str,
    ) -> None:
        """Name, description and schema.org type of an organisation or place, the type read
        from the kind's term; a kind with no type of its own (other than "other") is
        reported as approximated."""
        types, exact = _TermTypes(vocabulary), _ReadBack(vocabulary).values()
        kind = entity.kind
        node["@type"] = types.get(kind, fallback)
        if entity.name is not None:
            node["name"] = entity.name
        if entity.description is not None:
            node["description"] = entity.description
        if kind not in types and kind != "other":
            self.losses.approximated(
                f"{path}.kind",
                f"{fallback.lower()} kind {kind!r} has no schema.org type: written as {fallback}",
            )
        elif _shared(kind, types, set(exact)):
            self.losses.approximated(
                f"{path}.kind",
                f"{fallback.lower()} kind {kind!r} is written as "
                f"{node['@type']}, a type it shares with other kinds",
            )

    # -- media ------------------------------------------------------------------------------

    def media(self, index: int) -> dict[str, Any]:
        item = self.article.media[index]
        node: dict[str, Any] = {
            "@type": _MEDIA_TYPES[item.kind],
            "@id": node_uri(self.article, item.id),
        }
        if item.url:
            node["contentUrl"] = item.url
        if item.caption:
            node["caption" if item.kind is not MediaKind.DOCUMENT else "description"] = item.caption
        if _shared(item.kind, _MEDIA_TYPES, _EXACT_MEDIA):
            self.losses.approximated(
                f"$.media[{index}].kind",
                f"a {item.kind.value} is written as {node['@type']}, a type it shares with "
                "other kinds",
            )
        if item.credit:
            node["creditText"] = item.credit
        if item.creator:
            self.credit(node, "creator", item.creator, f"$.media[{index}].creator", many=False)
        if item.license is not None:
            lic = item.license
            if lic.url and lic.spdx:
                self.losses.dropped(
                    f"$.media[{index}].license.spdx", "the SPDX id beside the licence's URL"
                )
            if lic.url or lic.spdx:
                node["license"] = lic.url or f"https://spdx.org/licenses/{lic.spdx}.html"
                # usageInfo takes a URL or a CreativeWork, not text.
                node["usageInfo"] = {"@type": "CreativeWork", "name": lic.text}
            else:
                node["license"] = {"@type": "CreativeWork", "name": lic.text}
                self.losses.approximated(
                    f"$.media[{index}].license",
                    f"licence {lic.text!r} names no exact licence: written by name, no URL",
                )
        return node

    # -- quotes and claims ------------------------------------------------------------------

    def attributed(self, node: dict[str, Any], attribution: Attribution, path: str) -> None:
        """Speaker as creator, relay outlets as the works it is based on."""
        source = self.entities.get(attribution.source or "")
        if isinstance(source, AnonymousSource):
            # creator takes a Person or an Organization; an unnamed source is neither
            # known person nor organisation, so it is mentioned, not credited.
            node.setdefault("mentions", []).append(self.ref(source.id))
            self.losses.approximated(
                f"{path}.source",
                "an anonymous source is mentioned by the statement, not its creator",
            )
        elif attribution.source is not None:
            self.credit(node, "creator", attribution.source, f"{path}.source", many=False)
        unnamed = False
        for i, joint in enumerate(attribution.joint_with):
            self.credit(node, "contributor", joint, f"{path}.joint_with[{i}]")
            unnamed = unnamed or isinstance(self.entities.get(joint), AnonymousSource)
        if unnamed:
            self.losses.approximated(
                path,
                "unnamed co-sources are mentioned by the statement: they read back after the "
                "named ones, the first as the speaker when none is named",
            )
        if attribution.relay:
            node["isBasedOn"] = []
            for i, hop in enumerate(attribution.relay):
                work: dict[str, Any] = {"@type": "CreativeWork"}
                self.credit(work, "publisher", hop.via, f"{path}.relay[{i}].via", many=False)
                node["isBasedOn"].append(work)
            self.losses.approximated(
                f"{path}.relay",
                "the relay chain is written as works the statement is based on; the order of "
                "the hops is lost",
            )

    def quote(self, index: int) -> dict[str, Any]:
        q = self.article.quotes[index]
        node: dict[str, Any] = {
            "@type": "Quotation",
            "@id": node_uri(self.article, q.id),
            "text": q.text,
        }
        self.attributed(node, q.attribution, f"$.quotes[{index}].attribution")
        if q.about:
            node["about"] = [self.ref(x) for x in q.about]
        return node

    def claim(self, index: int) -> dict[str, Any]:
        c = self.article.claims[index]
        node: dict[str, Any] = {
            "@type": "Claim",
            "@id": node_uri(self.article, c.id),
            "text": c.text,
            "appearance": {"@id": article_uri(self.article)},
        }
        if c.summary:
            node["description"] = c.summary
        self.attributed(node, c.attribution, f"$.claims[{index}].attribution")
        if c.about:
            node["about"] = [self.ref(x) for x in c.about]
        return node

    # -- events -----------------------------------------------------------------------------

    def event(self, index: int) -> dict[str, Any]:
        e, path = self.article.events[index], f"$.events[{index}]"
        node: dict[str, Any] = {
            "@type": "Event",
            "@id": node_uri(self.article, e.id),
            "name": e.name or e.summary or type_label(e),
            "keywords": e.event_type,
        }
        if e.name is not None:
            # A named event: its name is the name and its summary (or its type's label) the
            # description, so a reader can tell the two apart (the name of an event with no
            # description is its summary).
            node["description"] = e.summary or type_label(e)
        if e.aliases:
            node["alternateName"] = list(e.aliases)
        if e.identifiers:
            node["identifier"] = [
                {"@type": "PropertyValue", "propertyID": i.scheme, "value": i.value}
                for i in e.identifiers
            ]
        if e.series is not None:  # the series of which this event is one step
            node["superEvent"] = self.ref(e.series)
        if e.summary is not None and e.summary == type_label(e):
            self.losses.approximated(
                f"{path}.summary", "a summary that is the event type's label reads as no summary"
            )
        status = None if e.status is None else _status_type(e.status)
        if status is not None:
            node["eventStatus"] = {"@id": f"https://schema.org/{status}"}
        elif e.status is not None:
            self.losses.dropped(
                f"{path}.status", f"status {e.status!r}: no schema.org EventStatusType fits"
            )
        if e.locations:
            node["location"] = [self.ref(p) for p in e.locations]
        if e.participants:  # their roles have no schema.org term: reported one by one
            node["about"] = [self.ref(p.entity) for p in e.participants]
        time = e.time
        if time is not None:
            start, end, exact = stated_dates(time, iso_partial)
            ends = (time.date, *((time.interval.start, time.interval.end) if time.interval else ()))
            if exact and any(d is not None and d.division is not None for d in ends):
                self.losses.dropped(
                    f"{path}.time", "a season or quarter: written as the year alone"
                )
            if exact and end and time.relation is not TimeRelation.BETWEEN:
                self.losses.approximated(
                    f"{path}.time.relation",
                    f"an interval said to be {time.relation.value!r} is written as its dates",
                )
            if start:
                node["startDate"] = start
            if end:
                node["endDate"] = end
            if not exact:
                self.losses.dropped(
                    f"{path}.time",
                    "a time schema.org cannot state exactly (no year, a qualifier, an open "
                    "end such as 'by September 2025', a relation such as 'before', or one "
                    "relative to another event)",
                )
        return node

"""The objects an article lists: entities, events, quotes, claims and media items, each
referring only to the ids it is offered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from ...models import (
    DOCUMENT_KINDS,
    AnonymousSource,
    AttributionMode,
    Claim,
    Condition,
    Document,
    Entity,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Identifier,
    License,
    MediaItem,
    MediaKind,
    Mention,
    MentionForm,
    Organization,
    OrganizationKind,
    Participant,
    ParticipantRole,
    Person,
    Place,
    PlaceKind,
    Quote,
    Role,
    Scope,
    Stance,
    event_types,
    resolve_license,
)
from ...models.base import Span
from ...models.entities import counted_above_one
from ._anchors import cues, spans, spans_in
from ._core import ENTITY_KINDS, KIND_CLASS, build, builds, ids, opt, pick, texts
from ._parts import amounts, attributions, quantities
from ._time import time_expressions


def mentions_in(
    body: str | None, entity_ids: Sequence[str]
) -> st.SearchStrategy[tuple[Mention, ...]]:
    if body == "":
        return st.just(())
    mention = builds(
        Mention, span=spans(body), form=st.sampled_from(MentionForm), via=pick(entity_ids)
    )
    return st.lists(mention, max_size=2).map(tuple)


identifiers = builds(
    Identifier,
    scheme=st.sampled_from(["wikidata", "geonames", "viaf"]),
    value=st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True),
)
identifier_tuples = st.lists(identifiers, max_size=2).map(tuple)


@st.composite
def entities(
    draw: st.DrawFn,
    id_: str | None = None,
    kind: str | None = None,
    body: str | None = None,
    places: Sequence[str] = (),
    organizations: Sequence[str] = (),
    entity_ids: Sequence[str] = (),
) -> Entity:
    """One entity of ``kind`` (person, organization, place, anonymous_source, document or
    any other registered kind), referring only to the ids offered."""
    ident = id_ if id_ is not None else draw(ids())
    kind = kind or draw(st.sampled_from(ENTITY_KINDS))
    common: dict[str, Any] = {
        "id": ident,
        "aliases": tuple(draw(st.lists(texts(max_size=15), max_size=2))),
        "identifiers": draw(identifier_tuples),
        "mentions": draw(mentions_in(body, [e for e in entity_ids if e != ident])),
    }
    # A count above one goes with ``plural`` (a rule of every entity): drawn together.
    count = draw(opt(amounts()))
    common["count"] = count
    common["plural"] = counted_above_one(count) or draw(st.booleans())
    if kind == "person":
        roles = draw(
            st.lists(
                builds(
                    Role,
                    title=texts(max_size=30),
                    organization=pick(organizations),
                    spans=spans_in(body, 1),
                ),
                max_size=2,
            )
        )
        return draw(build(Person, name=draw(texts(max_size=25)), roles=tuple(roles), **common))
    if kind == "organization":
        return draw(
            build(
                Organization,
                name=draw(texts(max_size=25)),
                kind=draw(st.sampled_from(OrganizationKind)),
                parent=draw(pick([o for o in organizations if o != ident])),
                country=draw(pick(places)),
                **common,
            )
        )
    if kind == "place":
        return draw(
            build(
                Place,
                name=draw(texts(max_size=25)),
                kind=draw(st.sampled_from(PlaceKind)),
                within=draw(pick([p for p in places if p != ident])),
                **common,
            )
        )
    if kind == "anonymous_source":
        return draw(
            build(
                AnonymousSource,
                description=draw(texts(max_size=40)),
                affiliation=draw(pick([e for e in entity_ids if e != ident])),
                **common,
            )
        )
    if kind == "document":
        others = [e for e in entity_ids if e != ident]
        return draw(
            build(
                Document,
                name=draw(opt(texts(max_size=40))),
                description=draw(texts(max_size=40)),
                kind=draw(st.sampled_from(sorted(DOCUMENT_KINDS))),
                issuers=tuple(
                    draw(st.lists(st.sampled_from(list(organizations)), unique=True, max_size=2))
                )
                if organizations
                else (),
                about=tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=2)))
                if others
                else (),
                **common,
            )
        )
    # Any other kind of this library is drawn from its fields, described so that it meets
    # the rule every entity keeps (a name, a description or both) on every draw.
    common["description"] = draw(texts(max_size=40))
    other: Entity = draw(build(KIND_CLASS.get(kind, Entity), **common))
    return other


@st.composite
def events(
    draw: st.DrawFn,
    id_: str | None = None,
    body: str | None = None,
    entity_ids: Sequence[str] = (),
    places: Sequence[str] = (),
    speakers: Sequence[str] = (),
    earlier_events: Sequence[str] = (),
) -> Event:
    """An event whose links point only at ``earlier_events`` (so links never form a cycle)."""
    ident = id_ if id_ is not None else draw(ids())
    participants = (
        tuple(
            draw(
                build(
                    Participant,
                    entity=e,
                    role=draw(st.sampled_from(ParticipantRole)),
                    spans=draw(spans_in(body, 1)),
                )
            )
            for e in draw(st.lists(st.sampled_from(list(entity_ids)), unique=True, max_size=3))
        )
        if entity_ids
        else ()
    )
    links = (
        tuple(
            draw(build(EventLink, relation=draw(st.sampled_from(EventRelation)), target=t))
            for t in draw(st.lists(st.sampled_from(list(earlier_events)), unique=True, max_size=2))
        )
        if earlier_events
        else ()
    )
    conditions = tuple(
        draw(
            st.lists(
                builds(
                    Condition,
                    text=texts(max_size=30),
                    event=pick(earlier_events),
                    negated=st.booleans(),
                    spans=spans_in(body, 1),
                ),
                max_size=1,
            )
        )
    )
    return draw(
        build(
            Event,
            id=ident,
            event_type=draw(st.sampled_from(sorted(event_types()))),
            status=draw(opt(st.sampled_from(EventStatus))),
            scope=draw(opt(st.sampled_from(Scope))),
            summary=draw(opt(texts(max_size=40))),
            trigger=draw(opt(cues(body))),
            participants=participants,
            locations=tuple(draw(st.lists(st.sampled_from(places), max_size=2, unique=True)))
            if places
            else (),
            time=draw(opt(time_expressions(body, earlier_events))),
            quantities=tuple(draw(st.lists(quantities(body, entity_ids, speakers), max_size=2))),
            conditions=conditions,
            links=links,
            attributions=tuple(
                draw(st.lists(attributions(body, speakers, entity_ids), max_size=2))
            ),
            spans=draw(spans_in(body, 1)),
        )
    )


@st.composite
def quotes(
    draw: st.DrawFn,
    id_: str | None = None,
    body: str | None = None,
    speakers: Sequence[str] = (),
    entity_ids: Sequence[str] = (),
    about: Sequence[str] = (),
    earlier: Sequence[str] | None = None,
) -> Quote:
    """A quote; a direct quote's text is exactly the body at its spans. Given the ids of the
    ``earlier`` quotes of its article, it replies to one of them or to none (so replies
    never loop)."""
    ident = id_ if id_ is not None else draw(ids())
    direct = bool(body) and draw(st.booleans())
    if direct:
        assert body
        cut = sorted(draw(st.lists(st.integers(0, len(body)), min_size=2, max_size=4, unique=True)))
        pairs = [(cut[i], cut[i + 1]) for i in range(0, len(cut) - 1, 2)]
        quote_spans = tuple(Span(start=a, end=b) for a, b in pairs)
        text = " ".join(body[a:b] for a, b in pairs)
        if not text.strip():
            direct = False
    if direct:
        mode = AttributionMode.DIRECT
    else:
        mode = draw(st.sampled_from([AttributionMode.PARAPHRASE, AttributionMode.MIXED]))
        text = draw(texts(max_size=60))
        quote_spans = draw(spans_in(body, 1)) if body else ()
    about_ids = (
        tuple(draw(st.lists(st.sampled_from(list(about)), unique=True, max_size=2)))
        if about
        else ()
    )
    return draw(
        build(
            Quote,
            id=ident,
            text=text,
            spans=quote_spans,
            about=about_ids,
            attribution=draw(attributions(body, speakers, entity_ids, mode=mode)),
            **(
                {}
                if earlier is None
                else {
                    "in_reply_to": draw(st.none() | st.sampled_from(earlier)) if earlier else None
                }
            ),
        )
    )


@st.composite
def claims(
    draw: st.DrawFn,
    id_: str | None = None,
    body: str | None = None,
    speakers: Sequence[str] = (),
    entity_ids: Sequence[str] = (),
    other_claims: Sequence[str] = (),
    disputes: Sequence[str] = (),
    about: Sequence[str] = (),
) -> Claim:
    ident = id_ if id_ is not None else draw(ids())
    rivals = [c for c in other_claims if c != ident]
    return draw(
        build(
            Claim,
            id=ident,
            text=draw(texts(max_size=60)),
            attribution=draw(attributions(body, speakers, entity_ids)),
            stance=draw(opt(st.sampled_from(Stance))),
            dispute=draw(pick(disputes)),
            contests=tuple(draw(st.lists(st.sampled_from(rivals), unique=True, max_size=2)))
            if rivals
            else (),
            about=tuple(draw(st.lists(st.sampled_from(list(about)), unique=True, max_size=2)))
            if about
            else (),
            summary=draw(opt(texts(max_size=30))),
            spans=draw(spans_in(body, 1)),
        )
    )


@st.composite
def media_items(
    draw: st.DrawFn, id_: str | None = None, body: str | None = None, entity_ids: Sequence[str] = ()
) -> MediaItem:
    return draw(
        build(
            MediaItem,
            id=id_ if id_ is not None else draw(ids()),
            kind=draw(st.sampled_from(MediaKind)),
            caption=draw(opt(texts())),
            credit=draw(opt(texts())),
            creator=draw(pick(entity_ids)),
            license=draw(opt(licenses)),
            url=draw(opt(st.just("https://example.org/photo.jpg"))),
            spans=draw(spans_in(body, 1)),
        )
    )


licenses = st.builds(
    lambda text, url: License(text=text, spdx=resolve_license(text), url=url),
    st.sampled_from(
        ["Creative Commons 2.0", "CC BY-SA 4.0", "CC BY 2.0", "All rights reserved", "CC0"]
    ),
    st.none() | st.just("https://creativecommons.org/licenses/by/2.0/"),
)

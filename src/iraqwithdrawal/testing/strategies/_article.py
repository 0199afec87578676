"""Whole articles: valid, referentially consistent, with extension classes mixed in."""

from __future__ import annotations

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from ..._rules import document_rules, run_rules
from ...description import describe
from ...errors import Severity
from ...models import (
    Article,
    ArticlePart,
    Attribution,
    BasedOn,
    Claim,
    Communication,
    Contributor,
    ContributorRole,
    Correction,
    Dateline,
    Dispute,
    Entity,
    Event,
    LiveEntry,
    MediaItem,
    Quote,
    Relation,
)
from ...models.checks import IRI_CHECK, LANGUAGE_CHECK
from ._anchors import cues, spans_in
from ._core import (
    ARTICLE,
    ENTITY_KINDS,
    KIND_CLASS,
    KIND_OF,
    Context,
    bodies,
    build,
    builds,
    builtin_base,
    extensions,
    ids,
    opt,
    pick,
    texts,
    upgrade,
)
from ._objects import claims, entities, events, media_items, quotes
from ._parts import amounts, attributions, fractions
from ._time import partial_dates, time_expressions


@st.composite
def _parts(draw: st.DrawFn, named: list[str]) -> tuple[ArticlePart, ...]:
    """An article's own parts, each ``within`` a part drawn before it or none (no loops)."""
    drawn: list[ArticlePart] = []
    for _ in range(draw(st.integers(0, 2))):
        earlier = [p.id for p in drawn if p.id is not None]
        part = build(
            ArticlePart, id=_take(named, draw), text=draw(texts()), within=draw(pick(earlier))
        )
        drawn.append(draw(part))
    return tuple(drawn)


def _take(pool: list[str], draw: st.DrawFn) -> str | None:
    """An id from ``pool`` (used up), or none."""
    if bool(pool) and draw(st.booleans()):
        return pool.pop()
    return None


@st.composite
def articles(draw: st.DrawFn, max_entities: int = 6, max_events: int = 5) -> Article:
    """Valid, referentially consistent articles: ``validate()`` finds no error in them."""
    body = draw(bodies())
    n_entities = draw(st.integers(0, max_entities))
    n_events = draw(st.integers(0, max_events))
    n_quotes, n_claims, n_disputes, n_media, n_named, n_comms, n_entries = (
        draw(st.integers(0, k)) for k in (3, 3, 1, 1, 3, 1, 2)
    )
    total = 1 + n_entities + n_events + n_quotes + n_claims + n_disputes + n_media + n_named
    total += n_comms + n_entries
    pool = draw(st.lists(ids(), min_size=total, max_size=total, unique=True))
    article_id, pool = pool[0], pool[1:]
    entity_ids, pool = pool[:n_entities], pool[n_entities:]
    event_ids, pool = pool[:n_events], pool[n_events:]
    quote_ids, pool = pool[:n_quotes], pool[n_quotes:]
    claim_ids, pool = pool[:n_claims], pool[n_claims:]
    dispute_ids, pool = pool[:n_disputes], pool[n_disputes:]
    comm_ids, pool = pool[:n_comms], pool[n_comms:]
    entry_ids, pool = pool[:n_entries], pool[n_entries:]
    media_ids, named = pool[:n_media], list(pool[n_media:])  # ids for attributions, quantities

    extension_entities = extensions(Entity)
    chosen: list[type | None] = []
    for _ in entity_ids:
        extended = bool(extension_entities) and draw(st.booleans())
        chosen.append(draw(st.sampled_from(extension_entities)) if extended else None)
    kinds = [
        KIND_OF[builtin_base(c)] if c is not None else draw(st.sampled_from(ENTITY_KINDS))
        for c in chosen
    ]
    places = [i for i, k in zip(entity_ids, kinds, strict=False) if k == "place"]
    orgs = [i for i, k in zip(entity_ids, kinds, strict=False) if k == "organization"]
    people = [i for i, k in zip(entity_ids, kinds, strict=False) if k == "person"]
    # Who may be a source: the kinds an attribution's source may name.
    sources = describe(Attribution).field("source").ref.classes()
    speaker_kinds = {k for k, cls in KIND_CLASS.items() if issubclass(cls, sources)}
    speakers = [i for i, k in zip(entity_ids, kinds, strict=False) if k in speaker_kinds]
    # What a reference drawn for a field the hand-written code does not pass may point at.
    targets: dict[str, type] = {
        **{
            i: KIND_CLASS[k] if c is None else c
            for i, k, c in zip(entity_ids, kinds, chosen, strict=True)
        },
        **dict.fromkeys(event_ids, Event),
        **dict.fromkeys(quote_ids, Quote),
        **dict.fromkeys(claim_ids, Claim),
        **dict.fromkeys(dispute_ids, Dispute),
        **dict.fromkeys(media_ids, MediaItem),
        **dict.fromkeys(comm_ids, Communication),
    }
    token = ARTICLE.set(
        Context(body, targets, tuple(speakers), tuple(entity_ids), tuple(event_ids))
    )
    try:
        ents = [
            draw(entities(i, k, body, places, orgs, entity_ids))
            for i, k in zip(entity_ids, kinds, strict=False)
        ]
        # An extension class gets its own fields on top of the built-in kind it extends; its
        # references point only at objects drawn before it, so no chain it adds can loop.
        classes: dict[str, type] = {e.id: type(e) for e in ents}
        for n, cls in enumerate(chosen):
            if cls is not None:
                classes[ents[n].id] = cls
        for n, cls in enumerate(chosen):
            if cls is not None:
                earlier = {k: classes[k] for k in entity_ids[:n]}
                context = Context(body, earlier, tuple(speakers), tuple(entity_ids), ())
                ents[n] = draw(upgrade(ents[n], cls, context))
        extension_events = extensions(Event)
        evs: list[Event] = []
        for n, i in enumerate(event_ids):
            event = draw(events(i, body, entity_ids, places, speakers, event_ids[:n]))
            if bool(extension_events) and draw(st.booleans()):
                cls = draw(st.sampled_from(extension_events))
                earlier = {**classes, **{k: type(e) for k, e in zip(event_ids, evs, strict=False)}}
                context = Context(
                    body, earlier, tuple(speakers), tuple(entity_ids), tuple(event_ids[:n])
                )
                event = draw(upgrade(event, cls, context))
            if event.quantities and named:
                quantities_with_ids = tuple(
                    attrs.evolve(q, id=_take(named, draw)) if q.id is None else q
                    for q in event.quantities
                )
                whole, *rest = quantities_with_ids
                if whole.id is not None and draw(st.integers(0, 3)) > 0:
                    # A share of the first quantity ("a third of the 3,000 troops"), drawn
                    # often: it needs a quantity with an id, which few events have.
                    share = attrs.evolve(
                        rest[0]
                        if rest
                        else attrs.evolve(whole, id=None, attribution=None, parts=(), links=()),
                        fraction=draw(fractions()),
                        part_of=whole.id,
                        amount=draw(opt(amounts())),
                    )
                    quantities_with_ids = (whole, share, *rest[1:])
                event = attrs.evolve(event, quantities=quantities_with_ids)
            evs.append(event)
        dispute_objs = [
            draw(
                build(
                    Dispute,
                    id=i,
                    topic=draw(texts()),
                    about=tuple(
                        draw(
                            st.lists(
                                st.sampled_from(event_ids + entity_ids), unique=True, max_size=2
                            )
                        )
                    )
                    if event_ids or entity_ids
                    else (),
                    spans=draw(spans_in(body, 1)),
                )
            )
            for i in dispute_ids
        ]
        contributors = (
            tuple(
                draw(build(Contributor, entity=e, role=draw(st.sampled_from(ContributorRole))))
                for e in draw(st.lists(st.sampled_from(people + orgs), unique=True, max_size=2))
            )
            if people or orgs
            else ()
        )
        about = event_ids + entity_ids
        shared = [
            draw(attributions(body, speakers, entity_ids, id_=named.pop())) if named else None
        ]
        comms = tuple(draw(build(Communication, id=i)) for i in comm_ids)
        if shared[0] is not None and evs and draw(st.booleans()):
            # One attribution declared once and pointed at by an event, not copied.
            first = evs[0]
            own = Attribution(shared=shared[0].id, cue=draw(opt(cues(body))))
            evs[0] = attrs.evolve(first, attributions=(*first.attributions, own))
        article = draw(
            build(
                Article,
                id=article_id,
                headline=draw(texts(max_size=60)),
                body=body,
                language=draw(LANGUAGE_CHECK.strategy()),
                dateline=draw(
                    opt(
                        builds(
                            Dateline,
                            text=opt(texts(max_size=20)),
                            places=st.lists(st.sampled_from(places), unique=True, max_size=1).map(
                                tuple
                            )
                            if places
                            else st.just(()),
                            time=opt(time_expressions(body)),
                        )
                    )
                ),
                published=draw(opt(partial_dates(with_year=True))),
                url=draw(opt(IRI_CHECK.strategy())),
                publisher=draw(pick(orgs)),
                contributors=contributors,
                based_on=tuple(
                    draw(build(BasedOn, source=s, text=draw(opt(texts()))))
                    for s in draw(st.lists(st.sampled_from(orgs), unique=True, max_size=1))
                )
                if orgs
                else (),
                media=tuple(draw(media_items(i, body, entity_ids)) for i in media_ids),
                entities=tuple(ents),
                attributions=tuple(a for a in shared if a is not None)
                + tuple(
                    draw(attributions(body, speakers, entity_ids, id_=_take(named, draw)))
                    for _ in range(draw(st.integers(0, 2)))
                ),
                communications=comms,
                relations=tuple(
                    draw(build(Relation, id=_take(named, draw)))
                    for _ in range(draw(st.integers(0, 2) if entity_ids else st.just(0)))
                ),
                entries=tuple(draw(build(LiveEntry, id=i)) for i in entry_ids),
                parts=draw(_parts(named)),
                quotes=tuple(
                    draw(
                        quotes(i, body, speakers, entity_ids, event_ids + claim_ids, quote_ids[:k])
                    )
                    for k, i in enumerate(quote_ids)
                ),
                claims=tuple(
                    draw(claims(i, body, speakers, entity_ids, claim_ids, dispute_ids, about))
                    for i in claim_ids
                ),
                disputes=tuple(dispute_objs),
                events=tuple(evs),
                corrections=tuple(
                    draw(
                        st.lists(
                            builds(
                                Correction,
                                text=texts(),
                                date=opt(partial_dates()),
                                spans=spans_in(body, 1),
                                # a correction's path must resolve in the article
                                field=st.sampled_from([None, "$.headline", "$.body"]),
                            ),
                            max_size=1,
                        )
                    )
                ),
            )
        )
        if document_rules():
            # Extensions' document rules may forbid what the draws above allow.
            assume(not any(p.severity is Severity.ERROR for p in run_rules(article)))
        return article
    finally:
        ARTICLE.reset(token)

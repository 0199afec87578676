"""Hypothesis strategies for every model, and for whole articles whose references, spans and
quotes are consistent, so that ``validate(article)`` reports no error.

Importing this package registers the strategies with hypothesis, so ``st.from_type(Article)``
(and every other model) works. Values of a field that no hand-written strategy passes are
drawn from the field's description: its type, the strategies of its declarative checks
(ids, IRIs, language tags, bounds, EDTF), the kinds it refers to; entity kinds come from the
type registry.

The modules: ``_core`` (text, ids, the article being drawn, values derived from a field),
``_anchors`` (spans, cues), ``_time`` (dates, intervals, time expressions), ``_parts``
(amounts, attributions, quantities), ``_objects`` (entities, events, quotes, claims, media)
and ``_article`` (whole articles).
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

from ... import models as models_namespace
from ...description import is_class
from ...models import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    BasedOn,
    Claim,
    Condition,
    Contributor,
    ContributorRole,
    Correction,
    Dateline,
    Deixis,
    Dispute,
    Duration,
    Entity,
    Event,
    EventLink,
    EventRelation,
    Factuality,
    Fraction,
    Identifier,
    Interval,
    License,
    MediaItem,
    Mention,
    MentionForm,
    Moment,
    NamedPeriod,
    Organization,
    PartialDate,
    Participant,
    ParticipantRole,
    Person,
    Place,
    PrintedDate,
    Quantity,
    Quote,
    RelayHop,
    Role,
    TimeExpression,
)
from ...models.base import Cue, Model, Span, on_register, registered_types, tag_of
from ._anchors import cues, factualities_in, spans, spans_in
from ._article import articles
from ._core import (
    BUILTIN,
    NO_CONTEXT,
    bodies,
    builds,
    derived,
    ids,
    models,
    opt,
    register_derived,
    register_strategy,
    texts,
)
from ._objects import claims, entities, events, identifiers, licenses, media_items, quotes
from ._parts import amounts, attributions, fractions, quantities
from ._time import (
    deixes,
    durations,
    edtf_like_strings,
    intervals,
    moments,
    named_periods,
    partial_dates,
    printed_dates,
    time_expressions,
)

__all__ = [
    "models",
    "register_strategy",
    "amounts",
    "based_ons",
    "conditions",
    "edtf_like_strings",
    "contributors",
    "corrections",
    "datelines",
    "event_links",
    "factualities",
    "identifiers",
    "licenses",
    "mentions",
    "participants",
    "relay_hops",
    "roles",
    "articles",
    "attributions",
    "bodies",
    "claims",
    "cues",
    "entities",
    "events",
    "ids",
    "intervals",
    "media_items",
    "named_periods",
    "partial_dates",
    "printed_dates",
    "quantities",
    "quotes",
    "register_strategies",
    "spans",
    "texts",
    "time_expressions",
]

mentions = builds(Mention, span=spans(), form=st.sampled_from(MentionForm), via=opt(ids()))
roles = builds(Role, title=texts(max_size=30), organization=opt(ids()), spans=spans_in(None, 1))
participants = builds(
    Participant, entity=ids(), role=st.sampled_from(ParticipantRole), spans=spans_in(None, 1)
)
conditions = builds(
    Condition, text=texts(), event=opt(ids()), negated=st.booleans(), spans=spans_in(None, 1)
)
event_links = builds(EventLink, relation=st.sampled_from(EventRelation), target=ids())
factualities = factualities_in()
relay_hops = builds(
    RelayHop, via=ids(), cue=opt(cues()), time=opt(time_expressions()), spans=spans_in(None, 1)
)
datelines = builds(
    Dateline,
    text=opt(texts(max_size=20)),
    places=st.lists(ids(), max_size=2).map(tuple),
    time=opt(time_expressions()),
)
contributors = builds(Contributor, entity=ids(), role=st.sampled_from(ContributorRole))
based_ons = builds(BasedOn, source=ids(), text=opt(texts()))
corrections = builds(Correction, text=texts(), date=opt(partial_dates()), spans=spans_in(None, 1))
_SOME_IDS = ("ref-1", "ref-2")


def register_strategies() -> None:
    """Register a strategy for every model with hypothesis (done on import)."""
    table: dict[type, st.SearchStrategy[Any]] = {
        Identifier: identifiers,
        Mention: mentions,
        Role: roles,
        Participant: participants,
        Condition: conditions,
        EventLink: event_links,
        Factuality: factualities,
        RelayHop: relay_hops,
        Dateline: datelines,
        Contributor: contributors,
        BasedOn: based_ons,
        Correction: corrections,
        License: licenses,
        Article: articles(),
        Span: spans(),
        Cue: cues(),
        PartialDate: partial_dates(),
        Interval: intervals(),
        Duration: durations,
        Deixis: deixes,
        Moment: moments(),
        PrintedDate: printed_dates(),
        NamedPeriod: named_periods(_SOME_IDS),
        Fraction: fractions(),
        TimeExpression: time_expressions(event_ids=_SOME_IDS),
        Amount: amounts(),
        Quantity: quantities(),
        Attribution: opt(ids()).flatmap(lambda i: attributions(id_=i)),
        Quote: quotes(),
        Claim: claims(),
        Dispute: builds(Dispute, id=ids(), topic=texts()),
        Event: events(),
        MediaItem: media_items(),
        Person: entities(kind="person"),
        # On their own, references point at ids that stand for other objects.
        Organization: entities(kind="organization", organizations=_SOME_IDS, places=_SOME_IDS),
        Place: entities(kind="place", places=_SOME_IDS),
        AnonymousSource: entities(kind="anonymous_source", entity_ids=_SOME_IDS),
        Entity: entities(),
    }
    for cls, strategy in table.items():
        st.register_type_strategy(cls, strategy)
        BUILTIN[cls] = strategy
    for tag, cls in registered_types().items():
        register_derived(tag, cls)
    # Every other model is drawn from its fields' types, validators and references.
    for name in models_namespace.__all__:
        cls = getattr(models_namespace, name)
        if is_class(cls) and attrs.has(cls) and issubclass(cls, Model):
            if cls not in BUILTIN and tag_of(cls) is None:
                st.register_type_strategy(cls, derived(cls, NO_CONTEXT))


register_strategies()
on_register(register_derived)

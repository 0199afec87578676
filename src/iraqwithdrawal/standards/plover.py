"""PLOVER event records: one JSON record per event whose type has a PLOVER category.

Field names follow the "PLOVER JSON" table of the PLOVER manual (Open Event Data Alliance),
with its entity (``actor``, ``recipient``), text and citation information objects and its
location object. The category and mode come from the event type and its status: as the
manual asks, an announced or planned retreat is CONCEDE and planned cooperation AGREE; any
other planned event has the auxiliary mode ``future``; a proposed, demanded, cancelled or
denied event is left out (nobody did it); a negated one has ``negation``. A record without
PLOVER's required ``date`` or ``actor`` is written and reported as incomplete. The CAMEO
code of the type's own category goes in an added ``cameo`` field, since the manual invites
coders to add fields. A date is written only when the text states a whole day; an inferred
year never stands as stated.
"""

from __future__ import annotations

from typing import Any

from .._version import __version__
from ..models import (
    AnonymousSource,
    Article,
    Cue,
    Event,
    EventStatus,
    Factuality,
    Participant,
    ParticipantRole,
    SpanField,
    TimeExpression,
)
from ._common import (
    Conversion,
    Coverage,
    Losses,
    entities_by_id,
    iso_date,
    name_of,
    stated_dates,
    wikidata_uri,
)

__all__ = ["PLOVER_FIELDS", "QUAD_CODES", "to_plover"]

#: Top-level field names of the manual's "PLOVER JSON" table (a test reads the table in the
#: manual and holds this set to it).
PLOVER_FIELDS = frozenset(
    {
        "id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
        "event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context",
        "link", "text", "text_info", "cite_info", "coder", "coded_date", "coded_time",
        "comment",
    }
)  # fmt: skip

#: Statuses of an event that is committed to but has not happened yet. The manual codes an
#: announced future retreat as CONCEDE, and future cooperation as AGREE; any other category
#: keeps its code with the auxiliary mode ``future`` in ``context``.
_FUTURE = frozenset(
    {
        EventStatus.PLANNED, EventStatus.EXPECTED, EventStatus.AGREED,
        EventStatus.PENDING_APPROVAL, EventStatus.AWAITING_RATIFICATION, EventStatus.POSTPONED,
    }
)  # fmt: skip
_FUTURE_CATEGORY = {
    "RETREAT": "CONCEDE",
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
}
#: Statuses of an event nobody has done or committed to: PLOVER codes what actors do, so
#: the record is left out (the proposal or demand is coded by its own event, if any).
_UNREALISED = frozenset(
    {EventStatus.PROPOSED, EventStatus.DEMANDED, EventStatus.CANCELLED, EventStatus.DENIED}
)

#: What the records carry (or what the exporter judges itself); everything else is reported
#: as lost, at its path.
COVERAGE = Coverage(
    "PLOVER",
    {
        Article: "id headline language url publisher body events",
        Event: "id event_type status participants locations trigger spans summary time "
        "attributions factuality",
        Factuality: "polarity",
        Participant: "entity role",
        Cue: "text spans",
        TimeExpression: "relation date interval",
    },
)

#: The manual's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal
#: conflict, 4 material conflict. REQUEST is the manual's later name for DEMAND.
QUAD_CODES = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "DEMAND": 3, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


def to_plover(article: Article) -> Conversion[list[dict[str, Any]]]:
    """The article's events as PLOVER records (events without a PLOVER category are left
    out and reported)."""
    losses = Losses()
    entities = entities_by_id(article)
    records = []
    for index, event in enumerate(article.events):
        path = f"$.events[{index}]"
        info = event.type_info
        if info.plover is None:
            losses.dropped(path, f"event type {event.event_type!r} has no PLOVER category")
            continue
        if event.status in _UNREALISED:
            losses.dropped(
                path,
                f"a {event.status.value} {event.event_type} has not been done or committed "
                "to: PLOVER codes what actors do",
            )
            continue
        category, context = info.plover, []
        if event.status in _FUTURE:
            if category in _FUTURE_CATEGORY:
                category = _FUTURE_CATEGORY[category]
            else:
                context.append("future")
        record: dict[str, Any] = {"id": f"{article.id}-{event.id}", "has_event": True}
        _dates(event, record, losses, path)
        for role, key in (
            (ParticipantRole.AGENT, "actor"),
            (ParticipantRole.RECIPIENT, "recipient"),
        ):
            actors = [
                _actor(article, p, entities.get(p.entity), losses, f"{path}.participants[{i}]")
                for i, p in enumerate(event.participants)
                if p.role is role
            ]
            if actors:
                record[key] = actors
        if "actor" not in record:
            losses.approximated(path, "no agent: the record lacks PLOVER's required actor")
        others = [
            p
            for p in event.participants
            if p.role
            not in (ParticipantRole.AGENT, ParticipantRole.RECIPIENT, ParticipantRole.LOCATION)
        ]
        if others:
            losses.dropped(f"{path}.participants", f"participants in other roles: {len(others)}")
        record["event"] = [category]
        if category in QUAD_CODES:
            record["quad_code"] = QUAD_CODES[category]
        if category == info.plover:
            # A mode or a CAMEO code belongs to the type's own category.
            if info.plover_mode:
                record["mode"] = [info.plover_mode]
            if info.cameo:
                record["cameo"] = info.cameo
        places = [p for p in event.locations if p in entities]
        if places:
            record["event_loc"] = _location(article, entities[places[0]])
            if len(places) > 1:
                losses.dropped(f"{path}.locations", "PLOVER's event_loc holds one place")
        if event.trigger is not None:
            record["event_text"] = [event.trigger.text]
        spans = event.spans or (event.trigger.spans if event.trigger else ())
        body = [s for s in spans if s.field is SpanField.BODY]
        if body:
            # One stretch of the body from the first span to the last, in text order.
            start, end = min(s.start for s in body), max(s.end for s in body)
            record["text"] = article.body[start:end]
            record["text_info"] = {"start": start, "end": end}
        if len(body) < len(spans):
            losses.dropped(f"{path}.spans", "PLOVER's text and text_info are of the body")
        if event.negated:
            # The manual's auxiliary mode: the text says the event did not happen.
            context.append("negation")
        if context:
            record["context"] = context
        record["cite_info"] = _citation(article, entities)
        record["coder"] = f"iraqwithdrawal {__version__}"
        if event.summary:
            record["comment"] = event.summary
        if event.status is not None and event.status not in _FUTURE | {
            EventStatus.COMPLETED,
            EventStatus.ONGOING,
        }:
            losses.approximated(
                f"{path}.status",
                f"status {event.status.value!r} has no PLOVER field: the record states the "
                "category as if it happened",
            )
        elif event.status in _FUTURE and event.status is not EventStatus.PLANNED:
            losses.approximated(
                f"{path}.status",
                f"status {event.status.value!r} is written as PLOVER's future",
            )
        if event.attributions:
            anonymous = any(
                isinstance(entities.get(a.source or ""), AnonymousSource)
                for a in event.attributions
            )
            losses.dropped(
                f"{path}.attributions",
                "who reported the event" + (" (an anonymous source)" if anonymous else ""),
            )
        records.append(record)
    losses.account(article, COVERAGE)
    return Conversion(standard="PLOVER", document=records, losses=tuple(losses.items))


def _dates(event: Any, record: dict[str, Any], losses: Losses, path: str) -> None:
    time = event.time
    if time is None:
        losses.approximated(path, "no date stated: the record lacks PLOVER's required date")
        return
    start, end, exact = stated_dates(time, iso_date)
    if start:
        record["date"] = start
    if end:
        record["enddate"] = end
    if not start or not exact:
        losses.dropped(
            f"{path}.time",
            f"time {time.to_edtf() or time.text!r} is not a whole stated day: PLOVER dates are "
            "days, and no year or day is invented",
        )


def _first_words(article: Article, spans: Any) -> str | None:
    for span in spans:
        text = article.text_of(span)
        if text is not None:
            return text[span.start : span.end]
    return None


def _location(article: Article, place: Any) -> dict[str, Any]:
    """The manual's location object: the place as resolved, and as the text names it."""
    loc: dict[str, Any] = {"resolved_place": name_of(place)}
    said = _first_words(article, [m.span for m in place.mentions])
    if said:
        loc["extracted_place"] = said
    return loc


def _actor(
    article: Article, participant: Participant, entity: Any, losses: Losses, path: str
) -> dict[str, Any]:
    ident = participant.entity
    if entity is None:
        return {"identifier_text": ident}
    said = _first_words(article, participant.spans)
    actor: dict[str, Any] = {"entity_text": said or name_of(entity) or ident}
    uri = wikidata_uri(entity)
    if uri:
        actor["identifier_id"] = uri
        actor["identifier_text"] = name_of(entity) or ident
    if isinstance(entity, AnonymousSource):
        losses.approximated(path, "an anonymous source stands as an actor by its description")
    return actor


def _citation(article: Article, entities: dict[str, Any]) -> dict[str, Any]:
    cite: dict[str, Any] = {"title": article.headline, "language": article.language}
    if article.url:
        cite["url"] = article.url
    if article.publisher and article.publisher in entities:
        cite["publication"] = name_of(entities[article.publisher])
    cite["citation"] = article.id
    return cite

"""PLOVER event records: one JSON record per event whose type has a PLOVER category.

Field names follow the "PLOVER JSON" table of the PLOVER manual (Open Event Data Alliance),
with its entity (``actor``, ``recipient``), text and citation information objects and its
location object. Category, mode and context come from the CAMEO→PLOVER table for the event
type's CAMEO code (the table ships with the package and is read once); a type without a code
in the table keeps the category and mode it declares. The status then adjusts the category,
as the manual asks: an announced or planned retreat is CONCEDE and planned cooperation AGREE;
any other planned event has the auxiliary mode ``future``; a proposed, demanded, cancelled or
denied event is left out (nobody did it); a negated one has ``negation``. A record is written
only with the fields the manual requires: an event that states no whole day (PLOVER dates
are days, and the manual has no form for a month or a year) or has no agent is left out and
reported, never written incomplete. The CAMEO code goes in an added ``cameo`` field, since
the manual invites coders to add fields. An inferred year never stands as stated.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
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
    type_info,
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
    s.value for s in (
        EventStatus.PLANNED, EventStatus.EXPECTED, EventStatus.AGREED,
        EventStatus.PENDING_APPROVAL, EventStatus.AWAITING_RATIFICATION, EventStatus.POSTPONED,
    )
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
    s.value
    for s in (EventStatus.PROPOSED, EventStatus.DEMANDED, EventStatus.CANCELLED, EventStatus.DENIED)
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


#: A row of the CAMEO→PLOVER table: ``code: CATEGORY, mode, context; context # note``.
_TABLE_ROW = re.compile(r"(\d{2,4}):([^#]*)")


@cache
def _cameo_table() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """The CAMEO→PLOVER table shipped with the package: CAMEO code to PLOVER category, mode
    (or ``None``) and contexts. A code the table gives twice with different codings (the
    heading ``08`` opens both CONCEDE and RETREAT) is left out: it has no one coding."""
    text = (
        resources.files("iraqwithdrawal.standards")
        .joinpath("data/plover/CAMEO2PLOVER-2021.txt")
        .read_text(encoding="utf-8")
    )
    table: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    ambiguous: set[str] = set()
    for line in text.splitlines():
        row = _TABLE_ROW.match(line.strip())
        if row is None:
            continue
        cells = [cell.strip() for cell in row[2].split(",")] + ["", ""]
        coding = (
            cells[0],
            cells[1] or None,
            tuple(c.strip() for c in cells[2].split(";") if c.strip()),
        )
        if table.setdefault(row[1], coding) != coding:
            ambiguous.add(row[1])
    for code in ambiguous:
        del table[code]
    return table


def to_plover(article: Article) -> Conversion[list[dict[str, Any]]]:
    """The article's events as PLOVER records. An event is left out, and reported, when its
    type has no PLOVER category, when nobody did or committed to it, or when it lacks what
    the manual requires of a record (a whole day, an actor)."""
    losses = Losses()
    entities = entities_by_id(article)
    records = []
    for index, event in enumerate(article.events):
        path = f"$.events[{index}]"
        coding = _coding(event, losses, path)
        if coding is None:
            continue
        if event.status in _UNREALISED:
            losses.dropped(
                path,
                f"a {event.status} {event.event_type} has not been done or committed "
                "to: PLOVER codes what actors do",
            )
            continue
        date, enddate, date_lost = _dates(event)
        actors = _participants(article, event, entities, ParticipantRole.AGENT.value, losses, path)
        missing = [name for name, value in (("date", date), ("actor", actors)) if not value]
        if missing:
            losses.dropped(path, _incomplete(event, missing))
            continue
        category, mode, contexts, cameo = coding
        context = list(contexts)
        if event.status in _FUTURE and category in _FUTURE_CATEGORY:
            # A mode or a CAMEO code belongs to the type's own category.
            category, mode, cameo = _FUTURE_CATEGORY[category], None, None
        else:
            _declared(event, category, mode, losses, path)
            if event.status in _FUTURE:
                context.append("future")
        record: dict[str, Any] = {"id": f"{article.id}-{event.id}", "has_event": True}
        record["date"] = date
        if enddate:
            record["enddate"] = enddate
        if date_lost:
            losses.dropped(f"{path}.time", date_lost)
        record["actor"] = actors
        recipients = _participants(
            article, event, entities, ParticipantRole.RECIPIENT.value, losses, path
        )
        if recipients:
            record["recipient"] = recipients
        others = [p for p in event.participants if p.role not in _CARRIED_ROLES]
        if others:
            losses.dropped(f"{path}.participants", f"participants in other roles: {len(others)}")
        record["event"] = [category]
        if category in QUAD_CODES:
            record["quad_code"] = QUAD_CODES[category]
        if mode:
            record["mode"] = [mode]
        if cameo:
            record["cameo"] = cameo
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
        if event.status is not None and event.status not in _FUTURE | {"completed"}:
            losses.approximated(
                f"{path}.status",
                f"status {event.status!r} has no PLOVER field: the record states the "
                "category as if it happened",
            )
        elif event.status in _FUTURE and event.status != EventStatus.PLANNED.value:
            losses.approximated(
                f"{path}.status",
                f"status {event.status!r} is written as PLOVER's future",
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
    if not records:
        # What the records would cite the article by is written nowhere.
        for name in sorted(COVERAGE.covered(Article) - {"events"}):
            if getattr(article, name):
                losses.dropped(
                    f"$.{name}",
                    "no event could be written as a PLOVER record (each event's reason is "
                    "reported at its path), so no record cites the article by it",
                )
    elif article.body:
        losses.approximated(
            "$.body",
            "only the stretches of the body the events are read from are written, as each "
            "record's text",
        )
    losses.account(article, COVERAGE)
    return Conversion(standard="PLOVER", document=records, losses=tuple(losses.items))


def _coding(
    event: Event, losses: Losses, path: str
) -> tuple[str, str | None, tuple[str, ...], str | None] | None:
    """Category, mode, contexts and CAMEO code of the event's type: the CAMEO→PLOVER table's
    coding of the type's CAMEO code, else what the type declares. ``None`` (reported) when
    there is no category."""
    info = type_info(event)
    if info is None:
        losses.dropped(
            path,
            f"event type {event.event_type!r} is not registered in this process (a lenient "
            "load kept it): its PLOVER category is unknown",
        )
        return None
    row = _cameo_table().get(info.cameo) if info.cameo else None
    if row is None:
        if info.plover is None:
            losses.dropped(path, f"event type {event.event_type!r} has no PLOVER category")
            return None
        return info.plover, info.plover_mode, (), info.cameo
    category, mode, contexts = row
    return category, mode, contexts, info.cameo


def _declared(event: Event, category: str, mode: str | None, losses: Losses, path: str) -> None:
    """Report where the record's coding, from the table, differs from what the event type
    declares (the built-in ``withdrawal`` says mode ``withdraw``; the table codes its CAMEO
    0874, "retreat or surrender militarily", as ``disarm``)."""
    info = type_info(event)
    if info is None:
        return
    declared = [
        f"{what} {ours!r}"
        for what, ours, theirs in (
            ("category", info.plover, category),
            ("mode", info.plover_mode, mode),
        )
        if ours is not None and ours != theirs
    ]
    if declared:
        losses.approximated(
            f"{path}.event_type",
            f"the CAMEO→PLOVER table codes CAMEO {info.cameo} as {category}"
            + (f" {mode!r}" if mode else "")
            + f", which the record follows; the event type declares {' and '.join(declared)}",
        )


def _incomplete(event: Event, missing: list[str]) -> str:
    """Why a record would lack what the manual requires of it."""
    reasons = []
    if "date" in missing:
        time = event.time
        said = (time.to_edtf() or time.text) if time is not None else None
        reasons.append(
            "a date (PLOVER dates are whole days, and the manual has no form for a month, a "
            "year or a bound): "
            + (f"the time {said!r} states no whole day" if said else "the event states no time")
        )
    if "actor" in missing:
        reasons.append("an actor: the event has no agent")
    return "left out: a PLOVER record requires " + "; and ".join(reasons)


#: The roles a PLOVER record carries: its actor, its recipient, and the places of its event.
_CARRIED_ROLES = frozenset(
    r.value for r in (ParticipantRole.AGENT, ParticipantRole.RECIPIENT, ParticipantRole.LOCATION)
)


def _participants(
    article: Article,
    event: Event,
    entities: dict[str, Any],
    role: str,
    losses: Losses,
    path: str,
) -> list[dict[str, Any]]:
    return [
        _actor(article, p, entities.get(p.entity), losses, f"{path}.participants[{i}]")
        for i, p in enumerate(event.participants)
        if p.role == role
    ]


def _dates(event: Event) -> tuple[str | None, str | None, str | None]:
    """The record's ``date`` and ``enddate`` (whole stated days), and why the time is not
    carried whole (``None`` when it is)."""
    time = event.time
    if time is None:
        return None, None, None
    start, end, exact = stated_dates(time, iso_date)
    if start and exact:
        return start, end, None
    return (
        start,
        end,
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

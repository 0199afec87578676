"""Hypothesis strategies for every model, and for whole articles whose references, spans and
quotes are consistent, so that ``validate(article)`` reports no error.

Importing this module registers the strategies with hypothesis, so ``st.from_type(Article)``
(and every other model) works.
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from functools import cache, lru_cache
from typing import Any, TypeVar, get_args, get_origin

import attrs
from hypothesis import assume, reject
from hypothesis import strategies as st

from .. import models as models_namespace
from .._rules import document_rules, run_rules
from ..description import FieldInfo, describe, is_class
from ..errors import RuleError, Severity
from ..models import (
    DIVISIONS,
    Amount,
    AnonymousSource,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    BasedOn,
    Certainty,
    Claim,
    Communication,
    Condition,
    Contributor,
    ContributorRole,
    Correction,
    Cue,
    Dateline,
    DeicticUnit,
    Deixis,
    Dispute,
    Duration,
    DurationUnit,
    Entity,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Factuality,
    Fraction,
    Identifier,
    Interval,
    License,
    LiveEntry,
    MediaItem,
    MediaKind,
    Mention,
    MentionForm,
    Moment,
    Organization,
    OrganizationKind,
    PartialDate,
    Participant,
    ParticipantRole,
    PeriodPart,
    Person,
    Place,
    PlaceKind,
    Polarity,
    Quantity,
    QuantityQualifier,
    Quote,
    Relation,
    RelayHop,
    Role,
    Scope,
    Span,
    SpanField,
    Stance,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
    _base,
    event_types,
    registered_types,
    resolve_license,
)
from ..models._base import ID, IRI, LANGUAGE, OPT_ID, OPT_IRI, Model, RefKinds, tag_of
from ..models._checks import AllOf, Check, MatchesRe, Optional
from ..models.quantity import _MAGNITUDES
from ..models.time import CALENDARS as _CALENDARS
from ..models.time import (
    DAY_PARTS,
    PERIOD_MONTHS,
    NamedPeriod,
    PrintedDate,
    arithmetic_for,
    end_inexpressible,
    from_gregorian,
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

T = TypeVar("T")

# The article being drawn, if any: what a drawn reference may point at.
_ARTICLE: ContextVar[_Context] = ContextVar("iraqwithdrawal_article")

# Letters beyond ASCII (and one outside the Basic Multilingual Plane) so offsets are tested as
# code points, not bytes or UTF-16 units.
_ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:'\"-()"
_ALPHABET = st.sampled_from(
    [*_ASCII, "\u00e9", "\u00df", "\u0436", "\u0639", "\u4e2d", "\U0001d538", "\n"]
)


@cache
def texts(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text."""
    return st.text(_ALPHABET, min_size=min_size, max_size=max_size).filter(
        lambda s: s.strip() != ""
    )


@cache
def ids() -> st.SearchStrategy[str]:
    """Valid ids."""
    return st.from_regex(r"[a-z][a-z0-9_.:-]{0,12}", fullmatch=True)


def bodies(min_size: int = 0, max_size: int = 400) -> st.SearchStrategy[str]:
    return st.text(_ALPHABET, min_size=min_size, max_size=max_size)


# Strategies built inside composites are cached: building and validating a fresh strategy
# object on every draw made article generation several times slower.


@lru_cache(maxsize=4096)
def _opt(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def _pick(pool: Sequence[str]) -> st.SearchStrategy[str | None]:
    return _pick_cached(tuple(pool))


@lru_cache(maxsize=4096)
def _pick_cached(pool: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.sampled_from(pool) | st.none() if pool else st.none()


# The hand-written strategies below draw the fields that must agree with the rest of an
# article (references, spans, quotes matching the body). They build every model through
# ``_build``, which draws every field they do not pass from the field's own type and rules:
# a field added to a model is drawn with no change here.


@st.composite
def _build(draw: st.DrawFn, cls: type[T], /, **given: Any) -> T:
    """An instance of ``cls`` with the ``given`` field values and drawn values for the rest
    (references point into the article being drawn, when there is one)."""
    context = _ARTICLE.get(_NO_CONTEXT)
    values = dict(given)
    for a in describe(cls).fields:
        if a.init and a.name not in values:
            values[a.name] = draw(_field(a, context))
    try:
        return cls(**values)
    except (ValueError, TypeError):  # a drawn value broke a rule across fields
        reject()


@st.composite
def _builds(draw: st.DrawFn, cls: type[T], /, **strategies: st.SearchStrategy[Any]) -> T:
    """Like ``st.builds``, through :func:`_build`."""
    given = {name: draw(strategy) for name, strategy in strategies.items()}
    return draw(_build(cls, **given))


@st.composite
def spans(draw: st.DrawFn, body: str | None = None) -> Span:
    """A span; inside ``body`` (with its exact text, or no text) when a body is given."""
    if body is None:
        start = draw(st.integers(0, 10_000))
        end = draw(st.integers(start + 1, start + 500))
        field = draw(st.sampled_from(SpanField))
        media = draw(ids()) if field in (SpanField.CAPTION, SpanField.CREDIT) else None
        return Span(start=start, end=end, field=field, media=media)
    if not body:
        raise ValueError("spans(body) needs a non-empty body")
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    text = draw(st.sampled_from([None, body[start:end]]))
    return Span(start=start, end=end, text=text)


@lru_cache(maxsize=1024)
def _spans(body: str | None, max_size: int = 2) -> st.SearchStrategy[tuple[Span, ...]]:
    if body == "":
        return st.just(())
    return st.lists(spans(body), max_size=max_size).map(tuple)


@lru_cache(maxsize=1024)
def cues(body: str | None = None) -> st.SearchStrategy[Cue]:
    return _builds(Cue, text=texts(max_size=20), spans=_spans(body, 1))


@lru_cache(maxsize=1024)
def _factualities(body: str | None = None) -> st.SearchStrategy[Factuality]:
    """Factualities whose hedges are anchored in ``body`` (anywhere, without one)."""
    return _builds(
        Factuality,
        certainty=st.sampled_from(Certainty),
        polarity=st.sampled_from(Polarity),
        hedges=st.lists(cues(body), max_size=2).map(tuple),
    )


@st.composite
def partial_dates(draw: st.DrawFn, with_year: bool | None = None) -> PartialDate:
    """Valid partial dates, from a bare year to a full date, with or without a year, some
    with a season or sub-year grouping in place of the month."""
    import calendar

    year = draw(st.integers(-9999, 9999)) if with_year is not False else None
    if with_year is None and draw(st.booleans()):
        year = None
    if year is not None and draw(st.integers(0, 20)) == 0:
        # Beyond 9999 EDTF writes the year alone (Y12345).
        return PartialDate(
            year=draw(st.sampled_from([-1, 1])) * draw(st.integers(10000, 10**9 - 1))
        )
    month = draw(st.integers(1, 12)) if year is None or draw(st.booleans()) else None
    day = None
    division = None
    if year is not None and month is not None and draw(st.integers(0, 4)) == 0:
        month, division = None, draw(st.sampled_from(sorted(DIVISIONS)))
    if month is not None and draw(st.booleans()):
        if year is not None and 1 <= year <= 9999:
            last = calendar.monthrange(year, month)[1]
        elif month == 2:
            last = 29 if year is None or calendar.isleap(year) else 28
        else:
            last = calendar.monthrange(2001, month)[1]
        day = draw(st.integers(1, last))
    # EDTF qualifies only a date with a year that is not a season or grouping.
    can_qualify = year is not None and division is None
    return PartialDate(
        year=year,
        month=month,
        day=day,
        division=division,
        approximate=can_qualify and draw(st.booleans()),
        uncertain=can_qualify and draw(st.booleans()),
    )


@st.composite
def intervals(draw: st.DrawFn, with_year: bool | None = True) -> Interval:
    """Valid intervals, each with an EDTF form: closed, open (``..``) or with an unknown end,
    now and then ``../..``; a year-less end only between two plain dates (EDTF level 2)."""
    dates = partial_dates(with_year=with_year).filter(lambda d: end_inexpressible(d) is None)
    start, end = draw(_opt(dates)), draw(_opt(dates))
    if start is None and end is None and draw(st.integers(0, 9)):
        end = draw(dates)
    if any(d is not None and d.year is None for d in (start, end)):
        start, end = (
            attrs.evolve(d or draw(dates), approximate=False, uncertain=False) for d in (start, end)
        )
    for first, last in ((start, end), (end, start)):  # one of the two orders is not reversed
        try:
            return Interval(
                start=first,
                end=last,
                start_unknown=first is None and last is not None and draw(st.booleans()),
                end_unknown=last is None and first is not None and draw(st.booleans()),
            )
        except RuleError as exc:
            if exc.code != "reversed_range":
                raise
    raise AssertionError("unreachable: an interval is ordered one way or the other")


@st.composite
def edtf_like_strings(draw: st.DrawFn) -> str:
    """Strings shaped like EDTF dates and intervals, valid or nearly so: years of four digits,
    ``XXXX``, partly unspecified or ``Y``-prefixed; months, seasons and days in and out of
    range; qualifiers in and out of place; open and unknown interval ends. For differential
    tests of EDTF readers (ours against python-edtf in this project's tests)."""
    year = draw(
        st.sampled_from(["XXXX", "19XX", "199X", "0000", "-0000", "Y12345", "Y-12345"])
        | st.integers(-9999, 9999).map(lambda y: f"-{-y:04d}" if y < 0 else f"{y:04d}")
    )
    month = draw(
        st.sampled_from(["", "-XX", "-1X", "-00", "-13"])
        | st.integers(1, 12).map(lambda m: f"-{m:02d}")
        | st.integers(21, 42).map(lambda m: f"-{m}")
    )
    day = ""
    if month and draw(st.booleans()):
        day = draw(
            st.sampled_from(["-XX", "-3X", "-00", "-32"])
            | st.integers(1, 31).map(lambda d: f"-{d:02d}")
        )
    qualifier = draw(st.sampled_from(["", "", "", "?", "~", "%"]))
    text = year + month + day + qualifier
    if draw(st.integers(0, 2)) == 0:
        return text
    other = draw(st.sampled_from(["..", "", "..", "2020", "XXXX-06-03", "1999-12~", "2021-21"]))
    pair = (text, other) if draw(st.booleans()) else (other, text)
    if draw(st.integers(0, 3)) == 0:
        pair = (text, draw(edtf_like_strings()).split("/")[0])
    return "/".join(pair)


durations = st.builds(
    Duration,
    value=st.none() | st.integers(1, 1000) | st.floats(0.5, 1000, allow_nan=False),
    unit=st.sampled_from(DurationUnit),
    approximate=st.booleans(),
)

deixes = st.one_of(
    st.builds(
        Deixis,
        unit=st.sampled_from(DeicticUnit),
        offset=st.integers(-3, 3),
        week_starts=_opt(st.integers(1, 7)),
    ),
    st.builds(
        Deixis,
        weekday=st.integers(1, 7),
        offset=st.integers(-2, 2),
        week_starts=_opt(st.integers(1, 7)),
    ),
)


@st.composite
def moments(draw: st.DrawFn) -> Moment:
    """Times of day, some with an offset worked out from a zone (``offset_inference``)."""
    offset = draw(_opt(st.integers(-720, 840)))
    return Moment(
        date=draw(_opt(partial_dates())),
        hour=draw(st.integers(0, 23)),
        minute=draw(_opt(st.integers(0, 59))),
        second=draw(_opt(st.integers(0, 59))),
        utc_offset=offset,
        zone=draw(_opt(st.sampled_from(["GMT", "UTC", "Baghdad time", "EST", "ET"]))),
        text=draw(_opt(texts(max_size=20))),
        offset_inference=None if offset is None else draw(_opt(texts(max_size=20))),
        approximate=draw(st.booleans()),
    )


@st.composite
def printed_dates(draw: st.DrawFn, calendar: str | None = None) -> PrintedDate:
    """Dates as printed in a registered calendar: a Gregorian day (1900-2200) written in
    that calendar (1942-2200, in every calendar's range), to the day, the month or the year;
    sometimes read in a zone. A calendar
    with no arithmetic gets any year, month and day."""
    name = calendar or draw(st.sampled_from(sorted(_CALENDARS)))
    zone = draw(_opt(st.sampled_from(["Japan time", "日本時間", "Tehran time"])))
    extra: dict[str, Any] = {
        "zone": zone,
        "utc_offset": None if zone is None else draw(st.sampled_from([540, 210, 180])),
        "text": draw(_opt(texts(max_size=20))),
    }
    if arithmetic_for(name) is None:
        return PrintedDate(
            calendar=name,
            year=draw(st.integers(1, 6000)),
            month=draw(_opt(st.integers(1, 13))),
            **extra,
        )
    day = draw(st.dates(_dt.date(1942, 1, 1), _dt.date(2200, 12, 31)))
    era, year, month, mday = from_gregorian(name, day)
    precision = draw(st.sampled_from(["day", "month", "year"]))
    return PrintedDate(
        calendar=name,
        era=era,
        year=year,
        month=None if precision == "year" else month,
        day=mday if precision == "day" else None,
        **extra,
    )


@st.composite
def named_periods(draw: st.DrawFn, owner_ids: Sequence[str] = ()) -> NamedPeriod:
    """Named periods with a known length: fiscal years under any convention, their halves
    and quarters."""
    kind = draw(st.sampled_from(sorted(PERIOD_MONTHS)))
    parts = 12 // PERIOD_MONTHS[kind]
    starts = draw(_opt(st.builds(PartialDate, month=st.integers(1, 12), day=st.integers(1, 28))))
    return NamedPeriod(
        kind=kind,
        year=draw(st.integers(1900, 2100)),
        number=draw(st.integers(1, parts)) if parts > 1 else None,
        starts=starts,
        named_for_end=draw(st.booleans()),
        owner=draw(st.sampled_from([None, *owner_ids])) if owner_ids else None,
        text=draw(_opt(texts(max_size=20))),
    )


@st.composite
def fractions(draw: st.DrawFn) -> Fraction:
    denominator = draw(st.integers(1, 100))
    return Fraction(
        numerator=draw(st.integers(1, denominator)),
        denominator=denominator,
        approximate=draw(st.booleans()),
    )


_REPORT_DATES = st.builds(
    PartialDate,
    year=st.integers(1900, 2100),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
_EVENT_RELATIONS = (
    TimeRelation.WITHIN,
    TimeRelation.AFTER,
    TimeRelation.BEFORE,
    TimeRelation.BY,
    TimeRelation.DURING,
    TimeRelation.SAME_TIME,
)
_NO_DATE = (
    TimeRelation.BETWEEN,
    TimeRelation.WITHIN,
    TimeRelation.DURING,
    TimeRelation.SAME_TIME,
    TimeRelation.PAST,
)


@st.composite
def time_expressions(
    draw: st.DrawFn, body: str | None = None, event_ids: Sequence[str] = ()
) -> TimeExpression:
    """Time expressions of every shape: a dated relation, an interval, a time counted from
    the report ("yesterday"), a duration from an unstated anchor, or a relation to another
    event (when ``event_ids`` offers one). Inferred values, when drawn, come from
    :meth:`TimeExpression.resolve` against a drawn report date."""
    shapes = ["date", "interval", "relative", "text", "deixis", "offset", "printed", "period"]
    shape = draw(st.sampled_from([*shapes, "past"]))
    text = draw(_opt(texts(max_size=20)))
    common: dict[str, Any] = {
        "text": text,
        "spans": draw(_spans(body, 1)),
        "cue": draw(_opt(cues(body))),
        "day_part": draw(_opt(st.sampled_from(sorted(DAY_PARTS)))),
        "moment": draw(_opt(moments())),
    }
    if shape == "interval":
        found = TimeExpression(
            relation=TimeRelation.BETWEEN, interval=draw(intervals(with_year=None)), **common
        )
    elif shape == "relative" and event_ids:
        relation = draw(st.sampled_from(_EVENT_RELATIONS))
        needs_offset = relation is TimeRelation.WITHIN or draw(st.booleans())
        return TimeExpression(
            relation=relation,
            offset=draw(durations) if needs_offset else None,
            relative_to=draw(st.sampled_from(list(event_ids))),
            **common,
        )
    elif shape == "printed":
        found = TimeExpression(
            relation=draw(st.sampled_from([TimeRelation.ON, TimeRelation.BY, TimeRelation.IN])),
            printed=draw(st.lists(printed_dates(), min_size=1, max_size=2)),
            part=draw(_opt(st.sampled_from(PeriodPart))),
            **common,
        )
    elif shape == "period":
        found = TimeExpression(
            relation=draw(st.sampled_from([TimeRelation.IN, TimeRelation.BY])),
            period=draw(named_periods()),
            part=draw(_opt(st.sampled_from(PeriodPart))),
            **common,
        )
    elif shape == "past":
        found = TimeExpression(
            relation=TimeRelation.PAST,
            offset=draw(durations),
            anchor_kind=draw(st.sampled_from([None, TimeAnchor.DOCUMENT])),
            **common,
        )
    elif shape == "offset":
        return TimeExpression(
            relation=TimeRelation.WITHIN,
            offset=draw(durations),
            anchor_kind=draw(_opt(st.sampled_from(TimeAnchor))),
            **common,
        )
    elif shape == "deixis":
        found = TimeExpression(
            relation=draw(st.sampled_from([TimeRelation.ON, TimeRelation.IN, TimeRelation.SINCE])),
            deixis=draw(deixes),
            part=draw(_opt(st.sampled_from(PeriodPart))),
            anchor_kind=draw(st.sampled_from([None, TimeAnchor.DOCUMENT])),
            **common,
        )
    elif shape == "text" and text is not None:
        return TimeExpression(relation=TimeRelation.ON, **common)
    else:
        relation = draw(st.sampled_from([r for r in TimeRelation if r not in _NO_DATE]))
        found = TimeExpression(
            relation=relation,
            date=draw(partial_dates()),
            part=draw(_opt(st.sampled_from(PeriodPart))),
            **common,
        )
    if draw(st.booleans()):
        week = draw(_opt(st.integers(1, 7)))
        found = found.resolve(draw(_REPORT_DATES), draw(texts(max_size=30)), week)
        if found.inference is not None and body and draw(st.booleans()):
            found = attrs.evolve(found, anchor_span=draw(spans(body)))
    return found


@st.composite
def amounts(draw: st.DrawFn) -> Amount:
    number = st.integers(0, 10**7) | st.floats(0, 1e7, allow_nan=False, allow_infinity=False)
    shape = draw(st.sampled_from(["value", "range", "magnitude"]))
    if shape == "magnitude":
        return Amount(qualifier=draw(st.sampled_from(sorted(_MAGNITUDES, key=str))))
    qualifier = draw(st.sampled_from([q for q in QuantityQualifier if q not in _MAGNITUDES]))
    if shape == "value":
        return Amount(value=draw(number), qualifier=qualifier)
    low, high = draw(_opt(number)), draw(_opt(number))
    if low is None and high is None:
        low = draw(number)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Amount(low=low, high=high, qualifier=qualifier)


@st.composite
def _relay(
    draw: st.DrawFn, body: str | None, pool: Sequence[str], exclude: str | None
) -> tuple[RelayHop, ...]:
    choices = [i for i in pool if i != exclude]
    if not choices:
        return ()
    vias = draw(st.lists(st.sampled_from(choices), unique=True, max_size=3))
    return tuple(
        draw(
            _build(
                RelayHop,
                via=via,
                cue=draw(_opt(cues(body))),
                time=draw(_opt(time_expressions(body))),
                spans=draw(_spans(body, 1)),
            )
        )
        for via in vias
    )


@st.composite
def attributions(
    draw: st.DrawFn,
    body: str | None = None,
    speakers: Sequence[str] = (),
    entity_ids: Sequence[str] = (),
    mode: AttributionMode | None = None,
    id_: str | None = None,
) -> Attribution:
    """Attributions whose source is one of ``speakers`` and whose relay passes through
    ``entity_ids`` without returning to any of them."""
    source = draw(_pick(speakers))
    joint = (
        tuple(
            draw(
                st.lists(
                    st.sampled_from([s for s in speakers if s != source]), unique=True, max_size=2
                )
            )
        )
        if len(speakers) > 1
        else ()
    )
    factuality = draw(_opt(_factualities(body)))
    return draw(
        _build(
            Attribution,
            id=id_,
            source=source,
            joint_with=joint,
            cue=draw(_opt(cues(body))),
            recipient=draw(_pick(entity_ids)),
            mode=mode if mode is not None else draw(_opt(st.sampled_from(AttributionMode))),
            relay=draw(_relay(body, entity_ids, source)),
            time=draw(_opt(time_expressions(body))),
            factuality=factuality,
            shared=None,
            spans=draw(_spans(body, 1)),
        )
    )


@st.composite
def quantities(
    draw: st.DrawFn,
    body: str | None = None,
    entity_ids: Sequence[str] = (),
    speakers: Sequence[str] = (),
    id_: str | None = None,
) -> Quantity:
    return draw(
        _build(
            Quantity,
            id=id_,
            amount=draw(amounts()),
            counted=draw(texts(max_size=20)),
            of=draw(_pick(entity_ids)),
            as_of=draw(_opt(time_expressions(body))),
            previous=draw(_opt(amounts())),
            fraction=None,
            part_of=None,
            text=draw(_opt(texts(max_size=20))),
            spans=draw(_spans(body, 1)),
            attribution=draw(_opt(attributions(body, speakers, entity_ids))),
        )
    )


def _mentions(
    body: str | None, entity_ids: Sequence[str]
) -> st.SearchStrategy[tuple[Mention, ...]]:
    if body == "":
        return st.just(())
    mention = _builds(
        Mention, span=spans(body), form=st.sampled_from(MentionForm), via=_pick(entity_ids)
    )
    return st.lists(mention, max_size=2).map(tuple)


identifiers = _builds(
    Identifier,
    scheme=st.sampled_from(["wikidata", "geonames", "viaf"]),
    value=st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True),
)
_identifiers = st.lists(identifiers, max_size=2).map(tuple)


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
    """One entity of ``kind`` (person, organization, place, anonymous_source or entity),
    referring only to the ids offered."""
    ident = id_ if id_ is not None else draw(ids())
    kind = kind or draw(
        st.sampled_from(["person", "organization", "place", "anonymous_source", "entity"])
    )
    common: dict[str, Any] = {
        "id": ident,
        "aliases": tuple(draw(st.lists(texts(max_size=15), max_size=2))),
        "identifiers": draw(_identifiers),
        "mentions": draw(_mentions(body, [e for e in entity_ids if e != ident])),
    }
    if kind == "person":
        roles = draw(
            st.lists(
                _builds(
                    Role,
                    title=texts(max_size=30),
                    organization=_pick(organizations),
                    spans=_spans(body, 1),
                ),
                max_size=2,
            )
        )
        return draw(_build(Person, name=draw(texts(max_size=25)), roles=tuple(roles), **common))
    if kind == "organization":
        return draw(
            _build(
                Organization,
                name=draw(texts(max_size=25)),
                kind=draw(st.sampled_from(OrganizationKind)),
                parent=draw(_pick([o for o in organizations if o != ident])),
                country=draw(_pick(places)),
                **common,
            )
        )
    if kind == "place":
        return draw(
            _build(
                Place,
                name=draw(texts(max_size=25)),
                kind=draw(st.sampled_from(PlaceKind)),
                within=draw(_pick([p for p in places if p != ident])),
                **common,
            )
        )
    if kind == "anonymous_source":
        return draw(
            _build(
                AnonymousSource,
                description=draw(texts(max_size=40)),
                plural=draw(st.booleans()),
                affiliation=draw(_pick([e for e in entity_ids if e != ident])),
                **common,
            )
        )
    return draw(_build(Entity, **common))


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
                _build(
                    Participant,
                    entity=e,
                    role=draw(st.sampled_from(ParticipantRole)),
                    spans=draw(_spans(body, 1)),
                )
            )
            for e in draw(st.lists(st.sampled_from(list(entity_ids)), unique=True, max_size=3))
        )
        if entity_ids
        else ()
    )
    links = (
        tuple(
            draw(_build(EventLink, relation=draw(st.sampled_from(EventRelation)), target=t))
            for t in draw(st.lists(st.sampled_from(list(earlier_events)), unique=True, max_size=2))
        )
        if earlier_events
        else ()
    )
    conditions = tuple(
        draw(
            st.lists(
                _builds(
                    Condition,
                    text=texts(max_size=30),
                    event=_pick(earlier_events),
                    negated=st.booleans(),
                    spans=_spans(body, 1),
                ),
                max_size=1,
            )
        )
    )
    return draw(
        _build(
            Event,
            id=ident,
            event_type=draw(st.sampled_from(sorted(event_types()))),
            status=draw(_opt(st.sampled_from(EventStatus))),
            scope=draw(_opt(st.sampled_from(Scope))),
            summary=draw(_opt(texts(max_size=40))),
            trigger=draw(_opt(cues(body))),
            participants=participants,
            locations=tuple(draw(st.lists(st.sampled_from(places), max_size=2, unique=True)))
            if places
            else (),
            time=draw(_opt(time_expressions(body, earlier_events))),
            quantities=tuple(draw(st.lists(quantities(body, entity_ids, speakers), max_size=2))),
            conditions=conditions,
            links=links,
            attributions=tuple(
                draw(st.lists(attributions(body, speakers, entity_ids), max_size=2))
            ),
            spans=draw(_spans(body, 1)),
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
) -> Quote:
    """A quote; a direct quote's text is exactly the body at its spans."""
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
        quote_spans = draw(_spans(body, 1)) if body else ()
    about_ids = (
        tuple(draw(st.lists(st.sampled_from(list(about)), unique=True, max_size=2)))
        if about
        else ()
    )
    return draw(
        _build(
            Quote,
            id=ident,
            text=text,
            spans=quote_spans,
            about=about_ids,
            attribution=draw(attributions(body, speakers, entity_ids, mode=mode)),
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
        _build(
            Claim,
            id=ident,
            text=draw(texts(max_size=60)),
            attribution=draw(attributions(body, speakers, entity_ids)),
            stance=draw(_opt(st.sampled_from(Stance))),
            dispute=draw(_pick(disputes)),
            contests=tuple(draw(st.lists(st.sampled_from(rivals), unique=True, max_size=2)))
            if rivals
            else (),
            about=tuple(draw(st.lists(st.sampled_from(list(about)), unique=True, max_size=2)))
            if about
            else (),
            summary=draw(_opt(texts(max_size=30))),
            spans=draw(_spans(body, 1)),
        )
    )


@st.composite
def media_items(
    draw: st.DrawFn, id_: str | None = None, body: str | None = None, entity_ids: Sequence[str] = ()
) -> MediaItem:
    return draw(
        _build(
            MediaItem,
            id=id_ if id_ is not None else draw(ids()),
            kind=draw(st.sampled_from(MediaKind)),
            caption=draw(_opt(texts())),
            credit=draw(_opt(texts())),
            creator=draw(_pick(entity_ids)),
            license=draw(_opt(licenses)),
            url=draw(_opt(st.just("https://example.org/photo.jpg"))),
            spans=draw(_spans(body, 1)),
        )
    )


_ENTITY_KINDS = ["person", "organization", "place", "anonymous_source", "entity"]
_URLS = st.sampled_from(
    [
        "https://example.org/news/2024/07/24/iraq-talks",
        "https://example.org/news/a?id=7#top",
        "https://пример.example/новости/1",
        "https://example.org/a%20b/c?q=%D0%BF&x=1",
        "urn:newsml:example.org:20240724:iraq-talks",
    ]
)


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

    extension_entities = _extensions(Entity)
    chosen: list[type | None] = []
    for _ in entity_ids:
        extended = bool(extension_entities) and draw(st.booleans())
        chosen.append(draw(st.sampled_from(extension_entities)) if extended else None)
    kinds = [
        _KIND_OF[_builtin_base(c)] if c is not None else draw(st.sampled_from(_ENTITY_KINDS))
        for c in chosen
    ]
    places = [i for i, k in zip(entity_ids, kinds, strict=False) if k == "place"]
    orgs = [i for i, k in zip(entity_ids, kinds, strict=False) if k == "organization"]
    people = [i for i, k in zip(entity_ids, kinds, strict=False) if k == "person"]
    speaker_kinds = ("person", "organization", "anonymous_source")
    speakers = [i for i, k in zip(entity_ids, kinds, strict=False) if k in speaker_kinds]
    # What a reference drawn for a field the hand-written code does not pass may point at.
    targets: dict[str, type] = {
        **{
            i: _KIND_CLASS[k] if c is None else c
            for i, k, c in zip(entity_ids, kinds, chosen, strict=True)
        },
        **dict.fromkeys(event_ids, Event),
        **dict.fromkeys(quote_ids, Quote),
        **dict.fromkeys(claim_ids, Claim),
        **dict.fromkeys(dispute_ids, Dispute),
        **dict.fromkeys(media_ids, MediaItem),
        **dict.fromkeys(comm_ids, Communication),
    }
    token = _ARTICLE.set(
        _Context(body, targets, tuple(speakers), tuple(entity_ids), tuple(event_ids))
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
                context = _Context(body, earlier, tuple(speakers), tuple(entity_ids), ())
                ents[n] = draw(_upgrade(ents[n], cls, context))
        extension_events = _extensions(Event)
        evs: list[Event] = []
        for n, i in enumerate(event_ids):
            event = draw(events(i, body, entity_ids, places, speakers, event_ids[:n]))
            if bool(extension_events) and draw(st.booleans()):
                cls = draw(st.sampled_from(extension_events))
                earlier = {**classes, **{k: type(e) for k, e in zip(event_ids, evs, strict=False)}}
                context = _Context(
                    body, earlier, tuple(speakers), tuple(entity_ids), tuple(event_ids[:n])
                )
                event = draw(_upgrade(event, cls, context))
            if event.quantities and named:
                quantities_with_ids = tuple(
                    attrs.evolve(q, id=_take(named, draw)) if q.id is None else q
                    for q in event.quantities
                )
                whole, *rest = quantities_with_ids
                if rest and whole.id is not None and draw(st.booleans()):
                    # A share of the first quantity ("a third of the 3,000 troops").
                    share = attrs.evolve(
                        rest[0],
                        fraction=draw(fractions()),
                        part_of=whole.id,
                        amount=draw(_opt(amounts())),
                    )
                    quantities_with_ids = (whole, share, *rest[1:])
                event = attrs.evolve(event, quantities=quantities_with_ids)
            evs.append(event)
        dispute_objs = [
            draw(
                _build(
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
                    spans=draw(_spans(body, 1)),
                )
            )
            for i in dispute_ids
        ]
        contributors = (
            tuple(
                draw(_build(Contributor, entity=e, role=draw(st.sampled_from(ContributorRole))))
                for e in draw(st.lists(st.sampled_from(people + orgs), unique=True, max_size=2))
            )
            if people or orgs
            else ()
        )
        about = event_ids + entity_ids
        shared = [
            draw(attributions(body, speakers, entity_ids, id_=named.pop())) if named else None
        ]
        comms = tuple(draw(_build(Communication, id=i)) for i in comm_ids)
        if shared[0] is not None and evs and draw(st.booleans()):
            # One attribution declared once and pointed at by an event, not copied.
            first = evs[0]
            own = Attribution(shared=shared[0].id, cue=draw(_opt(cues(body))))
            evs[0] = attrs.evolve(first, attributions=(*first.attributions, own))
        article = draw(
            _build(
                Article,
                id=article_id,
                headline=draw(texts(max_size=60)),
                body=body,
                language=draw(st.sampled_from(["en", "ar", "ru", "en-GB"])),
                dateline=draw(
                    _opt(
                        _builds(
                            Dateline,
                            text=_opt(texts(max_size=20)),
                            places=st.lists(st.sampled_from(places), unique=True, max_size=1).map(
                                tuple
                            )
                            if places
                            else st.just(()),
                            time=_opt(time_expressions(body)),
                        )
                    )
                ),
                published=draw(_opt(partial_dates(with_year=True))),
                url=draw(_opt(_URLS)),
                publisher=draw(_pick(orgs)),
                contributors=contributors,
                based_on=tuple(
                    draw(_build(BasedOn, source=s, text=draw(_opt(texts()))))
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
                    draw(_build(Relation, id=_take(named, draw)))
                    for _ in range(draw(st.integers(0, 2) if entity_ids else st.just(0)))
                ),
                entries=tuple(draw(_build(LiveEntry, id=i)) for i in entry_ids),
                parts=draw(_parts(named)),
                quotes=tuple(
                    draw(quotes(i, body, speakers, entity_ids, event_ids + claim_ids))
                    for i in quote_ids
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
                            _builds(
                                Correction,
                                text=texts(),
                                date=_opt(partial_dates()),
                                spans=_spans(body, 1),
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
        _ARTICLE.reset(token)


@st.composite
def _parts(draw: st.DrawFn, named: list[str]) -> tuple[ArticlePart, ...]:
    """An article's own parts, each ``within`` a part drawn before it or none (no loops)."""
    drawn: list[ArticlePart] = []
    for _ in range(draw(st.integers(0, 2))):
        earlier = [p.id for p in drawn if p.id is not None]
        part = _build(
            ArticlePart, id=_take(named, draw), text=draw(texts()), within=draw(_pick(earlier))
        )
        drawn.append(draw(part))
    return tuple(drawn)


mentions = _builds(Mention, span=spans(), form=st.sampled_from(MentionForm), via=_opt(ids()))
roles = _builds(Role, title=texts(max_size=30), organization=_opt(ids()), spans=_spans(None, 1))
participants = _builds(
    Participant, entity=ids(), role=st.sampled_from(ParticipantRole), spans=_spans(None, 1)
)
conditions = _builds(
    Condition, text=texts(), event=_opt(ids()), negated=st.booleans(), spans=_spans(None, 1)
)
event_links = _builds(EventLink, relation=st.sampled_from(EventRelation), target=ids())
factualities = _factualities()
relay_hops = _builds(
    RelayHop, via=ids(), cue=_opt(cues()), time=_opt(time_expressions()), spans=_spans(None, 1)
)
datelines = _builds(
    Dateline,
    text=_opt(texts(max_size=20)),
    places=st.lists(ids(), max_size=2).map(tuple),
    time=_opt(time_expressions()),
)
contributors = _builds(Contributor, entity=ids(), role=st.sampled_from(ContributorRole))
based_ons = _builds(BasedOn, source=ids(), text=_opt(texts()))
corrections = _builds(Correction, text=texts(), date=_opt(partial_dates()), spans=_spans(None, 1))
licenses = st.builds(
    lambda text, url: License(text=text, spdx=resolve_license(text), url=url),
    st.sampled_from(
        ["Creative Commons 2.0", "CC BY-SA 4.0", "CC BY 2.0", "All rights reserved", "CC0"]
    ),
    st.none() | st.just("https://creativecommons.org/licenses/by/2.0/"),
)


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
        Attribution: _opt(ids()).flatmap(lambda i: attributions(id_=i)),
        Quote: quotes(),
        Claim: claims(),
        Dispute: _builds(Dispute, id=ids(), topic=texts()),
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
        _BUILTIN[cls] = strategy
    for tag, cls in registered_types().items():
        _register_derived(tag, cls)
    # Every other model is drawn from its fields' types, validators and references.
    for name in models_namespace.__all__:
        cls = getattr(models_namespace, name)
        if is_class(cls) and attrs.has(cls) and issubclass(cls, Model):
            if cls not in _BUILTIN and tag_of(cls) is None:
                st.register_type_strategy(cls, _derived(cls, _NO_CONTEXT))


# --- strategies derived from the attrs fields of extension classes ------------------------------

_BUILTIN: dict[type, st.SearchStrategy[Any]] = {}
_OVERRIDES: dict[type, st.SearchStrategy[Any]] = {}
_KIND_CLASS: dict[str, type] = {
    "person": Person,
    "organization": Organization,
    "place": Place,
    "anonymous_source": AnonymousSource,
    "entity": Entity,
}
_KIND_OF = {
    Person: "person",
    Organization: "organization",
    Place: "place",
    AnonymousSource: "anonymous_source",
    Entity: "entity",
}


@attrs.frozen
class _Context:
    """What an extension field may refer to inside an article: the body for spans, and the
    ids drawn so far with their classes."""

    body: str | None
    targets: Mapping[str, type]
    speakers: tuple[str, ...]
    entity_ids: tuple[str, ...]
    event_ids: tuple[str, ...]


_NO_CONTEXT = _Context(None, {}, (), (), ())


def _builtin_base(cls: type) -> type:
    return next(k for k in cls.__mro__ if k in _BUILTIN)


def _extensions(root: type) -> list[type]:
    """Registered subclasses of ``root`` that are not this library's own classes."""
    return sorted(
        (
            c
            for c in registered_types().values()
            if issubclass(c, root) and c not in _BUILTIN and attrs.has(c)
        ),
        key=lambda c: (c.__module__, c.__qualname__),
    )


def register_strategy(cls: type, strategy: st.SearchStrategy[Any] | None = None) -> None:
    """Use ``strategy`` for ``cls`` everywhere: in ``st.from_type(cls)``, in :func:`models`
    and, for a registered entity or event class, in :func:`articles` (where the value drawn
    still gets its references checked by ``validate()``). Without ``strategy``, the one
    derived from the class's fields is registered, as it is for every class registered
    with ``register_type``."""
    if strategy is None:
        _OVERRIDES.pop(cls, None)
        strategy = st.deferred(lambda: models(cls))
    else:
        _OVERRIDES[cls] = strategy
    st.register_type_strategy(cls, strategy)


def _register_derived(_tag: str, cls: type) -> None:
    if cls not in _BUILTIN and cls not in _OVERRIDES and attrs.has(cls):
        st.register_type_strategy(cls, st.deferred(lambda: models(cls)))


def models(cls: type[T]) -> st.SearchStrategy[T]:
    """Instances of any model class, this library's or an extension's: a built-in class
    gets its hand-written strategy; a subclass gets one of the class it extends, plus values
    for the fields it adds, derived from their types, validators and defaults."""
    override = _OVERRIDES.get(cls)
    if override is not None:
        return override
    builtin = _BUILTIN.get(cls)
    if builtin is not None:
        return builtin
    return _derived(cls, _NO_CONTEXT)


@st.composite
def _derived(draw: st.DrawFn, cls: type, context: _Context) -> Any:
    base = next((k for k in cls.__mro__ if k in _BUILTIN), None)
    start = draw(_BUILTIN[base]) if base is not None else None
    return draw(_upgrade(start, cls, context))


@st.composite
def _upgrade(draw: st.DrawFn, start: Any, cls: type, context: _Context) -> Any:
    """An instance of ``cls`` with the field values of ``start`` (an instance of a class it
    extends, or None) and drawn values for every other field."""
    override = _OVERRIDES.get(cls)
    if override is not None:
        return draw(override)
    values: dict[str, Any] = {}
    for a in describe(cls).fields:
        if not a.init:
            continue
        # A field the class inherits keeps the drawn value; one it adds or redefines (a
        # narrower reference, a term it implements) is drawn for the class.
        if start is not None and a.inherited and hasattr(start, a.name):
            values[a.name] = getattr(start, a.name)
        else:
            values[a.name] = draw(_field(a, context))
    try:
        return cls(**values)
    except (ValueError, TypeError):  # a cross-field rule the draws did not meet
        reject()


def _field(a: FieldInfo, context: _Context) -> st.SearchStrategy[Any]:
    term = a.metadata.get("implements")
    if term is not None:
        return st.just(term.name)
    if isinstance(a.validator, Check) and "const" in a.validator.schema():
        return st.just(a.validator.schema()["const"])
    kinds = a.ref
    optional = not a.required
    if isinstance(kinds, RefKinds):
        many = get_origin(a.type) is tuple
        if context is _NO_CONTEXT:
            one = ids()
        else:
            pool = sorted(i for i, c in context.targets.items() if issubclass(c, kinds.classes()))
            if not pool:
                return st.just(()) if many else (st.none() if optional else st.nothing())
            one = st.sampled_from(pool)
        if many:
            return st.lists(one, unique=True, max_size=3).map(tuple)
        return (st.none() | one) if optional else one
    vocabulary, pattern = a.vocabulary, _pattern(a.validator)
    if vocabulary is not None:  # the terms registered when drawn
        term = st.deferred(lambda: st.sampled_from(sorted(vocabulary)))
        value: st.SearchStrategy[Any] = (
            st.lists(term, unique=True, max_size=3).map(tuple) if a.many else term
        )
    elif pattern is not None and a.type in (str, str | None, "str", "str | None"):
        value = st.from_regex(pattern, fullmatch=True)
    elif a.validator is LANGUAGE or getattr(a.validator, "inner", None) is LANGUAGE:
        value = _LANGUAGES
    elif a.validator in (IRI, OPT_IRI):
        value = _URLS
    elif _minimum(a.validator) is not None and int in (a.type, *get_args(a.type)):
        value = st.integers(_minimum(a.validator), 10**6)  # a count or an ordinal
    else:
        value = _of_type(a.type, a.validator, context)
    if optional and a.factory is None:
        return st.just(a.default) | value
    return value


def _minimum(validator: Any) -> int | None:
    """The least value a field's rules allow (``{"minimum": 1}``), if they state one."""
    schema = validator.schema() if isinstance(validator, Check) else {}
    low = schema.get("minimum")
    return low if isinstance(low, int) else None


_LANGUAGES = st.sampled_from(["en", "ar", "ru", "ku", "en-GB", "zh-Hant"])


def _pattern(check: Any) -> Any:
    """The compiled pattern a text field must match in full (seen through ``optional`` and
    ``and_``), if any."""
    if isinstance(check, MatchesRe):
        return check.pattern
    if isinstance(check, Optional):
        return _pattern(check.inner)
    if isinstance(check, AllOf):
        return next((p for c in check.checks if (p := _pattern(c)) is not None), None)
    return None


def _of_type(t: Any, validator: Any, context: _Context) -> st.SearchStrategy[Any]:
    origin = get_origin(t)
    args = [x for x in get_args(t) if x is not type(None)]
    if origin in (typing.Union, types.UnionType):
        inner = [_of_type(x, None, context) for x in args]
        return st.one_of(st.none() if len(args) < len(get_args(t)) else st.nothing(), *inner)
    if origin is tuple:
        if args[0] is Span and context is not _NO_CONTEXT and not context.body:
            return st.just(())  # no text to anchor a span in
        return st.lists(_of_type(args[0], None, context), max_size=3).map(tuple)
    if t is str:
        return ids() if validator in (ID, OPT_ID) else texts(max_size=30)
    if t is bool:
        return st.booleans()
    if t is int:
        return st.integers(0, 10**6)
    if t is float:
        return st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
    if is_class(t) and issubclass(t, enum.Enum):
        return st.sampled_from(list(t))
    if is_class(t) and attrs.has(t):
        local = {
            Span: lambda: spans(context.body) if context.body else st.nothing(),
            Cue: lambda: cues(context.body),
            TimeExpression: lambda: time_expressions(context.body, context.event_ids),
            Quantity: lambda: quantities(context.body, context.entity_ids, context.speakers),
            Attribution: lambda: attributions(context.body, context.speakers, context.entity_ids),
            Factuality: lambda: _factualities(context.body),
        }.get(t)
        if local is not None and context is not _NO_CONTEXT:
            return local()  # type: ignore[no-untyped-call]
        if context is not _NO_CONTEXT and t not in _BUILTIN and t not in _OVERRIDES:
            return _derived(t, context)
        return models(t)
    return st.from_type(t)


register_strategies()
_base._AFTER_REGISTER.append(_register_derived)

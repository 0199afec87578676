# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A Spanish agency live page: entries newest first with times in Madrid time printed in the
subheadline, a vote postponed to Saturday, sources talking to the agency itself, a count
revised from Monday's, and 'this morning'. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    DeicticUnit,
    Deixis,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Genre,
    LiveEntry,
    Moment,
    Organization,
    OrganizationKind,
    Place,
    PlaceKind,
    Quantity,
    QuantityLink,
    QuantityQualifier,
    SourceKind,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

E1 = (
    "18:40 – El Parlamento iraquí aplazó hasta el sábado la votación sobre el calendario de "
    "retirada, según la agencia estatal INA."
)
E2 = (
    "13:15 – Fuentes parlamentarias dijeron a EFE que al menos 140 diputados apoyan el texto, "
    "frente a los 120 que se daban por seguros el lunes."
)
E3 = (
    "09:05 – Los diputados iraquíes se reúnen esta mañana en Bagdad para debatir la salida de "
    "las tropas estadounidenses."
)
BODY = "\n\n".join((E1, E2, E3))


def _madrid(hour: int, minute: int) -> Moment:
    return Moment(hour=hour, minute=minute, utc_offset=60, zone="hora de Madrid")


def build() -> Article:
    b = ArticleBuilder(
        headline="Directo | El Parlamento iraquí debate la retirada de las tropas de EEUU",
        subheadline="Todas las horas, hora de Madrid (GMT+1)",
        body=BODY,
        language="es",
    )
    iraq = b.new(Place, id="irak", name="Irak", kind=PlaceKind.COUNTRY)
    baghdad = b.new(
        Place,
        id="bagdad",
        name="Bagdad",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Bagdad")],
    )
    parliament = b.new(
        Organization,
        id="parlamento-iraqui",
        name="Parlamento iraquí",
        kind=OrganizationKind.LEGISLATURE,
        mentions=[mention(b, "El Parlamento iraquí")],
    )
    ina = b.new(
        Organization,
        id="ina",
        name="INA",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "INA")],
    )
    efe = b.new(
        Organization,
        id="efe",
        name="EFE",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "EFE")],
    )
    us_forces = b.new(
        Organization,
        id="tropas-eeuu",
        name="Fuerzas Armadas de Estados Unidos",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "las tropas estadounidenses")],
    )
    sources = b.new(
        AnonymousSource,
        id="fuentes-parlamentarias",
        description="Fuentes parlamentarias",
        plural=True,
        kind=SourceKind.OFFICIAL,
        affiliation=parliament,
        mentions=[mention(b, "Fuentes parlamentarias")],
    )
    vote = b.new(
        Event,
        id="ev-votacion",
        event_type="approval",
        status=EventStatus.POSTPONED,
        trigger=cue(b, "la votación"),
        participants=b.roles(agent=parliament),
        time=TimeExpression(
            relation=TimeRelation.UNTIL,
            text="hasta el sábado",
            spans=(at(b, "hasta el sábado"),),
            deixis=Deixis(weekday=6, offset=1),
        ),
        attributions=[
            Attribution(source=ina.id, cue=cue(b, "según"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    support = b.new(
        Event,
        id="ev-apoyo",
        event_type="statement",
        status=EventStatus.ONGOING,
        trigger=cue(b, "apoyan"),
        participants=b.roles(agent=parliament),
        quantities=[
            Quantity(
                amount=Amount(value=140, qualifier=QuantityQualifier.AT_LEAST),
                counted="diputados",
                of=parliament.id,
                text="al menos 140 diputados",
                spans=(at(b, "al menos 140 diputados"),),
                links=[QuantityLink(relation="revises", target="q-apoyo-lunes")],
            ),
            Quantity(
                id="q-apoyo-lunes",
                amount=Amount(value=120),
                qualifiers=["estimate"],
                counted="diputados",
                of=parliament.id,
                as_of=TimeExpression(
                    text="el lunes",
                    spans=(at(b, "el lunes"),),
                    deixis=Deixis(weekday=1, offset=-1),
                ),
                text="los 120 que se daban por seguros el lunes",
                spans=(at(b, "los 120 que se daban por seguros el lunes"),),
            ),
        ],
        attributions=[
            Attribution(
                source=sources.id,
                recipient=efe.id,
                cue=cue(b, "dijeron"),
                mode=AttributionMode.PARAPHRASE,
            )
        ],
    )
    leaving = b.make(
        Event,
        id="ev-salida",
        event_type="withdrawal",
        trigger=cue(b, "la salida"),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
    )
    meeting = b.new(
        Event,
        id="ev-sesion",
        event_type="negotiation",
        status=EventStatus.ONGOING,
        trigger=cue(b, "se reúnen"),
        participants=b.roles(agent=parliament),
        locations=[baghdad],
        time=TimeExpression(
            text="esta mañana",
            spans=(at(b, "esta mañana"),),
            deixis=Deixis(unit=DeicticUnit.DAY, offset=0),
            day_part="morning",
        ),
        links=[EventLink(relation=EventRelation.PURPOSE, target=leaving.id)],
    )
    b.add(leaving)
    for text, hm, items in (
        (E1, (18, 40), [vote]),
        (E2, (13, 15), [support]),
        (E3, (9, 5), [meeting]),
    ):
        b.new(LiveEntry, at=_madrid(*hm), spans=[at(b, text)], items=items)
    b.new(Genre, term="live_page", text="Directo", spans=[at(b, "Directo", field="headline")])
    return b.build(id="corpus-es-live-page")


PHENOMENA = [
    faithful("text in Spanish", "$.language"),
    faithful(
        "timed entries, newest first, each with its items",
        "$.entries[0].at.hour",
        "$.entries[2].items[0]",
        "$.entries[1].spans[0]",
    ),
    faithful(
        "times printed as Madrid time (GMT+1)", "$.entries[0].at.utc_offset", "$.entries[0].at.zone"
    ),
    faithful(
        "the piece is a live page ('Directo |' in the headline)",
        "$.genres[0].term",
        "$.genres[0].spans[0]",
    ),
    faithful(
        "vote postponed until Saturday", "$.events[0].status", "$.events[0].time.deixis.weekday"
    ),
    faithful(
        "a state agency as the source of the postponement",
        "$.events[0].attributions[0].source",
        "$.entities[3].kind",
    ),
    faithful(
        "parliamentary sources speaking to the outlet itself (EFE)",
        "$.events[1].attributions[0].recipient",
        "$.entities[6].affiliation",
    ),
    faithful("'at least 140' deputies", "$.events[1].quantities[0].amount.qualifier"),
    faithful(
        "the earlier count of 120 'taken for granted on Monday'",
        "$.events[1].quantities[0].links[0].relation",
        "$.events[1].quantities[0].links[0].target",
        "$.events[1].quantities[1].amount.value",
        "$.events[1].quantities[1].qualifiers[0]",
        "$.events[1].quantities[1].as_of.deixis.weekday",
    ),
    faithful("'this morning' (part of the day)", "$.events[2].time.day_part"),
    faithful("the deputies meet in Baghdad", "$.events[2].locations[0]"),
    faithful(
        "the meeting's purpose: to debate the troops' departure",
        "$.events[2].links[0].relation",
        "$.events[2].links[0].target",
    ),
]

"""An Italian agency report of a Security Council vote: a year-less dateline, 'last night',
a numbered resolution, a tally with named abstainers, a mission's acronym, and the last of
several extensions. Invented for this corpus; the resolution number is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    Dateline,
    DeicticUnit,
    Deixis,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Identifier,
    Organization,
    OrganizationKind,
    PartialDate,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    Quantity,
    QuantityPart,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "Il Consiglio di sicurezza dell'Onu ha approvato ieri sera la risoluzione 2817, che chiude "
    "la Missione di assistenza delle Nazioni Unite per l'Iraq (Unami) entro il 31 dicembre "
    "2027. Il testo è passato con 13 voti a favore, nessuno contrario e due astensioni, quelle "
    "di Russia e Cina. La missione, istituita nel 2003, era stata prorogata per l'ultima volta "
    "nel 2025."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=4)
    b = ArticleBuilder(
        headline="Onu, via libera alla chiusura della missione in Iraq",
        body=BODY,
        language="it",
        dateline="NEW YORK, 4 DIC",
    )
    us = b.new(Place, id="usa", name="Stati Uniti", kind=PlaceKind.COUNTRY)
    new_york = b.new(
        Place,
        id="new-york",
        name="New York",
        kind=PlaceKind.CITY,
        within=us,
        mentions=[mention(b, "NEW YORK", field="dateline")],
    )
    iraq = b.new(
        Place, id="iraq", name="Iraq", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Iraq")]
    )
    russia = b.new(
        Place, id="russia", name="Russia", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Russia")]
    )
    china = b.new(
        Place, id="cina", name="Cina", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Cina")]
    )
    council = b.new(
        Organization,
        id="consiglio-di-sicurezza",
        name="Consiglio di sicurezza dell'Onu",
        kind=OrganizationKind.INTERNATIONAL_ORGANIZATION,
        mentions=[mention(b, "Consiglio di sicurezza dell'Onu")],
    )
    unami = b.new(
        Organization,
        id="unami",
        name="Missione di assistenza delle Nazioni Unite per l'Iraq",
        aliases=["Unami"],
        kind=OrganizationKind.INTERNATIONAL_ORGANIZATION,
        mentions=[
            mention(b, "Missione di assistenza delle Nazioni Unite per l'Iraq"),
            mention(b, "Unami"),
        ],
    )
    mission_end = b.make(
        Event,
        id="ev-fine-unami",
        event_type="mission_end",
        status=EventStatus.PLANNED,
        trigger=cue(b, "chiude"),
        participants=b.roles(theme=unami),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            date=PartialDate(year=2027, month=12, day=31),
            text="entro il 31 dicembre 2027",
            spans=(at(b, "entro il 31 dicembre 2027"),),
        ),
    )
    b.new(
        Event,
        id="ev-risoluzione-2817",
        event_type="resolution",
        status=EventStatus.COMPLETED,
        summary="risoluzione 2817",
        trigger=cue(b, "risoluzione 2817"),
        identifiers=[Identifier(scheme="un_security_council_resolution", value="2817")],
        participants=(
            *b.roles(agent=council),
            Participant(entity=russia.id, role=ParticipantRole.OTHER, spans=(at(b, "Russia"),)),
            Participant(entity=china.id, role=ParticipantRole.OTHER, spans=(at(b, "Cina"),)),
        ),
        time=TimeExpression(
            text="ieri sera",
            spans=(at(b, "ieri sera"),),
            deixis=Deixis(unit=DeicticUnit.DAY, offset=-1),
            day_part="evening",
            inferred=PartialDate(year=2026, month=12, day=3),
            inference="the day before the dateline's 4 December 2026",
        ),
        quantities=[
            Quantity(
                counted="voti",
                of=council.id,
                text="13 voti a favore, nessuno contrario e due astensioni",
                spans=(at(b, "13 voti a favore, nessuno contrario e due astensioni"),),
                parts=[
                    QuantityPart(
                        label="for",
                        amount=Amount(value=13),
                        text="13 voti a favore",
                        spans=(at(b, "13 voti a favore"),),
                    ),
                    QuantityPart(
                        label="against",
                        amount=Amount(value=0),
                        text="nessuno contrario",
                        spans=(at(b, "nessuno contrario"),),
                    ),
                    QuantityPart(
                        label="abstaining",
                        amount=Amount(value=2),
                        entities=[russia.id, china.id],
                        text="due astensioni",
                        spans=(at(b, "due astensioni"),),
                    ),
                ],
            ),
        ],
        links=[EventLink(relation=EventRelation.RESULTS_IN, target=mission_end.id)],
    )
    b.add(mission_end)
    b.new(
        Event,
        id="ev-istituzione",
        event_type="deployment",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "istituita"),
        participants=b.roles(theme=unami),
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2003),
            text="nel 2003",
            spans=(at(b, "nel 2003"),),
        ),
    )
    b.new(
        Event,
        id="ev-proroga-2025",
        event_type="resolution",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "prorogata"),
        step="extension",
        last=True,
        participants=b.roles(theme=unami),
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2025),
            text="nel 2025",
            spans=(at(b, "nel 2025"),),
        ),
    )
    return b.build(
        id="corpus-it-un-tally",
        published=published,
        dateline=Dateline(
            text="NEW YORK, 4 DIC",
            places=(new_york.id,),
            time=TimeExpression(
                text="4 DIC",
                date=PartialDate(month=12, day=4),
                inferred=published,
                inference="the publication date",
            ),
        ),
    )


PHENOMENA = [
    faithful("text in Italian", "$.language"),
    faithful(
        "year-less dateline date resolved", "$.dateline.time.date.day", "$.dateline.time.inferred"
    ),
    faithful(
        "'last night' resolved to the day before",
        "$.events[0].time.deixis.offset",
        "$.events[0].time.inferred",
    ),
    faithful("'sera' (evening) as the part of the day", "$.events[0].time.day_part"),
    faithful(
        "the resolution's number (2817) as its name",
        "$.events[0].identifiers[0].value",
        "$.events[0].identifiers[0].scheme",
    ),
    faithful(
        "the Council adopts the resolution",
        "$.events[0].participants[0].entity",
        "$.events[0].status",
    ),
    faithful(
        "the tally: 13 for, none against, two abstentions",
        "$.events[0].quantities[0].parts[0].label",
        "$.events[0].quantities[0].parts[0].amount.value",
        "$.events[0].quantities[0].parts[1].label",
        "$.events[0].quantities[0].parts[2].label",
        "$.events[0].quantities[0].parts[2].amount.value",
    ),
    faithful(
        "Russia and China are the abstainers",
        "$.events[0].quantities[0].parts[2].entities[0]",
        "$.events[0].quantities[0].parts[2].entities[1]",
    ),
    faithful(
        "the mission's acronym (Unami)", "$.entities[6].aliases[0]", "$.entities[6].mentions[1]"
    ),
    faithful(
        "the resolution ends the mission by 31 December 2027",
        "$.events[0].links[0].relation",
        "$.events[1].time.date.day",
    ),
    faithful("the mission was set up in 2003", "$.events[2].time.date.year"),
    faithful(
        "'extended for the last time in 2025' (the last of several extensions)",
        "$.events[3].step",
        "$.events[3].last",
        "$.events[3].time.date.year",
    ),
]

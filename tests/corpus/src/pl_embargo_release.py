# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A Polish agency report of a ministry's release, with an embargo line and a note to
editors: a contingent ends its mission, trainers come home in stages, and equipment goes by
sea through a port. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Deixis,
    Equipment,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    MentionForm,
    Moment,
    Organization,
    OrganizationKind,
    PartialDate,
    Place,
    PlaceKind,
    Quantity,
    QuantityQualifier,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

EMBARGO = "EMBARGO DO GODZ. 12:00 CET W ŚRODĘ 9 GRUDNIA 2026"
NOTE = "Nota dla redakcji: zdjęcia z bazy w Bagdadzie są dostępne na życzenie."
BODY = (
    f"{EMBARGO}\n\n"
    "Polski Kontyngent Wojskowy w Iraku zakończy działalność do 30 czerwca 2027 r. – "
    "poinformowało we wtorek Ministerstwo Obrony Narodowej w komunikacie. Jak dodał resort, "
    "ok. 80 żołnierzy szkolących irackie siły bezpieczeństwa wróci do kraju etapami, a sprzęt "
    "zostanie przetransportowany drogą morską przez port Umm Kasr.\n\n" + NOTE
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=9)
    b = ArticleBuilder(
        headline="MON: polscy żołnierze zakończą misję w Iraku w 2027 r.", body=BODY, language="pl"
    )
    poland = b.new(Place, id="polska", name="Polska", kind=PlaceKind.COUNTRY)
    iraq = b.new(
        Place, id="irak", name="Irak", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Iraku")]
    )
    port = b.new(
        Place,
        id="umm-kasr",
        name="Umm Kasr",
        kind=PlaceKind.FACILITY,
        within=iraq,
        mentions=[mention(b, "port Umm Kasr")],
    )
    ministry = b.new(
        Organization,
        id="mon",
        name="Ministerstwo Obrony Narodowej",
        aliases=["MON"],
        kind=OrganizationKind.MINISTRY,
        country=poland,
        mentions=[
            mention(b, "Ministerstwo Obrony Narodowej"),
            mention(b, "resort", form=MentionForm.DESCRIPTION),
            mention(b, "MON", field="headline"),
        ],
    )
    contingent = b.new(
        Organization,
        id="pkw-irak",
        name="Polski Kontyngent Wojskowy w Iraku",
        kind=OrganizationKind.ARMED_FORCES,
        country=poland,
        mentions=[mention(b, "Polski Kontyngent Wojskowy w Iraku")],
    )
    iraqi_forces = b.new(
        Organization,
        id="irackie-sily",
        name="irackie siły bezpieczeństwa",
        kind=OrganizationKind.ARMED_FORCES,
        country=iraq,
        mentions=[mention(b, "irackie siły bezpieczeństwa")],
    )
    release = b.new(
        Communication,
        id="komunikat",
        kind=CommunicationKind.PRESS_RELEASE,
        issuers=[ministry],
        time=TimeExpression(
            text="we wtorek",
            spans=(at(b, "we wtorek"),),
            deixis=Deixis(weekday=2, offset=-1),
            inferred=PartialDate(year=2026, month=12, day=8),
            inference="the Tuesday before the embargo's Wednesday 9 December 2026",
        ),
        spans=[at(b, "w komunikacie")],
    )
    said = b.shared(
        id="a-mon",
        source=ministry,
        mode=AttributionMode.PARAPHRASE,
        channel=release,
        cue=cue(b, "poinformowało"),
    )
    end = b.new(
        Event,
        id="ev-koniec-misji",
        event_type="mission_end",
        status=EventStatus.PLANNED,
        trigger=cue(b, "zakończy działalność"),
        participants=b.roles(theme=contingent),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            date=PartialDate(year=2027, month=6, day=30),
            text="do 30 czerwca 2027 r.",
            spans=(at(b, "do 30 czerwca 2027 r."),),
        ),
        attributions=[said],
    )
    b.new(
        Event,
        id="ev-szkolenie",
        event_type="training",
        status=EventStatus.ONGOING,
        trigger=cue(b, "szkolących"),
        participants=b.roles(agent=contingent, recipient=iraqi_forces),
    )
    added = Attribution(shared=said.shared, cue=cue(b, "dodał"))
    b.new(
        Event,
        id="ev-powrot",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "wróci do kraju"),
        participants=b.roles(theme=contingent, destination=poland),
        in_steps="stage",
        quantities=[
            Quantity(
                amount=Amount(value=80, qualifier=QuantityQualifier.ABOUT),
                counted="żołnierzy",
                of=contingent.id,
                text="ok. 80 żołnierzy",
                spans=(at(b, "ok. 80 żołnierzy"),),
            )
        ],
        links=[EventLink(relation=EventRelation.PART_OF, target=end.id)],
        attributions=[added],
    )
    equipment = b.new(
        Equipment,
        id="sprzet",
        description="sprzęt",
        operator=contingent,
        mentions=[mention(b, "sprzęt", form=MentionForm.DESCRIPTION)],
    )
    ships = b.new(
        Equipment,
        id="by-sea",
        description="drogą morską",
        kind="ship",
        plural=True,
        mentions=[mention(b, "drogą morską", form=MentionForm.DESCRIPTION)],
    )
    b.new(
        Event,
        id="ev-sprzet",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        summary="sprzęt przetransportowany drogą morską",
        trigger=cue(b, "przetransportowany"),
        participants=b.roles(theme=equipment, route=port, means=ships),
        locations=[port],
        links=[EventLink(relation=EventRelation.PART_OF, target=end.id)],
        attributions=[added],
    )
    b.new(
        ArticlePart,
        kind="embargo",
        text=EMBARGO,
        spans=[at(b, EMBARGO)],
        at=Moment(
            date=PartialDate(year=2026, month=12, day=9),
            hour=12,
            minute=0,
            utc_offset=60,
            zone="CET",
            text="12:00 CET",
        ),
    )
    b.new(ArticlePart, kind="note_to_editors", text=NOTE, spans=[at(b, NOTE)])
    return b.build(id="corpus-pl-embargo-release", published=published)


PHENOMENA = [
    faithful("text in Polish", "$.language"),
    faithful(
        "the embargo line (not before 12:00 CET on Wednesday 9 December 2026)",
        "$.parts[0].kind",
        "$.parts[0].at.date.day",
        "$.parts[0].at.hour",
        "$.parts[0].at.utc_offset",
        "$.parts[0].spans[0]",
    ),
    faithful(
        "the note to editors at the end",
        "$.parts[1].kind",
        "$.parts[1].text",
        "$.parts[1].spans[0]",
    ),
    faithful(
        "a ministry's press release, 'on Tuesday' resolved",
        "$.communications[0].kind",
        "$.communications[0].time.inferred",
        "$.communications[0].spans[0]",
    ),
    faithful(
        "the ministry's acronym in the headline (MON)",
        "$.entities[3].aliases[0]",
        "$.entities[3].mentions[2].span.field",
    ),
    faithful(
        "'the department' (resort) as a description of the ministry",
        "$.entities[3].mentions[1].form",
    ),
    faithful("mission ends by 30 June 2027", "$.events[0].time.date.day", "$.events[0].status"),
    faithful(
        "soldiers training Iraqi forces",
        "$.events[1].participants[1].role",
        "$.events[1].event_type",
    ),
    faithful(
        "about 80 soldiers come home as part of the mission's end",
        "$.events[2].quantities[0].amount.value",
        "$.events[2].links[0].target",
    ),
    faithful(
        "'in stages' (a phased return)",
        "$.events[2].in_steps",
    ),
    faithful(
        "'come home' (destination Poland)",
        "$.events[2].participants[1].role",
        "$.events[2].participants[1].entity",
    ),
    faithful(
        "equipment goes by sea through the port of Umm Qasr (a route and a mode of transport)",
        "$.events[3].participants[0].entity",
        "$.events[3].participants[1].role",
        "$.events[3].participants[1].entity",
        "$.events[3].participants[2].role",
        "$.events[3].participants[2].entity",
    ),
    faithful(
        "a second verb of saying ('dodał') on the shared attribution",
        "$.events[2].attributions[0].cue.text",
        "$.events[2].attributions[0].shared",
    ),
]

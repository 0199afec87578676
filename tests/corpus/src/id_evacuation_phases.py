"""An Indonesian agency report of a ministry's weekly briefing: a figure given twice (a count
and a percentage of a total), revised from last week's report, the phases of an evacuation
with its route, destination and aircraft, a withdrawal brought forward from its earlier
schedule, and the date written as a weekday with day/month in brackets. Invented for this
corpus after the mechanisms of figures and named events existed; the people are made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Dateline,
    DeicticUnit,
    Deixis,
    Equipment,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    Quantity,
    QuantityLink,
    QuantityQualifier,
    Quote,
    Relation,
    Role,
    StatusChange,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

QUOTE = "Kami mengimbau WNI yang masih berada di Irak untuk segera melapor ke KBRI Baghdad"
BODY = (
    "Kementerian Luar Negeri (Kemlu) menyatakan sebanyak 480 orang, atau sekitar 40 persen "
    "dari 1.200 warga negara Indonesia (WNI) di Irak, telah dipulangkan sejak tahap pertama "
    "evakuasi dimulai pada Senin (30/11). Angka itu naik dari 350 orang yang dilaporkan pekan "
    "lalu. Juru bicara Kemlu, Arif Santoso, dalam jumpa pers mingguan di Jakarta, Kamis, "
    "mengatakan tahap kedua akan dilakukan pekan depan dari Erbil menuju Jakarta dengan pesawat "
    "TNI Angkatan Udara. Menurut Arif, keputusan itu diambil setelah koalisi pimpinan Amerika "
    "Serikat mengumumkan percepatan penarikan pasukannya dari Irak, yang semula dijadwalkan "
    f'rampung pada September 2027. "{QUOTE}," ujarnya.'
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(
        headline="Kemlu: 480 WNI sudah dipulangkan dari Irak, tahap kedua pekan depan",
        body=BODY,
        language="id",
        dateline="JAKARTA (ANTARA)",
    )
    thursday = TimeExpression(
        text="Kamis",
        spans=(at(b, "Kamis"),),
        deixis=Deixis(weekday=4, offset=0),
        inferred=published,
        inference="the Thursday of the publication date, 3 December 2026",
    )
    indonesia = b.new(Place, id="indonesia", name="Indonesia", kind=PlaceKind.COUNTRY)
    iraq = b.new(
        Place, id="irak", name="Irak", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Irak")]
    )
    jakarta = b.new(
        Place,
        id="jakarta",
        name="Jakarta",
        kind=PlaceKind.CITY,
        within=indonesia,
        mentions=[mention(b, "JAKARTA", field="dateline"), mention(b, "Jakarta")],
    )
    erbil = b.new(
        Place,
        id="erbil",
        name="Erbil",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Erbil")],
    )
    antara = b.new(
        Organization,
        id="antara",
        name="ANTARA",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "ANTARA", field="dateline")],
    )
    kemlu = b.new(
        Organization,
        id="kemlu",
        name="Kementerian Luar Negeri",
        aliases=["Kemlu"],
        kind=OrganizationKind.MINISTRY,
        country=indonesia,
        mentions=[mention(b, "Kementerian Luar Negeri"), mention(b, "Kemlu")],
    )
    embassy = b.new(
        Organization,
        id="kbri-baghdad",
        name="KBRI Baghdad",
        kind=OrganizationKind.EMBASSY,
        country=indonesia,
        parent=kemlu,
        mentions=[mention(b, "KBRI Baghdad")],
    )
    air_force = b.new(
        Organization,
        id="tni-au",
        name="TNI Angkatan Udara",
        kind=OrganizationKind.ARMED_FORCES,
        country=indonesia,
        mentions=[mention(b, "TNI Angkatan Udara")],
    )
    coalition = b.new(
        Organization,
        id="koalisi",
        description="koalisi pimpinan Amerika Serikat",
        kind=OrganizationKind.MILITARY_COALITION,
        mentions=[mention(b, "koalisi pimpinan Amerika Serikat", form=MentionForm.DESCRIPTION)],
    )
    arif = b.new(
        Person,
        id="arif-santoso",
        name="Arif Santoso",
        roles=[Role(title="Juru bicara", organization=kemlu.id, spans=(at(b, "Juru bicara"),))],
        mentions=[mention(b, "Arif Santoso"), mention(b, "Arif", nth=2)],
    )
    briefing = b.new(
        Communication,
        id="jumpa-pers",
        kind=CommunicationKind.PRESS_CONFERENCE,
        issuers=[kemlu],
        place=jakarta,
        time=thursday,
        recurrence="weekly",
        spans=[at(b, "jumpa pers mingguan")],
    )
    citizens = b.new(
        Person,
        id="wni-di-irak",
        description="warga negara Indonesia di Irak",
        plural=True,
        aliases=["WNI"],
        count=Amount(value=1200),
        mentions=[
            mention(b, "warga negara Indonesia", form=MentionForm.DESCRIPTION),
            mention(b, "WNI", form=MentionForm.ALIAS),
            mention(b, "WNI", 2, form=MentionForm.ALIAS),
        ],
    )
    aircraft = b.new(
        Equipment,
        id="pesawat-tni-au",
        description="pesawat TNI Angkatan Udara",
        kind="aircraft",
        plural=True,
        operator=air_force,
        mentions=[mention(b, "pesawat TNI Angkatan Udara", form=MentionForm.DESCRIPTION)],
    )
    baghdad = b.new(
        Place,
        id="baghdad",
        name="Baghdad",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Baghdad")],
    )
    us = b.new(
        Place,
        id="amerika-serikat",
        name="Amerika Serikat",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Amerika Serikat")],
    )
    b.new(Relation, kind="located_in", subject=embassy.id, object=baghdad.id)
    b.new(Relation, kind="leads", subject=us.id, object=coalition.id)
    b.new(Relation, kind="citizen_of", subject=citizens.id, object=indonesia.id)
    said = b.shared(
        id="a-arif",
        source=arif,
        cue=cue(b, "mengatakan"),
        mode=AttributionMode.PARAPHRASE,
        channel=briefing,
    )
    evacuation = b.make(
        Event,
        id="ev-evakuasi",
        event_type="evacuation",
        status=EventStatus.ONGOING,
        summary="evakuasi WNI dari Irak",
        trigger=cue(b, "evakuasi"),
        participants=b.roles(agent=kemlu, origin=iraq, destination=indonesia, theme=citizens),
        in_steps="phase",
        quantities=[
            Quantity(
                id="q-wni",
                amount=Amount(value=1200),
                counted="warga negara Indonesia (WNI) di Irak",
                of=citizens.id,
                text="1.200 warga negara Indonesia (WNI) di Irak",
                spans=(at(b, "1.200 warga negara Indonesia (WNI) di Irak"),),
            ),
            Quantity(
                id="q-480",
                amount=Amount(value=480),
                previous=Amount(value=350),
                counted="orang",
                part_of="q-wni",
                text="sebanyak 480 orang",
                spans=(at(b, "sebanyak 480 orang"),),
                links=[
                    QuantityLink(relation="equivalent", target="q-40-persen"),
                    QuantityLink(relation="revises", target="q-350"),
                ],
            ),
            Quantity(
                id="q-40-persen",
                amount=Amount(value=40, qualifier=QuantityQualifier.ABOUT),
                unit="percent",
                counted="warga negara Indonesia (WNI) di Irak",
                part_of="q-wni",
                text="sekitar 40 persen",
                spans=(at(b, "sekitar 40 persen"),),
            ),
            Quantity(
                id="q-350",
                amount=Amount(value=350),
                counted="orang",
                part_of="q-wni",
                as_of=TimeExpression(
                    text="pekan lalu",
                    spans=(at(b, "pekan lalu"),),
                    deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1),
                ),
                text="350 orang yang dilaporkan pekan lalu",
                spans=(at(b, "350 orang yang dilaporkan pekan lalu"),),
                attribution=Attribution(cue=cue(b, "dilaporkan")),
            ),
        ],
        attributions=[
            Attribution(source=kemlu.id, cue=cue(b, "menyatakan"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    phase_one = b.make(
        Event,
        id="ev-tahap-1",
        event_type="evacuation",
        status=EventStatus.ONGOING,
        trigger=cue(b, "tahap pertama"),
        series=evacuation.id,
        ordinal=1,
        step="phase",
        time=TimeExpression(
            relation=TimeRelation.SINCE,
            text="pada Senin (30/11)",
            spans=(at(b, "pada Senin (30/11)"),),
            date=PartialDate(month=11, day=30),
            inferred=PartialDate(year=2026, month=11, day=30),
            inference="the year of the dateline; 30 November 2026 is a Monday",
        ),
    )
    announcement = b.make(
        Event,
        id="ev-percepatan",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "mengumumkan"),
        participants=b.roles(agent=coalition),
        links=[EventLink(relation=EventRelation.ANNOUNCES, target="ev-penarikan")],
        attributions=[
            Attribution(source=arif.id, cue=cue(b, "Menurut"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    withdrawal = b.make(
        Event,
        id="ev-penarikan",
        event_type="withdrawal",
        status=EventStatus.BROUGHT_FORWARD,
        trigger=cue(b, "penarikan"),
        participants=b.roles(agent=coalition, origin=iraq),
        status_history=[
            StatusChange(
                status=EventStatus.EXPECTED,
                time=TimeExpression(
                    relation=TimeRelation.IN,
                    date=PartialDate(year=2027, month=9),
                    text="pada September 2027",
                    spans=(at(b, "pada September 2027"),),
                ),
                text="semula dijadwalkan rampung pada September 2027",
                spans=(at(b, "semula dijadwalkan rampung pada September 2027"),),
            )
        ],
    )
    b.add(evacuation)
    b.add(phase_one)
    b.new(
        Event,
        id="ev-tahap-2",
        event_type="evacuation",
        status=EventStatus.PLANNED,
        trigger=cue(b, "tahap kedua"),
        series=evacuation.id,
        ordinal=2,
        step="phase",
        participants=b.roles(origin=erbil, destination=jakarta, means=aircraft),
        time=TimeExpression(
            text="pekan depan",
            spans=(at(b, "pekan depan"),),
            deixis=Deixis(unit=DeicticUnit.WEEK, offset=1),
        ),
        links=[EventLink(relation=EventRelation.FOLLOWS, target=announcement.id)],
        attributions=[said],
    )
    b.add(announcement)
    b.add(withdrawal)
    b.new(
        Quote,
        id="q-imbauan",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        attribution=Attribution(source=arif.id, cue=cue(b, "ujarnya"), mode=AttributionMode.DIRECT),
    )
    return b.build(
        id="corpus-id-evacuation-phases",
        published=published,
        dateline=Dateline(
            text="JAKARTA (ANTARA)",
            places=(jakarta.id,),
            agency=antara.id,
            agency_text="ANTARA",
        ),
    )


PHENOMENA = [
    faithful("text in Indonesian", "$.language"),
    faithful("the dateline's place", "$.dateline.places[0]"),
    faithful(
        "the agency in the dateline, '(ANTARA)'",
        "$.dateline.agency",
        "$.dateline.agency_text",
        "$.entities[4].kind",
    ),
    faithful(
        "the ministry and its acronym (Kemlu)",
        "$.entities[5].aliases[0]",
        "$.entities[5].mentions[1]",
    ),
    faithful("'1.200' with a dot as thousands separator", "$.events[0].quantities[0].amount.value"),
    faithful(
        "480 people, 'or about 40 percent' of the 1,200 (one figure as a count and as a "
        "percentage of a total)",
        "$.events[0].quantities[1].amount.value",
        "$.events[0].quantities[1].links[0].relation",
        "$.events[0].quantities[2].unit",
        "$.events[0].quantities[2].amount.qualifier",
        "$.events[0].quantities[2].part_of",
    ),
    faithful(
        "'up from 350 reported last week' (a rise, and the earlier report it updates)",
        "$.events[0].quantities[1].previous.value",
        "$.events[0].quantities[1].links[1].relation",
        "$.events[0].quantities[3].attribution.cue.text",
        "$.events[0].quantities[3].as_of.deixis.offset",
    ),
    faithful(
        "Indonesian citizens in Iraq, 'warga negara Indonesia (WNI)', as a group with its acronym",
        "$.entities[10].description",
        "$.entities[10].plural",
        "$.entities[10].aliases[0]",
        "$.entities[10].mentions[1].form",
        "$.events[0].quantities[0].of",
        "$.relations[2].kind",
    ),
    faithful("the evacuation is carried out in phases", "$.events[0].in_steps"),
    faithful(
        "'the first phase' of the evacuation, running since Monday",
        "$.events[1].ordinal",
        "$.events[1].series",
        "$.events[1].step",
        "$.events[1].time.relation",
    ),
    faithful(
        "'Senin (30/11)': a weekday with day/month in brackets, the year resolved",
        "$.events[1].time.date.day",
        "$.events[1].time.date.month",
        "$.events[1].time.inferred",
    ),
    faithful(
        "'the second phase' next week",
        "$.events[2].ordinal",
        "$.events[2].step",
        "$.events[2].time.deixis.offset",
    ),
    faithful(
        "from Erbil to Jakarta (origin and destination of the movement)",
        "$.events[2].participants[0].role",
        "$.events[2].participants[0].entity",
        "$.events[2].participants[1].role",
        "$.events[2].participants[1].entity",
    ),
    faithful(
        "by air force aircraft (the means of transport)",
        "$.events[2].participants[2].role",
        "$.events[2].participants[2].entity",
        "$.entities[11].kind",
        "$.entities[11].operator",
    ),
    faithful(
        "the ministry's spokesman with his title",
        "$.entities[9].roles[0].title",
        "$.entities[9].roles[0].organization",
    ),
    faithful(
        "a press conference in Jakarta on Thursday",
        "$.communications[0].kind",
        "$.communications[0].place",
        "$.communications[0].time.inferred",
    ),
    faithful(
        "the press conference is weekly (mingguan)",
        "$.communications[0].recurrence",
    ),
    faithful(
        "the spokesman's paraphrase, made at the press conference",
        "$.attributions[0].channel",
        "$.events[2].attributions[0].shared",
    ),
    faithful(
        "'according to Arif' for the coalition's announcement",
        "$.events[3].attributions[0].source",
        "$.events[3].attributions[0].cue.text",
    ),
    faithful(
        "the decision was taken after the announcement",
        "$.events[2].links[0].relation",
        "$.events[2].links[0].target",
    ),
    faithful(
        "the US-led coalition, described and not named",
        "$.entities[8].description",
        "$.relations[1].kind",
        "$.relations[1].subject",
    ),
    faithful(
        "the withdrawal was first scheduled to end in September 2027 (a status with its date)",
        "$.events[4].status_history[0].status",
        "$.events[4].status_history[0].time.date.month",
        "$.events[3].links[0].relation",
    ),
    faithful(
        "the withdrawal is brought forward (percepatan), its new date unstated",
        "$.events[4].status",
        "$.events[4].status_history[0].time.date.year",
        "$.events[3].links[0].target",
    ),
    faithful(
        "the spokesman's direct appeal, 'ujarnya'",
        "$.quotes[0].attribution.mode",
        "$.quotes[0].attribution.source",
    ),
    faithful(
        "the embassy, 'KBRI Baghdad'",
        "$.entities[6].kind",
        "$.entities[6].parent",
        "$.relations[0].kind",
        "$.relations[0].object",
    ),
]

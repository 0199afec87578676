"""An Indonesian agency report: a ministry welcomes a planned withdrawal, a US fiscal year as
the deadline, a weekday with a day and month in brackets ("Rabu (2/12)"), a time in Western
Indonesia Time (WIB), a spokeswoman quoted directly to reporters, an unnamed diplomat, 'the
past two weeks' and a deadline before Ramadan 1448 AH. Invented for this corpus, after the
calendar mechanisms were built; the spokeswoman is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymityReason,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Claim,
    Communication,
    CommunicationKind,
    Dateline,
    Deixis,
    Duration,
    DurationUnit,
    Event,
    EventStatus,
    MentionForm,
    Moment,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Person,
    Place,
    PlaceKind,
    PrintedDate,
    Quantity,
    QuantityQualifier,
    Quote,
    Relation,
    Role,
    SourceKind,
    Stance,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
    fiscal_year,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

QUOTE = "Penarikan ini harus dilakukan secara bertahap dan bertanggung jawab"
BODY = (
    "Jakarta (ANTARA) - Kementerian Luar Negeri RI menyambut baik rencana Amerika Serikat "
    "menarik sekitar 2.500 personel militernya dari Irak sebelum berakhirnya tahun anggaran "
    "AS 2027. Juru Bicara Kemlu Rina Kartika kepada wartawan di Jakarta, Rabu (2/12) pukul "
    f'14.00 WIB, mengatakan: "{QUOTE}." Menurut seorang diplomat yang tidak ingin disebut '
    "namanya, Jakarta telah menerima penjelasan dari Washington dalam dua pekan terakhir. "
    "Indonesia juga berharap sisa pasukan koalisi meninggalkan Irak sebelum Ramadan 1448 H."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=2)
    b = ArticleBuilder(
        headline="Indonesia sambut rencana penarikan pasukan AS dari Irak",
        body=BODY,
        language="id",
        dateline="Jakarta (ANTARA)",
    )
    indonesia = b.new(
        Place,
        id="indonesia",
        name="Indonesia",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Indonesia")],
    )
    jakarta = b.new(
        Place,
        id="jakarta",
        name="Jakarta",
        kind=PlaceKind.CITY,
        within=indonesia,
        mentions=[
            mention(b, "Jakarta"),
            mention(b, "Jakarta", 2),
            mention(b, "Jakarta", field="dateline"),
        ],  # the third "Jakarta" stands for the government (below)
    )
    us = b.new(
        Place,
        id="us",
        name="Amerika Serikat",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Amerika Serikat"), mention(b, "AS")],
    )
    iraq = b.new(
        Place,
        id="iraq",
        name="Irak",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Irak"), mention(b, "Irak", 2)],
    )
    ministry = b.new(
        Organization,
        id="kemlu",
        name="Kementerian Luar Negeri RI",
        aliases=["Kemlu"],
        kind=OrganizationKind.MINISTRY,
        country=indonesia,
        mentions=[mention(b, "Kementerian Luar Negeri RI"), mention(b, "Kemlu")],
    )
    us_gov = b.new(
        Organization,
        id="us-government",
        name="Pemerintah Amerika Serikat",
        kind=OrganizationKind.GOVERNMENT,
        country=us,
        mentions=[mention(b, "Washington", form=MentionForm.METONYM)],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="personel militer AS",
        kind=OrganizationKind.ARMED_FORCES,
        country=us,
        mentions=[mention(b, "personel militernya")],
    )
    coalition = b.new(
        Organization,
        id="coalition",
        description="sisa pasukan koalisi",
        kind=OrganizationKind.MILITARY_COALITION,
        mentions=[mention(b, "sisa pasukan koalisi", form=MentionForm.DESCRIPTION)],
    )
    spokeswoman = b.new(
        Person,
        id="rina-kartika",
        name="Rina Kartika",
        roles=[Role(title="Juru Bicara", organization=ministry.id, spans=(at(b, "Juru Bicara"),))],
        mentions=[mention(b, "Rina Kartika")],
    )
    diplomat = b.new(
        AnonymousSource,
        id="diplomat",
        description="seorang diplomat",
        kind=SourceKind.DIPLOMAT,
        count=Amount(value=1),
        reason="yang tidak ingin disebut namanya",
        reason_kind=AnonymityReason.REQUESTED,
        mentions=[mention(b, "seorang diplomat", form=MentionForm.DESCRIPTION)],
    )
    id_gov = b.new(
        Organization,
        id="indonesia-government",
        name="Pemerintah Indonesia",
        kind=OrganizationKind.GOVERNMENT,
        country=indonesia,
        mentions=[mention(b, "Jakarta", 3, form=MentionForm.METONYM)],
    )
    briefing = b.new(
        Communication,
        id="doorstop",
        kind=CommunicationKind.DOORSTOP,
        issuers=[spokeswoman],
        audience="press",
        place=jakarta,
        time=TimeExpression(
            text="Rabu (2/12)",
            spans=(at(b, "Rabu (2/12)"),),
            deixis=Deixis(weekday=3, offset=0),
            printed=[PrintedDate(month=12, day=2, text="2/12")],
        ).resolve(published, "2 December in the publication year, a Wednesday"),
        at=Moment(
            hour=14,
            minute=0,
            zone="WIB",
            utc_offset=420,
            offset_inference="WIB (Waktu Indonesia Barat) is UTC+7, with no daylight saving",
            text="pukul 14.00 WIB",
            date=published,
        ),
    )
    withdrawal = b.new(
        Event,
        id="ev-us-withdrawal",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "menarik"),
        participants=b.roles(agent=us_gov, theme=us_forces),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            text="sebelum berakhirnya tahun anggaran AS 2027",
            spans=(at(b, "sebelum berakhirnya tahun anggaran AS 2027"),),
            part=PeriodPart.END,
            period=fiscal_year(2027, "us_federal", owner=us_gov.id, text="tahun anggaran AS 2027"),
        ).resolve(published, "the US federal fiscal year 2027 ends on 30 September 2027"),
        quantities=[
            Quantity(
                amount=Amount(value=2500, qualifier=QuantityQualifier.ABOUT),
                counted="personel",
                of=us_forces.id,
                text="sekitar 2.500 personel",
                spans=(at(b, "sekitar 2.500 personel"),),
            )
        ],
    )
    b.new(
        Claim,
        id="c-welcome",
        text="Kemlu menyambut baik rencana penarikan",
        stance=Stance.SUPPORTS,
        about=[withdrawal.id],
        attribution=Attribution(
            source=ministry.id, cue=cue(b, "menyambut baik"), mode=AttributionMode.PARAPHRASE
        ),
        spans=[at(b, "menyambut baik rencana")],
    )
    b.new(
        Quote,
        id="q-gradual",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        about=[withdrawal.id],
        attribution=Attribution(
            source=spokeswoman.id,
            cue=cue(b, "mengatakan"),
            mode=AttributionMode.DIRECT,
            channel=briefing.id,
        ),
    )
    b.new(
        Event,
        id="ev-briefed",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "menerima penjelasan"),
        participants=b.roles(agent=us_gov, recipient=id_gov),
        time=TimeExpression(
            relation=TimeRelation.PAST,
            text="dalam dua pekan terakhir",
            spans=(at(b, "dalam dua pekan terakhir"),),
            offset=Duration(value=2, unit=DurationUnit.WEEK),
            anchor_kind=TimeAnchor.DOCUMENT,
        ).resolve(published, "two weeks back from the publication date"),
        attributions=[
            Attribution(source=diplomat.id, cue=cue(b, "Menurut"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    b.new(
        Event,
        id="ev-coalition-leaves",
        event_type="withdrawal",
        status=EventStatus.HOPED_FOR,
        trigger=cue(b, "meninggalkan"),
        participants=b.roles(theme=coalition),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BEFORE,
            text="sebelum Ramadan 1448 H",
            spans=(at(b, "sebelum Ramadan 1448 H"),),
            part=PeriodPart.START,
            printed=[PrintedDate(calendar="hijri", year=1448, month=9, text="Ramadan 1448 H")],
        ).resolve(published, "1 Ramadan 1448 in the tabular Hijri calendar, give or take two days"),
        attributions=[
            Attribution(source=ministry.id, cue=cue(b, "berharap"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    antara = b.new(
        Organization,
        id="antara",
        name="ANTARA",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "ANTARA", field="dateline"), mention(b, "ANTARA")],
    )
    # What remains of the coalition: all of it but the US forces that withdraw first.
    whole = b.new(
        Organization,
        id="coalition-whole",
        description="koalisi",
        kind=OrganizationKind.MILITARY_COALITION,
    )
    b.new(Relation, kind="part_of", subject=coalition.id, object=whole.id)
    b.new(Relation, kind="except", subject=us_forces.id, object=coalition.id)
    return b.build(
        id="corpus-id-antara-ramadan",
        published=published,
        dateline=Dateline(
            text="Jakarta (ANTARA)", places=(jakarta.id,), agency=antara.id, agency_text="ANTARA"
        ),
    )


PHENOMENA = [
    faithful("text in Indonesian", "$.language"),
    faithful("dateline place (Jakarta)", "$.dateline.places[0]"),
    faithful(
        "the agency in the dateline (ANTARA)",
        "$.dateline.agency",
        "$.dateline.agency_text",
        "$.entities[11].kind",
    ),
    faithful(
        "the ministry welcomes the planned withdrawal",
        "$.claims[0].stance",
        "$.claims[0].about[0]",
        "$.claims[0].attribution.source",
    ),
    faithful(
        "a planned US withdrawal from Iraq",
        "$.events[0].status",
        "$.events[0].participants[1].entity",
        "$.events[0].locations[0]",
    ),
    faithful(
        "'about 2,500' with a dot as thousands separator",
        "$.events[0].quantities[0].amount.value",
        "$.events[0].quantities[0].amount.qualifier",
    ),
    faithful(
        "deadline: the end of the US fiscal year 2027 (30 September 2027)",
        "$.events[0].time.period.kind",
        "$.events[0].time.period.year",
        "$.events[0].time.period.owner",
        "$.events[0].time.part",
        "$.events[0].time.inferred",
    ),
    faithful(
        "the spokeswoman, named, with her post",
        "$.entities[8].roles[0].title",
        "$.entities[8].roles[0].organization",
    ),
    faithful(
        "'Wednesday (2/12)': a weekday with a day and month, no year",
        "$.communications[0].time.deixis.weekday",
        "$.communications[0].time.printed[0].day",
        "$.communications[0].time.printed[0].month",
        "$.communications[0].time.inferred",
    ),
    faithful(
        "'at 14.00 WIB', the offset worked out from the zone",
        "$.communications[0].at.hour",
        "$.communications[0].at.zone",
        "$.communications[0].at.utc_offset",
        "$.communications[0].at.offset_inference",
    ),
    faithful(
        "said to reporters (kepada wartawan): the audience",
        "$.communications[0].audience",
        "$.quotes[0].attribution.channel",
    ),
    faithful(
        "remarks to reporters in Jakarta: a doorstop, not a press conference",
        "$.communications[0].kind",
        "$.communications[0].place",
    ),
    faithful(
        "a direct quote through that communication",
        "$.quotes[0].attribution.mode",
        "$.quotes[0].attribution.channel",
        "$.quotes[0].about[0]",
    ),
    faithful(
        "an unnamed diplomat as the source",
        "$.entities[9].kind",
        "$.entities[9].count.value",
        "$.events[1].attributions[0].source",
    ),
    faithful(
        "the diplomat 'did not want to be named' (the request for anonymity)",
        "$.entities[9].reason",
        "$.entities[9].reason_kind",
    ),
    faithful(
        "'Washington' and 'Jakarta' standing for the two governments",
        "$.entities[5].mentions[0].form",
        "$.entities[10].mentions[0].form",
        "$.events[1].participants[0].entity",
        "$.events[1].participants[1].entity",
    ),
    faithful(
        "'in the past two weeks', back from the report",
        "$.events[1].time.relation",
        "$.events[1].time.offset.value",
        "$.events[1].time.inferred_interval",
    ),
    faithful(
        "'the remaining coalition forces' (sisa pasukan koalisi), described and not named: "
        "the coalition but the US forces that withdraw",
        "$.entities[7].description",
        "$.relations[0].kind",
        "$.relations[0].object",
        "$.relations[1].kind",
        "$.relations[1].subject",
    ),
    faithful(
        "a deadline before Ramadan 1448 AH, with its Gregorian bounds",
        "$.events[2].time.printed[0].calendar",
        "$.events[2].time.printed[0].month",
        "$.events[2].time.relation",
        "$.events[2].time.inferred_interval",
    ),
    faithful(
        "Indonesia hopes for it (a wish, not a plan or a demand)",
        "$.events[2].status",
        "$.events[2].attributions[0].source",
    ),
]

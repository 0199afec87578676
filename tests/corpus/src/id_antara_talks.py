"""An Indonesian agency report: the agency in the dateline, a weekday with a day/month date
in parentheses and no year, an agreement to withdraw about 2,000 troops by a month, a named
spokesperson's quote, an unnamed diplomatic source, a third round of talks next month, and
the reporter and editor signing off at the end. Invented for this corpus, written after the
genre and article-part mechanisms existed, to test whether they generalise."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Contributor,
    ContributorRole,
    Dateline,
    DeicticUnit,
    Deixis,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    Quantity,
    QuantityQualifier,
    Quote,
    Role,
    SourceKind,
    Span,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

QUOTE = "menghormati kedaulatan Irak"
SIGN_OFF = "Pewarta: Dimas Pratama\nEditor: Sri Wahyuni"
BODY = (
    "JAKARTA (ANTARA) - Kementerian Luar Negeri Indonesia pada Kamis (10/12) menyambut baik "
    "kesepakatan Amerika Serikat dan Irak untuk menarik sekitar 2.000 tentara AS dari Irak "
    "paling lambat September 2026. Juru bicara kementerian, Rina Hapsari, mengatakan Indonesia "
    f'"{QUOTE}". Menurut sumber diplomatik yang tidak bersedia disebut namanya, perundingan '
    "putaran ketiga akan digelar di Baghdad bulan depan.\n\n" + SIGN_OFF
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=10)
    b = ArticleBuilder(
        headline="RI sambut kesepakatan penarikan pasukan AS dari Irak",
        body=BODY,
        language="id",
        dateline="JAKARTA (ANTARA)",
    )
    indonesia = b.new(Place, id="indonesia", name="Indonesia", kind=PlaceKind.COUNTRY)
    jakarta = b.new(
        Place,
        id="jakarta",
        name="Jakarta",
        kind=PlaceKind.CITY,
        within=indonesia,
        mentions=[mention(b, "JAKARTA", field="dateline")],
    )
    us = b.new(
        Place,
        id="us",
        name="Amerika Serikat",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Amerika Serikat")],
    )
    iraq = b.new(
        Place, id="iraq", name="Irak", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Irak")]
    )
    baghdad = b.new(
        Place,
        id="baghdad",
        name="Baghdad",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Baghdad")],
    )
    ministry = b.new(
        Organization,
        id="kemlu",
        name="Kementerian Luar Negeri Indonesia",
        kind=OrganizationKind.MINISTRY,
        country=indonesia,
        mentions=[mention(b, "Kementerian Luar Negeri Indonesia")],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="tentara AS",
        kind=OrganizationKind.ARMED_FORCES,
        country=us,
        mentions=[mention(b, "tentara AS")],
    )
    antara = b.new(
        Organization,
        id="antara",
        name="ANTARA",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "ANTARA", field="dateline")],
    )
    spokesperson = b.new(
        Person,
        id="rina-hapsari",
        name="Rina Hapsari",
        roles=[
            Role(
                title="Juru bicara kementerian",
                organization=ministry.id,
                spans=(at(b, "Juru bicara kementerian"),),
            )
        ],
        mentions=[mention(b, "Rina Hapsari")],
    )
    diplomat = b.new(
        AnonymousSource,
        id="diplomatic-source",
        description="sumber diplomatik",
        kind=SourceKind.DIPLOMAT,
        count=Amount(value=1),
        mentions=[mention(b, "sumber diplomatik")],
    )
    reporter = b.new(Person, id="dimas-pratama", name="Dimas Pratama")
    editor = b.new(Person, id="sri-wahyuni", name="Sri Wahyuni")

    thursday = TimeExpression(
        text="Kamis (10/12)",
        spans=(at(b, "Kamis (10/12)"),),
        date=PartialDate(month=12, day=10),
        deixis=Deixis(weekday=4),  # Thursday, ISO numbering
        inferred=PartialDate(year=2026, month=12, day=10),
        inference="the publication date",
    )
    b.new(
        Event,
        id="ev-welcome",
        event_type="welcoming",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "menyambut baik"),
        participants=b.roles(agent=ministry),
        time=thursday,
        links=[EventLink(relation=EventRelation.CONCERNS, target="ev-agreement")],
    )
    b.new(
        Event,
        id="ev-agreement",
        event_type="agreement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "kesepakatan"),
        participants=b.roles(agent=[us, iraq]),
        links=[EventLink(relation=EventRelation.CONCERNS, target="ev-withdrawal")],
    )
    b.new(
        Event,
        id="ev-withdrawal",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "menarik"),
        participants=b.roles(agent=us, theme=us_forces),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            text="paling lambat September 2026",
            spans=(at(b, "paling lambat September 2026"),),
            date=PartialDate(year=2026, month=9),
        ),
        quantities=[
            Quantity(
                amount=Amount(value=2000, qualifier=QuantityQualifier.ABOUT),
                counted="tentara",
                of=us_forces.id,
                text="sekitar 2.000 tentara AS",
                spans=(at(b, "sekitar 2.000 tentara AS"),),
            )
        ],
    )
    b.new(
        Quote,
        id="q-sovereignty",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        attribution=Attribution(
            source=spokesperson.id, cue=cue(b, "mengatakan"), mode=AttributionMode.DIRECT
        ),
        about=["ev-agreement"],
    )
    b.new(
        Event,
        id="ev-third-round",
        event_type="negotiation",
        status=EventStatus.PLANNED,
        trigger=cue(b, "perundingan putaran ketiga"),
        ordinal=3,
        step="round",
        locations=[baghdad],
        time=TimeExpression(
            text="bulan depan",
            spans=(at(b, "bulan depan"),),
            deixis=Deixis(unit=DeicticUnit.MONTH, offset=1),
            inferred=PartialDate(year=2027, month=1),
            inference="the month after the publication date",
        ),
        attributions=[
            Attribution(source=diplomat.id, cue=cue(b, "Menurut"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    for who, role, name in (
        (reporter, ContributorRole.REPORTING, "Dimas Pratama"),
        (editor, ContributorRole.EDITING, "Sri Wahyuni"),
    ):
        b.new(Contributor, entity=who, role=role, spans=[at(b, name)])
    start = BODY.index(SIGN_OFF)
    b.new(ArticlePart, kind="sign_off", spans=[Span(start=start, end=start + len(SIGN_OFF))])
    return b.build(
        id="corpus-id-antara-talks",
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
    faithful("the agency in the dateline (ANTARA)", "$.dateline.agency", "$.dateline.agency_text"),
    faithful(
        "a day/month date in parentheses with no year, 'Kamis (10/12)'",
        "$.events[0].time.date.day",
        "$.events[0].time.date.month",
        "$.events[0].time.inferred.year",
    ),
    faithful(
        "the weekday printed beside the date (Kamis, Thursday)",
        "$.events[0].time.deixis.weekday",
    ),
    faithful(
        "the ministry welcomes (menyambut baik) the agreement",
        "$.events[0].event_type",
        "$.events[0].participants[0].entity",
        "$.events[0].links[0].relation",
        "$.events[0].links[0].target",
    ),
    faithful(
        "an agreement between the US and Iraq",
        "$.events[1].event_type",
        "$.events[1].participants[0].entity",
        "$.events[1].participants[1].entity",
    ),
    faithful(
        "about 2,000 US troops to be withdrawn",
        "$.events[2].quantities[0].amount.value",
        "$.events[2].quantities[0].amount.qualifier",
    ),
    faithful(
        "no later than September 2026 (paling lambat)",
        "$.events[2].time.relation",
        "$.events[2].time.date.month",
    ),
    faithful(
        "the withdrawal is what the agreement agrees to",
        "$.events[1].links[0].relation",
        "$.events[1].links[0].target",
        "$.events[2].status",
    ),
    faithful(
        "a named spokesperson and her post",
        "$.entities[8].roles[0].title",
        "$.entities[8].roles[0].organization",
    ),
    faithful(
        "her direct quote",
        "$.quotes[0].attribution.source",
        "$.quotes[0].attribution.mode",
        "$.quotes[0].spans[0]",
    ),
    faithful(
        "an unnamed diplomatic source (who would not be named)",
        "$.entities[9].kind",
        "$.entities[9].count.value",
        "$.events[3].attributions[0].source",
    ),
    faithful(
        "'the third round' of talks (putaran ketiga)", "$.events[3].ordinal", "$.events[3].step"
    ),
    faithful(
        "the talks next month in Baghdad",
        "$.events[3].time.deixis.offset",
        "$.events[3].time.inferred.month",
        "$.events[3].locations[0]",
    ),
    faithful(
        "the reporter and the editor signing off (Pewarta / Editor)",
        "$.contributors[0].role",
        "$.contributors[0].spans[0]",
        "$.contributors[1].role",
        "$.parts[0].kind",
        "$.parts[0].spans[0]",
    ),
]

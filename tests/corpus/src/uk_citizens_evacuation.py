"""A Ukrainian agency report: a ministry prepares to bring home civilian contractors from
unnamed bases that US troops are leaving, a spokesman named in Cyrillic with his Latin
transliteration printed beside it, an embassy described rather than named, an anonymous
government source with the reason for its anonymity, a route and a deadline. Written after
the mechanisms of issue 20 existed, to see whether they hold a report nobody planned for.
Invented for this corpus."""

# ruff: noqa: RUF001  (Cyrillic letters that look like Latin ones are the text itself)
from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymityReason,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Certainty,
    Communication,
    CommunicationKind,
    Dateline,
    Deixis,
    Event,
    EventStatus,
    Factuality,
    MentionForm,
    Name,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Person,
    Place,
    PlaceKind,
    Quantity,
    QuantityQualifier,
    Quote,
    Relation,
    Role,
    RoleKind,
    SourceKind,
    TimeExpression,
    TimeRelation,
    Transliteration,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

REASSURANCE = "Ми не бачимо безпосередньої загрози"
COMMITMENT = "не чекатимемо на неї"
QUOTE = f"{REASSURANCE}, але {COMMITMENT}"
BODY = (
    "Міністерство закордонних справ України готує повернення додому близько 40 громадян, "
    "які працюють цивільними підрядниками на військових базах в Іраку, звідки виводяться "
    "американські війська. Про це в четвер на брифінгу повідомив речник МЗС Тарас Левченко "
    "(Taras Levchenko). Евакуацію координуватиме посольство України в Багдаді. "
    f"«{QUOTE}», — сказав дипломат. Джерело в уряді, яке попросило не називати його імені, "
    "оскільки перемовини тривають, додало, що громадян можуть вивезти через Ербіль до кінця "
    "березня."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(
        headline="Українців, які працюють на базах в Іраку, повернуть додому до кінця березня",
        body=BODY,
        language="uk",
        dateline="Київ, 3 грудня /Дніпро-Інформ/",
    )
    ukraine = b.new(
        Place,
        id="ukraine",
        name="Україна",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "додому", form=MentionForm.DESCRIPTION)],
    )
    kyiv = b.new(
        Place,
        id="kyiv",
        name="Київ",
        kind=PlaceKind.CITY,
        within=ukraine,
        mentions=[mention(b, "Київ", field="dateline")],
    )
    iraq = b.new(
        Place, id="iraq", name="Ірак", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Іраку")]
    )
    b.new(
        Place,
        id="baghdad",
        name="Багдад",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Багдаді")],
    )
    erbil = b.new(
        Place,
        id="erbil",
        name="Ербіль",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Ербіль")],
    )
    bases = b.new(
        Place,
        id="bases-in-iraq",
        description="військових базах в Іраку",
        plural=True,
        kind=PlaceKind.MILITARY_BASE,
        within=iraq,
        mentions=[mention(b, "військових базах", form=MentionForm.DESCRIPTION)],
    )
    mfa = b.new(
        Organization,
        id="ukraine-mfa",
        name="Міністерство закордонних справ України",
        aliases=["МЗС"],
        kind=OrganizationKind.MINISTRY,
        country=ukraine,
        mentions=[
            mention(b, "Міністерство закордонних справ України"),
            mention(b, "МЗС", form=MentionForm.ALIAS),
        ],
    )
    embassy = b.new(
        Organization,
        id="ukraine-embassy-baghdad",
        description="посольство України в Багдаді",
        kind=OrganizationKind.EMBASSY,
        country=ukraine,
        parent=mfa,
        mentions=[mention(b, "посольство України в Багдаді", form=MentionForm.DESCRIPTION)],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="Збройні сили США",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "американські війська", form=MentionForm.DESCRIPTION)],
    )
    agency = b.new(
        Organization,
        id="dnipro-inform",
        name="Дніпро-Інформ",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "Дніпро-Інформ", field="dateline")],
    )
    citizens = b.new(
        Person,
        id="ukrainian-contractors",
        description="громадян, які працюють цивільними підрядниками",
        plural=True,
        count=Amount(value=40, qualifier=QuantityQualifier.ABOUT),
        roles=[
            Role(
                title="цивільні підрядники",
                kind=RoleKind.FUNCTION,
                spans=(at(b, "цивільними підрядниками"),),
            )
        ],
        mentions=[
            mention(b, "громадян", form=MentionForm.DESCRIPTION),
            mention(b, "громадян", 2, form=MentionForm.DESCRIPTION),
        ],
    )
    spokesman = b.new(
        Person,
        name="Тарас Левченко",
        names=[
            Name(
                text="Тарас Левченко",
                script="Cyrl",
                language="uk",
                original=True,
                transliterations=[
                    Transliteration(
                        text="Taras Levchenko", script="Latn", scheme="as printed in the text"
                    )
                ],
            )
        ],
        roles=[
            Role(
                title="речник МЗС",
                kind=RoleKind.POST,
                organization=mfa.id,
                spans=(at(b, "речник МЗС"),),
            )
        ],
        mentions=[
            mention(b, "Тарас Левченко"),
            mention(b, "Taras Levchenko", form=MentionForm.ALIAS),
            mention(b, "дипломат", form=MentionForm.DESCRIPTION),
        ],
    )
    source = b.new(
        AnonymousSource,
        id="government-source",
        description="Джерело в уряді",
        kind=SourceKind.OFFICIAL,
        count=Amount(value=1),
        affiliation=ukraine,
        reason="оскільки перемовини тривають",
        reason_kind=AnonymityReason.ONGOING,
        mentions=[mention(b, "Джерело в уряді")],
    )
    b.new(Relation, kind="citizen_of", subject=citizens.id, object=ukraine.id)
    thursday = TimeExpression(
        text="в четвер",
        spans=(at(b, "в четвер"),),
        deixis=Deixis(weekday=4, offset=0),
        inferred=published,
        inference="the publication date, Thursday 3 December 2026",
    )
    briefing = b.new(
        Communication,
        id="mfa-briefing",
        kind=CommunicationKind.BRIEFING,
        issuers=[spokesman],
        time=thursday,
        spans=[at(b, "брифінгу")],
    )
    said_at_briefing = Attribution(
        source=spokesman.id,
        cue=cue(b, "повідомив"),
        mode=AttributionMode.PARAPHRASE,
        channel=briefing.id,
        time=thursday,
    )
    b.new(
        Event,
        id="ev-us-withdrawal",
        event_type="withdrawal",
        status=EventStatus.ONGOING,
        trigger=cue(b, "виводяться"),
        participants=b.roles(theme=us_forces),
        locations=[bases],
    )
    b.new(
        Event,
        id="ev-return",
        event_type="repatriation",
        status=EventStatus.PLANNED,
        trigger=cue(b, "повернення"),
        participants=b.roles(agent=[mfa, embassy], theme=citizens, destination=ukraine),
        quantities=[
            Quantity(
                amount=Amount(value=40, qualifier=QuantityQualifier.ABOUT),
                counted="громадян",
                of=citizens.id,
                text="близько 40 громадян",
                spans=(at(b, "близько 40 громадян"),),
            )
        ],
        attributions=[said_at_briefing],
    )
    b.new(
        Quote,
        id="q-threat",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        attribution=Attribution(
            source=spokesman.id, cue=cue(b, "сказав"), mode=AttributionMode.DIRECT
        ),
        act="reassurance",
        acts=["promise"],
    )
    b.new(
        Event,
        id="ev-evacuation-route",
        event_type="evacuation",
        status=EventStatus.EXPECTED,
        trigger=cue(b, "вивезти"),
        participants=b.roles(theme=citizens, route=erbil),
        factuality=Factuality(certainty=Certainty.POSSIBLE, hedges=(cue(b, "можуть"),)),
        time=TimeExpression(
            relation=TimeRelation.BY,
            text="до кінця березня",
            spans=(at(b, "до кінця березня"),),
            date=PartialDate(month=3),
            part=PeriodPart.END,
            inferred=PartialDate(year=2027, month=3),
            inference="the next March after the publication date, 3 December 2026",
        ),
        attributions=[
            Attribution(source=source.id, cue=cue(b, "додало"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    return b.build(
        id="corpus-uk-citizens-evacuation",
        published=published,
        dateline=Dateline(
            text="Київ, 3 грудня /Дніпро-Інформ/",
            places=(kyiv.id,),
            time=TimeExpression(
                text="3 грудня",
                spans=(at(b, "3 грудня", field="dateline"),),
                date=PartialDate(month=12, day=3),
                inferred=published,
                inference="the publication date",
            ),
            agency=agency.id,
            agency_text="Дніпро-Інформ",
        ),
    )


PHENOMENA = [
    faithful("text in Ukrainian, in Cyrillic script", "$.language"),
    faithful(
        "the dateline's place and its year-less date",
        "$.dateline.places[0]",
        "$.dateline.time.date.day",
        "$.dateline.time.inferred",
    ),
    faithful(
        "the agency in the dateline (/Дніпро-Інформ/)",
        "$.dateline.agency",
        "$.dateline.agency_text",
        "$.entities[9].kind",
    ),
    faithful(
        "the ministry prepares the return (planned, with the embassy as co-agent)",
        "$.events[1].status",
        "$.events[1].participants[0].entity",
        "$.events[1].participants[1].entity",
    ),
    faithful(
        "the repatriation of civilians, not a withdrawal of troops",
        "$.events[1].event_type",
        "$.events[1].participants[2].entity",
    ),
    faithful(
        "'about 40 citizens'",
        "$.events[1].quantities[0].amount.value",
        "$.events[1].quantities[0].amount.qualifier",
    ),
    faithful(
        "the citizens, described as a group of about 40 civilian contractors, not named",
        "$.entities[10].description",
        "$.entities[10].plural",
        "$.entities[10].count.qualifier",
        "$.entities[10].roles[0].kind",
    ),
    faithful(
        "that they are Ukrainian citizens",
        "$.relations[0].kind",
        "$.relations[0].subject",
        "$.relations[0].object",
    ),
    faithful(
        "unnamed military bases in Iraq, plural",
        "$.entities[5].description",
        "$.entities[5].plural",
        "$.entities[5].kind",
        "$.entities[5].within",
    ),
    faithful(
        "US troops are leaving those bases ('американські війська', an adjective)",
        "$.events[0].status",
        "$.events[0].locations[0]",
        "$.entities[8].mentions[0].form",
    ),
    faithful(
        "said at a briefing on Thursday",
        "$.communications[0].kind",
        "$.events[1].attributions[0].channel",
        "$.events[1].attributions[0].time.inferred",
    ),
    faithful(
        "the spokesman, named, with his post at the ministry",
        "$.entities[11].name",
        "$.entities[11].roles[0].kind",
        "$.entities[11].roles[0].organization",
    ),
    faithful(
        "his name's Latin transliteration printed beside the Cyrillic original",
        "$.entities[11].names[0].script",
        "$.entities[11].names[0].original",
        "$.entities[11].names[0].transliterations[0].script",
        "$.entities[11].mentions[1].form",
    ),
    faithful(
        "the embassy described, not by a proper name, under the ministry",
        "$.entities[7].description",
        "$.entities[7].kind",
        "$.entities[7].parent",
    ),
    faithful(
        "a direct quote in guillemets, attributed to 'the diplomat'",
        "$.quotes[0].attribution.mode",
        "$.quotes[0].attribution.source",
        "$.entities[11].mentions[2].form",
    ),
    faithful(
        "the quote as a reassurance and a commitment ('we will not wait for it')",
        "$.quotes[0].act",
        "$.quotes[0].acts[0]",
    ),
    faithful(
        "an anonymous government source, and why it is anonymous (talks are ongoing)",
        "$.entities[12].affiliation",
        "$.entities[12].reason",
        "$.entities[12].reason_kind",
    ),
    faithful(
        "'may be taken out' (possibility)",
        "$.events[2].factuality.certainty",
        "$.events[2].factuality.hedges[0].text",
    ),
    faithful(
        "by the end of March, the year worked out",
        "$.events[2].time.relation",
        "$.events[2].time.part",
        "$.events[2].time.inferred",
    ),
    faithful(
        "the route through Erbil",
        "$.events[2].participants[1].role",
        "$.events[2].participants[1].entity",
    ),
    faithful(
        "the destination: home, Ukraine ('повернення додому')",
        "$.events[1].participants[3].role",
        "$.events[1].participants[3].entity",
        "$.entities[0].mentions[0].form",
    ),
]

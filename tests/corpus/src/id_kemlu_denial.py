"""An Indonesian agency report of a weekly foreign-ministry press briefing: a denial of an
online outlet's report of an evacuation, a direct quote, an answer to reporters about a
document circulating on social media that the ministry has not seen and cannot
authenticate, an embassy's figure, and an appeal to citizens. Invented for this corpus,
written after the mechanisms for statements, speech acts and documents; the spokesperson
is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Dateline,
    Deixis,
    Document,
    Equipment,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Factuality,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    Polarity,
    Quantity,
    QuantityQualifier,
    Quote,
    Relation,
    Role,
    TimeExpression,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

DENIED = (
    "pemerintah telah menyiapkan pesawat untuk mengevakuasi warga negara Indonesia (WNI) "
    "dari Irak menyusul penarikan pasukan Amerika Serikat"
)
QUOTE = "Tidak ada rencana evakuasi saat ini"
NOT_SEEN = "pihaknya belum melihat dokumen tersebut dan tidak dapat memastikan keasliannya"
ASKED = "mengenai dokumen yang beredar di media sosial"
APPEAL = "WNI untuk tetap tenang dan mengikuti informasi resmi"
BODY = (
    f"Kementerian Luar Negeri membantah laporan sebuah media daring bahwa {DENIED}.\n\n"
    f"“{QUOTE},” kata juru bicara Kemlu, Rina Santoso, dalam press briefing mingguan di "
    "Jakarta, Kamis (3/12).\n\n"
    "Menjawab pertanyaan wartawan mengenai dokumen yang beredar di media sosial, Rina "
    f"mengatakan {NOT_SEEN}.\n\n"
    "Menurut data KBRI Baghdad, sekitar 450 WNI tinggal di Irak, sebagian besar di Erbil. "
    f"Kemlu mengimbau {APPEAL}."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(
        headline="Kemlu bantah laporan evakuasi WNI dari Irak",
        body=BODY,
        language="id",
        dateline="JAKARTA (Antara)",
    )
    indonesia = b.new(Place, id="indonesia", name="Indonesia", kind=PlaceKind.COUNTRY)
    jakarta = b.new(
        Place,
        id="jakarta",
        name="Jakarta",
        kind=PlaceKind.CITY,
        within=indonesia,
        mentions=[mention(b, "JAKARTA", field="dateline"), mention(b, "Jakarta")],
    )
    iraq = b.new(
        Place,
        id="iraq",
        name="Irak",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Irak"), mention(b, "Irak", 2)],
    )
    erbil = b.new(
        Place,
        id="erbil",
        name="Erbil",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Erbil")],
    )
    ministry = b.new(
        Organization,
        id="kemlu",
        name="Kementerian Luar Negeri",
        kind=OrganizationKind.MINISTRY,
        country=indonesia,
        aliases=["Kemlu"],
        mentions=[
            mention(b, "Kementerian Luar Negeri"),
            mention(b, "Kemlu", form=MentionForm.ALIAS),
            mention(b, "pihaknya", form=MentionForm.PRONOUN),
            mention(b, "Kemlu", 2, form=MentionForm.ALIAS),
        ],
    )
    embassy = b.new(
        Organization,
        id="kbri-baghdad",
        name="KBRI Baghdad",
        kind=OrganizationKind.EMBASSY,
        parent=ministry,
        country=indonesia,
        mentions=[mention(b, "KBRI Baghdad")],
    )
    outlet = b.new(
        Organization,
        id="online-outlet",
        description="sebuah media daring",
        kind=OrganizationKind.ONLINE_OUTLET,
        mentions=[mention(b, "sebuah media daring", form=MentionForm.DESCRIPTION)],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="pasukan Amerika Serikat",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "pasukan Amerika Serikat")],
    )
    citizens = b.new(
        Person,
        id="wni-in-iraq",
        description="warga negara Indonesia di Irak",
        plural=True,
        aliases=["WNI"],
        mentions=[
            mention(b, "warga negara Indonesia", form=MentionForm.DESCRIPTION),
            mention(b, "WNI", 1, form=MentionForm.ALIAS),
            mention(b, "WNI", 3, form=MentionForm.ALIAS),
        ],
    )
    spokesperson = b.new(
        Person,
        id="rina-santoso",
        name="Rina Santoso",
        roles=[
            Role(
                title="juru bicara Kemlu",
                organization=ministry.id,
                spans=(at(b, "juru bicara Kemlu"),),
            )
        ],
        mentions=[mention(b, "Rina Santoso"), mention(b, "Rina")],
    )
    report = b.new(
        Document,
        id="online-report",
        kind="report",
        description="laporan sebuah media daring",
        issuers=[outlet],
        mentions=[mention(b, "laporan", form=MentionForm.DESCRIPTION)],
    )
    leaked = b.new(
        Document,
        id="circulating-document",
        kind="document",
        description="dokumen yang beredar di media sosial",
        exists="claimed",
        authenticity="unverified",
        venue="social-media",
        mentions=[
            mention(b, "dokumen yang beredar di media sosial", form=MentionForm.DESCRIPTION),
            mention(b, "dokumen tersebut", form=MentionForm.DESCRIPTION),
        ],
    )
    reporters = b.new(
        AnonymousSource,
        id="reporters",
        description="wartawan",
        plural=True,
        mentions=[mention(b, "wartawan", form=MentionForm.DESCRIPTION)],
    )
    aircraft = b.new(
        Equipment,
        id="evacuation-aircraft",
        description="pesawat",
        kind="aircraft",
        plural=True,
        mentions=[mention(b, "pesawat", form=MentionForm.DESCRIPTION)],
    )
    b.new(
        Organization,
        id="social-media",
        description="media sosial",
        kind="platform",
        plural=True,
        mentions=[mention(b, "media sosial", form=MentionForm.DESCRIPTION)],
    )
    antara = b.new(
        Organization,
        id="antara",
        name="Antara",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "Antara", field="dateline")],
    )
    b.new(Relation, kind="citizen_of", subject=citizens.id, object=indonesia.id)
    baghdad = b.new(
        Place,
        id="baghdad",
        name="Baghdad",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Baghdad")],
    )
    b.new(Relation, kind="located_in", subject=embassy.id, object=baghdad.id)
    thursday = TimeExpression(
        text="Kamis (3/12)",
        spans=(at(b, "Kamis (3/12)"),),
        date=PartialDate(month=12, day=3),
        deixis=Deixis(weekday=4, offset=0),
        inferred=published,
        inference="the publication date, Thursday 3 December 2026",
    )
    briefing = b.new(
        Communication,
        id="weekly-briefing",
        kind=CommunicationKind.BRIEFING,
        issuers=[spokesperson],
        place=jakarta,
        time=thursday,
        recurrence="weekly",
        audience="press",
        spans=[at(b, "press briefing mingguan")],
    )
    us_withdrawal = b.make(
        Event,
        id="ev-us-withdrawal",
        event_type="withdrawal",
        trigger=cue(b, "penarikan"),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
    )
    evacuation = b.new(
        Event,
        id="ev-evacuation-prepared",
        event_type="evacuation",
        status=EventStatus.PLANNED,
        trigger=cue(b, "mengevakuasi"),
        participants=b.roles(agent=indonesia, theme=citizens, origin=iraq, means=aircraft),
        locations=[iraq],
        links=[EventLink(relation=EventRelation.FOLLOWS, target=us_withdrawal.id)],
        attributions=[
            Attribution(source=outlet.id, mode=AttributionMode.PARAPHRASE),
            Attribution(
                source=ministry.id,
                cue=cue(b, "membantah"),
                mode=AttributionMode.PARAPHRASE,
                factuality=Factuality(polarity=Polarity.NEGATIVE),
            ),
        ],
    )
    b.add(us_withdrawal)
    b.new(
        Event,
        id="ev-document-not-seen",
        event_type="viewing",
        trigger=cue(b, "belum melihat"),
        participants=b.roles(agent=ministry, theme=leaked),
        factuality=Factuality(polarity=Polarity.NEGATIVE),
        attributions=[
            Attribution(
                source=spokesperson.id, cue=cue(b, "mengatakan"), mode=AttributionMode.PARAPHRASE
            )
        ],
    )
    b.new(
        Event,
        id="ev-residents",
        event_type="residence",
        trigger=cue(b, "tinggal"),
        participants=b.roles(theme=citizens),
        locations=[iraq],
        quantities=[
            Quantity(
                id="q-wni",
                amount=Amount(value=450, qualifier=QuantityQualifier.ABOUT),
                counted="WNI",
                of=citizens.id,
                text="sekitar 450 WNI",
                spans=(at(b, "sekitar 450 WNI"),),
            )
        ],
        attributions=[
            Attribution(
                source=embassy.id, cue=cue(b, "Menurut data"), mode=AttributionMode.PARAPHRASE
            )
        ],
    )
    b.new(
        Event,
        id="ev-residents-erbil",
        event_type="residence",
        participants=b.roles(theme=citizens),
        locations=[erbil],
        links=[EventLink(relation=EventRelation.PART_OF, target="ev-residents")],
        quantities=[
            Quantity(
                part_of="q-wni",
                qualifiers=["most"],
                counted="WNI",
                of=citizens.id,
                text="sebagian besar",
                spans=(at(b, "sebagian besar"),),
            )
        ],
    )
    b.new(
        Quote,
        id="q-denial",
        text=DENIED,
        spans=[at(b, DENIED)],
        attribution=Attribution(
            source=ministry.id, cue=cue(b, "membantah"), mode=AttributionMode.PARAPHRASE
        ),
        act="denial",
        about=[report, evacuation],
    )
    b.new(
        Quote,
        id="q-no-plan",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        attribution=Attribution(
            source=spokesperson.id,
            cue=cue(b, "kata"),
            mode=AttributionMode.DIRECT,
            channel=briefing.id,
            time=thursday,
        ),
        act="denial",
        about=[evacuation],
    )
    b.new(
        Quote,
        id="q-not-seen",
        text=NOT_SEEN,
        spans=[at(b, NOT_SEEN)],
        attribution=Attribution(
            source=spokesperson.id,
            cue=cue(b, "Menjawab pertanyaan wartawan"),
            mode=AttributionMode.PARAPHRASE,
            channel=briefing.id,
        ),
        act="non_confirmation",
        about=[leaked],
        in_reply_to="q-reporters-question",
    )
    b.new(
        Quote,
        id="q-appeal",
        text=APPEAL,
        spans=[at(b, APPEAL)],
        attribution=Attribution(
            source=ministry.id,
            cue=cue(b, "mengimbau"),
            mode=AttributionMode.PARAPHRASE,
            recipient=citizens.id,
        ),
        act="demand",
    )
    b.new(
        Quote,
        id="q-reporters-question",
        text=ASKED,
        spans=[at(b, ASKED)],
        attribution=Attribution(
            source=reporters.id,
            mode=AttributionMode.PARAPHRASE,
            recipient=spokesperson.id,
            channel=briefing.id,
        ),
        act="question",
        about=[leaked],
    )
    return b.build(
        id="corpus-id-kemlu-denial",
        published=published,
        dateline=Dateline(
            text="JAKARTA (Antara)", places=(jakarta.id,), agency=antara.id, agency_text="Antara"
        ),
    )


PHENOMENA = [
    faithful("text in Indonesian", "$.language"),
    faithful("dateline place", "$.dateline.places[0]", "$.entities[1].mentions[0].span"),
    faithful(
        "the agency in the dateline, '(Antara)'",
        "$.dateline.agency",
        "$.dateline.agency_text",
        "$.entities[15].kind",
    ),
    faithful(
        "the ministry denies an online outlet's report (a denial about a report)",
        "$.quotes[0].act",
        "$.quotes[0].about[0]",
        "$.entities[10].kind",
        "$.entities[10].issuers[0]",
    ),
    faithful(
        "an unnamed online outlet (sebuah media daring)",
        "$.entities[6].description",
        "$.entities[6].kind",
    ),
    faithful(
        "what the report said and the ministry denies: an evacuation prepared",
        "$.events[0].attributions[0].source",
        "$.events[0].attributions[1].factuality.polarity",
        "$.quotes[0].about[1]",
    ),
    faithful(
        "an evacuation of citizens (mengevakuasi)",
        "$.events[0].event_type",
        "$.events[0].participants[1].entity",
        "$.events[0].participants[2].role",
    ),
    faithful(
        "aircraft prepared (menyiapkan pesawat) as the means of the evacuation",
        "$.events[0].participants[3].role",
        "$.events[0].participants[3].entity",
        "$.entities[13].kind",
        "$.entities[13].plural",
    ),
    faithful(
        "the evacuation would follow the US withdrawal (menyusul)",
        "$.events[0].links[0].relation",
        "$.events[0].links[0].target",
    ),
    faithful(
        "a direct quote denying any plan, by the named spokesperson",
        "$.quotes[1].act",
        "$.quotes[1].attribution.mode",
        "$.quotes[1].attribution.source",
        "$.entities[9].roles[0].organization",
    ),
    faithful(
        "a weekly press briefing in Jakarta as the channel",
        "$.communications[0].kind",
        "$.communications[0].recurrence",
        "$.communications[0].place",
        "$.quotes[1].attribution.channel",
    ),
    faithful(
        "'Thursday (3/12)', a weekday and a year-less day resolved",
        "$.communications[0].time.date.day",
        "$.communications[0].time.deixis.weekday",
        "$.communications[0].time.inferred",
    ),
    faithful(
        "answering reporters' question (the press as the audience)",
        "$.communications[0].audience",
        "$.quotes[2].attribution.channel",
    ),
    faithful(
        "the answer replies to reporters' question about the document, given only in outline",
        "$.quotes[2].in_reply_to",
        "$.quotes[4].act",
        "$.quotes[4].about[0]",
        "$.quotes[4].attribution.source",
        "$.entities[12].plural",
    ),
    faithful(
        "a document circulating on social media, claimed to exist",
        "$.entities[11].exists",
        "$.entities[11].description",
    ),
    faithful(
        "where the document circulates (social media)",
        "$.entities[11].venue",
        "$.entities[14].kind",
        "$.entities[14].description",
    ),
    faithful(
        "the ministry has not seen the document",
        "$.events[2].event_type",
        "$.events[2].participants[1].entity",
        "$.events[2].factuality.polarity",
        "$.events[2].attributions[0].source",
    ),
    faithful(
        "it cannot confirm the document's authenticity",
        "$.quotes[2].act",
        "$.quotes[2].about[0]",
        "$.entities[11].authenticity",
    ),
    faithful(
        "about 450 citizens in Iraq, by the embassy's data",
        "$.events[3].quantities[0].amount.value",
        "$.events[3].quantities[0].amount.qualifier",
        "$.events[3].attributions[0].source",
    ),
    faithful(
        "most of them in Erbil (sebagian besar)",
        "$.events[4].quantities[0].part_of",
        "$.events[4].quantities[0].qualifiers[0]",
        "$.events[4].locations[0]",
        "$.events[4].links[0].relation",
    ),
    faithful(
        "citizens living abroad (a presence of civilians)",
        "$.events[3].event_type",
        "$.events[3].participants[0].entity",
    ),
    faithful(
        "Indonesian citizens in Iraq as a group (WNI), Indonesian by citizenship",
        "$.entities[8].description",
        "$.entities[8].plural",
        "$.entities[8].aliases[0]",
        "$.relations[0].kind",
        "$.relations[0].object",
    ),
    faithful(
        "the ministry urges citizens to stay calm (an appeal addressed to them)",
        "$.quotes[3].act",
        "$.quotes[3].attribution.recipient",
    ),
    faithful(
        "the embassy (KBRI) in Baghdad as an organisation of the ministry",
        "$.entities[5].kind",
        "$.entities[5].parent",
        "$.relations[1].kind",
        "$.relations[1].object",
    ),
]

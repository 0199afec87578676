"""An Arabic television channel's web report: a member of parliament for a province, images
broadcast by local channels that a ministry says it has not seen, a base near a town, 'more
than 60%', a withdrawal agreed in one year, due in another and not finished, a month named
in the Levantine way, and an end marker. Invented for this corpus; the MP is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Deixis,
    Document,
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
    RelationKind,
    Role,
    RoleKind,
    StatusChange,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

CITED = "صوراً بثتها قنوات محلية تظهر خروج أرتال عسكرية أمريكية من قاعدة عين الأسد"
BODY = (
    "قال النائب عن محافظة الأنبار خالد الدليمي، اليوم الثلاثاء، إن صوراً بثتها قنوات محلية "
    "تظهر خروج أرتال عسكرية أمريكية من قاعدة عين الأسد القريبة من مدينة البغدادي. وأضاف أن "
    "أكثر من 60% من القوات الأمريكية في القاعدة غادرت بالفعل. في المقابل، قالت وزارة الدفاع "
    "إنها لم تطلع على هذه الصور. وكان الانسحاب، الذي اتُّفق عليه عام 2024، مقرراً أن يكتمل في "
    "أيلول 2025، لكنه لم ينته حتى الآن.\n(انتهى)"
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=1)
    b = ArticleBuilder(
        headline="نائب عن الأنبار: صور تظهر انسحاب أرتال أمريكية من عين الأسد",
        body=BODY,
        language="ar",
    )
    iraq = b.new(Place, id="iraq", name="العراق", kind=PlaceKind.COUNTRY)
    anbar = b.new(
        Place,
        id="anbar",
        name="محافظة الأنبار",
        kind=PlaceKind.ADMINISTRATIVE_AREA,
        within=iraq,
        mentions=[mention(b, "محافظة الأنبار")],
    )
    town = b.new(
        Place,
        id="al-baghdadi",
        name="البغدادي",
        kind=PlaceKind.CITY,
        within=anbar,
        mentions=[mention(b, "مدينة البغدادي")],
    )
    base = b.new(
        Place,
        id="ain-al-asad",
        name="قاعدة عين الأسد",
        kind=PlaceKind.MILITARY_BASE,
        within=anbar,
        mentions=[mention(b, "قاعدة عين الأسد"), mention(b, "القاعدة")],
    )
    parliament = b.new(
        Organization,
        id="council-of-representatives",
        name="مجلس النواب العراقي",
        kind=OrganizationKind.LEGISLATURE,
        country=iraq,
    )
    ministry = b.new(
        Organization,
        id="iraq-defence-ministry",
        name="وزارة الدفاع",
        kind=OrganizationKind.MINISTRY,
        country=iraq,
        mentions=[mention(b, "وزارة الدفاع")],
    )
    channels = b.new(
        Organization,
        id="local-channels",
        description="قنوات محلية",
        plural=True,
        kind=OrganizationKind.BROADCASTER,
        mentions=[mention(b, "قنوات محلية", form=MentionForm.DESCRIPTION)],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="القوات الأمريكية",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "القوات الأمريكية")],
    )
    mp = b.new(
        Person,
        id="khalid-al-dulaimi",
        name="خالد الدليمي",
        roles=[
            Role(
                title="النائب عن محافظة الأنبار",
                kind=RoleKind.SEAT,
                constituency=anbar.id,
                organization=parliament.id,
                spans=(at(b, "النائب عن محافظة الأنبار"),),
            )
        ],
        mentions=[mention(b, "خالد الدليمي")],
    )
    images = b.new(
        Document,
        id="local-tv-images",
        kind="images",
        description="صور بثتها قنوات محلية",
        issuers=[channels],
        about=["ev-convoys-leave"],
        mentions=[
            mention(b, "صوراً", form=MentionForm.DESCRIPTION),
            mention(b, "هذه الصور", form=MentionForm.DESCRIPTION),
        ],
    )
    b.new(
        Relation,
        kind=RelationKind.NEAR,
        subject=base,
        object=town,
        spans=(at(b, "القريبة من مدينة البغدادي"),),
    )
    tuesday = TimeExpression(
        text="اليوم الثلاثاء",
        spans=(at(b, "اليوم الثلاثاء"),),
        deixis=Deixis(weekday=2, offset=0),
        inferred=published,
        inference="the publication date, Tuesday 1 December 2026",
    )
    b.new(
        Event,
        id="ev-convoys-leave",
        event_type="withdrawal",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "خروج"),
        participants=b.roles(theme=us_forces),
        locations=[base],
        attributions=[
            Attribution(
                source=mp.id, cue=cue(b, "قال"), mode=AttributionMode.PARAPHRASE, time=tuesday
            )
        ],
    )
    b.new(
        Event,
        id="ev-broadcast",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "بثتها"),
        participants=b.roles(agent=channels, theme=images),
    )
    b.new(
        Event,
        id="ev-majority-left",
        event_type="withdrawal",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "غادرت"),
        participants=b.roles(theme=us_forces),
        locations=[base],
        quantities=[
            Quantity(
                amount=Amount(value=60, qualifier=QuantityQualifier.MORE_THAN),
                unit="percent",
                counted="القوات الأمريكية في القاعدة",
                of=us_forces.id,
                text="أكثر من 60%",
                spans=(at(b, "أكثر من 60%"),),
            )
        ],
        attributions=[
            Attribution(source=mp.id, cue=cue(b, "وأضاف"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    agreed = b.make(
        Event,
        id="ev-withdrawal-agreed",
        event_type="agreement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "اتُّفق"),
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2024),
            text="عام 2024",
            spans=(at(b, "عام 2024"),),
        ),
    )
    b.new(
        Event,
        id="ev-ministry-not-seen",
        event_type="viewing",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "لم تطلع"),
        participants=b.roles(agent=ministry, theme=images),
        factuality=Factuality(polarity=Polarity.NEGATIVE),
        attributions=[
            Attribution(source=ministry.id, cue=cue(b, "قالت"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    b.add(agreed)
    b.new(
        Event,
        id="ev-withdrawal-due",
        event_type="withdrawal",
        status=EventStatus.ONGOING,
        trigger=cue(b, "الانسحاب"),
        participants=b.roles(theme=us_forces),
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2025, month=9),
            text="في أيلول 2025",
            spans=(at(b, "في أيلول 2025"),),
        ),
        status_history=[
            StatusChange(
                status=EventStatus.EXPECTED,
                time=TimeExpression(
                    relation=TimeRelation.IN,
                    date=PartialDate(year=2025, month=9),
                    text="في أيلول 2025",
                    spans=(at(b, "في أيلول 2025"),),
                ),
                text="مقرراً أن يكتمل في أيلول 2025",
                spans=(at(b, "مقرراً أن يكتمل في أيلول 2025"),),
            ),
            StatusChange(
                status=EventStatus.ONGOING,
                text="لم ينته حتى الآن",
                spans=(at(b, "لم ينته حتى الآن"),),
            ),
        ],
        links=[EventLink(relation=EventRelation.FOLLOWS, target=agreed.id)],
    )
    b.new(
        Quote,
        id="q-mp-images",
        text=CITED,
        spans=[at(b, CITED)],
        attribution=Attribution(source=mp.id, mode=AttributionMode.PARAPHRASE),
        about=[images, "ev-convoys-leave"],
        act="statement",
    )
    b.new(ArticlePart, kind="end_marker", text="(انتهى)", spans=[at(b, "(انتهى)")])
    return b.build(id="corpus-ar-tv-images", published=published)


PHENOMENA = [
    faithful("text in Arabic, written right to left, with Western digits", "$.language"),
    faithful(
        "a member of parliament, named, with his seat",
        "$.entities[8].roles[0].organization",
        "$.entities[8].roles[0].spans[0]",
    ),
    faithful(
        "the seat is held for a province (Anbar)",
        "$.entities[8].roles[0].kind",
        "$.entities[8].roles[0].constituency",
    ),
    faithful("'today, Tuesday' resolved", "$.events[0].attributions[0].time.inferred"),
    faithful(
        "convoys leaving the base, as the MP tells it",
        "$.events[0].status",
        "$.events[0].locations[0]",
        "$.events[0].attributions[0].source",
    ),
    faithful(
        "the images broadcast on television, as evidence the MP cites",
        "$.entities[9].kind",
        "$.entities[9].issuers[0]",
        "$.entities[9].about[0]",
        "$.events[1].participants[1].entity",
        "$.quotes[0].about[0]",
        "$.quotes[0].attribution.source",
    ),
    faithful(
        "local channels, described and not named",
        "$.entities[6].description",
        "$.entities[6].plural",
        "$.entities[6].kind",
    ),
    faithful(
        "the base is near a town (القريبة من مدينة البغدادي)",
        "$.relations[0].kind",
        "$.relations[0].subject",
        "$.relations[0].object",
    ),
    faithful(
        "'more than 60%' of the forces at the base",
        "$.events[2].quantities[0].amount.qualifier",
        "$.events[2].quantities[0].amount.value",
        "$.events[2].quantities[0].unit",
        "$.events[2].quantities[0].counted",
    ),
    faithful(
        "the ministry says it has not seen the images",
        "$.events[3].event_type",
        "$.events[3].participants[1].entity",
        "$.events[3].factuality.polarity",
        "$.events[3].attributions[0].source",
    ),
    faithful(
        "the ministry's statement is negated ('has not seen')",
        "$.events[3].factuality.polarity",
        "$.events[3].attributions[0].source",
    ),
    faithful("the withdrawal was agreed in 2024", "$.events[4].time.date.year"),
    faithful(
        "due to be completed in September 2025 and still not finished (a status with its date)",
        "$.events[5].status_history[0].status",
        "$.events[5].status_history[0].time.date.month",
        "$.events[5].status_history[1].status",
    ),
    faithful("a month printed with its Levantine name (أيلول)", "$.events[5].time.date.month"),
    faithful("the end marker '(انتهى)'", "$.parts[0].kind", "$.parts[0].spans[0]"),
]

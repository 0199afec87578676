"""An Iraqi agency report in Arabic: a deadline printed in the Hijri calendar, digits in
Arabic-Indic form, a named agreement, an anonymous source with the reason for anonymity,
an unnamed foreign embassy and a week that starts on Sunday. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymityReason,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Dateline,
    DeicticUnit,
    Deixis,
    Document,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Place,
    PlaceKind,
    PrintedDate,
    Quantity,
    QuantityQualifier,
    SourceKind,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "أعلنت قيادة العمليات المشتركة، اليوم الأحد، أن قوات التحالف الدولي ستنسحب من قاعدة "
    "عين الأسد الجوية قبل نهاية شهر رجب ١٤٤٨ هـ، بموجب اتفاقية الإطار الاستراتيجي. "
    "وقال مصدر أمني، طلب عدم الكشف عن اسمه لأنه غير مخول بالتصريح لوسائل الإعلام، إن نحو "
    "٤٠٠ جندي غادروا القاعدة خلال الأسبوع الماضي. وأضاف المصدر أن سفارة أجنبية في بغداد "
    "أُبلغت بالجدول الزمني."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=6)
    b = ArticleBuilder(
        headline="انسحاب قوات التحالف من عين الأسد قبل نهاية رجب",
        body=BODY,
        language="ar",
        dateline="بغداد - واع",
    )
    iraq = b.new(Place, id="iraq", name="العراق", kind=PlaceKind.COUNTRY)
    baghdad = b.new(
        Place,
        id="baghdad",
        name="بغداد",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "بغداد"), mention(b, "بغداد", field="dateline")],
    )
    base = b.new(
        Place,
        id="ain-al-asad",
        name="قاعدة عين الأسد الجوية",
        kind=PlaceKind.MILITARY_BASE,
        within=iraq,
        mentions=[mention(b, "قاعدة عين الأسد الجوية"), mention(b, "القاعدة")],
    )
    command = b.new(
        Organization,
        id="joint-operations-command",
        name="قيادة العمليات المشتركة",
        kind=OrganizationKind.MILITARY_COMMAND,
        mentions=[mention(b, "قيادة العمليات المشتركة")],
    )
    coalition = b.new(
        Organization,
        id="coalition",
        name="قوات التحالف الدولي",
        kind=OrganizationKind.MILITARY_COALITION,
        mentions=[mention(b, "قوات التحالف الدولي")],
    )
    embassy = b.new(
        Organization,
        id="foreign-embassy",
        description="سفارة أجنبية",
        kind=OrganizationKind.EMBASSY,
        mentions=[mention(b, "سفارة أجنبية", form=MentionForm.DESCRIPTION)],
    )
    source = b.new(
        AnonymousSource,
        id="security-source",
        description="مصدر أمني",
        kind=SourceKind.SECURITY,
        count=Amount(value=1),
        reason="لأنه غير مخول بالتصريح لوسائل الإعلام",
        reason_kind=AnonymityReason.NOT_AUTHORISED,
        mentions=[mention(b, "مصدر أمني"), mention(b, "المصدر")],
    )
    today = TimeExpression(
        text="اليوم الأحد",
        spans=(at(b, "اليوم الأحد"),),
        deixis=Deixis(weekday=7, offset=0),
        inferred=published,
        inference="the publication date, Sunday 6 December 2026",
    )
    statement = b.new(
        Communication,
        id="announcement",
        kind=CommunicationKind.WRITTEN_STATEMENT,
        issuers=[command],
        time=today,
    )
    announced = b.make(
        Attribution,
        source=command,
        cue=cue(b, "أعلنت"),
        mode=AttributionMode.PARAPHRASE,
        channel=statement,
    )
    agreement = b.new(
        Event,
        id="ev-strategic-framework",
        event_type="agreement",
        status=EventStatus.COMPLETED,
        summary="اتفاقية الإطار الاستراتيجي",
        trigger=cue(b, "اتفاقية الإطار الاستراتيجي"),
        name="اتفاقية الإطار الاستراتيجي",
    )
    b.new(
        Event,
        id="ev-withdrawal-by-rajab",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "ستنسحب"),
        participants=b.roles(theme=coalition),
        locations=[base],
        time=TimeExpression(
            relation=TimeRelation.BY,
            text="قبل نهاية شهر رجب ١٤٤٨ هـ",
            spans=(at(b, "قبل نهاية شهر رجب ١٤٤٨ هـ"),),
            part=PeriodPart.END,
            printed=[PrintedDate(calendar="hijri", year=1448, month=7, text="رجب ١٤٤٨ هـ")],
        ).resolve(published, "the last day of Rajab 1448 in the tabular Hijri calendar"),
        links=[
            EventLink(
                relation=EventRelation.CONDITIONAL_ON,
                target=agreement.id,
            )
        ],
        attributions=[announced],
    )
    said = b.make(
        Attribution,
        source=source,
        cue=cue(b, "وقال"),
        mode=AttributionMode.PARAPHRASE,
    )
    b.new(
        Event,
        id="ev-400-left",
        event_type="withdrawal",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "غادروا"),
        participants=b.roles(theme=coalition),
        locations=[base],
        time=TimeExpression(
            text="خلال الأسبوع الماضي",
            spans=(at(b, "خلال الأسبوع الماضي"),),
            relation=TimeRelation.IN,
            deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1),
        ).resolve(published, "the week before the publication date, Sunday to Saturday", 7),
        quantities=[
            Quantity(
                amount=Amount(value=400, qualifier=QuantityQualifier.ABOUT),
                counted="جندي",
                of=coalition.id,
                text="نحو ٤٠٠ جندي",
                spans=(at(b, "نحو ٤٠٠ جندي"),),
            )
        ],
        attributions=[said],
    )
    timetable = b.new(
        Document,
        id="withdrawal-timetable",
        kind="timetable",
        description="الجدول الزمني",
        about=["ev-withdrawal-by-rajab"],
        mentions=[mention(b, "الجدول الزمني", whole=False, form=MentionForm.DESCRIPTION)],
    )
    b.new(
        Event,
        id="ev-embassy-informed",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "أُبلغت"),
        participants=b.roles(recipient=embassy, theme=timetable),
        locations=[baghdad],
        attributions=[
            Attribution(source=source.id, cue=cue(b, "وأضاف"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    ina = b.new(
        Organization, id="ina", name="وكالة الأنباء العراقية", kind=OrganizationKind.NEWS_AGENCY
    )
    return b.build(
        id="corpus-ar-ina-hijri",
        published=published,
        dateline=Dateline(
            text="بغداد - واع", places=(baghdad.id,), agency=ina.id, agency_text="واع"
        ),
    )


PHENOMENA = [
    faithful("text in Arabic, written right to left", "$.language"),
    faithful("dateline place (بغداد)", "$.dateline.places[0]", "$.entities[1].mentions[1].span"),
    faithful(
        "agency abbreviation in the dateline (واع)",
        "$.dateline.agency",
        "$.dateline.agency_text",
    ),
    faithful(
        "announcement by a military command",
        "$.communications[0].issuers[0]",
        "$.communications[0].kind",
    ),
    faithful(
        "'today, Sunday' resolved against the publication date",
        "$.communications[0].time.deixis.weekday",
        "$.communications[0].time.inferred",
    ),
    faithful(
        "planned withdrawal of the coalition from a named base",
        "$.events[1].status",
        "$.events[1].participants[0].entity",
        "$.events[1].locations[0]",
    ),
    faithful(
        "deadline printed in the Hijri calendar (end of Rajab 1448 AH)",
        "$.events[1].time.printed[0].calendar",
        "$.events[1].time.printed[0].year",
        "$.events[1].time.printed[0].month",
        "$.events[1].time.part",
    ),
    faithful(
        "Gregorian resolution of the Hijri deadline",
        "$.events[1].time.inferred_interval",
        "$.events[1].time.inference",
    ),
    faithful("named agreement (اتفاقية الإطار الاستراتيجي)", "$.events[0].name"),
    faithful(
        "withdrawal conditional on the agreement",
        "$.events[1].links[0].relation",
        "$.events[1].links[0].target",
    ),
    faithful(
        "figure in Arabic-Indic digits with 'about' (نحو ٤٠٠)",
        "$.events[2].quantities[0].amount.value",
        "$.events[2].quantities[0].amount.qualifier",
    ),
    faithful(
        "anonymous security source",
        "$.entities[6].kind",
        "$.entities[6].count.value",
        "$.events[2].attributions[0].source",
    ),
    faithful(
        "the source's stated reason for anonymity (not authorised to speak to the media)",
        "$.entities[6].reason",
        "$.entities[6].reason_kind",
    ),
    faithful(
        "'during the past week'", "$.events[2].time.deixis.unit", "$.events[2].time.deixis.offset"
    ),
    faithful(
        "the week starts on Sunday in Iraq (so 'last week' is Sunday to Saturday)",
        "$.events[2].time.deixis.week_starts",
        "$.events[2].time.inferred_interval",
    ),
    faithful(
        "an unnamed foreign embassy (سفارة أجنبية)",
        "$.entities[5].description",
        "$.entities[5].kind",
    ),
    faithful(
        "embassy informed of the timetable (recipient)",
        "$.events[3].participants[0].role",
        "$.events[3].participants[0].entity",
    ),
    faithful(
        "the timetable as a document (بالجدول الزمني, with an attached prefix بـ)",
        "$.entities[7].kind",
        "$.entities[7].about[0]",
        "$.entities[7].mentions[0].span",
        "$.events[3].participants[1].entity",
    ),
]

"""An Iraqi agency report in Arabic: a deadline printed in the Hijri calendar, digits in
Arabic-Indic form, a named agreement, an anonymous source with the reason for anonymity,
an unnamed foreign embassy and a week that starts on Sunday. Invented for this corpus."""

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
    DeicticUnit,
    Deixis,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Organization,
    OrganizationKind,
    PartialDate,
    Place,
    PlaceKind,
    Quantity,
    QuantityQualifier,
    SourceKind,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import approximated, at, cue, faithful, impossible, mention

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
        name="سفارة أجنبية",
        kind=OrganizationKind.OTHER,
        mentions=[mention(b, "سفارة أجنبية")],
    )
    source = b.new(
        AnonymousSource,
        id="security-source",
        description="مصدر أمني",
        kind=SourceKind.SECURITY,
        count=Amount(value=1),
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
            date=PartialDate(year=2027, month=1, day=8, uncertain=True),
        ),
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
        ),
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
    b.new(
        Event,
        id="ev-embassy-informed",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "أُبلغت"),
        participants=b.roles(recipient=embassy),
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
    approximated(
        "calendars",
        "deadline printed in the Hijri calendar (end of Rajab 1448 AH)",
        "the printed Hijri date is kept only as the time's text: no field names the calendar "
        "or holds the Hijri year, month and day",
        "$.events[1].time.text",
    ),
    approximated(
        "calendars",
        "Gregorian resolution of the Hijri deadline",
        "the computed Gregorian day sits in 'date' as if printed; 'inferred' is refused "
        "without a stated Gregorian date or a deixis, so it cannot be marked as computed",
        "$.events[1].time.date",
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
    impossible(
        "also",
        "the source's stated reason for anonymity (not authorised to speak to the media)",
        "an anonymous source has a description, kind, count and affiliation; no field for "
        "the reason it gives",
    ),
    faithful(
        "'during the past week'", "$.events[2].time.deixis.unit", "$.events[2].time.deixis.offset"
    ),
    impossible(
        "weeks",
        "the week starts on Sunday in Iraq (so 'last week' is Sunday to Saturday)",
        "a deixis has a unit and an offset but no first day of the week",
    ),
    approximated(
        "described",
        "an unnamed foreign embassy (سفارة أجنبية)",
        "an organisation must have a name, so the description is put in 'name'; no kind "
        "'embassy' (kind is 'other')",
        "$.entities[5].name",
    ),
    faithful(
        "embassy informed of the timetable (recipient)",
        "$.events[3].participants[0].role",
        "$.events[3].participants[0].entity",
    ),
    impossible(
        "documents",
        "the timetable as a document (بالجدول الزمني, with an attached prefix بـ)",
        "documents are not entities events can name; the builder's word search also misses "
        "a word with an attached prefix",
    ),
]

"""A Korean agency report: the agency's dateline in parentheses, advisers who advise an
army, 'by the end of this year', a day printed without its month and 'in the morning', a
ministry official quoted, the two defence ministers described together, a meeting last
month, and the sign-off '(끝)'. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Dateline,
    DeicticUnit,
    Deixis,
    Event,
    EventStatus,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Person,
    Place,
    PlaceKind,
    PrintedDate,
    Quantity,
    Quote,
    Relation,
    RelationKind,
    Role,
    RoleKind,
    SourceKind,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

QUOTE = "철수 일정은 이라크 측과 협의해 결정했다"
BODY = (
    "(서울=연합뉴스) 국방부는 이라크 정부군에 자문을 제공해 온 군사고문단 12명을 올해 말까지 "
    "철수시킬 예정이라고 3일 오전 밝혔다. 국방부 관계자는 "
    f'"{QUOTE}"고 말했다. 앞서 양국 국방장관은 지난달 바그다드에서 회담을 가졌다. (끝)'
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(
        headline='국방부 "이라크 파견 군사고문단 연말까지 철수"', body=BODY, language="ko"
    )
    korea = b.new(Place, id="korea", name="대한민국", kind=PlaceKind.COUNTRY)
    seoul = b.new(
        Place,
        id="seoul",
        name="서울",
        kind=PlaceKind.CITY,
        within=korea,
        mentions=[mention(b, "서울", whole=False)],
    )
    iraq = b.new(Place, id="iraq", name="이라크", kind=PlaceKind.COUNTRY)
    baghdad = b.new(
        Place,
        id="baghdad",
        name="바그다드",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "바그다드", whole=False)],
    )
    ministry = b.new(
        Organization,
        id="mnd",
        name="국방부",
        kind=OrganizationKind.MINISTRY,
        country=korea,
        mentions=[mention(b, "국방부", whole=False), mention(b, "국방부", 2, whole=False)],
    )
    iraqi_army = b.new(
        Organization,
        id="iraqi-army",
        name="이라크 정부군",
        kind=OrganizationKind.ARMED_FORCES,
        country=iraq,
        mentions=[mention(b, "이라크 정부군", whole=False)],
    )
    advisers = b.new(
        Organization,
        id="advisory-group",
        name="군사고문단",
        kind=OrganizationKind.ARMED_FORCES,
        country=korea,
        mentions=[mention(b, "군사고문단", whole=False)],
    )
    yonhap = b.new(
        Organization,
        id="yonhap",
        name="연합뉴스",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "연합뉴스", whole=False)],
    )
    official = b.new(
        AnonymousSource,
        id="mnd-official",
        description="국방부 관계자",
        kind=SourceKind.OFFICIAL,
        count=Amount(value=1),
        affiliation=ministry,
        mentions=[mention(b, "국방부 관계자", whole=False)],
    )
    ministers = b.new(
        Person,
        id="defence-ministers",
        description="양국 국방장관",
        plural=True,
        count=Amount(value=2),
        roles=[Role(title="국방장관", kind=RoleKind.POST)],
        mentions=[mention(b, "양국 국방장관", whole=False, form=MentionForm.DESCRIPTION)],
    )
    b.new(
        Relation,
        kind=RelationKind.ADVISES,
        subject=advisers,
        object=iraqi_army,
        spans=(at(b, "자문을 제공해", whole=False),),
    )
    b.new(
        Communication,
        id="ministers-talks",
        kind=CommunicationKind.TALKS,
        issuers=[ministers],
        place=baghdad,
        spans=[at(b, "회담", whole=False)],
    )
    b.new(
        Event,
        id="ev-advising",
        event_type="training",
        status=EventStatus.ONGOING,
        trigger=cue(b, "자문을 제공해", whole=False),
        participants=b.roles(agent=advisers, recipient=iraqi_army),
    )
    b.new(
        Event,
        id="ev-advisers-leave",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "철수시킬", whole=False),
        participants=b.roles(agent=ministry, theme=advisers),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            text="올해 말까지",
            spans=(at(b, "올해 말까지", whole=False),),
            deixis=Deixis(unit=DeicticUnit.YEAR),
            part=PeriodPart.END,
            inferred=PartialDate(year=2026),
            inference="the publication year",
        ),
        quantities=[
            Quantity(
                amount=Amount(value=12),
                counted="명",
                of=advisers.id,
                text="군사고문단 12명",
                spans=(at(b, "군사고문단 12명", whole=False),),
            )
        ],
        attributions=[
            Attribution(
                source=ministry.id,
                cue=cue(b, "밝혔다", whole=False),
                mode=AttributionMode.PARAPHRASE,
                time=TimeExpression(
                    text="3일 오전",
                    spans=(at(b, "3일 오전", whole=False),),
                    printed=[PrintedDate(day=3, text="3일")],
                    day_part="before_noon",
                    anchor_kind=TimeAnchor.DOCUMENT,
                ).resolve(published, "the publication date's month and year"),
            )
        ],
    )
    b.new(
        Quote,
        id="q-timetable",
        text=QUOTE,
        spans=[at(b, QUOTE, whole=False)],
        attribution=Attribution(
            source=official.id, cue=cue(b, "말했다", whole=False), mode=AttributionMode.DIRECT
        ),
    )
    b.new(
        Event,
        id="ev-ministers-meet",
        event_type="negotiation",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "회담", whole=False),
        participants=b.roles(agent=ministers),
        locations=[baghdad],
        time=TimeExpression(
            text="지난달",
            spans=(at(b, "지난달", whole=False),),
            deixis=Deixis(unit=DeicticUnit.MONTH, offset=-1),
            inferred=PartialDate(year=2026, month=11),
            inference="the month before the publication date",
        ),
    )
    b.new(ArticlePart, kind="end_marker", text="(끝)", spans=[at(b, "(끝)")])
    return b.build(
        id="corpus-ko-advisers-endmark",
        published=published,
        dateline=Dateline(
            text="서울=연합뉴스", places=(seoul.id,), agency=yonhap.id, agency_text="연합뉴스"
        ),
        publisher=yonhap.id,
    )


PHENOMENA = [
    faithful("text in Korean", "$.language"),
    faithful("the dateline's place, in parentheses", "$.dateline.places[0]"),
    faithful(
        "the agency in the dateline (연합뉴스)", "$.dateline.agency", "$.dateline.agency_text"
    ),
    faithful(
        "the advisers advise the Iraqi army (자문)",
        "$.relations[0].kind",
        "$.relations[0].subject",
        "$.relations[0].object",
    ),
    faithful(
        "12 advisers to leave by the end of this year",
        "$.events[1].quantities[0].amount.value",
        "$.events[1].time.part",
        "$.events[1].time.inferred",
    ),
    faithful(
        "a day printed without its month (3일)",
        "$.events[1].attributions[0].time.printed[0].day",
        "$.events[1].attributions[0].time.inferred",
        "$.events[1].attributions[0].time.anchor_kind",
    ),
    faithful(
        "'in the morning' (오전, before noon)",
        "$.events[1].attributions[0].time.day_part",
    ),
    faithful(
        "a ministry official quoted directly",
        "$.quotes[0].attribution.source",
        "$.entities[8].affiliation",
        "$.quotes[0].attribution.mode",
    ),
    faithful(
        "'the two countries' defence ministers' (양국 국방장관), described together",
        "$.entities[9].description",
        "$.entities[9].plural",
        "$.entities[9].count.value",
        "$.entities[9].roles[0].kind",
        "$.events[2].participants[0].entity",
    ),
    faithful(
        "they met in Baghdad last month",
        "$.events[2].locations[0]",
        "$.events[2].time.deixis.unit",
        "$.events[2].time.inferred",
    ),
    faithful(
        "the meeting as a kind of communication (회담, talks between ministers)",
        "$.communications[0].kind",
        "$.communications[0].issuers[0]",
        "$.communications[0].place",
    ),
    faithful("the sign-off '(끝)' (end)", "$.parts[0].kind", "$.parts[0].spans[0]"),
]

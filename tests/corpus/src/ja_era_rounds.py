# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A Japanese agency report: a date printed in the Japanese era calendar, the date in Japan
time beside it, a bracketed dateline with the agency, 'the second round' of talks, people
concerned as sources, and talks to resume 'next January'. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
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
    PrintedDate,
    Quantity,
    SourceKind,
    StatusChange,
    TimeExpression,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "【ワシントン共同】日米両政府は令和8年12月4日（日本時間5日）、イラクからの米軍撤収に伴う"
    "後方支援をめぐる第2回協議をワシントンで開いた。関係者によると、航空自衛隊の輸送機2機を"
    "クウェートに派遣する案が検討されている。協議は来年1月に再開される予定だ。"
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=5)
    b = ArticleBuilder(headline="イラク駐留米軍の撤収、日米が第2回協議", body=BODY, language="ja")
    japan = b.new(Place, id="japan", name="日本", kind=PlaceKind.COUNTRY)
    us = b.new(Place, id="usa", name="米国", kind=PlaceKind.COUNTRY)
    iraq = b.new(
        Place,
        id="iraq",
        name="イラク",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "イラク", whole=False)],
    )
    kuwait = b.new(
        Place,
        id="kuwait",
        name="クウェート",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "クウェート", whole=False)],
    )
    washington = b.new(
        Place,
        id="washington",
        name="ワシントン",
        kind=PlaceKind.CITY,
        within=us,
        mentions=[mention(b, "ワシントン", whole=False), mention(b, "ワシントン", 2, whole=False)],
    )
    jp_gov = b.new(
        Organization,
        id="japan-government",
        name="日本政府",
        kind=OrganizationKind.GOVERNMENT,
        country=japan,
    )
    us_gov = b.new(
        Organization,
        id="us-government",
        name="米国政府",
        kind=OrganizationKind.GOVERNMENT,
        country=us,
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="米軍",
        kind=OrganizationKind.ARMED_FORCES,
        country=us,
        mentions=[mention(b, "米軍", whole=False)],
    )
    asdf = b.new(
        Organization,
        id="asdf",
        name="航空自衛隊",
        kind=OrganizationKind.ARMED_FORCES,
        country=japan,
        mentions=[mention(b, "航空自衛隊", whole=False)],
    )
    kyodo = b.new(
        Organization,
        id="kyodo",
        name="共同通信",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "共同", whole=False)],
    )
    people = b.new(
        AnonymousSource,
        id="kankeisha",
        description="関係者",
        plural=True,
        kind=SourceKind.FAMILIAR,
        mentions=[mention(b, "関係者", whole=False)],
    )
    withdrawal = b.new(
        Event,
        id="ev-withdrawal",
        event_type="withdrawal",
        status=EventStatus.ONGOING,
        trigger=cue(b, "撤収", whole=False),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
    )
    talks = b.new(
        Event,
        id="ev-round-2",
        event_type="negotiation",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "第2回協議", whole=False),
        ordinal=2,
        step="round",
        participants=b.roles(agent=[jp_gov, us_gov]),
        locations=[washington],
        time=TimeExpression(
            text="令和8年12月4日（日本時間5日）",
            spans=(at(b, "令和8年12月4日", whole=False), at(b, "日本時間5日", whole=False)),
            printed=[
                PrintedDate(
                    calendar="japanese_era",
                    era="reiwa",
                    year=8,
                    month=12,
                    day=4,
                    text="令和8年12月4日",
                ),
                PrintedDate(day=5, zone="日本時間", utc_offset=540, text="日本時間5日"),
            ],
        ).resolve(published, "Reiwa 8 is 2026 (Reiwa 1 began on 1 May 2019)"),
        links=[EventLink(relation=EventRelation.CONCERNS, target=withdrawal.id)],
    )
    b.new(
        Event,
        id="ev-airlift",
        event_type="deployment",
        status=EventStatus.PROPOSED,
        trigger=cue(b, "派遣", whole=False),
        participants=b.roles(agent=jp_gov, theme=asdf),
        locations=[kuwait],
        quantities=[
            Quantity(
                amount=Amount(value=2),
                counted="輸送機",
                of=asdf.id,
                text="輸送機2機",
                spans=(at(b, "輸送機2機", whole=False),),
            )
        ],
        attributions=[
            Attribution(
                source=people.id,
                cue=cue(b, "によると", whole=False),
                mode=AttributionMode.PARAPHRASE,
            )
        ],
    )
    next_january = TimeExpression(
        text="来年1月",
        spans=(at(b, "来年1月", whole=False),),
        date=PartialDate(month=1),
        deixis=Deixis(unit=DeicticUnit.YEAR, offset=1),
        inferred=PartialDate(year=2027, month=1),
        inference="the year after the publication date, 5 December 2026",
    )
    b.new(
        Event,
        id="ev-round-3",
        event_type="negotiation",
        status=EventStatus.PLANNED,
        trigger=cue(b, "再開", whole=False),
        participants=b.roles(agent=[jp_gov, us_gov]),
        time=next_january,
        links=[EventLink(relation=EventRelation.FOLLOWS, target=talks.id)],
        # Scheduled (予定) now; a resumption when it takes place.
        status_history=[
            StatusChange(
                status=EventStatus.RESUMED,
                time=next_january,
                text="再開される予定",
                spans=(at(b, "再開される予定", whole=False),),
            )
        ],
    )
    return b.build(
        id="corpus-ja-era-rounds",
        published=published,
        dateline=Dateline(
            text="ワシントン共同", places=(washington.id,), agency=kyodo.id, agency_text="共同"
        ),
        publisher=kyodo.id,
    )


PHENOMENA = [
    faithful("text in Japanese, written without spaces", "$.language"),
    faithful("bracketed dateline place (【ワシントン共同】)", "$.dateline.places[0]"),
    faithful("the agency in the dateline (共同)", "$.dateline.agency", "$.dateline.agency_text"),
    faithful(
        "date printed in the Japanese era calendar (令和8年 = 2026)",
        "$.events[1].time.printed[0].calendar",
        "$.events[1].time.printed[0].era",
        "$.events[1].time.printed[0].year",
        "$.events[1].time.inferred",
    ),
    faithful(
        "the same day read in Japan time (日本時間5日)",
        "$.events[1].time.printed[1].day",
        "$.events[1].time.printed[1].zone",
        "$.events[1].time.printed[1].utc_offset",
    ),
    faithful("'the second round' of talks (第2回)", "$.events[1].ordinal", "$.events[1].step"),
    faithful(
        "both governments hold the talks in Washington",
        "$.events[1].participants[1].entity",
        "$.events[1].locations[0]",
    ),
    faithful(
        "people concerned (関係者) as sources",
        "$.entities[10].kind",
        "$.events[2].attributions[0].source",
    ),
    faithful(
        "a proposed dispatch of two transport aircraft to Kuwait",
        "$.events[2].status",
        "$.events[2].quantities[0].amount.value",
        "$.events[2].locations[0]",
    ),
    faithful(
        "'next January' resolved", "$.events[3].time.deixis.offset", "$.events[3].time.inferred"
    ),
    faithful(
        "the talks are to resume (再開)",
        "$.events[3].status",
        "$.events[3].status_history[0].status",
        "$.events[3].status_history[0].time.inferred",
        "$.events[3].links[0].relation",
    ),
]

# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A Chinese agency report of a foreign-ministry press conference: the agency's dateline
with a year-less date, a day printed without its month, an answer to a question the report
does not print, an announcement of a withdrawal by 'September next year', unnamed reports,
and a peak figure. Invented for this corpus; the spokesperson's name is made up."""

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
    PrintedDate,
    Quantity,
    QuantityQualifier,
    Quote,
    Role,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, impossible, mention

QUOTE = "中方一贯主张尊重伊拉克的主权和领土完整。"
BODY = (
    "新华社北京12月3日电 外交部发言人林晓3日在例行记者会上回答有关提问时表示，中方注意到美国"
    f"宣布将在明年9月前完成从伊拉克撤军。她说：“{QUOTE}”据报道，美国在伊拉克驻军最多时达约"
    "17万人。"
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(headline="外交部：希望有关国家尊重伊拉克主权", body=BODY, language="zh")
    china = b.new(Place, id="china", name="中国", kind=PlaceKind.COUNTRY)
    beijing = b.new(
        Place,
        id="beijing",
        name="北京",
        kind=PlaceKind.CITY,
        within=china,
        mentions=[mention(b, "北京", whole=False)],
    )
    iraq = b.new(
        Place,
        id="iraq",
        name="伊拉克",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "伊拉克", whole=False), mention(b, "伊拉克", 2, whole=False)],
    )
    us = b.new(
        Place,
        id="usa",
        name="美国",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "美国", whole=False), mention(b, "美国", 2, whole=False)],
    )
    ministry = b.new(
        Organization,
        id="mfa-china",
        name="外交部",
        kind=OrganizationKind.MINISTRY,
        country=china,
        mentions=[mention(b, "外交部", whole=False)],
    )
    cn_gov = b.new(
        Organization,
        id="china-government",
        name="中国政府",
        kind=OrganizationKind.GOVERNMENT,
        country=china,
        mentions=[mention(b, "中方", whole=False, form=MentionForm.METONYM)],
    )
    us_forces = b.new(
        Organization, id="us-forces", name="美军", kind=OrganizationKind.ARMED_FORCES, country=us
    )
    spokesperson = b.new(
        Person,
        id="lin-xiao",
        name="林晓",
        roles=[
            Role(title="发言人", organization=ministry.id, spans=(at(b, "发言人", whole=False),))
        ],
        mentions=[
            mention(b, "林晓", whole=False),
            mention(b, "她", whole=False, form=MentionForm.PRONOUN),
        ],
    )
    conference = b.new(
        Communication,
        id="regular-press-conference",
        kind=CommunicationKind.PRESS_CONFERENCE,
        issuers=[spokesperson],
        spans=[at(b, "例行记者会", whole=False)],
        time=TimeExpression(
            text="3日",
            spans=(at(b, "3日", 2, whole=False),),
            printed=[PrintedDate(day=3, text="3日")],
            inferred=published,
            inference="the dateline's 3 December, in the publication year",
            anchor_span=at(b, "12月3日", whole=False),
        ),
    )
    withdrawal = b.make(
        Event,
        id="ev-us-withdrawal",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "撤军", whole=False),
        participants=b.roles(agent=us, theme=us_forces),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BEFORE,
            text="明年9月前",
            spans=(at(b, "明年9月前", whole=False),),
            date=PartialDate(month=9),
            deixis=Deixis(unit=DeicticUnit.YEAR, offset=1),
            inferred=PartialDate(year=2027, month=9),
            inference="the year after the publication date",
        ),
    )
    b.new(
        Event,
        id="ev-us-announces",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "宣布", whole=False),
        participants=b.roles(agent=us),
        links=[EventLink(relation=EventRelation.ANNOUNCES, target=withdrawal.id)],
        attributions=[
            Attribution(
                source=cn_gov.id,
                cue=cue(b, "注意到", whole=False),
                mode=AttributionMode.PARAPHRASE,
                channel=conference.id,
            )
        ],
    )
    b.add(withdrawal)
    b.new(
        Quote,
        id="q-sovereignty",
        text=QUOTE,
        spans=[at(b, QUOTE, whole=False)],
        attribution=Attribution(
            source=spokesperson.id,
            cue=cue(b, "她说", whole=False),
            mode=AttributionMode.DIRECT,
            channel=conference.id,
        ),
    )
    b.new(
        Event,
        id="ev-peak",
        event_type="troop_presence",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "驻军", whole=False),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        quantities=[
            Quantity(
                amount=Amount(value=170_000, qualifier=QuantityQualifier.ABOUT),
                qualifiers=["peak"],
                counted="人",
                of=us_forces.id,
                text="约17万人",
                spans=(at(b, "约17万人", whole=False),),
            )
        ],
        attributions=[
            Attribution(cue=cue(b, "据报道", whole=False), mode=AttributionMode.PARAPHRASE)
        ],
    )
    return b.build(
        id="corpus-zh-spokesperson-peak",
        published=published,
        dateline=Dateline(
            text="新华社北京12月3日电",
            places=(beijing.id,),
            time=TimeExpression(
                text="12月3日",
                date=PartialDate(month=12, day=3),
                inferred=published,
                inference="the publication date",
            ),
        ),
    )


PHENOMENA = [
    faithful("text in Chinese, written without spaces", "$.language"),
    faithful(
        "the agency dateline's place and year-less date",
        "$.dateline.places[0]",
        "$.dateline.time.date.day",
        "$.dateline.time.inferred",
    ),
    faithful(
        "a day printed without its month (3日)",
        "$.communications[0].time.printed[0].day",
        "$.communications[0].time.inferred",
        "$.communications[0].time.anchor_span",
    ),
    faithful(
        "the ministry's spokesperson, named, with her post",
        "$.entities[7].roles[0].organization",
        "$.entities[7].mentions[1].form",
    ),
    faithful(
        "a regular press conference as the channel",
        "$.communications[0].kind",
        "$.quotes[0].attribution.channel",
    ),
    impossible(
        "speech-acts",
        "she was answering a question (回答有关提问时) the report does not print",
        "a quote or statement has no act ('answer') and cannot reply to an unprinted question",
    ),
    faithful(
        "'the Chinese side' (中方) standing for the government", "$.entities[5].mentions[0].form"
    ),
    faithful(
        "the US announces a withdrawal",
        "$.events[0].links[0].relation",
        "$.events[0].links[0].target",
    ),
    faithful(
        "'before September next year' resolved",
        "$.events[1].time.relation",
        "$.events[1].time.deixis.offset",
        "$.events[1].time.inferred.year",
    ),
    faithful(
        "direct quote in Chinese quotation marks",
        "$.quotes[0].attribution.mode",
        "$.quotes[0].spans[0]",
    ),
    faithful("'according to reports' with no named source", "$.events[2].attributions[0].cue.text"),
    faithful(
        "a peak: 'at most about 170,000' (最多时; the text gives no date for it)",
        "$.events[2].quantities[0].qualifiers[0]",
        "$.events[2].quantities[0].amount.value",
    ),
]

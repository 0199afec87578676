"""A Vietnamese agency report of a regular foreign-ministry press conference: the
spokesperson answers a reporter on a joint statement by Iraq and the United States, a
withdrawal due within twelve months of its signing, and a reported secret annex she has no
information on. Invented for this corpus, written after the mechanisms for statements,
speech acts and documents; the spokesperson is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Dateline,
    Document,
    Duration,
    DurationUnit,
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
    Quote,
    Role,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

WELCOME = "Việt Nam hoan nghênh việc Iraq và Mỹ ra tuyên bố chung về lộ trình rút quân"
ASKED = "về thông tin một bản phụ lục mật kèm theo tuyên bố"
ANSWER = "Chúng tôi không có thông tin về vấn đề này."
BODY = (
    "Trả lời câu hỏi của phóng viên tại cuộc họp báo thường kỳ của Bộ Ngoại giao chiều 4/12, "
    "người phát ngôn Nguyễn Thị Lan cho biết Việt Nam hoan nghênh việc Iraq và Mỹ ra tuyên bố "
    "chung về lộ trình rút quân. Theo tuyên bố chung được ký ngày 1/12, các lực lượng liên quân "
    "sẽ rút khỏi Iraq trong vòng 12 tháng kể từ ngày ký. Khi được hỏi "
    f"{ASKED}, bà Lan nói: “{ANSWER}”"
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=4)
    b = ArticleBuilder(
        headline="Việt Nam hoan nghênh lộ trình rút quân khỏi Iraq",
        body=BODY,
        language="vi",
        dateline="HÀ NỘI (TTXVN)",
    )
    vietnam = b.new(
        Place,
        id="vietnam",
        name="Việt Nam",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Việt Nam")],
    )
    hanoi = b.new(
        Place,
        id="hanoi",
        name="Hà Nội",
        kind=PlaceKind.CITY,
        within=vietnam,
        mentions=[mention(b, "HÀ NỘI", field="dateline")],
    )
    iraq = b.new(Place, id="iraq", name="Iraq", kind=PlaceKind.COUNTRY)
    iraq_gov = b.new(
        Organization,
        id="iraq-government",
        name="Chính phủ Iraq",
        kind=OrganizationKind.GOVERNMENT,
        country=iraq,
        mentions=[mention(b, "Iraq", form=MentionForm.METONYM)],
    )
    us_gov = b.new(
        Organization,
        id="us-government",
        name="Chính phủ Mỹ",
        kind=OrganizationKind.GOVERNMENT,
        mentions=[mention(b, "Mỹ", form=MentionForm.METONYM)],
    )
    ministry = b.new(
        Organization,
        id="mofa-vietnam",
        name="Bộ Ngoại giao",
        kind=OrganizationKind.MINISTRY,
        country=vietnam,
        mentions=[mention(b, "Bộ Ngoại giao")],
    )
    coalition = b.new(
        Organization,
        id="coalition",
        name="liên quân",
        kind=OrganizationKind.MILITARY_COALITION,
        mentions=[mention(b, "các lực lượng liên quân", form=MentionForm.DESCRIPTION)],
    )
    spokesperson = b.new(
        Person,
        id="nguyen-thi-lan",
        name="Nguyễn Thị Lan",
        roles=[
            Role(
                title="người phát ngôn", organization=ministry.id, spans=(at(b, "người phát ngôn"),)
            )
        ],
        mentions=[mention(b, "Nguyễn Thị Lan"), mention(b, "bà Lan")],
    )
    reporter = b.new(
        AnonymousSource,
        id="reporter",
        description="phóng viên",
        mentions=[mention(b, "phóng viên", form=MentionForm.DESCRIPTION)],
    )
    conference = b.new(
        Communication,
        id="regular-press-conference",
        kind=CommunicationKind.PRESS_CONFERENCE,
        issuers=[spokesperson],
        recurrence="regular",
        audience="press",
        time=TimeExpression(
            text="chiều 4/12",
            spans=(at(b, "chiều 4/12"),),
            date=PartialDate(month=12, day=4),
            day_part="afternoon",
            inferred=published,
            inference="the publication date",
        ),
        spans=[at(b, "cuộc họp báo thường kỳ")],
    )
    joint = b.new(
        Communication,
        id="joint-statement",
        kind=CommunicationKind.JOINT_STATEMENT,
        issuers=[iraq_gov, us_gov],
        time=TimeExpression(
            text="ngày 1/12",
            spans=(at(b, "ngày 1/12"),),
            date=PartialDate(month=12, day=1),
            inferred=PartialDate(year=2026, month=12, day=1),
            inference="the year of publication",
        ),
        spans=[at(b, "tuyên bố chung"), at(b, "tuyên bố chung", 2)],
    )
    annex = b.new(
        Document,
        id="secret-annex",
        kind="agreement_text",
        description="một bản phụ lục mật kèm theo tuyên bố",
        exists="claimed",
        classification="secret",
        about=[joint.id],
        mentions=[mention(b, "một bản phụ lục mật", form=MentionForm.DESCRIPTION)],
    )
    b.new(
        Event,
        id="ev-withdrawal",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "rút khỏi"),
        participants=b.roles(theme=coalition),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.WITHIN,
            offset=Duration(value=12, unit=DurationUnit.MONTH),
            relative_to="ev-signing",
            text="trong vòng 12 tháng kể từ ngày ký",
            spans=(at(b, "trong vòng 12 tháng kể từ ngày ký"),),
        ),
        attributions=[
            Attribution(cue=cue(b, "Theo"), mode=AttributionMode.PARAPHRASE, channel=joint.id)
        ],
    )
    b.new(
        Event,
        id="ev-welcome",
        event_type="welcoming",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "hoan nghênh"),
        participants=b.roles(agent=vietnam),
        links=[EventLink(relation=EventRelation.CONCERNS, target=joint.id)],
        attributions=[
            Attribution(
                source=spokesperson.id,
                cue=cue(b, "cho biết"),
                mode=AttributionMode.PARAPHRASE,
                channel=conference.id,
            )
        ],
    )
    b.new(
        Quote,
        id="q-asked",
        text=ASKED,
        spans=[at(b, ASKED)],
        attribution=Attribution(
            source=reporter.id,
            cue=cue(b, "được hỏi"),
            mode=AttributionMode.PARAPHRASE,
            recipient=spokesperson.id,
            channel=conference.id,
        ),
        act="question",
        about=[annex],
    )
    b.new(
        Quote,
        id="q-no-information",
        text=ANSWER,
        spans=[at(b, ANSWER)],
        attribution=Attribution(
            source=spokesperson.id,
            cue=cue(b, "nói"),
            mode=AttributionMode.DIRECT,
            channel=conference.id,
        ),
        act="non_confirmation",
        in_reply_to="q-asked",
        about=[annex],
    )
    b.new(
        Quote,
        id="q-welcome",
        text=WELCOME,
        spans=[at(b, WELCOME)],
        attribution=Attribution(
            source=spokesperson.id,
            cue=cue(b, "Trả lời câu hỏi của phóng viên"),
            mode=AttributionMode.PARAPHRASE,
            channel=conference.id,
        ),
        act="answer",
        about=[joint.id, "ev-welcome"],
    )
    b.new(
        Event,
        id="ev-signing",
        event_type="approval",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "ký"),
        participants=b.roles(agent=[iraq_gov, us_gov]),
        time=joint.time,
        links=[EventLink(relation=EventRelation.CONCERNS, target=joint.id)],
    )
    ttxvn = b.new(
        Organization,
        id="ttxvn",
        name="Thông tấn xã Việt Nam",
        aliases=["TTXVN"],
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "TTXVN", field="dateline", form=MentionForm.ALIAS)],
    )
    return b.build(
        id="corpus-vi-joint-statement",
        published=published,
        dateline=Dateline(
            text="HÀ NỘI (TTXVN)", places=(hanoi.id,), agency=ttxvn.id, agency_text="TTXVN"
        ),
    )


PHENOMENA = [
    faithful("text in Vietnamese", "$.language"),
    faithful("dateline place", "$.dateline.places[0]", "$.entities[1].mentions[0].span"),
    faithful(
        "the agency in the dateline, '(TTXVN)'",
        "$.dateline.agency",
        "$.dateline.agency_text",
        "$.entities[10].kind",
    ),
    faithful(
        "a regular press conference of the ministry as the channel",
        "$.communications[0].kind",
        "$.communications[0].recurrence",
        "$.events[1].attributions[0].channel",
    ),
    faithful(
        "'the afternoon of 4/12', year-less, resolved",
        "$.communications[0].time.date.day",
        "$.communications[0].time.day_part",
        "$.communications[0].time.inferred",
    ),
    faithful(
        "the welcome is her answer to a reporter's question the report does not print",
        "$.quotes[2].act",
        "$.quotes[2].about[1]",
    ),
    faithful(
        "the spokesperson, named, with her post",
        "$.entities[7].name",
        "$.entities[7].roles[0].organization",
    ),
    faithful(
        "Viet Nam welcomes the joint statement",
        "$.events[1].event_type",
        "$.events[1].participants[0].entity",
        "$.events[1].links[0].target",
    ),
    faithful(
        "a joint statement by Iraq and the United States, signed on 1/12",
        "$.communications[1].kind",
        "$.communications[1].issuers[1]",
        "$.communications[1].time.date.day",
    ),
    faithful(
        "withdrawal within 12 months of the signing (the statement as the time anchor)",
        "$.events[0].time.relation",
        "$.events[0].time.offset.value",
        "$.events[0].time.relative_to",
    ),
    faithful(
        "'the signing' is the joint statement's signing, not its publication",
        "$.events[0].time.relative_to",
        "$.events[2].event_type",
        "$.events[2].links[0].relation",
        "$.events[2].links[0].target",
    ),
    faithful(
        "the withdrawal as the joint statement's content (according to it)",
        "$.events[0].attributions[0].channel",
    ),
    faithful(
        "a reporter asks about a reported secret annex",
        "$.quotes[0].act",
        "$.quotes[0].about[0]",
        "$.quotes[0].attribution.source",
        "$.entities[9].exists",
        "$.entities[9].about[0]",
    ),
    faithful(
        "the annex is secret (mật)",
        "$.entities[9].classification",
    ),
    faithful(
        "'we have no information on this', a non-confirmation replying to the question",
        "$.quotes[1].act",
        "$.quotes[1].in_reply_to",
        "$.quotes[1].about[0]",
        "$.quotes[1].attribution.mode",
    ),
    faithful(
        "the press as the conference's audience",
        "$.communications[0].audience",
    ),
    faithful(
        "'Iraq' and 'the US' standing for their governments",
        "$.entities[3].mentions[0].form",
        "$.entities[4].mentions[0].form",
    ),
]

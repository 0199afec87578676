"""An English report from a defence trade outlet: a US fiscal year, a cap and a cut, a
committee vote with its count and its time in Eastern Time, a writer 'reporting from
Washington', a 'surge' in scare quotes, unnamed lawmakers, and an editor's note. Invented
for this corpus; the writer is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Contributor,
    ContributorRole,
    Deixis,
    Event,
    EventStatus,
    MentionForm,
    Moment,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    Quantity,
    QuantityPart,
    QuantityQualifier,
    Quote,
    Role,
    RoleKind,
    TimeExpression,
    TimeRelation,
    fiscal_year,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

QUOTE = "force levels should follow clear goals"
BODY = (
    "The House Armed Services Committee on Wednesday approved a defense bill that funds no "
    "more than 1,800 troops in Iraq in fiscal year 2027, a cut of 700 from the current level. "
    "The committee voted 31-25 shortly after 9 p.m. ET. Lawmakers who backed the cap said the "
    f'2007 "surge" had shown that {QUOTE}.\n\n'
    "Editor's note: This story was updated to include the final vote."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(
        headline="House panel caps Iraq troop funding for FY2027",
        body=BODY,
        byline="By Dana Whitcombe, reporting from Washington",
    )
    us = b.new(Place, id="us", name="United States", kind=PlaceKind.COUNTRY)
    iraq = b.new(
        Place, id="iraq", name="Iraq", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Iraq")]
    )
    b.new(
        Place,
        id="washington",
        name="Washington, D.C.",
        kind=PlaceKind.CITY,
        within=us,
        mentions=[mention(b, "Washington", field="byline")],
    )
    committee = b.new(
        Organization,
        id="hasc",
        name="House Armed Services Committee",
        kind=OrganizationKind.LEGISLATURE,
        mentions=[mention(b, "House Armed Services Committee"), mention(b, "The committee")],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="United States Armed Forces",
        kind=OrganizationKind.ARMED_FORCES,
        country=us,
    )
    lawmakers = b.new(
        Person,
        id="lawmakers-backing-cap",
        description="Lawmakers who backed the cap",
        plural=True,
        roles=[Role(title="Lawmakers", kind=RoleKind.SEAT, organization=committee.id)],
        mentions=[mention(b, "Lawmakers who backed the cap", form=MentionForm.DESCRIPTION)],
    )
    writer = b.new(Person, id="dana-whitcombe", name="Dana Whitcombe")
    b.new(
        Contributor,
        entity=writer,
        role=ContributorRole.AUTHOR,
        places=["washington"],
        text="reporting from Washington",
        spans=[
            at(b, "Dana Whitcombe", field="byline"),
            at(b, "reporting from Washington", field="byline"),
        ],
    )
    b.new(
        Event,
        id="ev-bill-approved",
        event_type="approval",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "approved"),
        participants=b.roles(agent=committee),
        time=TimeExpression(
            text="on Wednesday",
            spans=(at(b, "on Wednesday"),),
            deixis=Deixis(weekday=3, offset=0),
            inferred=PartialDate(year=2026, month=12, day=2),
            inference="the Wednesday of the publication week (Thursday 3 December 2026)",
            moment=Moment(
                hour=21,
                minute=0,
                zone="ET",
                utc_offset=-300,
                offset_inference="ET is Eastern Standard Time (UTC-5) on 2 December 2026",
                approximate=True,
                text="shortly after 9 p.m. ET",
            ),
        ),
        quantities=[
            Quantity(
                counted="votes",
                of=committee.id,
                text="voted 31-25",
                spans=(at(b, "voted 31-25"),),
                parts=[
                    QuantityPart(
                        label="for", amount=Amount(value=31), text="31", spans=(at(b, "31-25"),)
                    ),
                    QuantityPart(
                        label="against",
                        amount=Amount(value=25),
                        text="25",
                        spans=(at(b, "31-25"),),
                    ),
                ],
            ),
        ],
    )
    b.new(
        Event,
        id="ev-funding-cap",
        event_type="troop_presence",
        status=EventStatus.PROPOSED,
        trigger=cue(b, "funds"),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.IN,
            text="in fiscal year 2027",
            spans=(at(b, "in fiscal year 2027"),),
            period=fiscal_year(2027, "us_federal", owner=us.id, text="fiscal year 2027"),
        ).resolve(published, "the US federal fiscal year runs from 1 October"),
        quantities=[
            Quantity(
                amount=Amount(value=1800, qualifier=QuantityQualifier.AT_MOST),
                counted="troops",
                of=us_forces.id,
                text="no more than 1,800 troops",
                spans=(at(b, "no more than 1,800 troops"),),
            ),
            Quantity(
                amount=Amount(value=700),
                qualifiers=["decrease"],
                counted="troops",
                of=us_forces.id,
                text="a cut of 700",
                spans=(at(b, "a cut of 700"),),
            ),
        ],
    )
    surge = b.new(
        Event,
        id="ev-surge-2007",
        event_type="deployment",
        status=EventStatus.COMPLETED,
        summary="the 2007 surge",
        trigger=cue(b, "surge"),
        name="surge",
        quoted=True,
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2007),
            text="2007",
            spans=(at(b, "2007"),),
        ),
    )
    b.new(
        Quote,
        id="q-force-levels",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        about=[surge],
        attribution=Attribution(
            source=lawmakers.id, cue=cue(b, "said"), mode=AttributionMode.PARAPHRASE
        ),
    )
    b.new(
        ArticlePart,
        kind="editors_note",
        text="This story was updated to include the final vote.",
        spans=[at(b, "Editor's note: This story was updated to include the final vote.")],
        items=["ev-bill-approved"],
    )
    return b.build(id="corpus-en-fiscal-year", published=published)


PHENOMENA = [
    faithful(
        "a committee approves the bill, 'on Wednesday' resolved",
        "$.events[0].status",
        "$.events[0].time.inferred",
    ),
    faithful(
        "fiscal year 2027 (1 October 2026 to 30 September 2027)",
        "$.events[1].time.period.kind",
        "$.events[1].time.period.year",
        "$.events[1].time.period.starts",
        "$.events[1].time.period.named_for_end",
        "$.events[1].time.period.owner",
        "$.events[1].time.inferred_interval",
    ),
    faithful(
        "a cap: 'no more than 1,800 troops'",
        "$.events[1].quantities[0].amount.qualifier",
        "$.events[1].quantities[0].amount.value",
    ),
    faithful(
        "'a cut of 700 from the current level' (a change, the level unstated)",
        "$.events[1].quantities[1].qualifiers[0]",
        "$.events[1].quantities[1].amount.value",
    ),
    faithful(
        "the vote: 31 for, 25 against",
        "$.events[0].quantities[0].parts[0].label",
        "$.events[0].quantities[0].parts[0].amount.value",
        "$.events[0].quantities[0].parts[1].label",
        "$.events[0].quantities[0].parts[1].amount.value",
    ),
    faithful(
        "the vote's time of day, 'shortly after 9 p.m. ET'",
        "$.events[0].time.moment.hour",
        "$.events[0].time.moment.zone",
        "$.events[0].time.moment.utc_offset",
        "$.events[0].time.moment.offset_inference",
        "$.events[0].time.moment.approximate",
    ),
    faithful(
        "the writer is 'reporting from Washington'",
        "$.contributors[0].places[0]",
        "$.contributors[0].spans[1]",
    ),
    faithful("the writer in the byline", "$.contributors[0].entity", "$.contributors[0].spans[0]"),
    faithful(
        "the 2007 'surge', a named operation in scare quotes",
        "$.events[2].name",
        "$.events[2].quoted",
    ),
    faithful(
        "lawmakers who backed the cap, unnamed but not anonymous",
        "$.entities[5].description",
        "$.entities[5].plural",
        "$.entities[5].roles[0].kind",
    ),
    faithful(
        "their paraphrase about the surge", "$.quotes[0].attribution.source", "$.quotes[0].about[0]"
    ),
    faithful(
        "the editor's note (the story was updated to include the final vote)",
        "$.parts[0].kind",
        "$.parts[0].text",
        "$.parts[0].spans[0]",
        "$.parts[0].items[0]",
    ),
]

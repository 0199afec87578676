"""An English report from a defence trade outlet: a US fiscal year, a cap and a cut, a
committee vote with its count and its time in Eastern Time, a writer 'reporting from
Washington', a 'surge' in scare quotes, unnamed lawmakers, and an editor's note. Invented
for this corpus; the writer is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Contributor,
    ContributorRole,
    Deixis,
    Event,
    EventStatus,
    Interval,
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
    SourceKind,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import approximated, at, cue, faithful, impossible, mention

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
        AnonymousSource,
        id="lawmakers-backing-cap",
        description="Lawmakers who backed the cap",
        plural=True,
        kind=SourceKind.OFFICIAL,
        affiliation=committee,
        mentions=[mention(b, "Lawmakers who backed the cap")],
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
            relation=TimeRelation.BETWEEN,
            text="in fiscal year 2027",
            spans=(at(b, "in fiscal year 2027"),),
            interval=Interval(
                start=PartialDate(year=2026, month=10, day=1),
                end=PartialDate(year=2027, month=9, day=30),
            ),
        ),
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
    approximated(
        "calendars",
        "fiscal year 2027 (1 October 2026 to 30 September 2027)",
        "held as an interval with the computed bounds as if printed; no field names the period "
        "a fiscal year, and 'inferred_interval' is refused without a stated interval",
        "$.events[1].time.interval.start",
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
    impossible(
        "calendars",
        "the vote's time of day, 'shortly after 9 p.m. ET'",
        "an event's time has no time of day (only communications, updates and entries take a "
        "moment); and the offset from 'ET' (-5 hours in December) could not be marked computed",
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
    approximated(
        "described",
        "lawmakers who backed the cap, unnamed but not anonymous",
        "an unnamed group of speakers can only be an anonymous source",
        "$.entities[5].description",
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

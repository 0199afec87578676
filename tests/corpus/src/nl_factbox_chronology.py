# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A Dutch agency factbox: a chronology under year headings whose dates print no year, a
coalition led by the US, troops sent 'again', and 'compiled by' the foreign desk. Invented
for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Article,
    ArticlePart,
    Contributor,
    ContributorRole,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Genre,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Place,
    PlaceKind,
    Relation,
    RelationKind,
    Scope,
    Span,
    TimeExpression,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "2003\n20 maart – Een door de VS geleide coalitie valt Irak binnen.\n\n"
    "2011\n18 december – De laatste Amerikaanse gevechtstroepen verlaten het land.\n\n"
    "2014\nseptember – Washington stuurt opnieuw militairen, nu tegen Islamitische Staat.\n\n"
    "2024\n27 september – Bagdad en Washington kondigen het einde van de coalitiemissie aan."
)


def _dated(
    b: ArticleBuilder, words: str, year: int, month: int, day: int | None = None
) -> TimeExpression:
    return TimeExpression(
        text=words,
        spans=(at(b, words),),
        date=PartialDate(month=month, day=day),
        inferred=PartialDate(year=year, month=month, day=day),
        inference=f"the year heading {year} the item sits under",
        anchor_span=at(b, str(year)),
    )


def build() -> Article:
    b = ArticleBuilder(
        headline="Feitenoverzicht: Amerikaanse troepen in Irak",
        body=BODY,
        language="nl",
        byline="Samengesteld door de ANP-redactie buitenland",
    )
    us = b.new(
        Place, id="vs", name="Verenigde Staten", kind=PlaceKind.COUNTRY, mentions=[mention(b, "VS")]
    )
    iraq = b.new(
        Place,
        id="irak",
        name="Irak",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Irak"), mention(b, "het land", form=MentionForm.DESCRIPTION)],
    )
    us_gov = b.new(
        Organization,
        id="vs-regering",
        name="Regering van de Verenigde Staten",
        kind=OrganizationKind.GOVERNMENT,
        country=us,
        mentions=[
            mention(b, "Washington", form=MentionForm.METONYM),
            mention(b, "Washington", 2, form=MentionForm.METONYM),
        ],
    )
    iraq_gov = b.new(
        Organization,
        id="irak-regering",
        name="Regering van Irak",
        kind=OrganizationKind.GOVERNMENT,
        country=iraq,
        mentions=[mention(b, "Bagdad", form=MentionForm.METONYM)],
    )
    coalition = b.new(
        Organization,
        id="coalitie",
        description="Een door de VS geleide coalitie",
        kind=OrganizationKind.MILITARY_COALITION,
        mentions=[mention(b, "Een door de VS geleide coalitie", form=MentionForm.DESCRIPTION)],
    )
    us_forces = b.new(
        Organization,
        id="vs-troepen",
        name="Amerikaanse strijdkrachten",
        kind=OrganizationKind.ARMED_FORCES,
        country=us,
        mentions=[
            mention(b, "De laatste Amerikaanse gevechtstroepen", form=MentionForm.DESCRIPTION)
        ],
    )
    isis = b.new(
        Organization,
        id="is",
        name="Islamitische Staat",
        kind=OrganizationKind.ARMED_GROUP,
        mentions=[mention(b, "Islamitische Staat")],
    )
    desk = b.new(
        Organization,
        id="anp-buitenland",
        name="ANP-redactie buitenland",
        kind=OrganizationKind.NEWS_DESK,
    )
    invasion = b.new(
        Event,
        id="ev-2003",
        event_type="deployment",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "valt"),
        participants=b.roles(agent=coalition),
        locations=[iraq],
        time=_dated(b, "20 maart", 2003, 3, 20),
    )
    b.new(
        Event,
        id="ev-2011",
        event_type="withdrawal",
        status=EventStatus.COMPLETED,
        scope=Scope.COMPLETE,
        trigger=cue(b, "verlaten"),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        time=_dated(b, "18 december", 2011, 12, 18),
    )
    b.new(
        Event,
        id="ev-2014",
        event_type="deployment",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "stuurt opnieuw"),
        participants=b.roles(agent=us_gov, theme=us_forces, recipient=isis),
        locations=[iraq],
        time=_dated(b, "september", 2014, 9),
        links=[EventLink(relation=EventRelation.REPEATS, target=invasion.id)],
    )
    b.new(
        Event,
        id="ev-2024",
        event_type="statement",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "kondigen"),
        participants=b.roles(agent=[iraq_gov, us_gov]),
        time=_dated(b, "27 september", 2024, 9, 27),
    )
    b.new(
        Relation,
        kind=RelationKind.LEADS,
        subject=us,
        object=coalition,
        spans=[at(b, "door de VS geleide")],
    )
    b.new(
        Contributor,
        entity=desk,
        role=ContributorRole.COMPILING,
        text="Samengesteld door de ANP-redactie buitenland",
        spans=[at(b, "ANP-redactie buitenland", field="byline")],
    )
    b.new(
        Genre,
        term="chronology",
        text="Feitenoverzicht",
        spans=[at(b, "Feitenoverzicht", field="headline")],
    )
    # The chronology as a list, each line an item in order, with its date and its event.
    b.new(ArticlePart, id="chronologie", kind="chronology", spans=[Span(start=0, end=len(BODY))])
    for line, event, time in [
        ("20 maart – Een door de VS geleide", "ev-2003", _dated(b, "20 maart", 2003, 3, 20)),
        ("18 december – De laatste", "ev-2011", _dated(b, "18 december", 2011, 12, 18)),
        ("september – Washington stuurt", "ev-2014", _dated(b, "september", 2014, 9)),
        ("27 september – Bagdad", "ev-2024", _dated(b, "27 september", 2024, 9, 27)),
    ]:
        start = at(b, line).start
        b.new(
            ArticlePart,
            kind="chronology_item",
            within="chronologie",
            spans=[Span(start=start, end=BODY.index(".", start) + 1)],
            time=time,
            items=[event],
        )
    return b.build(id="corpus-nl-factbox-chronology")


PHENOMENA = [
    faithful("text in Dutch", "$.language"),
    faithful(
        "the piece is a factbox chronology ('Feitenoverzicht')",
        "$.genres[0].term",
        "$.genres[0].text",
        "$.genres[0].spans[0]",
    ),
    faithful(
        "the chronology's ordered, dated items",
        "$.parts[0].kind",
        "$.parts[1].kind",
        "$.parts[1].within",
        "$.parts[1].time.inferred",
        "$.parts[1].items[0]",
        "$.parts[1].spans[0]",
        "$.parts[4].within",
        "$.parts[4].time.inferred",
        "$.parts[4].items[0]",
    ),
    faithful(
        "year-less dates resolved against the year heading they sit under",
        "$.events[0].time.date.day",
        "$.events[0].time.inferred.year",
        "$.events[2].time.inferred.month",
    ),
    faithful(
        "which heading a date was resolved against",
        "$.events[1].time.anchor_span",
        "$.events[1].time.inference",
    ),
    faithful("a coalition led by the US", "$.relations[0].kind", "$.relations[0].object"),
    faithful(
        "the coalition, described and not named",
        "$.entities[4].description",
        "$.entities[4].kind",
        "$.entities[4].mentions[0].form",
    ),
    faithful("the last combat troops leave (complete withdrawal)", "$.events[1].scope"),
    faithful(
        "troops sent 'again' (opnieuw)",
        "$.events[2].links[0].relation",
        "$.events[2].links[0].target",
    ),
    faithful(
        "Washington and Baghdad standing for the governments",
        "$.entities[2].mentions[1].form",
        "$.entities[3].mentions[0].form",
    ),
    faithful(
        "'compiled by' the foreign desk",
        "$.contributors[0].role",
        "$.contributors[0].entity",
        "$.contributors[0].text",
    ),
]

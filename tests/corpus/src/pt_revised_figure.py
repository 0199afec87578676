"""A Portuguese agency report: a figure revised upward from earlier reports (not a change on
the ground), a source talking to the agency with the reason for anonymity, a peak figure in
a past year, and 'the past two decades'. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymityReason,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    DeicticUnit,
    Deixis,
    Duration,
    DurationUnit,
    Event,
    EventStatus,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Place,
    PlaceKind,
    Quantity,
    QuantityLink,
    QuantityQualifier,
    SourceKind,
    TimeAnchor,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "Cerca de 3.100 militares estrangeiros continuam destacados no Iraque, acima dos 2.500 "
    "anteriormente noticiados, revelou hoje à Lusa uma fonte diplomática europeia, que pediu "
    "para não ser identificada por não estar autorizada a falar publicamente. A presença "
    "militar estrangeira no país atingiu um máximo de cerca de 170 mil soldados em 2007 e "
    "diminuiu de forma constante nas últimas duas décadas."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=2)
    b = ArticleBuilder(
        headline="Há mais militares estrangeiros no Iraque do que o divulgado",
        body=BODY,
        language="pt",
    )
    iraq = b.new(
        Place,
        id="iraque",
        name="Iraque",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "Iraque"), mention(b, "país", form=MentionForm.DESCRIPTION)],
    )
    foreign = b.new(
        Organization,
        id="forcas-estrangeiras",
        description="militares estrangeiros",
        plural=True,
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "militares estrangeiros", form=MentionForm.DESCRIPTION)],
    )
    lusa = b.new(
        Organization,
        id="lusa",
        name="Lusa",
        kind=OrganizationKind.NEWS_AGENCY,
        mentions=[mention(b, "Lusa")],
    )
    source = b.new(
        AnonymousSource,
        id="fonte-diplomatica",
        description="uma fonte diplomática europeia",
        kind=SourceKind.DIPLOMAT,
        count=Amount(value=1),
        affiliation="europa",
        reason="por não estar autorizada a falar publicamente",
        reason_kind=AnonymityReason.NOT_AUTHORISED,
        mentions=[mention(b, "uma fonte diplomática europeia")],
    )
    b.new(
        Place,
        id="europa",
        name="Europa",
        kind=PlaceKind.REGION,
        mentions=[mention(b, "europeia", form=MentionForm.DESCRIPTION)],
    )
    b.new(
        Event,
        id="ev-presenca",
        event_type="troop_presence",
        status=EventStatus.ONGOING,
        trigger=cue(b, "continuam destacados"),
        participants=b.roles(theme=foreign),
        locations=[iraq],
        quantities=[
            Quantity(
                amount=Amount(value=3100, qualifier=QuantityQualifier.ABOUT),
                counted="militares",
                of=foreign.id,
                text="Cerca de 3.100 militares",
                spans=(at(b, "Cerca de 3.100 militares"),),
                links=[QuantityLink(relation="revises", target="q-noticiados")],
            ),
            Quantity(
                id="q-noticiados",
                amount=Amount(value=2500),
                counted="militares",
                of=foreign.id,
                text="2.500 anteriormente noticiados",
                spans=(at(b, "2.500 anteriormente noticiados"),),
                attribution=Attribution(cue=cue(b, "anteriormente noticiados")),
            ),
        ],
        attributions=[
            Attribution(
                source=source.id,
                recipient=lusa.id,
                cue=cue(b, "revelou"),
                mode=AttributionMode.PARAPHRASE,
                time=TimeExpression(
                    text="hoje",
                    spans=(at(b, "hoje"),),
                    deixis=Deixis(unit=DeicticUnit.DAY),
                    inferred=published,
                    inference="the publication date",
                ),
            )
        ],
    )
    b.new(
        Event,
        id="ev-maximo-2007",
        event_type="troop_presence",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "atingiu"),
        participants=b.roles(theme=foreign),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2007),
            text="em 2007",
            spans=(at(b, "em 2007"),),
        ),
        quantities=[
            Quantity(
                amount=Amount(value=170_000, qualifier=QuantityQualifier.ABOUT),
                counted="soldados",
                of=foreign.id,
                text="cerca de 170 mil soldados",
                spans=(at(b, "cerca de 170 mil soldados"),),
                qualifiers=["maximum"],
            )
        ],
    )
    b.new(
        Event,
        id="ev-diminuicao",
        event_type="withdrawal",
        status=EventStatus.ONGOING,
        trigger=cue(b, "diminuiu"),
        participants=b.roles(theme=foreign),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.PAST,
            text="nas últimas duas décadas",
            spans=(at(b, "nas últimas duas décadas"),),
            offset=Duration(value=20, unit=DurationUnit.YEAR, approximate=True),
            anchor_kind=TimeAnchor.DOCUMENT,
        ).resolve(published, "twenty years back from the publication date"),
    )
    return b.build(id="corpus-pt-revised-figure", published=published)


PHENOMENA = [
    faithful("text in Portuguese", "$.language"),
    faithful(
        "'about 3,100' written with a dot as thousands separator",
        "$.events[0].quantities[0].amount.value",
        "$.events[0].quantities[0].amount.qualifier",
    ),
    faithful(
        "the figure is revised upward from the 2,500 'previously reported'",
        "$.events[0].quantities[0].links[0].relation",
        "$.events[0].quantities[0].links[0].target",
        "$.events[0].quantities[1].amount.value",
        "$.events[0].quantities[1].attribution.cue.text",
    ),
    faithful(
        "a source revealing it to the agency itself (Lusa)", "$.events[0].attributions[0].recipient"
    ),
    faithful("'today' resolved", "$.events[0].attributions[0].time.inferred"),
    faithful(
        "one anonymous European diplomatic source",
        "$.entities[3].kind",
        "$.entities[3].count.value",
    ),
    faithful(
        "the source's reason for anonymity (not authorised to speak publicly)",
        "$.entities[3].reason",
        "$.entities[3].reason_kind",
    ),
    faithful(
        "'European' as the source's affiliation",
        "$.entities[3].affiliation",
        "$.entities[4].kind",
        "$.entities[4].mentions[0].form",
    ),
    faithful(
        "a peak: 'a maximum of about 170,000 in 2007'",
        "$.events[1].quantities[0].qualifiers[0]",
        "$.events[1].quantities[0].amount.value",
        "$.events[1].time.date.year",
    ),
    faithful(
        "'over the past two decades'",
        "$.events[2].time.relation",
        "$.events[2].time.offset.value",
        "$.events[2].time.anchor_kind",
        "$.events[2].time.inferred_interval",
    ),
    faithful(
        "foreign troops, described and not named",
        "$.entities[1].description",
        "$.entities[1].plural",
        "$.entities[1].mentions[0].form",
    ),
]

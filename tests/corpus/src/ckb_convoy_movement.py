"""A Central Kurdish (Sorani) report of a convoy's move: where it left from, where it went
and by which road, 'yesterday evening', a count of vehicles, and 'the second phase' of a
transfer. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    Attribution,
    AttributionMode,
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
    TimeExpression,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "کاروانێکی سەربازیی هاوپەیمانانی نێودەوڵەتی کە نزیکەی ٦٠ ئۆتۆمبێل بوو، دوێنێ ئێوارە لە "
    "بنکەی ڤیکتۆری لە بەغداوە بەڕێکەوت و بە ڕێگای کەرکوکدا گەیشتە هەولێر. وەزارەتی "
    "پێشمەرگە ڕایگەیاند کە ئەمە دووەمین قۆناغی گواستنەوەی هێزەکانە."
)


def build() -> Article:
    published = PartialDate(year=2026, month=11, day=30)
    b = ArticleBuilder(
        headline="کاروانێکی سەربازیی هاوپەیمانان لە بەغداوە گەیشتە هەولێر",
        body=BODY,
        language="ckb",
    )
    iraq = b.new(Place, id="iraq", name="عێراق", kind=PlaceKind.COUNTRY)
    baghdad = b.new(
        Place,
        id="baghdad",
        name="بەغدا",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "بەغداوە")],
    )
    victory = b.new(
        Place,
        id="victory-base",
        name="بنکەی ڤیکتۆری",
        kind=PlaceKind.MILITARY_BASE,
        within=baghdad,
        mentions=[mention(b, "بنکەی ڤیکتۆری")],
    )
    erbil = b.new(
        Place,
        id="erbil",
        name="هەولێر",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "هەولێر")],
    )
    road = b.new(
        Place,
        id="kirkuk-road",
        name="ڕێگای کەرکوک",
        kind=PlaceKind.OTHER,
        mentions=[mention(b, "ڕێگای کەرکوکدا")],
    )
    coalition = b.new(
        Organization,
        id="coalition",
        name="هاوپەیمانانی نێودەوڵەتی",
        kind=OrganizationKind.MILITARY_COALITION,
        mentions=[mention(b, "هاوپەیمانانی نێودەوڵەتی")],
    )
    ministry = b.new(
        Organization,
        id="peshmerga-ministry",
        name="وەزارەتی پێشمەرگە",
        kind=OrganizationKind.MINISTRY,
        mentions=[mention(b, "وەزارەتی پێشمەرگە")],
    )
    transfer = b.new(
        Event,
        id="ev-transfer",
        event_type="withdrawal",
        status=EventStatus.ONGOING,
        trigger=cue(b, "گواستنەوەی"),
        participants=b.roles(theme=coalition),
        attributions=[
            Attribution(
                source=ministry.id, cue=cue(b, "ڕایگەیاند"), mode=AttributionMode.PARAPHRASE
            )
        ],
    )
    b.new(
        Event,
        id="ev-convoy",
        event_type="deployment",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "گەیشتە"),
        participants=b.roles(theme=coalition, origin=victory, destination=erbil, route=road),
        locations=[victory, erbil, road],
        series=transfer.id,
        ordinal=2,
        step="phase",
        time=TimeExpression(
            text="دوێنێ ئێوارە",
            spans=(at(b, "دوێنێ ئێوارە"),),
            deixis=Deixis(unit=DeicticUnit.DAY, offset=-1),
            day_part="evening",
            inferred=PartialDate(year=2026, month=11, day=29),
            inference="the day before the publication date, 30 November 2026",
        ),
        quantities=[
            Quantity(
                amount=Amount(value=60, qualifier=QuantityQualifier.ABOUT),
                counted="ئۆتۆمبێل",
                of=coalition.id,
                text="نزیکەی ٦٠ ئۆتۆمبێل",
                spans=(at(b, "نزیکەی ٦٠ ئۆتۆمبێل"),),
            )
        ],
        links=[EventLink(relation=EventRelation.PART_OF, target=transfer.id)],
    )
    return b.build(id="corpus-ckb-convoy-movement", published=published)


PHENOMENA = [
    faithful("text in Central Kurdish (Sorani), written right to left", "$.language"),
    faithful("a base within a city", "$.entities[2].within", "$.entities[2].kind"),
    faithful(
        "about 60 vehicles",
        "$.events[1].quantities[0].amount.qualifier",
        "$.events[1].quantities[0].counted",
    ),
    faithful(
        "'yesterday' resolved against the publication date",
        "$.events[1].time.deixis.offset",
        "$.events[1].time.inferred",
    ),
    faithful("'evening' (ئێوارە) as the part of the day", "$.events[1].time.day_part"),
    faithful(
        "the convoy's origin (Victory base in Baghdad)",
        "$.events[1].participants[1].role",
        "$.events[1].participants[1].entity",
    ),
    faithful(
        "the convoy's destination (Erbil)",
        "$.events[1].participants[2].role",
        "$.events[1].participants[2].entity",
    ),
    faithful(
        "the route (the Kirkuk road)",
        "$.events[1].participants[3].role",
        "$.events[1].participants[3].entity",
    ),
    faithful(
        "the convoy is part of the transfer of forces",
        "$.events[1].links[0].relation",
        "$.events[1].links[0].target",
    ),
    faithful(
        "'the second phase' (an ordinal event)",
        "$.events[1].ordinal",
        "$.events[1].series",
        "$.events[1].step",
    ),
    faithful(
        "ministry's announcement",
        "$.events[0].attributions[0].source",
        "$.events[0].attributions[0].cue.text",
    ),
    faithful(
        "a word with an attached suffix (بەغداوە, 'from Baghdad') as a mention",
        "$.entities[1].mentions[0].span",
    ),
]

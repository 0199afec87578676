# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A Turkish agency report with a correction of a figure: ministry sources, 'about 3,000'
and 'some of them', unnamed bases, a return home, an understanding reached with Baghdad, and
the correction line printed at the end of the body. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Correction,
    Dateline,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Place,
    PlaceKind,
    Quantity,
    QuantityQualifier,
    Relation,
    RelationKind,
    Scope,
    SourceKind,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

NOTE = "DÜZELTME: Haberin önceki sürümünde askerlerin sayısı yanlışlıkla 5 bin olarak verilmiştir."
BODY = (
    "Milli Savunma Bakanlığı kaynakları, Irak'ın kuzeyindeki üslerde bulunan yaklaşık 3 bin "
    "askerin bir kısmının 2027 yılı içinde yurda döneceğini bildirdi. Kaynaklar, çekilmenin "
    "Bağdat ile varılan mutabakat çerçevesinde yapılacağını kaydetti.\n\n" + NOTE
)


def build() -> Article:
    published = PartialDate(year=2026, month=11, day=27)
    b = ArticleBuilder(
        headline="Türkiye, Irak'ın kuzeyindeki asker sayısını azaltacak",
        body=BODY,
        language="tr",
        dateline="ANKARA (AA)",
    )
    turkey = b.new(Place, id="turkey", name="Türkiye", kind=PlaceKind.COUNTRY)
    ankara = b.new(
        Place,
        id="ankara",
        name="Ankara",
        kind=PlaceKind.CITY,
        within=turkey,
        mentions=[mention(b, "ANKARA", field="dateline")],
    )
    iraq = b.new(Place, id="iraq", name="Irak", kind=PlaceKind.COUNTRY)
    north = b.new(
        Place,
        id="northern-iraq",
        name="Irak'ın kuzeyi",
        kind=PlaceKind.REGION,
        within=iraq,
        mentions=[mention(b, "Irak'ın kuzeyindeki", form=MentionForm.DESCRIPTION)],
    )
    bases = b.new(
        Place,
        id="bases-in-northern-iraq",
        description="Irak'ın kuzeyindeki üsler",
        plural=True,
        kind=PlaceKind.MILITARY_BASE,
        within=north,
        mentions=[mention(b, "üslerde", form=MentionForm.DESCRIPTION)],
    )
    iraq_gov = b.new(
        Organization,
        id="iraq-government",
        name="Irak hükümeti",
        kind=OrganizationKind.GOVERNMENT,
        country=iraq,
        mentions=[mention(b, "Bağdat", form=MentionForm.METONYM)],
    )
    ministry = b.new(
        Organization,
        id="msb",
        name="Milli Savunma Bakanlığı",
        kind=OrganizationKind.MINISTRY,
        country=turkey,
        mentions=[mention(b, "Milli Savunma Bakanlığı")],
    )
    tr_forces = b.new(
        Organization,
        id="turkish-armed-forces",
        name="Türk Silahlı Kuvvetleri",
        kind=OrganizationKind.ARMED_FORCES,
        country=turkey,
    )
    sources = b.new(
        AnonymousSource,
        id="msb-sources",
        description="Milli Savunma Bakanlığı kaynakları",
        plural=True,
        kind=SourceKind.OFFICIAL,
        affiliation=ministry,
        mentions=[mention(b, "Milli Savunma Bakanlığı kaynakları"), mention(b, "Kaynaklar")],
    )
    understanding = b.new(
        Event,
        id="ev-understanding",
        event_type="agreement",
        status=EventStatus.AGREED,
        trigger=cue(b, "mutabakat"),
        participants=b.roles(agent=[ministry, iraq_gov]),
    )
    total = Quantity(
        id="q-troops",
        amount=Amount(value=3000, qualifier=QuantityQualifier.ABOUT),
        counted="asker",
        of=tr_forces.id,
        text="yaklaşık 3 bin askerin",
        spans=(at(b, "yaklaşık 3 bin askerin"),),
    )
    b.new(
        Event,
        id="ev-return",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        scope=Scope.PARTIAL,
        trigger=cue(b, "yurda döneceğini"),
        participants=b.roles(theme=tr_forces, destination=turkey),
        locations=[bases],
        time=TimeExpression(
            relation=TimeRelation.IN,
            date=PartialDate(year=2027),
            text="2027 yılı içinde",
            spans=(at(b, "2027 yılı içinde"),),
        ),
        quantities=[
            total,
            Quantity(
                part_of=total.id,
                counted="asker",
                of=tr_forces.id,
                text="bir kısmının",
                spans=(at(b, "bir kısmının"),),
            ),
        ],
        links=[EventLink(relation=EventRelation.PART_OF, target=understanding.id)],
        attributions=[
            Attribution(source=sources.id, cue=cue(b, "bildirdi"), mode=AttributionMode.PARAPHRASE),
            Attribution(source=sources.id, cue=cue(b, "kaydetti"), mode=AttributionMode.PARAPHRASE),
        ],
    )
    b.new(
        Relation,
        kind=RelationKind.UNDER,
        subject="ev-return",
        object=understanding,
        spans=(at(b, "çerçevesinde"),),
    )
    b.new(
        Correction,
        text=NOTE,
        spans=[at(b, NOTE)],
        target=total.id,
        field="amount.value",
        was="5000",
        now="3000",
    )
    aa = b.new(Organization, id="aa", name="Anadolu Ajansı", kind=OrganizationKind.NEWS_AGENCY)
    return b.build(
        id="corpus-tr-aa-correction",
        published=published,
        dateline=Dateline(text="ANKARA (AA)", places=(ankara.id,), agency=aa.id, agency_text="AA"),
    )


PHENOMENA = [
    faithful("text in Turkish", "$.language"),
    faithful("dateline place", "$.dateline.places[0]"),
    faithful("the agency in the dateline, '(AA)'", "$.dateline.agency", "$.dateline.agency_text"),
    faithful(
        "ministry sources (anonymous, plural, affiliated)",
        "$.entities[8].affiliation",
        "$.entities[8].plural",
        "$.entities[8].kind",
    ),
    faithful(
        "about 3,000 troops",
        "$.events[1].quantities[0].amount.value",
        "$.events[1].quantities[0].amount.qualifier",
    ),
    faithful(
        "'some of them' (bir kısmı), an unstated part of the total",
        "$.events[1].quantities[1].part_of",
        "$.events[1].quantities[1].text",
        "$.events[1].scope",
    ),
    faithful(
        "unnamed bases in northern Iraq",
        "$.entities[4].description",
        "$.entities[4].plural",
        "$.entities[4].kind",
        "$.entities[4].within",
    ),
    faithful("'during 2027'", "$.events[1].time.relation", "$.events[1].time.date.year"),
    faithful(
        "'return home' (the destination is Türkiye)",
        "$.events[1].participants[1].role",
        "$.events[1].participants[1].entity",
    ),
    faithful(
        "the withdrawal is carried out under the understanding with Baghdad",
        "$.relations[0].kind",
        "$.relations[0].subject",
        "$.relations[0].object",
    ),
    faithful("Baghdad standing for the Iraqi government", "$.entities[5].mentions[0].form"),
    faithful(
        "correction notice printed in the body, naming what it corrects",
        "$.corrections[0].spans[0]",
        "$.corrections[0].target",
        "$.corrections[0].field",
    ),
    faithful(
        "the wrong and the right figure (5,000, then 3,000)",
        "$.corrections[0].target",
        "$.corrections[0].field",
        "$.corrections[0].was",
        "$.corrections[0].now",
    ),
]

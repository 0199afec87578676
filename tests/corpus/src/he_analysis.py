"""A Hebrew analysis piece: the genre printed as a label, the writer's own opinion, a
booster as well as a hedge, a correspondent's post in the byline, anonymous sources with
their reason, and militias described but not named. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    AnonymityReason,
    AnonymousSource,
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Certainty,
    Contributor,
    ContributorRole,
    Event,
    EventStatus,
    Factuality,
    Genre,
    MentionForm,
    Organization,
    OrganizationKind,
    Person,
    Place,
    PlaceKind,
    Quantity,
    Relation,
    RelationKind,
    Role,
    SourceKind,
    Span,
    StanceMarker,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

BODY = (
    "ההחלטה של וושינגטון לצמצם את כוחותיה בעיראק ל-1,500 חיילים תשנה ללא ספק את מאזן "
    "הכוחות באזור. לפי גורמים ביטחוניים בישראל, שדיברו בעילום שם בשל רגישות הנושא, ייתכן "
    "שמיליציות הנתמכות על ידי איראן ינסו למלא את החלל. לדעתי, מוקדם מדי לקבוע אם מדובר "
    "בסוף עידן."
)


def build() -> Article:
    b = ArticleBuilder(
        headline="ניתוח: הנסיגה האמריקנית מעיראק תשנה את מאזן הכוחות באזור",
        body=BODY,
        language="he",
        byline="מאת יואב כרמלי, הכתב הצבאי",
    )
    iraq = b.new(Place, id="iraq", name="עיראק", kind=PlaceKind.COUNTRY)
    israel = b.new(Place, id="israel", name="ישראל", kind=PlaceKind.COUNTRY)
    iran = b.new(
        Place, id="iran", name="איראן", kind=PlaceKind.COUNTRY, mentions=[mention(b, "איראן")]
    )
    us_gov = b.new(
        Organization,
        id="us-government",
        name="ממשל ארצות הברית",
        kind=OrganizationKind.GOVERNMENT,
        mentions=[mention(b, "וושינגטון", form=MentionForm.METONYM)],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="כוחות ארצות הברית",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "כוחותיה", form=MentionForm.PRONOUN)],
    )
    militias = b.new(
        Organization,
        id="iran-backed-militias",
        description="מיליציות הנתמכות על ידי איראן",
        plural=True,
        kind=OrganizationKind.MILITIA,
        mentions=[
            mention(b, "מיליציות הנתמכות על ידי איראן", whole=False, form=MentionForm.DESCRIPTION)
        ],
    )
    sources = b.new(
        AnonymousSource,
        id="israeli-security-sources",
        description="גורמים ביטחוניים בישראל",
        plural=True,
        kind=SourceKind.SECURITY,
        affiliation=israel,
        reason="בשל רגישות הנושא",
        reason_kind=AnonymityReason.SENSITIVITY,
        mentions=[mention(b, "גורמים ביטחוניים בישראל")],
    )
    writer = b.new(
        Person,
        id="yoav-karmeli",
        name="יואב כרמלי",
        roles=[Role(title="הכתב הצבאי", spans=(at(b, "הכתב הצבאי", field="byline"),))],
    )
    b.new(
        Contributor,
        entity=writer,
        role=ContributorRole.AUTHOR,
        spans=[at(b, "יואב כרמלי", field="byline")],
    )
    b.new(
        Event,
        id="ev-reduction",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "לצמצם"),
        participants=b.roles(agent=us_gov, theme=us_forces),
        locations=[iraq],
        quantities=[
            Quantity(
                amount=Amount(value=1500),
                counted="חיילים",
                of=us_forces.id,
                text="1,500 חיילים",
                spans=(at(b, "1,500 חיילים"),),
            )
        ],
    )
    b.new(
        Event,
        id="ev-militias-fill-gap",
        event_type="deployment",
        status=EventStatus.EXPECTED,
        trigger=cue(b, "ינסו למלא את החלל"),
        participants=b.roles(agent=militias),
        factuality=Factuality(certainty=Certainty.POSSIBLE, hedges=(cue(b, "ייתכן"),)),
        attributions=[
            Attribution(source=sources.id, cue=cue(b, "לפי"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    b.new(
        Relation,
        kind=RelationKind.BACKS,
        subject=iran,
        object=militias,
        spans=[at(b, "הנתמכות על ידי איראן")],
    )
    b.new(Genre, term="analysis", text="ניתוח", spans=[at(b, "ניתוח", field="headline")])
    # The writer's own voice: a prediction with a booster, and an opinion set apart.
    first = BODY.index(".") + 1
    b.new(
        ArticlePart,
        kind="assessment",
        spans=[Span(start=0, end=first)],
        speaker=writer,
        items=["ev-reduction"],
        markers=[StanceMarker(stance="booster", cue=cue(b, "ללא ספק"))],
    )
    opinion = at(b, "לדעתי")
    b.new(
        ArticlePart,
        kind="opinion",
        spans=[Span(start=opinion.start, end=len(BODY))],
        speaker=writer,
        markers=[StanceMarker(stance="opinion_marker", cue=cue(b, "לדעתי"))],
    )
    return b.build(id="corpus-he-analysis")


PHENOMENA = [
    faithful("text in Hebrew, written right to left", "$.language"),
    faithful(
        "the piece is an analysis (label 'ניתוח:' in the headline)",
        "$.genres[0].term",
        "$.genres[0].text",
        "$.genres[0].spans[0]",
    ),
    faithful(
        "the writer and his post (military correspondent) in the byline",
        "$.contributors[0].entity",
        "$.contributors[0].role",
        "$.entities[7].roles[0].title",
        "$.entities[7].roles[0].spans[0]",
    ),
    faithful("Washington standing for the US government", "$.entities[3].mentions[0].form"),
    faithful(
        "reduction to a stated number of troops",
        "$.events[0].quantities[0].amount.value",
        "$.events[0].participants[0].entity",
    ),
    faithful(
        "booster 'ללא ספק' (undoubtedly) on the writer's prediction",
        "$.parts[0].kind",
        "$.parts[0].speaker",
        "$.parts[0].spans[0]",
        "$.parts[0].markers[0].stance",
        "$.parts[0].markers[0].cue.spans[0]",
    ),
    faithful(
        "hedge 'ייתכן' (possibly)",
        "$.events[1].factuality.certainty",
        "$.events[1].factuality.hedges[0].text",
    ),
    faithful(
        "anonymous Israeli security sources",
        "$.entities[6].kind",
        "$.entities[6].affiliation",
        "$.entities[6].plural",
    ),
    faithful(
        "the sources' reason for anonymity (the sensitivity of the subject)",
        "$.entities[6].reason",
        "$.entities[6].reason_kind",
    ),
    faithful(
        "militias described, not named",
        "$.entities[5].description",
        "$.entities[5].plural",
        "$.entities[5].kind",
        "$.entities[5].mentions[0].form",
    ),
    faithful("Iran backs the militias", "$.relations[0].kind", "$.relations[0].subject"),
    faithful(
        "the writer's own opinion ('לדעתי', in my view) set apart from reporting",
        "$.parts[1].kind",
        "$.parts[1].speaker",
        "$.parts[1].spans[0]",
        "$.parts[1].markers[0].stance",
        "$.parts[1].markers[0].cue.text",
    ),
]

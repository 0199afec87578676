"""A Persian agency report of a weekly press conference: a date printed in the Solar Hijri
calendar, a deadline at the end of the Persian year, a name with a zero-width non-joiner,
'last week' in a country whose week starts on Saturday, and an unnamed third country.
Invented for this corpus; the spokesman's name is made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Article,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    DeicticUnit,
    Deixis,
    Event,
    EventStatus,
    MentionForm,
    Name,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Person,
    Place,
    PlaceKind,
    PrintedDate,
    Quote,
    Role,
    Scope,
    TimeExpression,
    TimeRelation,
    Transliteration,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, impossible, mention

ZWNJ = "\u200c"
NAME = f"اسماعیل رضایی{ZWNJ}فر"
QUOTE = "حضور نیروهای خارجی در منطقه عامل ناامنی است."
BODY = (
    f"سخنگوی وزارت امور خارجه روز دوشنبه ۱۶ آذر ۱۴۰۵ در نشست خبری هفتگی گفت: «{QUOTE}» "
    f"{NAME} افزود که تهران هفته گذشته پیام{ZWNJ}هایی را از طریق یک کشور ثالث دریافت "
    "کرده است. به گفته وی، خروج کامل نیروهای آمریکایی از عراق باید تا پایان سال ۱۴۰۵ "
    "انجام شود."
)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=7)
    b = ArticleBuilder(
        headline="سخنگوی وزارت خارجه: خروج نیروهای آمریکایی از عراق باید تا پایان سال کامل شود",
        body=BODY,
        language="fa",
    )
    iran = b.new(Place, id="iran", name="ایران", kind=PlaceKind.COUNTRY)
    iraq = b.new(
        Place, id="iraq", name="عراق", kind=PlaceKind.COUNTRY, mentions=[mention(b, "عراق")]
    )
    tehran = b.new(
        Place,
        id="tehran",
        name="تهران",
        kind=PlaceKind.CITY,
        within=iran,
        mentions=[mention(b, "تهران", form=MentionForm.METONYM)],
    )
    third = b.new(
        Place,
        id="third-country",
        description="یک کشور ثالث",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "یک کشور ثالث", form=MentionForm.DESCRIPTION)],
    )
    ministry = b.new(
        Organization,
        id="iran-foreign-ministry",
        name="وزارت امور خارجه",
        kind=OrganizationKind.MINISTRY,
        country=iran,
        mentions=[mention(b, "وزارت امور خارجه")],
    )
    us_forces = b.new(
        Organization,
        id="us-forces",
        name="نیروهای آمریکایی",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "نیروهای آمریکایی")],
    )
    spokesman = b.new(
        Person,
        id="ministry-spokesman",
        name=NAME,
        description="سخنگوی وزارت امور خارجه",
        names=[
            Name(
                text=NAME,
                script="Arab",
                language="fa",
                original=True,
                transliterations=[
                    Transliteration(text="Esmaeil Rezaeifar", script="Latn", language="en")
                ],
            )
        ],
        roles=[Role(title="سخنگو", organization=ministry.id, spans=(at(b, "سخنگوی"),))],
        mentions=[
            mention(b, "سخنگوی وزارت امور خارجه", form=MentionForm.DESCRIPTION),
            mention(b, NAME),
            mention(b, "وی", form=MentionForm.PRONOUN),
        ],
    )
    monday = TimeExpression(
        text="روز دوشنبه ۱۶ آذر ۱۴۰۵",
        spans=(at(b, "روز دوشنبه ۱۶ آذر ۱۴۰۵"),),
        printed=[
            PrintedDate(calendar="solar_hijri", year=1405, month=9, day=16, text="۱۶ آذر ۱۴۰۵")
        ],
    ).resolve(published, "16 Azar 1405 in the Iranian calendar")
    briefing = b.new(
        Communication,
        id="weekly-press-conference",
        kind=CommunicationKind.PRESS_CONFERENCE,
        issuers=[spokesman],
        time=monday,
        spans=[at(b, "نشست خبری هفتگی")],
    )
    b.new(
        Quote,
        id="q-presence",
        text=QUOTE,
        spans=[at(b, QUOTE)],
        attribution=Attribution(
            source=spokesman.id,
            cue=cue(b, "گفت"),
            mode=AttributionMode.DIRECT,
            channel=briefing.id,
        ),
    )
    b.new(
        Event,
        id="ev-messages",
        event_type="mediation",
        status=EventStatus.COMPLETED,
        trigger=cue(b, "دریافت"),
        participants=b.roles(recipient=tehran, mediator=third),
        time=TimeExpression(
            text="هفته گذشته",
            spans=(at(b, "هفته گذشته"),),
            deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1),
        ).resolve(published, "the week before the publication date, Saturday to Friday", 6),
        attributions=[
            Attribution(source=spokesman.id, cue=cue(b, "افزود"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    b.new(
        Event,
        id="ev-full-withdrawal",
        event_type="withdrawal",
        status=EventStatus.DEMANDED,
        scope=Scope.COMPLETE,
        trigger=cue(b, "خروج کامل"),
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            text="تا پایان سال ۱۴۰۵",
            spans=(at(b, "تا پایان سال ۱۴۰۵"),),
            part=PeriodPart.END,
            printed=[PrintedDate(calendar="solar_hijri", year=1405, text="سال ۱۴۰۵")],
        ).resolve(published, "the last day of the Iranian year 1405, 29 Esfand"),
        attributions=[
            Attribution(source=spokesman.id, cue=cue(b, "به گفته"), mode=AttributionMode.PARAPHRASE)
        ],
    )
    return b.build(id="corpus-fa-irna-week", published=published)


PHENOMENA = [
    faithful("text in Persian, written right to left", "$.language"),
    faithful(
        "weekly press conference as the channel of the quote",
        "$.communications[0].kind",
        "$.quotes[0].attribution.channel",
    ),
    faithful(
        "date printed in the Solar Hijri calendar (۱۶ آذر ۱۴۰۵)",
        "$.communications[0].time.printed[0].calendar",
        "$.communications[0].time.printed[0].year",
        "$.communications[0].time.printed[0].month",
        "$.communications[0].time.printed[0].day",
        "$.communications[0].time.inferred",
    ),
    impossible(
        "none",
        "the press conference recurs weekly (هفتگی)",
        "a communication has a time but no recurrence",
    ),
    faithful(
        "spokesman described, then named, with his post",
        "$.entities[6].description",
        "$.entities[6].name",
        "$.entities[6].roles[0].organization",
    ),
    faithful(
        "name with a zero-width non-joiner kept whole in its mention",
        "$.entities[6].mentions[1].span.text",
    ),
    faithful(
        "the name's Latin transliteration",
        "$.entities[6].names[0].original",
        "$.entities[6].names[0].script",
        "$.entities[6].names[0].transliterations[0].text",
        "$.entities[6].names[0].transliterations[0].script",
    ),
    faithful("pronoun mention (وی)", "$.entities[6].mentions[2].form"),
    faithful("direct quote in guillemets", "$.quotes[0].attribution.mode", "$.quotes[0].spans[0]"),
    faithful("Tehran standing for the government (metonym)", "$.entities[2].mentions[0].form"),
    faithful(
        "an unnamed third country as go-between",
        "$.entities[3].description",
        "$.entities[3].kind",
        "$.events[0].participants[1].role",
    ),
    faithful("'last week'", "$.events[0].time.deixis.unit", "$.events[0].time.deixis.offset"),
    faithful(
        "the Iranian week starts on Saturday (so 'last week' is Saturday to Friday)",
        "$.events[0].time.deixis.week_starts",
        "$.events[0].time.inferred_interval",
    ),
    faithful("a demanded complete withdrawal", "$.events[1].status", "$.events[1].scope"),
    faithful(
        "deadline at the end of the Persian year 1405",
        "$.events[1].time.printed[0].calendar",
        "$.events[1].time.printed[0].year",
        "$.events[1].time.part",
        "$.events[1].time.inferred",
    ),
]

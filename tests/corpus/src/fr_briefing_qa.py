# ruff: noqa: RUF001  (the report's own letters and punctuation: dashes, dotless i, full-width marks)
"""A French foreign-ministry press briefing transcript: questions by a named reporter of a
named outlet, answers by the spokesperson, a refusal to comment, a non-confirmation, a
draft timetable, and the briefing's date printed in the headline. Invented for this corpus;
the reporter and the radio station are made up."""

from __future__ import annotations

from iraqwithdrawal import (
    Article,
    ArticlePart,
    Attribution,
    AttributionMode,
    Certainty,
    Communication,
    CommunicationKind,
    Document,
    Event,
    Factuality,
    Genre,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Place,
    PlaceKind,
    Quote,
    Role,
    Span,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

Q1 = "la France va-t-elle retirer ses formateurs d'Irak avant la fin de la mission de l'OTAN ?"
A1_REFUSAL = "Nous ne commentons pas les calendriers opérationnels."
A1_STATEMENT = "La France reste engagée aux côtés des autorités irakiennes."
A1 = f"{A1_REFUSAL} {A1_STATEMENT}"
Q2 = "Le projet de calendrier a-t-il été transmis à Bagdad ?"
A2 = "Je ne suis pas en mesure de vous le confirmer."
BODY = (
    f"Q – Une question de Claire Dumas, de Radio Méridien : {Q1}\n\n"
    f"R – {A1}\n\n"
    f"Q – {Q2}\n\n"
    f"R – {A2}"
)


def build() -> Article:
    b = ArticleBuilder(
        headline="Point de presse du porte-parole – 3 décembre 2026",
        body=BODY,
        language="fr",
    )
    france = b.new(
        Place,
        id="france",
        name="France",
        kind=PlaceKind.COUNTRY,
        mentions=[mention(b, "la France"), mention(b, "La France")],
    )
    iraq = b.new(
        Place, id="iraq", name="Irak", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Irak")]
    )
    ministry = b.new(
        Organization,
        id="mfa-france",
        name="Ministère de l'Europe et des Affaires étrangères",
        kind=OrganizationKind.MINISTRY,
        country=france,
    )
    radio = b.new(
        Organization,
        id="radio-meridien",
        name="Radio Méridien",
        kind=OrganizationKind.BROADCASTER,
        mentions=[mention(b, "Radio Méridien")],
    )
    nato = b.new(
        Organization,
        id="nato",
        name="OTAN",
        kind=OrganizationKind.INTERNATIONAL_ORGANIZATION,
        mentions=[mention(b, "l'OTAN")],
    )
    iraq_gov = b.new(
        Organization,
        id="iraq-government",
        name="Gouvernement irakien",
        kind=OrganizationKind.GOVERNMENT,
        country=iraq,
        mentions=[
            mention(b, "Bagdad", form=MentionForm.METONYM),
            mention(b, "autorités irakiennes", form=MentionForm.DESCRIPTION),
        ],
    )
    trainers = b.new(
        Organization,
        id="french-trainers",
        description="ses formateurs",
        plural=True,
        kind=OrganizationKind.ARMED_FORCES,
        country=france,
        mentions=[mention(b, "ses formateurs", form=MentionForm.DESCRIPTION)],
    )
    reporter = b.new(
        Person,
        id="claire-dumas",
        name="Claire Dumas",
        roles=[Role(title="journaliste", organization=radio.id)],
        mentions=[mention(b, "Claire Dumas")],
    )
    spokesperson = b.new(
        Person,
        id="spokesperson",
        description="le porte-parole",
        roles=[
            Role(
                title="porte-parole",
                organization=ministry.id,
                spans=(at(b, "porte-parole", field="headline"),),
            )
        ],
    )
    briefing = b.new(
        Communication,
        id="point-de-presse",
        kind=CommunicationKind.BRIEFING,
        issuers=[spokesperson],
        time=TimeExpression(
            text="3 décembre 2026",
            date=PartialDate(year=2026, month=12, day=3),
            spans=(at(b, "3 décembre 2026", field="headline"),),
        ),
        spans=[at(b, "Point de presse", field="headline")],
        audience="press",
    )
    mission_end = b.new(
        Event,
        id="ev-nato-mission-end",
        event_type="mission_end",
        trigger=cue(b, "la fin de la mission"),
        participants=b.roles(theme=nato),
        locations=[iraq],
    )
    withdrawal = b.new(
        Event,
        id="ev-trainers-leave",
        event_type="withdrawal",
        trigger=cue(b, "retirer"),
        participants=b.roles(agent=france, theme=trainers),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BEFORE,
            relative_to=mission_end.id,
            text="avant la fin de la mission de l'OTAN",
            spans=(at(b, "avant la fin de la mission de l'OTAN"),),
        ),
        factuality=Factuality(certainty=Certainty.UNKNOWN),
    )
    draft = b.new(
        Document,
        id="draft-timetable",
        kind="timetable",
        status="draft",
        exists="claimed",
        description="le projet de calendrier",
        about=[withdrawal.id],
        mentions=[mention(b, "Le projet de calendrier", form=MentionForm.DESCRIPTION)],
    )
    timetables = b.new(
        Document,
        id="operational-timetables",
        kind="timetable",
        description="les calendriers opérationnels",
        mentions=[mention(b, "les calendriers opérationnels", form=MentionForm.DESCRIPTION)],
    )
    transmitted = b.new(
        Event,
        id="ev-draft-transmitted",
        event_type="statement",
        trigger=cue(b, "transmis"),
        participants=b.roles(recipient=iraq_gov, theme=draft),
        factuality=Factuality(certainty=Certainty.UNKNOWN),
    )
    asked = Attribution(
        source=reporter.id,
        cue=cue(b, "Une question"),
        mode=AttributionMode.DIRECT,
        recipient=spokesperson.id,
        channel=briefing.id,
    )
    answered = b.shared(
        id="a-spokesperson", source=spokesperson, mode=AttributionMode.DIRECT, channel=briefing
    )
    b.new(
        Quote,
        id="q-question-1",
        text=Q1,
        spans=[at(b, Q1)],
        attribution=asked,
        about=[withdrawal],
        act="question",
    )
    b.new(
        Quote,
        id="q-answer-1",
        text=A1_REFUSAL,
        spans=[at(b, A1_REFUSAL)],
        attribution=answered,
        about=[timetables],
        act="refusal",
        in_reply_to="q-question-1",
    )
    b.new(
        Quote,
        id="q-question-2",
        text=Q2,
        spans=[at(b, Q2)],
        attribution=Attribution(
            source=reporter.id,
            mode=AttributionMode.DIRECT,
            recipient=spokesperson.id,
            channel=briefing.id,
        ),
        about=[transmitted],
        act="question",
    )
    b.new(
        Quote,
        id="q-answer-2",
        text=A2,
        spans=[at(b, A2)],
        attribution=answered,
        about=[transmitted],
        act="non_confirmation",
        in_reply_to="q-question-2",
    )
    b.new(
        Quote,
        id="q-answer-1b",
        text=A1_STATEMENT,
        spans=[at(b, A1_STATEMENT)],
        attribution=answered,
        act="statement",
        in_reply_to="q-question-1",
    )
    b.new(Genre, term="transcript")
    b.new(
        ArticlePart,
        id="transcription",
        kind="transcript",
        spans=[Span(start=0, end=len(BODY))],
        items=[briefing],
    )
    turns = [
        ("question", reporter.id, "q-question-1", "Q – Une question de Claire Dumas"),
        ("answer", spokesperson.id, "q-answer-1", f"R – {A1}"),
        ("question", None, "q-question-2", f"Q – {Q2}"),
        ("answer", spokesperson.id, "q-answer-2", f"R – {A2}"),
    ]
    for kind, speaker, quote, opening in turns:
        start = at(b, opening).start
        end = BODY.find("\n\n", start)
        b.new(
            ArticlePart,
            kind=kind,
            within="transcription",
            speaker=speaker,
            items=[quote],
            spans=[Span(start=start, end=len(BODY) if end < 0 else end)],
        )
    return b.build(id="corpus-fr-briefing-qa")


PHENOMENA = [
    faithful("text in French", "$.language"),
    faithful(
        "a press briefing with its date printed in the headline",
        "$.communications[0].kind",
        "$.communications[0].time.date",
        "$.communications[0].time.spans[0].field",
    ),
    faithful(
        "the piece is a transcript (Q – / R – turns)",
        "$.genres[0].term",
        "$.parts[0].kind",
        "$.parts[1].kind",
        "$.parts[1].within",
        "$.parts[1].speaker",
        "$.parts[1].items[0]",
        "$.parts[2].speaker",
        "$.parts[4].kind",
        "$.parts[4].spans[0]",
    ),
    faithful(
        "a question asked by a named reporter of a named outlet, to the spokesperson",
        "$.quotes[0].attribution.source",
        "$.entities[7].roles[0].organization",
        "$.quotes[0].attribution.recipient",
    ),
    faithful("the quote is a question (speech act)", "$.quotes[0].act", "$.quotes[2].act"),
    faithful(
        "each answer replies to a question",
        "$.quotes[1].in_reply_to",
        "$.quotes[3].in_reply_to",
        "$.quotes[4].in_reply_to",
    ),
    faithful(
        "the spokesperson, described by post, not named",
        "$.entities[8].description",
        "$.entities[8].roles[0].title",
    ),
    faithful(
        "answers share one attribution to the spokesperson at the briefing",
        "$.attributions[0].source",
        "$.attributions[0].channel",
        "$.quotes[1].attribution.shared",
    ),
    faithful(
        "refusal to comment on 'operational timetables', refusing the first question",
        "$.quotes[1].act",
        "$.quotes[1].in_reply_to",
        "$.quotes[1].about[0]",
        "$.entities[10].kind",
    ),
    faithful(
        "non-confirmation that the draft was sent to Baghdad",
        "$.quotes[3].act",
        "$.quotes[3].in_reply_to",
        "$.quotes[3].about[0]",
        "$.events[2].factuality.certainty",
    ),
    faithful(
        "the draft timetable (projet de calendrier) as a document",
        "$.entities[9].kind",
        "$.entities[9].status",
        "$.entities[9].exists",
        "$.entities[9].about[0]",
        "$.events[2].participants[1].entity",
    ),
    faithful(
        "withdrawal asked about, before the end of NATO's mission",
        "$.events[1].time.relation",
        "$.events[1].time.relative_to",
    ),
    faithful(
        "French trainers described, not named",
        "$.entities[6].description",
        "$.entities[6].plural",
        "$.entities[6].country",
    ),
    faithful(
        "the press ('vous') as the audience of the answers",
        "$.communications[0].audience",
        "$.attributions[0].channel",
    ),
]

"""Two reports the bridges must carry exactly: one written right to left (Arabic), and one
with emoji, a flag, a skin tone and combining accents before its spans, so that a tool
counting UTF-16 code units (or bytes) instead of code points would shift every offset."""

from __future__ import annotations

import iraqwithdrawal as iw


def _at(body: str, words: str, start: int = 0) -> iw.Span:
    begin = body.index(words, start)
    return iw.Span(start=begin, end=begin + len(words))


def rtl_report() -> iw.Article:
    body = (
        'قال وزير الدفاع العراقي إن "القوات الأمريكية ستغادر البلاد"، '
        "وأكدت بغداد أن الانسحاب سيبدأ قريبا."
    )
    quote_text = "القوات الأمريكية ستغادر البلاد"
    return iw.Article(
        id="rtl-1",
        headline="وزير الدفاع: القوات الأمريكية ستغادر",
        language="ar",
        body=body,
        entities=[
            iw.Person(
                id="minister",
                name="وزير الدفاع العراقي",
                mentions=[iw.Mention(span=_at(body, "وزير الدفاع العراقي"))],
                identifiers=[iw.Identifier(scheme="wikidata", value="Q1")],
            ),
            iw.Organization(
                id="baghdad",
                name="الحكومة العراقية",
                mentions=[iw.Mention(span=_at(body, "بغداد"), form=iw.MentionForm.METONYM)],
            ),
        ],
        quotes=[
            iw.Quote(
                id="q1",
                text=quote_text,
                spans=[_at(body, quote_text)],
                attribution=iw.Attribution(
                    source="minister",
                    cue=iw.Cue(text="قال", spans=[_at(body, "قال")]),
                    mode=iw.AttributionMode.DIRECT,
                ),
            )
        ],
        events=[
            iw.Event(
                id="ev1",
                event_type="withdrawal",
                trigger=iw.Cue(text="الانسحاب", spans=[_at(body, "الانسحاب")]),
                participants=[iw.Participant(entity="baghdad", role=iw.ParticipantRole.AGENT)],
                status=iw.EventStatus.EXPECTED,
                factuality=iw.Factuality(certainty=iw.Certainty.PROBABLE),
            )
        ],
    )


def emoji_report() -> iw.Article:
    body = (
        "🇮🇶🇺🇸 Update 👍🏽: Cafe\u0301 owners in Erbil said the troops \u201cwill leave "
        "soon\u201d, and Ame\u0301lie Dupont, a spokeswoman, confirmed the withdrawal. 🎉"
    )
    return iw.Article(
        id="emoji-1",
        headline="Troops will leave soon, café owners say",
        language="en",
        body=body,
        entities=[
            iw.AnonymousSource(
                id="owners",
                description="Cafe\u0301 owners in Erbil",
                plural=True,
                mentions=[iw.Mention(span=_at(body, "Cafe\u0301 owners in Erbil"))],
            ),
            iw.Person(
                id="dupont",
                name="Ame\u0301lie Dupont",
                mentions=[iw.Mention(span=_at(body, "Ame\u0301lie Dupont"))],
            ),
            iw.Place(
                id="erbil",
                name="Erbil",
                mentions=[iw.Mention(span=_at(body, "Erbil"))],
            ),
        ],
        quotes=[
            iw.Quote(
                id="q1",
                text="will leave soon",
                spans=[_at(body, "will leave soon")],
                attribution=iw.Attribution(
                    source="owners",
                    cue=iw.Cue(text="said", spans=[_at(body, "said")]),
                    mode=iw.AttributionMode.DIRECT,
                ),
            )
        ],
        events=[
            iw.Event(
                id="ev1",
                event_type="withdrawal",
                trigger=iw.Cue(text="withdrawal", spans=[_at(body, "withdrawal")]),
                locations=["erbil"],
            ),
            iw.Event(
                id="ev2",
                event_type="statement",
                trigger=iw.Cue(text="confirmed", spans=[_at(body, "confirmed")]),
                participants=[iw.Participant(entity="dupont", role=iw.ParticipantRole.AGENT)],
                links=[iw.EventLink(relation=iw.EventRelation.ANNOUNCES, target="ev1")],
            ),
        ],
    )


SAMPLES = {"rtl": rtl_report, "emoji": emoji_report}

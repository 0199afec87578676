"""Reports that test the annotated view where it is hardest: a right-to-left report with a
left-to-right quote in it, and a hostile one (markup in every text, emoji, combining marks,
CR LF, spans that overlap and nest). Shared by the render tests, the browser tests and the
script that makes the documentation's pictures."""

from __future__ import annotations

from iraqwithdrawal import (
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Certainty,
    Claim,
    Cue,
    Dispute,
    Event,
    EventStatus,
    Factuality,
    License,
    MediaItem,
    MediaKind,
    Mention,
    Organization,
    OrganizationKind,
    PartialDate,
    Person,
    Quote,
    RelayHop,
    Span,
    Stance,
    TimeExpression,
    TimeRelation,
)
from iraqwithdrawal.builder import ArticleBuilder

__all__ = ["hostile_article", "rtl_article"]


def rtl_article() -> Article:
    """An Arabic report: an anonymous source relayed by Al Mayadeen, then TASS; an English
    quote (left to right) inside the right-to-left text, with a time inside the quote."""
    b = ArticleBuilder(
        headline="العراق والولايات المتحدة تقتربان من اتفاق على انسحاب قوات التحالف",
        body='قال مصدر حكومي عراقي لقناة الميادين إن "المفاوضات في مراحلها الأخيرة". '
        'وقال الوزير للصحفيين: "We will leave by September 2025" بعد الاجتماع. '
        "ونقلت وكالة تاس الخبر.",
        language="ar",
        byline="مراسلنا في بغداد",
    )
    source = b.new(
        AnonymousSource,
        description="مصدر حكومي عراقي",
        mentions=["مصدر حكومي عراقي"],
    )
    mayadeen = b.new(
        Organization, name="الميادين", kind=OrganizationKind.BROADCASTER, mentions=["الميادين"]
    )
    tass = b.new(Organization, name="تاس", kind=OrganizationKind.NEWS_AGENCY, mentions=["تاس"])
    minister = b.new(Person, description="الوزير", mentions=["الوزير"])
    relay = (
        RelayHop(via=mayadeen.id, cue=b.cue("لقناة")),
        RelayHop(via=tass.id, cue=b.cue("ونقلت")),
    )
    b.new(
        Quote,
        id="q-talks",
        text="المفاوضات في مراحلها الأخيرة",
        spans="المفاوضات في مراحلها الأخيرة",
        attribution=b.make(
            Attribution,
            source=source,
            cue="قال",
            mode=AttributionMode.DIRECT,
            relay=relay,
            factuality=Factuality(certainty=Certainty.PROBABLE),
        ),
    )
    september = b.time(
        "by September 2025", relation=TimeRelation.BY, date=PartialDate(year=2025, month=9)
    )
    b.new(
        Quote,
        id="q-leave",
        text="We will leave by September 2025",
        spans="We will leave by September 2025",
        language="en",
        attribution=b.make(
            Attribution,
            source=minister,
            cue="وقال",
            mode=AttributionMode.DIRECT,
            relay=(RelayHop(via=tass.id),),
        ),
    )
    b.new(
        Event,
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        summary="انسحاب القوات",
        trigger="leave",
        time=september,
    )
    return b.build(id="example-rtl", published=PartialDate(year=2025, month=3, day=2))


#: Markup, emoji with modifiers, a flag, a family joined by ZWJ, a letter with a combining
#: accent, CR LF and a non-breaking space.
HOSTILE_BODY = (
    '<script>window.__pwned = 1</script> "He said \u201cwe <b>leave</b> now\u201d," '
    "said Jos\u0065\u0301 \U0001f44d\U0001f3fd of \U0001f1ee\U0001f1f6.\r\n"
    '<img src=x onerror="window.__pwned = 2"> \U0001f468\u200d\U0001f469\u200d\U0001f467 '
    "family &amp; friends &lt;here&gt; \u00a0end"
)


def _span(text: str, words: str, nth: int = 1) -> Span:
    at = -1
    for _ in range(nth):
        at = text.index(words, at + 1)
    return Span(start=at, end=at + len(words))


def hostile_article() -> Article:
    """A report whose texts try to inject markup and whose spans overlap and nest: a quote
    inside a quote, a mention inside a quote, a claim that overlaps the outer quote without
    nesting, spans over emoji, a flag and a combining accent."""
    body = HOSTILE_BODY
    outer = body.index('"He said')
    outer_end = body.index('now\u201d,"') + len('now\u201d,"')
    inner = body.index("\u201cwe")
    inner_end = body.index("now\u201d") + len("now\u201d")
    jose = _span(body, "Jos\u0065\u0301")
    thumb = _span(body, "\U0001f44d\U0001f3fd")
    flag = _span(body, "\U0001f1ee\U0001f1f6")
    family = _span(body, "\U0001f468\u200d\U0001f469\u200d\U0001f467")
    script = _span(body, "<script>window.__pwned = 1</script>")
    person = Person(
        id="jose",
        name='Jos\u00e9 "><script>window.__pwned = 3</script>',
        mentions=(Mention(span=jose), Mention(span=_span(body, "He"))),
    )
    anon = AnonymousSource(
        id="anon",
        description="a source <i>close</i> to \U0001f468",
        mentions=(Mention(span=family),),
    )
    outlet = Organization(
        id="outlet", name="<svg onload=alert(1)>", kind=OrganizationKind.NEWSPAPER
    )
    said = Attribution(
        source="jose",
        cue=Cue(text="said", spans=(_span(body, "said", 2),)),
        mode=AttributionMode.DIRECT,
        relay=(RelayHop(via="outlet"),),
    )
    quotes = (
        Quote(
            id="q-outer",
            text=body[outer + 1 : outer_end - 2],
            spans=(Span(start=outer + 1, end=outer_end - 2),),
            attribution=said,
        ),
        Quote(
            id="q-inner",
            text=body[inner + 1 : inner_end - 1],
            spans=(Span(start=inner + 1, end=inner_end - 1),),
            attribution=Attribution(
                source="anon",
                cue=Cue(text="He said", spans=(_span(body, "He said"),)),
                mode=AttributionMode.DIRECT,
                factuality=Factuality(
                    certainty=Certainty.POSSIBLE, hedges=(Cue(text="</span>now"),)
                ),
            ),
        ),
    )
    # A claim that starts inside the outer quote and ends after it: overlap, not nesting.
    claim_span = Span(start=body.index("leave"), end=body.index("of \U0001f1ee"))
    claims = (
        Claim(
            id="c-leave",
            text=body[claim_span.start : claim_span.end],
            spans=(claim_span,),
            attribution=Attribution(source="jose"),
            stance=Stance.SUPPORTS,
            dispute="d-1",
        ),
        Claim(
            id="c-stay",
            text="<b>stay</b>",
            attribution=Attribution(source="anon"),
            stance=Stance.OPPOSES,
            dispute="d-1",
        ),
    )
    event = Event(
        id="ev-leave",
        event_type="withdrawal",
        summary="<script>window.__pwned = 4</script>",
        trigger=Cue(text="leave", spans=(_span(body, "leave"),)),
        time=TimeExpression(
            relation=TimeRelation.ON,
            date=PartialDate(year=2025, month=3, approximate=True),
            text="now",
            spans=(_span(body, "now"),),
        ),
        spans=(thumb, flag, script),
    )
    return Article(
        id="hostile-1",
        headline='</title><script>window.__pwned = 5</script> "quoted" & <b>bold</b>',
        body=body,
        language="en",
        byline="By <a href=javascript:alert(1)>someone</a>",
        entities=(person, anon, outlet),
        quotes=quotes,
        claims=claims,
        disputes=(Dispute(id="d-1", topic="<em>leave</em> or stay"),),
        events=(event,),
        media=(
            MediaItem(
                id="m-1",
                kind=MediaKind.PHOTO,
                caption='<img src="https://example.org/x.png">',
                credit="Photo: <b>X</b>/Creative Commons 2.0",
                license=License(text="Creative Commons 2.0"),
                url="javascript:alert(1)",
            ),
            MediaItem(id="m-2", kind=MediaKind.PHOTO, url="https://example.org/a'b&c=1"),
        ),
    )

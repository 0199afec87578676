"""What kind of piece an article is, whose voice a passage is in, and the article's own parts.

Three open vocabularies and three small models, so that a report nobody planned for still has a
typed home for them:

- :class:`Genre`: the piece's genre (``analysis``, ``factbox``, ``live_page``...) as a term of
  the ``genre`` vocabulary, with the label as printed ("Analysis:", "Feitenoverzicht"); the
  terms carry their IPTC genre NewsCode and schema.org type, which the exporters write.
- :class:`ArticlePart`: a typed part of the article that is not reporting of its own: an
  embargo line (until a time), an editor's note, a note to editors, an end marker or sign-off,
  an item of a list or chronology (its date, its text, the events it names), a turn of a
  transcript (its speaker), a passage in the writer's own voice. Its ``kind`` is a term of the
  ``article_part`` vocabulary; ``within`` names the list, chronology or transcript it belongs
  to, and parts of one list keep their document order.
- :class:`StanceMarker`: a word that sets how sure or how personal a passage is (a hedge, a
  booster such as "undoubtedly", an opinion marker such as "in my view"), as a term of the
  ``stance`` vocabulary with the words as printed.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from . import _checks as v
from ._base import ID, OPT_ID, OPT_TEXT, Cue, Model, Span, ref_meta, to_tuple, tuple_of
from ._checks import ClassRule, present, run_class_rules
from .time import TIME_VALIDATOR, Moment, TimeExpression
from .vocabulary import Term, Vocabulary, term_field

__all__ = [
    "ARTICLE_PARTS",
    "GENRES",
    "IPTC_GENRE",
    "STANCES",
    "ArticlePart",
    "Genre",
    "StanceMarker",
]

#: The scheme of IPTC's genre NewsCodes; a genre term's ``iptc`` mapping is a code in it.
IPTC_GENRE = "http://cv.iptc.org/newscodes/genre/"

#: What kind of piece an article is. Mappings: ``iptc`` (a code of the IPTC genre NewsCodes,
#: written by the ninjs exporter) and ``schemaorg`` (the type the schema.org exporter writes).
GENRES = Vocabulary(
    "genre",
    "what kind of piece an article is",
    [
        Term(
            name="report",
            label="News report",
            description="straight reporting of events",
            mappings={"iptc": "Current", "schemaorg": "ReportageNewsArticle"},
        ),
        Term(
            name="brief",
            label="Brief",
            description="a short item of a few lines",
            broader="report",
            mappings={"iptc": "Summary"},
        ),
        Term(
            name="analysis",
            label="Analysis",
            description="interpretation and conclusions by the writer, based on reporting",
            mappings={"iptc": "Analysis", "schemaorg": "AnalysisNewsArticle"},
        ),
        Term(
            name="opinion",
            label="Opinion",
            description="the writer's or the outlet's own views",
            mappings={"iptc": "Opinion", "schemaorg": "OpinionNewsArticle"},
        ),
        Term(
            name="editorial",
            label="Editorial",
            description="the outlet's own view",
            broader="opinion",
            mappings={"iptc": "Opinion", "schemaorg": "OpinionNewsArticle"},
        ),
        Term(
            name="factbox",
            label="Factbox",
            description="facts set out as a list beside the news",
            mappings={
                "iptc": "Side_bar_and_supporting_information",
                "schemaorg": "BackgroundNewsArticle",
            },
        ),
        Term(
            name="chronology",
            label="Chronology",
            description="dated items in order of time",
            broader="factbox",
            mappings={"iptc": "History", "schemaorg": "BackgroundNewsArticle"},
        ),
        Term(
            name="live_page",
            label="Live page",
            description="timed entries added as a story unfolds",
            mappings={"schemaorg": "LiveBlogPosting"},
        ),
        Term(
            name="transcript",
            label="Transcript",
            description="the words of a briefing or interview, turn by turn",
            mappings={"iptc": "Transcript_and_Verbatim"},
        ),
        Term(
            name="interview",
            label="Interview",
            description="questions put to one person and their answers",
            mappings={"iptc": "Interview"},
        ),
        Term(
            name="press_release",
            label="Press release",
            description="a statement issued by the party it concerns",
            mappings={"iptc": "Press_Release"},
        ),
    ],
)

#: The kinds of an article's own parts.
ARTICLE_PARTS = Vocabulary(
    "article_part",
    "a typed part of an article that is not its reporting",
    [
        Term(name="embargo", label="Embargo", description="not to be published before a time"),
        Term(name="editors_note", label="Editor's note", description="a note to readers"),
        Term(
            name="note_to_editors",
            label="Note to editors",
            description="a note to the outlets that receive the piece, not for publication",
        ),
        Term(name="end_marker", label="End marker", description="'(end)', '(انتهى)', '(끝)'"),
        Term(
            name="sign_off",
            label="Sign-off",
            description="a closing line naming the writer or desk",
            broader="end_marker",
        ),
        Term(name="list", label="List", description="an ordered list; its items are within it"),
        Term(
            name="chronology",
            label="Chronology",
            description="a list of dated items",
            broader="list",
        ),
        Term(
            name="transcript",
            label="Transcript",
            description="the turns of a briefing or interview, in order",
            broader="list",
        ),
        Term(name="list_item", label="List item", description="one item of a list"),
        Term(
            name="chronology_item",
            label="Chronology item",
            description="one dated item of a chronology",
            broader="list_item",
        ),
        Term(name="transcript_turn", label="Turn", description="one speaker's turn"),
        Term(
            name="question",
            label="Question",
            description="a question put in a transcript",
            broader="transcript_turn",
        ),
        Term(
            name="answer",
            label="Answer",
            description="an answer given in a transcript",
            broader="transcript_turn",
        ),
        Term(
            name="writer_voice",
            label="Writer's voice",
            description="a passage in the writer's own voice, set apart from reporting",
        ),
        Term(
            name="opinion",
            label="Opinion",
            description="the writer's opinion",
            broader="writer_voice",
        ),
        Term(
            name="assessment",
            label="Assessment",
            description="the writer's interpretation or prediction",
            broader="writer_voice",
        ),
    ],
)

#: Words that set how sure or how personal a passage is (after the hedges and boosters of
#: the literature on stance).
STANCES = Vocabulary(
    "stance",
    "how sure or how personal the words make a passage",
    [
        Term(name="hedge", label="Hedge", description="weakens: 'may', 'reportedly'"),
        Term(name="booster", label="Booster", description="strengthens: 'undoubtedly'"),
        Term(
            name="opinion_marker",
            label="Opinion marker",
            description="marks a view as the speaker's own: 'in my view'",
        ),
        Term(
            name="evidential",
            label="Evidential",
            description="names how the speaker knows: 'apparently', 'it is said'",
        ),
    ],
)


@attrs.frozen(kw_only=True)
class Genre(Model):
    """The article's genre: a term of the ``genre`` vocabulary and the label as printed
    ("Analysis:", "Directo |") with its spans, when the piece prints one."""

    term: str = term_field(GENRES)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Span))


@attrs.frozen(kw_only=True)
class StanceMarker(Model):
    """A word that sets the stance of a passage: its term of the ``stance`` vocabulary
    (``hedge``, ``booster``, ``opinion_marker``...) and the words as printed."""

    stance: str = term_field(STANCES)
    cue: Cue = attrs.field(validator=v.instance_of(Cue))


def _part_unanchored(part: ArticlePart) -> str | None:
    if part.text is None and not part.spans and part.at is None:
        return "a part needs the text as printed, its spans or its moment"
    return None


@attrs.frozen(kw_only=True)
class ArticlePart(Model):
    """A typed part of the article that is not reporting of its own (see the module).

    ``kind`` is a term of the ``article_part`` vocabulary; ``text`` and ``spans`` are the part
    as printed; ``time`` is its date or time as printed (a chronology item's date), ``at``
    its moment when the text gives a time of day (an embargo's "not before 12:00 CET");
    ``within`` names the list, chronology or transcript the part belongs to (an earlier part);
    ``speaker`` who speaks in it (a transcript's turn, the writer of a passage in their own
    voice); ``items`` the events, claims, quotes or entities it carries; ``markers`` the words
    that set its stance."""

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    kind: str = term_field(ARTICLE_PARTS)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Span))
    time: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    at: Moment | None = attrs.field(default=None, validator=v.optional(v.instance_of(Moment)))
    within: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta(lambda: ArticlePart)
    )
    speaker: str | None = attrs.field(
        default=None,
        validator=OPT_ID,
        metadata=ref_meta("Person", "Organization", "AnonymousSource"),
    )
    items: tuple[str, ...] = attrs.field(
        default=(),
        converter=to_tuple,
        validator=tuple_of(ID),
        metadata=ref_meta("Event", "Claim", "Quote", "Entity", "Quantity", "Communication"),
    )
    markers: tuple[StanceMarker, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(StanceMarker)
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule(
            "part_unanchored",
            _part_unanchored,
            {
                "anyOf": [
                    present("text"),
                    {"required": ["spans"], "properties": {"spans": {"minItems": 1}}},
                    present("at"),
                ]
            },
            "the text as printed, its spans or its moment (an embargo read from a feed)",
        ),
    )
    __attrs_post_init__ = run_class_rules

"""Small helpers the corpus reports share: spans found by plain substring search (the
builder's word-boundary search misses words in scripts written without spaces and words
with an attached Arabic prefix), Greenwich moments, and the rows of a phenomena table."""

from __future__ import annotations

from typing import Any

from iraqwithdrawal import Cue, Mention, MentionForm, Moment, PartialDate, Span, SpanField
from iraqwithdrawal.builder import ArticleBuilder

__all__ = [
    "MECHANISMS",
    "approximated",
    "at",
    "cue",
    "faithful",
    "gmt",
    "impossible",
    "mention",
]


def at(
    b: ArticleBuilder, words: str, nth: int = 1, field: str = "body", whole: bool = True
) -> Span:
    """The span of the ``nth`` occurrence of ``words`` in a text of ``b``: as a whole word
    (no letter or digit on either side), or, with ``whole=False``, anywhere (for scripts
    written without spaces)."""
    where = SpanField(field)
    text = {
        SpanField.BODY: b.body,
        SpanField.HEADLINE: b.headline,
        SpanField.SUBHEADLINE: b.subheadline,
        SpanField.BYLINE: b.byline,
        SpanField.DATELINE: b.dateline_text,
    }[where]
    assert text is not None, field
    pos = -1
    for _ in range(nth):
        pos = text.find(words, pos + 1)
        while whole and pos >= 0 and _glued(text, pos, pos + len(words)):
            pos = text.find(words, pos + 1)
        if pos < 0:
            raise LookupError(f"{words!r} does not occur {nth} times in the {field}")
    return Span(start=pos, end=pos + len(words), text=words, field=where)


def _glued(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def cue(
    b: ArticleBuilder, words: str, nth: int = 1, field: str = "body", whole: bool = True
) -> Cue:
    """A cue at the ``nth`` occurrence of ``words``."""
    return Cue(text=words, spans=(at(b, words, nth, field, whole),))


def mention(
    b: ArticleBuilder,
    words: str,
    nth: int = 1,
    field: str = "body",
    form: MentionForm = MentionForm.NAME,
    whole: bool = True,
) -> Mention:
    """A mention at the ``nth`` occurrence of ``words``."""
    return Mention(span=at(b, words, nth, field, whole), form=form)


def gmt(hour: int, minute: int, date: PartialDate | None = None, offset: int = 0) -> Moment:
    """A moment of the day with its offset from UTC in minutes."""
    return Moment(date=date, hour=hour, minute=minute, utc_offset=offset)


#: The general mechanisms of issue 20 a phenomenon that is not held faithfully waits for,
#: by key; "none" for a phenomenon none of them covers.
MECHANISMS: dict[str, str] = {
    "described": "Anything can be described without a name",
    "vocabularies": "Open, registered vocabularies",
    "statement-objects": "Anything can be the object of a statement",
    "speech-acts": "Speech acts",
    "documents": "Documents and evidence as objects",
    "figures": "Figures as reported",
    "calendars": "Calendars and periods",
    "scripts": "Names in scripts",
    "weeks": "Weeks and spans of time",
    "genre": "What kind of piece, and whose voice",
    "named-events": "Events with names and histories",
    "also": "Also: contributors, embargo, editor's note, anonymity, ordinals",
    "none": "None of the mechanisms of issue 20",
}


def faithful(phenomenon: str, *paths: str) -> dict[str, Any]:
    """A phenomenon a program recovers from the typed fields at ``paths``."""
    assert paths, phenomenon
    return {"phenomenon": phenomenon, "verdict": "faithful", "paths": list(paths)}


def approximated(mechanism: str, phenomenon: str, why: str, *paths: str) -> dict[str, Any]:
    """A phenomenon held only in part (free text, a looser term, a placeholder), with the
    mechanism that would hold it and the paths of what is held."""
    assert mechanism in MECHANISMS, mechanism
    return {
        "phenomenon": phenomenon,
        "verdict": "approximated",
        "paths": list(paths),
        "why": why,
        "mechanism": mechanism,
    }


def impossible(mechanism: str, phenomenon: str, why: str) -> dict[str, Any]:
    """A phenomenon the model has no place for, with the mechanism that would hold it."""
    assert mechanism in MECHANISMS, mechanism
    return {
        "phenomenon": phenomenon,
        "verdict": "impossible",
        "paths": [],
        "why": why,
        "mechanism": mechanism,
    }

"""Small helpers the corpus reports share: spans found by plain substring search (the
builder's word-boundary search misses words in scripts written without spaces and words
with an attached Arabic prefix), Greenwich moments, and the rows of a phenomena table."""

from __future__ import annotations

from typing import Any

from iraqwithdrawal import Cue, Mention, MentionForm, Moment, PartialDate, Span, SpanField
from iraqwithdrawal.builder import ArticleBuilder

__all__ = ["at", "cue", "faithful", "gmt", "impossible", "approximated", "mention"]


def at(b: ArticleBuilder, words: str, nth: int = 1, field: str = "body") -> Span:
    """The span of the ``nth`` occurrence of ``words`` as a substring of a text of ``b``."""
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
        if pos < 0:
            raise LookupError(f"{words!r} does not occur {nth} times in the {field}")
    return Span(start=pos, end=pos + len(words), text=words, field=where)


def cue(b: ArticleBuilder, words: str, nth: int = 1, field: str = "body") -> Cue:
    """A cue at the ``nth`` occurrence of ``words``."""
    return Cue(text=words, spans=(at(b, words, nth, field),))


def mention(
    b: ArticleBuilder,
    words: str,
    nth: int = 1,
    field: str = "body",
    form: MentionForm = MentionForm.NAME,
) -> Mention:
    """A mention at the ``nth`` occurrence of ``words``."""
    return Mention(span=at(b, words, nth, field), form=form)


def gmt(hour: int, minute: int, date: PartialDate | None = None, offset: int = 0) -> Moment:
    """A moment of the day with its offset from UTC in minutes."""
    return Moment(date=date, hour=hour, minute=minute, utc_offset=offset)


def faithful(phenomenon: str, *paths: str) -> dict[str, Any]:
    """A phenomenon a program recovers from the typed fields at ``paths``."""
    assert paths, phenomenon
    return {"phenomenon": phenomenon, "verdict": "faithful", "paths": list(paths)}


def approximated(phenomenon: str, why: str, *paths: str) -> dict[str, Any]:
    """A phenomenon held only in part (free text, a looser term, a placeholder)."""
    return {"phenomenon": phenomenon, "verdict": "approximated", "paths": list(paths), "why": why}


def impossible(phenomenon: str, why: str) -> dict[str, Any]:
    """A phenomenon the model has no place for."""
    return {"phenomenon": phenomenon, "verdict": "impossible", "paths": [], "why": why}

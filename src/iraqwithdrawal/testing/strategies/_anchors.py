"""Spans and what is anchored by them alone: cues and factualities, in a body when one is
given."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import strategies as st

from ...models import Certainty, Factuality, Polarity
from ...models.base import Cue, Span, SpanField
from ._core import builds, ids, texts


@st.composite
def spans(draw: st.DrawFn, body: str | None = None) -> Span:
    """A span; inside ``body`` (with its exact text, or no text) when a body is given."""
    if body is None:
        start = draw(st.integers(0, 10_000))
        end = draw(st.integers(start + 1, start + 500))
        field = draw(st.sampled_from(SpanField))
        media = draw(ids()) if field in (SpanField.CAPTION, SpanField.CREDIT) else None
        return Span(start=start, end=end, field=field, media=media)
    if not body:
        raise ValueError("spans(body) needs a non-empty body")
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    text = draw(st.sampled_from([None, body[start:end]]))
    return Span(start=start, end=end, text=text)


@lru_cache(maxsize=1024)
def spans_in(body: str | None, max_size: int = 2) -> st.SearchStrategy[tuple[Span, ...]]:
    if body == "":
        return st.just(())
    return st.lists(spans(body), max_size=max_size).map(tuple)


@lru_cache(maxsize=1024)
def cues(body: str | None = None) -> st.SearchStrategy[Cue]:
    return builds(Cue, text=texts(max_size=20), spans=spans_in(body, 1))


@lru_cache(maxsize=1024)
def factualities_in(body: str | None = None) -> st.SearchStrategy[Factuality]:
    """Factualities whose hedges are anchored in ``body`` (anywhere, without one)."""
    return builds(
        Factuality,
        certainty=st.sampled_from(Certainty),
        polarity=st.sampled_from(Polarity),
        hedges=st.lists(cues(body), max_size=2).map(tuple),
    )

"""The marked-text way in: every bundled example and any valid article written as marked
text and read back unchanged, errors at the line and column of the markup."""

from __future__ import annotations

import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.markup import read_markup, to_markup
from iraqwithdrawal.testing import articles

from ._paths import DATA


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_round_trips_through_markup(name: str) -> None:
    article = example(name)
    assert read_markup(to_markup(article)) == article


def test_a_stored_markup_file_gives_the_bundled_example() -> None:
    text = (DATA / "markup" / "agency-post-ru.iwm").read_text(encoding="utf-8")
    assert "[" in text.split("\n---\n")[0]  # the anchors are marks in the text
    assert read_markup(text) == example("agency-post-ru")


@given(articles())
def test_any_valid_article_round_trips(article: iw.Article) -> None:
    assert read_markup(to_markup(article)) == article


def test_marks_become_mentions_triggers_cues_and_quotes() -> None:
    text = (
        "headline: [Iraq]{iraq} talks\n\n"
        '"[We are leaving]{q1}," [the minister]{minister form=description} '
        "[said]{q1.attribution.cue} after [talks]{ev-talks} in [Baghdad]{iraq metonym}.\n---\n"
        '{"id": "r", "language": "en",'
        ' "entities": [{"type": "person", "id": "minister", "description": "the minister"},'
        ' {"type": "place", "id": "iraq", "name": "Iraq", "kind": "country"}],'
        ' "quotes": [{"id": "q1", "attribution": {"source": "minister", "mode": "direct"}}],'
        ' "events": [{"id": "ev-talks", "event_type": "negotiation"}]}\n'
    )
    article = read_markup(text)
    assert iw.validate(article) == []
    assert article.quotes[0].text == "We are leaving"
    said = article.body.index("said")
    assert article.quotes[0].attribution.cue == iw.Cue(
        text="said", spans=[iw.Span(start=said, end=said + 4)]
    )
    iraq = article.entity("iraq")
    assert iraq.mentions[0].span.field is iw.SpanField.HEADLINE
    assert iraq.mentions[1].form is iw.MentionForm.METONYM
    talks = article.body.index("talks")
    assert article.event("ev-talks").trigger == iw.Cue(
        text="talks", spans=[iw.Span(start=talks, end=talks + 5)]
    )


def test_errors_name_the_line_and_column() -> None:
    text = 'headline: h\n\nFirst line.\nSecond [line]{nobody} and [more.\n---\n{"id": "r"}\n'
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(text)
    found = {(p.code, p.path) for p in caught.value.problems}
    assert ("markup_syntax", "line 4, column 27") in found  # the '[' never closed
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(text.replace(" and [more.", " and more."))
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("markup_target", "line 4, column 8")
    ]

"""The marked-text way in: every bundled example and any valid article written as marked
text and read back unchanged, errors at the line and column of the markup."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.markup import read_markup, to_markup
from iraqwithdrawal.markup._syntax import read_value, written
from iraqwithdrawal.markup._write import WIDTH
from iraqwithdrawal.testing import articles

from ._paths import DATA


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_round_trips_through_markup(name: str) -> None:
    article = example(name)
    assert read_markup(to_markup(article)) == article


def test_a_hand_written_markup_gives_the_bundled_example() -> None:
    # agency-post-ru.iwm was written by hand (its builder version is 67 lines of Python).
    text = (DATA / "markup" / "agency-post-ru.iwm").read_text(encoding="utf-8")
    assert "[" in text.split("\n---\n")[0]  # the anchors are marks in the text
    assert read_markup(text) == example("agency-post-ru")


def test_crlf_line_ends_and_carriage_returns_of_the_report() -> None:
    text = (DATA / "markup" / "agency-post-ru.iwm").read_text(encoding="utf-8")
    windows = "\ufeff" + text.replace("\n", "\r\n")
    assert read_markup(windows) == example("agency-post-ru")
    article = iw.Article(id="r", headline="a\r\nb", body="one\r\ntwo\r", language="en")
    written = to_markup(article)
    assert "\r" not in written and read_markup(written) == article


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


_TROOPS = (
    "headline: Troops to leave [Syria]{syria}\n\n"
    "[About 900]{ev-1.quantities counted=troops amount.value=900 amount.qualifier=about}"
    " troops will [leave]{ev-1} [Syria]{syria} [by May]{ev-1.time relation=by date=XXXX-05},"
    " [the ministry]{ministry form=description} [said]{ev-1.attributions[0].cue}.\n"
    "---\n"
    "$ id=r-1 language=en published=2025-03-14\n"
    '@ministry organization name="Ministry of Defence" kind=ministry\n'
    "@syria place name=Syria kind=country\n"
    "@ev-1 event event_type=withdrawal status=planned locations=[syria]\n"
    '  attributions=[{"source": "ministry"}]\n'
)


def test_marks_set_fields_and_add_objects_by_their_words() -> None:
    article = read_markup(_TROOPS)
    assert iw.validate(article) == []
    event = article.event("ev-1")
    (quantity,) = event.quantities
    assert quantity.amount == iw.Amount(value=900, qualifier=iw.QuantityQualifier.ABOUT)
    assert quantity.text == "About 900" and quantity.spans[0].start == 0
    assert event.time is not None and event.time.date == iw.PartialDate(month=5)
    assert event.time.relation is iw.TimeRelation.BY
    assert event.time.text == "by May" and event.locations == ("syria",)
    assert event.attributions[0].cue is not None and event.attributions[0].cue.text == "said"
    assert article.published == iw.PartialDate(year=2025, month=3, day=14)
    assert read_markup(to_markup(article)) == article


def test_model_errors_name_the_line_of_the_declaration_or_the_mark() -> None:
    bad_kind = _TROOPS.replace("kind=country", "kind=planet")
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(bad_kind)
    (problem,) = caught.value.problems
    assert problem.path.startswith("line 7, column 1 ($.entities[1].kind")
    bad_form = _TROOPS.replace("form=description", "form=nickname")
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(bad_form)
    (problem,) = caught.value.problems
    line, column = 3, _TROOPS.split("\n")[2].index("[the ministry]") + 1
    assert problem.path.startswith(f"line {line}, column {column} ($.entities[0].mentions[0]")


_PIECES = st.sampled_from(
    [
        "[",
        "]",
        "{",
        "}",
        "\\",
        "|",
        "\n",
        "---",
        "\n---\n",
        " ",
        "x",
        "=",
        "ev-1",
        "$",
        ".",
        "[0]",
        "@",
        "@ev-1 event",
        "headline: ",
        "span-text: yes",
        '"',
        "{}",
        "[]",
        "1",
        "#",
        "ب",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_is_an_article_or_problems_with_places(text: str) -> None:
    try:
        read_markup(
            "headline: h\n\n" + text + "\n---\n$ id=r language=en\n@ev-1 event "
            "event_type=withdrawal\n"
        )
    except iw.ValidationError as error:
        assert error.problems and all(p.path for p in error.problems)


# Authoring without friction: what writing the coverage corpus in marked text asked for.

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(_JSON)
def test_a_value_written_without_quotes_reads_back_the_same(value: object) -> None:
    text = written(value)
    assert read_value(text, 0) == (value, len(text))
    assert read_value(json.dumps(value), 0) == (value, len(json.dumps(value)))  # JSON too


def test_words_need_no_quotes_in_lists_and_objects() -> None:
    text = '{entity: iraq, role: agent, "a key": [x y, 2], n: null, s: "2024"}'
    assert read_value(text, 0) == (
        {"entity": "iraq", "role": "agent", "a key": ["x", "y", 2], "n": None, "s": "2024"},
        len(text),
    )
    assert written({"entity": "iraq", "role": "agent"}) == "{entity: iraq, role: agent}"
    assert written(["2024", "a b", "true"]) == '["2024", "a b", "true"]'


def test_comments_before_the_text_and_among_the_declarations_are_left_out() -> None:
    commented = "# What this report is: invented for the tests.\n#\n" + _TROOPS.replace(
        "@syria place", "# the places\n@syria place"
    )
    article = read_markup(commented)
    assert article == read_markup(_TROOPS)
    assert "#" not in article.body and "invented" not in iw.to_json(article)
    # A '#' line of the body is the report's own text.
    body = read_markup(_TROOPS.replace("\n\n[About", "\n\n# Headline\n[About"))
    assert body.body.startswith("# Headline\nAbout 900")


def test_a_declaration_goes_on_over_indented_lines() -> None:
    spread = _TROOPS.replace(
        '  attributions=[{"source": "ministry"}]\n',
        "  attributions=[\n    {source: ministry\n     mode: paraphrase}\n  ]\n",
    )
    article = read_markup(spread)
    assert article.event("ev-1").attributions[0].mode is iw.AttributionMode.PARAPHRASE
    assert article.event("ev-1").locations == ("syria",)
    # A problem on a continuation line is named at its own line and column.
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(spread.replace("     mode: paraphrase}", "     mode paraphrase}"))
    (problem,) = caught.value.problems
    assert problem.code == "markup_syntax"
    line = spread.split("\n").index("     mode: paraphrase}") + 1
    assert problem.path == f"line {line}, column 11"  # where a ':' was expected


def test_a_backslash_at_the_end_of_a_line_joins_it_to_the_next() -> None:
    joined = _TROOPS.replace(" troops will [leave]", " troops \\\nwill [leave]")
    assert joined != _TROOPS
    article = read_markup(joined)
    assert "troops will leave" in article.body
    assert article.event("ev-1").trigger.spans[0].text is None
    leave = article.body.index("leave")
    assert article.event("ev-1").trigger.spans[0].start == leave
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(joined.replace("[leave]{ev-1}", "[leave]{ev-9}"))
    assert [p.path for p in caught.value.problems] == ["line 4, column 6"]


def test_a_mark_may_give_a_single_span_and_name_its_place_in_a_list() -> None:
    text = (
        "headline: h\ndateline: [Baghdad]{iraq.mentions[1]}\n\n"
        "In [2003]{ev-1.time.anchor_span}: [20 March]{ev-1.time}, [Iraq]{iraq.mentions[0]} "
        "[was invaded]{ev-1}.\n---\n$ id=r language=en dateline.places=[iraq]\n"
        "@iraq place name=Iraq kind=country\n"
        "@ev-1 event event_type=deployment time.date=XXXX-03-20 time.inferred=2003-03-20\n"
        '  time.inference="the year heading"\n'
    )
    article = read_markup(text)
    iraq = article.entity("iraq")
    assert [m.span.field for m in iraq.mentions] == [iw.SpanField.BODY, iw.SpanField.DATELINE]
    anchor = article.event("ev-1").time.anchor_span
    assert anchor is not None and article.body[anchor.start : anchor.end] == "2003"
    assert read_markup(to_markup(article)) == article
    # The writer names the places of a list out of the text's order.
    assert "{iraq.mentions[1]}" in to_markup(article)
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(text.replace("[Iraq]{iraq.mentions[0]}", "Iraq"))
    (problem,) = caught.value.problems
    assert problem.code == "markup_target" and problem.path == "line 2, column 11"


def test_the_writer_keeps_lines_short() -> None:
    article = example("agency-post-ru")
    long_body = attrs.evolve(article, body=article.body + " " + " ".join(["word"] * 80))
    for each in (article, long_body):
        written_text = to_markup(each)
        assert read_markup(written_text) == each
        body, declarations = written_text.split("\n---\n")
        assert max(len(line) for line in body.split("\n")[2:]) <= 2 * WIDTH
        assert all(len(line) <= 2 * WIDTH for line in declarations.split("\n"))
    assert "\\\n" in to_markup(long_body)


def test_a_mark_may_name_a_nested_object_by_its_id() -> None:
    text = (
        "headline: h\n\n[13 for]{vote.parts[0]} and [2 against]{vote.parts[1]}: "
        "[the vote]{ev-1} [13-2]{vote}.\n---\n$ id=r language=en\n"
        "@ev-1 event event_type=resolution\n"
        "  quantities=[{id: vote, counted: votes, parts: [\n"
        "    {label: for, amount: {value: 13}}\n"
        "    {label: against, amount: {value: 2}}\n"
        "  ]}]\n"
    )
    article = read_markup(text)
    (vote,) = article.event("ev-1").quantities
    assert vote.text == "13-2" and vote.parts[0].text == "13 for"
    written_text = to_markup(article)
    assert "{vote.parts[1]}" in written_text and "{ev-1}" in written_text
    assert read_markup(written_text) == article
    with pytest.raises(iw.ValidationError) as caught:
        read_markup(text.replace("{vote}", "{votes}"))
    assert [p.code for p in caught.value.problems] == ["markup_target"]

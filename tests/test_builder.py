"""The builder's finds: other texts than the body, given spans, three-part finds, credits of
items not added yet, Arabic and Persian words, nested objects given as mappings."""

from __future__ import annotations

import itertools

import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.builder import ArticleBuilder
from iraqwithdrawal.text import splits_character


def _builder(body: str, **texts: str) -> ArticleBuilder:
    return ArticleBuilder(headline=texts.pop("headline", "Talks"), body=body, **texts)


def test_mention_cue_and_time_find_words_in_other_texts() -> None:
    b = _builder("The talks went on.", headline="Talks end on 7 September, Iraq says")
    when = b.time("7 September", field="headline", date=iw.PartialDate(month=9, day=7))
    assert when.spans[0].field is iw.SpanField.HEADLINE and when.spans[0].start == 13
    said = b.cue("says", field="headline")
    assert said.spans[0].field is iw.SpanField.HEADLINE
    iraq = b.mention("Iraq", field="headline")
    assert iraq.span.select("Talks end on 7 September, Iraq says") == "Iraq"


def test_given_spans_are_used_and_nothing_is_searched() -> None:
    b = _builder("Nothing here.", headline="Deadline is 7 September")
    given = b.span("7 September", field="headline")
    # "7 September" is not in the body: a default span must not be computed.
    when = b.time("7 September", spans=[given], date=iw.PartialDate(month=9, day=7))
    assert when.spans == (given,)
    assert b.cue("7 September", spans=[given]).spans == (given,)
    assert b.mention("7 September", span=given).span == given


def test_three_part_finds_in_mentions_spans_and_cues() -> None:
    b = _builder("Iraq and Iraq and Iraq.")
    iraq = b.new(iw.Place, name="Iraq", kind=iw.PlaceKind.COUNTRY, mentions=[("Iraq", 1, "and")])
    assert iraq.mentions[0].span.start == 9
    event = b.new(iw.Event, event_type="withdrawal", trigger=("Iraq", 2, "and"), spans=("Iraq", 1))
    assert event.trigger is not None and event.trigger.spans[0].start == 18
    assert event.spans[0].start == 0
    with pytest.raises(TypeError, match="occurrence"):
        b.make(iw.Place, name="Iraq", kind=iw.PlaceKind.COUNTRY, mentions=[("Iraq", "two")])


def test_a_credit_can_be_searched_before_its_item_is_added() -> None:
    b = _builder("US soldiers at a base.")
    photo = b.make(
        iw.MediaItem, id="photo-1", kind=iw.MediaKind.PHOTO, credit="Photo: Sara Haddad/Reuters"
    )
    haddad = b.new(
        iw.Person,
        name="Sara Haddad",
        mentions=[b.mention("Sara Haddad", field="credit", media=photo)],
    )
    by_id = b.span("Reuters", field="credit", media="photo-1")
    assert by_id.start == 19 and by_id.media == "photo-1"
    b.add(
        iw.MediaItem(
            id="photo-1",
            kind=iw.MediaKind.PHOTO,
            credit="Photo: Sara Haddad/Reuters",
            creator=haddad.id,
        )
    )
    assert iw.validate(b.build()) == []


def test_arabic_prefixes_and_diacritics() -> None:
    body = "قال الوزير بواشنطن إن والعراقَ سيوقع مع العراقٍ اليوم."
    b = _builder(body, headline="خبر")
    washington = b.span("واشنطن")
    assert body[washington.start - 1] == "ب" and washington.text == "واشنطن"
    iraq = b.span("العراق")
    assert iraq.text == "العراقَ"  # the fatha after the last letter is inside the span
    assert not splits_character(body, iraq.end)
    second = b.span("العراق", 2)
    assert second.text == "العراقٍ" and not splits_character(body, second.end)
    b.new(iw.Place, name="Iraq", kind=iw.PlaceKind.COUNTRY, mentions=["العراق", ("العراق", 2)])
    article = b.build(language="ar")
    assert [p for p in iw.validate(article) if p.code == "span_splits_character"] == []


def test_the_attached_arabic_article_and_its_joined_prefixes() -> None:
    body = "قال الوزير إن والوزير بالعراق ووزيرها عراقية"
    b = _builder(body, headline="خبر")
    # "وزير" is found after the article ال and after و + ال; the span is the word itself.
    assert [b.span("وزير", n).start for n in (1, 2)] == [6, 17]
    assert b.span("الوزير").text == "الوزير" and b.span("الوزير", 2).start == 15
    assert b.span("عراق").text == "عراق" and body[b.span("عراق").start - 3 :][:3] == "بال"
    with pytest.raises(LookupError):
        b.span("وزير", 3)  # ووزيرها has an attached pronoun: not the bare word
    with pytest.raises(LookupError):
        b.span("عراق", 2)  # nor is عراقية the word عراق


def test_words_with_particles_and_in_scripts_without_spaces() -> None:
    b = _builder("이라크 정부는 이라크에서 철수한다고 말했다. 美国总统说イラク政府は", headline="h")
    assert b.span("정부").text == "정부" and b.span("이라크", 2).start == 8
    assert b.span("美国").text == "美国" and b.span("イラク").text == "イラク"
    with pytest.raises(LookupError):
        b.span("이라")  # not a word of its own


def test_a_zero_width_non_joiner_does_not_end_a_word() -> None:
    body = "رضایی‌فر و رضایی آمدند"
    b = _builder(body, headline="خبر")
    found = b.span("رضایی")
    assert found.start == body.index(" رضایی ") + 1  # not the half of رضایی‌فر
    assert b.span("رضایی‌فر").start == 0
    with pytest.raises(LookupError):
        b.span("رضایی", 2)
    # A span that ends at the joiner cuts a character; validation says so.
    article = iw.Article(
        id="a",
        headline="h",
        language="fa",
        body=body,
        entities=[
            iw.Person(id="p", name="رضایی", mentions=[iw.Mention(span=iw.Span(start=0, end=5))])
        ],
    )
    assert [p.code for p in iw.validate(article)] == ["span_splits_character"]


def test_nested_objects_are_given_as_mappings_with_objects_for_ids() -> None:
    b = _builder("The minister of the ministry said it.")
    ministry = b.new(iw.Organization, name="Ministry", kind=iw.OrganizationKind.MINISTRY)
    minister = b.new(
        iw.Person,
        name="Minister",
        roles=[{"title": "minister", "organization": ministry, "spans": "The minister"}],
    )
    assert minister.roles[0].organization == ministry.id
    assert minister.roles[0].spans[0].start == 0
    b.new(
        iw.Quote,
        text="it",
        spans="it",
        attribution={
            "source": minister,
            "cue": "said",
            "recipient": ministry,
            "relay": [{"via": ministry, "cue": "of the ministry"}],
        },
    )
    quote = b.build().quotes[0]
    assert quote.attribution.source == minister.id
    assert quote.attribution.relay[0].via == ministry.id


# -- UAX #29, judged by the regex package (\X and its default word boundaries) --------------

regex = pytest.importorskip("regex", reason="the regex package judges the UAX #29 boundaries")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from iraqwithdrawal.text import grapheme_boundaries, word_boundaries  # noqa: E402

# Letters of several scripts, digits, the punctuation the word rules name, spaces and line
# ends, combining marks (Arabic tanween and kasra, Latin acute, a Devanagari spacing mark),
# the joiners, a tatweel, emoji with a modifier and a variation selector, regional
# indicators, Hangul jamo and a syllable, a prepended concatenation mark: all assigned in the
# Unicode version of both this Python and regex.
_LETTERS = "abZ1\u0627\u0644\u0628\u0640\u05d0\u05d1\u0e01\u4e00\u30a2\u3042\u0663\u00e9"
# The letters above that UAX #29 lets a word hold (ALetter, Hebrew_Letter).
_WORD_LETTERS = "abZ\u00e9\u0627\u0644\u0628\u0640\u05d0\u05d1"
_MARKS = "\u0301\u064b\u0650\u0903\u200c\u200d\ufe0f\U0001f3fd"
_OTHER = " '.,:;-_\"\r\n\t\u00a0\u2019\u00ad\u0600\U0001f600\u2764\u1100\u1161\u11a8\uac00"
_FLAGS = "\U0001f1ee\U0001f1f6"


@given(st.text(alphabet=_LETTERS + _MARKS + _OTHER + _FLAGS, max_size=12))
def test_grapheme_boundaries_agree_with_regex(text: str) -> None:
    judge = [m.start() for m in regex.finditer(r"\X", text)] + [len(text)]
    assert grapheme_boundaries(text) == (judge if text else [0])
    for i in range(1, len(text)):
        assert splits_character(text, i) == (i not in judge)


def _word_text() -> st.SearchStrategy[str]:
    # regex departs from UAX #29 in four places, left out here: it does not skip marks and
    # format characters (WB4) around the middle punctuation of WB6, WB7, WB11 and WB12, it
    # joins a leading mark to what follows, it does not break after a lone regional
    # indicator, and it joins an apostrophe to a vowel after it when no letter comes before
    # it ("1'a", "l'été" after a colon: an elision rule of its own).
    mids, ignored = "'.:,;\u2019\"", _MARKS + "\u00ad"
    return (
        st.text(alphabet=_LETTERS + _MARKS + _OTHER, max_size=12)
        .filter(
            lambda t: (
                not any(
                    (a in mids and b in ignored) or (a in ignored and b in mids)
                    for a, b in itertools.pairwise(t)
                )
            )
        )
        .map(lambda t: "a" + t)
        .filter(
            lambda t: (
                not any(
                    b in "'\u2019" and c in "a\u00e9" and a not in _WORD_LETTERS
                    for a, b, c in zip(t, t[1:], t[2:], strict=False)
                )
            )
        )
    )


@given(_word_text())
def test_word_boundaries_agree_with_regex(text: str) -> None:
    judge = {m.start() for m in regex.finditer(r"(?w)\b", text)} | {0, len(text)}
    assert [i for i, b in enumerate(word_boundaries(text)) if b] == sorted(judge)

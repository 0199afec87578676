"""The language-tag memo: answers kept for repeated tags are the answers worked out afresh,
and no input makes it grow without bound (``models._language``)."""

from __future__ import annotations

import pytest

from iraqwithdrawal.models import _language as lang

TAGS = [
    "en",
    "EN-us",
    "zh-hant-tw",
    "sgn-BE-FR",
    "x-private",
    "de-1996-1996",  # a variant given twice
    "zz",  # not ISO 639-1
    "en-",
    "",
    "i-KLINGON",
    "en-a-bbb-a-ccc",  # a singleton given twice
    "a" * 65,  # longer than the memo keeps
]


@pytest.mark.parametrize("tag", TAGS)
def test_memo_answers_as_the_work_does(tag: str) -> None:
    for _ in range(2):  # the second time from the memo, where it was kept
        assert lang.is_language_tag(tag) == (
            lang._TAG_RE.fullmatch(tag) is not None and lang._no_repeats(tag.split("-"))
        )
        assert lang.normalise_language_tag(tag) == lang._normalised(tag)
    assert ("a" * 65) not in lang._NORMAL and ("a" * 65) not in lang._WELL_FORMED


def test_memo_is_bounded_and_keeps_exact_strings_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lang, "_NORMAL", {})
    monkeypatch.setattr(lang, "_WELL_FORMED", {})
    monkeypatch.setattr(lang, "_MEMO_SIZE", 3)

    class Text(str):
        pass

    lang.normalise_language_tag(Text("EN-GB"))
    assert not lang._NORMAL and not lang._WELL_FORMED
    for tag in ("en", "fr", "de", "es", "it"):
        assert lang.normalise_language_tag(tag.upper()) == tag
    assert len(lang._NORMAL) == 3 and len(lang._WELL_FORMED) == 3
    assert lang.normalise_language_tag("IT") == "it"  # past the bound: worked out again

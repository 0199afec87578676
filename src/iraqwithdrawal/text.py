"""Offsets into the article's texts: code points (what spans count), UTF-16 code units (what
JavaScript strings and the DOM count), and whether an offset would split a character as a
reader sees it (an emoji flag, a letter and its combining accent).

Spans count Unicode code points, so a character outside the Basic Multilingual Plane (most
emoji) is one position here and two in JavaScript. :func:`utf16_span` converts.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache, lru_cache

from .models.base import Span

__all__ = [
    "find_words",
    "from_utf16",
    "grapheme_boundaries",
    "splits_character",
    "to_utf16",
    "utf16_span",
    "word_boundaries",
]

_ZWJ = "\u200d"
_ZWNJ = "\u200c"


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 offset of code-point offset ``index`` in ``text``."""
    if not 0 <= index <= len(text):
        raise IndexError(f"offset {index} is outside a text of {len(text)} characters")
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """The code-point offset of UTF-16 offset ``offset`` in ``text``; a ``ValueError`` if it
    falls between the two halves of a surrogate pair."""
    units = 0
    for i, ch in enumerate(text):
        if units == offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside the character at {i}")
    if units == offset:
        return len(text)
    raise IndexError(f"UTF-16 offset {offset} is outside a text of {units} code units")


def utf16_span(text: str, span: Span) -> tuple[int, int]:
    """``span``'s start and end in UTF-16 code units of ``text`` (the text it counts in)."""
    return to_utf16(text, span.start), to_utf16(text, span.end)


# -- UAX #29: grapheme cluster and word boundaries ------------------------------------------
#
# The subset of the Unicode Text Segmentation rules that needs only ``unicodedata``: the
# character classes are worked out from the general category and a few code-point ranges
# (Unicode does not ship the break properties with Python). Prepend characters (GB9b) and the
# Indic conjunct rule (GB9c) are not modelled.

_PREPENDED_CONCATENATION = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u08e2")


def _pictographic(code: int) -> bool:
    """Extended_Pictographic, by its main blocks."""
    return (
        (
            0x1F000 <= code <= 0x1FAFF
            or 0x2600 <= code <= 0x27BF
            or 0x2300 <= code <= 0x23FF
            or 0x2B00 <= code <= 0x2BFF
            or 0x1FC00 <= code <= 0x1FFFD
            or code in (0xA9, 0xAE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)
        )
        and not 0x1F1E6 <= code <= 0x1F1FF
        and not 0x1F3FB <= code <= 0x1F3FF
    )


def _hangul(code: int) -> str:
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


@lru_cache(maxsize=4096)
def _gcb(ch: str) -> str:
    """The Grapheme_Cluster_Break class of ``ch``."""
    code = ord(ch)
    if ch == "\r":
        return "CR"
    if ch == "\n":
        return "LF"
    if ch == _ZWJ:
        return "ZWJ"
    if 0x1F1E6 <= code <= 0x1F1FF:
        return "RI"
    cat = unicodedata.category(ch)
    if (
        cat in ("Mn", "Me")
        or ch == _ZWNJ
        or 0x1F3FB <= code <= 0x1F3FF  # emoji modifiers
        or 0xE0020 <= code <= 0xE007F  # tags
        or code in (0xFF9E, 0xFF9F)
    ):
        return "Extend"
    if cat == "Mc" or code in (0x0E33, 0x0EB3):
        return "SpacingMark"
    if ch in _PREPENDED_CONCATENATION:
        return "Prepend"
    if cat in ("Cc", "Zl", "Zp", "Cs") or (cat == "Cf" and code not in (0x200C, 0x200D)):
        return "Control"
    hangul = _hangul(code)
    if hangul:
        return hangul
    return "Pict" if _pictographic(code) else "Other"


def grapheme_boundaries(text: str) -> list[int]:
    """The offsets where ``text`` may be cut without splitting a user-perceived character
    (UAX #29 extended grapheme clusters), ``0`` and ``len(text)`` included."""
    if not text:
        return [0]
    out = [0]
    classes = [_gcb(ch) for ch in text]
    regional = 0  # regional indicators in a row before the current position
    pict_run = False  # an Extended_Pictographic followed only by Extend so far
    for i in range(1, len(text)):
        before, after = classes[i - 1], classes[i]
        regional = regional + 1 if before == "RI" else 0
        if before == "Pict":
            pict_run = True
        elif before not in ("Extend", "ZWJ"):
            pict_run = False
        if _gcb_joins(before, after, regional, pict_run):
            continue
        out.append(i)
    out.append(len(text))
    return out


def _gcb_joins(before: str, after: str, regional: int, pict_run: bool) -> bool:
    if before == "CR" and after == "LF":
        return True  # GB3
    if before in ("Control", "CR", "LF") or after in ("Control", "CR", "LF"):
        return False  # GB4, GB5
    if before == "L" and after in ("L", "V", "LV", "LVT"):
        return True  # GB6
    if before in ("LV", "V") and after in ("V", "T"):
        return True  # GB7
    if before in ("LVT", "T") and after == "T":
        return True  # GB8
    if after in ("Extend", "ZWJ", "SpacingMark") or before == "Prepend":
        return True  # GB9, GB9a, GB9b
    if before == "ZWJ" and after == "Pict" and pict_run:
        return True  # GB11
    return before == "RI" and after == "RI" and regional % 2 == 1  # GB12, GB13


@cache  # at most one entry per pair of the classes _gcb gives
def _never_joined(before: str, after: str) -> bool:
    """Whether there is a boundary between these two classes whatever comes before them (no
    rule of :func:`_gcb_joins` joins them in any context): most pairs of letters of most
    scripts, settled without looking further."""
    return not any(
        _gcb_joins(before, after, regional, pict_run)
        for regional in (0, 1)
        for pict_run in (False, True)
    )


def splits_character(text: str, index: int) -> bool:
    """Whether a span boundary at ``index`` would cut a user-perceived character in two
    (UAX #29): before a combining mark, a zero-width joiner or non-joiner, a variation
    selector or a skin-tone modifier, inside an emoji sequence or a regional-indicator flag,
    between CR and LF, or inside a Hangul syllable written in jamo."""
    if not 0 < index < len(text):
        return False
    if _never_joined(_gcb(text[index - 1]), _gcb(text[index])):
        return False
    lo = index - 1
    while lo > 0 and _gcb(text[lo]) in ("Extend", "ZWJ", "SpacingMark", "RI", "Pict"):
        lo -= 1  # back to a character a cluster can start with
    hi = index + 1
    while hi < len(text) and _gcb(text[hi]) in ("Extend", "ZWJ", "SpacingMark", "RI", "Pict"):
        hi += 1
    return index - lo not in grapheme_boundaries(text[lo:hi])


# Word_Break classes (UAX #29 section 4.1), from categories and script ranges.
_NO_WORD_SCRIPTS = (
    (0x0E00, 0x0EFF),  # Thai, Lao: complex context
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),
    (0x1A20, 0x1AAF),  # Tai Tham
    (0xAA60, 0xAADF),  # Myanmar Extended-A, Tai Viet
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),
    (0x3021, 0x3029),
    (0x3038, 0x303B),
    (0x3040, 0x309F),  # Hiragana
    (0x3400, 0x4DBF),  # CJK
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)
_MID_LETTER = frozenset(":\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a")
_MID_NUM_LET = frozenset(".\u2018\u2019\u2024\ufe52\uff07\uff0e")
_MID_NUM = frozenset(
    ",;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b"
)


@lru_cache(maxsize=4096)
def _wb(ch: str) -> str:
    """The Word_Break class of ``ch``."""
    code = ord(ch)
    if ch in "\r\n":
        return "CR" if ch == "\r" else "LF"
    if ch in "\x0b\x0c\x85\u2028\u2029":
        return "Newline"
    if ch == _ZWJ:
        return "ZWJ"
    if 0x1F1E6 <= code <= 0x1F1FF:
        return "RI"
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Mc") or ch == _ZWNJ or 0x1F3FB <= code <= 0x1F3FF:
        return "Extend"
    if ch in _PREPENDED_CONCATENATION:
        return "Numeric"
    if cat == "Cf":
        return "Format"
    if 0x30A0 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "Katakana" if code != 0x30FB else "Other"
    if 0x05D0 <= code <= 0x05F2 or 0xFB1D <= code <= 0xFB4F:
        if cat == "Lo":
            return "Hebrew"
    if ch == "'":
        return "Single_Quote"
    if ch == '"':
        return "Double_Quote"
    if ch in _MID_NUM_LET:
        return "MidNumLet"
    if ch in _MID_LETTER:
        return "MidLetter"
    if ch in _MID_NUM:
        return "MidNum"
    if cat == "Nd":
        return "Numeric"
    if cat == "Pc":
        return "ExtendNumLet"
    if cat == "Zs" and ch != "\u00a0" and ch != "\u202f" and ch != "\u2007":
        return "WSegSpace"
    if cat[0] == "L" or cat == "Nl" or ch in "\u02c2\u02c3\u02c4\u02c5\u05f3":
        if any(lo <= code <= hi for lo, hi in _NO_WORD_SCRIPTS):
            return "Other"
        return "ALetter"
    return "Pict" if _pictographic(code) else "Other"


_IGNORED = ("Extend", "Format", "ZWJ")
_AH = ("ALetter", "Hebrew")
_MID_LETTERISH = ("MidLetter", "MidNumLet", "Single_Quote")
_MID_NUMISH = ("MidNum", "MidNumLet", "Single_Quote")


def word_boundaries(text: str) -> list[bool]:
    """For each offset ``0 .. len(text)``, whether UAX #29 puts a word boundary there (the
    default word boundaries: a word may hold letters, digits, "can't", "3.5", and marks and
    joiners never split one)."""
    return list(_word_boundaries(text))


@lru_cache(maxsize=64)
def _word_boundaries(text: str) -> tuple[bool, ...]:
    n = len(text)
    classes = [_wb(ch) for ch in text]
    # The class each position counts as under WB4: the last not-ignored class at or before it.
    eff: list[str] = []
    for i, c in enumerate(classes):
        if c in _IGNORED and i > 0 and classes[i - 1] not in ("CR", "LF", "Newline"):
            eff.append(eff[-1])
        else:
            eff.append(c)
    nxt: list[int] = [n] * (n + 1)  # the next position not ignored under WB4
    for i in range(n - 1, -1, -1):
        nxt[i] = i if classes[i] not in _IGNORED else nxt[i + 1]
    out = [True] * (n + 1)
    for i in range(1, n):
        out[i] = _word_break_at(classes, eff, nxt, i)
    run = 0  # WB15/16: regional indicators pair up from the start of each run
    for i, c in enumerate(classes):
        if c == "RI":
            if run:
                out[i] = run % 2 == 0
            run += 1
        elif c not in _IGNORED:
            run = 0
    return tuple(out)


def _word_break_at(classes: list[str], eff: list[str], nxt: list[int], i: int) -> bool:
    before, after = classes[i - 1], classes[i]
    if before == "CR" and after == "LF":
        return False  # WB3
    if before in ("CR", "LF", "Newline") or after in ("CR", "LF", "Newline"):
        return True  # WB3a, WB3b
    if before == "ZWJ" and after == "Pict":
        return False  # WB3c
    if before == "WSegSpace" and after == "WSegSpace":
        return False  # WB3d
    if after in _IGNORED:
        return False  # WB4
    left = eff[i - 1]
    right = after
    after2 = eff[nxt[i + 1]] if nxt[i + 1] < len(classes) else ""
    before_i = _before_effective(classes, eff, i - 1)
    if left in _AH and right in _AH:
        return False  # WB5
    if left in _AH and right in _MID_LETTERISH and after2 in _AH:
        return False  # WB6
    if before_i in _AH and left in _MID_LETTERISH and right in _AH:
        return False  # WB7
    if left == "Hebrew" and right == "Single_Quote":
        return False  # WB7a
    if left == "Hebrew" and right == "Double_Quote" and after2 == "Hebrew":
        return False  # WB7b
    if before_i == "Hebrew" and left == "Double_Quote" and right == "Hebrew":
        return False  # WB7c
    if left == "Numeric" and right == "Numeric":
        return False  # WB8
    if left in _AH and right == "Numeric":
        return False  # WB9
    if left == "Numeric" and right in _AH:
        return False  # WB10
    if before_i == "Numeric" and left in _MID_NUMISH and right == "Numeric":
        return False  # WB11
    if left == "Numeric" and right in _MID_NUMISH and after2 == "Numeric":
        return False  # WB12
    if left == "Katakana" and right == "Katakana":
        return False  # WB13
    if left in (*_AH, "Numeric", "Katakana", "ExtendNumLet") and right == "ExtendNumLet":
        return False  # WB13a
    if left == "ExtendNumLet" and right in (*_AH, "Numeric", "Katakana"):
        return False  # WB13b
    if left == "RI" and right == "RI":
        return False  # WB15, WB16: settled by the caller, which counts the run
    return True  # WB999


def _before_effective(classes: list[str], eff: list[str], j: int) -> str:
    """The effective class of the not-ignored character before the one that position ``j``
    counts as (WB4 skips extenders)."""
    k = j
    while k > 0 and classes[k] in _IGNORED:
        k -= 1
    k -= 1
    while k >= 0 and classes[k] in _IGNORED:
        k -= 1
    return eff[k] if k >= 0 else ""


# -- finding words -------------------------------------------------------------------------

#: Words written onto the next one: Arabic conjunctions, prepositions and the article ("و",
#: "ف", "ب", "ك", "ل", "ال", "لل", with a tatweel after them), Hebrew prefixes, and an
#: elided article or pronoun ending in an apostrophe ("l'", "d'", "qu'").
_PROCLITIC = re.compile(
    "(?:[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644\u0633])?"
    "|[\u05d5\u05e9]?[\u05d4\u05d1\u05db\u05dc\u05de]?)\u0640?"
    "|\\w{1,3}['\u2019]"
)
_APOSTROPHES = "'\u2019"
#: Korean particles written onto the word before them ("정부는", "이라크에서").
_ENCLITIC = re.compile(
    "(?:\uc740|\ub294|\uc774|\uac00|\uc744|\ub97c|\uc758|\uc5d0|\uc5d0\uc11c|\uc5d0\uac8c"
    "|\uaed8\uc11c|\ub85c|\uc73c\ub85c|\uc640|\uacfc|\ub3c4|\ub9cc|\uae4c\uc9c0|\ubd80\ud130"
    "|\ucc98\ub7fc|\ubcf4\ub2e4|\uc774\ub2e4|\ub77c\uace0|\uc774\ub77c\uace0){1,3}"
)


def _dropped(ch: str) -> bool:
    """Marks a search without them skips in the text: combining marks (Arabic harakat and
    tanween, Hebrew points) and the Arabic tatweel."""
    return unicodedata.category(ch) == "Mn" or ch == "\u0640"


@lru_cache(maxsize=16)
def _skeleton(text: str) -> tuple[tuple[int, ...], str]:
    """``text`` without the marks a search may skip, and where each kept character was."""
    kept = tuple(i for i, ch in enumerate(text) if not _dropped(ch))
    return kept, "".join(text[i] for i in kept)


def find_words(
    text: str, words: str, start: int = 0, limit: int | None = None
) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``words`` in ``text`` at or after ``start``, as
    ``(start, end)`` offsets.

    Whole words follow UAX #29: a zero-width non-joiner or a combining mark does not end a
    word, so "رضایی" is not found inside "رضایی‌فر". The occurrence may begin after an attached
    prefix ("بواشنطن", "والعراق", "l'Irak") and end before an apostrophe ("coalition's"); a
    mark that follows the last letter (a tanween, an accent) belongs to it and is inside the
    span. When ``words`` has no combining marks, those of the text are skipped ("محمد" finds
    "مُحَمَّد"). A Korean word may be followed by its particles ("정부는"). With ``limit``,
    the search stops after that many."""
    if not words:
        return []
    bounds = _word_boundaries(text)
    if any(_dropped(ch) for ch in words):
        kept: tuple[int, ...] = tuple(range(len(text)))
        haystack = text
    else:
        kept, haystack = _skeleton(text)
    out: list[tuple[int, int]] = []
    pos = bisect.bisect_left(kept, start)
    while True:
        k = haystack.find(words, pos)
        if k < 0:
            return out
        pos = k + 1
        s, e = kept[k], kept[k + len(words) - 1] + 1
        while e < len(text) and splits_character(text, e):
            e += 1
        if splits_character(text, s):
            continue
        if not bounds[s]:
            w = s - 1
            while w > 0 and not bounds[w]:
                w -= 1
            if not _PROCLITIC.fullmatch(text[w:s]):
                continue
        if not bounds[e] and text[e] not in _APOSTROPHES:
            w = e + 1
            while w < len(text) and not bounds[w]:
                w += 1
            if not ("\uac00" <= text[e - 1] <= "\ud7a3" and _ENCLITIC.fullmatch(text[e:w])):
                continue
        out.append((s, e))
        if limit is not None and len(out) >= limit:
            return out

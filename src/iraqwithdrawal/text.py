"""Offsets into the article's texts: code points (what spans count), UTF-16 code units (what
JavaScript strings and the DOM count), and whether an offset would split a character as a
reader sees it (an emoji flag, a letter and its combining accent).

Spans count Unicode code points, so a character outside the Basic Multilingual Plane (most
emoji) is one position here and two in JavaScript. :func:`utf16_span` converts.
"""

from __future__ import annotations

import unicodedata

from .models._base import Span

__all__ = ["from_utf16", "splits_character", "to_utf16", "utf16_span"]

_ZWJ = "\u200d"


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


def _extends(ch: str) -> bool:
    """Whether ``ch`` attaches to the character before it."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or ch == _ZWJ
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
        or 0x1160 <= code <= 0x11FF  # Hangul medial vowels and final consonants
    )


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def splits_character(text: str, index: int) -> bool:
    """Whether a span boundary at ``index`` would cut a user-perceived character in two:
    before a combining mark, a variation selector, a skin-tone modifier or a joiner, after
    a zero-width joiner, between CR and LF, or inside a regional-indicator flag pair.

    An approximation of Unicode's extended grapheme clusters (UAX #29) that needs no
    dependency; it covers the cases news text meets."""
    if not 0 < index < len(text):
        return False
    before, after = text[index - 1], text[index]
    if before == "\r" and after == "\n":
        return True
    if _extends(after) or before == _ZWJ:
        return True
    if _regional(before) and _regional(after):
        run = 0
        i = index - 1
        while i >= 0 and _regional(text[i]):
            run += 1
            i -= 1
        return run % 2 == 1
    return False

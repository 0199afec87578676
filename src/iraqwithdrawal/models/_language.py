"""Language tags (BCP 47, RFC 5646): the grammar, read without regard to case, and the case
each subtag is written in (``EN-us`` is ``en-US``, ``ZH-hant`` is ``zh-Hant``).

Two-letter primary subtags must be ISO 639-1 codes (the ones the IANA registry holds), so
``zz`` is refused; three-letter ones are taken on the grammar alone (ISO 639-2/3 has
thousands). A variant or an extension singleton given twice is refused, as the RFC says.
"""

from __future__ import annotations

import re
from collections.abc import Sized

__all__ = ["LANGUAGE_PATTERN", "TWO_LETTER_LANGUAGES", "normalise_language_tag", "is_language_tag"]

# ISO 639-1, as in the IANA language subtag registry (the deprecated in, iw, ji, jw, mo and
# sh included: they are still registered subtags).
_TWO_LETTER = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km "
    "kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na "
    "nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
    "se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw "
    "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
).split()

# The tags RFC 5646 keeps from RFC 3066 that the grammar does not produce.
_GRANDFATHERED = (
    "en-GB-oed i-ami i-bnn i-default i-enochian i-hak i-klingon i-lux i-mingo i-navajo i-pwn "
    "i-tao i-tay i-tsu sgn-BE-FR sgn-BE-NL sgn-CH-DE art-lojban cel-gaulish no-bok no-nyn "
    "zh-guoyu zh-hakka zh-min zh-min-nan zh-xiang"
).split()


def _anycase(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


_A, _N = "[A-Za-z]", "[A-Za-z0-9]"
#: The two-letter primary language subtags (ISO 639-1) a tag may start with.
TWO_LETTER_LANGUAGES: tuple[str, ...] = tuple(_TWO_LETTER)

_LANG = f"(?:(?:{'|'.join(_anycase(w) for w in _TWO_LETTER)})|{_A}{{3}}(?:-{_A}{{3}}){{0,3}})"
_PRIVATE = f"[xX](?:-{_N}{{1,8}})+"
#: The grammar as a regular expression that JSON Schema (ECMA-262) reads as well.
LANGUAGE_PATTERN = (
    f"(?:{_LANG}(?:-{_A}{{4}})?(?:-(?:{_A}{{2}}|[0-9]{{3}}))?"
    f"(?:-(?:{_N}{{5,8}}|[0-9]{_N}{{3}}))*"
    f"(?:-[0-9A-WYZa-wyz](?:-{_N}{{2,8}})+)*(?:-{_PRIVATE})?"
    f"|{_PRIVATE}|{'|'.join(_anycase(t) for t in _GRANDFATHERED)})"
)
_TAG_RE = re.compile(LANGUAGE_PATTERN)


def _no_repeats(subtags: list[str]) -> bool:
    """No variant and no extension singleton is given twice (case aside)."""
    seen_variants: set[str] = set()
    seen_singletons: set[str] = set()
    in_extension = False
    for sub in subtags[1:]:
        low = sub.lower()
        if len(sub) == 1:
            if low == "x":
                return True  # private use: anything may follow
            if low in seen_singletons:
                return False
            seen_singletons.add(low)
            in_extension = True
        elif not in_extension and (len(sub) >= 5 or (len(sub) == 4 and sub[0].isdigit())):
            if low in seen_variants:
                return False
            seen_variants.add(low)
    return True


#: Verdicts and normal forms already worked out: an archive repeats a handful of tags, and
#: every loaded tag is normalised and then checked. Only exact ``str`` values of at most
#: ``_MEMO_LONGEST`` characters are kept, at most ``_MEMO_SIZE`` of each, so that no input
#: can make them grow without bound; both functions depend on the text alone.
_MEMO_SIZE = 4096
_MEMO_LONGEST = 64
_WELL_FORMED: dict[str, bool] = {}
_NORMAL: dict[str, str] = {}


def _memo(value: object, memo: Sized) -> bool:
    """Whether ``value``'s answer may be kept in ``memo``."""
    return type(value) is str and len(value) <= _MEMO_LONGEST and len(memo) < _MEMO_SIZE


def is_language_tag(value: str) -> bool:
    """Whether ``value`` is a well-formed language tag this library accepts, in any case."""
    known = _WELL_FORMED.get(value) if type(value) is str else None
    if known is not None:
        return known
    verdict = _TAG_RE.fullmatch(value) is not None and _no_repeats(value.split("-"))
    if _memo(value, _WELL_FORMED):
        _WELL_FORMED[value] = verdict
    return verdict


def normalise_language_tag(value: str) -> str:
    """``value`` in the case RFC 5646 recommends (language lower, script title, region
    upper, the rest lower), or unchanged when it is not a language tag."""
    known = _NORMAL.get(value) if type(value) is str else None
    if known is not None:
        return known
    normal = _normalised(value)
    if _memo(value, _NORMAL):
        _NORMAL[value] = normal
    return normal


def _normalised(value: str) -> str:
    if not isinstance(value, str) or not is_language_tag(value):
        return value
    out: list[str] = []
    after_singleton = False
    for index, sub in enumerate(value.split("-")):
        if index == 0 or after_singleton or len(sub) == 1:
            out.append(sub.lower())
            after_singleton = after_singleton or (index > 0 and len(sub) == 1)
        elif len(sub) == 4 and sub.isalpha():
            out.append(sub.title())
        elif len(sub) == 2 and sub.isalpha():
            out.append(sub.upper())
        else:
            out.append(sub.lower())
    return "-".join(out)


#: Loaders apply a converter so marked to a value they have type-checked (the result is a
#: value of the same type that reads back to itself).
normalise_language_tag.normaliser = True  # type: ignore[attr-defined]

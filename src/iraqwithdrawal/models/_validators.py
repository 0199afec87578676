"""The rules every model field is checked by: ids, text, IRIs, numbers, language tags and
tuples, each a check that says its code, its JSON Schema keywords and its inline source
(see ``_checks``). Model classes and extensions build their fields from these."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .._kept import SURROGATE as _LONE_SURROGATE
from ..errors import RuleError, preview
from . import _checks as v
from ._checks import rule
from ._language import LANGUAGE_PATTERN, is_language_tag, normalise_language_tag

__all__ = [
    "ANY_TEXT",
    "BLANK",
    "BOOL",
    "ID",
    "ID_MATCH",
    "NOT_BOOL",
    "ID_PATTERN",
    "IRI",
    "IRI_PATTERN",
    "LANGUAGE",
    "NUMBER",
    "OPT_ID",
    "OPT_IRI",
    "OPT_NUMBER",
    "OPT_TEXT",
    "TEXT",
    "Validator",
    "language_field",
    "to_tuple",
    "tuple_of",
]

#: Ids: a letter, then letters, digits and ``_ . : -``; at most 128 characters.
ID_PATTERN = r"[A-Za-z][A-Za-z0-9_.:\-]{0,127}"
_ID_RE = re.compile(ID_PATTERN)
#: Whether a text is an id (the generated loaders call it inline).
ID_MATCH = _ID_RE.fullmatch

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


#: What counts as blank, in the loaders and in the JSON Schema alike: every character
#: Python's ``str.isspace`` knows, and U+FEFF, which ECMA-262's ``\s`` (JSON Schema
#: patterns) counts as space too.
BLANK = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff"
_NOT_BLANK = "[^" + "".join(f"\\u{ord(c):04x}" for c in BLANK) + "]"


@rule(
    code="empty_text",
    schema={"pattern": _NOT_BLANK},
    inline="if not {v}.strip(_BLANK): raise _Refused",
    helpers={"_BLANK": BLANK},
)
def _nonblank(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if not value.strip(BLANK):
        raise RuleError("empty_text", f"'{attr.name}' must not be empty or blank", value)


@rule(
    code="id_syntax",
    schema={"pattern": f"^{ID_PATTERN}$"},
    inline="if _id_match({v}) is None: raise _Refused",
)
def _id_syntax(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if _ID_RE.fullmatch(value) is None:
        raise RuleError(
            "id_syntax",
            f"'{attr.name}' {preview(value)} is not a valid id (a letter, then letters, digits, "
            "'_', '.', ':' or '-'; at most 128 characters)",
            value,
        )


@rule(code="not_finite", inline="if {v}.__class__ is float and not _isfinite({v}): raise _Refused")
def _finite(_inst: Any, attr: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise RuleError("not_finite", f"'{attr.name}' must be a finite number", value)


@rule(code=None, type_only=True)
def _not_bool(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool):
        raise v.wrong_type(inst, attr, "a number", value)


@rule(
    code="lone_surrogate",
    inline="if _surrogate({v}) is not None: raise _Refused",
)
def _no_lone_surrogate(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    # JSON text cannot carry one (both backends refuse it); a Python str can.
    if _LONE_SURROGATE.search(value) is not None:
        raise RuleError(
            "lone_surrogate",
            f"'{attr.name}' holds a lone surrogate, which no UTF-8 can write",
            value,
        )


#: A number that is not a boolean (``True`` is an ``int`` to Python, not to JSON).
NOT_BOOL: Validator = _not_bool
TEXT: Validator = v.and_(v.instance_of(str), _nonblank, _no_lone_surrogate)
OPT_TEXT: Validator = v.optional(TEXT)
#: Text that may be empty or blank (a body), but is still text UTF-8 can write.
ANY_TEXT: Validator = v.and_(v.instance_of(str), _no_lone_surrogate)

# An absolute IRI (RFC 3987): a scheme, ':', then no space, control character or one of
# < > " { } | \ ^ `, '%' only as a percent-encoded octet, '[' and ']' only around an IP
# literal host, and at most one '#'. Non-ASCII letters are allowed, as IRIs allow them.
_IRI_CHAR = r"(?:[^\x00-\x20\x7f-\x9f<>\"{}|\\^`#%\[\]]|%[0-9A-Fa-f]{2})"
_IP_LITERAL = r"\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]"
IRI_PATTERN = (
    rf"[A-Za-z][A-Za-z0-9+.\-]*:(?://(?:{_IRI_CHAR}*@)?{_IP_LITERAL}(?::[0-9]*)?)?"
    rf"{_IRI_CHAR}*(?:#{_IRI_CHAR}*)?"
)
_IRI_RE = re.compile(IRI_PATTERN)


@rule(code="not_iri", schema={"pattern": f"^{IRI_PATTERN}$"})
def _iri(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if _IRI_RE.fullmatch(value) is None:
        raise RuleError(
            "not_iri",
            f"'{attr.name}' {preview(value)} is not an absolute IRI (a scheme such as "
            "'https:', no spaces or control characters, none of < > \" { } | \\ ^ `, '%' only "
            "before two hex digits, brackets only around an IP address, at most one '#')",
            value,
        )


IRI: Validator = v.and_(v.instance_of(str), _iri)
OPT_IRI: Validator = v.optional(IRI)
ID: Validator = v.and_(v.instance_of(str), _id_syntax)
OPT_ID: Validator = v.optional(ID)
BOOL: Validator = v.instance_of(bool)
NUMBER: Validator = v.and_(v.instance_of((int, float)), _not_bool, _finite)
OPT_NUMBER: Validator = v.optional(NUMBER)


@rule(code="language_tag", schema={"pattern": f"^{LANGUAGE_PATTERN}$"})
def _language(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    if not is_language_tag(value):
        raise RuleError(
            "language_tag",
            f"{preview(value)} is not a BCP 47 language tag such as 'en' or 'ar-IQ'",
            value,
        )


LANGUAGE: Validator = v.and_(v.instance_of(str), _language)


def language_field(*, optional: bool = False) -> Any:
    """A language tag field: accepted in any case, held in the case RFC 5646 recommends."""
    if optional:
        return attrs.field(
            default=None, converter=normalise_language_tag, validator=v.optional(LANGUAGE)
        )
    return attrs.field(converter=normalise_language_tag, validator=LANGUAGE)


def tuple_of(member: Validator | type | tuple[type, ...]) -> Validator:
    """Validate a tuple whose every member passes ``member`` (a validator or a type)."""
    check: Validator = v.instance_of(member) if isinstance(member, (type, tuple)) else member
    return v.deep_iterable(member_validator=check, iterable_validator=v.instance_of(tuple))


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept a list (handy for callers) where a tuple is stored; leave anything else as is
    for the validator to judge (a string is not silently split into characters)."""
    if isinstance(value, list):
        return tuple(value)
    return value  # type: ignore[return-value]

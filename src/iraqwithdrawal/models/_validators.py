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
from .._kept import lone_surrogate
from ..errors import RuleError
from . import _checks as v
from ._checks import rule
from ._declared import BLANK, IRI_PATTERN, Iri, LanguageTag, NonBlank, Pattern
from ._language import normalise_language_tag

__all__ = [
    "ANY_TEXT",
    "BLANK",
    "BOOL",
    "ID",
    "ID_MATCH",
    "NOT_BOOL",
    "ID_PATTERN",
    "ID_SYNTAX",
    "IRI",
    "IRI_CHECK",
    "IRI_PATTERN",
    "LANGUAGE",
    "LANGUAGE_CHECK",
    "NON_BLANK",
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


#: Non-blank text (see :data:`BLANK`), as data: the loaders, the schema and the strategies
#: all read this one object.
NON_BLANK = NonBlank()
#: An id, as data.
ID_SYNTAX = Pattern(
    ID_PATTERN,
    code="id_syntax",
    message="'{name}' {preview} is not a valid id (a letter, then letters, digits, "
    "'_', '.', ':' or '-'; at most 128 characters)",
)


@rule(
    code="not_finite",
    inline="if {v}.__class__ is float and not _isfinite({v}): raise _Refused",
    helpers={"_isfinite": math.isfinite},
)
def _finite(_inst: Any, attr: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise RuleError("not_finite", f"'{attr.name}' must be a finite number", value)


@rule(code=None, type_only=True)
def _not_bool(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool):
        raise v.wrong_type(inst, attr, "a number", value)


@rule(
    code="lone_surrogate",
    inline=("if not _isascii({v}) and _lone_surrogate_at({v}) is not None: raise _Refused"),
    helpers={"_isascii": str.isascii, "_lone_surrogate_at": _LONE_SURROGATE.search},
)
def _no_lone_surrogate(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
    # JSON text cannot carry one (both backends refuse it); a Python str can.
    if lone_surrogate(value):
        raise RuleError(
            "lone_surrogate",
            f"'{attr.name}' holds a lone surrogate, which no UTF-8 can write",
            value,
        )


#: A number that is not a boolean (``True`` is an ``int`` to Python, not to JSON).
NOT_BOOL: Validator = _not_bool
TEXT: Validator = v.and_(v.instance_of(str), NON_BLANK, _no_lone_surrogate)
OPT_TEXT: Validator = v.optional(TEXT)
#: Text that may be empty or blank (a body), but is still text UTF-8 can write.
ANY_TEXT: Validator = v.and_(v.instance_of(str), _no_lone_surrogate)

#: An absolute IRI, as data (see :data:`IRI_PATTERN`).
IRI_CHECK = Iri()


IRI: Validator = v.and_(v.instance_of(str), IRI_CHECK)
OPT_IRI: Validator = v.optional(IRI)
ID: Validator = v.and_(v.instance_of(str), ID_SYNTAX)
OPT_ID: Validator = v.optional(ID)
BOOL: Validator = v.instance_of(bool)
NUMBER: Validator = v.and_(v.instance_of((int, float)), _not_bool, _finite)
OPT_NUMBER: Validator = v.optional(NUMBER)


#: A language tag, as data.
LANGUAGE_CHECK = LanguageTag()

LANGUAGE: Validator = v.and_(v.instance_of(str), LANGUAGE_CHECK)


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

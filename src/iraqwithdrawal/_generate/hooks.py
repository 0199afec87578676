"""The strict hooks of the wire format, and what each one is.

Each function here reads or writes one kind of wire value (a strict primitive, an enum, an
EDTF string, an array, an optional value) and words its refusal; the converter installs them
and the loader generator calls them from the detailed variant, so a refusal is worded in one
place. :func:`hook_role` tells the generator what a hook made here does, so that it can emit
the same work inline instead of calling it.
"""

from __future__ import annotations

import enum
import math
import types
import typing
import weakref
from collections.abc import Callable
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, IterableValidationError, IterableValidationNote

from .._compat import structure_hook, unstructure_hook
from .._kept import INT_RANGE
from ..description import is_class
from ..errors import RuleError, preview
from ..models.base import Model, TaggedModel
from ..models.time import Interval, PartialDate

__all__ = [
    "HookRole",
    "claim_enums",
    "enum_value",
    "hook_role",
    "made",
    "noted",
    "root_name",
    "structure_bool",
    "structure_edtf_date",
    "structure_edtf_interval",
    "structure_enum",
    "structure_float",
    "structure_int",
    "structure_number",
    "structure_optional_number",
    "structure_str",
    "unregistered",
    "wrong",
]

_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    dict: "an object",
    list: "an array",
    type(None): "null",
}


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def wrong(expected: str, value: Any) -> RuleError:
    """The ``wrong_type`` error for ``value`` where ``expected`` should be."""
    return RuleError(
        "wrong_type", f"expected {expected}, got {_json_kind(value)} ({preview(value)})", value
    )


# --- strict primitives ------------------------------------------------------------------------


def structure_str(value: Any, _t: Any) -> str:
    if type(value) is str:
        return value
    raise wrong("a string", value)


def _in_range(value: int) -> int:
    if not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise RuleError("number_range", f"the integer {preview(value)} is beyond 64 bits", value)
    return value


def structure_int(value: Any, _t: Any) -> int:
    if type(value) is int:
        return _in_range(value)
    # JSON has numbers, not integers and floats: 2.0 is the integer 2 (as in JSON Schema),
    # as long as the integer is one JSON carries here.
    if type(value) is float and value.is_integer():
        return _in_range(int(value))
    raise wrong("an integer", value)


def structure_float(value: Any, _t: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(_in_range(value))
    raise wrong("a number", value)


def structure_number(value: Any, _t: Any) -> int | float:
    if type(value) is int:
        return _in_range(value)
    if type(value) is float:
        if not math.isfinite(value):
            raise RuleError("not_finite", "expected a finite number", value)
        return value
    raise wrong("a number", value)


def structure_bool(value: Any, _t: Any) -> bool:
    if type(value) is bool:
        return value
    raise wrong("a boolean", value)


def structure_optional_number(value: Any, t: Any) -> int | float | None:
    return None if value is None else structure_number(value, t)


def structure_enum(value: Any, t: type[enum.Enum]) -> enum.Enum:
    """An enum from its wire value, whose JSON type must be that of the members' values
    (a string for plain and ``str`` enums, an integer for ``IntEnum``; never a boolean)."""
    kinds = {type(m.value) for m in t}
    if type(value) not in kinds:
        expected = " or ".join(sorted(_TYPE_NAMES.get(k, k.__name__) for k in kinds))
        raise wrong(expected or "a member value", value)
    try:
        return t(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in t)
        raise RuleError(
            "invalid_choice", f"{value!r} is not a valid {t.__name__} (one of {allowed})", value
        ) from None


def structure_edtf_date(value: Any, _t: Any) -> PartialDate:
    if type(value) is not str:
        raise wrong("an EDTF date string", value)
    return PartialDate.from_edtf(value)


def structure_edtf_interval(value: Any, _t: Any) -> Interval:
    if type(value) is not str:
        raise wrong("an EDTF interval string", value)
    return Interval.from_edtf(value)


def enum_value(member: enum.Enum) -> Any:
    return member.value


def _mixed_enums(t: Any) -> list[type[enum.Enum]]:
    """The enums in type ``t`` (at any depth) that also subclass a primitive, such as
    ``enum.StrEnum`` or ``enum.IntEnum``."""
    found: list[type[enum.Enum]] = []
    if is_class(t):
        if issubclass(t, enum.Enum) and issubclass(t, (str, int, float)):
            found.append(t)
        return found
    for arg in get_args(t):
        found += _mixed_enums(arg)
    return found


def claim_enums(converter: cattrs.BaseConverter, t: Any) -> None:
    """Make ``converter`` read and write the ``str``/``int`` enums in ``t`` as enums. cattrs
    dispatches on the class hierarchy, where ``str`` (or ``int``) comes before ``Enum`` for
    such a class, so each gets hooks of its own; plain enums need none."""
    for klass in _mixed_enums(t):
        converter.register_structure_hook(klass, structure_enum)
        converter.register_unstructure_hook(klass, enum_value)


# --- what each hook is -------------------------------------------------------------------------


@attrs.frozen
class HookRole:
    """What a hook made here does, for the generators that compile the same work inline:
    ``kind`` is "model" (a slot declared as ``type``; ``detailed`` and ``fast`` are its two
    loaders), "array" / "array_out" (a tuple of ``type``), "optional" / "optional_out"
    (``type`` or null), "enum_out" (an enum written as its value) or "model_out" (a model
    written by its runtime class). A "model" hook also carries the ``loaders`` it belongs
    to (one converter's, with their unknown-field policy)."""

    kind: str
    type: Any = None
    detailed: Any = None
    fast: Any = None
    loaders: Any = None


_ROLES: weakref.WeakKeyDictionary[Any, HookRole] = weakref.WeakKeyDictionary()


def hook_role(hook: Any) -> HookRole | None:
    """The role of ``hook`` if this package made it, else ``None``."""
    try:
        return _ROLES.get(getattr(hook, "__func__", hook))
    except TypeError:  # not weakly referenceable: not one of ours
        return None


H = TypeVar("H")


def made(hook: H, role: HookRole) -> H:
    """Record ``role`` as what ``hook`` does, and return it."""
    _ROLES[hook] = role
    return hook


made(enum_value, HookRole("enum_out"))


def noted(exc: Exception, name: str, cls: type) -> Exception:
    """``exc`` marked as raised by field ``name`` of ``cls`` (the path of its problem)."""
    exc.__notes__ = [  # type: ignore[attr-defined]
        *getattr(exc, "__notes__", []),
        AttributeValidationNote(
            f"Structuring class {cls.__qualname__} @ attribute {name}", name, cls
        ),
    ]
    return exc


def at_index(exc: Exception, index: int, item_type: Any, t: Any) -> Exception:
    """``exc`` marked as raised by item ``index`` of an array of type ``t``."""
    exc.__notes__ = [  # type: ignore[attr-defined]
        *getattr(exc, "__notes__", []),
        IterableValidationNote(f"Structuring {t} @ index {index}", index, item_type),
    ]
    return exc


def unregistered(cls: type) -> RuleError:
    """The error for writing an instance of a tagged class nobody registered."""
    return RuleError(
        "unregistered_type",
        f"{cls.__qualname__} is not registered: call "
        f"register_type('<tag>', {cls.__name__}) so it can be written and read back",
    )


def root_name(cls: type) -> str:
    """The name of the outermost tagged base of ``cls`` (what a tag must name)."""
    for klass in reversed(cls.__mro__):
        if is_class(klass) and issubclass(klass, TaggedModel) and klass is not TaggedModel:
            return klass.__name__
    return cls.__name__


def is_model(t: Any) -> bool:
    return is_class(t) and issubclass(t, Model) and attrs.has(t)


# --- arrays and optional values ------------------------------------------------------------------


def is_tuple_type(t: Any) -> bool:
    return get_origin(t) is tuple


def is_homogeneous_tuple(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def is_number_union(t: Any) -> bool:
    return bool(t == (int | float))


def is_optional_number(t: Any) -> bool:
    return bool(t == (int | float | None))


def tuple_structure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Arrays only: cattrs would otherwise read a string as a tuple of characters, or an
    object as a tuple of its keys."""

    def factory(t: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item_type = get_args(t)[0]
        claim_enums(converter, item_type)
        item_hook = structure_hook(converter, item_type)

        def structure(value: Any, _t: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise wrong("an array", value)
            out = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    out.append(item_hook(item, item_type))
                except Exception as exc:
                    errors.append(at_index(exc, index, item_type, t))
            if errors:
                raise IterableValidationError(f"While structuring {t}", errors, t)
            return tuple(out)

        return made(structure, HookRole("array", item_type))

    return factory


def tuple_unstructure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any], Any]:
        item_type = get_args(t)[0] if get_args(t) else Any
        item_hook = unstructure_hook(converter, item_type)

        def unstructure(value: Any) -> list[Any]:
            return [item_hook(item) for item in value]

        return made(unstructure, HookRole("array_out", item_type))

    return factory


def only_type(t: Any) -> Any:
    """The one type of ``X | None`` (not the number unions, which have hooks of their own)."""
    if get_origin(t) not in (typing.Union, types.UnionType):
        return None
    args = get_args(t)
    inner = [a for a in args if a is not type(None)]
    return inner[0] if len(args) == 2 and len(inner) == 1 else None


def is_optional_one(t: Any) -> bool:
    return only_type(t) is not None


def optional_structure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any, Any], Any]:
        inner = only_type(t)
        claim_enums(converter, inner)
        hook = structure_hook(converter, inner)

        def structure(value: Any, _t: Any) -> Any:
            return None if value is None else hook(value, inner)

        return made(structure, HookRole("optional", inner))

    return factory


def optional_unstructure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any], Any]:
        inner = only_type(t)
        claim_enums(converter, inner)
        hook = unstructure_hook(converter, inner)

        def unstructure(value: Any) -> Any:
            return None if value is None else hook(value)

        return made(unstructure, HookRole("optional_out", inner))

    return factory

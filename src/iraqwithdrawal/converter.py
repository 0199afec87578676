"""The one place that decides the wire format.

``make_converter()`` builds a :class:`cattrs.Converter`; ``configure_converter()`` installs
the same hooks on a converter you own. cattrs' global converter is never touched.

Wire rules: snake_case keys equal to field names; ``"type"`` first on every tagged object;
defaults omitted on output and accepted when missing on input (``schema_version`` is always
written); partial dates and intervals as EDTF strings; enums as their values; primitives are
strict (``5`` is not a string, ``true`` is not a number).

Unknown fields and type tags: with ``unknown="error"`` (the default) each one is an error
naming its path. With ``unknown="keep"`` unknown fields are kept in the object's ``extra``
mapping, and an object with an unknown tag is read as the declared class (when that class is
concrete) with its original tag kept in ``extra``; both are written back unchanged.
"""

from __future__ import annotations

import enum
import math
import types
import typing
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar, cast, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from ._compat import structure_hook, unstructure_hook
from ._fast import FastDumpers, FastLoaders, current_collector
from ._kept import INT_RANGE, KeptFields, kept_copy, lone_surrogate
from ._plugins import load_plugins
from ._text import a as _a
from .description import describe, is_class
from .errors import EDTFError, Problem, RuleError, child_path, preview
from .models import _base
from .models._base import (
    NO_EXTRA,
    Model,
    TaggedModel,
    lookup_type,
    tag_of,
    to_tuple,
)
from .models._checks import AllOf, Check, Each, Optional
from .models.time import Interval, PartialDate

__all__ = [
    "HookRole",
    "UnknownPolicy",
    "configure_converter",
    "hook_role",
    "make_converter",
    "problems_from_exception",
]

UnknownPolicy = Literal["error", "keep"]

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


_preview = preview


def _wrong(expected: str, value: Any) -> RuleError:
    return RuleError(
        "wrong_type", f"expected {expected}, got {_json_kind(value)} ({_preview(value)})", value
    )


# --- strict primitives ------------------------------------------------------------------------


def _structure_str(value: Any, _t: Any) -> str:
    if type(value) is str:
        return value
    raise _wrong("a string", value)


def _in_range(value: int) -> int:
    if not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise RuleError("number_range", f"the integer {preview(value)} is beyond 64 bits", value)
    return value


def _structure_int(value: Any, _t: Any) -> int:
    if type(value) is int:
        return _in_range(value)
    # JSON has numbers, not integers and floats: 2.0 is the integer 2 (as in JSON Schema),
    # as long as the integer is one JSON carries here.
    if type(value) is float and value.is_integer():
        return _in_range(int(value))
    raise _wrong("an integer", value)


def _structure_float(value: Any, _t: Any) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(_in_range(value))
    raise _wrong("a number", value)


def _structure_number(value: Any, _t: Any) -> int | float:
    if type(value) is int:
        return _in_range(value)
    if type(value) is float:
        if not math.isfinite(value):
            raise RuleError("not_finite", "expected a finite number", value)
        return value
    raise _wrong("a number", value)


def _structure_bool(value: Any, _t: Any) -> bool:
    if type(value) is bool:
        return value
    raise _wrong("a boolean", value)


def _is_number_union(t: Any) -> bool:
    return bool(t == (int | float))


def _is_optional_number(t: Any) -> bool:
    return bool(t == (int | float | None))


def _structure_optional_number(value: Any, t: Any) -> int | float | None:
    return None if value is None else _structure_number(value, t)


def _structure_enum(value: Any, t: type[enum.Enum]) -> enum.Enum:
    """An enum from its wire value, whose JSON type must be that of the members' values
    (a string for plain and ``str`` enums, an integer for ``IntEnum``; never a boolean)."""
    kinds = {type(m.value) for m in t}
    if type(value) not in kinds:
        expected = " or ".join(sorted(_TYPE_NAMES.get(k, k.__name__) for k in kinds))
        raise _wrong(expected or "a member value", value)
    try:
        return t(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in t)
        raise RuleError(
            "invalid_choice", f"{value!r} is not a valid {t.__name__} (one of {allowed})", value
        ) from None


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
        converter.register_structure_hook(klass, _structure_enum)
        converter.register_unstructure_hook(klass, _enum_value)


def _structure_edtf_date(value: Any, _t: Any) -> PartialDate:
    if type(value) is not str:
        raise _wrong("an EDTF date string", value)
    return PartialDate.from_edtf(value)


def _structure_edtf_interval(value: Any, _t: Any) -> Interval:
    if type(value) is not str:
        raise _wrong("an EDTF interval string", value)
    return Interval.from_edtf(value)


# --- what each hook is -------------------------------------------------------------------------


@attrs.frozen
class HookRole:
    """What a hook made by this module does, for the code generators that compile the same
    work inline: ``kind`` is "model" (a slot declared as ``type``; ``detailed`` and ``fast``
    are its two loaders), "array" / "array_out" (a tuple of ``type``), "optional" /
    "optional_out" (``type`` or null) or "enum_out" (an enum written as its value)."""

    kind: str
    type: Any = None
    detailed: Any = None
    fast: Any = None


_ROLES: weakref.WeakKeyDictionary[Any, HookRole] = weakref.WeakKeyDictionary()


def hook_role(hook: Any) -> HookRole | None:
    """The role of ``hook`` if this module made it, else ``None``."""
    try:
        return _ROLES.get(hook)
    except TypeError:  # not weakly referenceable: not one of ours
        return None


H = TypeVar("H")


def _made(hook: H, role: HookRole) -> H:
    _ROLES[hook] = role
    return hook


# --- attrs models -----------------------------------------------------------------------------


def _is_model(t: Any) -> bool:
    return is_class(t) and issubclass(t, Model) and attrs.has(t)


def _noted(exc: Exception, name: str, cls: type) -> Exception:
    exc.__notes__ = [  # type: ignore[attr-defined]
        *getattr(exc, "__notes__", []),
        AttributeValidationNote(
            f"Structuring class {cls.__qualname__} @ attribute {name}", name, cls
        ),
    ]
    return exc


class _Hooks:
    """Per-converter caches of generated structure and unstructure functions, built once per
    class on first use, so classes registered after the converter was made work too."""

    def __init__(self, converter: cattrs.Converter, unknown: UnknownPolicy) -> None:
        self.converter = converter
        self.keep = unknown == "keep"
        self._structure: dict[type, Callable[[Mapping[str, Any]], Any]] = {}
        self._unstructure: dict[type, Callable[[Any], dict[str, Any]]] = {}
        self.fast = FastLoaders(self)
        self.dumpers = FastDumpers(self)
        self.registry_seen = _base.registry_version()

    # structure ---------------------------------------------------------------------------

    def plain_structure(self, cls: type) -> Callable[[Mapping[str, Any]], Any]:
        fn = self._structure.get(cls)
        if fn is None:
            fn = self._structure[cls] = self._make_structure(cls)
        return fn

    def _make_structure(self, cls: type) -> Callable[[Mapping[str, Any]], Any]:
        """Build the loader of one class: each field through its strict hook, then the
        object. For this package's classes (and subclasses that add no converters or custom
        initialisers) the object is assembled directly and only the validators that check
        more than a type run: the hooks have already checked every type, so nothing is
        checked twice. Other classes go through their ``__init__``."""
        fields = describe(cls).fields
        plan: list[tuple[str, Any, Any, int, Any]] = []
        for a in fields:
            claim_enums(self.converter, a.type)
            hook = structure_hook(self.converter, a.type)
            if a.normaliser is not None:
                hook = _normalised(hook, a.normaliser)
            if a.required:
                plan.append((a.wire_name, hook, a.type, _REQUIRED, None))
            elif a.factory is not None:
                plan.append((a.wire_name, hook, a.type, _FACTORY_DEFAULT, a.factory))
            else:
                plan.append((a.wire_name, hook, a.type, _PLAIN_DEFAULT, a.default))
        direct = _can_assemble(cls, fields)
        checks = [
            (a, c) for a in fields if (c := _value_checks(a.validator, self.keep)) is not None
        ]
        post_init = getattr(cls, "__attrs_post_init__", None)
        known = frozenset(a.name for a in fields)
        if issubclass(cls, TaggedModel):
            known = known | {"type"}
        keep = self.keep
        new = object.__new__
        set_field = object.__setattr__
        fail = ClassValidationError
        message = f"While structuring {cls.__name__}"

        def structure(data: Mapping[str, Any]) -> Any:
            errors: list[Exception] = []
            extras: Mapping[str, Any] = NO_EXTRA
            unknown = [k for k in data if k not in known]
            if unknown:
                if keep:
                    kept = {}
                    for k in unknown:
                        try:
                            if lone_surrogate(k):
                                raise RuleError(
                                    "lone_surrogate", "a field name with a lone surrogate", k
                                )
                            kept[k] = kept_copy(data[k], f"the kept field {preview(k)}")
                        except RuleError as exc:
                            errors.append(_noted(exc, k, cls))
                    extras = KeptFields(kept)
                else:
                    errors.append(ForbiddenExtraKeysError("", cls, set(unknown)))
            values: dict[str, Any] = {}
            for name, hook, typ, kind, default in plan:
                if name in data:
                    try:
                        values[name] = hook(data[name], typ)
                    except Exception as exc:
                        errors.append(_noted(exc, name, cls))
                elif kind is _REQUIRED:
                    errors.append(_noted(KeyError(name), name, cls))
                elif kind is _FACTORY_DEFAULT:
                    values[name] = default()
                else:
                    values[name] = default
            if errors:
                raise fail(message, errors, cls)
            if not direct:
                try:
                    obj = cls(**values)
                except Exception as exc:
                    raise _refused(cls, values, exc) from None
                if extras:
                    set_field(obj, "extra", extras)
                return obj
            obj = new(cls)
            for name, value in values.items():
                set_field(obj, name, value)
            set_field(obj, "extra", extras)
            for a, check in checks:
                try:
                    check(obj, a, values[a.name])
                except Exception as exc:
                    errors.append(_noted(exc, a.name, cls))
            if errors:
                raise fail(message, errors, cls)
            if post_init is not None:
                try:
                    post_init(obj)
                except Exception as exc:
                    raise fail(message, [exc], cls) from None
            return obj

        return structure

    def dispatch_structure(self, declared: type) -> Callable[[Any, Any], Any]:
        """Structure hook for a model slot: checks the value is an object and, for tagged
        models, resolves the ``"type"`` tag against the registry."""
        tagged = issubclass(declared, TaggedModel)
        keep = self.keep
        plain = self.plain_structure
        root = _root_name(declared)
        fast: list[Callable[[Any], Any]] = []

        def structure(data: Any, _t: Any) -> Any:
            # The generated loader first; if it refuses, the detailed path below finds out
            # why and reports it (see ``_fast``).
            if not fast:
                fast.append(self.fast.for_declared(declared))
            try:
                return fast[0](data)
            except Exception:
                pass
            return detailed(data)

        def detailed(data: Any) -> Any:
            collector = current_collector()
            if collector is not None:  # built another way: the loaders' notes are partial
                collector.complete = False
            if not isinstance(data, Mapping):
                raise _wrong("an object", data)
            if not tagged:
                return plain(declared)(data)
            tag = data.get("type")
            if tag is None:
                if (
                    "type" in data
                    or tag_of(declared) is None
                    or getattr(declared, "tag_required", False)
                ):
                    raise ClassValidationError(
                        f"While structuring {declared.__name__}",
                        [
                            _noted(
                                RuleError("missing_type", f'{_a(root)} needs a "type" tag'),
                                "type",
                                declared,
                            )
                        ],
                        declared,
                    )
                return plain(declared)(data)
            if type(tag) is not str:
                raise ClassValidationError(
                    f"While structuring {declared.__name__}",
                    [_noted(_wrong("a string", tag), "type", declared)],
                    declared,
                )
            cls = lookup_type(tag)
            if cls is None:
                if keep and tag_of(declared) is not None:
                    if lone_surrogate(tag):
                        raise ClassValidationError(
                            f"While structuring {declared.__name__}",
                            [
                                _noted(
                                    RuleError("lone_surrogate", "a tag with a lone surrogate", tag),
                                    "type",
                                    declared,
                                )
                            ],
                            declared,
                        )
                    obj = plain(declared)({k: v for k, v in data.items() if k != "type"})
                    object.__setattr__(obj, "extra", KeptFields({"type": tag, **obj.extra}))
                    return obj
                raise ClassValidationError(
                    f"While structuring {declared.__name__}",
                    [
                        _noted(
                            RuleError(
                                "unknown_type", f"unknown type tag {tag!r} for {_a(root)}", tag
                            ),
                            "type",
                            declared,
                        )
                    ],
                    declared,
                )
            if not issubclass(cls, declared):
                raise ClassValidationError(
                    f"While structuring {declared.__name__}",
                    [
                        _noted(
                            RuleError(
                                "wrong_kind",
                                f"type {tag!r} ({cls.__name__}) cannot stand where "
                                f"{_a(declared.__name__)} is expected",
                                tag,
                            ),
                            "type",
                            declared,
                        )
                    ],
                    declared,
                )
            return plain(cls)(data)

        return _made(
            structure,
            HookRole("model", declared, detailed, lambda: self.fast.for_declared(declared)),
        )

    # unstructure -------------------------------------------------------------------------

    def dispatch_unstructure(self, obj: Any) -> dict[str, Any]:
        # A writer holds its class's tag: after the registry changes, compile them afresh.
        version = _base.registry_version()
        if version != self.registry_seen:
            self.dumpers.by_class.clear()
            self.registry_seen = version
        return self.dumpers.by_class[obj.__class__](obj)


def unregistered(cls: type) -> RuleError:
    """The error for writing an instance of a tagged class nobody registered."""
    return RuleError(
        "unregistered_type",
        f"{cls.__qualname__} is not registered: call "
        f"register_type('<tag>', {cls.__name__}) so it can be written and read back",
    )


def _root_name(cls: type) -> str:
    for klass in reversed(cls.__mro__):
        if is_class(klass) and issubclass(klass, TaggedModel) and klass is not TaggedModel:
            return klass.__name__
    return cls.__name__


_REQUIRED, _FACTORY_DEFAULT, _PLAIN_DEFAULT = 0, 1, 2


def _value_checks(validator: Any, keep: bool = False) -> Any:
    """``validator`` without the parts that only check a type, or ``None`` when nothing else
    is left: the strict hooks have already checked every type while loading. With ``keep``
    (a lenient load) the checks against the run-time vocabulary go too: an unregistered term
    is kept and reported by ``validate()`` as a warning. A validator that is not one of this
    package's checks (an extension's own) is kept whole, so the worst case is a check done
    twice."""
    if validator is None:
        return None
    if not isinstance(validator, Check):
        return validator
    if validator.type_only or (keep and validator.vocabulary):
        return None
    if isinstance(validator, AllOf):
        parts = [p for p in (_value_checks(x, keep) for x in validator.checks) if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else AllOf(*parts)
    if isinstance(validator, Optional):
        inner = _value_checks(validator.inner, keep)
        return None if inner is None else Optional(inner)
    if isinstance(validator, Each):
        member = _value_checks(validator.member, keep)
        return None if member is None else Each(member)
    return validator


def _normalised(hook: Any, norm: Any) -> Any:
    def load(value: Any, t: Any) -> Any:
        return norm(hook(value, t))

    return load


def _normaliser(a: attrs.Attribute[Any]) -> Any:
    """The field's converter when it only normalises a type-checked value (marked
    ``normaliser``, such as the case of a language tag), else ``None``."""
    conv = a.converter
    return conv if getattr(conv, "normaliser", False) else None


def _can_assemble(cls: type, fields: Sequence[Any]) -> bool:
    """Whether a loaded object may be assembled without ``__init__``: true when the class's
    initialiser is the one attrs generated and no field has a converter other than
    ``to_tuple`` (whose work the array hook has already done). ``extra`` does not count:
    the loaders build its read-only mapping themselves."""
    init = cls.__dict__.get("__init__")
    if getattr(init, "renames_keywords_only", False):
        # A deprecation shim that only renames old keywords before calling the generated
        # initialiser (``Event(location=...)``): wire data never has them.
        init = getattr(init, "__wrapped__", None)
    code = getattr(init, "__code__", None)
    generated = code is not None and code.co_filename.startswith("<attrs generated")
    return (
        generated
        and not hasattr(cls, "__attrs_pre_init__")
        and all(
            cast(Any, a.converter) in (None, to_tuple) or _normaliser(a)
            for a in fields
            if a.name != "extra"
        )
    )


def _refused(cls: type, values: Mapping[str, Any], exc: Exception) -> ClassValidationError:
    """``__init__`` refused values that each had the right type: re-run each field's
    validator alone so that every problem gets its own path."""
    probe = _Probe(values)
    errors: list[Exception] = []
    for a in describe(cls).fields:
        if a.validator is None or a.name not in values:
            continue
        try:
            a.validator(probe, a.attribute, values[a.name])
        except Exception as field_exc:
            errors.append(_noted(field_exc, a.name, cls))
    return ClassValidationError(f"While structuring {cls.__name__}", errors or [exc], cls)


class _Probe:
    """Stands in for an instance while validators are re-run one by one."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.__dict__.update(values)


def _is_tuple_type(t: Any) -> bool:
    return get_origin(t) is tuple


def _is_homogeneous_tuple(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_structure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Arrays only: cattrs would otherwise read a string as a tuple of characters, or an
    object as a tuple of its keys."""

    def factory(t: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item_type = get_args(t)[0]
        claim_enums(converter, item_type)
        item_hook = structure_hook(converter, item_type)

        def structure(value: Any, _t: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _wrong("an array", value)
            out = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    out.append(item_hook(item, item_type))
                except Exception as exc:
                    exc.__notes__ = [  # type: ignore[attr-defined]
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(
                            f"Structuring {t} @ index {index}", index, item_type
                        ),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {t}", errors, t)
            return tuple(out)

        return _made(structure, HookRole("array", item_type))

    return factory


def _enum_value(member: enum.Enum) -> Any:
    return member.value


_made(_enum_value, HookRole("enum_out"))


def _tuple_unstructure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any], Any]:
        item_type = get_args(t)[0] if get_args(t) else Any
        item_hook = unstructure_hook(converter, item_type)

        def unstructure(value: Any) -> list[Any]:
            return [item_hook(item) for item in value]

        return _made(unstructure, HookRole("array_out", item_type))

    return factory


def _only_type(t: Any) -> Any:
    """The one type of ``X | None`` (not the number unions, which have hooks of their own)."""
    if get_origin(t) not in (typing.Union, types.UnionType):
        return None
    args = get_args(t)
    inner = [a for a in args if a is not type(None)]
    return inner[0] if len(args) == 2 and len(inner) == 1 else None


def _is_optional_one(t: Any) -> bool:
    return _only_type(t) is not None


def _optional_structure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any, Any], Any]:
        inner = _only_type(t)
        claim_enums(converter, inner)
        hook = structure_hook(converter, inner)

        def structure(value: Any, _t: Any) -> Any:
            return None if value is None else hook(value, inner)

        return _made(structure, HookRole("optional", inner))

    return factory


def _optional_unstructure_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(t: Any) -> Callable[[Any], Any]:
        inner = _only_type(t)
        claim_enums(converter, inner)
        hook = unstructure_hook(converter, inner)

        def unstructure(value: Any) -> Any:
            return None if value is None else hook(value)

        return _made(unstructure, HookRole("optional_out", inner))

    return factory


def make_converter(*, unknown: UnknownPolicy = "error") -> cattrs.Converter:
    """A new converter for the wire format. Build it once and reuse it."""
    converter = cattrs.Converter(detailed_validation=True)
    configure_converter(converter, unknown=unknown)
    return converter


def configure_converter(converter: cattrs.Converter, *, unknown: UnknownPolicy = "error") -> None:
    """Install this package's hooks on ``converter`` (which should use detailed validation
    for path-precise errors)."""
    if unknown not in ("error", "keep"):
        raise ValueError(f"unknown must be 'error' or 'keep', not {unknown!r}")
    load_plugins()
    hooks = _Hooks(converter, unknown)
    for prim, fn in (
        (str, _structure_str),
        (int, _structure_int),
        (float, _structure_float),
        (bool, _structure_bool),
    ):
        converter.register_structure_hook(prim, fn)
    converter.register_structure_hook_func(_is_number_union, _structure_number)
    converter.register_structure_hook_func(_is_optional_number, _structure_optional_number)
    # Enums travel as their values. Class hooks on Enum reach every subclass, downstream
    # enums included (an enum that also subclasses str would meet the str hook first).
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_unstructure_hook(enum.Enum, _enum_value)

    converter.register_structure_hook_factory(_is_model, hooks.dispatch_structure)
    converter.register_unstructure_hook_func(_is_model, hooks.dispatch_unstructure)
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, _tuple_structure_factory(converter)
    )
    converter.register_unstructure_hook_factory(
        _is_tuple_type, _tuple_unstructure_factory(converter)
    )
    converter.register_structure_hook_factory(
        _is_optional_one, _optional_structure_factory(converter)
    )
    converter.register_unstructure_hook_factory(
        _is_optional_one, _optional_unstructure_factory(converter)
    )
    # Registered last so they win over the model hooks: dates travel as EDTF strings.
    converter.register_structure_hook(PartialDate, _structure_edtf_date)
    converter.register_unstructure_hook(PartialDate, PartialDate.to_edtf)
    converter.register_structure_hook(Interval, _structure_edtf_interval)
    converter.register_unstructure_hook(Interval, Interval.to_edtf)


# --- errors to problems -------------------------------------------------------------------------


def problems_from_exception(exc: BaseException, path: str = "$") -> list[Problem]:
    """Flatten a cattrs validation error tree into :class:`Problem` records with JSON paths."""
    out: list[Problem] = []
    _flatten(exc, path, out)
    return out


def _flatten(exc: BaseException, path: str, out: list[Problem]) -> None:
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            out.append(
                Problem(
                    code="unknown_field",
                    path=child_path(path, key),
                    message=f"unknown field {key!r}",
                    value=key,
                )
            )
        return
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        noted, other = exc.group_exceptions()
        for sub, note in noted:
            if isinstance(note, AttributeValidationNote):
                _flatten(sub, child_path(path, note.name), out)
            else:
                _flatten(sub, f"{path}[{note.index}]", out)
        for sub in other:
            _flatten(sub, path, out)
        return
    if isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            _flatten(sub, path, out)
        return
    if isinstance(exc, EDTFError):
        out.append(Problem(code=exc.code, path=path, message=exc.message, value=exc.value))
    elif isinstance(exc, RuleError):
        out.append(Problem(code=exc.code, path=path, message=exc.message, value=exc.value))
    elif isinstance(exc, KeyError):
        out.append(Problem(code="missing_field", path=path, message="required field is missing"))
    elif isinstance(exc, TypeError):
        out.append(Problem(code="wrong_type", path=path, message=str(exc)))
    elif isinstance(exc, ValueError):
        out.append(Problem(code="invalid_value", path=path, message=str(exc)))
    else:
        out.append(Problem(code="invalid", path=path, message=f"{type(exc).__name__}: {exc}"))

"""Validators that say what they check: the rules of every model field, as objects.

attrs calls a validator with ``(instance, attribute, value)``; so does every class here. On
top of that each one can be read: its problem ``code``, whether it only checks a type, whether
it checks the run-time vocabulary, the JSON Schema keywords it stands for, and the Python
source that checks the same thing inline. The loaders, the generated fast path and the JSON
Schema all read these objects, so a rule is written once, here or where its model is, and
nobody has to recognise a validator by a private name.

The combinators (:func:`instance_of`, :func:`and_`, :func:`optional`, :func:`deep_iterable`,
:func:`matches_re`) take the same arguments as their namesakes in ``attrs.validators`` and
raise the same kinds of errors.
"""

from __future__ import annotations

import re
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from .._kept import INT_RANGE, lone_surrogate
from ..errors import FieldTypeError, RuleError, preview

__all__ = [
    "AllOf",
    "Check",
    "ClassRule",
    "Each",
    "InstanceOf",
    "MatchesRe",
    "Optional",
    "Rule",
    "TYPED",
    "Typed",
    "and_",
    "deep_iterable",
    "derived_type_check",
    "wrong_type",
    "instance_of",
    "matches_re",
    "optional",
    "check_int",
    "present",
    "rule",
    "run_class_rules",
]


class Check:
    """Base of the validators of this module."""

    __slots__ = ()

    #: Whether the check only tests a type (the loader's strict hooks already did).
    type_only: bool = False
    #: Whether the check tests a term against the run-time vocabulary (a lenient load skips
    #: it and reports an unknown term as a warning instead).
    vocabulary: bool = False

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        """JSON Schema keywords for a value that passes this check (``{}`` for none)."""
        return {}

    def codes(self) -> set[str]:
        """The problem codes this check may report."""
        return set()


def _owner(inst: Any, attr: attrs.Attribute[Any]) -> str:
    """``Class.field`` for messages (``inst`` is the object being built, when there is one)."""
    return f"{type(inst).__name__}.{attr.name}" if inst is not None else repr(attr.name)


def _names(types: type | tuple[type, ...]) -> str:
    found = types if isinstance(types, tuple) else (types,)
    return " or ".join(t.__name__ for t in found)


def wrong_type(inst: Any, attr: attrs.Attribute[Any], expected: str, value: Any) -> FieldTypeError:
    """The error for a value of the wrong type in a field: one line naming the field, what
    it takes and what it was given."""
    ref = attr.metadata.get("ref") if attr.metadata else None
    if ref is not None:
        expected = f"{expected} (the id of {' or '.join(ref.names)})"
    return FieldTypeError(
        f"{_owner(inst, attr)} must be {expected}, not {type(value).__name__} ({preview(value)})",
        value,
    )


def check_int(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    """The value is an integer (not a boolean) that JSON can carry on every backend: within
    the signed and unsigned 64-bit range."""
    if value.__class__ is bool or not isinstance(value, int):
        raise wrong_type(inst, attr, "int", value)
    if not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise _beyond_64_bits(inst, attr, value)


def _beyond_64_bits(inst: Any, attr: attrs.Attribute[Any], value: int) -> RuleError:
    return RuleError(
        "number_range",
        f"{_owner(inst, attr)} is {preview(value)}, beyond the 64-bit integers JSON carries here",
        value,
    )


class InstanceOf(Check):
    """The value is an instance of ``types`` (as ``attrs.validators.instance_of``); an
    integer must also be within the 64-bit range every JSON backend writes."""

    __slots__ = ("bools", "ints", "texts", "types")
    type_only = True

    def __init__(self, types: type | tuple[type, ...]) -> None:
        self.types = types
        found = types if isinstance(types, tuple) else (types,)
        self.ints = any(issubclass(t, int) and not issubclass(t, bool) for t in found)
        self.texts = any(issubclass(t, str) for t in found)
        self.bools = bool in found

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, self.types) or (
            value.__class__ is bool and self.ints and not self.bools
        ):
            raise wrong_type(inst, attr, _names(self.types), value)
        if (
            self.ints
            and isinstance(value, int)
            and value.__class__ is not bool
            and not INT_RANGE[0] <= value <= INT_RANGE[1]
        ):
            raise _beyond_64_bits(inst, attr, value)
        if self.texts and isinstance(value, str) and lone_surrogate(value):
            raise RuleError(
                "lone_surrogate",
                f"{_owner(inst, attr)} holds a lone surrogate, which no UTF-8 can write",
                value,
            )

    def codes(self) -> set[str]:
        return (
            {"wrong_type"}
            | ({"number_range"} if self.ints else set())
            | ({"lone_surrogate"} if self.texts else set())
        )

    def __repr__(self) -> str:
        return f"instance_of({self.types!r})"


class AllOf(Check):
    """Every one of ``checks`` holds, tried in order (as ``attrs.validators.and_``)."""

    __slots__ = ("checks",)

    def __init__(self, *checks: Any) -> None:
        flat: list[Any] = []
        for check in checks:
            flat.extend(check.checks if isinstance(check, AllOf) else (check,))
        self.checks: tuple[Any, ...] = tuple(flat)

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        for check in self.checks:
            check(inst, attr, value)

    def schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for check in self.checks:
            if isinstance(check, Check):
                out.update(check.schema())
        return out

    def codes(self) -> set[str]:
        return set().union(*(c.codes() for c in self.checks if isinstance(c, Check)))

    def __repr__(self) -> str:
        return f"and_({', '.join(map(repr, self.checks))})"


class Optional(Check):
    """``None``, or a value that passes ``inner`` (as ``attrs.validators.optional``)."""

    __slots__ = ("inner",)

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            self.inner(inst, attr, value)

    def schema(self) -> dict[str, Any]:
        """The keywords of the value when it is not ``None``."""
        return self.inner.schema() if isinstance(self.inner, Check) else {}

    def codes(self) -> set[str]:
        return self.inner.codes() if isinstance(self.inner, Check) else set()

    def __repr__(self) -> str:
        return f"optional({self.inner!r})"


class Each(Check):
    """A collection (checked by ``container``) whose every member passes ``member`` (as
    ``attrs.validators.deep_iterable``)."""

    __slots__ = ("container", "member")

    def __init__(self, member: Any, container: Any = None) -> None:
        self.member = member
        self.container = container

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if self.container is not None:
            self.container(inst, attr, value)
        for item in value:
            self.member(inst, attr, item)

    def codes(self) -> set[str]:
        return self.member.codes() if isinstance(self.member, Check) else set()

    def __repr__(self) -> str:
        return f"deep_iterable({self.member!r})"


class MatchesRe(Check):
    """A string matching ``pattern`` in full; otherwise a ``code`` problem. (Kept for code
    that builds one itself; :func:`matches_re` now gives a declarative ``Pattern``.)"""

    __slots__ = ("code", "pattern")

    def __init__(self, pattern: str, code: str = "pattern") -> None:
        self.pattern = re.compile(pattern)
        self.code = code

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if self.pattern.fullmatch(value) is None:
            raise RuleError(
                self.code,
                f"'{attr.name}' must match {self.pattern.pattern!r} ({preview(value)} does not)",
                value,
            )

    def schema(self) -> dict[str, Any]:
        return {"pattern": f"^(?:{self.pattern.pattern})$"}

    def codes(self) -> set[str]:
        return {self.code}

    def __repr__(self) -> str:
        return f"matches_re({self.pattern.pattern!r})"


class Rule(Check):
    """A named rule written as a function ``(instance, attribute, value)``.

    ``code`` is the problem code it raises; ``schema`` the JSON Schema keywords it stands
    for, or a function returning them when they change at run time (left out when a schema
    cannot say it, e.g. it compares two fields); ``inline`` a
    line of Python that refuses (``raise _Refused``) what the rule refuses, for the generated
    loaders, with ``{v}`` for the value and ``{other_field}`` for other fields' values;
    ``helpers`` the names that line uses, which the loaders bind for it.
    """

    __slots__ = (
        "code",
        "fields",
        "function",
        "helpers",
        "inline",
        "json_schema",
        "name",
        "type_only",
        "vocabulary",
    )

    def __init__(
        self,
        function: Callable[[Any, Any, Any], None],
        *,
        code: str | None,
        schema: Mapping[str, Any] | Callable[[], Mapping[str, Any]] | None = None,
        inline: str | None = None,
        fields: Sequence[str] = (),
        type_only: bool = False,
        vocabulary: bool = False,
        helpers: Mapping[str, Any] | None = None,
    ) -> None:
        self.function = function
        self.helpers: Mapping[str, Any] = dict(helpers or {})
        self.name = function.__name__
        self.code = code
        self.json_schema = schema
        self.inline = inline
        self.fields = tuple(fields)
        self.type_only = type_only
        self.vocabulary = vocabulary

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        self.function(inst, attr, value)

    def schema(self) -> dict[str, Any]:
        found = self.json_schema() if callable(self.json_schema) else self.json_schema
        return dict(found or {})

    def codes(self) -> set[str]:
        return {self.code} if self.code else set()

    def __repr__(self) -> str:
        return f"rule({self.name})"


def rule(
    *,
    code: str | None,
    schema: Mapping[str, Any] | Callable[[], Mapping[str, Any]] | None = None,
    inline: str | None = None,
    fields: Sequence[str] = (),
    type_only: bool = False,
    vocabulary: bool = False,
    helpers: Mapping[str, Any] | None = None,
) -> Callable[[Callable[[Any, Any, Any], None]], Rule]:
    """Decorator making a validator function a :class:`Rule`. ``helpers`` are the names its
    ``inline`` source uses, bound for it in the generated loaders (so a rule of an extension
    brings its own)."""

    def wrap(function: Callable[[Any, Any, Any], None]) -> Rule:
        return Rule(
            function,
            code=code,
            schema=schema,
            inline=inline,
            fields=fields,
            type_only=type_only,
            vocabulary=vocabulary,
            helpers=helpers,
        )

    return wrap


def instance_of(types: type | tuple[type, ...]) -> InstanceOf:
    return InstanceOf(types)


def and_(*checks: Any) -> AllOf:
    return AllOf(*checks)


def optional(inner: Any) -> Optional:
    return Optional(inner)


def deep_iterable(member_validator: Any, iterable_validator: Any = None) -> Each:
    return Each(member_validator, iterable_validator)


def matches_re(pattern: str, code: str = "pattern") -> Check:
    """A string matching ``pattern`` in full: a declarative :class:`Pattern` (its inline
    source, schema and strategies made from the pattern), with ``MatchesRe``'s message."""
    from ._declared import Pattern

    return Pattern(pattern, code=code)


class ClassRule:
    """A rule over several fields of one object ("a value or a range, not both"): its
    problem ``code``, a ``test`` returning the message when the object breaks the rule (else
    ``None``), and the JSON Schema that says the same of the wire object, or ``None`` when a
    schema cannot (it compares two values).

    A class lists its rules in ``CLASS_RULES`` and sets ``__attrs_post_init__ =
    run_class_rules``; the loaders, the JSON Schema and the documentation read the list.
    ``broken``, when given, is a Python expression that is true exactly when ``test`` would
    return a message, with ``{field}`` for each field's value: the generated fast loaders
    write it inline instead of calling ``test`` (``helpers`` are the names it reads).
    """

    __slots__ = ("broken", "code", "helpers", "schema", "summary", "test")

    def __init__(
        self,
        code: str,
        test: Callable[[Any], str | None],
        schema: Mapping[str, Any] | None,
        summary: str,
        *,
        broken: str | None = None,
        helpers: Mapping[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.test = test
        self.schema = schema
        self.summary = summary
        self.broken = broken
        self.helpers: Mapping[str, Any] = dict(helpers or {})

    def __repr__(self) -> str:
        return f"ClassRule({self.code!r}: {self.summary})"


def run_class_rules(obj: Any) -> None:
    """Check ``obj`` against its class's ``CLASS_RULES``, raising the first broken one."""
    for class_rule in type(obj).CLASS_RULES:
        message = class_rule.test(obj)
        if message is not None:
            raise RuleError(class_rule.code, message)


def present(*names: str) -> dict[str, Any]:
    """JSON Schema: every one of ``names`` is there and not null (a null optional field
    reads as absent)."""
    return {
        "required": list(names),
        "properties": {name: {"not": {"type": "null"}} for name in names},
    }


def derived_type_check(t: Any) -> Check | None:
    """The type check the annotation ``t`` stands for, as the explicit combinators would
    write it: ``X | None`` is ``optional(...)``, ``tuple[X, ...]`` is ``deep_iterable(X,
    instance_of(tuple))``, a class or a union of classes ``instance_of(...)`` (in the order
    written). ``None`` for an annotation that says no class (``Any``, a mapping)."""
    if t is None or t is type(None):
        return None
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        inner = [x for x in args if x is not type(None)]
        if len(inner) == 1:
            found = derived_type_check(inner[0])
        elif all(_plain(x) for x in inner):
            found = InstanceOf(tuple(inner))
        else:
            return None
        if found is None:
            return None
        return Optional(found) if len(inner) < len(args) else found
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            member = derived_type_check(args[0])
            return Each(member, InstanceOf(tuple)) if member is not None else InstanceOf(tuple)
        return InstanceOf(tuple)
    if _plain(t):
        return InstanceOf(t)
    return None


def _plain(t: Any) -> bool:
    return isinstance(t, type) and typing.get_origin(t) is None


class Typed(Check):
    """The instance check of a field, derived from its annotation on first use (see
    :func:`derived_type_check`), so a declaration states its type once::

        date: PartialDate | None = attrs.field(default=None, validator=TYPED)
        name: str = attrs.field(validator=and_(TYPED, NON_BLANK))

    Errors are the ones ``instance_of`` gives. Use it at the top of a field's validator (or
    inside ``optional``/``and_`` there), not for the members of a tuple: it checks the whole
    field's value."""

    __slots__ = ()
    type_only = True

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        check = _DERIVED.get(id(attr))
        if check is None or check[0] is not attr:
            check = (attr, _derive(inst, attr))
            _DERIVED[id(attr)] = check
        if check[1] is not None:
            check[1](inst, attr, value)

    def codes(self) -> set[str]:
        return {"wrong_type", "number_range", "lone_surrogate"}

    def __repr__(self) -> str:
        return "TYPED"


_DERIVED: dict[int, tuple[Any, Check | None]] = {}


def _derive(inst: Any, attr: attrs.Attribute[Any]) -> Check | None:
    t = attr.type
    if isinstance(t, str) and inst is not None and attrs.has(type(inst)):
        from ..description import describe

        try:
            found = describe(type(inst)).by_name.get(attr.name)
            t = found.type if found is not None else t
        except NameError:  # another field names a class not defined yet: read this one alone
            for klass in type(inst).__mro__:
                namespace = vars(sys.modules[klass.__module__])
                try:
                    t = eval(t, namespace)
                    break
                except NameError:
                    continue
    if isinstance(t, str):
        raise TypeError(
            f"the annotation of {attr.name!r} ({t}) cannot be resolved: its class is unknown"
        )
    return derived_type_check(t)


#: The instance check of a field, derived from its annotation (see :class:`Typed`).
TYPED = Typed()

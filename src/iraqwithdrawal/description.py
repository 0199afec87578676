"""One description of each model class, read by every part that needs to know its fields.

The loaders (detailed and generated), the writers, the JSON Schema, the walks, the
strategies, the tables and the exporters' coverage read a class's fields here, never from
attrs or the annotations themselves: :func:`describe` resolves the annotations once per class
and says, for each field, its wire name, its type, whether it is required, its default, the
checks it carries, the classes an id in it may name, and whether it holds models.

Extensions and other tools may read it too::

    >>> from iraqwithdrawal import Span
    >>> from iraqwithdrawal.description import describe
    >>> [f.name for f in describe(Span).fields]
    ['start', 'end', 'text', 'field', 'media']
"""

from __future__ import annotations

import threading
import typing
from collections.abc import Callable, Mapping
from types import UnionType
from typing import Any, TypeGuard, cast, get_args, get_origin

import attrs

__all__ = ["FieldInfo", "ModelInfo", "describe", "is_class", "wire_summary"]


def is_class(t: Any) -> TypeGuard[type]:
    """Whether the type ``t`` is a plain class, not a parametrised one.

    Python 3.10 reports ``tuple[Span, ...]`` as an instance of ``type``, so a reader of
    annotations that asks ``isinstance(t, type)`` takes a tuple of models for a class and
    misses the models inside; every reader asks here instead.
    """
    return isinstance(t, type) and get_origin(t) is None


def _holds_models(t: Any) -> bool:
    if is_class(t):
        return attrs.has(t)
    return any(_holds_models(x) for x in get_args(t))


@attrs.frozen(kw_only=True)
class FieldInfo:
    """One field of a model class as every reader needs it.

    The attribute names ``name``, ``type``, ``default``, ``validator``, ``metadata``,
    ``converter`` and ``init`` mean what they mean on an :class:`attrs.Attribute`.
    """

    name: str
    #: The key of the field on the wire (today always the attribute name).
    wire_name: str
    type: Any
    default: Any
    validator: Any
    metadata: Mapping[str, Any]
    converter: Any
    init: bool
    inherited: bool
    #: No default: the field must be given.
    required: bool
    #: The default is made by a factory (``attrs.Factory``), called for each object.
    factory: Callable[[], Any] | None
    #: Written even at its default (``schema_version``).
    always: bool
    #: What an id in this field may name (``RefKinds``), or ``None``.
    ref: Any
    #: A converter that only normalises a type-checked value (a language tag's case).
    normaliser: Callable[[Any], Any] | None
    #: The type is, or contains, a model class.
    holds_models: bool
    #: The type is a tuple (a JSON array).
    many: bool
    #: The open vocabulary (:class:`~iraqwithdrawal.models.vocabulary.Vocabulary`) whose
    #: registered terms the field holds, or ``None``.
    vocabulary: Any
    #: The attrs attribute itself, for calling the field's validator as attrs would.
    attribute: Any = attrs.field(eq=False, repr=False)

    def is_default(self, value: Any) -> bool:
        """Whether ``value`` is this field's default (what writers leave out)."""
        if self.required:
            return False
        if self.factory is not None:
            return bool(value == self.factory())
        return bool(value is self.default or value == self.default)


@attrs.frozen(kw_only=True)
class ModelInfo:
    """A model class's fields (``extra`` apart) and what applies to the whole object."""

    cls: type
    #: Every field but ``extra``, in declaration order.
    fields: tuple[FieldInfo, ...]
    #: The ``extra`` field (unknown wire fields), or ``None`` for a class without one.
    extra: FieldInfo | None
    #: Rules over several fields (``CLASS_RULES``).
    class_rules: tuple[Any, ...]
    #: On the wire with a ``"type"`` tag (a subclass of ``TaggedModel``).
    tagged: bool
    #: The wire form has room for unknown fields (not a class written as one string).
    keeps_unknown: bool
    by_name: Mapping[str, FieldInfo] = attrs.field(repr=False)

    def field(self, name: str) -> FieldInfo:
        """The field called ``name`` (``KeyError`` if none)."""
        return self.by_name[name]

    @property
    def names(self) -> frozenset[str]:
        """The wire names of the fields, ``extra`` apart."""
        return frozenset(f.wire_name for f in self.fields)


_FACTORY: type = type(attrs.Factory(list))
_CACHE: dict[type, ModelInfo] = {}
_LOCK = threading.Lock()


def _field(a: attrs.Attribute[Any]) -> FieldInfo:
    from .models.vocabulary import vocabulary_of

    t = a.type
    conv = a.converter
    factory = a.default.factory if isinstance(a.default, _FACTORY) else None  # type: ignore[attr-defined]
    origin = get_origin(t)
    if origin in (typing.Union, UnionType):
        inner = [x for x in get_args(t) if x is not type(None)]
        many = len(inner) == 1 and get_origin(inner[0]) is tuple
    else:
        many = origin is tuple
    return FieldInfo(
        name=a.name,
        wire_name=a.name,
        type=t,
        default=a.default,
        validator=a.validator,
        metadata=a.metadata,
        converter=conv,
        init=a.init,
        inherited=bool(getattr(a, "inherited", False)),
        required=a.default is attrs.NOTHING,
        factory=factory,
        always=bool(a.metadata.get("always")),
        ref=a.metadata.get("ref"),
        normaliser=cast(Any, conv) if getattr(conv, "normaliser", False) else None,
        holds_models=_holds_models(t),
        many=many,
        vocabulary=vocabulary_of(a.validator),
        attribute=a,
    )


def describe(cls: type) -> ModelInfo:
    """The description of the attrs class ``cls``, made once (its annotations resolved)."""
    found = _CACHE.get(cls)
    if found is not None:
        return found
    with _LOCK:
        found = _CACHE.get(cls)
        if found is None:
            attrs.resolve_types(cls)
            every = [_field(a) for a in attrs.fields(cls)]
            fields = tuple(f for f in every if f.name != "extra")
            extra = next((f for f in every if f.name == "extra"), None)
            from .models.base import TaggedModel

            found = ModelInfo(
                cls=cls,
                fields=fields,
                extra=extra,
                class_rules=tuple(getattr(cls, "CLASS_RULES", ())),
                tagged=issubclass(cls, TaggedModel),
                keeps_unknown=bool(getattr(cls, "KEEPS_UNKNOWN", True)),
                by_name={f.name: f for f in fields},
            )
            _CACHE[cls] = found
    return found


def wire_summary() -> str:
    """The generated part of docs/wire-format.md: the wire version and the type tags of
    this library's classes (a test holds the page to it; extensions add their own)."""
    from .models import SCHEMA_VERSION
    from .models.base import registered_types

    lines = [
        f'The wire version this library writes is `schema_version` `"{SCHEMA_VERSION}"`.',
        "",
        "| tag | class |",
        "| --- | --- |",
    ]
    for tag, cls in sorted(registered_types().items()):
        if not cls.__module__.startswith("iraqwithdrawal."):
            continue
        lines.append(f"| `{tag}` | `{cls.__module__.split('.')[0]}.{cls.__qualname__}` |")
    return "\n".join(lines) + "\n"

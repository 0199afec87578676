"""Building blocks shared by every model: the base classes, the type-tag registry, references,
kept unknown fields, spans and cues (the field rules are in ``_validators``).

Models are frozen, slotted, keyword-only attrs classes. Change one with ``attrs.evolve``.
Validators here raise :class:`~iraqwithdrawal.errors.RuleError` with a stable code, or the
``TypeError`` of attrs' own ``instance_of``, so both users and the loader get precise errors.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, TypeVar

import attrs

from .._kept import KeptFields, kept_fields
from ..errors import RegistryError, RuleError, preview
from . import _checks as v
from ._checks import ClassRule, present, rule, run_class_rules
from ._declared import Bounds

# The field rules live in ``_validators``; they are named here too, where models and
# extensions have always found them.
from ._validators import (
    ANY_TEXT,
    BLANK,
    BOOL,
    ID,
    ID_PATTERN,
    IRI,
    IRI_PATTERN,
    LANGUAGE,
    NOT_BOOL,
    NUMBER,
    OPT_ID,
    OPT_IRI,
    OPT_NUMBER,
    OPT_TEXT,
    TEXT,
    Validator,
    language_field,
    to_tuple,
    tuple_of,
)

__all__ = [
    "ANY_TEXT",
    "NOT_BOOL",
    "BLANK",
    "BOOL",
    "ID",
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
    "BUILTIN_KINDS",
    "Cue",
    "RefKinds",
    "Identifier",
    "Span",
    "SpanField",
    "Model",
    "TaggedModel",
    "lookup_type",
    "register_type",
    "registered_types",
    "tag_of",
]

T = TypeVar("T")
C = TypeVar("C", bound=type)

_TAG_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")

#: The library's own model classes that a reference may name by string (they cannot all be
#: named by class where they are defined: an event's links refer to events).
BUILTIN_KINDS = frozenset(
    {
        "AnonymousSource",
        "Attribution",
        "Claim",
        "Communication",
        "Dispute",
        "Entity",
        "Event",
        "MediaItem",
        "Organization",
        "Person",
        "Place",
        "Quantity",
        "Quote",
    }
)

KindSpec = type | str | Callable[[], "type | tuple[type, ...]"]


class RefKinds:
    """What an id reference may point at: classes (any subclass counts), matched by class
    identity, never by name, so an unrelated class that shares a name does not qualify.

    Each kind is a class, a callable returning a class or a tuple of classes (for a class
    not yet defined, such as the class being declared), or the name of one of this
    library's models (:data:`BUILTIN_KINDS`). Callables and names are resolved on first use.
    """

    __slots__ = ("_classes", "_spec")

    def __init__(self, *kinds: KindSpec) -> None:
        if not kinds:
            raise ValueError("a reference needs at least one kind of target")
        for kind in kinds:
            if isinstance(kind, str):
                if kind not in BUILTIN_KINDS:
                    raise ValueError(
                        f"{kind!r} is not a model of this library: name your own classes by "
                        "the class itself (or a callable returning it), not by name"
                    )
            elif not (isinstance(kind, type) or callable(kind)):
                raise ValueError(f"{kind!r} is not a class, a callable or a model name")
        self._spec = kinds
        self._classes: tuple[type, ...] | None = None

    def classes(self) -> tuple[type, ...]:
        """The target classes, resolved once."""
        if self._classes is None:
            from .. import models

            out: list[type] = []
            for kind in self._spec:
                if isinstance(kind, str):
                    out.append(getattr(models, kind))
                elif isinstance(kind, type):
                    out.append(kind)
                else:
                    found = kind()
                    out.extend(found if isinstance(found, tuple) else (found,))
            self._classes = tuple(out)
        return self._classes

    def accepts(self, target: object) -> bool:
        """Whether ``target`` is an instance of one of the kinds."""
        return isinstance(target, self.classes())

    @property
    def names(self) -> tuple[str, ...]:
        """The class names, for messages and documentation."""
        return tuple(cls.__name__ for cls in self.classes())

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __repr__(self) -> str:
        return f"RefKinds({', '.join(self.names)})"


def ref_meta(*kinds: KindSpec) -> dict[str, Any]:
    """Field metadata marking an id reference to an object of one of ``kinds`` (see
    :class:`RefKinds`). The document validator resolves and checks every such field."""
    return {"ref": RefKinds(*kinds)}


def _freeze_extra(value: Any) -> Any:
    """Kept unknown fields as a read-only :class:`KeptFields` (checked and copied); anything
    that is not a mapping is left for the validator to refuse."""
    if value is NO_EXTRA or isinstance(value, KeptFields) or not isinstance(value, Mapping):
        return value
    return kept_fields(value) if value else NO_EXTRA


def _extra_validator(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Mapping):
        raise v.wrong_type(inst, attr, "a mapping of unknown wire fields", value)
    if not value or inst is None or not attrs.has(type(inst)):
        return
    if not getattr(type(inst), "KEEPS_UNKNOWN", True):
        raise RuleError(
            "extra_not_kept",
            f"{type(inst).__name__} is written as one string, with no room for unknown fields",
            sorted(value),
        )
    # A kept unknown field named like a real one would overwrite it on output.
    known = {a.name for a in attrs.fields(type(inst))}
    clash = sorted(k for k in value if k in known)
    if clash:
        raise RuleError(
            "extra_shadows_field",
            f"unknown wire fields must not be named like a field: {', '.join(clash)}",
            clash,
        )
    # "type" is where a lenient load keeps a tag no class is registered under; it is
    # written in place of the class's own tag, so it must never name a registered class.
    if isinstance(inst, TaggedModel) and "type" in value:
        tag = value["type"]
        if not isinstance(tag, str) or lookup_type(tag) is not None:
            raise RuleError(
                "extra_shadows_field",
                f"'type' in the kept fields is only an unknown type tag; {preview(tag)} "
                "names a registered type (build an object of that class instead)",
                tag,
            )


class _NoExtra(Mapping[str, Any]):
    """An empty, read-only mapping that pickles and copies as the one shared instance."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"

    def __reduce__(self) -> str:
        return "NO_EXTRA"


#: The shared, read-only empty ``extra`` of every model that has no unknown fields.
NO_EXTRA: Mapping[str, Any] = _NoExtra()


def extra_field() -> Any:
    """The ``extra`` field every model has: wire fields this version does not know, kept only
    when loading in lenient mode and written back unchanged. Not part of the hash."""
    return attrs.field(
        default=NO_EXTRA,
        converter=_freeze_extra,
        validator=_extra_validator,
        hash=False,
        repr=False,
    )


# --- type-tag registry ----------------------------------------------------------------------

_TAG_TO_CLASS: dict[str, type] = {}
_CLASS_TO_TAG: dict[type, str] = {}


@attrs.frozen(kw_only=True)
class Model:
    """Base of every model. ``extra`` holds wire fields this version does not know: empty
    unless a document was loaded in lenient mode, and then written back unchanged."""

    extra: Mapping[str, Any] = extra_field()

    #: Whether the wire form has room for unknown fields (``False`` for a class written
    #: as a single string, such as an EDTF date).
    KEEPS_UNKNOWN: ClassVar[bool] = True

    #: Rules over several fields of one object (see ``_checks.ClassRule``); a class with
    #: rules also sets ``__attrs_post_init__ = run_class_rules``.
    CLASS_RULES: ClassVar[tuple[Any, ...]] = ()


@attrs.frozen(kw_only=True)
class TaggedModel(Model):
    """Base of polymorphic models: on the wire they carry a ``"type"`` tag, resolved through
    the registry, so a slot declared as ``Entity`` may hold any registered subclass.

    On input a missing tag means the declared class itself, unless that class sets
    ``tag_required`` (an entity must say whether it is a person, a place ...).
    """

    tag_required: ClassVar[bool] = False


def register_type(tag: str, cls: C | None = None) -> Any:
    """Register ``cls`` (a subclass of a tagged model) under the wire tag ``tag``.

    Usable as ``register_type("vehicle", Vehicle)`` or as a class decorator
    ``@register_type("vehicle")``. A tag or a class registered twice is a
    :class:`~iraqwithdrawal.errors.RegistryError`.
    """

    def apply(klass: C) -> C:
        if not isinstance(tag, str) or _TAG_RE.fullmatch(tag) is None:
            raise RegistryError(f"type tag {tag!r} must be lower snake_case (a-z, 0-9, _)")
        if not (isinstance(klass, type) and issubclass(klass, TaggedModel)):
            raise RegistryError(f"{klass!r} is not a subclass of a tagged model")
        if "__attrs_attrs__" not in vars(klass):
            raise RegistryError(
                f"{klass.__name__} has not been made an attrs class yet: put "
                f"@register_type({tag!r}) above @attrs.frozen(kw_only=True) (decorators apply "
                "from the bottom up, so attrs must build the class before it is registered)"
            )
        if tag in _TAG_TO_CLASS:
            raise RegistryError(
                f"type tag {tag!r} is already registered to {_TAG_TO_CLASS[tag].__qualname__}"
            )
        if klass in _CLASS_TO_TAG:
            raise RegistryError(
                f"{klass.__qualname__} is already registered as {_CLASS_TO_TAG[klass]!r}"
            )
        for check in _BEFORE_REGISTER:
            check(tag, klass)
        _TAG_TO_CLASS[tag] = klass
        _CLASS_TO_TAG[klass] = tag
        _VERSION[0] += 1
        for listener in tuple(_AFTER_REGISTER):
            listener(tag, klass)
        return klass

    if cls is None:
        return apply
    return apply(cls)


#: Run before a class is registered (and may refuse it by raising RegistryError), and after.
#: The event vocabulary ties event classes to their terms here; the hypothesis strategies
#: learn of new classes here.
_BEFORE_REGISTER: list[Callable[[str, type], None]] = []
_AFTER_REGISTER: list[Callable[[str, type], None]] = []


def on_register(listener: Callable[[str, type], None]) -> None:
    """Call ``listener(tag, cls)`` after every later registration (the strategies of
    :mod:`iraqwithdrawal.testing` learn of new classes so)."""
    _AFTER_REGISTER.append(listener)


#: The registry as a live, read-only mapping (tag to class), for readers that look tags up
#: on every object.
TYPE_REGISTRY: Mapping[str, type] = MappingProxyType(_TAG_TO_CLASS)


def save_registry() -> Any:
    """The registry's state, for :func:`restore_registry` (tests that register classes)."""
    return dict(_TAG_TO_CLASS), dict(_CLASS_TO_TAG)


def restore_registry(state: Any) -> None:
    """Put the registry back as :func:`save_registry` found it."""
    tags, classes = state
    _TAG_TO_CLASS.clear()
    _TAG_TO_CLASS.update(tags)
    _CLASS_TO_TAG.clear()
    _CLASS_TO_TAG.update(classes)
    _VERSION[0] += 1  # writers compiled meanwhile may hold tags no longer valid


def registry_version() -> int:
    """A number that changes whenever a type is registered or unregistered."""
    return _VERSION[0]


_VERSION = [0]


def unregister_type(tag: str) -> None:
    """Remove a registration (meant for tests and plug-in reloads)."""
    klass = _TAG_TO_CLASS.pop(tag, None)
    if klass is None:
        raise RegistryError(f"type tag {tag!r} is not registered")
    del _CLASS_TO_TAG[klass]
    _VERSION[0] += 1


def lookup_type(tag: str) -> type | None:
    """The class registered under ``tag``, or ``None``."""
    return _TAG_TO_CLASS.get(tag)


def tag_of(cls: type) -> str | None:
    """The tag ``cls`` is registered under, or ``None`` if it is not registered itself."""
    return _CLASS_TO_TAG.get(cls)


def registered_types() -> Mapping[str, type]:
    """A snapshot of the registry: tag to class."""
    return dict(_TAG_TO_CLASS)


# --- text anchoring -------------------------------------------------------------------------


@rule(code="span_order", fields=("start",), inline="if {v} <= {start}: raise _Refused")
def _end_after_start(inst: Any, attr: attrs.Attribute[Any], value: int) -> None:
    start = getattr(inst, "start", None)
    if isinstance(start, int) and value <= start:
        raise RuleError(
            "span_order", f"span end ({value}) must be greater than its start ({start})", value
        )


@rule(
    code="span_text_length",
    fields=("start", "end"),
    inline="if len({v}) != {end} - {start}: raise _Refused",
)
def _span_text(inst: Any, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    start, end = getattr(inst, "start", None), getattr(inst, "end", None)
    if isinstance(start, int) and isinstance(end, int) and len(value) != end - start:
        raise RuleError(
            "span_text_length",
            f"span text has {len(value)} characters but the span covers {end - start}",
            value,
        )


_non_negative = Bounds(
    minimum=0, code="negative_offset", message="'{name}' must be 0 or more (got {value})"
)


INDEX: Validator = v.and_(v.instance_of(int), NOT_BOOL, _non_negative)


class SpanField(enum.Enum):
    """Which text of the article a span counts in."""

    BODY = "body"
    HEADLINE = "headline"
    SUBHEADLINE = "subheadline"
    DATELINE = "dateline"  #: the dateline's printed text
    BYLINE = "byline"
    CAPTION = "caption"  #: the caption of the media item named in ``media``
    CREDIT = "credit"  #: the credit line of the media item named in ``media``


_NEEDS_MEDIA = frozenset({SpanField.CAPTION, SpanField.CREDIT})


@attrs.frozen(kw_only=True)
class Span(Model):
    """A stretch of one of the article's texts (the body unless ``field`` says otherwise):
    Unicode code-point offsets, ``end`` exclusive.

    ``text`` optionally repeats the exact characters, so a reader can check the anchor.
    A span in a caption or credit line names its media item in ``media``.
    """

    start: int = attrs.field(validator=INDEX)
    end: int = attrs.field(validator=v.and_(INDEX, _end_after_start))
    text: str | None = attrs.field(default=None, validator=v.optional(v.and_(v.TYPED, _span_text)))
    field: SpanField = attrs.field(default=SpanField.BODY, validator=v.TYPED)
    media: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("MediaItem"))

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule(
            "span_media",
            lambda s: (
                "a span in a caption or credit names its media item in 'media', and only "
                "such a span does"
                if (s.field in _NEEDS_MEDIA) != (s.media is not None)
                else None
            ),
            {
                "if": {
                    "required": ["field"],
                    "properties": {"field": {"enum": sorted(f.value for f in _NEEDS_MEDIA)}},
                },
                "then": present("media"),
                "else": {"not": present("media")},
            },
            "caption and credit spans name their media item, no other span does",
            broken="({field} is _CAPTION or {field} is _CREDIT) != ({media} is not None)",
            helpers={"_CAPTION": SpanField.CAPTION, "_CREDIT": SpanField.CREDIT},
        ),
    )
    __attrs_post_init__ = run_class_rules

    def select(self, body: str) -> str:
        """The characters of ``body`` this span covers."""
        return body[self.start : self.end]


@attrs.frozen(kw_only=True)
class Cue(Model):
    """Words as written that signal something (an attribution verb, a hedge, a relay phrase),
    optionally anchored to spans of the body."""

    text: str = attrs.field(validator=TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@attrs.frozen(kw_only=True)
class Identifier(Model):
    """An external identifier of an entity, e.g. ``Identifier(scheme="wikidata", value="Q30")``."""

    scheme: str = attrs.field(validator=TEXT)
    value: str = attrs.field(validator=TEXT)

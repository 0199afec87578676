"""The loaders of one converter: both variants per class, and the dispatch of a model slot.

A model slot (a field, an array item or a top-level ``structure`` call declared as some
model class) reads its object in two steps: the fast loader of the class its ``"type"`` tag
names, and, if that refuses for any reason, the detailed loader of the same class from the
start of the object. Both loaders come from :func:`~._generate.emit.emit_loader`, compiled on
first use of each class, so classes registered after the converter was made work too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

import cattrs
from cattrs.errors import ClassValidationError

from .._fast import Refused, current_collector
from .._kept import KeptFields, lone_surrogate
from .._text import a as _a
from ..errors import RuleError
from ..models import _base
from ..models.base import TaggedModel, lookup_type, tag_of
from ..models.time import Interval, PartialDate
from .emit import Loader, built, emit_loader
from .hooks import HookRole, made, noted, root_name, wrong
from .policy import Policy

__all__ = ["Loaders"]


def _memo(parse: Callable[[str], Any], size: int = 4096) -> Loader:
    """``parse`` for strings, remembered: dates and intervals are immutable, and the same few
    strings recur across an archive."""
    cache: dict[str, Any] = {}

    def load(value: Any) -> Any:
        if value.__class__ is not str:  # before the look-up: a str subclass is refused too
            raise Refused
        hit = cache.get(value)
        if hit is not None:
            return hit
        out = parse(value)
        if len(cache) < size:
            cache[value] = out
        return out

    return load


_TAGGED = """def load_tagged(data):
    if data.__class__ is not dict: raise _Refused
    tag = data.get('type')
    hit = _by_tag.get(tag)
    if hit is not None and _registry.get(tag) is hit[0]:
        return hit[1](data)
    return _resolve(data, tag)"""


def _refuse_all(data: Any) -> Any:
    raise Refused


def _one(declared: type, exc: Exception) -> ClassValidationError:
    """A refusal of the object's ``"type"`` tag, as the error tree of ``declared``."""
    return ClassValidationError(
        f"While structuring {declared.__name__}", [noted(exc, "type", declared)], declared
    )


class Loaders:
    """The generated loaders of one converter, under one unknown-field policy."""

    def __init__(self, converter: cattrs.Converter, policy: Policy) -> None:
        self.converter = converter
        self.policy = policy
        self.dates = _memo(PartialDate.from_edtf)
        self.intervals = _memo(Interval.from_edtf)
        self._fast: dict[type, Loader | None] = {}
        self._detailed: dict[type, Loader] = {}
        self._declared: dict[type, Loader] = {}

    # one class -----------------------------------------------------------------------------

    def fast(self, cls: type) -> Loader | None:
        """The fast loader of exactly ``cls``, or ``None`` if it has none."""
        if cls in self._fast:
            return self._fast[cls]
        # A stand-in first, so that a class reaching itself through its fields compiles.
        self._fast[cls] = lambda data: self._call_fast(cls, data)
        try:
            fn = emit_loader(self, cls, detailed=False)
        except Exception:
            fn = None
        self._fast[cls] = fn
        return fn

    def _call_fast(self, cls: type, data: Any) -> Any:
        fn = self._fast.get(cls)
        if fn is None:
            raise Refused
        return fn(data)

    def detailed(self, cls: type) -> Loader:
        """The detailed loader of exactly ``cls``."""
        fn = self._detailed.get(cls)
        if fn is None:
            fn = emit_loader(self, cls, detailed=True)
            assert fn is not None
            self._detailed[cls] = fn
        return fn

    # a model slot: the fast variant --------------------------------------------------------

    def for_declared(self, declared: type) -> Loader:
        """The fast loader for a slot declared as ``declared``: resolves ``"type"`` tags."""
        fn = self._declared.get(declared)
        if fn is None:
            fn = self._declared[declared] = self._make_declared(declared)
        return fn

    def _make_declared(self, declared: type) -> Loader:
        if not issubclass(declared, TaggedModel):
            # A class with no fast loader never gets one: the detailed loader takes it.
            return self.fast(declared) or _refuse_all

        untagged_ok = tag_of(declared) is not None and not getattr(declared, "tag_required", False)
        registry = _base._TAG_TO_CLASS
        as_declared = self.policy.reads_unknown_tag_as(declared)
        # tag -> (class, loader); an entry is used only while the registry still maps the
        # tag to that class, so registrations made later are honoured.
        by_tag: dict[str, tuple[type, Loader]] = {}

        def resolve(data: Any, tag: Any) -> Any:
            if tag is None:
                if not untagged_ok or "type" in data:
                    raise Refused
                cls: Any = declared
            else:
                if tag.__class__ is not str:
                    raise Refused
                cls = lookup_type(tag)
                if cls is None and as_declared:
                    # An unknown tag is read as the declared class, the tag kept.
                    collector = current_collector()
                    if collector is not None:
                        collector.complete = False
                    fn = self.fast(declared)
                    if fn is None or lone_surrogate(tag):
                        raise Refused
                    obj = fn({k: v for k, v in data.items() if k != "type"})
                    object.__setattr__(obj, "extra", KeptFields({"type": tag, **obj.extra}))
                    return obj
                if cls is None or not issubclass(cls, declared):
                    raise Refused
            fn = self.fast(cls)
            if fn is None:
                raise Refused
            if tag is not None:
                by_tag[tag] = (cls, fn)
            return fn(data)

        # The common case (a tag seen before, still mapped to the same class) is generated
        # code, so the optional accelerator compiles it with the loaders it calls.
        env = {"_Refused": Refused, "_by_tag": by_tag, "_registry": registry, "_resolve": resolve}
        return cast(Loader, built(_TAGGED, "tag dispatch (fast)", env, "load_tagged"))

    # a model slot: the converter's hook ----------------------------------------------------

    def dispatch_structure(self, declared: type) -> Callable[[Any, Any], Any]:
        """Structure hook for a model slot: the fast loader first; if it refuses, the
        detailed path checks the value is an object, resolves the ``"type"`` tag against
        the registry and runs the detailed loader, which reports every problem."""
        tagged = issubclass(declared, TaggedModel)
        as_declared = self.policy.reads_unknown_tag_as(declared)
        root = root_name(declared)
        fast: list[Loader] = []

        def structure(data: Any, _t: Any) -> Any:
            if not fast:
                fast.append(self.for_declared(declared))
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
                raise wrong("an object", data)
            if not tagged:
                return self.detailed(declared)(data)
            tag = data.get("type")
            if tag is None:
                if (
                    "type" in data
                    or tag_of(declared) is None
                    or getattr(declared, "tag_required", False)
                ):
                    raise _one(
                        declared, RuleError("missing_type", f'{_a(root)} needs a "type" tag')
                    )
                return self.detailed(declared)(data)
            if type(tag) is not str:
                raise _one(declared, wrong("a string", tag))
            cls = lookup_type(tag)
            if cls is None:
                if as_declared:
                    if lone_surrogate(tag):
                        raise _one(
                            declared,
                            RuleError("lone_surrogate", "a tag with a lone surrogate", tag),
                        )
                    obj = self.detailed(declared)({k: v for k, v in data.items() if k != "type"})
                    object.__setattr__(obj, "extra", KeptFields({"type": tag, **obj.extra}))
                    return obj
                raise _one(
                    declared,
                    RuleError("unknown_type", f"unknown type tag {tag!r} for {_a(root)}", tag),
                )
            if not issubclass(cls, declared):
                raise _one(
                    declared,
                    RuleError(
                        "wrong_kind",
                        f"type {tag!r} ({cls.__name__}) cannot stand where "
                        f"{_a(declared.__name__)} is expected",
                        tag,
                    ),
                )
            return self.detailed(cls)(data)

        return made(
            structure,
            HookRole("model", declared, detailed, lambda: self.for_declared(declared), self),
        )

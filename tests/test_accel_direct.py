"""What the compiled loaders do in C that their Python source does through calls.

Direct slot stores and allocation (``accel._prelude``'s ``SLOTS_C`` and ``STORES``), the
exact-type tests (``_exact_types``) and the C-typed dict (``_typed_dict``).

The compiled loaders write each field at the slot's offset, read from its member descriptor
when the loader is made, instead of calling the descriptor's ``__set__``, and allocate the
instance through its type instead of calling ``object.__new__``. A wrong offset puts a value
in another field (or past the object): the store tests here, which write a distinct value to
every slot of every built-in class and read each back by name, fail then, and so do the
field-by-field agreement of a loaded report below and ``test_accelerator``'s agreement
tests, which compare the written JSON. Skipped without the compiled module.
"""

from __future__ import annotations

import abc
import copy
import gc
import importlib
import sys
import types
import weakref
from typing import Any

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal import accel
from iraqwithdrawal.accel.build import builtin_classes
from iraqwithdrawal.converter import make_converter
from iraqwithdrawal.examples import seed_report

pytestmark = pytest.mark.skipif(
    not accel.ACTIVE, reason="the compiled accelerator is not built here or is turned off"
)


def _compiled() -> Any:
    return importlib.import_module("iraqwithdrawal.accel._compiled")


def _slots(cls: type) -> list[str]:
    return [
        name
        for name in dir(cls)
        if isinstance(getattr(cls, name, None), types.MemberDescriptorType)
        and name != "__weakref__"
    ]


@pytest.mark.parametrize("cls", builtin_classes(), ids=lambda c: c.__qualname__)
def test_every_slot_is_stored_where_its_name_reads_it(cls: type) -> None:
    module = _compiled()
    names = _slots(cls)
    assert names, cls
    o = module.probe_make(object.__new__, cls)
    assert type(o) is cls
    values = {name: object() for name in names}
    for name in names:
        setter = getattr(cls, name).__set__
        assert module.probe_offset(setter) > 0, name  # the direct store is the one taken
        module.probe_put(o, setter, values[name])
    for name in names:
        assert getattr(o, name) is values[name], name


def test_a_store_holds_one_reference_and_the_instance_frees_it() -> None:
    module = _compiled()
    cls = iw.Span
    value = object()
    before = sys.getrefcount(value)
    o = module.probe_make(object.__new__, cls)
    module.probe_put(o, cls.start.__set__, value)
    assert sys.getrefcount(value) == before + 1
    module.probe_put(o, cls.start.__set__, 5)  # a second store releases the first value
    assert sys.getrefcount(value) == before
    module.probe_put(o, cls.end.__set__, value)
    del o
    assert sys.getrefcount(value) == before


def test_other_setters_are_called() -> None:
    module = _compiled()
    seen: list[tuple[Any, Any]] = []

    def setter(o: Any, v: Any) -> None:
        seen.append((o, v))

    assert module.probe_offset(setter) == -1
    assert module.probe_offset(iw.Span.start.__get__) == -1  # not a __set__
    assert module.probe_offset(type.__dict__["__basicsize__"].__set__) == -1  # read-only
    o = object()
    module.probe_put(o, setter, 1)
    assert seen == [(o, 1)]
    with pytest.raises(AttributeError):  # the read-only member's own refusal
        module.probe_put(int, type.__dict__["__basicsize__"].__set__, 1)


def test_allocation_refuses_as_object_new_does() -> None:
    module = _compiled()

    class Abstract(abc.ABC):
        __slots__ = ("a",)

        @abc.abstractmethod
        def f(self) -> None: ...

    class Tuple(tuple):  # type: ignore[type-arg]
        __slots__ = ()

    for cls in (Abstract, Tuple):
        with pytest.raises(TypeError) as direct:
            module.probe_make(object.__new__, cls)
        with pytest.raises(TypeError) as reference:
            object.__new__(cls)
        assert str(direct.value) == str(reference.value)
    calls: list[type] = []

    def new(cls: type) -> Any:
        calls.append(cls)
        return object.__new__(cls)

    assert type(module.probe_make(new, iw.Span)) is iw.Span
    assert calls == [iw.Span]


def _fields(value: Any) -> Any:
    """A loaded value as nested tuples of (class, every slot's value)."""
    if attrs.has(type(value)):
        return (type(value), tuple((n, _fields(getattr(value, n))) for n in _slots(type(value))))
    if isinstance(value, tuple):
        return tuple(_fields(v) for v in value)
    if isinstance(value, dict) or type(value).__name__ == "mappingproxy":
        return tuple(sorted((k, _fields(v)) for k, v in value.items()))
    return (type(value), value)


def test_a_loaded_report_agrees_slot_by_slot() -> None:
    text = iw.to_json(seed_report())
    for unknown in ("error", "keep"):
        compiled = iw.from_json(text, converter=make_converter(unknown=unknown))
        with accel.disabled():
            pure = iw.from_json(text, converter=make_converter(unknown=unknown))
        assert _fields(compiled) == _fields(pure)
    assert any(what.startswith("loader Span") for what in accel.served)


class _Claims:
    """A mapping that says its class is ``dict`` (or a string that says ``str``): the Python
    source's ``x.__class__`` test takes it for one; the compiled loaders must not read it
    as one in C (a dict call on it would read past the object)."""

    def __init__(self, d: dict[str, Any]) -> None:
        self._d = d

    @property  # type: ignore[misc]
    def __class__(self) -> type:
        return dict

    def __getitem__(self, key: str) -> Any:
        return self._d[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._d.get(key, default)

    def __len__(self) -> int:
        return len(self._d)

    def __contains__(self, key: object) -> bool:
        return key in self._d

    def __iter__(self) -> Any:
        return iter(self._d)

    def keys(self) -> Any:
        return self._d.keys()

    def items(self) -> Any:
        return self._d.items()


class _Text(str):
    @property  # type: ignore[misc]
    def __class__(self) -> type:
        return str


def _outcome(doc: dict[str, Any]) -> Any:
    # The converter itself: ``from_dict`` refuses such objects before a loader sees them
    # (tests/test_fast_path.py), ``converter.structure`` hands them to the loaders.
    converter = make_converter()
    try:
        article = converter.structure(doc, iw.Article)
    except Exception as exc:
        return "refused", type(exc).__name__
    return "accepted", iw.to_json(article, converter=converter)


@pytest.mark.parametrize("where", ["events", "entities"])
def test_objects_that_claim_a_builtin_class_are_read_as_the_pure_path_reads_them(
    where: str,
) -> None:
    doc = iw.to_dict(seed_report())
    assert doc[where]
    doc[where][0] = _Claims(doc[where][0])
    doc["headline"] = _Text(doc["headline"])
    compiled = _outcome(copy.deepcopy(doc))
    with accel.disabled():
        pure = _outcome(copy.deepcopy(doc))
    assert compiled == pure
    assert compiled[0] == "accepted"
    with pytest.raises(iw.ValidationError, match="wrong_type"):
        iw.from_dict(copy.deepcopy(doc))


@pytest.mark.parametrize("cls", builtin_classes(), ids=lambda c: c.__qualname__)
def test_every_slot_is_read_where_its_name_reads_it(cls: type) -> None:
    module = _compiled()
    o = module.probe_make(object.__new__, cls)
    values = {name: object() for name in _slots(cls)}
    for name, value in values.items():
        getattr(cls, name).__set__(o, value)
    for name, value in values.items():
        assert module.probe_read(o, name) is value, name


def test_a_read_of_another_kind_of_attribute_looks_it_up() -> None:
    module = _compiled()

    class Shadowed(iw.Span):
        __slots__ = ()

        @property  # type: ignore[misc]
        def media(self) -> str:
            return "shadowed"

    span = iw.Span(start=0, end=2)
    assert module.probe_read(span, "end") == 2
    shadowed = object.__new__(Shadowed)
    assert module.probe_read(shadowed, "media") == "shadowed"
    with pytest.raises(AttributeError):  # an empty slot
        module.probe_read(object.__new__(iw.Span), "start")
    converter = make_converter()
    assert iw.to_json(span, converter=converter) == '{"start":0,"end":2}'


# The compiled path's caveats (docs/performance.md, "The optional compiled accelerator") ----


def _cycle_freed(compiled: bool) -> bool:
    """Load the seed on one path, make a cycle through the article (only past its frozen
    guard), drop it and collect: whether it was freed. The cycle is broken afterwards."""
    text = iw.to_json(seed_report())
    if compiled:
        article = iw.from_json(text, converter=make_converter())
    else:
        with accel.disabled():
            article = iw.from_json(text, converter=make_converter())
    assert gc.is_tracked(article) is not compiled
    box: list[Any] = [article]
    object.__setattr__(article, "based_on", box)
    ref = weakref.ref(article)
    del article, box
    gc.collect()
    alive = ref()
    if alive is not None:
        object.__setattr__(alive, "based_on", ())
    return alive is None


def test_loaded_instances_are_untracked_and_a_cycle_through_one_is_never_collected() -> None:
    loaded = iw.from_json(iw.to_json(seed_report()), converter=make_converter())
    assert not gc.is_tracked(loaded) and not gc.is_tracked(loaded.quotes[0].spans[0])
    # Loaded data cannot make the cycle: arrays are tuples, kept fields a read-only copy,
    # the instances frozen.
    assert type(loaded.entities) is tuple and type(loaded.quotes[0].spans) is tuple
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        loaded.based_on = []  # type: ignore[misc]
    with pytest.raises(TypeError):
        loaded.extra["self"] = loaded  # type: ignore[index]
    # Made by hand, the cycle is freed on the pure path only.
    assert _cycle_freed(compiled=False)
    assert not _cycle_freed(compiled=True)


def test_a_class_changed_after_its_compiled_writer_learned_it_is_written_as_it_reads() -> None:
    span = iw.Span(start=1, end=5)
    compiled = make_converter()
    with accel.disabled():
        pure = make_converter()
        assert iw.to_dict(span, converter=pure) == {"start": 1, "end": 5}
    assert iw.to_dict(span, converter=compiled) == {"start": 1, "end": 5}  # layout learned
    saved = iw.Span.__dict__["start"]
    iw.Span.start = property(lambda self: 2)  # type: ignore[assignment,method-assign]
    try:
        assert span.start == 2
        with accel.disabled():
            assert iw.to_dict(span, converter=pure) == {"start": 2, "end": 5}
        assert iw.to_dict(span, converter=compiled) == {"start": 2, "end": 5}
    finally:
        iw.Span.start = saved  # type: ignore[method-assign]
    assert iw.to_dict(span, converter=compiled) == {"start": 1, "end": 5}

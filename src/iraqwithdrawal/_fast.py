"""Generated fast loaders: the optimistic path of the converter.

For each model class the converter compiles, once, one Python function that reads a parsed
JSON object straight into the frozen instance: type checks and the common value checks are
inlined, nested models call each other's loaders directly, and nothing is checked twice.

A fast loader only answers "accepted, here is the object" or "refused"; it never explains.
When it refuses (any exception), the converter runs the detailed loader from the start of
that object, which finds and reports every problem with its path. So the fast path must
accept exactly what the detailed path accepts, never more: it is stricter where unsure
(anything but a plain ``dict``, an unknown key in lenient mode, a hook it does not know), and
the tests run every bad input through both.
"""

from __future__ import annotations

import enum
import itertools
import linecache
import math
import threading
import types
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, get_origin

import attrs
import cattrs

from ._compat import structure_hook, unstructure_hook
from ._kept import INT_RANGE, SURROGATE, KeptFields, kept_copy, kept_fields, lone_surrogate
from .description import describe, is_class
from .errors import RuleError
from .models import _base
from .models.base import NO_EXTRA, TaggedModel, lookup_type, tag_of
from .models.checks import ID_MATCH, AllOf, Each, Optional, Rule
from .models.events import EVENT_TYPES as _EVENT_TYPES
from .models.time import Interval, PartialDate

_INT_MIN, _INT_MAX = INT_RANGE

if TYPE_CHECKING:
    from .converter import _Hooks

__all__ = ["FastLoaders"]

Loader = Callable[[Any], Any]


class _Refused(Exception):
    """Raised by generated code: the detailed loader must take over."""


class Collector:
    """What the generated loaders note while they build one document, so that its quick
    validation needs no second walk: every object with an id, every reference with the kinds
    it accepts, every span, attribution and event. ``complete`` turns false when any part of
    the document was built another way (the detailed loader, an ``__init__``), and then the
    notes are not used."""

    __slots__ = ("attributions", "complete", "events", "ids", "refs", "spans")

    def __init__(self) -> None:
        self.ids: list[tuple[Any, Any]] = []
        self.refs: list[tuple[Any, Any]] = []
        self.spans: list[Any] = []
        self.attributions: list[Any] = []
        self.events: list[Any] = []
        self.complete = True


class _Collecting(threading.local):
    """Per thread: every thread starts with no collector (a ``threading.local`` attribute
    set at import exists only in the importing thread)."""

    current: Collector | None = None


#: The collector of the document being loaded on this thread, if any.
collecting = _Collecting()


def current_collector() -> Collector | None:
    return getattr(collecting, "current", None)


def _memo(parse: Callable[[str], Any], size: int = 4096) -> Callable[[Any], Any]:
    """``parse`` for strings, remembered: dates and intervals are immutable, and the same few
    strings recur across an archive."""
    cache: dict[str, Any] = {}

    def load(value: Any) -> Any:
        if value.__class__ is not str:  # before the look-up: a str subclass is refused too
            raise _Refused
        hit = cache.get(value)
        if hit is not None:
            return hit
        out = parse(value)
        if len(cache) < size:
            cache[value] = out
        return out

    return load


def _helpers(validator: Any) -> dict[str, Any]:
    """The names the inline sources of ``validator``'s rules use (``Rule.helpers``)."""
    if isinstance(validator, Rule):
        return dict(validator.helpers)
    if isinstance(validator, AllOf):
        out: dict[str, Any] = {}
        for part in validator.checks:
            out.update(_helpers(part))
        return out
    if isinstance(validator, Optional):
        return _helpers(validator.inner)
    if isinstance(validator, Each):
        return _helpers(validator.member)
    return {}


def _inline_check(validator: Any, var: str, names: dict[str, str]) -> list[str] | None:
    """Source lines checking ``var`` as ``validator`` would, or ``None`` if the validator
    cannot be inlined (it then runs as a call). ``names`` maps the class's field names to
    the variables holding their (already type-checked) values."""
    if isinstance(validator, Rule):
        if validator.inline is None:
            return None
        try:
            return [validator.inline.format(v=var, **names)]
        except KeyError:  # it reads a field this class does not have
            return None
    if isinstance(validator, AllOf):
        out: list[str] = []
        for part in validator.checks:
            lines = _inline_check(part, var, names)
            if lines is None:
                return None
            out += lines
        return out
    if isinstance(validator, Optional):
        inner = _inline_check(validator.inner, var, names)
        if inner is None:
            return None
        return [f"if {var} is not None:", *("    " + line for line in inner)]
    if isinstance(validator, Each) and validator.container is None:
        inner = _inline_check(validator.member, "_item", {})
        if inner is None:
            return None
        return [f"for _item in {var}:", *("    " + line for line in inner)]
    return None


def _passes(check: Any, attribute: Any, default: Any) -> bool:
    """Whether a plain default (``None`` or an empty tuple) passes ``check`` whatever the
    other fields hold, so the loader need not check it when it uses the default."""
    if default is not None and default != ():
        return False
    try:
        check(None, attribute, default)
    except Exception:
        return False
    return True


class FastLoaders:
    """The fast loaders of one converter, compiled on first use of each class."""

    def __init__(self, hooks: _Hooks) -> None:
        self._hooks = hooks
        self._plain: dict[type, Loader | None] = {}
        self._declared: dict[type, Loader] = {}
        self._dates = _memo(PartialDate.from_edtf)
        self._intervals = _memo(Interval.from_edtf)

    def for_declared(self, declared: type) -> Loader:
        """The fast loader for a slot declared as ``declared``: resolves ``"type"`` tags."""
        fn = self._declared.get(declared)
        if fn is None:
            fn = self._declared[declared] = self._make_declared(declared)
        return fn

    def plain(self, cls: type) -> Loader | None:
        """The fast loader of exactly ``cls``, or ``None`` if it has none."""
        if cls in self._plain:
            return self._plain[cls]
        # A stand-in first, so that a class reaching itself through its fields compiles.
        self._plain[cls] = lambda data: self._call_plain(cls, data)
        try:
            fn = self._compile(cls)
        except Exception:
            fn = None
        self._plain[cls] = fn
        return fn

    def _call_plain(self, cls: type, data: Any) -> Any:
        fn = self._plain.get(cls)
        if fn is None:
            raise _Refused
        return fn(data)

    def _make_declared(self, declared: type) -> Loader:
        if not issubclass(declared, TaggedModel):
            # A class with no fast loader never gets one: the detailed loader takes it.
            return self.plain(declared) or _refuse_all

        untagged_ok = tag_of(declared) is not None and not getattr(declared, "tag_required", False)
        registry = _base._TAG_TO_CLASS
        keep = self._hooks.keep
        # tag -> (class, loader); an entry is used only while the registry still maps the
        # tag to that class, so registrations made later are honoured.
        by_tag: dict[str, tuple[type, Loader]] = {}

        def resolve(data: Any, tag: Any) -> Any:
            if tag is None:
                if not untagged_ok or "type" in data:
                    raise _Refused
                cls: Any = declared
            else:
                if tag.__class__ is not str:
                    raise _Refused
                cls = lookup_type(tag)
                if cls is None and keep and tag_of(declared) is not None:
                    # Lenient mode: an unknown tag is read as the declared class, the tag kept.
                    collector = current_collector()
                    if collector is not None:
                        collector.complete = False
                    fn = self.plain(declared)
                    if fn is None:
                        raise _Refused
                    if lone_surrogate(tag):
                        raise _Refused
                    obj = fn({k: v for k, v in data.items() if k != "type"})
                    _set_slot(obj, "extra", KeptFields({"type": tag, **obj.extra}))
                    return obj
                if cls is None or not issubclass(cls, declared):
                    raise _Refused
            fn = self.plain(cls)
            if fn is None:
                raise _Refused
            if tag is not None:
                by_tag[tag] = (cls, fn)
            return fn(data)

        def load_tagged(data: Any) -> Any:
            if data.__class__ is not dict:
                raise _Refused
            tag: Any = data.get("type")
            hit = by_tag.get(tag)
            if hit is not None and registry.get(tag) is hit[0]:
                return hit[1](data)
            return resolve(data, tag)

        return load_tagged

    # --- code generation --------------------------------------------------------------------

    def _compile(self, cls: type) -> Loader | None:
        from .converter import _can_assemble, _value_checks

        described = describe(cls)
        fields = described.fields
        if not _can_assemble(cls, fields):
            return None
        required = sum(1 for a in fields if a.required)
        env: dict[str, Any] = {
            "_Refused": _Refused,
            "_new": object.__new__,
            "_set": object.__setattr__,
            "_C": cls,
            "_M": _MISSING,
            "_NO_EXTRA": NO_EXTRA,
            "_id_match": ID_MATCH,
            "_surrogate": SURROGATE.search,
            "_isfinite": math.isfinite,
            "_event_types": _EVENT_TYPES,
        }
        # ``n`` counts the keys this class knows; any other key leaves it short of len(d).
        body = ["def load(d):", "    if d.__class__ is not dict: raise _Refused"]
        if issubclass(cls, TaggedModel):
            body.append(f"    n = {required + 1} if 'type' in d else {required}")
        else:
            body.append(f"    n = {required}")
        late: list[str] = []
        names = {a.name: f"f{i}" for i, a in enumerate(fields)}
        for index, a in enumerate(fields):
            var = f"f{index}"
            # A lenient load keeps an unregistered term, but not on this path: refusing it here
            # sends the object to the detailed loader, and the document to the full scan
            # that reports the term as a warning.
            check = _value_checks(a.validator)
            inline = None if check is None else _inline_check(check, var, names)
            if inline is not None:
                for name, helper in _helpers(check).items():
                    if env.setdefault(name, helper) is not helper:
                        raise RuntimeError(f"two rules bind the inline helper {name!r}")
            if check is not None and inline is None:
                env[f"_v{index}"], env[f"_a{index}"] = check, a.attribute
                late.append(f"    _v{index}(o, _a{index}, {var})")
            convert = self._convert(a.type, var, env)
            if a.normaliser is not None:
                convert.append(f"{var} = {_bind(env, a.normaliser)}({var})")
            if a.required:
                body.append(f"    {var} = d[{a.wire_name!r}]")
                body += ["    " + line for line in convert]
                body += ["    " + line for line in inline or ()]
                continue
            env[f"_d{index}"] = a.default
            body.append(f"    {var} = d.get({a.wire_name!r}, _M)")
            body.append(f"    if {var} is _M:")
            if a.factory is not None:
                body.append(f"        {var} = _d{index}.factory()")
            else:
                body.append(f"        {var} = _d{index}")
            body.append("    else:")
            body.append("        n += 1")
            body += ["        " + line for line in convert]
            if inline and _passes(check, a, a.default):
                body += ["        " + line for line in inline]
            else:
                body += ["    " + line for line in inline or ()]
        env["_K"] = described.names | ({"type"} if issubclass(cls, TaggedModel) else set())
        env["_extras"] = _keep_unknown if self._hooks.keep else _refuse_unknown
        body.append("    x = _NO_EXTRA if n == len(d) else _extras(d, _K)")
        body.append("    o = _new(_C)")
        assert described.extra is not None
        for i, a in enumerate([*fields, described.extra]):
            value = f"f{i}" if a.name != "extra" else "x"
            slot = getattr(cls, a.name, None)
            if isinstance(slot, types.MemberDescriptorType):
                # Setting the slot directly skips the frozen class's refusing __setattr__.
                body.append(f"    {_bind(env, slot.__set__)}(o, {value})")
            else:
                body.append(f"    _set(o, {a.name!r}, {value})")
        body += late
        if getattr(cls, "__attrs_post_init__", None) is not None:
            env["_post"] = cls.__attrs_post_init__  # type: ignore[attr-defined]
            body.append("    _post(o)")
        body += self._notes(cls, fields, names, env)
        body.append("    return o")
        source = "\n".join(body)
        exec(_compiled(source, f"loader {cls.__qualname__}"), env)
        return env["load"]  # type: ignore[no-any-return]

    def _notes(
        self, cls: type, fields: Sequence[Any], names: dict[str, str], env: dict[str, Any]
    ) -> list[str]:
        """Lines that note, in the current collector, what the quick validation needs of the
        object just built (see :class:`Collector`)."""
        from .models.attribution import Attribution
        from .models.events import Event

        lines: list[str] = []
        if any(a.name == "id" for a in fields):
            lines.append(f"    if {names['id']} is not None: c.ids.append(({names['id']}, o))")
        for a in fields:
            kinds = a.metadata.get("ref")
            if kinds is None:
                continue
            var, bound = names[a.name], _bind(env, kinds)
            if get_origin(a.type) is tuple:
                lines.append(f"    for _r in {var}: c.refs.append((_r, {bound}))")
            else:
                lines.append(f"    if {var} is not None: c.refs.append(({var}, {bound}))")
        if cls is _base.Span:
            lines.append("    c.spans.append(o)")
        if issubclass(cls, Attribution):
            lines.append("    c.attributions.append(o)")
        if issubclass(cls, Event):
            lines.append("    c.events.append(o)")
        if not lines:
            return []
        env["_collecting"] = collecting
        return ["    c = _collecting.current", "    if c is not None:"] + [
            "    " + line for line in lines
        ]

    def _convert(self, t: Any, var: str, env: dict[str, Any]) -> list[str]:
        """Lines that check ``var`` against type ``t`` and replace it by its loaded value."""
        from . import converter as conv

        conv.claim_enums(self._hooks.converter, t)
        hook = structure_hook(self._hooks.converter, t)
        func = getattr(hook, "__func__", hook)
        refuse = "raise _Refused"
        if hook is conv._structure_str:
            return [f"if {var}.__class__ is not str: {refuse}"]
        if hook is conv._structure_int:
            return [
                f"if {var}.__class__ is not int or not {_INT_MIN} <= {var} <= {_INT_MAX}: {refuse}"
            ]
        if hook is conv._structure_bool:
            return [f"if {var}.__class__ is not bool: {refuse}"]
        if hook is conv._structure_float:
            return [
                f"if {var}.__class__ is not float:",
                f"    if {var}.__class__ is not int: {refuse}",
                f"    {var} = float({var})",
            ]
        if hook in (conv._structure_number, conv._structure_optional_number):
            lines = [
                f"if {var}.__class__ is not int:",
                f"    if {var}.__class__ is not float or not _isfinite({var}): {refuse}",
                f"elif not {_INT_MIN} <= {var} <= {_INT_MAX}: {refuse}",
            ]
            if hook is conv._structure_optional_number:
                return [f"if {var} is not None:", *("    " + line for line in lines)]
            return lines
        if hook is conv._structure_enum and is_class(t) and issubclass(t, enum.Enum):
            if all(type(m.value) is str for m in t):
                name = _bind(env, {m.value: m for m in t})
                return [f"if {var}.__class__ is not str: {refuse}", f"{var} = {name}[{var}]"]
        if hook is conv._structure_edtf_date:
            return [f"{var} = {_bind(env, self._dates)}({var})"]
        if hook is conv._structure_edtf_interval:
            return [f"{var} = {_bind(env, self._intervals)}({var})"]
        role = conv.hook_role(func)
        if role is not None and role.kind == "optional":
            lines = self._convert(role.type, var, env)
            return [f"if {var} is not None:", *("    " + line for line in lines)]
        if role is not None and role.kind == "model":
            return [f"{var} = {_bind(env, self.for_declared(role.type))}({var})"]
        if role is not None and role.kind == "array":
            item_type = role.type
            item = self._convert(item_type, "_item", env)
            lines = [f"if {var}.__class__ is not list: {refuse}"]
            if len(item) == 1 and item[0].startswith("_item = "):
                return [*lines, f"{var} = tuple([{item[0][8:]} for _item in {var}])"]
            if all(line.startswith("if ") and "_item =" not in line for line in item):
                return [
                    *lines,
                    f"for _item in {var}:",
                    *("    " + line for line in item),
                    f"{var} = tuple({var})",
                ]
            return [
                *lines,
                f"{var} = tuple([{_bind(env, self._item_loader(item_type))}(_item) "
                f"for _item in {var}])",
            ]
        return [f"{var} = {_bind(env, hook)}({var}, {_bind(env, t)})"]

    def _item_loader(self, t: Any) -> Loader:
        env: dict[str, Any] = {"_Refused": _Refused, "_isfinite": math.isfinite}
        lines = self._convert(t, "_item", env)
        source = "\n".join(
            ["def load(_item):", *("    " + line for line in lines), "    return _item"]
        )
        exec(_compiled(source, "item loader"), env)
        return env["load"]  # type: ignore[no-any-return]


def _refuse_all(data: Any) -> Any:
    raise _Refused


def _keep_unknown(data: dict[str, Any], known: frozenset[str]) -> KeptFields:
    try:
        return kept_fields({k: v for k, v in data.items() if k not in known})
    except RuleError:
        raise _Refused from None  # the detailed loader names the field and the rule


def _refuse_unknown(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    raise _Refused


_set_slot = object.__setattr__


_SERIAL = itertools.count(1)


def _compiled(source: str, what: str) -> Any:
    """Compile generated code under a file name of its own and put its source in
    ``linecache``, so tracebacks, ``pdb`` and ``inspect`` show the lines that ran (as attrs
    and cattrs do for the code they generate)."""
    filename = f"<iraqwithdrawal generated {what} #{next(_SERIAL)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return compile(source, filename, "exec")


def _bind(env: dict[str, Any], value: Any) -> str:
    """A fresh global name for ``value`` in the generated code's namespace."""
    name = f"_g{len(env)}"
    env[name] = value
    return name


_MISSING = object()
_FACTORY: type = type(attrs.Factory(dict))


class FastDumpers:
    """The generated writers of one converter: one function per class that builds the wire
    dict directly (``"type"`` first; defaults left out, except fields whose metadata says
    ``always``, such as ``schema_version``; unknown fields kept in ``extra`` merged last).
    Nested models are written by their runtime class, so subclasses registered later are
    written with their own fields."""

    def __init__(self, hooks: _Hooks) -> None:
        self._hooks = hooks
        self.by_class: dict[type, Callable[[Any], dict[str, Any]]] = _DumperTable(self)

    def compile(self, cls: type) -> Callable[[Any], dict[str, Any]]:
        from .converter import unregistered

        tag: str | None = None
        if issubclass(cls, TaggedModel):
            tag = tag_of(cls)
            if tag is None:
                raise unregistered(cls)
        env: dict[str, Any] = {"_U": self.by_class}
        # Fields always written lead the dict literal, until the first that may be left out.
        head = [f"'type': {tag!r}"] if tag else []
        body: list[str] = []
        for a in describe(cls).fields:
            always = a.required or a.always
            default = a.default
            if isinstance(default, _FACTORY):
                if default.takes_self:  # type: ignore[attr-defined]
                    always = True
                else:
                    default = default.factory()  # type: ignore[attr-defined]
            if always and not body:
                head.append(f"{a.wire_name!r}: {self._expr(a.type, f'o.{a.name}', env)}")
                continue
            value = self._expr(a.type, "v", env)
            body.append(f"    v = o.{a.name}")
            if always:
                body.append(f"    r[{a.wire_name!r}] = {value}")
                continue
            if default is None:
                test = "v is not None"
            elif default == () and type(default) is tuple:
                test = "v"
            else:
                test = f"v != {_bind(env, default)}"
            body.append(f"    if {test}: r[{a.wire_name!r}] = {value}")
        body = ["def dump(o):", "    r = {" + ", ".join(head) + "}", *body]
        env["_NO_EXTRA"] = NO_EXTRA
        env["_kept_copy"] = kept_copy
        # Kept values are copied out, so that changing the output cannot change the model.
        body += [
            "    x = o.extra",
            "    if x is not _NO_EXTRA and x:",
            "        for k, xv in x.items(): r[k] = _kept_copy(xv)",
            "    return r",
        ]
        source = "\n".join(body)
        exec(_compiled(source, f"writer {cls.__qualname__}"), env)
        return env["dump"]  # type: ignore[no-any-return]

    def _expr(self, t: Any, var: str, env: dict[str, Any]) -> str:
        """An expression giving the wire value of ``var``, a value of type ``t``."""
        from . import converter as conv

        conv.claim_enums(self._hooks.converter, t)
        hook = unstructure_hook(self._hooks.converter, t)
        if hook is cattrs.fns.identity or t in (int | float, int | float | None):
            return var
        role = conv.hook_role(hook)
        if role is not None and role.kind == "enum_out":
            return f"{var}._value_"
        if hook in (PartialDate.to_edtf, Interval.to_edtf):
            return f"{var}.to_edtf()"
        if getattr(hook, "__func__", None) is conv._Hooks.dispatch_unstructure:
            return f"_U[{var}.__class__]({var})"
        if role is not None and role.kind == "optional_out":
            return f"(None if {var} is None else {self._expr(role.type, var, env)})"
        if role is not None and role.kind == "array_out":
            item_expr = self._expr(role.type, "_x", env)
            if item_expr == "_x":
                return f"list({var})"
            return f"[{item_expr} for _x in {var}]"
        return f"{_bind(env, hook)}({var})"


class _DumperTable(dict):  # type: ignore[type-arg]
    """Class -> writer; a class seen for the first time gets its writer compiled."""

    def __init__(self, owner: FastDumpers) -> None:
        super().__init__()
        self._owner = owner

    def __missing__(self, cls: type) -> Callable[[Any], dict[str, Any]]:
        fn = self[cls] = self._owner.compile(cls)
        return fn

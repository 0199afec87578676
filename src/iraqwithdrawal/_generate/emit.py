"""The loader generator: one emitter, called with ``detailed`` off or on.

For a model class it reads the model description (:func:`iraqwithdrawal.description.describe`)
and writes the source of one Python function that reads a parsed JSON object into the frozen
instance. The two variants differ where cattrs' ``detailed_validation`` makes its generated
code differ:

* **fast** (``detailed=False``): type and common value checks inline, nested models through
  their own fast loaders, and the first doubt raises ``_Refused``; it also notes what the
  document validation needs in the current :class:`~iraqwithdrawal._fast.Collector`.
* **detailed** (``detailed=True``): each field, and each array item, in its own ``try``; every
  failure is kept with its place (a cattrs note naming the field or the index) and the
  object goes on to the next field, so one error tree reports every problem; leaves are read
  by the strict hooks, which word each refusal.

The fast variant must accept exactly what the detailed one accepts: the converter runs the
fast loader first and, on any exception, the detailed one from the start of that object.
Both are compiled under readable file names registered in :mod:`linecache`, so tracebacks,
``pdb`` and ``inspect.getsource`` show the generated lines.
"""

from __future__ import annotations

import enum
import itertools
import linecache
import math
import re
import types
from collections.abc import Callable, Sequence
from typing import Any, Protocol, cast, get_origin

import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError

from .. import accel
from .._compat import structure_hook
from .._fast import Refused, collecting
from .._kept import INT_RANGE
from ..description import FieldInfo, describe, is_class
from ..models import base as _base
from ..models.attribution import Attribution
from ..models.base import NO_EXTRA, to_tuple
from ..models.checks import ID_MATCH, AllOf, Check, Each, Optional, Rule, run_class_rules
from ..models.events import EVENT_TYPES as _EVENT_TYPES
from ..models.events import Event
from ..models.quantity import Quantity
from . import hooks as h
from .policy import Policy

__all__ = ["Loader", "Owner", "built", "can_assemble", "compiled", "emit_loader", "value_checks"]

Loader = Callable[[Any], Any]
_INT_MIN, _INT_MAX = INT_RANGE
_MISSING = object()
_WORD = re.compile(r"\W+")


class Owner(Protocol):
    """What the generator asks of the loaders that own it (one set per converter)."""

    converter: cattrs.Converter
    policy: Policy
    dates: Loader
    intervals: Loader

    def for_declared(self, declared: type) -> Loader:
        """The fast loader for a slot declared as ``declared``."""
        ...


# --- which checks a loader runs -------------------------------------------------------------


def value_checks(validator: Any, keep: bool = False) -> Any:
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
        parts = [p for p in (value_checks(x, keep) for x in validator.checks) if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else AllOf(*parts)
    if isinstance(validator, Optional):
        inner = value_checks(validator.inner, keep)
        return None if inner is None else Optional(inner)
    if isinstance(validator, Each):
        member = value_checks(validator.member, keep)
        return None if member is None else Each(member)
    return validator


def can_assemble(cls: type, fields: Sequence[Any]) -> bool:
    """Whether a loaded object may be assembled without ``__init__``: true when the class's
    initialiser is the one attrs generated and no field has a converter other than
    ``to_tuple`` (whose work the array code has already done) or a normaliser. ``extra``
    does not count: the loaders build its read-only mapping themselves."""
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
            cast(Any, a.converter) in (None, to_tuple) or getattr(a.converter, "normaliser", False)
            for a in fields
            if a.name != "extra"
        )
    )


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
        return [f"if {var} is not None:", *_indent(inner)]
    if isinstance(validator, Each) and validator.container is None:
        inner = _inline_check(validator.member, "_item", {})
        if inner is None:
            return None
        return [f"for _item in {var}:", *_indent(inner)]
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


def _indent(lines: Sequence[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line for line in lines]


# --- the emitter ----------------------------------------------------------------------------


class _Emitter:
    """The source and namespace of one generated function."""

    def __init__(self, owner: Owner, detailed: bool) -> None:
        self.owner = owner
        self.detailed = detailed
        self.env: dict[str, Any] = {
            "_Refused": Refused,
            "_new": object.__new__,
            "_set": object.__setattr__,
            "_M": _MISSING,
            "_NO_EXTRA": NO_EXTRA,
            "_P": owner.policy,
            "_id_match": ID_MATCH,
            "_isfinite": math.isfinite,
            "_event_types": _EVENT_TYPES,
            "_noted": h.noted,
            "_at_index": h.at_index,
            "_wrong": h.wrong,
            "_ClassError": ClassValidationError,
            "_ArrayError": IterableValidationError,
        }

    def bind(self, value: Any, hint: str | None = None) -> str:
        """A fresh global name for ``value`` in the generated code's namespace, readable in
        a traceback: ``hint``, or the value's own name, and a serial number."""
        label = hint or getattr(value, "__name__", None) or type(value).__name__
        name = f"_{_WORD.sub('_', str(label)).strip('_')}_{len(self.env)}"
        self.env[name] = value
        return name

    def helpers(self, check: Any) -> None:
        for name, helper in _helpers(check).items():
            if self.env.setdefault(name, helper) is not helper:
                raise RuntimeError(f"two rules bind the inline helper {name!r}")

    # one value -----------------------------------------------------------------------------

    def convert(self, t: Any, var: str, depth: int = 0) -> list[str]:
        """Lines that check ``var`` against type ``t`` and replace it by its loaded value."""
        converter = self.owner.converter
        h.claim_enums(converter, t)
        hook = structure_hook(converter, t)
        role = h.hook_role(hook)
        if role is not None and role.kind == "optional":
            return [f"if {var} is not None:", *_indent(self.convert(role.type, var, depth))]
        if role is not None and role.kind == "array":
            if self.detailed:
                return self._array_detailed(t, role.type, var, depth)
            return self._array_fast(role.type, var)
        if role is not None and role.kind == "model":
            name = role.type.__name__
            if self.detailed:  # the slot's hook: fast first, this variant if it refuses
                return [f"{var} = {self.bind(hook, f'slot_{name}')}({var}, None)"]
            fast = self.owner.for_declared(role.type)
            return [f"{var} = {self.bind(fast, f'fast_{name}')}({var})"]
        if not self.detailed:
            lines = self._leaf_fast(t, hook, var)
            if lines is not None:
                return lines
        return [f"{var} = {self.bind(hook)}({var}, {self.bind(t, 'type')})"]

    def _leaf_fast(self, t: Any, hook: Any, var: str) -> list[str] | None:
        """A strict hook's work written inline (refusing where the hook would explain)."""
        refuse = "raise _Refused"
        if hook is h.structure_str:
            return [f"if {var}.__class__ is not str: {refuse}"]
        if hook is h.structure_int:
            return [
                f"if {var}.__class__ is not int or not {_INT_MIN} <= {var} <= {_INT_MAX}: {refuse}"
            ]
        if hook is h.structure_bool:
            return [f"if {var}.__class__ is not bool: {refuse}"]
        if hook is h.structure_float:
            return [
                f"if {var}.__class__ is not float:",
                f"    if {var}.__class__ is not int: {refuse}",
                f"    {var} = float({var})",
            ]
        if hook in (h.structure_number, h.structure_optional_number):
            lines = [
                f"if {var}.__class__ is not int:",
                f"    if {var}.__class__ is not float or not _isfinite({var}): {refuse}",
                f"elif not {_INT_MIN} <= {var} <= {_INT_MAX}: {refuse}",
            ]
            if hook is h.structure_optional_number:
                return [f"if {var} is not None:", *_indent(lines)]
            return lines
        if hook is h.structure_enum and is_class(t) and issubclass(t, enum.Enum):
            if all(type(m.value) is str for m in t):
                name = self.bind({m.value: m for m in t}, f"{t.__name__}_by_value")
                return [f"if {var}.__class__ is not str: {refuse}", f"{var} = {name}[{var}]"]
        if hook is h.structure_edtf_date:
            return [f"{var} = {self.bind(self.owner.dates, 'dates')}({var})"]
        if hook is h.structure_edtf_interval:
            return [f"{var} = {self.bind(self.owner.intervals, 'intervals')}({var})"]
        return None

    def _array_fast(self, item_type: Any, var: str) -> list[str]:
        item = self.convert(item_type, "_item")
        lines = [f"if {var}.__class__ is not list: raise _Refused"]
        if len(item) == 1 and item[0].startswith("_item = "):
            return [*lines, f"{var} = tuple([{item[0][8:]} for _item in {var}])"]
        if all(line.startswith("if ") and "_item =" not in line for line in item):
            return [*lines, f"for _item in {var}:", *_indent(item), f"{var} = tuple({var})"]
        loader = _compile_item(self.owner, item_type)
        name = self.bind(loader, "item")
        return [*lines, f"{var} = tuple([{name}(_item) for _item in {var}])"]

    def _array_detailed(self, t: Any, item_type: Any, var: str, depth: int) -> list[str]:
        """Every item read in its own ``try``: a bad item is kept with its index and the
        next one is read, as cattrs' detailed validation does."""
        n = depth
        item, out, errs, exc = f"_item{n}", f"_out{n}", f"_errs{n}", f"_e{n}"
        message = self.bind(f"While structuring {t}", "message")
        t_name, item_name = self.bind(t, "array_type"), self.bind(item_type, "item_type")
        return [
            f"if {var}.__class__ is not list: raise _wrong('an array', {var})",
            f"{out} = []",
            f"{errs} = []",
            f"for _i{n}, {item} in enumerate({var}):",
            "    try:",
            *_indent(self.convert(item_type, item, depth + 1), 2),
            f"        {out}.append({item})",
            f"    except Exception as {exc}:",
            f"        {errs}.append(_at_index({exc}, _i{n}, {item_name}, {t_name}))",
            f"if {errs}: raise _ArrayError({message}, {errs}, {t_name})",
            f"{var} = tuple({out})",
        ]


def _compile_item(owner: Owner, t: Any) -> Loader:
    """A fast loader of one array item of type ``t`` (for items too big to inline)."""
    emitter = _Emitter(owner, detailed=False)
    lines = emitter.convert(t, "_item")
    source = "\n".join(["def load(_item):", *_indent(lines), "    return _item"])
    return cast(Loader, built(source, f"item loader {_type_name(t)} (fast)", emitter.env, "load"))


def _type_name(t: Any) -> str:
    return t.__qualname__ if is_class(t) else str(t).replace("iraqwithdrawal.models.", "")


# --- one class --------------------------------------------------------------------------------


def emit_loader(owner: Owner, cls: type, detailed: bool) -> Loader | None:
    """The loader of exactly ``cls``: fast, or detailed. The fast variant is ``None`` for a
    class that must be built through its ``__init__`` (the detailed one does that)."""
    described = describe(cls)
    fields = described.fields
    direct = can_assemble(cls, fields)
    if not direct and not detailed:
        return None
    em = _Emitter(owner, detailed)
    em.env["_C"] = cls
    # The fast variant holds terms to the vocabulary even in a lenient load: refusing an
    # unregistered term sends the object to the detailed variant, and the document to the
    # full scan that reports the term as a warning.
    lenient = detailed and not owner.policy.checks_vocabulary
    known = described.names | ({"type"} if described.tagged else set())
    em.env["_K"] = frozenset(known)
    names = {a.name: f"f{i}" for i, a in enumerate(fields)}
    checks = [value_checks(a.validator, lenient) for a in fields]
    if detailed:
        body = _detailed_body(em, cls, fields, names, checks, direct)
    else:
        body = _fast_body(em, cls, fields, names, checks, described.tagged)
    source = "\n".join(["def load(d):", *body])
    variant = "detailed" if detailed else "fast"
    return cast(Loader, built(source, f"loader {cls.__qualname__} ({variant})", em.env, "load"))


def _default(em: _Emitter, index: int, a: FieldInfo, var: str) -> str:
    em.env[f"_d{index}"] = a.default
    if a.factory is not None:
        return f"{var} = _d{index}.factory()"
    return f"{var} = _d{index}"


def _fast_body(
    em: _Emitter,
    cls: type,
    fields: Sequence[FieldInfo],
    names: dict[str, str],
    checks: list[Any],
    tagged: bool,
) -> list[str]:
    required = sum(1 for a in fields if a.required)
    # ``n`` counts the keys this class knows; any other key leaves it short of len(d).
    body = ["if d.__class__ is not dict: raise _Refused"]
    body.append(
        f"n = {required + 1} if 'type' in d else {required}" if tagged else f"n = {required}"
    )
    late: list[str] = []
    for index, (a, check) in enumerate(zip(fields, checks, strict=True)):
        var = names[a.name]
        inline = None if check is None else _inline_check(check, var, names)
        if inline is not None:
            em.helpers(check)
        if check is not None and inline is None:
            em.env[f"_v{index}"], em.env[f"_a{index}"] = check, a.attribute
            late.append(f"_v{index}(o, _a{index}, {var})")
        convert = em.convert(a.type, var)
        if a.normaliser is not None:
            call = f"{var} = {em.bind(a.normaliser, 'normalise')}({var})"
            if getattr(a.normaliser, "keeps_text", False):
                call = f"if {var}.__class__ is not str: {call}"  # text passes unchanged
            convert.append(call)
        if a.required:
            body += [f"{var} = d[{a.wire_name!r}]", *convert, *(inline or ())]
            continue
        body += [f"{var} = d.get({a.wire_name!r}, _M)", f"if {var} is _M:"]
        body += _indent([_default(em, index, a, var)])
        body += ["else:", "    n += 1", *_indent(convert)]
        if inline and _passes(check, a.attribute, a.default):
            body += _indent(inline)
        else:
            body += inline or []
    body.append("x = _NO_EXTRA if n == len(d) else _P.extras_fast(d, _K)")
    body += _assemble(em, cls, fields, names)
    body += late
    body += _post_init(em, cls, detailed=False, names=names)
    body += _notes(em, cls, fields, names)
    body.append("return o")
    return _indent(body)


def _detailed_body(
    em: _Emitter,
    cls: type,
    fields: Sequence[FieldInfo],
    names: dict[str, str],
    checks: list[Any],
    direct: bool,
) -> list[str]:
    em.env["_msg"] = f"While structuring {cls.__name__}"
    # The slot's dispatch has checked that ``d`` is an object (see ``loaders``).
    body = ["errors = []", "x = _P.extras_detailed(d, _K, _C, errors)"]
    for index, a in enumerate(fields):
        var, key = names[a.name], repr(a.wire_name)
        convert = em.convert(a.type, var)
        if a.normaliser is not None:
            convert.append(f"{var} = {em.bind(a.normaliser, 'normalise')}({var})")
        body += [f"if {key} in d:", "    try:", f"        {var} = d[{key}]"]
        body += _indent(convert, 2)
        body += [
            "    except Exception as e:",
            f"        errors.append(_noted(e, {key}, _C))",
            "else:",
        ]
        if a.required:
            body.append(f"    errors.append(_noted(KeyError({key}), {key}, _C))")
        else:
            body += _indent([_default(em, index, a, var)])
    body.append("if errors: raise _ClassError(_msg, errors, _C)")
    if not direct:
        # Built by its own __init__ (a converter or initialiser of its own); if that
        # refuses, each field's validator is run alone so every problem gets its path.
        em.env["_refused"] = _refused
        values = ", ".join(f"{a.wire_name!r}: {names[a.name]}" for a in fields)
        body += [
            f"v = {{{values}}}",
            "try:",
            "    o = _C(**v)",
            "except Exception as e:",
            "    raise _refused(_C, v, e) from None",
            "if x: _set(o, 'extra', x)",
            "return o",
        ]
        return _indent(body)
    body += _assemble(em, cls, fields, names)
    for index, (a, check) in enumerate(zip(fields, checks, strict=True)):
        if check is None:
            continue
        em.env[f"_v{index}"], em.env[f"_a{index}"] = check, a.attribute
        body += [
            "try:",
            f"    _v{index}(o, _a{index}, {names[a.name]})",
            "except Exception as e:",
            f"    errors.append(_noted(e, {a.name!r}, _C))",
        ]
    body.append("if errors: raise _ClassError(_msg, errors, _C)")
    body += _post_init(em, cls, detailed=True)
    body.append("return o")
    return _indent(body)


def _assemble(
    em: _Emitter, cls: type, fields: Sequence[FieldInfo], names: dict[str, str]
) -> list[str]:
    """Lines that make the object without ``__init__``: the class's attrs ``__init__`` only
    stores values the loader has already checked."""
    lines = ["o = _new(_C)"]
    for a in fields:
        lines.append(_store(em, cls, a.name, names[a.name]))
    lines.append(_store(em, cls, "extra", "x"))
    return lines


def _store(em: _Emitter, cls: type, name: str, value: str) -> str:
    slot = getattr(cls, name, None)
    if isinstance(slot, types.MemberDescriptorType):
        # Setting the slot directly skips the frozen class's refusing __setattr__.
        return f"{em.bind(slot.__set__, f'set_{name}')}(o, {value})"
    return f"_set(o, {name!r}, {value})"


def _post_init(
    em: _Emitter, cls: type, detailed: bool, names: dict[str, str] | None = None
) -> list[str]:
    post = getattr(cls, "__attrs_post_init__", None)
    if post is None:
        return []
    em.env["_post"] = post
    if not detailed:
        if post is run_class_rules and names is not None:
            return _class_rules_fast(em, cls, names)
        return ["_post(o)"]
    return [
        "try:",
        "    _post(o)",
        "except Exception as e:",
        "    raise _ClassError(_msg, [e], _C) from None",
    ]


def _class_rules_fast(em: _Emitter, cls: type, names: dict[str, str]) -> list[str]:
    """The class's rules written into the fast loader, each refusing as ``run_class_rules``
    would raise: a rule's ``broken`` expression inline where it has one, else a direct call
    of its test (no loop over the class's list, no message built). The list is the one the
    class holds now; if the class is given another list later, ``run_class_rules`` runs."""
    rules = tuple(getattr(cls, "CLASS_RULES", ()))
    em.env["_rules"] = getattr(cls, "CLASS_RULES", ())
    checks: list[str] = []
    for rule in rules:
        broken = getattr(rule, "broken", None)
        line = None
        if broken is not None:
            try:
                line = f"if {broken.format(**names)}: raise _Refused"
            except KeyError:  # it reads a field this class does not have
                line = None
        if line is not None:
            for name, helper in rule.helpers.items():
                if em.env.setdefault(name, helper) is not helper:
                    raise RuntimeError(f"two rules bind the inline helper {name!r}")
        else:
            line = f"if {em.bind(rule.test, 'rule')}(o) is not None: raise _Refused"
        checks.append(line)
    if not checks:
        return ["if _C.CLASS_RULES is not _rules: _post(o)"]
    return ["if _C.CLASS_RULES is _rules:", *_indent(checks), "else:", "    _post(o)"]


def _notes(
    em: _Emitter, cls: type, fields: Sequence[FieldInfo], names: dict[str, str]
) -> list[str]:
    """Lines that note, in the current collector, what the quick validation needs of the
    object just built (see :class:`~iraqwithdrawal._fast.Collector`)."""
    lines: list[str] = []
    if "id" in names:
        lines.append(f"if {names['id']} is not None: c.ids.append(({names['id']}, o))")
    for a in fields:
        if a.ref is None:
            continue
        var, bound = names[a.name], em.bind(a.ref, f"ref_{a.name}")
        if get_origin(a.type) is tuple:
            lines.append(f"for _r in {var}: c.refs.append((_r, {bound}))")
        else:
            lines.append(f"if {var} is not None: c.refs.append(({var}, {bound}))")
    if cls is _base.Span:
        lines.append("c.spans.append(o)")
    if issubclass(cls, Attribution):
        lines.append("c.attributions.append(o)")
    if issubclass(cls, Event):
        lines.append("c.events.append(o)")
    if issubclass(cls, Quantity):
        lines.append(f"if {names['parts']}: c.parted.append(o)")
    if not lines:
        return []
    em.env["_collecting"] = collecting
    return ["c = _collecting.current", "if c is not None:", *_indent(lines)]


def _refused(cls: type, values: dict[str, Any], exc: Exception) -> ClassValidationError:
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
            errors.append(h.noted(field_exc, a.name, cls))
    return ClassValidationError(f"While structuring {cls.__name__}", errors or [exc], cls)


class _Probe:
    """Stands in for an instance while validators are re-run one by one."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


# --- compiling ----------------------------------------------------------------------------------

_SERIAL = itertools.count(1)


def compiled(source: str, what: str) -> Any:
    """Compile generated code under a file name of its own and put its source in
    ``linecache``, so tracebacks, ``pdb`` and ``inspect`` show the lines that ran (as attrs
    and cattrs do for the code they generate)."""
    filename = f"<iraqwithdrawal generated {what} #{next(_SERIAL)}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return compile(source, filename, "exec")


def built(source: str, what: str, env: dict[str, Any], name: str) -> Any:
    """The function ``name`` that generated ``source`` defines, its globals in ``env``: the
    compiled twin from the optional accelerator when it holds this exact source (see
    :mod:`iraqwithdrawal.accel`), else the source compiled here and run in ``env``."""
    twin = accel.twin(source, what, env)
    if twin is not None:
        return twin
    exec(compiled(source, what), env)
    return env[name]

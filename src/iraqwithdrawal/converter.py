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
concrete) with its original tag kept in ``extra``; both are written back unchanged. What the
choice means is decided in :mod:`iraqwithdrawal._generate.policy`; the converter's loaders
carry it.

Model classes are read and written by code generated from their description
(:mod:`iraqwithdrawal._generate`): a fast loader and, when it refuses, a detailed loader
that reports every problem; :func:`problems_from_exception` turns that report into
:class:`~iraqwithdrawal.errors.Problem` records with JSON paths.
"""

from __future__ import annotations

import enum

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from ._generate import Loaders, Writers, can_assemble, policy, value_checks
from ._generate import hooks as _h
from ._generate.hooks import HookRole, claim_enums, hook_role, unregistered
from ._generate.policy import UnknownPolicy
from ._plugins import load_plugins
from .errors import EDTFError, Problem, RuleError, child_path
from .models.time import Interval, PartialDate

__all__ = [
    "HookRole",
    "UnknownPolicy",
    "claim_enums",
    "configure_converter",
    "hook_role",
    "make_converter",
    "problems_from_exception",
    "unregistered",
]

# The names the tests and the benchmark's equivalent models read (which checks a loader runs,
# which classes are assembled without ``__init__``), from before the generator had a package.
_value_checks = value_checks
_can_assemble = can_assemble


def make_converter(*, unknown: UnknownPolicy = "error") -> cattrs.Converter:
    """A new converter for the wire format. Build it once and reuse it."""
    converter = cattrs.Converter(detailed_validation=True)
    configure_converter(converter, unknown=unknown)
    return converter


def configure_converter(converter: cattrs.Converter, *, unknown: UnknownPolicy = "error") -> None:
    """Install this package's hooks on ``converter`` (which should use detailed validation
    for path-precise errors). Its loaders carry ``unknown``: the entry points given this
    converter as ``converter=`` load under that policy."""
    chosen = policy(unknown)
    load_plugins()
    loaders = Loaders(converter, chosen)
    writers = Writers(converter)
    for prim, fn in (
        (str, _h.structure_str),
        (int, _h.structure_int),
        (float, _h.structure_float),
        (bool, _h.structure_bool),
    ):
        converter.register_structure_hook(prim, fn)
    converter.register_structure_hook_func(_h.is_number_union, _h.structure_number)
    converter.register_structure_hook_func(_h.is_optional_number, _h.structure_optional_number)
    # Enums travel as their values. Class hooks on Enum reach every subclass, downstream
    # enums included (an enum that also subclasses str would meet the str hook first).
    converter.register_structure_hook(enum.Enum, _h.structure_enum)
    converter.register_unstructure_hook(enum.Enum, _h.enum_value)

    converter.register_structure_hook_factory(_h.is_model, loaders.dispatch_structure)
    converter.register_unstructure_hook_func(_h.is_model, writers.dispatch)
    converter.register_structure_hook_factory(
        _h.is_homogeneous_tuple, _h.tuple_structure_factory(converter)
    )
    converter.register_unstructure_hook_factory(
        _h.is_tuple_type, _h.tuple_unstructure_factory(converter)
    )
    converter.register_structure_hook_factory(
        _h.is_optional_one, _h.optional_structure_factory(converter)
    )
    converter.register_unstructure_hook_factory(
        _h.is_optional_one, _h.optional_unstructure_factory(converter)
    )
    # Registered last so they win over the model hooks: dates travel as EDTF strings.
    converter.register_structure_hook(PartialDate, _h.structure_edtf_date)
    converter.register_unstructure_hook(PartialDate, PartialDate.to_edtf)
    converter.register_structure_hook(Interval, _h.structure_edtf_interval)
    converter.register_unstructure_hook(Interval, Interval.to_edtf)


# --- errors to problems -------------------------------------------------------------------------


def problems_from_exception(exc: BaseException, path: str = "$") -> list[Problem]:
    """Flatten a loader's error tree (cattrs validation errors, as the detailed loaders
    raise them) into :class:`Problem` records with JSON paths."""
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

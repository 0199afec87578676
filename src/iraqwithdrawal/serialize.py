"""Reading and writing documents: dicts, JSON and JSON Lines.

All functions go through the converters of :mod:`iraqwithdrawal.converter`, built once per
unknown-field policy and reused. Bad input raises one
:class:`~iraqwithdrawal.errors.ValidationError` listing every problem with its JSON path.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar, overload

import cattrs
from cattrs.errors import BaseValidationError, StructureHandlerNotFoundError

from . import _json, files, validation
from ._fast import Collector, collecting
from ._generate.policy import Policy, loading_policy
from .converter import UnknownPolicy, make_converter, problems_from_exception
from .errors import Problem, RuleError, Severity, ValidationError
from .migrate import migrate
from .models.article import Article
from .models.base import Model

__all__ = [
    "from_dict",
    "from_json",
    "get_converter",
    "iter_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

T = TypeVar("T")

_CONVERTERS: dict[str, cattrs.Converter] = {}


def get_converter(unknown: UnknownPolicy = "error") -> cattrs.Converter:
    """The shared converter for an unknown-field policy (``"error"`` or ``"keep"``)."""
    conv = _CONVERTERS.get(unknown)
    if conv is None:
        conv = _CONVERTERS[unknown] = make_converter(unknown=unknown)
    return conv


def to_dict(obj: Any, *, converter: cattrs.Converter | None = None) -> Any:
    """The wire form of a model (a dict of JSON-ready values)."""
    return (converter or get_converter()).unstructure(obj)


@overload
def from_dict(
    data: Any,
    cls: None = None,
    *,
    unknown: UnknownPolicy | None = ...,
    validate: bool = ...,
    converter: cattrs.Converter | None = ...,
    source: str | None = ...,
    report: list[Problem] | None = ...,
) -> Article: ...
@overload
def from_dict(
    data: Any,
    cls: type[T],
    *,
    unknown: UnknownPolicy | None = ...,
    validate: bool = ...,
    converter: cattrs.Converter | None = ...,
    source: str | None = ...,
    report: list[Problem] | None = ...,
) -> T: ...
def from_dict(
    data: Any,
    cls: type[Any] | None = None,
    *,
    unknown: UnknownPolicy | None = None,
    validate: bool = True,
    converter: cattrs.Converter | None = None,
    source: str | None = None,
    report: list[Problem] | None = None,
) -> Any:
    """Build a model (an :class:`Article` unless ``cls`` says otherwise) from its wire form.

    With ``validate`` (the default) an article is also checked as a document; any error
    raises, and the warnings are appended to ``report`` when one is given (so a caller
    need not validate again to see them). ``source`` names the input in error messages (a
    file name, a line).

    ``data`` is held to the rules that reading JSON text applies (integers within 64 bits,
    finite numbers, no lone surrogates, nesting at most 512 levels), so what is accepted can
    be written by every backend; and to the exact types that parsing gives (``str``,
    ``int``, ``float``, ``bool``, ``list``, ``dict``): a subclass, another mapping, or an
    object whose ``__class__`` claims one is ``wrong_type``.

    ``unknown`` is the unknown-field policy (``"error"`` when not given). A ``converter``
    loads under the policy it was configured with; an ``unknown`` that contradicts it, or a
    converter not configured by this package, raises ``ValueError``.
    """
    chosen = loading_policy(unknown, converter)
    try:
        _json.check_value(data)
    except _json.JSONRefused as exc:
        raise ValidationError(
            [Problem(code=exc.code, path=exc.path, message=str(exc))], source=source
        ) from None
    return _from_dict([data], cls, chosen, validate, converter, source, report)


def _from_dict(
    box: list[Any],
    cls: type[Any] | None,
    chosen: Policy,
    validate: bool,
    converter: cattrs.Converter | None,
    source: str | None,
    report: list[Problem] | None,
) -> Any:
    """Build and validate the value ``box`` holds (the list is emptied: see below)."""
    target = Article if cls is None else cls
    data = box.pop()
    if issubclass(target, Article):
        data = migrate(data, source)
    conv = converter or get_converter(chosen.name)
    # While one document is built and validated, the generated loaders take notes for its
    # validation (no second walk), and the cyclic garbage collector waits: the objects built
    # are a tree. The parsed value is dropped before the collector comes back, so its first
    # pass (due then: every object made counts) walks the document alone, not the parsed
    # tree and the notes as well.
    notes = Collector() if validate and issubclass(target, Article) else None
    outer = collecting.current
    collecting.current = notes
    _pause_collector()
    try:
        try:
            obj = conv.structure(data, target)
        except (
            BaseValidationError,
            StructureHandlerNotFoundError,
            RuleError,
            TypeError,
            ValueError,
            KeyError,
        ) as exc:
            raise ValidationError(problems_from_exception(exc), source=source) from None
        finally:
            collecting.current = outer
        del data
        if validate and isinstance(obj, Article):
            # Looked up in the module at each call: accel.disabled() swaps its functions back.
            problems = (
                validation.validate(obj)
                if notes is None
                else validation.validate_loaded(obj, notes)
            )
            del notes
            if any(p.severity is Severity.ERROR for p in problems):
                raise ValidationError(problems, source=source)
            if report is not None:
                report.extend(problems)
    finally:
        _resume_collector()
    return obj


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = False


def _pause_collector() -> None:
    """Hold the cyclic garbage collector off until the matching :func:`_resume_collector`
    (always called in a ``finally``); pauses on several threads nest."""
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1


def _resume_collector() -> None:
    """Give the collector back as the caller had it when the last pause on any thread ends."""
    global _gc_holders
    with _gc_lock:
        _gc_holders -= 1
        if _gc_holders == 0 and _gc_was_enabled:
            gc.enable()


def to_json(obj: Any, *, pretty: bool = False, converter: cattrs.Converter | None = None) -> str:
    """JSON text of a model; compact unless ``pretty``.

    The cyclic garbage collector waits while the wire form is built and written: that form
    is a tree of new dicts and lists, freed by reference counting as soon as the text is
    made, but each of them counts as an allocation, so on a large document the collector
    would run several times per call (and now and then a full pass over every object the
    process holds) for nothing it could free."""
    _pause_collector()
    try:
        # The wire form is an argument only: it is freed before the collector comes back.
        return _json.dumps(to_dict(obj, converter=converter), pretty=pretty)
    finally:
        _resume_collector()


@overload
def from_json(
    data: str | bytes,
    cls: None = None,
    *,
    unknown: UnknownPolicy | None = ...,
    validate: bool = ...,
    converter: cattrs.Converter | None = ...,
    source: str | None = ...,
    report: list[Problem] | None = ...,
) -> Article: ...
@overload
def from_json(
    data: str | bytes,
    cls: type[T],
    *,
    unknown: UnknownPolicy | None = ...,
    validate: bool = ...,
    converter: cattrs.Converter | None = ...,
    source: str | None = ...,
    report: list[Problem] | None = ...,
) -> T: ...
def from_json(
    data: str | bytes,
    cls: type[Any] | None = None,
    *,
    unknown: UnknownPolicy | None = None,
    validate: bool = True,
    converter: cattrs.Converter | None = None,
    source: str | None = None,
    report: list[Problem] | None = None,
) -> Any:
    """Parse JSON text (``str`` or UTF-8 ``bytes``) into a model; see :func:`from_dict`.

    A key given twice in one object (JSON parsers keep the last) is an error,
    ``duplicate_key`` at its path, with ``unknown="error"``; with ``unknown="keep"`` it is a
    warning in ``report``, and the last value stands."""
    chosen = loading_policy(unknown, converter)
    # The parsed value travels in a one-item list that _from_dict empties, so that once the
    # document is built no frame holds the parsed tree (see _from_dict).
    parsed: list[Any] = [None]
    parsed[0], repeated = _parse(data, source)
    if repeated:
        severity = chosen.duplicate_key
        problems = [
            Problem(
                code="duplicate_key",
                path=path,
                message="the key is given twice in one object (the last value stands)",
                severity=severity,
            )
            for path in repeated
        ]
        if severity is Severity.ERROR:
            raise ValidationError(problems, source=source)
        if report is not None:
            report.extend(problems)
    return _from_dict(parsed, cls, chosen, validate, converter, source, report)


def _parse(data: str | bytes, source: str | None) -> tuple[Any, list[str]]:
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        raise ValidationError(
            [
                Problem(
                    code="wrong_type",
                    path="$",
                    message=f"JSON input must be str or bytes, not {type(data).__name__}",
                )
            ],
            source=source,
        )
    try:
        return _json.read(data)
    except _json.JSONRefused as exc:
        raise ValidationError(
            [Problem(code=exc.code, path="$", message=f"JSON this library refuses: {exc}")],
            source=source,
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError(
            [Problem(code="invalid_json", path="$", message=f"not valid JSON: {exc}")],
            source=source,
        ) from None


def iter_jsonl(
    source: str | os.PathLike[str] | IO[Any],
    cls: type[Any] | None = None,
    *,
    unknown: UnknownPolicy | None = None,
    validate: bool = True,
    converter: cattrs.Converter | None = None,
    errors: list[ValidationError] | None = None,
) -> Iterator[Any]:
    """Yield one model per non-blank line of a JSON Lines file (a path, a FIFO, an open file,
    text or binary), reading one line at a time. A bad line raises ValidationError naming
    ``file:N`` (or ``line N``); given an ``errors`` list, the error is appended to it instead
    and reading goes on with the next line. A file that cannot be read, or a line longer
    than :data:`~iraqwithdrawal.files.MAX_DOCUMENT_BYTES`, raises
    :class:`~iraqwithdrawal.files.FileError` (it is not a bad line: reading stops)."""

    def parse(line: Any, where: str) -> Any:
        return from_json(
            line, cls, unknown=unknown, validate=validate, converter=converter, source=where
        )

    def skip(exc: Exception) -> bool:
        if errors is None or not isinstance(exc, ValidationError):
            return False
        errors.append(exc)
        return True

    return files.iter_records(source, parse, skip)


def write_jsonl(
    items: Iterable[Any],
    dest: str | os.PathLike[str] | IO[Any],
    *,
    converter: cattrs.Converter | None = None,
) -> int:
    """Write each model as one line of JSON; returns how many were written. ``dest`` is a
    path or an open file (text or binary). Items are consumed one at a time, so a generator
    of any length is written in constant memory. A path is written whole or not at all
    (:func:`iraqwithdrawal.files.replacing`): a symbolic link's target is written, the mode
    of a file replaced is kept, a FIFO, device or folder is refused, and if an item fails
    the earlier file is left as it was. An item that is not a model raises
    :class:`ValidationError` (``wrong_type`` at ``$[index]``); a failed write raises
    :class:`~iraqwithdrawal.files.FileError`."""

    def lines() -> Iterator[bytes]:
        for count, item in enumerate(items):
            if not isinstance(item, Model):
                raise ValidationError(
                    [
                        Problem(
                            code="wrong_type",
                            path=f"$[{count}]",
                            message=f"write_jsonl writes models, not {type(item).__name__}",
                        )
                    ]
                )
            yield _json.dump_line(to_dict(item, converter=converter))

    return files.write_lines(dest, lines())

"""The optional compiled accelerator: the generated loaders and writers, and a byte scan, in C.

At build time (:mod:`iraqwithdrawal.accel.build`, run by the wheel's build hook when Cython
and a C compiler are present) the generator's Python source of the fast loaders and writers
of the built-in classes, and the byte scan of ``scan.pyx``, are written to one Cython module,
``_compiled``, and compiled. Each generated function is kept under the SHA-256 of its
source: at run time the generator asks :func:`twin` for the compiled twin of every source it
emits, and gets one only for that exact source. A class registered at run time, a changed
model, a policy whose loaders differ, or a missing module all fall back to the Python path,
which stays the reference. ``IRAQWITHDRAWAL_PURE=1`` in the environment (read at import)
turns the accelerator off.

Two differences from the Python path (docs/performance.md): the compiled loaders untrack
the instances they build from the cyclic garbage collector, so a cycle made through one past
its frozen guard (loaded data cannot make one) is never collected; and a compiled writer
reads the slots it learned from its class, learned again whenever the class is changed (its
version tag moves), so that it writes what attribute look-up gives, as the Python one does.

This module imports nothing from the rest of the package, so the generator and the JSON
reader can both consult it.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

__all__ = [
    "ACTIVE",
    "FINGERPRINT",
    "PURE",
    "FUNCTIONS",
    "Recorder",
    "compile_functions",
    "disabled",
    "fingerprint",
    "free_names",
    "function_source",
    "scan",
    "served",
    "twin",
]

#: ``IRAQWITHDRAWAL_PURE=1`` was set when the package was imported: Python only.
PURE = os.environ.get("IRAQWITHDRAWAL_PURE") == "1"


def _load() -> ModuleType | None:
    if PURE:
        return None
    try:
        from . import _compiled  # type: ignore[attr-defined]
    except ImportError:
        return None
    return _compiled  # type: ignore[no-any-return]


_module = _load()

#: Whether the compiled module is loaded (it exists and ``IRAQWITHDRAWAL_PURE`` is not ``1``).
ACTIVE = _module is not None
#: The fingerprint of every generated source the compiled module holds, or ``None``.
FINGERPRINT: str | None = None if _module is None else _module.FINGERPRINT

#: The byte scan: ``scan(raw)`` is true when the UTF-8 JSON text ``raw``, if it parses, has
#: no key given twice in one object, no escape of a lone surrogate, no number with a
#: positive exponent or a run of 19 digits, and nests at most 512 levels, so that the parsed value
#: needs none of :func:`iraqwithdrawal._json.read`'s exact checks. False means only that
#: those checks must decide. ``None`` without the compiled module.
scan: Callable[[bytes], bool] | None = None if _module is None else _module.clean

_FACTORIES: dict[str, Callable[[dict[str, Any]], Any]] = (
    {} if _module is None else _module.FACTORIES
)
#: The descriptions (``"loader Article (fast)"``...) of the generated functions for which a
#: compiled twin was handed out in this process.
served: set[str] = set()


def fingerprint(source: str) -> str:
    """The key of one generated source: the SHA-256 of its text."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class Recorder:
    """Collects the generated sources (used by the build: ``with Recorder() as r: ...``)."""

    active: Recorder | None = None

    def __init__(self) -> None:
        #: (source, what, names the source reads from its namespace), in emission order.
        self.sources: list[tuple[str, str, list[str]]] = []

    def __enter__(self) -> Recorder:
        Recorder.active = self
        return self

    def __exit__(self, *exc: object) -> None:
        Recorder.active = None


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def free_names(source: str, env: dict[str, Any]) -> list[str]:
    """The names of ``env`` that ``source`` reads, sorted (a superset is harmless: the
    compiled factory only takes each from the namespace)."""
    return sorted(set(_NAME.findall(source)) & env.keys())


def twin(source: str, what: str, env: dict[str, Any]) -> Any:
    """The compiled function for generated ``source`` with its names taken from ``env``, or
    ``None`` when the compiled module does not hold this exact source (or is not loaded)."""
    recorder = Recorder.active
    if recorder is not None:
        recorder.sources.append((source, what, free_names(source, env)))
    if not _FACTORIES or _off:
        return None
    make = _FACTORIES.get(fingerprint(source))
    if make is None:
        return None
    try:
        fn = make(env)
    except KeyError:  # the namespace lacks a name the source reads: not the same code
        return None
    served.add(what)
    return fn


_off = False

#: The module functions offered to the accelerator (:func:`compile_functions`), in the order
#: offered: (what, its name, the Python function, the namespace it reads). The build
#: compiles each.
FUNCTIONS: list[tuple[str, str, Callable[..., Any], dict[str, Any]]] = []


def function_source(fn: Callable[..., Any]) -> str:
    """The source of a module-level function as its file has it (the text the compiled
    module keeps it under)."""
    import inspect

    return inspect.getsource(fn)


def compile_functions(namespace: dict[str, Any], *names: str) -> None:
    """Swap each named function of a module (``namespace`` is its ``globals()``) for its
    compiled twin, when the compiled module holds the function's exact source.

    Called at the end of a module, after everything the functions read is defined; the
    names are taken in order, so a function named after the ones it calls gets their
    compiled twins. The twin reads the module's names as they are bound at this call: a
    name bound again later (a monkeypatch) is not seen by it, as it would be by the
    function itself. Only plain functions whose module names are constants, classes and
    other functions belong here; ``IRAQWITHDRAWAL_PURE=1`` keeps every one of them Python."""
    module = namespace["__name__"]
    for name in names:
        fn = namespace[name]
        what = f"function {module}.{name}"
        FUNCTIONS.append((what, name, fn, namespace))
        if not _FACTORIES or _off:
            continue
        try:
            source = function_source(fn)
        except (OSError, TypeError):  # no source to read (a frozen or .pyc-only install)
            continue
        found = twin(source, what, namespace)
        if found is not None:
            namespace[name] = found


@contextmanager
def disabled() -> Iterator[None]:
    """Within the block, the pure-Python path: no compiled twin is handed out (a converter
    whose loaders and writers are first compiled here keeps Python ones), no byte scan runs
    and the module functions of :func:`compile_functions` are their Python selves. For
    comparisons and tests; not safe to use from several threads at once."""
    global scan, _off
    saved = scan, _off
    swapped = [(namespace, name, namespace[name]) for _, name, _, namespace in FUNCTIONS]
    scan, _off = None, True
    for _, name, fn, namespace in FUNCTIONS:
        namespace[name] = fn
    try:
        yield
    finally:
        scan, _off = saved
        for namespace, name, current in swapped:
            namespace[name] = current

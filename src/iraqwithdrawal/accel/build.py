"""Build the compiled accelerator: ``python -m iraqwithdrawal.accel.build [--out DIR]``.

Emits one Cython module from the same generator as the Python path: the byte scan
(``scan.pyx``) and, for each fast loader, item loader and writer that the generator emits
for the built-in classes under the converters ``from_json`` and ``to_json`` use (unknown
fields refused, and kept), a factory ``_make_N(env)`` whose body is that generated source
verbatim, its global names taken from the namespace the generator built. The module maps the
SHA-256 of each source to its factory (see :func:`iraqwithdrawal.accel.twin`). Then Cython
and the C compiler (through setuptools) make the extension, by default beside this file.

Needs Cython 3 and setuptools (build requirements only) and a C compiler.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import attrs

from . import FUNCTIONS, Recorder, fingerprint, free_names, function_source
from ._prelude import MAX_READS
from ._prelude import lines as prelude_lines

__all__ = ["build", "builtin_classes", "emit_module", "main"]

_HERE = Path(__file__).resolve().parent
MODULE = "iraqwithdrawal.accel._compiled"
_DEF = re.compile(r"^def (\w+)\(")


def builtin_classes() -> list[type]:
    """The package's own model classes: the registered ones and every class their fields
    hold, in a stable order."""
    from ..description import describe
    from ..models import registered_types

    seen: dict[type, None] = {}

    def reach(t: Any) -> Iterator[type]:
        if isinstance(t, type) and attrs.has(t):
            yield t
        for inner in get_args(t):
            yield from reach(inner)

    todo = [c for c in registered_types().values() if c.__module__.startswith("iraqwithdrawal.")]
    while todo:
        cls = todo.pop(0)
        if cls in seen or not cls.__module__.startswith("iraqwithdrawal."):
            continue
        seen[cls] = None
        for field in describe(cls).fields:
            todo.extend(reach(field.type))
    return sorted(seen, key=lambda c: (c.__module__, c.__qualname__))


def _sources() -> list[tuple[str, str, list[str]]]:
    """Every fast loader and writer source the default converters emit for the built-in
    classes, each once."""
    from .._generate import Loaders, Writers, policy
    from ..converter import make_converter

    with Recorder() as recorder:
        for unknown in ("error", "keep"):
            converter = make_converter(unknown=unknown)
            loaders, writers = Loaders(converter, policy(unknown)), Writers(converter)
            for cls in builtin_classes():
                loaders.fast(cls)
                try:
                    writers.by_class[cls]
                except Exception:  # an abstract base without a tag is never written
                    pass
    out: dict[str, tuple[str, str, list[str]]] = {}
    for source, what, names in recorder.sources:
        if what.endswith("(detailed)"):
            continue
        out.setdefault(fingerprint(source), (source, what, names))
    for what, _, fn, namespace in FUNCTIONS:
        source = function_source(fn)
        names = [n for n in free_names(source, namespace) if n != fn.__name__]
        out.setdefault(fingerprint(source), (source, what, names))
    return list(out.values())


def emit_module() -> str:
    """The Cython source of the accelerator module."""
    sources = _sources()
    lines = [
        "# cython: language_level=3, binding=False, boundscheck=False, wraparound=False",
        "# cython: annotation_typing=False",
        "cimport cython",
        "# Emitted by iraqwithdrawal.accel.build from the model description: do not edit.",
        "",
        (_HERE / "scan.pyx").read_text(encoding="utf-8"),
        "",
    ]
    lines += prelude_lines()
    offered = {what for what, *_ in FUNCTIONS}
    table = []
    for index, (source, what, names) in enumerate(sources):
        match = _DEF.match(source)
        assert match is not None, what
        function = what in offered
        if function:  # written for Python: negative indices and bounds as Python has them
            lines += ["@cython.boundscheck(True)", "@cython.wraparound(True)"]
        lines.append(f"def _make_{index}(env):")
        lines.append(f"    # {what}")
        lines += [f"    {name} = env[{name!r}]" for name in names]
        if function:  # a module function: compiled as it is written
            lines += ["    " + line if line else "" for line in source.splitlines()]
            lines += [f"    return {match.group(1)}", ""]
            table.append(f"    {fingerprint(source)!r}: _make_{index},")
            continue
        body = _typed_dict(_untracked(source.splitlines()))
        if _TYPED_HEAD[1] in body:
            lines.append(f"    _source = {source!r}")
            lines.append("    _python = []  # the source run as Python, made on first need")
        lines += _slot_prelude(names, body)
        body = _exact_types(_direct_stores(body))
        if body and body[0] == "def dump(o):":
            read = _ReadNames()
            body = _direct_reads(body, read)
            lines.append(f"    cdef _Layout _lay = _Layout({tuple(read.names)!r})")
        # Names the emitted lines add or read as built-ins.
        assert not {"type", "env", "_source", "_python", "_lay", "_direct"} & set(names), what
        lines += ["    " + line if line else "" for line in body]
        lines += [f"    return {match.group(1)}", ""]
        table.append(f"    {fingerprint(source)!r}: _make_{index},")
    whole = hashlib.sha256("".join(fingerprint(s) for s, _, _ in sources).encode()).hexdigest()
    lines += [f"FINGERPRINT = {whole!r}", "FACTORIES = {", *table, "}", ""]
    return "\n".join(lines)


def _untracked(lines: list[str]) -> list[str]:
    """A generated loader's lines with each model instance it makes untracked (see
    ``_prelude.UNTRACK``: a loaded tree has no cycles); the source's fingerprint is that of the
    lines as the generator wrote them."""
    out: list[str] = []
    for line in lines:
        out.append(line)
        if line.strip() == "o = _new(_C)":
            out.append(line[: len(line) - len(line.lstrip())] + "_untrack(o)")
    return out


#: Direct reads: each ``o.name`` a writer reads becomes a ``_read`` through the writer's
#: ``_Layout`` (see ``_prelude.LAYOUT``).
_READ = re.compile(r"\bo\.(\w+)\b(?!\()")


class _ReadNames:
    """The field names one writer reads, in the order first read."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def index(self, name: str) -> int:
        if name not in self.names:
            self.names.append(name)
        assert len(self.names) <= MAX_READS
        return self.names.index(name)


def _direct_reads(lines: list[str], read: _ReadNames) -> list[str]:
    """A generated writer's lines with each ``o.name`` read through ``_read`` (see above)."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"_read(o, _lay, _direct, {read.index(name)}, {name!r})"

    out = [lines[0], "    cdef bint _direct = _lay.direct(o)"]
    return out + [_READ.sub(one, line) for line in lines[1:]]


_STORE = re.compile(r"^(\s*)(_set_\w+_\d+)\(o, (\w+)\)$")
_NEW = "o = _new(_C)"


def _slot_prelude(names: list[str], body: list[str]) -> list[str]:
    """The factory's lines that read, once, the offsets and the allocation check that
    ``_direct_stores`` uses in ``body``."""
    used = {m.group(2) for line in body if (m := _STORE.match(line))}
    lines = [f"    cdef Py_ssize_t _at{name} = _slot_offset({name})" for name in sorted(used)]
    if any(line.strip() == _NEW for line in body) and {"_new", "_C"} <= set(names):
        lines.append("    cdef bint _plain = _plain_new(_new, _C)")
    return lines


def _direct_stores(lines: list[str]) -> list[str]:
    """A generated loader's lines with each slot store and the instance's allocation written
    directly (see ``_prelude.SLOTS_C`` and ``STORES``); the source's fingerprint stays that
    of the generator's."""
    out = []
    for line in lines:
        match = _STORE.match(line)
        if match is not None:
            pad, setter, value = match.groups()
            line = f"{pad}_put(o, _at{setter}, {setter}, {value})"
        elif line.strip() == _NEW:
            line = line.replace(_NEW, "o = _make(_new, _C, _plain)")
        out.append(line)
    return out


_CLASS_TEST = re.compile(r"\b(\w+)\.__class__ is (not )?(str|int|bool|float|list|dict)\b")


def _class_test(match: re.Match[str]) -> str:
    name, negated, builtin = match.groups()
    if negated:
        return f"(type({name}) is not {builtin} and {name}.__class__ is not {builtin})"
    return f"(type({name}) is {builtin} or {name}.__class__ is {builtin})"


def _exact_types(lines: list[str]) -> list[str]:
    """A generated loader's lines with each ``x.__class__ is [not] T`` test of a built-in
    type ``T`` asked first as ``type(x) is T``, which Cython compiles to one pointer
    comparison (``x.__class__`` is a generic attribute look-up). The exact built-in types
    cannot change their ``__class__``, so ``type(x) is T`` implies ``x.__class__ is T``;
    when the type is not ``T`` the attribute still decides (an object whose ``__class__``
    names another class is judged as the Python source judges it)."""
    return [_CLASS_TEST.sub(_class_test, line) for line in lines]


_CHECK = "    if d.__class__ is not dict: raise _Refused"
_TYPED_HEAD = [
    "    cdef dict _dd",
    "    if type(d) is not dict: return _as_python(_python, _source, env)(d)",
]
_USES = re.compile(r"\bd(?=\.get\(|\[)|(?<=len\()d(?=\))|(?<= in )d\b")


def _typed_dict(lines: list[str]) -> list[str]:
    """A fast loader's lines with its object, once checked to be exactly a ``dict``, read
    through a C-typed name, so that Cython turns ``d.get``, ``d[...]``, ``len(d)`` and
    ``in d`` into direct dict calls instead of attribute look-ups and generic calls."""
    if len(lines) < 2 or lines[0] != "def load(d):" or lines[1] != _CHECK:
        return lines
    # The cast needs exactly a dict: an object whose ``__class__`` claims ``dict`` passes the
    # source's test, and the direct dict calls would read it as one (out of its memory).
    # Any other object is read by the same source run as Python (see ``_as_python``).
    # ``n`` counts the keys the loader knows (``n = 2``, ``n += 1``, ``n == len(d)``): a C
    # integer, not a Python one.
    out = [lines[0], "    cdef Py_ssize_t n", *_TYPED_HEAD, "    _dd = <dict>d"]
    out += [_USES.sub("_dd", line) for line in lines[2:]]
    return out


def build(out: Path | None = None, *, keep: Path | None = None) -> Path:
    """Emit, cythonize and compile the module; returns the extension's path, written under
    ``out`` as ``iraqwithdrawal/accel/_compiled.<suffix>`` when given, else beside this
    file. ``keep`` keeps the emitted ``.pyx`` and ``.c`` there."""
    # Build requirements only, with or without type information where mypy runs.
    from Cython.Build import cythonize  # type: ignore[import-not-found,unused-ignore]
    from setuptools import Distribution, Extension  # type: ignore[import-untyped,unused-ignore]
    from setuptools.command.build_ext import (  # type: ignore[import-untyped,unused-ignore]
        build_ext,
    )

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pyx = work / "_compiled.pyx"
        pyx.write_text(emit_module(), encoding="utf-8")
        extension = Extension(MODULE, [str(pyx)], extra_compile_args=_flags())
        modules = cythonize(  # type: ignore[no-untyped-call,unused-ignore]
            [extension], quiet=True, language_level=3
        )
        dist = Distribution({"name": "iraqwithdrawal-accel", "ext_modules": modules})
        command = build_ext(dist)
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "temp")
        command.ensure_finalized()
        command.run()
        built = Path(command.get_ext_fullpath(MODULE))
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for generated in (pyx, pyx.with_suffix(".c")):
                shutil.copy(generated, keep / generated.name)
        target = (out / "iraqwithdrawal" / "accel" if out is not None else _HERE) / built.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)  # a new file: this process may have the old one mapped
        shutil.copy(built, target)
    return target


def _flags() -> list[str]:
    if sys.platform == "win32":
        return ["/O2"]
    return ["-O2", "-g0", "-Wno-unused-function", "-Wno-unreachable-code"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m iraqwithdrawal.accel.build")
    parser.add_argument("--out", type=Path, help="a build folder (default: beside the package)")
    parser.add_argument("--keep", type=Path, help="keep the emitted .pyx and .c in this folder")
    parser.add_argument("--emit", action="store_true", help="print the Cython source and stop")
    args = parser.parse_args(argv)
    if args.emit:
        sys.stdout.write(emit_module())
        return 0
    print(build(args.out, keep=args.keep))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The tables of :mod:`iraqwithdrawal.tables` and their columns, derived from the model
classes registered now: which family table a class goes to, how each field is stored (an
Arrow type, JSON text, a number as a float with its exact integer, a date with its bounds),
and the Arrow schema of each table, with field metadata marking every column that is not a
field's own value. Nothing here is written by hand per table or per field."""

from __future__ import annotations

import enum
import functools
import json
import re
import types
import typing
from collections.abc import Iterator
from typing import Any, get_args, get_origin

import attrs

from .description import describe, is_class
from .models import Article, Interval, PartialDate
from .models.base import Model, TaggedModel, registered_types, registry_version

__all__ = [
    "COLUMN_META",
    "INT_DIGITS",
    "KEY_COLUMNS",
    "SCALAR_MODELS",
    "Column",
    "Layout",
    "Table",
    "layout",
    "model_classes",
    "models_of",
    "pyarrow_module",
    "table_name",
    "table_schemas",
]

#: Columns every table starts with.
KEY_COLUMNS = ("article_id", "row_path", "parent_path", "type")
#: The Arrow field-metadata key that marks a column which is not a field's own value, and
#: the schema-metadata key that marks a table written by this module. The field value is
#: JSON: ``{"role": "int" | "float" | "json" | "earliest" | "latest", "field": name}``.
COLUMN_META = b"iraqwithdrawal"
#: Model classes written as one text in the wire format, so as columns, not tables.
SCALAR_MODELS = (PartialDate, Interval)
#: Digits of the integer columns: 20 hold every integer of ``INT_RANGE`` (2**64 - 1 has 20).
INT_DIGITS = 20


def pyarrow_module() -> Any:
    try:
        import pyarrow  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("tables need pyarrow: pip install 'iraqwithdrawal[tables]'") from exc
    return pyarrow


# --- the tables and their columns, derived from the model classes ---------------------------


def _family(cls: type) -> type:
    """The class whose table ``cls`` goes to: for a tagged class, its highest tagged base
    below ``TaggedModel`` (every entity kind goes to ``entities``); else the class."""
    family = cls
    for klass in cls.__mro__:
        if klass in (TaggedModel, Model) or not (is_class(klass) and attrs.has(klass)):
            continue
        if issubclass(klass, TaggedModel) and issubclass(cls, klass):
            family = klass
    return family


#: Table names English does not make by adding "s".
_IRREGULAR = {"Deixis": "deixes", "Rights": "rights", "BasedOn": "based_on"}


def table_name(cls: type) -> str:
    """``RelayHop`` → ``relay_hops``, ``Quantity`` → ``quantities``."""
    family = _family(cls).__name__
    if family in _IRREGULAR:
        return _IRREGULAR[family]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", family).lower()
    if words.endswith("y") and not words.endswith(("ay", "ey", "oy", "uy")):
        return words[:-1] + "ies"
    if words.endswith(("s", "x")):
        return words + "es"
    return words + "s"


def _alternatives(t: Any) -> list[Any]:
    """The types a value of a field of type ``t`` may have, ``None`` left out."""
    if get_origin(t) in (typing.Union, types.UnionType):
        return [a for a in get_args(t) if a is not type(None)]
    return [t]


def _is_row_class(t: Any) -> bool:
    return (
        is_class(t) and attrs.has(t) and issubclass(t, Model) and not issubclass(t, SCALAR_MODELS)
    )


def models_of(t: Any) -> bool:
    """Whether a field of type ``t`` holds models that are rows of their own: models, or
    tuples of them, and nothing else (a field that may hold a model or a text is JSON)."""
    kinds = _alternatives(t)
    if len(kinds) == 1 and get_origin(kinds[0]) is tuple:
        args = get_args(kinds[0])
        if len(args) != 2 or args[1] is not Ellipsis:
            return False
        kinds = _alternatives(args[0])
    return all(_is_row_class(k) for k in kinds)


#: How a field is stored: ("rows",) for models that are rows of their own; ("value", type)
#: for a value Arrow holds as it is; ("date", type) for EDTF text with its bounds;
#: ("number",) for an int or a float; ("json",) for anything else.
_Kind = tuple[Any, ...]


def _kind(t: Any) -> _Kind:
    pa = pyarrow_module()
    if models_of(t):
        return ("rows",)
    kinds = _alternatives(t)
    if len(kinds) > 1:
        return ("number",) if set(kinds) == {int, float} else ("json",)
    t = kinds[0]
    if get_origin(t) is tuple:
        args = get_args(t)
        if len(args) == 2 and args[1] is Ellipsis:
            inner = _kind(args[0])
            if inner[0] in ("value", "date"):
                return ("value", pa.list_(inner[1]))
        return ("json",)
    if t is bool:
        return ("value", pa.bool_())
    if t is int:
        return ("value", pa.decimal128(INT_DIGITS, 0))
    if t is float:
        return ("value", pa.float64())
    if t is str:
        return ("value", pa.string())
    if is_class(t) and issubclass(t, enum.Enum):
        return ("value", pa.dictionary(pa.int32(), pa.string()))
    if is_class(t) and issubclass(t, SCALAR_MODELS):
        return ("date", pa.string())
    return ("json",)


@attrs.frozen
class Column:
    """One column: its ``name``, the ``field`` it comes from, its ``role`` (``value``: the
    field's value; ``json``: its value as JSON text; ``float`` and ``int``: a number as a
    float and, when it is one, as an exact integer; ``earliest``/``latest``: a date's
    bounds, derived) and its Arrow type."""

    name: str
    field: str
    role: str
    arrow: Any

    def arrow_field(self) -> Any:
        pa = pyarrow_module()
        if self.role == "value":
            return pa.field(self.name, self.arrow)
        meta = json.dumps({"role": self.role, "field": self.field}).encode()
        return pa.field(self.name, self.arrow, metadata={COLUMN_META: meta})


@attrs.frozen
class Table:
    schema: Any
    columns: dict[str, Column]  # by column name
    of_field: dict[str, tuple[Column, ...]]  # by field name


@attrs.frozen
class Layout:
    tables: dict[str, Table]
    row_fields: dict[type, frozenset[str]]  # per class, the (wire names of) fields of rows


def _free(name: str, taken: set[str]) -> str:
    """``name``, or with ``_`` appended until no field or column has it."""
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def _table_columns(name: str, kinds: dict[str, list[_Kind]]) -> Table:
    """The columns of one table from the kinds of its fields in every class of the family:
    a field the classes store alike keeps that kind, one they disagree on is JSON text.
    Fields keep their names; derived columns take names no field has."""
    pa = pyarrow_module()
    clash = set(kinds) & {*KEY_COLUMNS, "extra"}
    if clash:
        raise ValueError(f"table {name}: fields {sorted(clash)} clash with key columns")
    taken = {*KEY_COLUMNS, "extra", *kinds}
    columns: list[Column] = []
    for field, seen in kinds.items():
        kind = seen[0] if all(k == seen[0] for k in seen) else ("json",)
        if kind[0] == "value":
            columns.append(Column(field, field, "value", kind[1]))
        elif kind[0] == "date":
            columns.append(Column(field, field, "value", kind[1]))
            for role in ("earliest", "latest"):
                columns.append(Column(_free(f"{field}_{role}", taken), field, role, pa.date32()))
        elif kind[0] == "number":
            columns.append(Column(field, field, "float", pa.float64()))
            exact = pa.decimal128(INT_DIGITS, 0)
            columns.append(Column(_free(f"{field}_int", taken), field, "int", exact))
        else:
            columns.append(Column(field, field, "json", pa.string()))
    keys = [pa.field(k, pa.string(), nullable=k in KEY_COLUMNS[2:]) for k in KEY_COLUMNS]
    schema = pa.schema(
        [*keys, *(c.arrow_field() for c in columns), pa.field("extra", pa.string())],
        metadata={COLUMN_META: b"1"},
    )
    of_field: dict[str, list[Column]] = {}
    for column in columns:
        of_field.setdefault(column.field, []).append(column)
    return Table(
        schema=schema,
        columns={c.name: c for c in columns},
        of_field={k: tuple(v) for k, v in of_field.items()},
    )


@functools.lru_cache(maxsize=8)
def _layout_at(_version: int) -> Layout:
    kinds: dict[str, dict[str, list[_Kind]]] = {}
    row_fields: dict[type, frozenset[str]] = {}
    for cls in model_classes():
        table = kinds.setdefault(table_name(cls), {})
        rows = set()
        for f in describe(cls).fields:
            kind = _kind(f.type)
            if kind[0] == "rows":
                rows.add(f.wire_name)
            else:
                table.setdefault(f.wire_name, []).append(kind)
        row_fields[cls] = frozenset(rows)
    return Layout(
        tables={name: _table_columns(name, fields) for name, fields in kinds.items()},
        row_fields=row_fields,
    )


def layout() -> Layout:
    """The tables of the classes registered now (cached until the registry changes)."""
    return _layout_at(registry_version())


def model_classes() -> list[type]:
    """Every model class an article can hold: the registered ones and those reachable from
    ``Article`` through its fields."""
    seen: list[type] = []

    def visit(cls: type) -> None:
        if cls in seen or not (attrs.has(cls) and issubclass(cls, Model)):
            return
        if issubclass(cls, SCALAR_MODELS):
            return
        seen.append(cls)
        for f in describe(cls).fields:
            for t in _types_in(f.type):
                visit(t)

    visit(Article)
    for cls in registered_types().values():
        visit(cls)
    return seen


def _types_in(t: Any) -> Iterator[type]:
    origin = get_origin(t)
    if origin in (typing.Union, types.UnionType, tuple):
        for arg in get_args(t):
            if arg is not Ellipsis:
                yield from _types_in(arg)
    elif is_class(t):
        yield t
        if attrs.has(t) and issubclass(t, TaggedModel):
            yield from (c for c in registered_types().values() if issubclass(c, t))


def table_schemas() -> dict[str, Any]:
    """The Arrow schema of each table, from the classes registered now (extensions
    included): the key columns, then the columns of the fields of every class of the
    family, then ``extra``."""
    return {name: table.schema for name, table in layout().tables.items()}

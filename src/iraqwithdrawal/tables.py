"""Relational tables of articles, for archives: Arrow record batches and a Parquet dataset.

Every model object of an article is one row of the table of its family: ``articles``,
``entities`` (people, organisations, places, anonymous sources and extension kinds, one
table with a ``type`` column), ``mentions``, ``events``, ``participants``, ``quotes``,
``attributions``, ``relay_hops``, ``claims``, ``quantities``, ``spans`` ... Nothing here is
written by hand per table: the tables, their columns and their Arrow types are derived
from the registered model classes, and the values are the wire format's (``to_dict``), so
the tables say what the JSON says.

Each row has ``article_id``, its own JSON path inside the article (``row_path``, e.g.
``$.quotes[2].attribution``) and its container's (``parent_path``), so any two tables join
on ``(article_id, parent_path)`` = ``(article_id, row_path)``, and model ids (``id``,
``source``, ``entity`` ...) join as usual. A date is its EDTF text as written plus
``<name>_earliest`` and ``<name>_latest`` days (``date32``, null when the year is unknown):
filter by range without inventing precision. Enumerations are dictionary-encoded strings.
Unknown fields kept by a lenient load are one JSON text column, ``extra``.

:func:`articles_from_tables` turns the tables back into the same articles.

Needs the ``tables`` extra (pyarrow).
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import os
import re
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, get_args, get_origin

import attrs

from .converter import UnknownPolicy
from .models import Article, Interval, PartialDate
from .models._base import Model, TaggedModel, registered_types
from .serialize import from_dict, to_dict

__all__ = [
    "ArchiveResult",
    "TableWriter",
    "articles_from_tables",
    "table_schemas",
    "to_tables",
    "write_archive",
    "write_tables",
]

#: Columns every table starts with.
KEY_COLUMNS = ("article_id", "row_path", "parent_path", "type")
#: Model classes written as one text in the wire format, so as columns, not tables.
_SCALAR_MODELS = (PartialDate, Interval)


def _pa() -> Any:
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
        if klass in (TaggedModel, Model) or not (isinstance(klass, type) and attrs.has(klass)):
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


def _unwrap(t: Any) -> Any:
    """The type inside ``X | None``."""
    if get_origin(t) in (typing.Union, types.UnionType):
        inner = [a for a in get_args(t) if a is not type(None)]
        if len(inner) == 1:
            return inner[0]
        if all(a in (int, float) for a in inner):
            return float
    return t


def _models_of(t: Any) -> bool:
    """Whether a field of type ``t`` holds models that are rows of their own."""
    t = _unwrap(t)
    if get_origin(t) is tuple:
        t = get_args(t)[0]
    if get_origin(t) in (typing.Union, types.UnionType):
        return any(_models_of(a) for a in get_args(t) if a is not type(None))
    return (
        isinstance(t, type)
        and attrs.has(t)
        and issubclass(t, Model)
        and not issubclass(t, _SCALAR_MODELS)
    )


def _arrow_type(t: Any) -> Any:
    pa = _pa()
    t = _unwrap(t)
    if get_origin(t) is tuple:
        return pa.list_(_arrow_type(get_args(t)[0]))
    if t is bool:
        return pa.bool_()
    if t is int:
        return pa.int64()
    if t is float:
        return pa.float64()
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return pa.dictionary(pa.int32(), pa.string())
    return pa.string()  # text, ids, EDTF dates and intervals, anything else as JSON text


def _columns(cls: type) -> list[tuple[str, Any]]:
    """(column, Arrow type) of one class's fields, in field order."""
    pa = _pa()
    attrs.resolve_types(cls)
    out: list[tuple[str, Any]] = []
    for a in attrs.fields(cls):
        if a.name == "extra" or _models_of(a.type):
            continue
        out.append((a.name, _arrow_type(a.type)))
        if _unwrap(a.type) in _SCALAR_MODELS:
            out += [(f"{a.name}_earliest", pa.date32()), (f"{a.name}_latest", pa.date32())]
    return out


def _classes() -> list[type]:
    """Every model class an article can hold: the registered ones and those reachable from
    ``Article`` through its fields."""
    seen: list[type] = []

    def visit(cls: type) -> None:
        if cls in seen or not (attrs.has(cls) and issubclass(cls, Model)):
            return
        if issubclass(cls, _SCALAR_MODELS):
            return
        seen.append(cls)
        attrs.resolve_types(cls)
        for a in attrs.fields(cls):
            for t in _types_in(a.type):
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
    elif isinstance(t, type):
        yield t
        if attrs.has(t) and issubclass(t, TaggedModel):
            yield from (c for c in registered_types().values() if issubclass(c, t))


def table_schemas() -> dict[str, Any]:
    """The Arrow schema of each table, from the classes registered now (extensions
    included): the key columns, then the fields of every class of the family, then
    ``extra``."""
    pa = _pa()
    columns: dict[str, dict[str, Any]] = {}
    for cls in _classes():
        table = columns.setdefault(table_name(cls), {})
        for name, kind in _columns(cls):
            table.setdefault(name, kind)
    schemas = {}
    for name, fields in columns.items():
        clash = set(fields) & {*KEY_COLUMNS, "extra"}
        if clash:
            raise ValueError(f"table {name}: fields {sorted(clash)} clash with key columns")
        keys = [pa.field(k, pa.string(), nullable=k in KEY_COLUMNS[2:]) for k in KEY_COLUMNS]
        rest = [pa.field(n, k) for n, k in fields.items()]
        schemas[name] = pa.schema([*keys, *rest, pa.field("extra", pa.string())])
    return schemas


# --- articles to rows -----------------------------------------------------------------------


def _is_row(value: Any) -> bool:
    return isinstance(value, Model) and not isinstance(value, _SCALAR_MODELS)


def _bounds(value: Any) -> tuple[_dt.date | None, _dt.date | None]:
    if isinstance(value, PartialDate):
        return value.earliest(), value.latest()
    if isinstance(value, Interval):
        start = value.start.earliest() if value.start is not None else None
        end = value.end.latest() if value.end is not None else None
        return start, end
    return None, None


def to_tables(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows of one article, by table. Values are those of the wire format."""
    wire = to_dict(article)
    rows: dict[str, list[dict[str, Any]]] = {}

    def visit(node: Any, data: Mapping[str, Any], path: str, parent: str | None) -> None:
        row: dict[str, Any] = {
            "article_id": article.id,
            "row_path": path,
            "parent_path": parent,
            "type": data.get("type"),
        }
        extra = getattr(node, "extra", None)
        if extra:
            row["extra"] = json.dumps({k: data[k] for k in extra if k in data}, ensure_ascii=False)
        for a in attrs.fields(type(node)):
            if a.name == "extra" or a.name not in data:
                continue
            value, wire_value = getattr(node, a.name), data[a.name]
            here = f"{path}.{a.name}"
            if isinstance(value, tuple) and value and _is_row(value[0]):
                for i, (item, item_data) in enumerate(zip(value, wire_value, strict=True)):
                    visit(item, item_data, f"{here}[{i}]", path)
            elif _is_row(value):
                visit(value, wire_value, here, path)
            else:
                row[a.name] = json.dumps(wire_value) if isinstance(wire_value, dict) else wire_value
                if isinstance(value, _SCALAR_MODELS):
                    row[f"{a.name}_earliest"], row[f"{a.name}_latest"] = _bounds(value)
        rows.setdefault(table_name(type(node)), []).append(row)

    visit(article, wire, "$", None)
    return rows


class TableWriter:
    """Writes the tables of many articles to a Parquet dataset in ``out`` (one folder per
    table, one file ``<part>.parquet`` in each), in record batches of ``batch`` articles:
    memory stays flat whatever the number of articles. Use as a context manager, or call
    :meth:`close`."""

    def __init__(
        self, out: str | os.PathLike[str], *, batch: int = 1000, part: str = "part-0"
    ) -> None:
        self.out = Path(out)
        self.batch = batch
        self.part = part
        self.schemas = table_schemas()
        self.articles = 0
        self.rows: dict[str, int] = dict.fromkeys(self.schemas, 0)
        self._pending: dict[str, list[dict[str, Any]]] = {name: [] for name in self.schemas}
        self._in_batch = 0
        self._writers: dict[str, Any] = {}

    def add(self, article: Article) -> None:
        for name, rows in to_tables(article).items():
            self._pending[name].extend(rows)
        self.articles += 1
        self._in_batch += 1
        if self._in_batch >= self.batch:
            self.flush()

    def flush(self) -> None:
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

        pa = _pa()
        for name, rows in self._pending.items():
            if not rows:
                continue
            schema = self.schemas[name]
            table = pa.Table.from_pylist(rows, schema=schema)
            writer = self._writers.get(name)
            if writer is None:
                folder = self.out / name
                folder.mkdir(parents=True, exist_ok=True)
                writer = pq.ParquetWriter(folder / f"{self.part}.parquet", schema)
                self._writers[name] = writer
            writer.write_table(table)
            self.rows[name] += len(rows)
            rows.clear()
        self._in_batch = 0

    def close(self) -> None:
        self.flush()
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_tables(
    articles: Iterable[Article], out: str | os.PathLike[str], *, batch: int = 1000
) -> TableWriter:
    """Write ``articles`` as a Parquet dataset in ``out``; returns the writer, with its
    counts of articles and of rows per table."""
    with TableWriter(out, batch=batch) as writer:
        for article in articles:
            writer.add(article)
    return writer


# --- an archive, in one process or on a Dask cluster ----------------------------------------


@attrs.frozen(kw_only=True)
class ArchiveResult:
    """What writing an archive did: articles and rows written, and the bad lines skipped
    (``file:line: problem``)."""

    articles: int
    rows: dict[str, int]
    errors: tuple[str, ...]


def _shard(path: str, part: str, *, out: str, unknown: UnknownPolicy, skip: bool) -> ArchiveResult:
    """One file of an archive to the ``part`` files of the dataset (a task of its own)."""
    from ._plugins import load_plugins
    from .serialize import iter_jsonl

    load_plugins()  # a worker process knows the extension types its packages declare
    errors: list[Any] = []
    with TableWriter(out, part=part) as writer:
        for article in iter_jsonl(path, unknown=unknown, errors=errors if skip else None):
            writer.add(article)
    return ArchiveResult(
        articles=writer.articles,
        rows={k: v for k, v in writer.rows.items() if v},
        errors=tuple(str(e) for e in errors),
    )


def write_archive(
    files: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    unknown: UnknownPolicy = "error",
    on_error: str = "skip",
    scheduler: Any = None,
) -> ArchiveResult:
    """Write the JSON Lines ``files`` of an archive (its shards) as one Parquet dataset in
    ``out``, one part file per shard and table. Without a ``scheduler`` the shards are read
    one after the other in this process; with ``scheduler="dask"`` (the current Dask
    client or scheduler) or a ``distributed.Client``, each shard is a Dask task, so the
    shards are read, validated and written in parallel, on one machine or a cluster. Bad
    lines are skipped and listed in the result (``on_error="skip"``), or the first one
    raises :class:`~iraqwithdrawal.ValidationError` (``"stop"``)."""
    shards = [(os.fspath(f), f"part-{i:05d}") for i, f in enumerate(files)]
    job = functools.partial(_shard, out=os.fspath(out), unknown=unknown, skip=on_error == "skip")
    if scheduler is None:
        results = [job(path, part) for path, part in shards]
    else:
        import dask.bag  # type: ignore[import-untyped, import-not-found, unused-ignore]

        bags: Any = dask.bag
        tasks = bags.from_sequence(shards, npartitions=max(len(shards), 1)).starmap(job)
        results = tasks.compute() if scheduler == "dask" else scheduler.compute(tasks).result()
    rows: dict[str, int] = {}
    for result in results:
        for name, n in result.rows.items():
            rows[name] = rows.get(name, 0) + n
    return ArchiveResult(
        articles=sum(r.articles for r in results),
        rows=rows,
        errors=tuple(e for r in results for e in r.errors),
    )


# --- and back -------------------------------------------------------------------------------

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _place(root: dict[str, Any], path: str, values: dict[str, Any]) -> None:
    """Put ``values`` at ``path`` in ``root``, making the objects and lists on the way."""
    steps = [(m[1], m[2]) for m in _STEP.finditer(path)]
    node: Any = root
    for n, (key, index) in enumerate(steps):
        last = n == len(steps) - 1
        following = steps[n + 1] if not last else None
        empty: Any = [] if following is not None and following[1] else {}
        if key:
            if last:
                node.setdefault(key, {}).update(values)
            else:
                node = node.setdefault(key, empty)
        else:
            i = int(index)
            while len(node) <= i:
                node.append(None)
            if last:
                node[i] = {**(node[i] or {}), **values}
            else:
                if node[i] is None:
                    node[i] = empty
                node = node[i]


def articles_from_tables(
    tables: Mapping[str, Any], *, unknown: UnknownPolicy = "error"
) -> Iterator[Article]:
    """The articles whose rows ``tables`` hold (Arrow tables or lists of row dicts, by
    table name), in the order of the ``articles`` table."""
    documents: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    skip = {"article_id", "row_path", "parent_path", "extra"}
    for name, table in tables.items():
        rows = table.to_pylist() if hasattr(table, "to_pylist") else list(table)
        for row in rows:
            values = {
                k: v
                for k, v in row.items()
                if v is not None and k not in skip and not k.endswith(("_earliest", "_latest"))
            }
            if row.get("extra"):
                values.update(json.loads(row["extra"]))
            article = documents.setdefault(row["article_id"], {})
            if name == "articles":
                order.append(row["article_id"])
                values.pop("type", None)
                article.update(values)
            else:
                _place(article, row["row_path"], values)
    for ident in order:
        yield from_dict(documents[ident], Article, unknown=unknown)

"""Relational tables of articles, for archives: Arrow record batches and a Parquet dataset.

Every model object of an article is one row of the table of its family: ``articles``,
``entities`` (people, organisations, places, anonymous sources and extension kinds, one
table with a ``type`` column), ``mentions``, ``events``, ``participants``, ``quotes``,
``attributions``, ``relay_hops``, ``claims``, ``quantities``, ``spans`` ... Nothing here is
written by hand per table: the tables, their columns and their Arrow types are derived
from the registered model classes, and the values are the wire format's (``to_dict``), so
the tables say what the JSON says, exactly.

Each row has ``article_id``, its own JSON path inside the article (``row_path``, e.g.
``$.quotes[2].attribution``) and its container's (``parent_path``), so any two tables join
on ``(article_id, parent_path)`` = ``(article_id, row_path)``, and model ids (``id``,
``source``, ``entity`` ...) join as usual. A field's column type follows its annotation:
text, booleans, integers (``decimal(20, 0)``, which holds every integer the JSON loaders
accept), floats, dictionary-encoded enumerations, lists of those; a field that may hold an
integer or a float is a ``float64`` column (every value, for ranges and sums) with the exact
integer beside it in ``<name>_int``; anything else is JSON text. A date is its EDTF text as
written plus ``<name>_earliest`` and ``<name>_latest`` days (``date32``, null when the year is
unknown): filter by range without inventing precision. Unknown fields kept by a lenient load
are one JSON text column, ``extra``. Columns that are not a field's own value carry Arrow
field metadata (:data:`COLUMN_META`) saying what they are, so a field named like one
(``x_earliest``) is never mistaken for it.

:func:`articles_from_tables` turns the tables back into the same articles. Article ids key
the rows, so a writer refuses a second article with an id it has written.

Needs the ``tables`` extra (pyarrow).
"""

from __future__ import annotations

import datetime as _dt
import decimal
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from . import _json
from ._json import MAX_JSON_DEPTH
from ._kept import INT_RANGE
from ._table_columns import (
    COLUMN_META,
    KEY_COLUMNS,
    Column,
    layout,
    pyarrow_module,
    table_name,
    table_schemas,
)
from .converter import UnknownPolicy
from .description import describe
from .errors import Problem, ValidationError, child_path
from .models import Article, Interval, PartialDate
from .serialize import from_dict, to_dict

__all__ = [
    "COLUMN_META",
    "ArchiveResult",
    "KEY_COLUMNS",
    "TableWriter",
    "articles_from_tables",
    "table_name",
    "table_schemas",
    "to_tables",
    "write_archive",
    "write_tables",
]

# --- articles to rows -----------------------------------------------------------------------


def _bounds(value: Any) -> tuple[_dt.date | None, _dt.date | None]:
    if isinstance(value, PartialDate):
        return value.earliest(), value.latest()
    if isinstance(value, Interval):
        start = value.start.earliest() if value.start is not None else None
        end = value.end.latest() if value.end is not None else None
        return start, end
    return None, None


def _exact(wire: Any, path: str) -> Any:
    """``wire`` with every integer checked to be one the JSON loaders read (and an integer
    column holds)."""
    if isinstance(wire, bool) or wire is None:
        return wire
    if isinstance(wire, int) and not INT_RANGE[0] <= wire <= INT_RANGE[1]:
        problem = Problem(
            code="number_range",
            path=path,
            message=f"an integer beyond 64 bits ({INT_RANGE[0]} to {INT_RANGE[1]})",
            value=wire,
        )
        raise ValidationError([problem])
    if isinstance(wire, list):
        return [_exact(item, f"{path}[{i}]") for i, item in enumerate(wire)]
    return wire


def _cell(column: Column, value: Any, wire: Any, path: str) -> Any:
    if column.role == "value":
        return _exact(wire, path)
    if column.role == "json":
        return json.dumps(wire, ensure_ascii=False)
    if column.role == "float":
        return float(wire)
    if column.role == "int":
        return _exact(wire, path) if isinstance(wire, int) else None
    earliest, latest = _bounds(value)
    return earliest if column.role == "earliest" else latest


def _rows(article: Article, root: str) -> dict[str, list[dict[str, Any]]]:
    current = layout()
    wire = to_dict(article)
    rows: dict[str, list[dict[str, Any]]] = {}

    def visit(node: Any, data: Mapping[str, Any], path: str, parent: str | None) -> None:
        name = table_name(type(node))
        table = current.tables[name]
        rows_here = current.row_fields[type(node)]
        row: dict[str, Any] = {
            "article_id": article.id,
            "row_path": path,
            "parent_path": parent,
            "type": data.get("type"),
        }
        extra = getattr(node, "extra", None)
        if extra:
            row["extra"] = json.dumps({k: data[k] for k in extra if k in data}, ensure_ascii=False)
        for f in describe(type(node)).fields:
            if f.wire_name not in data:
                continue
            value, wire_value = getattr(node, f.name), data[f.wire_name]
            here = f"{path}.{f.wire_name}"
            if f.wire_name in rows_here:
                items = zip(value, wire_value, strict=True) if isinstance(value, tuple) else ()
                for i, (item, item_data) in enumerate(items):
                    visit(item, item_data, f"{here}[{i}]", path)
                if not isinstance(value, tuple) and value is not None:
                    visit(value, wire_value, here, path)
            else:
                where = root + here[1:]
                for column in table.of_field[f.wire_name]:
                    row[column.name] = _cell(column, value, wire_value, where)
        rows.setdefault(name, []).append(row)

    visit(article, wire, "$", None)
    return rows


def to_tables(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows of one article, by table: the values of the wire format, in the form of
    the columns of :func:`table_schemas`."""
    return _rows(article, "$")


def _duplicate(ident: str, index: int, first: int) -> ValidationError:
    return ValidationError(
        [
            Problem(
                code="duplicate_article_id",
                path=f"$[{index}].id",
                message=f"article id {ident!r} is already the id of article $[{first}]; the "
                "tables key their rows by article id",
                value=ident,
            )
        ]
    )


class TableWriter:
    """Writes the tables of many articles to a Parquet dataset in ``out`` (one folder per
    table, one file ``<part>.parquet`` in each), in record batches of ``batch`` articles:
    memory stays flat whatever the number of articles, but for the ids seen. Use as a
    context manager, or call :meth:`close` (or :meth:`abort`).

    :meth:`add` takes an article whole or not at all: one whose id the writer has taken
    already, or with an integer no column holds, is refused with a
    :class:`~iraqwithdrawal.ValidationError` (path ``$[n]...``, ``n`` its place among the
    articles given) and nothing of it is kept. The files are written under hidden names and
    get their names on :meth:`close`; leaving the ``with`` block by an exception, or
    :meth:`abort`, removes them and the folders the writer made, so a refused or broken
    write leaves no half-written dataset (and an earlier dataset of the same part as it
    was)."""

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
        self._ids: dict[str, int] = {}
        self._made: list[Path] = []  # folders this writer made, outermost first
        self._closed = False

    def add(self, article: Article) -> None:
        if self._closed:
            raise ValueError("the table writer is closed")
        index = self._seen(article.id)
        tables = _rows(article, f"$[{index}]")  # may refuse: then nothing is kept
        self._ids[article.id] = index
        for name, rows in tables.items():
            self._pending[name].extend(rows)
        self.articles += 1
        self._in_batch += 1
        if self._in_batch >= self.batch:
            self.flush()

    def _seen(self, ident: str) -> int:
        first = self._ids.get(ident)
        if first is not None:
            raise _duplicate(ident, self.articles, first)
        return self.articles

    def _temp(self, name: str) -> Path:
        return self.out / name / f".{self.part}.parquet.writing"

    def _mkdir(self, folder: Path) -> None:
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        folder.mkdir(parents=True, exist_ok=True)
        self._made += [p for p in reversed(missing) if p not in self._made]

    def flush(self) -> None:
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

        pa = pyarrow_module()
        batches = {
            name: pa.Table.from_pylist(rows, schema=self.schemas[name])
            for name, rows in self._pending.items()
            if rows
        }
        for name, table in batches.items():
            writer = self._writers.get(name)
            if writer is None:
                self._mkdir(self.out / name)
                writer = pq.ParquetWriter(self._temp(name), self.schemas[name])
                self._writers[name] = writer
            writer.write_table(table)
            self.rows[name] += table.num_rows
            self._pending[name].clear()
        self._in_batch = 0

    def close(self) -> None:
        """Write what is pending and give the files their names."""
        if self._closed:
            return
        try:
            self.flush()
            for writer in self._writers.values():
                writer.close()
        except BaseException:
            self.abort()
            raise
        for name in self._writers:
            os.replace(self._temp(name), self.out / name / f"{self.part}.parquet")
        self._writers.clear()
        self._closed = True

    def abort(self) -> None:
        """Stop, and remove the files and folders this writer made."""
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:  # the file is removed next either way
                pass
        for name in self._writers:
            self._temp(name).unlink(missing_ok=True)
        self._writers.clear()
        for folder in reversed(self._made):
            try:
                folder.rmdir()
            except OSError:  # not empty: something else is in it now
                pass
        self._made.clear()
        self._closed = True

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_tables(
    articles: Iterable[Article], out: str | os.PathLike[str], *, batch: int = 1000
) -> TableWriter:
    """Write ``articles`` as a Parquet dataset in ``out``; returns the writer, with its
    counts of articles and of rows per table. Two articles with one id are refused (a
    :class:`~iraqwithdrawal.ValidationError`, code ``duplicate_article_id``), and then
    nothing is written."""
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


#: What a shard task gives back: its result, and the problems (with their source) that
#: stopped it, if any. Problems, not the exception: they pickle whole to a Dask client.
_Outcome = tuple[ArchiveResult, "tuple[tuple[Problem, ...], str | None] | None"]


def _shard(path: str, part: str, *, out: str, unknown: UnknownPolicy, skip: bool) -> _Outcome:
    """One file of an archive to the ``part`` files of the dataset (a task of its own). An
    article the writer refuses (an id taken in this shard) is a bad line like any other."""
    from ._plugins import load_plugins
    from .serialize import iter_jsonl

    load_plugins()  # a worker process knows the extension types its packages declare
    errors: list[ValidationError] = []
    try:
        with TableWriter(out, part=part) as writer:
            for article in iter_jsonl(path, unknown=unknown, errors=errors if skip else None):
                try:
                    writer.add(article)
                except ValidationError as exc:
                    refused = ValidationError(exc.problems, source=path)
                    if not skip:
                        raise refused from None
                    errors.append(refused)
    except ValidationError as exc:  # the writer has removed what it wrote
        return ArchiveResult(articles=0, rows={}, errors=(str(exc),)), (
            tuple(exc.problems),
            exc.source,
        )
    result = ArchiveResult(
        articles=writer.articles,
        rows={k: v for k, v in writer.rows.items() if v},
        errors=tuple(str(e) for e in errors),
    )
    return result, None


def _duplicates_across(
    out: Path, shards: list[tuple[str, str]]
) -> tuple[tuple[Problem, ...], str | None] | None:
    """The first article id that two shards both hold, as a problem of the later one."""
    import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

    first: dict[str, tuple[str, int]] = {}
    for path, part in shards:
        file = out / "articles" / f"{part}.parquet"
        if not file.is_file():
            continue
        ids = pq.read_table(file, columns=["article_id"]).column(0).to_pylist()
        for index, ident in enumerate(ids):
            if ident in first:
                where, at = first[ident]
                problem = Problem(
                    code="duplicate_article_id",
                    path=f"$[{index}].id",
                    message=f"article id {ident!r} is already the id of article $[{at}] of "
                    f"{where}; the tables key their rows by article id",
                    value=ident,
                )
                return (problem,), path
            first[ident] = (path, index)
    return None


def _remove_parts(out: Path, parts: Iterable[str], before: set[Path] | None) -> None:
    """Remove the files of ``parts`` from every table of the dataset, and the folders they
    leave empty that were not there ``before`` (``None``: not even ``out``): what a refused
    archive leaves of itself."""
    names = [f"{part}.parquet" for part in parts]
    if not out.is_dir():
        return
    for folder in [f for f in out.iterdir() if f.is_dir()]:
        for name in names:
            (folder / name).unlink(missing_ok=True)
        if folder not in (before or set()) and not any(folder.iterdir()):
            folder.rmdir()
    if before is None and not any(out.iterdir()):
        out.rmdir()


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
    lines (and a second article with an id of the same shard) are skipped and listed in the
    result (``on_error="skip"``), or the first one raises
    :class:`~iraqwithdrawal.ValidationError` (``"stop"``). Two shards holding one article id
    are refused either way (code ``duplicate_article_id``). A refused archive leaves none
    of its part files behind."""
    shards = [(os.fspath(f), f"part-{i:05d}") for i, f in enumerate(files)]
    folder = Path(out)
    before = set(folder.iterdir()) if folder.is_dir() else None
    job = functools.partial(_shard, out=os.fspath(out), unknown=unknown, skip=on_error == "skip")
    try:
        if scheduler is None:
            outcomes = [job(path, part) for path, part in shards]
        else:
            import dask.bag  # type: ignore[import-untyped, import-not-found, unused-ignore]

            bags: Any = dask.bag
            tasks = bags.from_sequence(shards, npartitions=max(len(shards), 1)).starmap(job)
            done = tasks.compute() if scheduler == "dask" else scheduler.compute(tasks).result()
            outcomes = list(done)
        stopped = next((s for _, s in outcomes if s is not None), None)
        stopped = stopped or _duplicates_across(folder, shards)
    except BaseException:
        _remove_parts(folder, [part for _, part in shards], before)
        raise
    if stopped is not None:
        _remove_parts(folder, [part for _, part in shards], before)
        raise ValidationError(stopped[0], source=stopped[1])
    results = [result for result, _ in outcomes]
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
_ROW_PATH = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*")
#: Columns that place a row rather than give its fields.
_PLACING = ("article_id", "row_path", "parent_path", "extra")


def _refuse(code: str, table: Any, path: str, message: str, value: Any = None) -> ValidationError:
    """A problem with the input tables, at ``$[row].column`` of ``table``."""
    return ValidationError([Problem(code=code, path=path, message=message, value=value)], table)


def _place(root: dict[str, Any], steps: list[tuple[str, str]], values: dict[str, Any]) -> str:
    """Put ``values`` at the place ``steps`` lead to in ``root``, making the objects and
    lists on the way; or say why there is no such place ("" when placed)."""
    node: Any = root
    for n, (key, index) in enumerate(steps):
        last = n == len(steps) - 1
        empty: Any = [] if not last and steps[n + 1][1] else {}
        if key:
            if not isinstance(node, dict):
                return "a field of a list"
            here = node.get(key)
        else:
            if not isinstance(node, list):
                return "an item of an object"
            i = int(index)
            node.extend([None] * (i + 1 - len(node)))
            here = node[i]
        if last:
            if here is not None and not isinstance(here, dict):
                return "a place a column of another row holds"
            twice = sorted(set(here or {}) & set(values))
            if twice:
                return f"a place another row gives {twice[0]!r} of already"
            here = {**(here or {}), **values}
        elif here is None:
            here = empty
        elif type(here) is not type(empty):
            return "a place a column of another row holds"
        if key:
            node[key] = here
        else:
            node[i] = here
        node = here
    return ""


def _roles(name: Any, table: Any) -> dict[str, Column]:
    """What each column of ``table`` is: from the Arrow field metadata when the table was
    written by this module, else (row dicts, or a table whose metadata was lost on the way)
    from the tables of the classes registered now."""
    schema = getattr(table, "schema", None)
    if schema is not None and COLUMN_META in (getattr(schema, "metadata", None) or {}):
        roles = {}
        for f in schema:
            meta = (f.metadata or {}).get(COLUMN_META)
            if meta is None:
                continue
            try:
                mark = json.loads(meta)
                roles[f.name] = Column(f.name, str(mark["field"]), str(mark["role"]), f.type)
            except (ValueError, TypeError, KeyError):
                message = f"the metadata of column {f.name!r} is not what this module writes"
                raise _refuse("invalid_json", f"table {name}", "$", message) from None
        return roles
    known = layout().tables.get(name)
    return {k: c for k, c in known.columns.items() if c.role != "value"} if known else {}


def _integer(cell: Any) -> int | None:
    """``cell`` as an integer, if it is one (an integer column gives ``Decimal``)."""
    if type(cell) is int:
        return cell
    if isinstance(cell, decimal.Decimal) and cell.is_finite() and cell == cell.to_integral():
        return int(cell)
    return None


def _plain(cell: Any) -> Any:
    """A cell as the wire format has it: integers and lists of them are ``Decimal``."""
    if isinstance(cell, decimal.Decimal):
        return cell if _integer(cell) is None else _integer(cell)
    if isinstance(cell, list):
        return [_plain(v) if isinstance(v, decimal.Decimal) else v for v in cell]
    return cell


def _json_cell(table: str, where: str, cell: Any) -> Any:
    if not isinstance(cell, str):
        raise _refuse("wrong_type", table, where, "a JSON column that is not text")
    try:
        value, repeated = _json.read(cell)
    except _json.JSONRefused as exc:
        raise _refuse(exc.code, table, where + exc.path[1:], str(exc)) from None
    except ValueError as exc:
        raise _refuse("invalid_json", table, where, f"not JSON text: {exc}") from None
    if repeated:
        raise _refuse("duplicate_key", table, where + repeated[0][1:], "a key given twice")
    return value


def _values(table: str, at: str, row: Mapping[Any, Any], roles: Mapping[str, Column]) -> Any:
    """The wire fields of one row (at ``$[n]`` of ``table``)."""
    values: dict[str, Any] = {}
    exact: dict[str, int] = {}
    for key, cell in row.items():
        if not isinstance(key, str):
            raise _refuse("wrong_type", table, at, "a column name that is not text")
        if cell is None or key in _PLACING:
            continue
        where = child_path(at, key)
        column = roles.get(key)
        role = column.role if column is not None else "value"
        if column is None or role == "value":
            values[key] = _plain(cell)
        elif role == "int":
            number = _integer(cell)
            if number is None:
                raise _refuse("wrong_type", table, where, "an integer column that is no integer")
            exact[column.field] = number
        elif role == "float":
            if type(cell) not in (int, float):
                raise _refuse("wrong_type", table, where, "a number column that is no number")
            values[column.field] = cell
        elif role == "json":
            values[column.field] = _json_cell(table, where, cell)
        # earliest and latest are derived from the date: nothing to read
    values.update(exact)
    if row.get("extra") is not None:
        kept = _json_cell(table, f"{at}.extra", row["extra"])
        if not isinstance(kept, dict):
            raise _refuse("wrong_type", table, f"{at}.extra", "kept fields that are no object")
        for key, value in kept.items():
            if key in values and values[key] != value:
                message = f"kept field {key!r} is also a column, with another value"
                raise _refuse("duplicate_key", table, f"{at}.extra", message)
        values.update(kept)
    return values


def _rows_of(tables: Any) -> list[tuple[Any, Any, list[Any]]]:
    """(name, table, rows) of each table, the ``articles`` first: they key the rest."""
    if not isinstance(tables, Mapping):
        raise _refuse("wrong_type", "tables", "$", "tables that are not a mapping by name")
    out = []
    for name in sorted(tables, key=lambda name: name != "articles"):
        table = tables[name]
        rows = table.to_pylist() if hasattr(table, "to_pylist") else table
        if not isinstance(rows, (list, tuple)):
            message = "a table that is neither an Arrow table nor a list of rows"
            raise _refuse("wrong_type", f"table {name}", "$", message)
        out.append((name, table, list(rows)))
    return out


def articles_from_tables(
    tables: Mapping[str, Any], *, unknown: UnknownPolicy = "error"
) -> Iterator[Article]:
    """The articles whose rows ``tables`` hold (Arrow tables or lists of row dicts, by
    table name), in the order of the ``articles`` table. Rows are never merged: two
    articles with one id, two rows at one place, a row of no article or at no valid path,
    a cell of the wrong kind raise :class:`~iraqwithdrawal.ValidationError` at
    ``$[row].column`` of the table named in its source. ``unknown`` is ``from_json``'s: kept
    unknown fields and type tags come back with ``"keep"``."""
    documents: dict[str, dict[str, Any]] = {}
    placed: set[tuple[str, Any]] = set()
    all_rows = _rows_of(tables)
    most = sum(len(rows) for _, _, rows in all_rows)  # no list has more items than rows
    for name, table, rows in all_rows:
        roles = _roles(name, table)
        source = f"table {name}"
        for n, row in enumerate(rows):
            at = f"$[{n}]"
            if not isinstance(row, Mapping):
                raise _refuse("wrong_type", source, at, "a row that is not an object")
            ident, path = row.get("article_id"), row.get("row_path")
            if name == "articles" and path is None:
                path = "$"
            if not isinstance(ident, str):
                raise _refuse("wrong_type", source, f"{at}.article_id", "an id that is not text")
            steps = (
                [(m[1], m[2]) for m in _STEP.finditer(path)]
                if isinstance(path, str) and _ROW_PATH.fullmatch(path)
                else None
            )
            if (
                steps is None
                or (path == "$") != (name == "articles")
                or len(steps) > MAX_JSON_DEPTH
                or any(index and int(index) > most for _, index in steps)
            ):
                message = "not the path of a row of this table in an article"
                raise _refuse("invalid_row_path", source, f"{at}.row_path", message)
            if (ident, path) in placed:
                if name == "articles":
                    message = f"article id {ident!r} is already the id of an earlier row"
                    raise _refuse("duplicate_article_id", source, f"{at}.article_id", message)
                message = f"a second row of article {ident!r} at {path}"
                raise _refuse("duplicate_row", source, f"{at}.row_path", message)
            if name != "articles" and ident not in documents:
                message = f"a row of article {ident!r}, which the articles table lacks"
                raise _refuse("orphan_row", source, f"{at}.article_id", message)
            placed.add((ident, path))
            values = _values(source, at, row, roles)
            if name == "articles":
                documents[ident] = values
                continue
            why = _place(documents[ident], steps, values)
            if why:
                message = f"{path} of article {ident!r} is {why}"
                raise _refuse("invalid_row_path", source, f"{at}.row_path", message)
    for ident, document in documents.items():
        yield from_dict(document, Article, unknown=unknown, source=f"article {ident!r}")

"""Relational tables: every article comes back from its tables (as rows, and through a
Parquet dataset), every field has a column or a table, and DuckDB's answers over the
dataset equal the same figures computed by walking the Python objects."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example

from ._profiles import examples

pq = pytest.importorskip("pyarrow.parquet")
tables = pytest.importorskip("iraqwithdrawal.tables")
columns = pytest.importorskip("iraqwithdrawal._table_columns")

ALL = [example(name) for name in sorted(EXAMPLES)]


def _read(out: Path) -> dict[str, object]:
    return {folder.name: pq.read_table(folder) for folder in sorted(out.iterdir())}


@pytest.mark.parametrize("article", ALL, ids=lambda a: a.id)
def test_every_example_comes_back_from_its_rows(article: iw.Article) -> None:
    assert list(tables.articles_from_tables(tables.to_tables(article))) == [article]


def test_an_archive_comes_back_from_its_parquet_dataset(tmp_path: Path) -> None:
    writer = tables.write_tables(ALL, tmp_path, batch=3)  # several record batches
    assert writer.articles == len(ALL)
    back = list(tables.articles_from_tables(_read(tmp_path)))
    assert back == ALL


# Generated archives through Parquet: test_tables_hostile.test_what_goes_in_comes_back.


def test_every_field_has_a_column_or_a_table() -> None:
    schemas = tables.table_schemas()
    for cls in columns.model_classes():
        table = schemas[tables.table_name(cls)]
        for a in attrs.fields(cls):
            if a.name == "extra":
                continue
            if columns.models_of(a.type):
                continue  # its models are rows of their own tables, found by their path
            assert a.name in table.names, (cls.__name__, a.name)


def test_every_column_is_a_field_or_says_what_it_is() -> None:
    """A column named like a field is that field's (its value, or its JSON text, or a
    number's float); any other column carries metadata naming its field and role."""
    import json

    from iraqwithdrawal.description import describe

    for name, schema in tables.table_schemas().items():
        fields = {
            f.wire_name
            for cls in columns.model_classes()
            if tables.table_name(cls) == name
            for f in describe(cls).fields
        }
        for column in schema:
            if column.name in (*tables.KEY_COLUMNS, "extra"):
                continue
            meta = (column.metadata or {}).get(tables.COLUMN_META)
            if meta is None:
                assert column.name in fields, (name, column.name)
                continue
            mark = json.loads(meta)
            assert mark["field"] in fields, (name, column.name)
            if mark["role"] in ("json", "float"):
                assert column.name == mark["field"]
            else:
                assert mark["role"] in ("int", "earliest", "latest")
                assert column.name not in fields, (name, column.name)


def test_dates_keep_their_text_and_give_their_bounds() -> None:
    rows = tables.to_tables(example("seed"))
    times = {r["row_path"]: r for r in rows["time_expressions"]}
    target = next(r for r in times.values() if r.get("date") == "2025-09")
    assert (target["date_earliest"], target["date_latest"]) == (
        dt.date(2025, 9, 1),
        dt.date(2025, 9, 30),
    )
    dateline = times["$.dateline.time"]
    assert dateline["date"] == "XXXX-07-24" and dateline["date_earliest"] is None
    assert dateline["inferred_earliest"] == dt.date(2024, 7, 24)  # inferred: its own column


def test_duckdb_answers_what_the_objects_say(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    tables.write_tables(ALL, tmp_path)
    db = duckdb.connect()
    for folder in tmp_path.iterdir():
        db.execute(f"CREATE VIEW {folder.name} AS SELECT * FROM read_parquet('{folder}/*.parquet')")
    # Quotes per article.
    got = dict(db.execute("SELECT article_id, count(*) FROM quotes GROUP BY 1").fetchall())
    assert got == {a.id: len(a.quotes) for a in ALL if a.quotes}
    # Attributions to anonymous sources, by article: a join on the source id.
    got = dict(
        db.execute(
            """SELECT a.article_id, count(*) FROM attributions a
               JOIN entities e ON e.article_id = a.article_id AND e.id = a.source
               WHERE e.type = 'anonymous_source' GROUP BY 1"""
        ).fetchall()
    )
    expected: dict[str, int] = {}
    for article in ALL:
        anonymous = {e.id for e in article.entities if isinstance(e, iw.AnonymousSource)}
        count = sum(1 for _path, at in article.iter_attributions() if at.source in anonymous)
        if count:
            expected[article.id] = count
    assert got == expected
    # Withdrawals by status.
    got = dict(
        db.execute(
            "SELECT status, count(*) FROM events WHERE event_type = 'withdrawal' GROUP BY 1"
        ).fetchall()
    )
    counts: dict[str | None, int] = {}
    for a in ALL:
        for e in a.events:
            if e.event_type == "withdrawal":
                key = e.status
                counts[key] = counts.get(key, 0) + 1
    assert got == counts


@pytest.mark.slow  # a subprocess or a cluster: seconds, not milliseconds
def test_the_command_line_from_synth_to_duckdb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    duckdb = pytest.importorskip("duckdb")
    from iraqwithdrawal.cli import main

    archive = tmp_path / "a.jsonl"
    assert main(["synth", "12", "--out", str(archive), "--seed", "7"]) == 0
    again = tmp_path / "b.jsonl"
    assert main(["synth", "12", "--out", str(again), "--seed", "7"]) == 0
    assert archive.read_bytes() == again.read_bytes()  # the same seed, the same archive
    # A damaged line is reported with its file and line, skipped, and the run goes on.
    lines = archive.read_text(encoding="utf-8").splitlines()
    lines.insert(3, '{"id": "broken"}')
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    out = tmp_path / "t"
    assert main(["tables", str(archive), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{archive}:4" in err and "12 articles" in err and "1 bad lines skipped" in err
    articles_back = list(iw.iter_jsonl(archive, errors=[]))
    db = duckdb.connect()
    count = db.execute(f"SELECT count(*) FROM read_parquet('{out}/articles/*.parquet')").fetchone()
    assert count == (len(articles_back),) == (12,)
    quotes = db.execute(f"SELECT count(*) FROM read_parquet('{out}/quotes/*.parquet')").fetchone()
    assert quotes == (sum(len(a.quotes) for a in articles_back),)
    # Stopping at the first bad line is the other choice.
    assert main(["tables", str(archive), "--out", str(tmp_path / "u"), "--on-error", "stop"]) == 1


def test_iter_jsonl_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = iw.to_json(example("seed"))
    path.write_text(f"{good}\nnot json\n{good}\n", encoding="utf-8")
    errors: list[iw.ValidationError] = []
    assert len(list(iw.iter_jsonl(path, errors=errors))) == 2
    assert len(errors) == 1 and f"{path}:2" in str(errors[0])
    with pytest.raises(iw.ValidationError):
        list(iw.iter_jsonl(path))


def _dataset(out: Path) -> list[iw.Article]:
    return sorted(tables.articles_from_tables(_read(out)), key=lambda a: a.id)


@pytest.mark.slow  # a subprocess or a cluster: seconds, not milliseconds
def test_a_dask_cluster_writes_the_same_dataset_as_one_process(tmp_path: Path) -> None:
    """Four shards through a real distributed LocalCluster with two worker processes give
    the same articles as the same shards read in this process."""
    distributed = pytest.importorskip("distributed")

    # Copies of the example reports: built-in types only, since the worker processes know
    # the types of installed packages, not the ones other tests register in this process.
    shards = []
    for n in range(4):
        shard = tmp_path / f"shard-{n}.jsonl"
        copies = [attrs.evolve(ALL[(n + i) % len(ALL)], id=f"s{n}-{i}") for i in range(5)]
        iw.write_jsonl(copies, shard)
        shards.append(shard)
    bad = shards[2].read_text(encoding="utf-8") + "{not json\n"
    shards[2].write_text(bad, encoding="utf-8")

    alone = tables.write_archive(shards, tmp_path / "one")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        parallel = tables.write_archive(shards, tmp_path / "many", scheduler=client)
    assert parallel == alone
    assert alone.articles == 20 and len(alone.errors) == 1 and "shard-2.jsonl:6" in alone.errors[0]
    assert _dataset(tmp_path / "many") == _dataset(tmp_path / "one")
    assert len({p.name for p in (tmp_path / "many" / "articles").iterdir()}) == 4  # a part a shard


@pytest.mark.parametrize("cls", columns.model_classes(), ids=lambda c: c.__name__)
@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_model_class_pickles(cls: type, data: st.DataObject) -> None:
    """Dask ships models between processes by pickle: every class comes back equal."""
    import pickle

    from iraqwithdrawal.testing import models

    value = data.draw(models(cls))
    assert pickle.loads(pickle.dumps(value)) == value


def test_articles_load_on_threads_other_than_the_importing_one() -> None:
    """Dask workers load on their own threads: loading must not depend on thread state that
    only the importing thread has."""
    from concurrent.futures import ThreadPoolExecutor

    text = iw.to_json(example("seed"))
    with ThreadPoolExecutor(max_workers=2) as pool:
        loaded = list(pool.map(iw.from_json, [text] * 4))
    assert loaded == [example("seed")] * 4

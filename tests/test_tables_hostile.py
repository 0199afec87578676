"""Tables keep every value they are given, exactly, or refuse it: integers stay integers over
the whole range the JSON loaders read, article ids are never merged, a lenient article's
unknown tag and fields come back, text beyond ASCII is written as it is, and a field named
like a derived column (``x_earliest``) is a field. The judge is the wire format: what comes
back from the tables writes the same JSON text as what went in."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.errors import RuleError
from iraqwithdrawal.examples import example
from iraqwithdrawal.extend import register_type
from iraqwithdrawal.testing import articles, isolated_registries

from ._profiles import SUPPRESSED

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
tables = pytest.importorskip("iraqwithdrawal.tables")

#: Every integer the JSON loaders read, at its edges and past float64's exact range.
EDGES = [0, -1, 2500, 2**53 + 1, -(2**53) - 1, 2**63 - 1, -(2**63), 2**63, 2**64 - 1]


def _read(out: Path) -> dict[str, Any]:
    return {folder.name: pq.read_table(folder) for folder in sorted(out.iterdir())}


def _through_parquet(
    archive: list[iw.Article], out: Path, *, unknown: str = "error"
) -> list[iw.Article]:
    tables.write_tables(archive, out)
    return list(tables.articles_from_tables(_read(out), unknown=unknown))  # type: ignore[arg-type]


def _same(back: list[iw.Article], archive: list[iw.Article]) -> None:
    """Equal, and the same wire text (``2500 == 2500.0`` in Python, not in JSON)."""
    assert back == archive
    assert [iw.to_json(a) for a in back] == [iw.to_json(a) for a in archive]
    assert [a.extra for a in back] == [a.extra for a in archive]


def _rewrite(obj: Any, change: Callable[[Any], Any]) -> Any:
    """``obj`` with ``change`` applied to every model in it, innermost first."""
    if isinstance(obj, tuple):
        return tuple(_rewrite(item, change) for item in obj)
    if not isinstance(obj, iw.Model):
        return obj
    changes = {}
    for a in attrs.fields(type(obj)):
        if a.init and a.name != "extra":
            value = getattr(obj, a.name)
            new = _rewrite(value, change)
            if new is not value:
                changes[a.name] = new
    return change(attrs.evolve(obj, **changes) if changes else obj)


def _amounts(article: iw.Article) -> list[iw.Amount]:
    found: list[iw.Amount] = []

    def collect(obj: Any) -> Any:
        if isinstance(obj, iw.Amount):
            found.append(obj)
        return obj

    _rewrite(article, collect)
    return found


# --- 1. integers -----------------------------------------------------------------------------


def test_the_examples_amount_comes_back_an_integer(tmp_path: Path) -> None:
    seed = example("seed")
    assert any(type(a.value) is int for a in _amounts(seed))
    back = _through_parquet([seed], tmp_path)
    assert [type(a.value) for a in _amounts(back[0])] == [type(a.value) for a in _amounts(seed)]
    _same(back, [seed])


@pytest.mark.parametrize("number", EDGES)
def test_every_integer_the_loaders_read_comes_back_exact(tmp_path: Path, number: int) -> None:
    """In an ``int | float`` field, in an ``int`` field and in a list of them."""

    def big(obj: Any) -> Any:
        if isinstance(obj, iw.Amount) and obj.value is not None:
            return attrs.evolve(obj, value=number)
        if isinstance(obj, iw.Fraction) and number > 0:
            return attrs.evolve(obj, numerator=number, denominator=number)
        return obj

    seed = _rewrite(example("seed"), big)
    seed = attrs.evolve(seed, rights=iw.Rights(text="© Example", year=number))
    text = iw.to_json(seed)
    assert iw.from_json(text) == seed  # the JSON loaders read it: so must the tables
    _same(_through_parquet([seed], tmp_path), [seed])


def test_an_int_or_float_field_is_a_float_column_with_the_exact_integer_beside_it() -> None:
    schema = tables.table_schemas()["amounts"]
    assert schema.field("value").type == pa.float64()
    exact = schema.field("value_int")
    assert pa.types.is_decimal(exact.type) and exact.type.scale == 0
    assert json.loads(exact.metadata[tables.COLUMN_META]) == {"role": "int", "field": "value"}
    rows = [r for r in tables.to_tables(example("seed"))["amounts"] if r.get("value") is not None]
    assert rows and all(type(r["value_int"]) is int and r["value_int"] == r["value"] for r in rows)


def test_a_float_stays_a_float(tmp_path: Path) -> None:
    def floats(obj: Any) -> Any:
        if isinstance(obj, iw.Amount) and obj.value is not None:
            return attrs.evolve(obj, value=float(obj.value))
        return obj

    seed = _rewrite(example("seed"), floats)
    back = _through_parquet([seed], tmp_path)
    assert {type(a.value) for a in _amounts(back[0]) if a.value is not None} == {float}
    _same(back, [seed])


def test_an_integer_no_column_holds_is_refused_at_its_path(tmp_path: Path) -> None:
    """However a model came to hold an integer beyond 64 bits, the writer names it."""
    seed = example("seed")
    amount = _amounts(seed)[0]
    object.__setattr__(amount, "value", 10**30)  # past any constructor check
    try:
        with pytest.raises(iw.ValidationError) as caught:
            tables.write_tables([example("phased-pullout"), seed], tmp_path / "t")
    finally:
        object.__setattr__(amount, "value", 2500)
    problem = caught.value.problems[0]
    assert problem.code == "number_range"
    assert problem.path.startswith("$[1].") and problem.path.endswith(".value")
    assert not (tmp_path / "t").exists()  # nothing half-written


# --- 2. article ids ----------------------------------------------------------------------------


@pytest.mark.parametrize("batch", [1, 1000])
def test_a_second_article_with_one_id_is_refused_and_nothing_is_written(
    tmp_path: Path, batch: int
) -> None:
    a = example("seed")
    other = example("phased-pullout")
    archive = [a, other, attrs.evolve(a, headline="other")]
    with pytest.raises(iw.ValidationError) as caught:
        tables.write_tables(archive, tmp_path / "t", batch=batch)  # across batches too
    assert caught.value.codes == ["duplicate_article_id"]
    assert caught.value.problems[0].path == "$[2].id"
    assert "$[0]" in str(caught.value)
    assert not (tmp_path / "t").exists()


def test_a_refused_write_leaves_an_earlier_dataset_as_it_was(tmp_path: Path) -> None:
    a, b = example("seed"), example("phased-pullout")
    tables.write_tables([a, b], tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(iw.ValidationError):
        tables.write_tables([b, attrs.evolve(b, headline="other")], tmp_path, batch=1)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    assert list(tables.articles_from_tables(_read(tmp_path))) == [a, b]


def test_a_writer_takes_an_article_whole_or_not_at_all(tmp_path: Path) -> None:
    a, b = example("seed"), example("phased-pullout")
    with tables.TableWriter(tmp_path, batch=1) as writer:
        writer.add(a)
        with pytest.raises(iw.ValidationError):
            writer.add(attrs.evolve(a, headline="other"))
        writer.add(b)
    assert writer.articles == 2
    assert list(tables.articles_from_tables(_read(tmp_path))) == [a, b]


def test_two_reports_sharing_an_id_are_refused_on_reading_too() -> None:
    a = example("seed")
    b = attrs.evolve(example("phased-pullout"), id=a.id)
    rows: dict[str, list[dict[str, Any]]] = {}
    for article in (a, b):
        for name, part in tables.to_tables(article).items():
            rows.setdefault(name, []).extend(part)
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(rows))
    assert caught.value.codes == ["duplicate_article_id"]


def test_rows_are_never_merged_or_dropped() -> None:
    rows = tables.to_tables(example("seed"))
    twice = {**rows, "quotes": rows["quotes"] + rows["quotes"][:1]}
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(twice))
    assert caught.value.codes == ["duplicate_row"]
    orphan = {**rows, "quotes": [*rows["quotes"], {**rows["quotes"][0], "article_id": "gone"}]}
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(orphan))
    assert caught.value.codes == ["orphan_row"]
    nowhere = {**rows, "quotes": [{**rows["quotes"][0], "row_path": "$.quotes[x]"}]}
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(nowhere))
    assert caught.value.codes == ["invalid_row_path"]
    broken = {**rows, "articles": [{**rows["articles"][0], "extra": "{not json"}]}
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(broken))
    assert caught.value.codes == ["invalid_json"] and caught.value.problems[0].path == "$[0].extra"
    assert "table articles" in str(caught.value)


def _damaged(damage: Callable[[dict[str, list[dict[str, Any]]]], Any]) -> Any:
    rows = tables.to_tables(example("seed"))
    rows = {name: [dict(r) for r in part] for name, part in rows.items()}
    return damage(rows)


def _set(table: str, n: int, **cells: Any) -> Callable[[Any], Any]:
    def damage(rows: Any) -> Any:
        rows[table][n].update(cells)
        return rows

    return damage


_DEEP: Any = []
for _ in range(5000):
    _DEEP = [_DEEP]

#: Damage the fuzz target of benchmarks/fuzz_targets.py found escaping as Python errors.
HOSTILE = {
    "not a mapping": (lambda rows: [rows], "wrong_type"),
    "a table not a list": (lambda rows: {**rows, "quotes": 5}, "wrong_type"),
    "a row not an object": (lambda rows: {**rows, "quotes": ["row"]}, "wrong_type"),
    "no article id": (_set("quotes", 0, article_id=None), "wrong_type"),
    "an id not text": (_set("quotes", 0, article_id=10**5000), "wrong_type"),
    "a path not text": (_set("quotes", 0, row_path=3.5), "invalid_row_path"),
    "a huge index": (_set("quotes", 0, row_path="$.quotes[99999999999]"), "invalid_row_path"),
    "a row on a column": (_set("quotes", 0, row_path="$.headline"), "invalid_row_path"),
    "text in an integer": (_set("amounts", 0, value_int="h"), "wrong_type"),
    "text in a number": (_set("amounts", 0, value="h"), "wrong_type"),
    "kept fields not an object": (_set("articles", 0, extra="[1]"), "wrong_type"),
    "kept fields too deep": (_set("articles", 0, extra="[" * 600 + "]" * 600), "too_deep"),
    "a column name not text": (_set("quotes", 0, **{}), None),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_damaged_rows_are_refused_with_the_librarys_error(case: str) -> None:
    damage, code = HOSTILE[case]
    damaged = _damaged(damage)
    if code is None:  # the damage is applied by hand
        damaged["quotes"][0][7] = "x"
        code = "wrong_type"
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(damaged))
    assert caught.value.codes[0] == code


def test_a_deep_value_in_a_row_is_refused_without_recursion() -> None:
    rows = _damaged(_set("articles", 0, keywords=_DEEP))
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(rows))
    assert caught.value.codes == ["too_deep"]


# --- 3. lenient articles -----------------------------------------------------------------------


def _lenient() -> iw.Article:
    wire = iw.to_dict(example("seed"))
    wire["type"] = "op_ed"
    wire["x_kept"] = {"ar": "انسحاب", "n": [2**64 - 1, -(2**63), 0.5], "t": True}
    wire["entities"][0]["type"] = "militia_x"
    wire["entities"][0]["x_rank"] = "قائد"
    wire["quotes"][0]["x_note"] = None
    return iw.from_json(json.dumps(wire, ensure_ascii=False), unknown="keep")


def test_a_lenient_articles_unknown_tag_and_fields_come_back(tmp_path: Path) -> None:
    article = _lenient()
    assert article.extra["type"] == "op_ed"
    back = _through_parquet([article], tmp_path, unknown="keep")
    _same(back, [article])
    assert back[0].entities[0].extra == article.entities[0].extra
    assert back[0].quotes[0].extra == {"x_note": None}


def test_a_lenient_article_read_strictly_is_refused_as_from_json_refuses_it(
    tmp_path: Path,
) -> None:
    article = _lenient()
    tables.write_tables([article], tmp_path)
    with pytest.raises(iw.ValidationError) as caught:
        list(tables.articles_from_tables(_read(tmp_path)))
    with pytest.raises(iw.ValidationError) as judge:
        iw.from_json(iw.to_json(article))
    assert caught.value.codes[0] == judge.value.codes[0]


# --- 4 and 5. other values, and fields named like derived columns -----------------------------


@pytest.fixture
def unit() -> Any:
    """An entity kind with a mapping, a free value, a date, and fields named like the
    columns a date and a number derive."""
    with isolated_registries():

        @register_type("unit_x")
        @attrs.frozen(kw_only=True)
        class Unit(iw.Organization):
            labels: dict[str, str] | None = attrs.field(default=None)
            anything: Any = attrs.field(default=None)
            formed: iw.PartialDate | None = attrs.field(default=None)
            formed_earliest: str | None = attrs.field(default=None)
            x_earliest: str | None = attrs.field(default=None)
            strength: int | float | None = attrs.field(default=None)
            strength_int: str | None = attrs.field(default=None)

        yield Unit


def _with_unit(unit: Any, **fields: Any) -> iw.Article:
    seed = example("seed")
    return attrs.evolve(seed, entities=(*seed.entities, unit(id="u1", name="Unit", **fields)))


def test_text_beyond_ascii_is_written_as_it_is(tmp_path: Path, unit: Any) -> None:
    article = _with_unit(unit, labels={"ar": "الفرقة", "en": "Division"}, anything=["ج", 1])
    rows = tables.to_tables(article)
    row = next(r for r in rows["entities"] if r.get("id") == "u1")
    assert "الفرقة" in row["labels"] and "\\u" not in row["labels"] + row["anything"]
    _same(_through_parquet([article], tmp_path), [article])
    written = pq.read_table(tmp_path / "entities").column("labels").to_pylist()
    assert any(text and "الفرقة" in text for text in written)


def test_fields_named_like_derived_columns_are_fields(tmp_path: Path, unit: Any) -> None:
    article = _with_unit(
        unit,
        formed=iw.PartialDate(year=2003, month=4),
        formed_earliest="not a date",
        x_earliest="hello",
        strength=2**63,
        strength_int="text",
    )
    schema = tables.table_schemas()["entities"]
    for name in ("x_earliest", "formed_earliest", "strength_int"):
        assert schema.field(name).metadata is None  # a field's own column
    derived = {
        name: json.loads(schema.field(name).metadata[tables.COLUMN_META])
        for name in schema.names
        if schema.field(name).metadata
    }
    assert {"role": "earliest", "field": "formed"} in derived.values()
    assert {"role": "int", "field": "strength"} in derived.values()
    _same(_through_parquet([article], tmp_path), [article])


def test_derived_columns_are_known_without_metadata(tmp_path: Path) -> None:
    """A table whose metadata was lost on the way (a DuckDB or pandas round trip) is read
    by the columns of the classes registered now."""
    seed = example("seed")
    tables.write_tables([seed], tmp_path)
    bare = {name: t.replace_schema_metadata(None) for name, t in _read(tmp_path).items()}
    bare = {
        name: t.cast(pa.schema([f.remove_metadata() for f in t.schema])) for name, t in bare.items()
    }
    assert list(tables.articles_from_tables(bare)) == [seed]


# --- the property --------------------------------------------------------------------------------

_INTEGERS = st.integers(-(2**63), 2**64 - 1) | st.sampled_from(EDGES)
_NUMBERS = _INTEGERS | st.floats(allow_nan=False, allow_infinity=False)
_KEPT = st.recursive(
    st.none() | st.booleans() | _NUMBERS | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@st.composite
def _hostile_articles(draw: st.DrawFn) -> iw.Article:
    """Generated articles with amounts anywhere in the 64-bit range, text beyond ASCII
    (the strategies' alphabet), and, for some, unknown fields and tags kept leniently."""

    def numbers(obj: Any) -> Any:
        if isinstance(obj, iw.Amount) and obj.value is not None:
            return attrs.evolve(obj, value=draw(_NUMBERS))
        if isinstance(obj, iw.Amount) and (obj.low is not None or obj.high is not None):
            low, high = sorted([draw(_NUMBERS), draw(_NUMBERS)])
            return attrs.evolve(
                obj,
                low=low if obj.low is not None else None,
                high=high if obj.high is not None else None,
            )
        return obj

    try:
        article = _rewrite(draw(articles()), numbers)
    except RuleError:
        # A new number can break a rule across fields (an entity counted as more than one
        # must be plural): such a draw is drawn again.
        reject()
    if draw(st.booleans()):
        wire = iw.to_dict(article)
        if draw(st.booleans()):
            wire["type"] = "op_ed"
        wire["x_kept"] = draw(_KEPT)
        article = iw.from_dict(wire, unknown="keep")
    return article


@settings(
    max_examples=max(settings.default.max_examples // 3, 5),
    deadline=None,
    suppress_health_check=SUPPRESSED,
)
@given(st.lists(_hostile_articles(), min_size=1, max_size=3, unique_by=lambda a: a.id))
def test_what_goes_in_comes_back(
    tmp_path_factory: pytest.TempPathFactory, archive: list[iw.Article]
) -> None:
    out = tmp_path_factory.mktemp("t")
    _same(_through_parquet(archive, out, unknown="keep"), archive)


# --- archives of several shards -----------------------------------------------------------------


def _shards(folder: Path, *groups: list[iw.Article]) -> list[Path]:
    paths = []
    for n, group in enumerate(groups):
        paths.append(folder / f"shard-{n}.jsonl")
        iw.write_jsonl(group, paths[-1])
    return paths


def test_two_shards_with_one_article_id_are_refused_and_leave_nothing(tmp_path: Path) -> None:
    a, b, c = example("seed"), example("phased-pullout"), example("joint-statement")
    shards = _shards(tmp_path, [a, b], [c, attrs.evolve(b, headline="other")])
    for on_error in ("skip", "stop"):
        with pytest.raises(iw.ValidationError) as caught:
            tables.write_archive(shards, tmp_path / "t", on_error=on_error)
        assert caught.value.codes == ["duplicate_article_id"]
        assert caught.value.problems[0].path == "$[1].id" and "shard-1.jsonl" in str(caught.value)
        assert not (tmp_path / "t").exists()


def test_an_id_taken_twice_in_one_shard_is_a_bad_line_or_stops_the_archive(
    tmp_path: Path,
) -> None:
    a, b = example("seed"), example("phased-pullout")
    shards = _shards(tmp_path, [b], [a, attrs.evolve(a, headline="other")])
    result = tables.write_archive(shards, tmp_path / "t")  # skip: the second is left out
    assert result.articles == 2 and len(result.errors) == 1
    assert "duplicate_article_id" in result.errors[0] and "shard-1.jsonl" in result.errors[0]
    assert list(tables.articles_from_tables(_read(tmp_path / "t"))) == [b, a]
    with pytest.raises(iw.ValidationError) as caught:
        tables.write_archive(shards, tmp_path / "u", on_error="stop")
    assert caught.value.codes == ["duplicate_article_id"]
    assert not (tmp_path / "u").exists()  # not even the good first shard's parts

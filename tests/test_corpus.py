"""The coverage corpus (``tests/corpus``): every report validates and round-trips, its
marked text reads to its written article and ``to_markup`` of that article reads back equal,
its written files are what its source builds, every typed path named for a faithful phenomenon
holds a value other than its field's default, every export runs and names real paths in its
losses, and ``docs/coverage.md`` is the table ``benchmarks/coverage.py --markdown`` prints."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.markup import read_markup, to_markup
from iraqwithdrawal.standards import (
    Conversion,
    to_annotations,
    to_ninjs,
    to_plover,
    to_prov,
    to_schemaorg,
)

from ._paths import ROOT
from .corpus import build
from .corpus.build import (
    HERE,
    NAMES,
    REPORTS,
    ReportError,
    article,
    outputs,
    phenomena,
    read_report,
    unmatched,
)
from .corpus.mechanisms import MECHANISMS, UNSEEN

EXPORTERS: list[Callable[[iw.Article], Any]] = [
    to_schemaorg,
    to_ninjs,
    to_plover,
    to_prov,
    to_annotations,
]
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_NOTHING = object()


def resolve(root: Any, path: str) -> tuple[Any, Any]:
    """The value at ``path`` in a model tree and the default of the field holding it; only
    typed fields and tuple items are followed (never ``extra``). A path starts at the
    article (``$.events[1].time``) or, as a mark's target does, at the object with an id
    (``ev-convoy.time``), so a table does not depend on the order of the declarations."""
    value, default, rest = root, _NOTHING, path[1:]
    if not path.startswith("$"):
        ident = re.match(r"[^.\[]+", path)
        assert ident is not None, f"not a path: {path!r}"
        try:
            value = root.get(ident.group(0))
        except KeyError:
            raise AssertionError(f"{path}: no object has the id {ident.group(0)!r}") from None
        rest = path[ident.end() :]
    while rest:
        found = _STEP.match(rest)
        assert found is not None, f"not a JSON path: {path!r}"
        rest = rest[found.end() :]
        if found[2] is not None:
            index = int(found[2])
            assert isinstance(value, tuple) and index < len(value), f"{path}: no item {index}"
            value, default = value[index], _NOTHING
        else:
            name = found[1]
            assert name != "extra", f"{path}: kept unknown fields are not typed"
            assert attrs.has(type(value)), f"{path}: {type(value).__name__} has no fields"
            fields = attrs.fields_dict(type(value))
            assert name in fields, f"{path}: {type(value).__name__} has no field {name!r}"
            default = fields[name].default
            value = getattr(value, name)
    return value, default


@pytest.fixture(scope="module", params=NAMES)
def report(request: pytest.FixtureRequest) -> tuple[str, iw.Article, list[dict[str, Any]]]:
    name = request.param
    return name, article(name), phenomena(name)


def test_the_corpus_has_its_kinds_of_report() -> None:
    articles = [article(name) for name in NAMES]
    languages = {a.language.split("-")[0] for a in articles}
    assert len(NAMES) >= 15
    assert len(languages) >= 6
    assert len(languages & {"ar", "fa", "he", "ckb", "ur", "ps"}) >= 2


def test_a_report_validates_and_round_trips(report: Any) -> None:
    name, article, _ = report
    assert iw.validate(article) == [], name
    assert iw.from_json(iw.to_json(article)) == article


def test_the_written_files_are_what_the_source_builds(report: Any) -> None:
    name, _, _ = report
    for path, text in outputs(name).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run tests/corpus/build.py"


def test_every_file_of_the_corpus_belongs_to_a_report(tmp_path: Any, monkeypatch: Any) -> None:
    assert unmatched() == []
    assert set(UNSEEN) <= set(NAMES)
    (tmp_path / "reports").mkdir()
    for name in ("kept.iwm", "kept.phenomena.json", "bare.iwm", "gone.phenomena.json"):
        (tmp_path / "reports" / name).write_text("", encoding="utf-8")
    for name in ("kept.json", "gone.json"):
        (tmp_path / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(build, "HERE", tmp_path)
    monkeypatch.setattr(build, "REPORTS", tmp_path / "reports")
    monkeypatch.setattr(build, "NAMES", ["bare", "kept"])
    assert unmatched() == [
        "gone.json",
        "reports/bare.phenomena.json (missing)",
        "reports/gone.phenomena.json",
    ]


def test_a_phenomena_table_is_well_formed(report: Any) -> None:
    name, _, rows = report
    assert len(rows) >= 5, name
    seen = set()
    for row in rows:
        assert set(row) <= {"phenomenon", "verdict", "paths", "why", "mechanism"}, row
        assert row["verdict"] in {"faithful", "approximated", "impossible"}, row
        assert row["phenomenon"] not in seen, row
        seen.add(row["phenomenon"])
        if row["verdict"] == "faithful":
            assert row["paths"] and "why" not in row and "mechanism" not in row, row
        else:
            assert row["why"].strip() and row["mechanism"] in MECHANISMS, row
        if row["verdict"] == "impossible":
            assert row["paths"] == [], row


def path_problems(article: iw.Article, rows: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the paths of a phenomena table against ``article``: a path that
    does not resolve to a typed value, an empty value, or a faithful one at its default."""
    problems = []
    for row in rows:
        for path in row["paths"]:
            where = f"{row['phenomenon']}: {path}"
            try:
                value, default = resolve(article, path)
            except AssertionError as exc:
                problems.append(f"{where}: {exc}")
                continue
            if value is None or value == () or value == "":
                problems.append(f"{where}: empty")
            elif row["verdict"] == "faithful" and value == default:
                problems.append(f"{where}: holds its default {value!r}")
    return problems


def test_every_faithful_path_holds_a_value(report: Any) -> None:
    name, article, rows = report
    assert path_problems(article, rows) == [], name


def test_a_path_at_its_default_or_missing_is_caught() -> None:
    article = read_report(REPORTS / "ar_ina_hijri.iwm")
    rows = [
        {"phenomenon": "p1", "verdict": "faithful", "paths": ["$.published"]},
        {"phenomenon": "p2", "verdict": "faithful", "paths": ["$.entities[0].kind"]},
        {"phenomenon": "p3", "verdict": "faithful", "paths": ["$.events[0].no_such_field"]},
        {"phenomenon": "p4", "verdict": "faithful", "paths": ["$.events[99]"]},
        {"phenomenon": "p5", "verdict": "faithful", "paths": ["$.extra.x"]},
        {"phenomenon": "p6", "verdict": "faithful", "paths": ["ev-nowhere.time"]},
        {"phenomenon": "p7", "verdict": "faithful", "paths": ["baghdad.wikidata"]},
    ]
    assert path_problems(article, rows[:1]) == []
    cleared = attrs.evolve(
        article,
        published=None,
        entities=(
            attrs.evolve(article.entities[0], kind=iw.PlaceKind.OTHER),
            *article.entities[1:],
        ),
    )
    found = path_problems(cleared, rows)
    assert [p.split(":")[0] for p in found] == ["p1", "p2", "p3", "p4", "p5", "p6", "p7"], found
    assert path_problems(article, [{**rows[0], "paths": ["baghdad.within", "iraq"]}]) == []


def test_every_export_runs_and_its_losses_name_real_values(report: Any) -> None:
    name, article, _ = report
    for exporter in EXPORTERS:
        conversion = exporter(article)
        assert isinstance(conversion, Conversion), (name, exporter.__name__)
        for loss in conversion.losses:
            value, _ = resolve(article, loss.path)
            assert value is not None and value != (), (name, exporter.__name__, str(loss))


def test_the_wire_json_is_the_typed_article(report: Any) -> None:
    name, article, _ = report
    loaded = iw.from_json((HERE / f"{name}.json").read_text(encoding="utf-8"))
    assert loaded == article


def test_the_marked_text_reads_to_the_written_article_and_back(report: Any) -> None:
    name, article, _ = report
    text = (REPORTS / f"{name}.iwm").read_text(encoding="utf-8")
    assert read_markup(text) == iw.from_json((HERE / f"{name}.json").read_text("utf-8"))
    # What the report is and where it comes from, in the comment that opens it.
    assert text.startswith("# ") and "invented" in text.split("\n\n")[0].lower(), name
    assert read_markup(to_markup(article)) == article


def test_a_bad_report_is_named_at_its_line_and_column(tmp_path: Any) -> None:
    text = (REPORTS / "ckb_convoy_movement.iwm").read_text(encoding="utf-8")
    bad = tmp_path / "bad.iwm"
    bad.write_text(text.replace("{erbil}", "{erbill}").replace("kind=city", "kind=town", 1))
    with pytest.raises(ReportError) as caught:
        read_report(bad)
    found = str(caught.value).splitlines()
    assert len(found) == 1 and found[0].startswith("bad.iwm: line "), found
    assert "markup_target" in found[0] and "'erbill'" in found[0]
    line, column = (int(x.split()[-1]) for x in found[0].split(":")[1].split(","))
    assert text.split("\n")[line - 1][column - 1 :].startswith("[")


def test_the_coverage_page_is_generated() -> None:
    script = ROOT / "benchmarks" / "coverage.py"
    made = subprocess.run(
        [sys.executable, str(script), "--markdown"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    page = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert page == made, "run: python benchmarks/coverage.py --markdown > docs/coverage.md"


def test_the_json_summary_adds_up() -> None:
    script = ROOT / "benchmarks" / "coverage.py"
    out = subprocess.run(
        [sys.executable, str(script), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    summary = json.loads(out)
    rows = [row for name in NAMES for row in phenomena(name)]
    assert summary["total"]["rows"] == len(rows)
    assert summary["total"]["faithful"] == sum(r["verdict"] == "faithful" for r in rows)
    unseen = [row for name in UNSEEN for row in phenomena(name)]
    assert summary["unseen"]["reports"] == sorted(UNSEEN)
    assert summary["unseen"]["rows"] == len(unseen)
    assert summary["unseen"]["faithful"] == sum(r["verdict"] == "faithful" for r in unseen)
    for key in ("rows", "faithful", "approximated", "impossible"):
        assert summary["unseen"][key] + summary["rejudged"][key] == summary["total"][key], key

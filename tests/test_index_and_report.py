"""Look-ups use one index per article, built once; warnings travel with a loaded document,
so nothing validates twice."""

from __future__ import annotations

import gc
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal import _walk, validation
from iraqwithdrawal.cli import main
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.testing import articles


def test_the_index_is_built_once_and_dropped_with_the_article() -> None:
    article = seed_report()
    index = article.index()
    assert article.index() is index
    assert article.get("united-states") is article.entity("united-states")
    key = id(article)
    del article, index
    gc.collect()
    assert key not in _walk._INDEXES


@given(articles())
def test_index_agrees_with_a_fresh_walk(article: iw.Article) -> None:
    found = _walk.survey(article)
    by_id: dict[str, object] = {}
    for _path, ident, obj in found.ids:
        by_id.setdefault(ident, obj)
    assert article.objects_by_id() == by_id
    for ident in by_id:
        assert article.get(ident) is by_id[ident]
        expected = [path for path, target, _kinds in found.refs if target == ident]
        assert article.references_to(ident) == expected
    assert list(article.iter_attributions()) == [
        (path, node) for path, node in found.nodes if isinstance(node, iw.Attribution)
    ]


def test_entity_and_event_look_ups_check_the_kind() -> None:
    article = seed_report()
    event_id = article.events[0].id
    with pytest.raises(KeyError):
        article.entity(event_id)
    assert article.event(event_id) is article.events[0]
    with pytest.raises(KeyError):
        article.event("no-such-id")


def _with_warning() -> iw.Article:
    article = seed_report()
    # A completed event dated after publication is a warning, not an error.
    published = iw.PartialDate(year=2000, month=1, day=1)
    return attrs.evolve(article, published=published)


def test_warnings_travel_with_a_loaded_document() -> None:
    article = _with_warning()
    expected = [p for p in iw.validate(article) if p.severity is iw.Severity.WARNING]
    assert expected
    report: list[iw.Problem] = []
    loaded = iw.from_json(iw.to_json(article), report=report)
    assert loaded == article and report == expected
    report.clear()
    iw.from_dict(iw.to_dict(article), report=report, validate=False)
    assert report == []  # nothing validated, nothing reported


def test_the_command_line_validates_each_document_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    warnings = [p for p in iw.validate(_with_warning()) if p.severity is iw.Severity.WARNING]
    calls: list[int] = []
    original = validation.validate_loaded

    def counting(article: iw.Article, notes: object) -> list[iw.Problem]:
        calls.append(1)
        return original(article, notes)  # type: ignore[arg-type]

    monkeypatch.setattr("iraqwithdrawal.validation.validate_loaded", counting)
    monkeypatch.setattr("iraqwithdrawal.validation._quick_scan", None)  # no walk is needed
    path = tmp_path / "a.json"
    path.write_text(iw.to_json(_with_warning()), encoding="utf-8")
    lines = tmp_path / "a.jsonl"
    lines.write_text(iw.to_json(_with_warning()) + "\n" + iw.to_json(seed_report()) + "\n")
    assert main(["validate", str(path), str(lines)]) == 0
    assert len(calls) == 3
    out = capsys.readouterr().out
    for where in (f"{path}", f"{lines}:1"):
        for problem in warnings:
            line = f"{where}: {problem.path}: warning: {problem.message} [{problem.code}]\n"
            assert out.count(line) == 1
    assert out.count("warning:") == 2 * len(warnings) and f"{lines}:2:" not in out

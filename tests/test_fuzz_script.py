"""The fuzz script (``benchmarks/fuzz.py``) itself: a short seeded run in this process finds
no escape, no changed object and no disagreement, and writes its summary with every field;
a target that raises ``KeyError`` on some input is caught, counted as an escape, minimised
and written as a reproducer, with exit code 1."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from iraqwithdrawal import _json as iw_json

from ._paths import ROOT

pytest.importorskip("hypothesis")
sys.path.insert(0, str(ROOT / "benchmarks"))

import fuzz
import fuzz_inputs
import fuzz_targets

SMALL = ["--pool", "3", "--per-class", "1", "--progress", "1000"]


@pytest.fixture(scope="module")
def corpus() -> Any:
    return fuzz_inputs.build_corpus(5, 3, 1, ninjs=False)


def test_a_seeded_run_finds_nothing_and_writes_its_summary(tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    before = iw_json.BACKEND
    code = fuzz.main(
        [
            "--seed",
            "7",
            "--inputs",
            "300",
            "--out",
            str(out),
            "--repro-dir",
            str(tmp_path / "r"),
            *SMALL,
        ]
    )
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["failures"] == [], summary["failures"]
    assert code == 0
    assert summary["total"]["inputs"] == 300
    assert summary["stopped_by"] == "inputs"
    for field in ("commit", "python", "backend", "seed", "elapsed_seconds", "readers", "writers"):
        assert summary[field] not in (None, ""), field
    assert len(summary["commit"]) == 40 or summary["commit"] == "unknown"
    for name, counts in summary["targets"].items():
        assert set(counts) == set(fuzz.COUNTS), name
        assert counts["accepted"] + counts["refused"] + counts["escapes"] == counts["inputs"]
        assert counts["escapes"] == counts["changed"] == counts["disagree"] == 0, name
    assert "| **total** | 300 | " in fuzz.markdown(summary)
    assert summary["targets"]["json_text"]["accepted"] > 0
    assert summary["targets"]["json_text"]["refused"] > 0
    assert not (tmp_path / "r").exists()
    assert iw_json.BACKEND == before  # the backends as installed again


def test_the_stdlib_install_is_fuzzed_without_orjson(tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    installed = iw_json._orjson
    args = ["--seed", "9", "--inputs", "60", "--backend", "json", "--out", str(out)]
    assert fuzz.main([*args, "--targets", "json_text,from_dict", *SMALL]) == 0
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["readers"] == summary["writers"] == ["json"]
    assert summary["total"]["inputs"] == 60
    assert iw_json._orjson is installed  # hidden during the run only


def _broken(data: bytes | str, cls: type, unknown: str) -> Any:
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    if b"id" in raw:
        raise KeyError("a deliberately broken target")
    return fuzz_targets._from_json(data, cls, unknown)


def test_a_broken_target_gives_a_minimised_reproducer(tmp_path: Path, corpus: Any) -> None:
    out, repro = tmp_path / "summary.json", tmp_path / "repro"
    target = fuzz_targets.TextTarget(corpus, load=_broken)
    code = fuzz.main(
        ["--seed", "3", "--inputs", "20", "--out", str(out), "--repro-dir", str(repro)],
        targets={"json_text": target},
    )
    assert code == 1
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["total"]["escapes"] > 0
    (failure,) = summary["failures"]  # one signature, however many inputs hit it
    assert failure["kind"] == "escape" and "KeyError" in failure["signature"]
    assert failure["count"] == summary["total"]["escapes"]
    data = (repro / "001-json_text-escape.json").read_bytes()
    assert data == b"id"  # delta debugging leaves the two bytes that break it
    index = (repro / "INDEX.txt").read_text(encoding="utf-8").splitlines()
    assert len(index) == 1 and "KeyError" in index[0]
    source = (repro / "001-json_text-escape.py").read_text(encoding="utf-8")
    compile(source, "reproducer", "exec")
    assert "DATA = b'id'" in source or "DATA = 'id'" in source


def test_a_dict_failure_is_shrunk_to_the_key_that_breaks_it() -> None:
    document = {"a": [1, 2, {"b": {"bad": 1}}], "c": "x" * 100}
    budget = fuzz.Budget(10, 1000)

    def fails(d: Any) -> bool:
        return "bad" in json.dumps(d)

    assert fuzz_inputs_shrink(document, fails, budget) == {"bad": 1}


def fuzz_inputs_shrink(document: Any, fails: Any, budget: Any) -> Any:
    from fuzz_shrink import shrink_tree

    return shrink_tree(document, fails, budget)


def test_reproducer_source_builds_hostile_values() -> None:
    from fuzz_shrink import HELPERS, py_source

    loop: list[Any] = []
    loop.append(loop)
    values = [10**5000, float("nan"), "x\udfffy", fuzz_inputs.nest(600), {1: (2,)}, {"a": b"b"}]
    scope: dict[str, Any] = {}
    exec(HELPERS, scope)
    for value in values:
        built = eval(py_source(value), scope)
        if isinstance(value, float):
            assert built != built
        else:
            assert built == value
    assert py_source(loop) == "[LOOP]"


def test_the_atheris_target_checks_one_input_and_says_when_atheris_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import fuzz_atheris

    from iraqwithdrawal.examples import example_json

    fuzz_targets.configure("json")
    try:
        fuzz_atheris.check(example_json("live-page").encode("utf-8"))  # accepted, written back
        fuzz_atheris.check(b'{"id": 1e400, "id": [')  # refused
        with pytest.raises(AssertionError, match=r"changed"):
            fuzz_atheris.check_outcomes([("json", fuzz_targets.Outcome("accepted", object()))])
    finally:
        fuzz_targets.restore()
    monkeypatch.setattr(fuzz_atheris, "atheris", None)
    assert fuzz_atheris.main(["fuzz_atheris.py"]) == 2
    assert "atheris is not installed" in capsys.readouterr().err

"""The command-line routes of the annotation bridges, and that the core import loads none of
them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iraqwithdrawal.cli import main
from iraqwithdrawal.examples import load_seed_report


def test_brat_out_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "--to", "brat", "--out", str(tmp_path)]) == 0
    seed = load_seed_report()
    assert (tmp_path / f"{seed.id}.txt").read_text(encoding="utf-8") == seed.body
    assert "dropped: $.headline" in capsys.readouterr().err
    assert main(["convert", "--from", "brat", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    article = json.loads(captured.out)
    assert article["id"] == seed.id and len(article["quotes"]) == len(seed.quotes)
    assert "brat keeps no headline" in captured.err and "brat keeps no language" in captured.err


def test_label_studio_out_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "--to", "label-studio"]) == 0
    tasks = json.loads(capsys.readouterr().out)
    tasks[0]["annotations"] = [tasks[0]["predictions"][0]]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")
    assert main(["convert", "--from", "label-studio", str(export)]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["headline"] == load_seed_report().headline
    assert main(["convert", "--to", "label-studio", "--out", str(tmp_path / "p")]) == 0
    assert (tmp_path / "p" / "label_config.xml").read_text(encoding="utf-8").startswith("<View>")


def test_bad_input_exits_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.txt").write_text("Bush said so.", encoding="utf-8")
    (tmp_path / "x.ann").write_text("T1\tTank 0 4\tBush\n", encoding="utf-8")
    assert main(["convert", "--from", "brat", str(tmp_path)]) == 1
    assert "x.ann:1 T1" in capsys.readouterr().err
    assert main(["convert", "--from", "brat", str(tmp_path / "missing")]) == 2
    assert main(["convert", "--to", "brat"]) == 2  # brat needs a folder
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    assert main(["convert", "--from", "label-studio", str(tmp_path / "bad.json")]) == 1


def test_the_core_import_loads_no_bridge_and_no_tool() -> None:
    code = (
        "import sys, iraqwithdrawal\n"
        "print(sorted(m for m in sys.modules if m.startswith(('iraqwithdrawal.bridges', "
        "'label_studio_sdk', 'brat', 'cassis'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

"""The command line's routes into the NLP and page bridges: ``convert --from trafilatura|newsplease|
newspaper|jsonld FILE``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iraqwithdrawal import from_json, validate
from iraqwithdrawal.cli import main

from .conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"


def test_jsonld_from_a_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "--from", "jsonld", str(PAGES / "live-graph.html")]) == 0
    captured = capsys.readouterr()
    article = from_json(captured.out)
    assert article.headline == "Iraqi parliament votes on foreign forces bill"
    assert validate(article) == []
    assert "$.blocks[0]['@graph'][2].citation" in captured.err


def test_extractor_json_with_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = {
        "title": "Troops leave base",
        "text": "Troops left the base on Monday.",
        "author": "Jane Doe; Omar Haddad",
        "date": "2025-07-22",
        "hostname": "example.com",
        "language": None,
    }
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["convert", "--from", "trafilatura", str(path)]) == 1
    assert "$.language" in capsys.readouterr().err
    assert main(["convert", "--from", "trafilatura", "--language", "en", str(path)]) == 0
    captured = capsys.readouterr()
    article = from_json(captured.out)
    assert article.byline == "Jane Doe; Omar Haddad"
    assert "$.hostname" in captured.err


@pytest.mark.parametrize("source", ["newsplease", "newspaper", "jsonld"])
def test_bad_files(source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["convert", "--from", source, str(path)]) == 1
    assert "json_syntax" in capsys.readouterr().err
    assert main(["convert", "--from", source]) == 2
    assert "needs a file" in capsys.readouterr().err


def test_bridges_import_no_tool() -> None:
    """The bridges read the tools' output as data: importing them loads none of the tools
    (spaCy is imported only when a Doc is made or read)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import iraqwithdrawal.bridges.extractors, iraqwithdrawal.bridges.jsonld\n"
        "import iraqwithdrawal.bridges.read, iraqwithdrawal.bridges.spacy_doc\n"
        "import iraqwithdrawal.bridges.pages\n"
        "tools = ('spacy', 'trafilatura', 'newsplease', 'newspaper', 'lxml', 'nltk')\n"
        "print(sorted(m for m in tools if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

"""The command line: show, validate, example, schema, convert."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.cli import main, outline
from iraqwithdrawal.examples import example, seed_report
from iraqwithdrawal.testing import articles


def test_show_bundled_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("US and Iraq Near Agreement on Coalition Troop Withdrawal\n")
    assert "Dateline: XXXX-07-24 '24 July' [inferred: 2024-07-24]" in out
    assert (
        out.index("2014 'in 2014'")
        < out.index("2020-01-05")
        < out.index("2021-03")
        < out.index("../2021-12-22")
        < out.index("XXXX-02")
        < out.index("../2025-09")
    )
    assert 'Jawad al-Bulani "told" direct -> The National -> TASS' in out
    assert "supports: Government of the United States" in out
    assert "about 2,500 US troops" in out
    assert "[possible: may]" in out


def test_show_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.json"
    path.write_text(iw.to_json(seed_report()), encoding="utf-8")
    assert main(["show", str(path)]) == 0
    assert "Contested" in capsys.readouterr().out


def test_example_prints_the_bundled_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example"]) == 0
    assert iw.from_json(capsys.readouterr().out) == seed_report()
    assert main(["example", "--compact"]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(iw.to_json(seed_report()), encoding="utf-8")
    bad_doc = iw.to_dict(seed_report())
    bad_doc["quotes"][2]["attribution"]["source"] = "nobody"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_doc), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")

    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert out == (
        f"{bad}: $.quotes[2].attribution.source: 'nobody' does not refer to "
        "anything in this article [unresolved_reference]\n"
    )
    assert main(["validate", str(broken)]) == 2
    assert main(["validate", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_validate_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "many.jsonl"
    good = iw.to_json(seed_report())
    path.write_text("\n".join([good, good, '{"type": "article"}', good]) + "\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith(f"{path}:3: ") for line in lines)
    assert any("$.headline" in line for line in lines)


def test_validate_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (iw.to_json(seed_report()) + "\n") * 2
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["validate", "-"]) == 0
    single = iw.to_json(seed_report(), pretty=True)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(single.encode())))
    assert main(["validate", "-"]) == 0


def test_module_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal", "show"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Timeline" in done.stdout


def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text((iw.to_json(seed_report()) + "\n") * 3, encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert "lines" in err and "%" in err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().err == ""


@given(articles())
def test_outline_of_any_valid_article(article: iw.Article) -> None:
    text = outline(article)
    assert text.startswith(article.headline)
    assert f"{len(article.events)} events" in text
    for event in article.events:
        assert event.event_type in text


def test_show_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = iw.to_json(seed_report()).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["show", "-"]) == 0
    assert "Timeline" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"type": "article"}')))
    assert main(["show", "-"]) == 1
    assert "$.headline" in capsys.readouterr().err


@pytest.mark.parametrize("target", ["jsonld", "ninjs", "plover", "prov", "annotation"])
def test_convert_to_each_standard(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    from iraqwithdrawal import standards

    assert main(["convert", "--to", target]) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    exporter = {
        "jsonld": standards.to_schemaorg,
        "ninjs": standards.to_ninjs,
        "plover": standards.to_plover,
        "prov": standards.to_prov,
        "annotation": standards.to_annotations,
    }[target]
    conversion = exporter(seed_report())
    assert document == json.loads(json.dumps(conversion.document))
    # Every loss is on stderr, one per line.
    assert captured.err.splitlines() == [
        f"{conversion.standard}: {loss}" for loss in conversion.losses
    ]


def test_convert_ninjs_version_and_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.json"
    path.write_text(iw.to_json(seed_report()), encoding="utf-8")
    assert main(["convert", "--to", "ninjs", "--ninjs-version", "2.2", str(path)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["standard"]["version"] == "2.2" and "infosources" in document


def test_convert_from_ninjs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from iraqwithdrawal.standards import to_ninjs

    path = tmp_path / "n.json"
    path.write_text(json.dumps(to_ninjs(seed_report()).document), encoding="utf-8")
    assert main(["convert", "--from", "ninjs", str(path)]) == 0
    captured = capsys.readouterr()
    # The ninjs events have no typed field: kept in extra["ninjs"], read back with "keep".
    article = iw.from_json(captured.out, unknown="keep")
    assert article.id == seed_report().id and article.headline == seed_report().headline
    assert "ninjs 3.1: approximated: $.events" in captured.err


def test_convert_from_ninjs_refuses_bad_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.json"
    path.write_text('{"uri": 5}', encoding="utf-8")
    assert main(["convert", "--from", "ninjs", str(path)]) == 1
    assert "$.uri" in capsys.readouterr().err
    path.write_text("{", encoding="utf-8")
    assert main(["convert", "--from", "ninjs", str(path)]) == 2
    assert main(["convert", "--from", "ninjs"]) == 2


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    from iraqwithdrawal.wire_schema import json_schema

    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json_schema()  # the registry as it is now, extensions included
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_unreadable_json_exits_2_for_every_command(tmp_path: Path) -> None:
    """One convention: 0 valid, 1 invalid, 2 unreadable, whatever the command."""
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    for command in (["show"], ["validate"], ["convert", "--to", "jsonld"]):
        assert main([*command, str(bad)]) == 2, command
    invalid = tmp_path / "invalid.json"
    invalid.write_text('{"id": "a"}', encoding="utf-8")
    for command in (["show"], ["validate"], ["convert", "--to", "jsonld"]):
        assert main([*command, str(invalid)]) == 1, command


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import io

    class _In:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", _In())


def test_validate_streams_json_lines_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = iw.to_json(seed_report()).encode("utf-8")
    _stdin(monkeypatch, good + b"\n" + b'{"id": "a"}\n' + good + b"\n")
    assert main(["validate", "-"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("-:2: ") and "-:1:" not in out and "-:3:" not in out


def test_validate_reads_one_pretty_document_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, iw.to_json(seed_report(), pretty=True).encode("utf-8"))
    assert main(["validate", "-"]) == 0
    _stdin(monkeypatch, b"")
    assert main(["validate", "-"]) == 2  # nothing to read is not JSON


@pytest.mark.parametrize("backend", ["orjson", "json"])
def test_no_input_makes_the_command_line_show_a_traceback(
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Hostile files through both JSON backends (the core install has no orjson): every one
    gets an exit code and a message, never an exception out of main()."""
    from iraqwithdrawal import _json, files

    monkeypatch.setattr(_json, "BACKEND", backend)
    monkeypatch.setattr(files, "MAX_DOCUMENT_BYTES", 1 << 20)
    seed = iw.to_json(seed_report())
    cases = {
        "deep.json": "[" * 5000 + "]" * 5000,
        "surrogate.json": seed[:-1] + ', "x": "\\ud800"}',
        "nan.json": seed[:-1] + ', "x": NaN}',
        "bigint.json": seed[:-1] + ', "x": 18446744073709551616}',
        "duplicate.json": seed[:-1] + ', "headline": "again"}',
        "empty.json": "",
        "binary.json": "\x00\x01\x02",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        for command in (
            ["show"],
            ["validate"],
            ["validate", "--unknown", "keep"],
            ["convert", "--to", "prov"],
        ):
            code = main([*command, str(path)])
            lenient_warning = name == "duplicate.json" and "keep" in command
            assert code in ((0,) if lenient_warning else (1, 2)), (name, command, code)
        capsys.readouterr()
    assert main(["validate", "/dev/zero"]) == 2
    assert "MiB" in capsys.readouterr().err


def test_a_terminal_that_cannot_encode_gets_escapes(tmp_path: Path) -> None:
    import subprocess

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    ru = tmp_path / "ru.json"
    ru.write_text(iw.to_json(example("agency-post-ru")), encoding="utf-8")
    shown = subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal", "show", str(ru)], env=env, capture_output=True
    )
    assert shown.returncode == 0 and b"Traceback" not in shown.stderr
    printed = subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal", "example", "agency-post-ru"],
        env=env,
        capture_output=True,
    )
    assert printed.returncode == 0 and printed.stdout.isascii()
    assert iw.from_json(printed.stdout) == example("agency-post-ru")  # the same JSON value

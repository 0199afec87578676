"""The command line: show, validate, example, schema, convert."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.cli import main, outline
from iraqwithdrawal.examples import build_example, example, seed_report
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
    import unicodedata

    text = outline(article)
    # Text is printed as text, but a control character never reaches the terminal.
    assert not any(unicodedata.category(c) == "Cc" for c in text.replace("\n", ""))
    if not any(unicodedata.category(c) == "Cc" for c in article.headline):
        assert text.startswith(article.headline + "\n")
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


# --- files and hostile places (issue 18) --------------------------------------------------------


def test_an_indented_file_with_one_syntax_error_gets_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines only when the first line is a whole value: an indented document with a
    trailing comma gets the parser's one error, with its line and column."""
    path = tmp_path / "report.json"
    pretty = iw.to_json(seed_report(), pretty=True)
    path.write_text(pretty.rstrip()[:-1].rstrip() + ",\n}\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "[invalid_json]" in captured.err
    assert f"line {pretty.count(chr(10))}" in captured.err or "line " in captured.err
    assert "column" in captured.err
    # One document on one line is still a document (no line number in the report) ...
    bad = iw.to_dict(seed_report())
    bad["headline"] = 5
    path.write_text(json.dumps(bad) + "\n\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}: $.headline: ")
    # ... and two whole lines are JSON Lines, whatever the name, each line reported.
    good = iw.to_json(seed_report())
    path.write_text(f"{good}\n{{oops\n{json.dumps(bad)}\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":")[1] for line in out] == ["2", "3"]


def test_every_command_reads_with_the_same_bound_and_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow", reason="the tables command needs the tables extra")
    from iraqwithdrawal import files

    monkeypatch.setattr(files, "MAX_DOCUMENT_BYTES", 1 << 16)
    archive = tmp_path / "a.jsonl"
    archive.write_bytes(b"[" + b" " * (1 << 17) + b"]\n")
    messages = []
    for command in (
        ["validate", str(archive)],
        ["tables", str(archive), "--out", str(tmp_path / "t")],
        ["show", str(archive)],
    ):
        assert main(command) == 2, command
        messages.append(capsys.readouterr().err)
    assert (
        messages[0]
        == messages[1]
        == f"{archive}: more than 65536 bytes in one line "
        + ("(an archive is read as JSON Lines, a line at a time)\n")
    )
    assert messages[2] == messages[0].replace("one line", "one document")


def _feed_fifo(path: Path, data: bytes) -> Any:
    import threading

    os.mkfifo(path)

    def feed() -> None:
        with open(path, "wb") as handle:
            handle.write(data)

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    return thread


def test_tables_reads_a_fifo_and_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow", reason="the tables command needs the tables extra")
    import pyarrow.parquet as pq

    from iraqwithdrawal.tables import articles_from_tables

    lines = (iw.to_json(seed_report()) + "\n").encode("utf-8")
    thread = _feed_fifo(tmp_path / "pipe", lines)
    assert main(["tables", str(tmp_path / "pipe"), "--out", str(tmp_path / "t1")]) == 0
    thread.join(timeout=30)
    _stdin(monkeypatch, lines)
    assert main(["tables", "-", "--out", str(tmp_path / "t2")]) == 0
    capsys.readouterr()
    for out in ("t1", "t2"):
        dataset = {f.name: pq.read_table(f) for f in sorted((tmp_path / out).iterdir())}
        assert list(articles_from_tables(dataset)) == [seed_report()]


def test_synth_without_the_testing_extra_says_what_to_install() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['hypothesis'] = None\n"
            "from iraqwithdrawal.cli import main\n"
            "sys.exit(main(['synth', '1', '--out', '-']))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "pip install 'iraqwithdrawal[testing]'" in done.stderr
    assert "hypothesis" in done.stderr


def test_convert_reads_lenient_documents_with_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/extending.md's drone strike without its plug-in: kept with --unknown keep, and
    an exporter reports what it cannot carry as losses, never a traceback."""
    document = iw.to_dict(seed_report())
    document["events"][0]["event_type"] = "drone_strike_unplugged"
    path = tmp_path / "lenient.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["convert", "--to", "plover", str(path)]) == 1
    assert "drone_strike_unplugged" in capsys.readouterr().err
    for target in ("plover", "jsonld", "ninjs", "prov", "annotation"):
        code = main(["convert", "--to", target, "--unknown", "keep", str(path)])
        captured = capsys.readouterr()
        assert code in (0, 2), target
        if code == 2:  # an exporter that cannot take it yet: one line, not a traceback
            assert captured.err.count("\n") == 1 and captured.out == "", target
        else:
            json.loads(captured.out)
    assert main(["convert", "--to", "plover", "--unknown", "keep", str(path)]) == 0
    err = capsys.readouterr().err
    assert "$.events[0]" in err and "drone_strike_unplugged" in err


def test_the_outline_prints_text_as_text() -> None:
    import attrs

    seed = seed_report()
    quote = attrs.evolve(
        seed.quotes[0], text="\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u06cc\u0645"
    )
    hostile = attrs.evolve(seed.quotes[1], text="red \x1b[31m\nline")
    text = outline(attrs.evolve(seed, quotes=(quote, hostile, *seed.quotes[2:])))
    assert "'\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u06cc\u0645'" in text
    assert "\\u200c" not in text
    assert "'red \\x1b[31m\\nline'" in text and "\x1b" not in text
    assert len(text.splitlines()) == len(outline(seed).splitlines())
    assert '"called the coalition forces a destabilizing factor, stressing' in text


def test_the_outline_says_a_or_an_and_what_a_shared_attribution_covers() -> None:
    import attrs

    joint = build_example("joint-statement")
    text = outline(joint)
    assert "in a joint statement" in text and "(whole article)" not in text
    assert "  (shared by quotes q-1; events ev-mission-end, ev-agreement) Government of Iraq" in (
        text
    )
    interview = attrs.evolve(
        joint,
        communications=tuple(
            attrs.evolve(c, kind=iw.CommunicationKind.INTERVIEW) for c in joint.communications
        ),
    )
    assert "in an interview" in outline(interview) and "in a interview" not in outline(interview)
    # An attribution of the article that nothing refers to is the whole article's.
    assert '  (whole article) The National "according to a report by" -> TASS' in outline(
        seed_report()
    )


#: Runs command lines in forked children of one interpreter (one import for every case, and
#: each child a real process: its own descriptors, its own exit and final flush). Reads the
#: cases as JSON on stdin; prints each one's status, stdout and stderr as JSON.
_DRIVER = r"""
import json, os, signal, sys, time, traceback
from iraqwithdrawal.cli import main
import iraqwithdrawal.examples, iraqwithdrawal.standards, iraqwithdrawal.wire_schema
try:
    import iraqwithdrawal.tables, iraqwithdrawal.testing.synth
    iraqwithdrawal.tables.table_schemas()  # built once, before the children
except ImportError:
    pass


def run(case):
    pid = os.fork()
    if pid == 0:
        signal.alarm(60)
        full = case["stdout"] == "/dev/full"
        flags = os.O_WRONLY if full else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        fds = (
            os.open(os.devnull, os.O_RDONLY),
            os.open(case["stdout"], flags),
            os.open(case["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        )
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        # As the interpreter would end: the exit code, a traceback for an exception that
        # escapes, and the last flush of standard output (exit 120 when it fails); then
        # _exit, skipping the finalization of a large heap, which costs half a second.
        try:
            code = main(case["argv"])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
            code = 1
        try:
            sys.stdout.flush()
        except BaseException as exc:
            print(f"Exception ignored on flushing sys.stdout: {exc!r}", file=sys.stderr)
            code = 120
        sys.stderr.flush()
        os._exit(code)
    fifo = case.get("feed")
    while True:
        reaped, status = os.waitpid(pid, os.WNOHANG)
        if reaped:
            return status
        if fifo is None:
            time.sleep(0.01)
            continue
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # no reader yet
            time.sleep(0.01)
            continue
        os.set_blocking(fd, True)
        try:
            os.write(fd, case["data"].encode())
        except OSError:
            pass
        os.close(fd)
        fifo = None


def text(name):
    if name == "/dev/full":
        return ""
    with open(name, encoding="utf-8", errors="replace") as handle:
        return handle.read()


results = []
for case in json.load(sys.stdin):
    sys.stdout.flush()
    sys.stderr.flush()
    status = run(case)
    out, err = text(case["stdout"]), text(case["stderr"])
    results.append({"argv": case["argv"], "status": status, "out": out, "err": err})
print(json.dumps(results))
"""


def test_every_command_meets_hostile_inputs_with_one_line_and_no_traceback(
    tmp_path: Path,
) -> None:
    """Missing files, folders, FIFOs, non-JSON, empty files as inputs and outputs, and a
    full disk (/dev/full) as standard output, for every command: exit 0, 1 or 2, one line
    on standard error for 2, never a traceback. (A device as --out is stood in for by a
    FIFO: as root, a regression would replace /dev/full for everyone.)"""
    good = tmp_path / "good.json"
    good.write_text(iw.to_json(seed_report()), encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "nonjson.json").write_text("this is not JSON\n", encoding="utf-8")
    (tmp_path / "empty.json").write_text("", encoding="utf-8")
    inputs = {
        "missing": str(tmp_path / "missing.json"),
        "folder": str(tmp_path / "folder"),
        "nonjson": str(tmp_path / "nonjson.json"),
        "empty": str(tmp_path / "empty.json"),
        "fifo": str(tmp_path / "fifo"),
        "missing-parent": str(tmp_path / "nowhere" / "x.jsonl"),
    }
    os.mkfifo(inputs["fifo"])
    commands = [
        ["show", "{}"],
        ["validate", "{}"],
        ["validate", "--unknown", "keep", "{}"],
        ["convert", "--to", "jsonld", "{}"],
        ["convert", "--to", "plover", "--unknown", "keep", "{}"],
        ["convert", "--from", "ninjs", "{}"],
        ["tables", "{}", "--out", str(tmp_path / "tables-out")],
        ["tables", str(tmp_path / "good.json"), "--out", "{}"],
        ["synth", "0", "--out", "{}"],
        ["example", "{}"],
    ]
    cases: list[dict[str, Any]] = []
    for number, command in enumerate(commands):
        for kind, value in inputs.items():
            if command[0] == "tables" and command[-1] == "{}" and kind not in ("fifo", "empty"):
                continue  # writing a dataset is slow: only the places that are refused
            case: dict[str, Any] = {
                "argv": [value if a == "{}" else a for a in command],
                "stdout": str(tmp_path / f"out-{number}-{kind}"),
                "stderr": str(tmp_path / f"err-{number}-{kind}"),
            }
            if kind == "fifo":
                case.update(feed=value, data="not JSON either\n")
            cases.append(case)
    for command in (
        ["example"],
        ["example", "--compact"],
        ["schema"],
        ["show"],
        ["show", str(good)],
        ["convert", "--to", "prov"],
        ["synth", "1", "--out", "-"],
        ["validate", str(good)],
        ["example", "--list"],
    ):
        cases.append({"argv": command, "stdout": "/dev/full", "stderr": str(tmp_path / "err-full")})
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    failures = []
    for result in json.loads(done.stdout):
        status = result["status"]
        code = os.waitstatus_to_exitcode(status)
        err = result["err"]
        problem = None
        if code not in (0, 1, 2):
            problem = f"exit {code}"
        elif "Traceback" in err or "Traceback" in result["out"]:
            problem = "traceback"
        elif code == 2 and err.count("\n") != 1:
            problem = f"{err.count(chr(10))} lines on stderr for exit 2"
        if problem:
            failures.append(f"{result['argv']}: {problem}: {err[-500:]!r}")
    assert not failures, "\n".join(failures)
    assert stat_is_fifo(inputs["fifo"])  # refused as an output, never replaced


def stat_is_fifo(path: str) -> bool:
    import stat

    return stat.S_ISFIFO(os.stat(path).st_mode)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["convert", "--from", "ninjs", "--ninjs-version", "9.9"], "cannot be read"),
        (["convert", "--to", "ninjs", "--ninjs-version", "1.0"], "cannot be written"),
        (["convert", "--to", "prov", "--ninjs-version", "2.2"], "applies to"),
    ],
)
def test_a_ninjs_version_it_cannot_use_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    item = tmp_path / "item.json"
    item.write_text(json.dumps(iw.standards.to_ninjs(seed_report()).document), encoding="utf-8")
    assert main([*argv, str(item)] if "--from" in argv else argv) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_the_outline_prints_what_a_quote_does() -> None:
    import attrs

    seed = seed_report()
    first, second = seed.quotes[0], seed.quotes[1]
    asked = attrs.evolve(first, act="question", acts=("demand",), about=())
    answer = attrs.evolve(second, act="refusal", in_reply_to=first.id)
    text = outline(attrs.evolve(seed, quotes=(asked, answer, *seed.quotes[2:])))
    assert f"{_quoted_for_test(first.text)} [question, then demand]" in text
    about = ", ".join(second.about)
    assert f" [refusal; in reply to {first.id}; about {about}]" in text
    # A quote that says no act, reply or topic gets no brackets.
    plain = attrs.evolve(first, act=None, acts=(), about=(), in_reply_to=None)
    assert f"{_quoted_for_test(first.text)}\n" in outline(attrs.evolve(seed, quotes=(plain,)))


def _quoted_for_test(text: str) -> str:
    return f'"{text}"' if "'" in text and '"' not in text else f"'{text}'"

"""The compiled accelerator agrees with the pure-Python path, which is the reference.

On the bundled examples, the synthetic archive, generated (and randomly damaged) articles,
the bad-input catalogue and the hostile JSON texts, the compiled loaders, writers and byte
scan accept and refuse the same documents with the same problems (code, path, severity and
wording) and write byte-identical JSON. The reference is built in the same process with
:func:`iraqwithdrawal.accel.disabled`, and once in a child process with
``IRAQWITHDRAWAL_PURE=1``. Skipped when the extension is not built (``python -m
iraqwithdrawal.accel.build``; CI builds it in the ``accel`` stage).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import types
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import _json, accel
from iraqwithdrawal.converter import make_converter
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.testing import articles
from iraqwithdrawal.testing.synth import synthetic_archive

from ._profiles import examples
from .bad_inputs import CATALOGUE, apply, damage, json_nodes
from .test_backends_agree import CATALOGUE as HOSTILE_JSON

pytestmark = pytest.mark.skipif(
    not accel.ACTIVE,
    reason="the compiled accelerator is not built here (python -m iraqwithdrawal.accel.build "
    "needs Cython and a C compiler) or IRAQWITHDRAWAL_PURE=1",
)

UNKNOWN = ("error", "keep")
COMPILED = {u: make_converter(unknown=u) for u in UNKNOWN}
with accel.disabled():
    PURE = {u: make_converter(unknown=u) for u in UNKNOWN}

Outcome = tuple[Any, ...]


def _outcome(text: str | bytes, converter: Any) -> Outcome:
    try:
        article = iw.from_json(text, converter=converter)
    except iw.ValidationError as exc:
        return "refused", sorted((p.code, p.path, str(p.severity), p.message) for p in exc.problems)
    return "accepted", iw.to_json(article, converter=converter), iw.to_json(article, pretty=True)


def _pure(fn: Callable[[], Outcome]) -> Outcome:
    with accel.disabled():
        return fn()


def assert_agree(text: str | bytes) -> list[Outcome]:
    """Both paths give the same outcome under both unknown-field policies."""
    found = []
    for unknown in UNKNOWN:
        fast = _outcome(text, COMPILED[unknown])
        slow = _pure(lambda u=unknown: _outcome(text, PURE[u]))  # type: ignore[misc]
        assert fast == slow, (unknown, text[:200])
        found.append(fast)
    return found


def _read(text: str | bytes, backend: str) -> Outcome:
    try:
        value, repeated = _json.read(text, backend=backend)
    except _json.JSONRefused as exc:
        return "refused", exc.code, exc.path, str(exc)
    except ValueError as exc:
        return "malformed", type(exc).__name__
    return "read", json.dumps(value, sort_keys=True), repeated


def test_the_compiled_path_is_used() -> None:
    article = iw.from_json(iw.to_json(seed_report()), converter=COMPILED["error"])
    iw.to_json(article, converter=COMPILED["error"])
    assert {"loader Article (fast)", "writer Article", "loader Quote (fast)"} <= accel.served
    assert accel.scan is not None and accel.FINGERPRINT
    assert accel.scan(b'{"a": 1, "b": [1, 2]}')
    assert accel.scan(b'{"a": 1e-5, "b": -2.5E-300}')  # a negative exponent stays small
    for doubtful in (
        b'{"a": 1, "a": 2}',
        b'"\\ud800"',
        b"12345678901234567890",
        b"1e5",
        b"1E+5",
        b"1234567890123456789e-3",
    ):
        assert not accel.scan(doubtful), doubtful


def test_the_document_checks_are_compiled_and_disabled_gives_them_back() -> None:
    from iraqwithdrawal import validation

    offered = [what for what, *_ in accel.FUNCTIONS]
    assert "function iraqwithdrawal.validation._scan_notes" in offered
    assert set(offered) <= accel.served  # every offered function had its compiled twin
    compiled = validation._scan_notes
    assert not isinstance(compiled, types.FunctionType)
    with accel.disabled():
        assert isinstance(validation._scan_notes, types.FunctionType)
        assert validation._scan_notes.__code__.co_filename == validation.__file__
    assert validation._scan_notes is compiled


def test_a_load_under_disabled_runs_the_python_document_checks() -> None:
    from iraqwithdrawal import validation

    calls: list[int] = []
    compiled = validation._references_hold
    with accel.disabled():
        python = validation._references_hold

        def counting(*args: Any) -> bool:
            calls.append(1)
            return python(*args)  # type: ignore[no-any-return]

        validation._references_hold = counting  # type: ignore[assignment]
        try:
            iw.from_json(iw.to_json(seed_report()))
        finally:
            validation._references_hold = python  # type: ignore[assignment]
    assert calls  # the Python checks read the module's names at each call
    assert validation._references_hold is compiled


def test_a_function_without_readable_source_stays_python() -> None:
    made = compile("def nowhere(x):\n    return x\n", "<no file>", "exec")
    namespace: dict[str, Any] = {"__name__": "tests.nowhere"}
    exec(made, namespace)
    original = namespace["nowhere"]
    try:
        accel.compile_functions(namespace, "nowhere")  # inspect cannot read "<no file>"
        assert namespace["nowhere"] is original
    finally:
        accel.FUNCTIONS.pop()


def test_a_function_the_compiled_module_does_not_hold_stays_python() -> None:
    def changed(x: int) -> int:
        return x + 1

    namespace = {"__name__": "tests.elsewhere", "changed": changed}
    try:
        accel.compile_functions(namespace, "changed")
        assert namespace["changed"] is changed
    finally:
        accel.FUNCTIONS.pop()


def test_examples_agree() -> None:
    from importlib.resources import files

    for path in sorted(files("iraqwithdrawal.examples").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            outcomes = assert_agree(path.read_bytes())
            assert outcomes[0][0] == "accepted", path.name


def test_the_synthetic_archive_agrees() -> None:
    for article in synthetic_archive(8, seed=0):
        text = iw.to_json(article)
        assert assert_agree(text)[0][1] == text


@pytest.mark.parametrize("bad", CATALOGUE, ids=[b.name for b in CATALOGUE])
def test_the_bad_input_catalogue_agrees(bad: Any) -> None:
    doc = apply(iw.to_dict(seed_report()), bad)
    assert_agree(json.dumps(doc))
    assert_agree(json.dumps(doc, ensure_ascii=False).encode())


@pytest.mark.parametrize(
    ("name", "text", "accepted"), HOSTILE_JSON, ids=[h[0] for h in HOSTILE_JSON]
)
def test_hostile_json_agrees(name: str, text: str, accepted: bool) -> None:
    assert_agree(text)
    for backend in ("orjson", "json"):
        assert _read(text, backend) == _pure(lambda b=backend: _read(text, b)), (name, backend)  # type: ignore[misc]


#: JSON texts at the edges of the byte scan: repeated keys spelled differently, escapes,
#: digit runs, exponents, depth, text that is not JSON.
EDGES = [
    '{"a": 1, "a": 2}',
    '{"a": 1, "\\u0061": 2}',
    '{"a\\\\": 1, "b": 1, "b": 2}',
    '{"a": {"b": 1}, "b": {"b": 2}, "c": [{"b": 1, "b": 1}]}',
    '{"x": "\\ud83d\\ude00", "y": "\\udc00"}',
    '{"x": "\\ud83d"}',
    '{"x": "\\ud83dx"}',
    '{"x": "\\ud83d\\u0041"}',
    '{"x": 1234567890123456789}',
    '{"x": 123456789012345678}',
    '{"x": -9223372036854775808}',
    '{"x": 0.12345678901234567890}',
    '{"x": 1e18}',
    '{"x": 1E400}',
    '{"x": 1e-5, "y": -2.5E-7, "z": 5e-324}',
    '{"x": 1e-400}',
    '{"x": 123456789012345678e-3}',
    '{"x": 1234567890123456789e-3}',
    '{"x": 1e-}',
    '{"x": 1e-5, "x": 2}',
    '{"x": "12345678901234567890"}',
    "[" * 512 + "]" * 512,
    "[" * 513 + "]" * 513,
    "{" + ", ".join(f'"k{i}": {i}' for i in range(300)) + ', "k7": 0}',
    "{" + ", ".join(f'"k{i}": {i}' for i in range(300)) + "}",
    '{"a": 1,}',
    '{"a" 1}',
    '"\\u12',
    "]]]",
    '{"a": NaN}',
]


@pytest.mark.parametrize("text", EDGES)
def test_the_byte_scan_agrees_at_its_edges(text: str) -> None:
    for backend in ("orjson", "json"):
        for data in (text, text.encode()):
            assert _read(data, backend) == _pure(lambda: _read(data, backend))  # noqa: B023


_HOSTILE_VALUES = st.sampled_from(
    [None, "", " ", "\u0301x", -1, 2**64, 1.5, True, [], {}, {"type": "nope"}, "x" * 3, "2019-13"]
)


@settings(max_examples=examples(15), deadline=None, suppress_health_check=list(HealthCheck))
@given(article=articles(), data=st.data())
def test_generated_and_damaged_articles_agree(article: iw.Article, data: st.DataObject) -> None:
    doc = iw.to_dict(article)
    assert assert_agree(json.dumps(doc))[0][0] == "accepted"
    nodes = json_nodes(doc)[1:]
    if not nodes:
        return
    changes = data.draw(
        st.lists(st.tuples(st.sampled_from(nodes), _HOSTILE_VALUES, st.booleans()), max_size=3)
    )
    damaged = damage(copy.deepcopy(doc), changes)
    assert_agree(json.dumps(damaged, ensure_ascii=data.draw(st.booleans())))


def test_pure_in_the_environment_turns_it_off() -> None:
    code = (
        "import iraqwithdrawal as iw, iraqwithdrawal.accel as a\n"
        "from iraqwithdrawal.examples import seed_report\n"
        "print(a.ACTIVE, a.scan is None, iw.to_json(iw.from_json(iw.to_json(seed_report()))) "
        "== iw.to_json(seed_report()), sorted(a.served))\n"
    )
    env = {**os.environ, "IRAQWITHDRAWAL_PURE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "True", "True", "[]"]

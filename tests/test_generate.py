"""The loader generator: one emitter, a fast and a detailed variant, readable in tracebacks.

These tests hold what the generator promises beyond "the same answers as before" (which the
wire, validation, hostile-input and backend tests judge): both variants are compiled into
``linecache`` under readable names, the same description gives the same source, the detailed
variant goes on past bad fields and bad array items, the unknown-field policy is the
converter's and a contradicting ``unknown=`` is refused, and the loading modules form no
import circle.
"""

from __future__ import annotations

import ast
import inspect
import linecache
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import accel
from iraqwithdrawal._compat import structure_hook
from iraqwithdrawal._generate import Loaders, emit_loader, loading_policy, policy, policy_of
from iraqwithdrawal.converter import hook_role, problems_from_exception
from iraqwithdrawal.examples import seed_report

SRC = Path(iw.__file__).parent
SEED: dict[str, Any] = iw.to_dict(seed_report())


@pytest.fixture(autouse=True)
def _python_path() -> Any:
    """These tests read the generated Python source: with the compiled accelerator built,
    they run on the pure path (the compiled twins have tests/test_accelerator.py)."""
    with accel.disabled():
        yield


def _loaders(converter: cattrs.Converter) -> Loaders:
    """The loaders behind ``converter``'s model hooks."""
    role = hook_role(structure_hook(converter, iw.Span))
    assert role is not None and role.kind == "model"
    assert isinstance(role.loaders, Loaders)
    return role.loaders


# --- linecache and readable names -----------------------------------------------------------


@pytest.mark.parametrize("detailed", [False, True])
def test_both_variants_are_in_linecache(detailed: bool) -> None:
    loaders = _loaders(iw.make_converter())
    load = loaders.detailed(iw.Quote) if detailed else loaders.fast(iw.Quote)
    assert load is not None
    filename = load.__code__.co_filename
    variant = "detailed" if detailed else "fast"
    assert f"loader Quote ({variant})" in filename
    assert filename in linecache.cache
    source = inspect.getsource(load)
    assert source.startswith("def load(d):")
    assert ("errors.append(_noted(" in source) is detailed
    assert ("raise _Refused" in source) is not detailed


def test_a_traceback_shows_the_generated_line() -> None:
    loaders = _loaders(iw.make_converter())
    with pytest.raises(cattrs.errors.ClassValidationError) as info:
        loaders.detailed(iw.Span)({"start": "zero", "end": 1})
    frames = traceback.extract_tb(info.value.__traceback__)
    generated = [f for f in frames if "loader Span (detailed)" in f.filename]
    assert generated, [f.filename for f in frames]
    assert generated[-1].line == "if errors: raise _ClassError(_msg, errors, _C)"


def test_the_same_description_gives_the_same_source() -> None:
    sources = []
    for _ in range(2):
        loaders = _loaders(iw.make_converter())
        for detailed in (False, True):
            load = emit_loader(loaders, iw.Article, detailed)
            assert load is not None
            sources.append(inspect.getsource(load))
    assert sources[0] == sources[2] and sources[1] == sources[3]
    assert sources[0] != sources[1]


def test_the_fast_variant_keeps_the_collector_notes() -> None:
    source = inspect.getsource(_loaders(iw.make_converter()).fast(iw.Quote))  # type: ignore[arg-type]
    assert "c = _collecting.current" in source and "c.ids.append" in source
    detailed = inspect.getsource(_loaders(iw.make_converter()).detailed(iw.Quote))
    assert "_collecting" not in detailed  # a detailed load marks the notes incomplete instead


# --- the detailed variant reports everything --------------------------------------------------


def test_the_detailed_variant_goes_past_bad_fields_and_items() -> None:
    mentions = [
        {"span": {"start": "a", "end": 1}},
        {"span": {"start": 0, "end": 1}},
        {"span": {"start": 0, "end": 2}, "bogus": 1},
    ]
    place = {"type": "place", "id": "p", "name": "P", "mentions": mentions}
    doc = {
        **SEED,
        "headline": 7,
        "entities": [place, {"type": "place", "id": 5}],
        "events": [{"type": "event", "id": "e"}],
    }
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(doc, validate=False)
    found = [(p.code, p.path) for p in info.value.problems]
    assert found == [
        ("wrong_type", "$.headline"),
        ("wrong_type", "$.entities[0].mentions[0].span.start"),
        ("unknown_field", "$.entities[0].mentions[2].bogus"),
        ("wrong_type", "$.entities[1].id"),
        ("missing_field", "$.events[0].event_type"),
    ]


def test_detailed_problems_flatten_with_paths() -> None:
    loaders = _loaders(iw.make_converter())
    with pytest.raises(cattrs.errors.ClassValidationError) as info:
        loaders.detailed(iw.Span)({"start": -1, "end": "x", "extra_key": True})
    problems = [(p.code, p.path) for p in problems_from_exception(info.value)]
    # Field problems first, then the unknown keys (how the error tree is flattened).
    assert problems == [("wrong_type", "$.end"), ("unknown_field", "$.extra_key")]


# --- the unknown-field policy -----------------------------------------------------------------


def _with_unknown_field() -> dict[str, Any]:
    return {**SEED, "not_a_field": [1, 2]}


def test_a_keep_converter_is_honoured() -> None:
    keep = iw.make_converter(unknown="keep")
    assert policy_of(keep) is policy("keep")
    article = iw.from_dict(_with_unknown_field(), converter=keep)
    assert article.extra["not_a_field"] == [1, 2]
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(_with_unknown_field(), converter=iw.make_converter())
    assert [p.code for p in info.value.problems] == ["unknown_field"]


def test_a_contradicting_unknown_is_refused() -> None:
    keep = iw.make_converter(unknown="keep")
    with pytest.raises(ValueError, match="contradicts"):
        iw.from_dict(_with_unknown_field(), unknown="error", converter=keep)
    with pytest.raises(ValueError, match="contradicts"):
        iw.from_json(iw.to_json(seed_report()), unknown="keep", converter=iw.make_converter())
    # Saying the same thing twice is fine.
    assert iw.from_dict(SEED, unknown="keep", converter=keep) == seed_report()


def test_a_converter_not_configured_here_is_refused() -> None:
    with pytest.raises(ValueError, match="make_converter"):
        iw.from_dict(SEED, converter=cattrs.Converter())
    assert policy_of(cattrs.Converter()) is None


def test_duplicate_keys_follow_the_converters_policy() -> None:
    text = '{"type": "span", "start": 0, "start": 1, "end": 2}'
    report: list[iw.Problem] = []
    span = iw.from_json(text, iw.Span, converter=iw.make_converter(unknown="keep"), report=report)
    assert span.start == 1
    assert [(p.code, p.severity) for p in report] == [("duplicate_key", iw.Severity.WARNING)]
    with pytest.raises(iw.ValidationError):
        iw.from_json(text, iw.Span, converter=iw.make_converter())


def test_policy_names() -> None:
    assert loading_policy(None) is policy("error")
    assert loading_policy("keep").keep
    with pytest.raises(ValueError):
        policy("ignore")


# --- imports ----------------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str) -> set[str]:
    """The package modules ``path`` imports anywhere (lazy imports too), apart from those
    only a type checker sees."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("iraqwithdrawal")}
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else ""
            if not node.level:
                target = node.module or ""
            if not target.startswith("iraqwithdrawal"):
                continue
            for alias in node.names:  # ``from . import x`` may name a module
                sub = f"{target}.{alias.name}"
                found.add(sub if _exists(sub) else target)
    return found


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (SRC / rel).with_suffix(".py").exists() or (SRC / rel / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    graph = {}
    for path in SRC.rglob("*.py"):
        name = _module_name(path)
        graph[name] = _imports(path, name)
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), list(graph.get(start, ()))
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo += graph.get(node, ())
    return False


def test_no_import_circle_through_the_loading_modules() -> None:
    graph = _graph()
    generator = sorted(m for m in graph if m.startswith("iraqwithdrawal._generate"))
    loading = ["iraqwithdrawal._fast", "iraqwithdrawal.converter", *generator]
    assert len(loading) >= 6
    assert not _reaches(graph, "iraqwithdrawal._fast", "iraqwithdrawal.converter")
    assert "iraqwithdrawal.converter" not in graph["iraqwithdrawal._fast"]
    for module in loading:
        assert not _reaches(graph, module, module), module
    # Nothing the generator imports reaches back to the converter.
    for module in loading[2:]:
        assert not _reaches(graph, module, "iraqwithdrawal.converter"), module


@pytest.mark.parametrize(
    "module", ["iraqwithdrawal._fast", "iraqwithdrawal.converter", "iraqwithdrawal._generate"]
)
def test_each_loading_module_imports_first(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_loading_modules_stay_small() -> None:
    paths = [SRC / "_fast.py", SRC / "converter.py", *(SRC / "_generate").glob("*.py")]
    for path in paths:
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 800, path


def _text_keeping_normalisers() -> list[Any]:
    from iraqwithdrawal.accel.build import builtin_classes
    from iraqwithdrawal.description import describe

    found = {
        id(f.normaliser): f.normaliser
        for cls in builtin_classes()
        for f in describe(cls).fields
        if f.normaliser is not None and getattr(f.normaliser, "keeps_text", False)
    }
    return list(found.values())


@given(text=st.text())
def test_a_normaliser_said_to_keep_text_gives_exact_text_back(text: str) -> None:
    # The loaders skip such a normaliser for a value that is exactly str.
    normalisers = _text_keeping_normalisers()
    assert normalisers
    for normalise in normalisers:
        assert normalise(text) is text

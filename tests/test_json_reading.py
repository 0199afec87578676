"""Reading JSON text: exact duplicate-key counting, one verdict and code on both backends for
numbers beyond a double, and no second reading of ordinary documents."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import _json
from iraqwithdrawal.examples import seed_report

BACKENDS = ["json", "orjson"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "orjson":
        pytest.importorskip("orjson", reason="the orjson backend needs the fast extra")
    return str(request.param)


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ('{"a\\\\": 1, "b": 1, "b": 2}', ["$.b"]),  # a key ending in a backslash
        ('{"a\\\\\\"": 1, "b": 1, "b": 2}', ["$.b"]),
        ('{"x": "\\\\\\\\", "b": 1, "b": 2}', ["$.b"]),
        ('{"x": "\\"", "b": 1, "b": 2}', ["$.b"]),
        ('{"b": ":", "b": ":"}', ["$.b"]),
        ('{"b": ":x", "c": "\\":"}', []),
        ('{"a.b": [{"c": 1, "c": 2}]}', ["$['a.b'][0].c"]),
        ('[{"": 1, "": 2}, {"k": {"k": 1}}]', ["$[0]['']"]),
    ],
)
def test_repeated_keys_are_found_exactly(backend: str, text: str, paths: list[str]) -> None:
    assert _json.read(text, backend=backend)[1] == paths
    assert _json.read(text.encode(), backend=backend)[1] == paths


def _document(draw: Any) -> Any:
    return draw(
        st.recursive(
            st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.text(max_size=6),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.lists(st.tuples(st.text(alphabet='ab:"\\', max_size=4), inner), max_size=4)
            ),
            max_leaves=12,
        )
    )


def _render(value: Any) -> str:
    """JSON text of a value whose objects are lists of pairs (repeats kept)."""
    if isinstance(value, list) and all(isinstance(p, tuple) for p in value) and value:
        return "{" + ",".join(f"{json.dumps(k)}:{_render(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_render(v) for v in value) + "]"
    return json.dumps(value)


def _expected(value: Any, path: str = "$") -> set[str]:
    from iraqwithdrawal.errors import child_path

    found: set[str] = set()
    if isinstance(value, list) and all(isinstance(p, tuple) for p in value) and value:
        seen: set[str] = set()
        last: dict[str, Any] = {}
        for key, inner in value:
            if key in seen:
                found.add(child_path(path, key))
            seen.add(key)
            last[key] = inner
        for key, inner in last.items():
            found |= _expected(inner, child_path(path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found |= _expected(inner, f"{path}[{i}]")
    return found


@given(st.data())
def test_repeated_keys_agree_with_an_exact_reading(data: st.DataObject) -> None:
    value = _document(data.draw)
    text = _render(value)
    for backend in ("json", "orjson") if _json._orjson is not None else ("json",):
        assert set(_json.read(text, backend=backend)[1]) == _expected(value)


def test_ordinary_documents_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text value starting with ':' (301 of 1,000 synth documents) no longer sends the
    document to the exact reading."""
    calls: list[str] = []
    monkeypatch.setattr(_json, "_repeated", lambda text: calls.append(text) or [])
    article = attrs.evolve(seed_report(), headline=": a headline that starts with a colon")
    iw.from_json(iw.to_json(article))
    iw.from_json(iw.to_json(seed_report()))
    assert calls == []


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1E+309", "123456789e999"])
def test_numbers_beyond_a_double_get_one_code(backend: str, number: str) -> None:
    seed = json.dumps(iw.to_dict(seed_report()))
    text = seed[:-1] + f', "x": {number}}}'
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_json(text, unknown="keep")
    assert caught.value.codes == ["number_range"]
    with pytest.raises(_json.JSONRefused) as refused:
        _json.read(text, backend=backend)
    assert refused.value.code == "number_range"


def test_a_huge_integer_is_refused_without_conversion(backend: str) -> None:
    with pytest.raises(_json.JSONRefused) as refused:
        _json.read("[" + "9" * 100_000 + "]", backend=backend)
    assert refused.value.code == "number_range"
    assert len(str(refused.value)) < 100


@pytest.mark.parametrize("key", [1, None, 2.5, ("a",)])
def test_a_key_that_is_not_text_is_refused_with_a_path(key: Any) -> None:
    """Found by the fuzz script: building the path of such a key raised TypeError."""
    with pytest.raises(iw.ValidationError) as refused:
        iw.from_dict({"unit": "day", "value": 1, key: "i"}, iw.Duration)
    assert refused.value.codes == ["wrong_type"]


def test_a_document_breaking_two_rules_gets_one_code_everywhere(backend: str) -> None:
    """Found by the fuzz script: a repeated key hid a long integer from orjson, which then
    said too_deep where the standard library said number_range; and from_dict said
    lone_surrogate where from_json said number_range."""
    deep = "[" * 600 + "]" * 600
    text = '{"": -9223372036854775809, "": ' + deep + "}"
    with pytest.raises(_json.JSONRefused) as refused:
        _json.read(text, backend=backend)
    assert refused.value.code == "number_range"
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict({"\udfff": 10**30}, iw.Duration)
    assert caught.value.codes == ["number_range"]


@pytest.mark.parametrize("levels", [513, 600, 900])
def test_a_deep_document_with_a_lone_surrogate_gets_one_code_everywhere(levels: int) -> None:
    """Found by the fuzz script: from_dict said too_deep where reading the text said
    lone_surrogate (the text is parsed, then checked for surrogates, then for depth)."""
    inner: Any = []
    for _ in range(levels):
        inner = [inner]
    value = {"\udfff": inner}
    text = '{"\\udfff": ' + "[" * (levels + 1) + "]" * (levels + 1) + "}"
    codes = set()
    for backend in ("json", "orjson"):
        with pytest.raises(_json.JSONRefused) as refused:
            _json.read(text, backend=backend)
        codes.add(refused.value.code)
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(value, iw.Duration)
    codes.update(caught.value.codes)
    assert codes == {"lone_surrogate"}


@pytest.mark.parametrize(
    ("hostile", "code"),
    [
        ("x\udfffy", "lone_surrogate"),
        (2**64, "number_range"),
        (-(2**63) - 1, "number_range"),
        (float("nan"), "not_finite"),
        ({"\ud800": 1}, "lone_surrogate"),
        ({3: 1}, "wrong_type"),
    ],
)
def test_the_three_ways_in_read_one_walk_of_the_json_limits(hostile: Any, code: str) -> None:
    """from_dict, the kept fields and the ninjs import judge a value by the same walk."""
    from iraqwithdrawal._kept import kept_copy
    from iraqwithdrawal.standards.ninjs.guard import check_limits

    value = {"a": [1, {"b": hostile}]}
    with pytest.raises(_json.JSONRefused) as by_dict:
        _json.check_value(value)
    with pytest.raises(iw.RuleError) as by_kept:
        kept_copy(value)
    with pytest.raises(iw.ValidationError) as by_ninjs:
        check_limits(value, keep=False)
    assert by_dict.value.code == by_kept.value.code == code
    assert by_ninjs.value.codes == [code]

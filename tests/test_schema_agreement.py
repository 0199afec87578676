"""The published JSON Schema and the loader accept and refuse the same wire documents, except
for the rules a schema cannot express, which are listed (here, derived from the rules
themselves, and in docs/json-schema.md)."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.models import _checks
from iraqwithdrawal.testing import articles
from iraqwithdrawal.wire_schema import json_schema

from ._paths import ROOT
from ._profiles import examples
from .bad_inputs import CATALOGUE, apply, damage, json_nodes

SEED: dict[str, Any] = iw.to_dict(seed_report())

#: What a JSON Schema cannot say: comparisons of two values, and numbers JSON cannot hold.
NOT_IN_SCHEMA = {
    "fraction_order",
    "inferred_mismatch",
    "license_mismatch",
    "not_finite",
    "period_number",
    "period_start",
    "reversed_range",
    "plural_count",
    "transliteration_same",
    "span_order",
    "span_text_length",
}


def _all_rules() -> list[Any]:
    """Every field rule and class rule of the registered model classes."""
    found: list[Any] = []

    def walk(check: Any) -> None:
        if isinstance(check, _checks.AllOf):
            for part in check.checks:
                walk(part)
        elif isinstance(check, _checks.Optional):
            walk(check.inner)
        elif isinstance(check, _checks.Each):
            walk(check.member)
        elif isinstance(check, _checks.Check):
            found.append(check)

    for cls in {*iw.registered_types().values(), *_models()}:
        for a in attrs.fields(cls):
            walk(a.validator)
        found.extend(getattr(cls, "CLASS_RULES", ()))
    return found


def _models() -> set[type]:
    out: set[type] = set()
    todo = [iw.Article]
    while todo:
        cls = todo.pop()
        if cls in out or not attrs.has(cls):
            continue
        out.add(cls)
        attrs.resolve_types(cls)  # annotations are text until something resolves them
        for a in attrs.fields(cls):
            for t in (a.type, *getattr(a.type, "__args__", ())):
                for inner in (t, *getattr(t, "__args__", ())):
                    if isinstance(inner, type) and issubclass(inner, iw.Model):
                        todo.append(inner)
    return out


def test_the_list_is_what_the_rules_say_a_schema_cannot_express() -> None:
    derived = set()
    for rule in _all_rules():
        if isinstance(rule, _checks.ClassRule) and rule.schema is None:
            derived.add(rule.code)
        elif isinstance(rule, _checks.Rule) and rule.fields and not rule.schema():
            derived.add(rule.code)
    # Rules inside EDTF strings (impossible days, an unknown year alone) are in the patterns.
    derived -= {"impossible_date", "reversed_range", "division_with_month"} - NOT_IN_SCHEMA
    assert derived <= NOT_IN_SCHEMA
    assert NOT_IN_SCHEMA - derived == {"not_finite"}  # JSON itself has no NaN or Infinity
    documented = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    for code in NOT_IN_SCHEMA:
        assert f"`{code}`" in documented, code


def _validator() -> Any:
    schema = json_schema()
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


_CACHE: dict[str, Any] = {}


def _current() -> Any:
    key = repr((sorted(iw.registered_types()), sorted(iw.event_types())))
    if _CACHE.get("key") != key:
        _CACHE.update(key=key, validator=_validator())
    return _CACHE["validator"]


def _verdicts(doc: Any) -> tuple[bool, bool, list[str]]:
    schema_ok = not any(True for _ in _current().iter_errors(doc))
    try:
        iw.from_dict(copy.deepcopy(doc), validate=False)
    except iw.ValidationError as error:
        return schema_ok, False, error.codes
    return schema_ok, True, []


def _agree(doc: Any) -> None:
    schema_ok, loader_ok, codes = _verdicts(doc)
    if schema_ok == loader_ok:
        return
    assert schema_ok and not loader_ok, "the schema refuses a document the loader accepts"
    assert set(codes) <= NOT_IN_SCHEMA, f"the schema accepts what the loader refuses: {codes}"


def test_the_seed_and_the_catalogue() -> None:
    _agree(SEED)
    for bad in CATALOGUE:
        _agree(json.loads(json.dumps(apply(SEED, bad))))


@pytest.mark.parametrize(
    "time",
    [
        {},
        {"relation": "within"},
        {"relation": "within", "offset": {"value": 3, "unit": "day"}},
        {"relation": "between", "date": "2020"},
        {"relation": "between", "interval": "2020/2021"},
        {"relation": "between", "interval": "2020/2021", "date": "2020"},
        {"interval": "2020/2021"},
        {"inferred": "2024-07-24", "inference": "x"},
        {"date": "XXXX-07-24", "inferred": "2024-07-24"},
        {"date": "XXXX-07-24", "inferred": "2024-07-24", "inference": "why"},
        {"date": "XXXX-07-24", "inferred": "2024-07-25", "inference": "why"},
        {"relative_to": "e1", "date": "2020"},
        {"relative_to": "e1"},
        {"relative_to": "e1", "relation": "after"},
        {"relative_to": "e1", "relation": "in", "offset": {"value": 2, "unit": "day"}},
        {"text": "soon"},
        {"text": None, "date": "2020"},
        {"date": "XXXX"},
        {"date": "XXXX-XX"},
        {"relation": "between", "interval": "../.."},
        {"relation": "between", "interval": "/"},
        {"relation": "between", "interval": "XXXX/2020"},
    ],
)
def test_time_shapes(time: dict[str, Any]) -> None:
    doc = copy.deepcopy(SEED)
    doc["events"][0]["time"] = time
    _agree(doc)


@pytest.mark.parametrize(
    "amount",
    [
        {},
        {"value": 5},
        {"value": 5, "low": 1},
        {"value": 5, "high": 9},
        {"low": 1},
        {"low": 9, "high": 1},
        {"qualifier": "hundreds"},
        {"qualifier": "hundreds", "value": 300},
        {"qualifier": "about"},
        {"value": None, "low": 2},
        {"value": 5, "low": None},
    ],
)
def test_amount_shapes(amount: dict[str, Any]) -> None:
    doc = copy.deepcopy(SEED)
    event = next(e for e in doc["events"] if e.get("quantities"))
    event["quantities"][0]["amount"] = amount
    _agree(doc)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 300)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(
        ["", " ", "x", "person", "2024-07", "XXXX", "../..", "united-states", "between", "within"]
    ),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2)
    ),
    max_leaves=4,
)


@settings(max_examples=examples(150), deadline=None)
@given(st.data())
def test_damaged_documents(data: st.DataObject) -> None:
    base = data.draw(st.sampled_from([SEED, None]))
    if base is None:
        base = iw.to_dict(data.draw(articles()))
    doc = copy.deepcopy(base)
    nodes = json_nodes(doc)[1:]
    if nodes:
        changes = data.draw(
            st.lists(st.tuples(st.sampled_from(nodes), json_values, st.booleans()), max_size=3)
        )
        doc = damage(doc, changes)
    _agree(doc)


@settings(max_examples=examples(40), deadline=None)
@given(articles())
def test_generated_articles(article: iw.Article) -> None:
    _agree(iw.to_dict(article))

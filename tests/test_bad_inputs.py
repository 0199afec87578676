"""Every entry of the bad-input catalogue raises one ValidationError naming its path and code,
never a bare exception from inside and never a half-built object."""

from __future__ import annotations

import json
from typing import Any

import pytest

from iraqwithdrawal import IraqWithdrawalError, ValidationError, from_dict, from_json, to_dict
from iraqwithdrawal.examples import seed_report

from .bad_inputs import CATALOGUE, BadInput, apply

SEED: dict[str, Any] = to_dict(seed_report())


def test_catalogue_base_is_valid() -> None:
    assert from_dict(SEED) == seed_report()


@pytest.mark.parametrize("bad", CATALOGUE, ids=[b.name for b in CATALOGUE])
def test_bad_input_reports_path_and_code(bad: BadInput) -> None:
    doc = apply(SEED, bad)
    with pytest.raises(ValidationError) as info:
        from_json(json.dumps(doc))
    found = {(p.path, p.code) for p in info.value.problems}
    assert (bad.path, bad.code) in found, info.value
    assert isinstance(info.value, IraqWithdrawalError) and isinstance(info.value, ValueError)
    assert bad.path in str(info.value)


def test_several_problems_are_reported_together() -> None:
    by_name = {b.name: b for b in CATALOGUE}
    doc = SEED
    for name in ("number for a string", "number for a reference", "unknown field"):
        doc = apply(doc, by_name[name])
    with pytest.raises(ValidationError) as info:
        from_dict(doc)
    paths = {p.path for p in info.value.problems}
    assert {
        "$.headline",
        "$.quotes[0].attribution.source",
        "$.quotes[2].attribution.speaker",
    } <= paths


@pytest.mark.parametrize("data", [b"{", "[1, 2", b"\xff\xfe", "", "null", "[]", "42"])
def test_not_a_document(data: str | bytes) -> None:
    with pytest.raises(ValidationError) as info:
        from_json(data)
    assert info.value.problems[0].path == "$"
    assert info.value.codes[0] in ("invalid_json", "wrong_type")


def test_source_names_the_input() -> None:
    with pytest.raises(ValidationError) as info:
        from_json("{}", source="reports/a.json")
    assert str(info.value).startswith("reports/a.json: ")

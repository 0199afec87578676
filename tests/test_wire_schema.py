"""The JSON Schema of the wire format: generated from the models, shipped in the package,
and in agreement with the loader on shape."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.errors import EDTFError
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.models.time import parse_edtf
from iraqwithdrawal.testing import articles, edtf_like_strings
from iraqwithdrawal.wire_schema import (
    EDTF_DATE_PATTERN,
    EDTF_INTERVAL_PATTERN,
    bundled_schema,
    json_schema,
)

from ._paths import edtf_vectors
from .bad_inputs import CATALOGUE, BadInput, apply

SEED: dict[str, Any] = iw.to_dict(seed_report())


def _validator(schema: dict[str, Any] | None = None) -> Any:
    schema = schema or json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


VALIDATOR = _validator()  # the built-in models, as at import


def _current() -> Any:
    """A validator for the registry as it is now: other tests register classes and event
    types that generated articles may then use."""
    key = (tuple(iw.registered_types()), tuple(iw.event_types()))
    if _CURRENT.get("key") != key:
        _CURRENT.update(key=key, validator=_validator())
    return _CURRENT["validator"]


_CURRENT: dict[str, Any] = {}


def test_the_seed_fits_the_schema() -> None:
    assert list(VALIDATOR.iter_errors(SEED)) == []


@given(articles())
def test_generated_articles_fit_the_schema(article: iw.Article) -> None:
    assert list(_current().iter_errors(iw.to_dict(article))) == []


@pytest.mark.parametrize("bad", [b for b in CATALOGUE if b.shape], ids=lambda b: b.name)
def test_shape_errors_of_the_catalogue_fail_the_schema(bad: BadInput) -> None:
    assert list(VALIDATOR.iter_errors(apply(SEED, bad)))


def test_the_bundled_schema_is_current() -> None:
    # A fresh interpreter, so that classes registered by other tests are not included.
    out = subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal", "schema"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert json.loads(out) == bundled_schema()
    shipped = Path(iw.__file__).parent / "schema" / "article.schema.json"
    assert shipped.read_text(encoding="utf-8") == out


def test_classes_registered_at_run_time_are_in_the_schema() -> None:
    @attrs.frozen(kw_only=True)
    class Checkpoint(iw.Place):
        """A checkpoint on a road."""

        road: str = attrs.field(validator=attrs.validators.instance_of(str))

    iw.register_type("checkpoint_schema_test", Checkpoint)
    try:
        schema = json_schema()
        validator = _validator(schema)
        doc = json.loads(json.dumps(SEED))
        doc["entities"].append(
            {"type": "checkpoint_schema_test", "id": "cp1", "name": "CP 1", "road": "Route 1"}
        )
        assert list(validator.iter_errors(doc)) == []
        del doc["entities"][-1]["road"]
        assert list(validator.iter_errors(doc))
        assert list(VALIDATOR.iter_errors(doc))  # the built-in schema does not know the tag
    finally:
        iw.unregister_type("checkpoint_schema_test")


def test_edtf_patterns_agree_with_the_parser_on_every_vector() -> None:
    date, interval = re.compile(EDTF_DATE_PATTERN), re.compile(EDTF_INTERVAL_PATTERN)
    vectors = edtf_vectors()
    assert len(vectors) > 150
    for text in vectors:
        try:
            parse_edtf(text)
            parsed = True
        except (EDTFError, ValueError):
            parsed = False
        matched = bool(date.fullmatch(text) or interval.fullmatch(text))
        assert parsed == matched, text


@given(edtf_like_strings())
def test_edtf_patterns_agree_with_the_parser_on_generated_strings(text: str) -> None:
    date, interval = re.compile(EDTF_DATE_PATTERN), re.compile(EDTF_INTERVAL_PATTERN)
    try:
        parse_edtf(text)
        parsed = True
    except EDTFError as exc:
        if exc.code == "reversed_range":
            return  # comparing two ends is beyond a pattern (docs/json-schema.md)
        parsed = False
    assert parsed == bool(date.fullmatch(text) or interval.fullmatch(text)), text


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2024-02-29", True),
        ("2023-02-29", False),
        ("1900-02-29", False),
        ("2000-02-29", True),
        ("2021-04-31", False),
        ("XXXX-07-24", True),
        ("2021-13", False),
    ],
)
def test_calendar_days_in_the_date_pattern(text: str, ok: bool) -> None:
    assert bool(re.fullmatch(EDTF_DATE_PATTERN, text)) is ok

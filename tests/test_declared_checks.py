"""Declarative checks: the Python test, the inline source of the generated loaders and the
JSON Schema fragment (judged by ``jsonschema``, format checks on) accept and refuse the same
values, for every declarative check of every model; the strategies draw only values the
check accepts; an extension's check carries its own inline helpers."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import models
from iraqwithdrawal.description import describe, is_class
from iraqwithdrawal.errors import RuleError
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.extend import (
    Bounds,
    Choice,
    Declared,
    Edtf,
    Length,
    Pattern,
    declared_checks,
    optional,
)

from ._profiles import examples


def _every_check() -> dict[str, Declared]:
    found: dict[int, tuple[str, Declared]] = {}
    named = [getattr(models, n) for n in models.__all__]
    classes = {c for c in named if is_class(c) and attrs.has(c)}
    classes |= set(iw.registered_types().values())
    for cls in sorted(classes, key=repr):
        for f in describe(cls).fields:
            for check in declared_checks(f.validator):
                found.setdefault(id(check), (f"{cls.__name__}.{f.name}:{check!r}", check))
    # Kinds no model uses yet, so that every kind is held to the same agreement.
    extra = (
        Edtf(),
        Edtf(interval=True),
        Length(min_length=2, max_length=5),
        Choice(("a", "b c"), code="choice", message="{value}"),
        Bounds(exclusive_maximum=10, minimum=-3, code="bounds", message="{value}"),
    )
    for check in extra:
        found[id(check)] = (repr(check), check)
    return dict(found.values())


CHECKS = _every_check()


class _Refused(Exception):
    pass


def _inline_accepts(check: Declared, value: Any) -> bool:
    assert check.inline is not None
    source = "def test(x):\n    " + check.inline.format(v="x") + "\n    return True\n"
    env: dict[str, Any] = {"_Refused": _Refused, **check.helpers}
    exec(compile(source, "<inline>", "exec"), env)
    try:
        return bool(env["test"](value))
    except _Refused:
        return False


_JUDGES: dict[int, Any] = {}


def _schema_accepts(check: Declared, value: Any) -> bool:
    judge = _JUDGES.get(id(check))
    if judge is None:
        schema = {"type": check.json_types(), **check.schema()}
        judge = _JUDGES[id(check)] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
    return bool(judge.is_valid(value))


def test_the_models_hold_declarative_checks_of_every_kind() -> None:
    kinds = {type(c).__name__ for c in CHECKS.values()}
    assert {
        "Bounds",
        "Pattern",
        "NonBlank",
        "Choice",
        "Iri",
        "LanguageTag",
        "Edtf",
        "Length",
    } <= kinds


@pytest.mark.parametrize("name", sorted(CHECKS))
@settings(
    max_examples=examples(25),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_python_inline_and_schema_agree(name: str, data: st.DataObject) -> None:
    check = CHECKS[name]
    value = data.draw(check.near(), label="value")
    python = check.accepts(value)
    assert _inline_accepts(check, value) is python, value
    schema = _schema_accepts(check, value)
    if check.exact_schema:
        assert schema is python, (value, python, schema)
    else:  # the schema says less, so it may accept more, never less
        assert schema or not python, value
    field = _Field()
    if python:
        check(None, field, value)  # type: ignore[arg-type]
    else:
        with pytest.raises(RuleError) as caught:
            check(None, field, value)  # type: ignore[arg-type]
        assert caught.value.code == check.code


class _Field:
    name = "field"
    metadata: ClassVar[dict[str, Any]] = {}


@pytest.mark.parametrize("name", sorted(CHECKS))
@settings(max_examples=examples(10), deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_strategy_draws_only_values_the_check_accepts(name: str, data: st.DataObject) -> None:
    check = CHECKS[name]
    value = data.draw(check.strategy(), label="value")
    assert check.accepts(value), value
    assert _schema_accepts(check, value), value


def test_known_disagreements_of_the_old_encodings_are_gone() -> None:
    blank = models._validators.NON_BLANK
    for text in ("\x1c", "\ufeff", " \u3000 ", "\x1f\x1e"):
        assert not blank.accepts(text)
        assert not _schema_accepts(blank, text)
    ident = models._validators.ID_SYNTAX
    assert not ident.accepts("abc\n")
    assert not _schema_accepts(ident, "abc\n")


def test_an_extension_check_brings_its_own_inline_helpers() -> None:
    sign = Pattern(r"[A-Z]{2}[0-9]{3}", code="callsign", message="'{name}' {preview}")
    assert sign.helpers and all(name in str(sign.inline) for name in sign.helpers)

    @attrs.frozen(kw_only=True)
    class Checkpoint(iw.Place):
        callsign: str | None = attrs.field(default=None, validator=optional(sign))
        lanes: int | None = attrs.field(
            default=None,
            validator=optional(Bounds(minimum=1, code="not_positive", message="{value}")),
        )

    iw.register_type("checkpoint_check_test", Checkpoint)
    try:
        doc = iw.to_dict(seed_report())
        doc["entities"].append(
            {"type": "checkpoint_check_test", "id": "cp1", "name": "CP 1", "callsign": "AB123"}
        )
        loaded = iw.from_dict(doc)
        assert loaded.entities[-1].callsign == "AB123"
        doc["entities"][-1]["callsign"] = "ab123"
        doc["entities"][-1]["lanes"] = 0
        with pytest.raises(iw.ValidationError) as caught:
            iw.from_dict(doc)
        found = {(p.path, p.code) for p in caught.value.problems}
        last = len(doc["entities"]) - 1
        assert found == {
            (f"$.entities[{last}].callsign", "callsign"),
            (f"$.entities[{last}].lanes", "not_positive"),
        }
    finally:
        iw.unregister_type("checkpoint_check_test")

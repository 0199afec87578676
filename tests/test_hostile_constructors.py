"""Hostile values through constructors, ``attrs.evolve`` and ``from_dict``: whatever is
accepted is written by both JSON backends and read back equal; whatever is refused is
refused with the library's own one-line error (a code, the field, the expected type).

The values are tried on every field of every model class, not on a hand-picked list, so a
field added later is covered too."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
import iraqwithdrawal.examples
from iraqwithdrawal import _json, models
from iraqwithdrawal.description import is_class
from iraqwithdrawal.errors import IraqWithdrawalError
from iraqwithdrawal.testing import strategies as strat

from ._profiles import examples

MODEL_CLASSES = sorted(
    (
        c
        for c in (getattr(models, n) for n in models.__all__)
        if is_class(c)
        and attrs.has(c)
        and issubclass(c, models.Model)
        and c not in (models.Model, models.TaggedModel)
    ),
    key=lambda c: c.__name__,
)

HOSTILE: list[Any] = [
    2**64,
    -(2**63) - 1,
    10**30,
    10**5000,
    -(10**5000),
    True,
    1e308,
    float("nan"),
    float("-inf"),
    "",
    " \t",
    "\ufeff",
    "\x1c",
    "x\udfffy",
    "\ud800",
    ["\udfff"],
    [2**64],
    {"type": "person"},
    {"y": [2**70]},
    {"a\udfff": 1},
    {"k": "v"},
    object(),
    b"bytes",
]

BACKENDS = ["json"] + (["orjson"] if _json._orjson is not None else [])


def _refusal_faults(exc: BaseException) -> str | None:
    """What is wrong with a refusal, or None: it must be the library's own error, on one
    short line that names no attrs internals."""
    if not isinstance(exc, IraqWithdrawalError):
        return f"raised {type(exc).__name__}: {str(exc)[:120]}"
    text = str(exc)
    if "Attribute(" in text or len(text) > 400:
        return f"unreadable message of {len(text)} characters"
    return None


def _roundtrip_faults(obj: Any) -> str | None:
    """What goes wrong writing ``obj`` with each backend and reading it back, or None."""
    cls = type(obj)
    for backend in BACKENDS:
        try:
            text = _json.dumps(iw.to_dict(obj), backend=backend)
            back = iw.from_json(text, cls, unknown="keep", validate=False)
        except Exception as exc:
            return f"{backend}: accepted, then {type(exc).__name__}: {str(exc)[:120]}"
        if back != obj:
            return f"{backend}: read back different"
    return None


def _short(value: Any) -> str:
    if isinstance(value, int) and abs(value) > 10**40:
        return f"<int of {value.bit_length()} bits>"
    return repr(value)[:40]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@settings(
    max_examples=examples(3),
    suppress_health_check=list(HealthCheck),
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(data=st.data())
def test_hostile_values_in_every_field(cls: type, data: st.DataObject) -> None:
    base = data.draw(strat.models(cls))
    faults = []
    for a in attrs.fields(cls):
        if not a.init:
            continue
        for value in HOSTILE:
            try:
                changed = attrs.evolve(base, **{a.name: value})
            except Exception as exc:  # every refusal is checked
                fault = _refusal_faults(exc)
            else:
                fault = _roundtrip_faults(changed)
            if fault:
                faults.append(f"{cls.__name__}.{a.name} = {_short(value)}: {fault}")
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@settings(
    max_examples=examples(3),
    suppress_health_check=list(HealthCheck),
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(data=st.data())
def test_hostile_values_through_from_dict(cls: type, data: st.DataObject) -> None:
    base = iw.to_dict(data.draw(strat.models(cls)))
    if not isinstance(base, dict):
        assert isinstance(base, str)  # written as one string (an EDTF date)
        base = {"value": base}
    faults = []
    for key in [*base, "unknown_key", "type"]:
        for value in HOSTILE:
            doc = dict(base)
            doc[key] = value
            for unknown in ("error", "keep"):
                try:
                    obj = iw.from_dict(doc, cls, unknown=unknown, validate=False)
                except Exception as exc:
                    fault = None if isinstance(exc, iw.ValidationError) else _refusal_faults(exc)
                    fault = fault or (
                        None if isinstance(exc, iw.ValidationError) else "not a ValidationError"
                    )
                else:
                    fault = _roundtrip_faults(obj)
                if fault:
                    faults.append(f"{cls.__name__} {key} = {_short(value)} ({unknown}): {fault}")
    assert not faults, "\n".join(faults)


def test_constructor_errors_are_one_line() -> None:
    with pytest.raises(TypeError) as caught:
        iw.Article(id="a", headline=5, language="en", body="")  # type: ignore[arg-type]
    text = str(caught.value)
    assert isinstance(caught.value, IraqWithdrawalError)
    assert "\n" not in text and "Attribute(" not in text
    assert "headline" in text and "str" in text and "int" in text
    assert caught.value.code == "wrong_type"  # type: ignore[attr-defined]


def test_a_model_where_an_id_is_expected_says_so() -> None:
    org = iw.Organization(id="o1", name="Ministry")
    with pytest.raises(TypeError) as caught:
        models.Role(title="minister", organization=org)  # type: ignore[arg-type]
    text = str(caught.value)
    assert "organization" in text and "id" in text and "Organization" in text
    assert len(text) < 200


@pytest.mark.parametrize(
    "value", [2**64, -(2**63) - 1, 10**30, 10**5000], ids=["2^64", "-2^63-1", "1e30", "1e5000"]
)
def test_integers_beyond_64_bits_are_refused_everywhere(value: int) -> None:
    with pytest.raises(iw.RuleError) as caught:
        models.Amount(value=value)
    assert caught.value.code == "number_range"
    with pytest.raises(iw.RuleError):
        models.Span(start=0, end=value)
    with pytest.raises(iw.ValidationError) as refused:
        iw.from_dict({"value": value}, models.Amount)
    assert refused.value.codes == ["number_range"]


def test_an_integral_float_is_an_integer_only_inside_64_bits() -> None:
    assert iw.from_dict({"start": 2.0, "end": 3.0}, models.Span) == models.Span(start=2, end=3)
    with pytest.raises(iw.ValidationError) as refused:
        iw.from_dict({"start": 0, "end": 1e308}, models.Span)
    assert refused.value.codes == ["number_range"]


def test_extra_never_carries_a_registered_type_tag() -> None:
    event = iw.examples.seed_report().events[0]
    with pytest.raises(iw.RuleError) as caught:
        attrs.evolve(event, extra={"type": "person"})
    assert caught.value.code == "extra_shadows_field"


def test_kept_values_cannot_be_changed_after_loading() -> None:
    seed = iw.to_dict(iw.examples.seed_report())
    seed["y"] = [1]
    article = iw.from_dict(seed, unknown="keep")
    before = iw.to_json(article)
    with pytest.raises(TypeError):
        article.extra["y"] = [2]  # type: ignore[index]
    inner = article.extra["y"]
    if isinstance(inner, list):
        inner.append(3)
    assert iw.to_json(article) == before
    assert isinstance(article.extra, Mapping)
    assert json.loads(before)["y"] == [1]


@pytest.mark.parametrize(
    ("given", "held"),
    [
        ("EN", "en"),
        ("en-u-ca-gregory", "en-u-ca-gregory"),
        ("de-CH-x-phonebk", "de-CH-x-phonebk"),
        ("ZH-hant-tw", "zh-Hant-TW"),
        ("ar-iq", "ar-IQ"),
        ("es-419", "es-419"),
        ("i-klingon", "i-klingon"),
    ],
)
def test_language_tags_in_any_case_are_held_in_normal_case(given: str, held: str) -> None:
    article = attrs.evolve(iw.examples.seed_report(), language=given)
    assert article.language == held
    wire = iw.to_dict(article)
    wire["language"] = given
    assert iw.from_dict(wire).language == held
    assert iw.from_json(json.dumps(wire)).language == held


@pytest.mark.parametrize("tag", ["zz", "en-US-US", "de-1996-1996", "en-a-bb-a-cc", "e", "en_US"])
def test_language_tags_outside_rfc_5646_are_refused(tag: str) -> None:
    with pytest.raises(iw.RuleError) as caught:
        attrs.evolve(iw.examples.seed_report(), language=tag)
    assert caught.value.code == "language_tag"
    wire = iw.to_dict(iw.examples.seed_report())
    wire["language"] = tag
    with pytest.raises(iw.ValidationError) as refused:
        iw.from_dict(wire)
    assert refused.value.codes == ["language_tag"]


@pytest.mark.parametrize("iri", ["http://[::1", "http://%zz/", "http://a/%4", "http://a]/"])
def test_iris_with_broken_escapes_or_brackets_are_refused(iri: str) -> None:
    with pytest.raises(iw.RuleError) as caught:
        attrs.evolve(iw.examples.seed_report(), url=iri)
    assert caught.value.code == "not_iri"


@pytest.mark.parametrize("iri", ["http://[::1]:8080/x", "https://example.org/%D8%A7?q=1#top"])
def test_well_formed_iris_are_kept(iri: str) -> None:
    assert attrs.evolve(iw.examples.seed_report(), url=iri).url == iri


@pytest.mark.parametrize("blank", ["\x1c", "\ufeff", " \u3000\t", "\u2028"])
def test_blank_is_one_definition_for_the_loader_and_the_schema(blank: str) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="the standards extra judges the schema")
    with pytest.raises(iw.RuleError) as caught:
        attrs.evolve(iw.examples.seed_report(), headline=blank)
    assert caught.value.code == "empty_text"
    wire = iw.to_dict(iw.examples.seed_report())
    wire["headline"] = blank
    validator = jsonschema.Draft202012Validator(iw.json_schema())
    assert not validator.is_valid(wire)
    wire["headline"] = blank + "x"
    assert validator.is_valid(wire)


def test_a_long_relay_cycle_is_reported_briefly() -> None:
    """64,000 hops returning to the first took 18.8 s (a list searched at every hop) and
    named every hop in the message."""
    from iraqwithdrawal._walk import survey
    from iraqwithdrawal.models import RelayHop

    seed = iw.examples.seed_report()
    quote = seed.quotes[0]
    hops = [RelayHop(via=f"x{i}") for i in range(64_000)] + [RelayHop(via="x0")]
    attribution = attrs.evolve(quote.attribution, source="x0", relay=tuple(hops[1:]))
    article = attrs.evolve(seed, quotes=[attrs.evolve(quote, attribution=attribution)])
    problems = list(iw.validation._check_relays(survey(article)))
    assert [p.code for p in problems] == ["relay_cycle"]
    assert problems[0].path == "$.quotes[0].attribution.relay[63999].via"
    assert len(problems[0].message) < 200


def test_a_kept_value_as_deep_as_the_constructor_accepts_is_written() -> None:
    """The writer counted the mapping of kept fields as one level more than the
    constructor did: a value accepted at 64 levels could not be written."""
    from iraqwithdrawal._kept import MAX_KEPT_DEPTH

    deep: Any = 1
    for _ in range(MAX_KEPT_DEPTH):
        deep = [deep]
    span = models.Span(start=0, end=1, extra={"x": deep})
    for backend in BACKENDS:
        text = _json.dumps(iw.to_dict(span), backend=backend)
        assert iw.from_json(text, models.Span, unknown="keep") == span

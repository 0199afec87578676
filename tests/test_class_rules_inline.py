"""The inline (``broken``) form of every class rule says what the rule's test says.

The generated fast loaders write a rule's ``broken`` expression instead of calling its test;
a disagreement would let the fast path accept what the rule refuses (or refuse what it
accepts, costing only time). Each rule is judged on every combination of values that
matter to it: ``None``, every member of an enum field, both booleans, and a plain value.
"""

from __future__ import annotations

import enum
import itertools
import string
import types
import typing
from typing import Any

import pytest

from iraqwithdrawal.description import describe
from iraqwithdrawal.models import base
from iraqwithdrawal.models.checks import run_class_rules

_SOMETHING = object()


def _classes() -> list[type]:
    seen: dict[str, type] = {}
    pending = [base.Model]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("iraqwithdrawal."):
            seen[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [seen[k] for k in sorted(seen)]


def _inline_rules() -> list[tuple[type, Any]]:
    out = []
    for cls in _classes():
        if cls.__dict__.get("__attrs_post_init__", run_class_rules) is not run_class_rules:
            continue
        for rule in describe(cls).class_rules:
            if getattr(rule, "broken", None) is not None and (cls, rule) not in out:
                out.append((cls, rule))
    return out


def _values(annotation: Any) -> list[Any]:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    kinds = args if typing.get_origin(annotation) in (typing.Union, types.UnionType) else []
    target = kinds[0] if len(kinds) == 1 else annotation
    values: list[Any] = [None, _SOMETHING]
    if isinstance(target, type) and issubclass(target, enum.Enum):
        values += list(target)
    if target is bool:
        values += [True, False]
    if typing.get_origin(target) is tuple:
        values.append(())  # the empty default of an array field
    return values


RULES = _inline_rules()


def test_the_hot_rules_have_inline_forms() -> None:
    codes = {(cls.__name__, rule.code) for cls, rule in RULES}
    assert ("Span", "span_media") in codes
    assert ("TimeExpression", "time_shape") in codes
    assert ("Organization", "entity_unnamed") in codes


@pytest.mark.parametrize(
    ("cls", "rule"), RULES, ids=[f"{c.__name__}-{r.code}-{i}" for i, (c, r) in enumerate(RULES)]
)
def test_inline_form_agrees_with_the_test(cls: type, rule: Any) -> None:
    fields = describe(cls).by_name
    names = sorted({f for _, f, _, _ in string.Formatter().parse(rule.broken) if f})
    expression = rule.broken.format(**{n: f"v_{n}" for n in names})
    code = compile(expression, f"<broken {cls.__name__} {rule.code}>", "eval")
    domains = [_values(fields[n].type) for n in names]
    checked = 0
    for combination in itertools.product(*domains):
        values = dict(zip(names, combination, strict=True))
        probe = types.SimpleNamespace(**{a: getattr(fields[a], "default", None) for a in fields})
        probe.__dict__.update(values)
        env = {**rule.helpers, **{f"v_{n}": v for n, v in values.items()}}
        inline = bool(eval(code, env))  # the rule's own expression
        assert inline == (rule.test(probe) is not None), (cls.__name__, rule.code, values)
        checked += 1
    assert checked >= 2

"""The type of a field is stated once, in its annotation: every field of every model
refuses a value of the wrong type with the ``FieldTypeError`` that ``instance_of`` gives,
naming the class, the field and the types its annotation allows."""

from __future__ import annotations

import typing
from types import UnionType
from typing import Any

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal import models
from iraqwithdrawal.description import FieldInfo, describe, is_class
from iraqwithdrawal.errors import FieldTypeError
from iraqwithdrawal.extend import TYPED, Model, derived_type_check


def _fields() -> dict[str, tuple[type, FieldInfo]]:
    named = [getattr(models, n) for n in models.__all__]
    classes = {c for c in named if is_class(c) and attrs.has(c) and issubclass(c, Model)}
    classes |= set(iw.registered_types().values())
    out = {}
    for cls in sorted(classes, key=repr):
        for f in describe(cls).fields:
            if f.init and derived_type_check(f.type) is not None:
                out[f"{cls.__name__}.{f.name}"] = (cls, f)
    return out


FIELDS = _fields()


def _allowed(t: Any) -> str:
    """What the message names for an annotation (the outer type of a tuple)."""
    if typing.get_origin(t) in (typing.Union, UnionType):
        inner = [x for x in typing.get_args(t) if x is not type(None)]
        return " or ".join(_allowed(x) for x in inner)
    if typing.get_origin(t) is tuple:
        return "tuple"
    return str(t.__name__)


def test_most_fields_have_a_type_to_check() -> None:
    assert len(FIELDS) > 150


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_a_wrong_type_is_refused_as_the_annotation_says(name: str) -> None:
    cls, f = FIELDS[name]
    inst = object.__new__(cls)
    wrong = object()
    with pytest.raises(FieldTypeError) as caught:
        f.validator(inst, f.attribute, wrong)
    expected = f"{cls.__name__}.{f.name} must be {_allowed(f.type)}"
    assert str(caught.value).startswith(expected), str(caught.value)
    if type(None) in typing.get_args(f.type):
        f.validator(inst, f.attribute, None)  # None is what "| None" allows


def test_typed_checks_the_members_of_a_tuple() -> None:
    @attrs.frozen(kw_only=True)
    class Box(Model):
        spans: tuple[iw.Span, ...] = attrs.field(default=(), validator=TYPED)
        count: int | None = attrs.field(default=None, validator=TYPED)

    assert Box(spans=(iw.Span(start=0, end=1),), count=3).count == 3
    with pytest.raises(FieldTypeError, match=r"Box.spans must be Span, not str"):
        Box(spans=("x",))
    with pytest.raises(FieldTypeError, match=r"Box.count must be int, not bool"):
        Box(count=True)
    with pytest.raises(iw.errors.RuleError, match="64-bit"):
        Box(count=2**70)

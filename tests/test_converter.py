"""The loader checks each thing once: types by the strict hooks, values by what is left of
the attrs validators."""

from __future__ import annotations

import attrs
import pytest
from attrs import validators as v

import iraqwithdrawal as iw
from iraqwithdrawal.converter import _can_assemble, _value_checks
from iraqwithdrawal.models import _checks as checks
from iraqwithdrawal.models._base import NO_EXTRA


def test_type_checks_are_stripped() -> None:
    assert _value_checks(checks.instance_of(str)) is None
    assert _value_checks(checks.optional(checks.instance_of(int))) is None
    assert _value_checks(None) is None
    start = _value_checks(attrs.fields(iw.Span).start.validator)
    assert start is not None
    a = attrs.fields(iw.Span).start
    start(None, a, 3)
    with pytest.raises(iw.RuleError):
        start(None, a, -1)
    # Without its type check, the value check alone does not look at the type.
    aliases = _value_checks(attrs.fields(iw.Person).aliases.validator)
    with pytest.raises(iw.RuleError):
        aliases(None, attrs.fields(iw.Person).aliases, ("ok", " "))
    assert _value_checks(attrs.fields(iw.Person).identifiers.validator) is None


def test_unknown_validators_are_kept() -> None:
    def custom(_inst: object, _a: object, _value: object) -> None:
        return None

    assert _value_checks(custom) is custom
    assert _value_checks(checks.and_(checks.instance_of(int), custom)) is custom
    # attrs' own validators are not read: kept whole, at worst checked twice.
    foreign = v.and_(v.instance_of(int), custom)
    assert _value_checks(foreign) is foreign


def test_own_classes_are_assembled_directly() -> None:
    for cls in (iw.Article, iw.Span, iw.Event, iw.Person, iw.TimeExpression):
        assert _can_assemble(cls, list(attrs.fields(cls)))

    @attrs.frozen(kw_only=True)
    class Custom(iw.Span):
        def __attrs_pre_init__(self) -> None:
            pass

    assert not _can_assemble(Custom, list(attrs.fields(Custom)))


def test_instance_of_is_not_called_while_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = checks.InstanceOf.__call__

    def counting(self: object, inst: object, attr: object, value: object) -> None:
        calls.append(value)
        original(self, inst, attr, value)

    doc = iw.to_dict(iw.Span(start=1, end=4, text="abc"))
    converter = iw.make_converter()
    monkeypatch.setattr(checks.InstanceOf, "__call__", counting)
    loaded = iw.from_dict(doc, iw.Span, converter=converter)
    assert calls == []
    iw.Span(start=1, end=4)  # a user's constructor still checks types
    assert calls
    assert loaded == iw.Span(start=1, end=4, text="abc") and loaded.extra is NO_EXTRA

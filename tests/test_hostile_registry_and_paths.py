"""Hostile input, first classes (issue 13): a writer never keeps a tag the registry no longer
gives its class, kept unknown fields cannot overwrite real ones, paths stay unambiguous for
any key, and a long list of problems makes a bounded message."""

from __future__ import annotations

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.errors import MAX_LISTED, child_path
from iraqwithdrawal.testing import isolated_registries


@attrs.frozen(kw_only=True)
class UnitA(iw.Entity):
    name: str = "a"


@attrs.frozen(kw_only=True)
class UnitB(iw.Entity):
    name: str = "b"


def test_a_class_registered_again_is_written_with_its_new_tag() -> None:
    with isolated_registries():
        iw.register_type("x_a", UnitA)
        assert iw.to_dict(UnitA(id="u1"))["type"] == "x_a"
        iw.unregister_type("x_a")
        iw.register_type("x_b", UnitA)
        iw.register_type("x_a", UnitB)
        wire = iw.to_dict(UnitA(id="u1"))
        assert wire["type"] == "x_b"
        assert type(iw.from_dict(wire, iw.Entity)) is UnitA
        assert type(iw.from_dict(iw.to_dict(UnitB(id="u2")), iw.Entity)) is UnitB


def test_kept_unknown_fields_cannot_overwrite_real_ones() -> None:
    with pytest.raises(iw.RuleError) as info:
        iw.Span(start=0, end=1, extra={"end": 0})
    assert info.value.code == "extra_shadows_field"
    assert str(info.value) == "unknown wire fields must not be named like a field: end"
    # A lenient load keeps an unknown tag under "type", and writes it back in its place.
    doc = {"type": "drone_squadron", "id": "sq", "name": "S"}
    assert iw.to_dict(iw.from_dict(doc, iw.Entity, unknown="keep")) == doc


@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("name", "$.name"),
        ("_x1", "$._x1"),
        ("a.b", "$['a.b']"),
        ("", "$['']"),
        ("with space", "$['with space']"),
        ("it's", "$['it\\'s']"),
        ("1st", "$['1st']"),
        ("[0]", "$['[0]']"),
    ],
)
def test_paths_name_any_key_unambiguously(key: str, path: str) -> None:
    assert child_path("$", key) == path


def test_unknown_fields_are_reported_at_unambiguous_paths() -> None:
    doc = {"type": "person", "id": "p", "name": "P", "a.b": 1, "": 2}
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(doc, iw.Entity)
    assert sorted(p.path for p in info.value.problems) == ["$['']", "$['a.b']"]


def test_the_message_of_many_problems_is_bounded() -> None:
    problems = [iw.Problem(code="x", path=f"$.items[{i}]", message="bad") for i in range(10_000)]
    error = iw.ValidationError(problems)
    assert len(error.problems) == 10_000
    text = str(error)
    assert text.count("\n") == MAX_LISTED + 1
    assert text.endswith(f"... and {10_000 - MAX_LISTED} more (see .problems)")
    assert len(text) < 5_000

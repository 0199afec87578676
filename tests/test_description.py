"""The model description: one field added to a fresh subclass, with a bound, reaches every
part that reads models (loader, detailed error, writer, JSON Schema, strategy, tables,
exporters' coverage) with no other edit; and nothing outside the description reads a class's
fields itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.description import describe
from iraqwithdrawal.extend import and_, instance_of, optional, register_type, rule
from iraqwithdrawal.testing import isolated_registries, models


@pytest.fixture(autouse=True)
def _isolated() -> Iterator[None]:
    with isolated_registries():
        yield


@rule(
    code="strength_range",
    schema={"minimum": 1, "maximum": 100_000},
    inline="if not 1 <= {v} <= 100000: raise _Refused",
)
def _strength(_inst: Any, attr: Any, value: int | None) -> None:
    if value is not None and not 1 <= value <= 100_000:
        raise iw.RuleError("strength_range", f"strength {value} is not 1-100,000", value)


def _battalion() -> type:
    @register_type("battalion_description_test")
    @attrs.frozen(kw_only=True)
    class Battalion(iw.Organization):
        strength: int | None = attrs.field(
            default=None,
            validator=optional(and_(instance_of(int), _strength)),
        )

    return Battalion


def _article(unit: Any) -> iw.Article:
    return iw.Article(id="a", headline="Units", language="en", body="", entities=[unit])


def test_a_field_added_in_a_subclass_reaches_every_part() -> None:
    battalion = _battalion()
    info = describe(battalion)
    assert info.field("strength").required is False
    unit = battalion(id="b1", name="Third Battalion", strength=500)

    # writer and loader
    wire = iw.to_dict(_article(unit))
    assert wire["entities"][0]["strength"] == 500
    assert iw.from_dict(wire) == _article(unit)

    # detailed error, at its path, with the rule's code
    wire["entities"][0]["strength"] = 0
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(wire)
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.entities[0].strength", "strength_range")
    ]

    # JSON Schema
    schema = iw.json_schema()
    node = next(d for d in schema["$defs"].values() if d.get("properties", {}).get("strength"))
    strength = node["properties"]["strength"]
    assert {"minimum": 1, "maximum": 100_000}.items() <= next(
        s for s in strength["anyOf"] if s.get("type") == "integer"
    ).items()

    # coverage: an exporter that does not carry it reports it at its path
    from iraqwithdrawal.standards import to_plover

    assert to_plover(_article(unit)).lost("$.entities[0].strength") is not None


def test_the_strategy_draws_the_added_field() -> None:
    battalion = _battalion()
    seen: list[Any] = []

    # A claim that some draw holds a value: its count is not scaled down by the profile.
    @settings(max_examples=40, suppress_health_check=list(HealthCheck), deadline=None)
    @given(models(battalion))
    def draw(unit: Any) -> None:
        seen.append(unit.strength)

    draw()
    assert any(s is not None and 1 <= s <= 100_000 for s in seen), seen  # what was drawn


def test_the_tables_have_a_column_for_the_added_field() -> None:
    pytest.importorskip("pyarrow", reason="the tables need the tables extra")
    from iraqwithdrawal._table_columns import layout

    _battalion()
    columns = {name for table in layout().tables.values() for name in table.of_field}
    assert "strength" in columns


READERS = re.compile(r"attrs\.fields\(|attrs\.fields_dict\(|__attrs_attrs__|resolve_types\(")
# Where a class's own fields are read on purpose: the description itself, a model naming
# the fields of its own class, and the registry checking that a class is an attrs class.
ALLOWED = {"description.py", "models/_base.py", "models/events.py", "models/attribution.py"}


def test_nothing_outside_the_description_reads_fields() -> None:
    root = Path(iw.__file__).parent
    readers = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if READERS.search(p.read_text(encoding="utf-8")) and str(p.relative_to(root)) not in ALLOWED
    )
    assert readers == [], readers


@given(st.sampled_from(sorted(iw.registered_types().values(), key=lambda c: c.__name__)))
def test_the_description_agrees_with_attrs(cls: type) -> None:
    names = [a.name for a in attrs.fields(cls) if a.name != "extra"]
    assert [f.name for f in describe(cls).fields] == names


def test_the_wire_page_shows_the_generated_version_and_tags() -> None:
    from iraqwithdrawal.description import wire_summary

    from ._paths import ROOT

    page = (ROOT / "docs" / "wire-format.md").read_text(encoding="utf-8")
    start = page.index("<!-- wire-summary:start -->\n") + len("<!-- wire-summary:start -->\n")
    assert page[start : page.index("<!-- wire-summary:end -->")] == wire_summary()
    assert f'"{iw.SCHEMA_VERSION}"' in wire_summary()
    assert "`communication`" in wire_summary()


def test_a_tuple_of_models_holds_models_on_every_python() -> None:
    """Python 3.10 calls ``tuple[Quantity, ...]`` a type: the description must still see the
    models inside (the markup reader, the walks and the coverage proofs rely on it)."""
    from iraqwithdrawal.description import is_class

    assert not is_class(tuple[iw.Quantity, ...])
    assert is_class(iw.Quantity)
    event = describe(iw.Event).by_name
    assert event["quantities"].holds_models
    assert event["participants"].holds_models
    assert not event["locations"].holds_models

"""The public extension kit (``iraqwithdrawal.extend``): references by class, document rules,
event classes tied to their terms, registration guards, str/int enums, plug-ins, the open
vocabulary of lenient loads, and strategies derived for extension classes."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.cli import main
from iraqwithdrawal.extend import (
    EventType,
    Problem,
    Severity,
    implements,
    many,
    ref,
    refs,
    register_rule,
    register_type,
    text,
    unregister_rule,
)
from iraqwithdrawal.standards import to_annotations, to_ninjs, to_plover, to_prov, to_schemaorg
from iraqwithdrawal.testing import (
    articles,
    assert_roundtrip,
    isolated_registries,
    models,
    register_strategy,
)

from ._profiles import examples


@pytest.fixture(autouse=True)
def _isolated() -> Iterator[None]:
    with isolated_registries():
        yield


def _article(**fields: object) -> iw.Article:
    return iw.Article(id="a", headline="Units", language="en", body="", **fields)  # type: ignore[arg-type]


def _unit_class(module: str) -> type:
    @attrs.frozen(kw_only=True)
    class MilitaryUnit(iw.Organization):
        echelon: str | None = text(optional=True)

    MilitaryUnit.__module__ = module
    return MilitaryUnit


# --- references match by class -------------------------------------------------------------------


def test_a_class_of_the_same_name_does_not_satisfy_a_reference() -> None:
    ours, theirs = _unit_class("ours"), _unit_class("theirs")
    register_type("unit_ours", ours)
    register_type("unit_theirs", theirs)

    @register_type("convoy_ref_test")
    @attrs.frozen(kw_only=True)
    class Convoy(iw.Entity):
        escort: str = ref(ours)
        others: tuple[str, ...] = refs(ours)

    article = _article(
        entities=[
            theirs(id="u-theirs", name="Unit"),
            ours(id="u-ours", name="Unit"),
            Convoy(id="c1", escort="u-theirs", others=["u-ours", "u-theirs"]),
        ]
    )
    problems = [(p.path, p.code, p.message) for p in iw.validate(article)]
    assert problems == [
        (
            "$.entities[2].escort",
            "wrong_reference_kind",
            "'u-theirs' is a MilitaryUnit, but a MilitaryUnit is expected here",
        ),
        (
            "$.entities[2].others[1]",
            "wrong_reference_kind",
            "'u-theirs' is a MilitaryUnit, but a MilitaryUnit is expected here",
        ),
    ]
    fixed = attrs.evolve(article.entities[2], escort="u-ours", others=["u-ours"])
    assert iw.validate(attrs.evolve(article, entities=(*article.entities[:2], fixed))) == []


def test_a_reference_names_classes_not_strings() -> None:
    with pytest.raises(ValueError) as info:
        ref("MilitaryUnit")
    assert str(info.value) == (
        "'MilitaryUnit' is not a model of this library: name your own classes by the class "
        "itself (or a callable returning it), not by name"
    )


# --- document rules ------------------------------------------------------------------------------


def _no_blank_echelons(article: iw.Article) -> Iterator[Problem]:
    for i, entity in enumerate(article.entities):
        if getattr(entity, "echelon", None) == "none":
            yield Problem(
                code="echelon_none", path=f"$.entities[{i}].echelon", message="no echelon"
            )


def test_a_registered_rule_runs_everywhere_with_its_declared_severity(tmp_path: Path) -> None:
    unit = _unit_class("rules")
    register_type("unit_rule_test", unit)
    register_rule("test.echelon", _no_blank_echelons, codes={"echelon_none": Severity.ERROR})
    article = _article(entities=[unit(id="u1", name="U", echelon="none")])
    expected = [("$.entities[0].echelon", "echelon_none", Severity.ERROR)]
    assert [(p.path, p.code, p.severity) for p in iw.validate(article)] == expected
    with pytest.raises(iw.ValidationError) as info:
        iw.check(article)
    assert str(info.value) == "1 problem:\n  $.entities[0].echelon: no echelon [echelon_none]"
    with pytest.raises(iw.ValidationError) as info:
        iw.from_json(iw.to_json(article))
    assert info.value.codes == ["echelon_none"]
    path = tmp_path / "a.json"
    path.write_text(iw.to_json(article), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    # Declared as a warning, the same problem no longer makes the document invalid.
    unregister_rule("test.echelon")
    register_rule("test.echelon", _no_blank_echelons, codes={"echelon_none": "warning"})
    assert [p.severity for p in iw.check(article)] == [Severity.WARNING]
    assert main(["validate", str(path)]) == 0


def test_a_broken_rule_is_reported_not_raised() -> None:
    @register_rule("test.raises", codes={"x": Severity.ERROR})
    def raises(article: iw.Article) -> list[Problem]:
        raise KeyError("boom")

    @register_rule("test.undeclared", codes={"x": Severity.ERROR})
    def undeclared(article: iw.Article) -> list[Problem]:
        return [Problem(code="y", path="$", message="?")]

    assert [str(p) for p in iw.validate(_article())] == [
        "$: the document rule 'test.raises' raised KeyError: 'boom' [rule_failed]",
        "$: the document rule 'test.undeclared' reported the undeclared code 'y' "
        "(declared: x) [rule_failed]",
    ]


def test_a_quick_form_runs_first_and_the_check_only_when_it_says_no() -> None:
    calls: list[str] = []

    def quick(article: iw.Article) -> bool:
        calls.append("quick")
        return not any(getattr(e, "echelon", None) == "none" for e in article.entities)

    def detailed(article: iw.Article) -> Iterator[Problem]:
        calls.append("check")
        yield from _no_blank_echelons(article)

    unit = _unit_class("quick")
    register_type("unit_quick_test", unit)
    register_rule("test.quick", detailed, codes={"echelon_none": "error"}, quick=quick)
    assert iw.validate(_article(entities=[unit(id="u1", name="U")])) == []
    assert calls == ["quick"]
    calls.clear()
    bad = _article(entities=[unit(id="u1", name="U", echelon="none")])
    assert [p.code for p in iw.validate(bad)] == ["echelon_none"]
    assert calls == ["quick", "check"]


def test_rule_registration_guards() -> None:
    register_rule("test.same", _no_blank_echelons, codes={"echelon_none": Severity.ERROR})
    register_rule("test.same", _no_blank_echelons, codes={"echelon_none": Severity.ERROR})
    with pytest.raises(iw.RegistryError) as info:
        register_rule("test.same", lambda a: [], codes={"echelon_none": Severity.ERROR})
    assert str(info.value).startswith(
        "document rule 'test.same' is already registered "
        "(tests.test_extension_kit._no_blank_echelons); the new one ("
    )
    with pytest.raises(iw.RegistryError, match="must declare its problem codes"):
        register_rule("test.nocodes", _no_blank_echelons, codes={})
    with pytest.raises(iw.RegistryError, match="must start with a lower-case letter"):
        register_rule("Bad Name", _no_blank_echelons, codes={"x": Severity.ERROR})


# --- event classes and their terms ---------------------------------------------------------------

STRIKE = EventType(name="strike_test", label="Strike", plover="ASSAULT", cameo="195")


def test_an_event_class_brings_its_term_and_keeps_to_it() -> None:
    assert "strike_test" not in iw.event_types()

    @register_type("strike_event_test")
    @attrs.frozen(kw_only=True)
    class Strike(iw.Event):
        event_type: str = implements(STRIKE)
        casualties: tuple[iw.Quantity, ...] = many(iw.Quantity)

    assert iw.get_event_type("strike_test") is STRIKE
    strike = Strike(id="s1")
    assert iw.to_dict(strike) == {
        "type": "strike_event_test",
        "id": "s1",
        "event_type": "strike_test",
    }
    assert_roundtrip(strike)
    with pytest.raises(iw.RuleError) as info:
        Strike(id="s2", event_type="withdrawal")
    assert str(info.value) == "Strike implements the event type 'strike_test', not 'withdrawal'"
    with pytest.raises(iw.ValidationError) as loaded:
        iw.from_dict(
            {"type": "strike_event_test", "id": "s3", "event_type": "withdrawal"}, iw.Event
        )
    assert [(p.path, p.code) for p in loaded.value.problems] == [
        ("$.event_type", "event_type_mismatch")
    ]


def test_two_plugins_may_define_the_same_term_but_not_differently() -> None:
    iw.register_event_type(STRIKE)
    iw.register_event_type(
        EventType(name="strike_test", label="Strike", plover="ASSAULT", cameo="195")
    )
    other = attrs.evolve(STRIKE, plover="COERCE")

    @attrs.frozen(kw_only=True)
    class Conflicting(iw.Event):
        event_type: str = implements(other)

    with pytest.raises(iw.RegistryError) as info:
        register_type("conflicting_strike_test", Conflicting)
    assert str(info.value) == (
        f"event type 'strike_test' is already registered as {STRIKE!r}; the new definition "
        f"{other!r} conflicts with it (plover: 'ASSAULT' != 'COERCE')"
    )
    assert iw.lookup_type("conflicting_strike_test") is None  # refused whole


# --- registration guards -------------------------------------------------------------------------


def test_register_type_above_nothing_attrs_built_is_refused_with_the_order_to_use() -> None:
    with pytest.raises(iw.RegistryError) as info:

        @attrs.frozen(kw_only=True)
        @register_type("wrong_order_test")
        class WrongOrder(iw.Entity):
            label_text: str = "x"

    assert str(info.value) == (
        "WrongOrder has not been made an attrs class yet: put @register_type('wrong_order_test') "
        "above @attrs.frozen(kw_only=True) (decorators apply from the bottom up, so attrs must "
        "build the class before it is registered)"
    )
    assert iw.lookup_type("wrong_order_test") is None


class Readiness(enum.Enum if sys.version_info < (3, 11) else enum.StrEnum):  # type: ignore[misc]
    READY = "ready"
    RESTING = "resting"


class Echelon(enum.IntEnum):
    COMPANY = 1
    BATTALION = 2


def test_str_and_int_enums_are_checked_and_written_by_value() -> None:
    @register_type("enum_unit_test")
    @attrs.frozen(kw_only=True)
    class Unit(iw.Organization):
        readiness: Readiness = Readiness.READY
        echelon: Echelon | None = None
        history: tuple[Echelon, ...] = ()

    unit = Unit(
        id="u",
        name="U",
        readiness=Readiness.RESTING,
        echelon=Echelon.BATTALION,
        history=(Echelon.COMPANY,),
    )
    wire = iw.to_dict(unit)
    assert wire == {
        "type": "enum_unit_test",
        "id": "u",
        "name": "U",
        "readiness": "resting",
        "echelon": 2,
        "history": [1],
    }
    assert [type(wire[k]) for k in ("readiness", "echelon")] == [str, int]
    loaded = iw.from_json(iw.to_json(unit), iw.Entity)
    assert loaded == unit and type(loaded.readiness) is Readiness  # type: ignore[attr-defined]
    for field, value, message in [
        (
            "readiness",
            "asleep",
            "'asleep' is not a valid Readiness (one of 'ready', 'resting') [invalid_choice]",
        ),
        ("echelon", 3, "3 is not a valid Echelon (one of 1, 2) [invalid_choice]"),
        ("echelon", True, "expected an integer, got a boolean (True) [wrong_type]"),
        ("echelon", "2", "expected an integer, got a string ('2') [wrong_type]"),
    ]:
        with pytest.raises(iw.ValidationError) as info:
            iw.from_dict({**wire, field: value}, iw.Entity)
        assert str(info.value.problems[0]) == f"$.{field}: {message}"


# --- the open vocabulary of lenient loads --------------------------------------------------------


def _document_with_unknowns() -> dict[str, object]:
    doc = iw.to_dict(
        _article(
            entities=[iw.Person(id="p1", name="Someone")],
            events=[
                iw.Event(
                    id="e1",
                    event_type="withdrawal",
                    participants=[iw.Participant(entity="sq-1", role=iw.ParticipantRole.AGENT)],
                )
            ],
        )
    )
    doc["events"][0]["event_type"] = "drone_strike"  # type: ignore[index]
    doc["entities"].append({"type": "drone_squadron", "id": "sq-1", "name": "S", "drones": 4})  # type: ignore[attr-defined]
    return doc


def test_strict_loads_refuse_unknown_tags_and_terms_with_their_paths() -> None:
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(_document_with_unknowns())
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("$.entities[1].type", "unknown_type"),
        ("$.events[0].event_type", "unknown_event_type"),
    ]


def test_lenient_loads_keep_them_and_warn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _document_with_unknowns()
    kept = iw.from_dict(doc, unknown="keep")
    assert iw.to_dict(kept) == doc
    from iraqwithdrawal import validation

    for rule in validation.BUILTIN_RULES:  # the quick forms agree on lenient documents too
        if rule.quick is not None:
            context = validation._Context(kept)
            assert rule.quick(context) == (not list(rule.detailed(context))), rule.name
    assert [(p.path, p.code, p.severity) for p in iw.validate(kept)] == [
        ("$.entities[1].type", "unknown_type", Severity.WARNING),
        ("$.events[0].event_type", "unknown_event_type", Severity.WARNING),
    ]
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    capsys.readouterr()
    assert main(["validate", "--unknown", "keep", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        f"{path}: $.entities[1].type: warning: type tag 'drone_squadron' is not registered" in out
    )
    assert f"{path}: $.events[0].event_type: warning: event type 'drone_strike'" in out


# --- plug-ins ------------------------------------------------------------------------------------


def _fake_distribution(where: Path, target: str) -> None:
    info = where / "fake_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[iraqwithdrawal.plugins]\nfake = {target}\n")


def _cli(where: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": os.pathsep.join([str(where), *sys.path]), **env}
    environ.pop(
        "IRAQWITHDRAWAL_NO_PLUGINS", None
    ) if "IRAQWITHDRAWAL_NO_PLUGINS" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )


def test_an_installed_plugin_is_loaded_on_first_use(tmp_path: Path) -> None:
    (tmp_path / "fake_units.py").write_text(
        "import attrs\nimport iraqwithdrawal as iw\n"
        "@iw.register_type('fake_unit')\n@attrs.frozen(kw_only=True)\n"
        "class FakeUnit(iw.Organization):\n    strength: int = 0\n"
    )
    _fake_distribution(tmp_path, "fake_units")
    doc = iw.to_dict(_article())
    doc["entities"] = [{"type": "fake_unit", "id": "u1", "name": "U", "strength": 3}]
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert _cli(tmp_path, "validate", str(path)).returncode == 0
    refused = _cli(tmp_path, "validate", str(path), IRAQWITHDRAWAL_NO_PLUGINS="1")
    assert refused.returncode == 1
    assert "unknown type tag 'fake_unit'" in refused.stdout


def test_a_broken_plugin_is_named(tmp_path: Path) -> None:
    _fake_distribution(tmp_path, "no_such_module_here")
    done = _cli(tmp_path, "validate", "-")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "the iraqwithdrawal plug-in 'fake' (no_such_module_here) failed to load: "
        "ModuleNotFoundError: No module named 'no_such_module_here'"
    )
    assert "Traceback" not in done.stderr


# --- strategies derived for extension classes ----------------------------------------------------


@attrs.frozen(kw_only=True)
class Battalion(iw.Organization):
    """A module-level extension class, so hypothesis can draw it across examples."""

    parent: str | None = ref(lambda: Battalion, optional=True)
    strength: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    readiness: Readiness = Readiness.READY
    motto: str | None = text(optional=True)
    casualties: tuple[iw.Quantity, ...] = many(iw.Quantity)


def _rows(article: iw.Article) -> list[Battalion]:
    return [e for e in article.entities if isinstance(e, Battalion)]


@settings(max_examples=examples(40), deadline=None)
@given(data=st.data())
def test_from_type_and_articles_draw_extension_classes(data: st.DataObject) -> None:
    with isolated_registries():
        register_type("battalion_strategy_test", Battalion)
        unit = data.draw(st.from_type(Battalion))
        assert isinstance(unit, Battalion)
        assert_roundtrip(unit)
        article = data.draw(articles(max_entities=6, max_events=2))
        assert_roundtrip(article)
        units = {u.id: u for u in _rows(article)}
        for u in units.values():  # parents only point back to units drawn earlier: no loop
            assert u.parent is None or units[u.parent] is not u


def test_every_new_field_is_drawn_non_empty() -> None:
    seen: set[str] = set()

    # A claim that some draw holds each value: its count is not scaled down by the profile.
    @settings(max_examples=100, deadline=None)
    @given(models(Battalion))
    def collect(unit: Battalion) -> None:
        for name in ("parent", "motto", "casualties"):
            if getattr(unit, name):
                seen.add(name)
        if unit.strength > 0:
            seen.add("strength")
        if unit.readiness is not Readiness.READY:
            seen.add("readiness")

    collect()
    assert seen == {"parent", "motto", "casualties", "strength", "readiness"}


def test_an_extension_can_override_its_strategy() -> None:
    register_type("battalion_override_test", Battalion)
    only = Battalion(id="b1", name="Only", strength=7)
    drawn: list[Battalion] = []

    @settings(max_examples=examples(5), deadline=None)
    @given(st.from_type(Battalion), models(Battalion))
    def draw(a: Battalion, b: Battalion) -> None:
        drawn.extend((a, b))

    register_strategy(Battalion, st.just(only))
    try:
        draw()
        assert drawn and all(unit == only for unit in drawn)
    finally:
        register_strategy(Battalion)  # back to the derived one
    drawn.clear()
    draw()
    assert any(unit != only for unit in drawn)


# --- exporters -----------------------------------------------------------------------------------


def test_exporters_report_new_fields_only_when_set() -> None:
    register_type("battalion_loss_test", Battalion)
    article = _article(
        entities=[
            Battalion(id="b1", name="First", motto="Forward", strength=600),
            Battalion(id="b2", name="Second"),
        ]
    )
    for exporter in (to_schemaorg, to_ninjs, to_plover, to_prov, to_annotations):
        conversion = exporter(article)
        paths = {loss.path for loss in conversion.dropped}
        for field in ("$.entities[0].motto", "$.entities[0].strength"):
            assert conversion.lost(field) is not None, (exporter, field)
        assert not {p for p in paths if p.startswith("$.entities[1].")}, exporter

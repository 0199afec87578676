"""The generated fast loaders and the detailed loaders give the same answers.

The converter tries the fast loader first and explains refusals with the detailed one, so the
fast loader must never accept what the detailed one refuses, nor build a different object.
These tests hold the two paths side by side: on the seed, on generated articles, on every
entry of the bad-input catalogue, and on random damage to valid documents.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import accel
from iraqwithdrawal._compat import structure_hook
from iraqwithdrawal._fast import _Refused as Refused
from iraqwithdrawal.converter import hook_role, make_converter
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.serialize import get_converter
from iraqwithdrawal.testing import articles

from .bad_inputs import CATALOGUE, BadInput, Damage, apply, damage, json_nodes

SEED: dict[str, Any] = iw.to_dict(seed_report())


def _paths(converter: Any = None) -> tuple[Any, Any]:
    role = hook_role(structure_hook(converter or get_converter(), iw.Article))
    assert role is not None and role.kind == "model"
    return role.fast(), role.detailed


def _outcome(load: Any, data: Any) -> tuple[bool, Any]:
    try:
        return True, load(data)
    except Exception as exc:
        return False, type(exc)


def _agree(data: Any, converter: Any = None) -> bool:
    fast, detailed = _paths(converter)
    fast_ok, fast_value = _outcome(fast, data)
    slow_ok, slow_value = _outcome(detailed, data)
    assert fast_ok == slow_ok, (fast_value, slow_value)
    if fast_ok:
        assert fast_value == slow_value
        assert iw.to_dict(fast_value) == iw.to_dict(slow_value)
    return fast_ok


def test_fast_path_builds_the_seed() -> None:
    fast, _ = _paths()
    assert fast(copy.deepcopy(SEED)) == seed_report()


@given(articles())
def test_paths_agree_on_generated_articles(article: iw.Article) -> None:
    assert _agree(iw.to_dict(article))


@pytest.mark.parametrize("bad", CATALOGUE, ids=[b.name for b in CATALOGUE])
def test_paths_agree_on_bad_inputs(bad: BadInput) -> None:
    doc = json.loads(json.dumps(apply(SEED, bad)))
    accepted = _agree(doc)
    if bad.shape:  # wrong in shape: no article can be built from it
        assert not accepted


SEED_NODES = json_nodes(SEED)[1:]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 300)
    | st.floats(allow_nan=False)
    | st.sampled_from(["", " ", "x", "person", "2024-07", "united-states", "name", "said"]),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=5), inner, max_size=2)
    ),
    max_leaves=4,
)


@given(
    st.lists(st.tuples(st.sampled_from(SEED_NODES), json_values, st.booleans()), max_size=3),
    st.sampled_from(["error", "keep"]),
)
def test_paths_agree_on_damaged_documents(changes: Damage, unknown: str) -> None:
    doc = damage(copy.deepcopy(SEED), changes)
    _agree(doc, get_converter(unknown))  # type: ignore[arg-type]


def test_paths_agree_with_unknown_fields_kept() -> None:
    doc = copy.deepcopy(SEED)
    doc["x_note"] = "kept"
    doc["entities"][0]["x_rank"] = 3
    assert _agree(doc, get_converter("keep"))
    assert not _agree(doc, get_converter("error"))


def test_fast_loader_runs_post_init_and_value_checks() -> None:
    doc = copy.deepcopy(SEED)
    doc["quotes"][0]["spans"][0]["end"] = doc["quotes"][0]["spans"][0]["start"]
    fast, _ = _paths()
    with pytest.raises(Refused):
        fast(doc)


def test_classes_registered_later_are_loaded_fast_and_checked() -> None:
    @attrs.frozen(kw_only=True)
    class Militia(iw.Organization):
        strength: int = attrs.field(default=0, validator=attrs.validators.ge(0))

    iw.register_type("militia_fast_test", Militia)
    try:
        doc = copy.deepcopy(SEED)
        doc["entities"][0] = {"type": "militia_fast_test", "id": "m1", "name": "M", "strength": 5}
        assert _agree(doc)
        doc["entities"][0]["strength"] = -1
        assert not _agree(doc)
    finally:
        iw.unregister_type("militia_fast_test")
    assert not _agree(doc)


def _tree_problems(article: iw.Article) -> list[Any]:
    """The errors of every built-in rule that has a quick form."""
    from iraqwithdrawal import validation

    context = validation._Context(article)
    return [
        p
        for rule in validation.BUILTIN_RULES
        if rule.quick is not None
        for p in rule.detailed(context)
        if p.severity is iw.Severity.ERROR
    ]


def _quick_agrees(article: iw.Article) -> None:
    """Each rule's quick form says it holds exactly when its detailed form finds no error."""
    from iraqwithdrawal import validation

    quick_forms = [r for r in validation.BUILTIN_RULES if r.quick is not None]
    assert len(quick_forms) >= 4
    for rule in quick_forms:
        context = validation._Context(article)
        assert rule.quick is not None
        holds = rule.quick(context)
        problems = list(rule.detailed(context))
        assert holds == (not problems), (rule.name, problems)


def test_quick_validation_agrees_on_the_catalogue() -> None:
    conv = get_converter()
    disagreements = 0
    for bad in CATALOGUE:
        try:
            article = iw.from_dict(apply(SEED, bad), validate=False, converter=conv)
        except iw.ValidationError:
            continue  # cannot be built: nothing for the document validator to see
        _quick_agrees(article)
        disagreements += bool(_tree_problems(article))
    assert disagreements >= 5  # the catalogue does exercise the tree-wide rules


def _set_path(doc: Any, path: str, value: Any) -> None:
    steps = path[2:].replace("[", ".").replace("]", "").split(".")
    keys: list[Any] = [int(step) if step.isdigit() else step for step in steps]
    parent = doc
    for key in keys[:-1]:
        parent = parent[key]
    parent[keys[-1]] = value


@given(articles(), st.data())
def test_quick_validation_agrees_on_damaged_articles(article: iw.Article, data: Any) -> None:
    from iraqwithdrawal._walk import survey

    _quick_agrees(article)
    found = survey(article)
    ids = [ident for _, ident, _ in found.ids]
    if found.refs:
        # Point a reference somewhere else: to nothing, or to an id of any kind.
        path, _, _ = data.draw(st.sampled_from(found.refs))
        doc = iw.to_dict(article)
        _set_path(doc, path, data.draw(st.sampled_from(["no-such-id", *ids])))
        _quick_agrees(get_converter().structure(doc, iw.Article))
    if len(ids) > 1:
        # Give one object the id of another.
        path = data.draw(st.sampled_from(found.ids[1:]))[0]
        doc = iw.to_dict(article)
        _set_path(doc, path, ids[0])
        damaged = get_converter().structure(doc, iw.Article)
        _quick_agrees(damaged)
        assert _tree_problems(damaged)


def test_string_subclasses_are_refused_like_the_detailed_path() -> None:
    class Text(str):
        pass

    doc = copy.deepcopy(SEED)
    doc["events"][0]["status"] = Text(doc["events"][0]["status"])
    assert not _agree(doc)
    doc = copy.deepcopy(SEED)
    doc["events"][9]["time"]["date"] = Text(doc["events"][9]["time"]["date"])
    _paths()[0](copy.deepcopy(SEED))  # the plain string is now remembered
    assert not _agree(doc)


def _scans_agree(doc: Any, unknown: str = "error") -> None:
    """The verdicts taken from the loaders' notes equal those of a walk of the result."""
    from iraqwithdrawal import validation
    from iraqwithdrawal._fast import Collector, collecting

    notes = Collector()
    collecting.current = notes
    try:
        article = get_converter(unknown).structure(doc, iw.Article)  # type: ignore[arg-type]
    except Exception:
        return
    finally:
        collecting.current = None
    if notes.complete:
        assert validation._scan_notes(article, notes) == validation._quick_scan(article)


def test_notes_agree_with_the_walk_on_the_seed_and_the_catalogue() -> None:
    from iraqwithdrawal._fast import Collector, collecting

    notes = Collector()
    collecting.current = notes
    try:
        get_converter().structure(copy.deepcopy(SEED), iw.Article)
    finally:
        collecting.current = None
    assert notes.complete and notes.ids and notes.refs and notes.spans
    _scans_agree(copy.deepcopy(SEED))
    for bad in CATALOGUE:
        _scans_agree(json.loads(json.dumps(apply(SEED, bad))))


@given(articles(), st.data())
def test_notes_agree_with_the_walk_on_damaged_articles(article: iw.Article, data: Any) -> None:
    from iraqwithdrawal._walk import survey

    doc = iw.to_dict(article)
    _scans_agree(copy.deepcopy(doc))
    found = survey(article)
    ids = [ident for _, ident, _ in found.ids]
    if found.refs:
        path, _, _ = data.draw(st.sampled_from(found.refs))
        _set_path(doc, path, data.draw(st.sampled_from(["no-such-id", *ids])))
        _scans_agree(copy.deepcopy(doc))
    if len(ids) > 1:
        path = data.draw(st.sampled_from(found.ids[1:]))[0]
        _set_path(doc, path, ids[0])
        _scans_agree(copy.deepcopy(doc), data.draw(st.sampled_from(["error", "keep"])))


def test_the_collector_is_held_off_and_given_back() -> None:
    import gc

    assert gc.isenabled()
    iw.from_json(iw.to_json(seed_report()))
    assert gc.isenabled()
    with pytest.raises(iw.ValidationError):
        iw.from_json('{"id": 5}')
    assert gc.isenabled()
    gc.disable()
    try:
        iw.from_json(iw.to_json(seed_report()))
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_writing_runs_no_collection_and_gives_the_collector_back() -> None:
    import gc

    article = iw.from_json(iw.to_json(seed_report()))
    runs: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    threshold = gc.get_threshold()
    gc.set_threshold(100)  # a collection every hundred new containers, were it allowed
    gc.collect()  # nothing owed when the call starts
    gc.callbacks.append(count)
    try:
        text = iw.to_json(article)
        assert runs == []  # the wire form of a report is hundreds of containers
        assert gc.isenabled()
        iw.to_dict(article)
        assert runs  # the same work outside to_json does collect
        with pytest.raises(TypeError):  # orjson refuses what it cannot write
            iw.to_json(object())
        assert gc.isenabled()
        gc.disable()
        try:
            assert iw.to_json(article) == text
            assert not gc.isenabled()  # left as the caller had it
        finally:
            gc.enable()
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)


# Look-alikes through from_dict ------------------------------------------------------------
#
# The fast loaders test ``x.__class__ is str`` (the compiled ones ``type(x)`` first), the
# detailed ones ``type(x) is str`` and ``isinstance(x, Mapping)``, and a tag seen before is
# found by hash: a ``str`` subclass, a mapping that is not a ``dict`` or an object whose
# ``__class__`` claims a built-in was accepted by one path and refused by another (or raised
# TypeError). The policy: a value is JSON text, a number, an array or an object only if its
# type is exactly ``str``, ``int``/``float``, ``list`` or ``dict``; ``from_dict`` refuses any
# other as ``wrong_type`` at its path before a loader sees it, on every path.


def _claiming(base: type, builtin: type) -> type:
    """A subclass of ``base`` whose ``__class__`` says ``builtin``."""
    return type(
        f"Claims{builtin.__name__.title()}", (base,), {"__class__": property(lambda s: builtin)}
    )


class _Wrapper:
    """An object that is no built-in but wraps one and reads like it."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __getattr__(self, name: str) -> Any:
        return getattr(self.value, name)

    def __hash__(self) -> int:
        return hash(self.value)

    def __eq__(self, other: object) -> bool:
        return bool(self.value == other)

    def __len__(self) -> int:
        return len(self.value)

    def __iter__(self) -> Any:
        return iter(self.value)

    def __getitem__(self, key: Any) -> Any:
        return self.value[key]

    def __contains__(self, key: object) -> bool:
        return key in self.value

    def __index__(self) -> int:
        return int(self.value)

    def __lt__(self, other: Any) -> bool:
        return bool(self.value < other)

    def __le__(self, other: Any) -> bool:
        return bool(self.value <= other)


def _kinds(builtin: type) -> dict[str, Any]:
    sub = type(f"Sub{builtin.__name__.title()}", (builtin,), {})
    return {
        f"{builtin.__name__} subclass": sub,
        f"{builtin.__name__} subclass claiming {builtin.__name__}": _claiming(builtin, builtin),
        f"object claiming {builtin.__name__}": _claiming(_Wrapper, builtin),
    }


#: JSON type -> the places of the seed that hold one.
_PLACES: dict[type, list[tuple[Any, ...]]] = {
    str: [
        ("headline",),
        ("events", 0, "status"),
        ("events", 9, "time", "date"),
        ("events", 0, "type"),
    ],
    int: [("quotes", 0, "spans", 0, "start")],
    list: [("events", 0, "participants"), ("entities",)],
    dict: [("events", 0), ("quotes", 0, "spans", 0), ("events", 9, "time")],
}
LOOK_ALIKES = [
    (kind, make, place)
    for builtin, places in _PLACES.items()
    for kind, make in _kinds(builtin).items()
    for place in places
]


def _json_path(place: tuple[Any, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in place)


_converters: dict[str, Any] = {}


def _converter(path: str) -> Any:
    """One converter per path, warmed on the seed (so tags and dates are remembered)."""
    if path not in _converters:
        converter = make_converter()
        iw.from_dict(copy.deepcopy(SEED), converter=converter)
        _converters[path] = converter
    return _converters[path]


def _verdict(doc: Any, path: str) -> Any:
    def load() -> Any:
        try:
            iw.from_dict(doc, converter=_converter(path))
        except iw.ValidationError as exc:
            return sorted((p.code, p.path, bool(p.message)) for p in exc.problems)
        except Exception as exc:  # a crash is a verdict too, and a wrong one
            return type(exc).__name__
        return "accepted"

    if path == "compiled":
        return load()
    with accel.disabled():
        return load()


@pytest.mark.parametrize(
    ("kind", "make", "place"),
    LOOK_ALIKES,
    ids=[f"{kind} at {_json_path(place)}" for kind, _, place in LOOK_ALIKES],
)
def test_look_alikes_are_refused_alike_on_every_path(kind: str, make: Any, place: Any) -> None:
    doc = copy.deepcopy(SEED)
    *parents, last = place
    holder = doc
    for p in parents:
        holder = holder[p]
    holder[last] = make(holder[last])
    expected = [("wrong_type", _json_path(place), True)]
    paths = ["pure", "compiled"] if accel.ACTIVE else ["pure"]
    assert {path: _verdict(doc, path) for path in paths} == dict.fromkeys(paths, expected)


def test_a_key_or_a_root_that_only_passes_for_json_is_refused() -> None:
    doc = copy.deepcopy(SEED)
    doc["events"][0] = {_kinds(str)["str subclass"](k): v for k, v in doc["events"][0].items()}
    assert _verdict(doc, "pure") == [("wrong_type", "$.events[0]", True)]
    for kind, make in _kinds(dict).items():
        assert _verdict(make(copy.deepcopy(SEED)), "pure") == [("wrong_type", "$", True)], kind

"""Nothing is lost silently, proved generically: a field added to any model class, anywhere in
an article, is reported by every exporter; and every loss names a real value of the article
by its real JSON path."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal._walk import survey
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import (
    to_annotations,
    to_ninjs,
    to_plover,
    to_prov,
    to_schemaorg,
)
from iraqwithdrawal.testing import articles

from ._profiles import examples

EXPORTERS: list[Callable[[iw.Article], Any]] = [
    to_schemaorg,
    to_ninjs,
    to_plover,
    to_prov,
    to_annotations,
]
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    assert path.startswith("$")
    steps: list[str | int] = []
    rest = path[1:]
    while rest:
        found = _STEP.match(rest)
        assert found is not None, f"not a JSON path: {path!r}"
        steps.append(found[1] if found[1] is not None else int(found[2]))
        rest = rest[found.end() :]
    return steps


def _resolve(root: Any, path: str) -> Any:
    """The value at ``path``: a model field, an item of a tuple, or a kept unknown field."""
    value = root
    for step in _steps(path):
        if isinstance(step, int):
            assert isinstance(value, tuple) and step < len(value), path
            value = value[step]
        elif attrs.has(type(value)) and step in attrs.fields_dict(type(value)):
            value = getattr(value, step)
        elif step == "type" and "type" not in value.extra and iw.tag_of(type(value)):
            value = iw.tag_of(type(value))  # the wire tag of a registered class
        else:
            assert step in value.extra, path
            value = value.extra[step]
    return value


def _replace(root: Any, steps: list[str | int], new: Any) -> Any:
    if not steps:
        return new
    step, rest = steps[0], steps[1:]
    if isinstance(step, int):
        items = list(root)
        items[step] = _replace(items[step], rest, new)
        return tuple(items)
    return attrs.evolve(root, **{step: _replace(getattr(root, step), rest, new)})


_PROBES: dict[type, type] = {}


def _probe_class(cls: type) -> type:
    """A subclass of ``cls`` that adds one field, as an extension would."""
    probe = _PROBES.get(cls)
    if probe is None:
        probe = _PROBES[cls] = attrs.make_class(
            f"Probe{cls.__name__}",
            {"x_probe": attrs.field(default="unset")},
            bases=(cls,),
            frozen=True,
            kw_only=True,
            slots=True,
        )
    return probe


def _probed(article: iw.Article, path: str, node: Any) -> iw.Article:
    cls = type(node)
    values = {a.name: getattr(node, a.name) for a in attrs.fields(cls) if a.init}
    replacement = _probe_class(cls)(**values, x_probe="set")
    if path == "$":
        return replacement  # type: ignore[no-any-return]
    return _replace(article, _steps(path), replacement)  # type: ignore[no-any-return]


def _nodes(article: iw.Article) -> list[tuple[str, Any]]:
    leaves = (iw.PartialDate, iw.Interval)
    return [(p, n) for p, n in survey(article).nodes if not isinstance(n, leaves)]


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda f: f.__name__)
def test_a_field_added_to_any_class_of_the_seed_is_reported(exporter: Any) -> None:
    article = seed_report()
    first: dict[type, str] = {}
    for path, node in _nodes(article):
        first.setdefault(type(node), path)
    assert len(first) >= 25  # the seed holds nearly every model class
    nodes = dict(_nodes(article))
    for cls, path in first.items():
        probed = _probed(article, path, nodes[path])
        conversion = exporter(probed)
        assert conversion.lost(f"{path}.x_probe") is not None, (cls.__name__, path)


@settings(max_examples=examples(40), deadline=None)
@given(article=articles(), data=st.data())
def test_a_field_added_anywhere_is_reported_by_every_exporter(
    article: iw.Article, data: st.DataObject
) -> None:
    path, node = data.draw(st.sampled_from(_nodes(article)))
    probed = _probed(article, path, node)
    for exporter in EXPORTERS:
        assert exporter(probed).lost(f"{path}.x_probe") is not None, (exporter, path)
    # Left at its default, the added field is not reported.
    untouched = (
        _replace(
            article,
            _steps(path),
            attrs.evolve(probed if path == "$" else _resolve(probed, path), x_probe="unset"),
        )
        if path != "$"
        else attrs.evolve(probed, x_probe="unset")
    )
    for exporter in EXPORTERS:
        paths = {loss.path for loss in exporter(untouched).losses}
        assert f"{path}.x_probe" not in paths


def _every_loss_is_real(article: iw.Article) -> None:
    for exporter in EXPORTERS:
        for loss in exporter(article).losses:
            value = _resolve(article, loss.path)
            assert value is not None and value != (), (exporter.__name__, str(loss))


def test_every_loss_of_the_seed_names_a_real_value() -> None:
    _every_loss_is_real(seed_report())


@settings(max_examples=examples(60), deadline=None)
@given(articles())
def test_every_loss_names_a_real_value(article: iw.Article) -> None:
    _every_loss_is_real(article)


def test_a_coverage_naming_a_field_that_does_not_exist_is_refused() -> None:
    from iraqwithdrawal.standards._common import Coverage

    with pytest.raises(ValueError, match=r"test: Quote has no field \['txt'\]"):
        Coverage("test", {iw.Quote: "id txt"})

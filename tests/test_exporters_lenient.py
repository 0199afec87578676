"""Every exporter takes what a lenient load keeps (event types and type tags no plug-in in this
process defines, unknown fields anywhere): it writes what it knows, raises nothing, and
reports every unknown value as a loss at its own path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import LossKind
from iraqwithdrawal.testing import articles

from ._profiles import examples
from .test_losses import EXPORTERS


def _objects(value: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON object of a wire document with its path, outermost first."""
    if isinstance(value, dict):
        yield path, value
        for key, inner in value.items():
            yield from _objects(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _objects(inner, f"{path}[{i}]")


def _unknowns(doc: dict[str, Any], data: st.DataObject) -> list[str]:
    """Make some of ``doc`` unknown to this process, in place: event types, type tags and
    added fields. The paths of the values made unknown."""
    paths = []
    objects = list(_objects(doc))
    for n, (path, obj) in enumerate(objects):
        if path == "$":
            continue
        if "event_type" in obj and data.draw(st.booleans(), label=f"unknown type at {path}"):
            obj["event_type"] = f"drone_strike_{n}"
            paths.append(f"{path}.event_type")
        if "type" in obj and data.draw(st.booleans(), label=f"unknown tag at {path}"):
            obj["type"] = f"unknown_kind_{n}"
            paths.append(f"{path}.type")
    for path, obj in data.draw(
        st.lists(st.sampled_from(objects), max_size=4, unique_by=lambda o: o[0]),
        label="objects given an unknown field",
    ):
        if "x_unknown" not in obj:
            obj["x_unknown"] = {"kept": [1, "two"]}
            paths.append(f"{path}.x_unknown")
    return paths


def _reported_at(conversion: Any, path: str) -> bool:
    """A loss at ``path`` itself, or a drop of what holds it (an exporter that drops all the
    entities drops their unknown fields with them)."""
    return any(
        loss.path == path
        or (
            loss.kind is LossKind.DROPPED
            and (path.startswith(f"{loss.path}.") or path.startswith(f"{loss.path}["))
        )
        for loss in conversion.losses
    )


def _check(doc: dict[str, Any], unknown: list[str]) -> None:
    article = iw.from_dict(doc, unknown="keep")
    for exporter in EXPORTERS:
        conversion = exporter(article)  # raises nothing
        for path in unknown:
            assert _reported_at(conversion, path), (exporter.__name__, path)


@settings(max_examples=examples(20), deadline=None)
@given(article=articles(), data=st.data())
def test_every_exporter_reports_what_a_lenient_load_kept(
    article: iw.Article, data: st.DataObject
) -> None:
    doc = iw.to_dict(article)
    _check(doc, _unknowns(doc, data))


def test_the_seed_with_every_event_type_and_tag_unknown() -> None:
    """The extending guide's case, at the scale of the canonical report: every event type and
    every type tag below the article unknown, and an unknown field on every object."""
    doc = iw.to_dict(seed_report())
    unknown = []
    for n, (path, obj) in enumerate(list(_objects(doc))):
        if path == "$":
            continue
        if "event_type" in obj:
            obj["event_type"] = f"drone_strike_{n}"
            unknown.append(f"{path}.event_type")
        if "type" in obj:
            obj["type"] = f"unknown_kind_{n}"
            unknown.append(f"{path}.type")
        obj["x_unknown"] = n
        unknown.append(f"{path}.x_unknown")
    assert len(unknown) > 100
    _check(doc, unknown)

"""The shipped strategies exercise the whole model: within a bounded number of generated
articles, every field of every class an article holds is drawn with a value other than its
default, so every rule about it is property-tested."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings

import iraqwithdrawal as iw
from iraqwithdrawal._walk import survey
from iraqwithdrawal.models._checks import Check
from iraqwithdrawal.testing import articles

EXAMPLES = 300


def _default(field: attrs.Attribute[Any]) -> Any:
    default: Any = field.default
    return default.factory() if isinstance(default, attrs.Factory) else default  # type: ignore[arg-type]


def _constant(field: attrs.Attribute[Any]) -> bool:
    """A field with one legal value (``schema_version``) cannot vary."""
    return isinstance(field.validator, Check) and "const" in field.validator.schema()


def _fields(cls: type) -> set[tuple[str, str]]:
    return {
        (cls.__name__, f.name) for f in attrs.fields(cls) if f.name != "extra" and not _constant(f)
    }


def test_every_field_is_drawn_with_a_value() -> None:
    seen: set[tuple[str, str]] = set()
    classes: set[type] = set()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(articles())
    def collect(article: iw.Article) -> None:
        for _path, node in survey(article).nodes:
            cls = type(node)
            classes.add(cls)
            for field in attrs.fields(cls):
                if field.name == "extra":
                    continue
                value = getattr(node, field.name)
                if field.default is attrs.NOTHING or value != _default(field):
                    seen.add((cls.__name__, field.name))

    collect()
    builtin = {c for c in classes if c.__module__.startswith("iraqwithdrawal.")}
    assert len(builtin) >= 30
    expected = set().union(*(_fields(c) for c in builtin))
    assert expected - seen == set()

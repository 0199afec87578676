"""The shipped strategies exercise the whole model: within a bounded number of examples (whole
articles, and each model class on its own), every field of every class an article holds is
drawn with a value other than its default, so every rule about it is property-tested."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal._walk import survey
from iraqwithdrawal.models._checks import Check
from iraqwithdrawal.testing import articles
from iraqwithdrawal.testing.strategies import builds

from ._profiles import SUPPRESSED

EXAMPLES = 200
EACH = 40


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
        suppress_health_check=SUPPRESSED,
    )
    @given(articles(max_entities=10))  # enough entities for organisations and places to nest
    def collect(article: iw.Article) -> None:
        for _path, node in survey(article).nodes:
            classes.add(type(node))
            note(node)

    def note(node: Any) -> None:
        cls = type(node)
        for field in attrs.fields(cls):
            if field.name == "extra":
                continue
            value = getattr(node, field.name)
            if field.default is attrs.NOTHING or value != _default(field):
                seen.add((cls.__name__, field.name))

    collect()
    builtin = {c for c in classes if c.__module__.startswith("iraqwithdrawal.")}
    for cls in sorted(builtin, key=lambda c: c.__name__):
        if cls in (iw.Article, iw.PartialDate, iw.Interval) or _fields(cls) <= seen:
            continue  # the articles drew every field of the class already

        @settings(
            max_examples=EACH,
            deadline=None,
            database=None,
            derandomize=True,  # a coverage claim must not hang on the luck of one run
            suppress_health_check=SUPPRESSED,
        )
        # The class's registered strategy, or the class itself drawn field by field as
        # the articles' strategies draw every field they do not set (a plain Entity, whose
        # registered strategy draws its subclasses, is rare in articles).
        @given(st.from_type(cls) | builds(cls))
        def each(node: Any) -> None:
            for _path, inner in survey(node).nodes:
                note(inner)

        each()
    assert len(builtin) >= 30
    expected = set().union(*(_fields(c) for c in builtin))
    missing = sorted(expected - seen)
    assert not missing, missing

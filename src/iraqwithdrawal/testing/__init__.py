"""Testing helpers for this package and for downstream extensions (the ``testing`` extra).

Hypothesis strategies for every model and for whole, valid articles (also registered, so
``st.from_type(Article)`` works), and :func:`assert_roundtrip` to check that a model,
including a downstream subclass, survives the wire format unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import cattrs

from ..errors import Severity
from ..models import Article
from ..serialize import from_dict, from_json, to_dict, to_json
from ..validation import validate
from .strategies import (
    amounts,
    articles,
    attributions,
    bodies,
    claims,
    cues,
    edtf_like_strings,
    entities,
    events,
    ids,
    intervals,
    media_items,
    models,
    partial_dates,
    quantities,
    quotes,
    register_strategies,
    register_strategy,
    spans,
    texts,
    time_expressions,
)

__all__ = [
    "amounts",
    "articles",
    "assert_roundtrip",
    "attributions",
    "bodies",
    "claims",
    "cues",
    "entities",
    "events",
    "ids",
    "edtf_like_strings",
    "intervals",
    "media_items",
    "partial_dates",
    "quantities",
    "quotes",
    "isolated_registries",
    "models",
    "register_strategies",
    "register_strategy",
    "spans",
    "texts",
    "time_expressions",
]


def assert_roundtrip(obj: Any, *, converter: cattrs.Converter | None = None) -> None:
    """Assert that ``obj`` survives ``to_json``/``from_json`` and ``to_dict``/``from_dict``
    unchanged (same class, equal value) and that writing it again gives the same wire form.
    Articles must also be valid documents."""
    cls = type(obj)
    wire = to_dict(obj, converter=converter)
    text = to_json(obj, converter=converter)
    again = from_json(text, cls, converter=converter, validate=False)
    assert type(again) is cls, f"read back as {type(again).__name__}, not {cls.__name__}"
    assert again == obj, f"JSON round trip changed the value:\n{obj!r}\n!=\n{again!r}"
    assert from_dict(wire, cls, converter=converter, validate=False) == obj
    assert to_dict(again, converter=converter) == wire, "writing it again changed the wire form"
    if isinstance(obj, Article):
        errors = [p for p in validate(obj) if p.severity is Severity.ERROR]
        assert not errors, "the article is not valid:\n" + "\n".join(map(str, errors))


@contextmanager
def isolated_registries() -> Iterator[None]:
    """Run a block with its own copy of the type registry, the event vocabulary, the open
    vocabularies and the document rules: whatever the block registers or removes is undone
    when it ends, so tests that register classes do not leak them into each other."""
    from .._rules import restore_rules, save_rules
    from ..models.base import restore_registry, save_registry
    from ..models.events import restore_event_types, save_event_types
    from ..models.vocabulary import restore_vocabulary_state, vocabulary_state

    saved = (save_registry(), save_event_types(), save_rules(), vocabulary_state())
    try:
        yield
    finally:
        restore_registry(saved[0])
        restore_event_types(saved[1])
        restore_rules(saved[2])
        restore_vocabulary_state(saved[3])

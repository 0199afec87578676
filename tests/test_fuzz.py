"""Fuzzing: damaged copies of valid documents (the canonical report and generated articles)
through both JSON backends and both unknown-field modes. Every input is either accepted (and
then written back by both backends, read again to an equal article, pickled and deep-copied)
or refused with a ValidationError whose problems all have a ``$`` path; nothing else
escapes, and the two backends give the same answer."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import _json
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.testing import articles

from ._profiles import SUPPRESSED, examples

pytest.importorskip("orjson")

_WEIRD: list[Any] = [
    None,
    True,
    0,
    -1,
    0.5,
    2.0,
    2**63,
    2**64,
    -(2**63) - 1,
    10**30,
    1e308,
    "",
    " ",
    "\ud800",
    "x" * 5000,
    [],
    {},
    {"type": "no_such_type"},
    [
        [
            [
                [
                    [
                        [
                            [
                                [
                                    [
                                        [
                                            [
                                                [
                                                    [
                                                        [
                                                            [
                                                                [
                                                                    [
                                                                        [
                                                                            [
                                                                                [
                                                                                    [
                                                                                        [
                                                                                            [
                                                                                                [
                                                                                                    [
                                                                                                        [
                                                                                                            [
                                                                                                                [
                                                                                                                    [
                                                                                                                        [
                                                                                                                            [
                                                                                                                                [
                                                                                                                                    [
                                                                                                                                        [
                                                                                                                                            [
                                                                                                                                                [
                                                                                                                                                    [
                                                                                                                                                        [
                                                                                                                                                            [
                                                                                                                                                                [
                                                                                                                                                                    [
                                                                                                                                                                        [
                                                                                                                                                                            [
                                                                                                                                                                                [
                                                                                                                                                                                    [
                                                                                                                                                                                        [
                                                                                                                                                                                            [
                                                                                                                                                                                                [
                                                                                                                                                                                                    [
                                                                                                                                                                                                        [
                                                                                                                                                                                                            [
                                                                                                                                                                                                                [
                                                                                                                                                                                                                    [
                                                                                                                                                                                                                        [
                                                                                                                                                                                                                            [
                                                                                                                                                                                                                                [
                                                                                                                                                                                                                                    [
                                                                                                                                                                                                                                        [
                                                                                                                                                                                                                                            [
                                                                                                                                                                                                                                                [
                                                                                                                                                                                                                                                    [
                                                                                                                                                                                                                                                        [
                                                                                                                                                                                                                                                            [
                                                                                                                                                                                                                                                                [
                                                                                                                                                                                                                                                                    [
                                                                                                                                                                                                                                                                        [
                                                                                                                                                                                                                                                                            [
                                                                                                                                                                                                                                                                                [
                                                                                                                                                                                                                                                                                    [
                                                                                                                                                                                                                                                                                        [
                                                                                                                                                                                                                                                                                            [
                                                                                                                                                                                                                                                                                                []
                                                                                                                                                                                                                                                                                            ]
                                                                                                                                                                                                                                                                                        ]
                                                                                                                                                                                                                                                                                    ]
                                                                                                                                                                                                                                                                                ]
                                                                                                                                                                                                                                                                            ]
                                                                                                                                                                                                                                                                        ]
                                                                                                                                                                                                                                                                    ]
                                                                                                                                                                                                                                                                ]
                                                                                                                                                                                                                                                            ]
                                                                                                                                                                                                                                                        ]
                                                                                                                                                                                                                                                    ]
                                                                                                                                                                                                                                                ]
                                                                                                                                                                                                                                            ]
                                                                                                                                                                                                                                        ]
                                                                                                                                                                                                                                    ]
                                                                                                                                                                                                                                ]
                                                                                                                                                                                                                            ]
                                                                                                                                                                                                                        ]
                                                                                                                                                                                                                    ]
                                                                                                                                                                                                                ]
                                                                                                                                                                                                            ]
                                                                                                                                                                                                        ]
                                                                                                                                                                                                    ]
                                                                                                                                                                                                ]
                                                                                                                                                                                            ]
                                                                                                                                                                                        ]
                                                                                                                                                                                    ]
                                                                                                                                                                                ]
                                                                                                                                                                            ]
                                                                                                                                                                        ]
                                                                                                                                                                    ]
                                                                                                                                                                ]
                                                                                                                                                            ]
                                                                                                                                                        ]
                                                                                                                                                    ]
                                                                                                                                                ]
                                                                                                                                            ]
                                                                                                                                        ]
                                                                                                                                    ]
                                                                                                                                ]
                                                                                                                            ]
                                                                                                                        ]
                                                                                                                    ]
                                                                                                                ]
                                                                                                            ]
                                                                                                        ]
                                                                                                    ]
                                                                                                ]
                                                                                            ]
                                                                                        ]
                                                                                    ]
                                                                                ]
                                                                            ]
                                                                        ]
                                                                    ]
                                                                ]
                                                            ]
                                                        ]
                                                    ]
                                                ]
                                            ]
                                        ]
                                    ]
                                ]
                            ]
                        ]
                    ]
                ]
            ]
        ]
    ],
]


def _slots(value: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    if isinstance(value, dict):
        for key in value:
            out.append((value, key))
            _slots(value[key], out)
    elif isinstance(value, list):
        for i in range(len(value)):
            out.append((value, i))
            _slots(value[i], out)
    return out


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """JSON text of a valid document with one to three damages."""
    if draw(st.booleans()):
        document = iw.to_dict(seed_report())
    else:
        document = iw.to_dict(draw(articles()))
    extra_text = ""
    for _ in range(draw(st.integers(1, 3))):
        slots = _slots(document, [])
        container, key = slots[draw(st.integers(0, len(slots) - 1))]
        action = draw(st.sampled_from(["delete", "retype", "unknown", "duplicate", "nan"]))
        if action == "delete":
            del container[key]
        elif action == "retype":
            container[key] = copy.deepcopy(draw(st.sampled_from(_WEIRD)))
        elif action == "unknown" and isinstance(container, dict):
            container["zz_unknown"] = copy.deepcopy(draw(st.sampled_from(_WEIRD)))
        elif action == "duplicate":
            extra_text = ', "headline": "twice"'
        elif action == "nan":
            container[key] = float("nan")
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    if extra_text and text.endswith("}"):
        text = text[:-1] + extra_text + "}"
    return text


def _outcome(text: str, backend: str, unknown: Any) -> tuple[Any, ...]:
    saved = _json.BACKEND
    _json.BACKEND = backend
    try:
        article = iw.from_json(text, unknown=unknown)
    except iw.ValidationError as exc:
        assert exc.problems, text[:200]
        assert all(p.path.startswith("$") for p in exc.problems)
        return ("refused", tuple(sorted({p.code for p in exc.problems})))
    finally:
        _json.BACKEND = saved
    for writer in ("orjson", "json"):
        _json.BACKEND = writer
        try:
            assert iw.from_json(iw.to_json(article), unknown=unknown) == article
        finally:
            _json.BACKEND = saved
    assert pickle.loads(pickle.dumps(article)) == article
    assert copy.deepcopy(article) == article
    return ("accepted", json.dumps(iw.to_dict(article), sort_keys=True))


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=SUPPRESSED,
)
@given(damaged(), st.sampled_from(["error", "keep"]))
def test_damaged_documents_are_accepted_whole_or_refused_with_paths(
    text: str, unknown: str
) -> None:
    fast = _outcome(text, "orjson", unknown)
    plain = _outcome(text, "json", unknown)
    assert fast == plain

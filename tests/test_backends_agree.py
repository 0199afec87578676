"""Hostile input: the two JSON backends (orjson and the standard library) accept and refuse
the same documents, with the same problem codes and paths and the same values; what is
accepted is written back by both and reads again equal; kept values are copies."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

import iraqwithdrawal as iw
from iraqwithdrawal import _json
from iraqwithdrawal.examples import seed_report

pytest.importorskip("orjson")

SEED = json.dumps(iw.to_dict(seed_report()), ensure_ascii=False)


def _with(extra: str) -> str:
    return SEED[:-1] + ", " + extra + "}"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


#: (name, JSON text, whether it is accepted with unknown="keep")
CATALOGUE = [
    ("nan in a kept field", _with('"x": NaN'), False),
    ("infinity in a kept field", _with('"x": Infinity'), False),
    ("minus infinity", _with('"x": -Infinity'), False),
    ("integer beyond 64 bits", _with('"x": 18446744073709551616'), False),
    ("integer of 31 digits", _with('"x": 1000000000000000000000000000000'), False),
    ("integer below -2**63", _with('"x": -9223372036854775809'), False),
    ("the largest unsigned 64-bit integer", _with('"x": 18446744073709551615'), True),
    ("a 23-digit string", _with('"x": "12345678901234567890123"'), True),
    ("lone surrogate in a kept field", _with('"x": "\\ud800"'), False),
    ("lone surrogate in a key", _with('"\\udc00": 1'), False),
    (
        "lone surrogate in the headline",
        SEED.replace('"headline": "', '"headline": "\\ud800', 1),
        False,
    ),
    ("an escaped backslash before u", _with('"x": "\\\\ud800"'), True),
    ("a surrogate pair", _with('"x": "\\ud83d\\ude00"'), True),
    ("nested 3000 levels", _nested(3000), False),
    ("a lone surrogate 900 levels down", "[" * 900 + '"\\ud800"' + "]" * 900, False),
    ("nested 600 levels (within orjson's limit)", _nested(600), False),
    ("a kept value nested 500 levels", _with('"x": ' + _nested(500)), False),
    ("a kept value nested 65 levels", _with('"x": ' + _nested(66)), False),
    ("a kept value nested 60 levels", _with('"x": ' + _nested(60)), True),
    (
        "an offset beyond 64 bits",
        SEED.replace('"start": 0,', '"start": 99999999999999999999999,', 1),
        False,
    ),
]


def _run(text: str, backend: str, unknown: Any) -> tuple[str, Any]:
    saved = _json.BACKEND
    _json.BACKEND = backend
    try:
        article = iw.from_json(text, unknown=unknown)
        written = iw.to_json(article)
        assert iw.from_json(written, unknown=unknown) == article
        return "accepted", iw.to_dict(article)
    except iw.ValidationError as exc:
        assert exc.problems and all(p.path.startswith("$") for p in exc.problems)
        return "refused", sorted((p.code, p.path) for p in exc.problems)
    finally:
        _json.BACKEND = saved


@pytest.mark.parametrize(("name", "text", "accepted"), CATALOGUE, ids=[c[0] for c in CATALOGUE])
@pytest.mark.parametrize("unknown", ["error", "keep"])
def test_both_backends_agree(name: str, text: str, accepted: bool, unknown: str) -> None:
    fast, plain = _run(text, "orjson", unknown), _run(text, "json", unknown)
    assert fast == plain, name
    if unknown == "keep":
        assert (fast[0] == "accepted") is accepted, (name, fast)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (2**64, "number_range"),
        (-(2**63) - 1, "number_range"),
        (float("nan"), "not_finite"),
        (float("inf"), "not_finite"),
        ("\ud800", "lone_surrogate"),
        ({"\udfff": 1}, "lone_surrogate"),
        ({1: 2}, "wrong_type"),
        ({1, 2}, "wrong_type"),
        (
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
            ],
            "too_deep",
        ),
    ],
)
def test_from_dict_refuses_kept_values_no_backend_can_write(value: Any, code: str) -> None:
    document = iw.to_dict(seed_report())
    document["x"] = value
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(document, unknown="keep")
    assert [(p.code, p.path) for p in info.value.problems] == [(code, "$.x")]
    with pytest.raises(iw.RuleError):
        iw.Span(start=0, end=1, extra={"x": value})  # built in Python: the same rule


def test_a_text_field_with_a_lone_surrogate_is_refused_from_python_too() -> None:
    document = iw.to_dict(seed_report())
    document["quotes"][1]["text"] = "said \ud800"
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(document)
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("lone_surrogate", "$.quotes[1].text")
    ]


class _ClaimsAscii(str):
    """A text that says it is ASCII whatever it holds."""

    def isascii(self) -> bool:
        return True


def test_a_text_that_claims_to_be_ascii_is_still_searched_for_a_lone_surrogate() -> None:
    # The rule skips the search for ASCII texts; it must ask str, not the value.
    with pytest.raises(iw.IraqWithdrawalError, match="lone surrogate"):
        iw.Identifier(scheme="x", value=_ClaimsAscii("a\ud800"))
    with pytest.raises(iw.IraqWithdrawalError, match="lone surrogate"):
        iw.Span(start=0, end=1, extra={"x": _ClaimsAscii("a\ud800")})
    document = iw.to_dict(seed_report())
    document["quotes"][1]["text"] = _ClaimsAscii("said \ud800")
    with pytest.raises(iw.ValidationError):  # from_dict takes exact str only
        iw.from_dict(document)


def test_kept_values_are_copies_in_and_out() -> None:
    document = iw.to_dict(seed_report())
    document["x"] = [1, [2]]
    article = iw.from_dict(document, unknown="keep")
    document["x"][1].append(3)  # the caller's input changes
    out = iw.to_dict(article)
    out["x"][1].append(9)  # the output changes
    assert article.extra["x"] == [1, [2]]


def test_accepted_hostile_articles_pickle_and_deepcopy() -> None:
    for name, text, accepted in CATALOGUE:
        if accepted:
            article = iw.from_json(text, unknown="keep")
            assert pickle.loads(pickle.dumps(article)) == article, name
            assert copy.deepcopy(article) == article, name

"""Label Studio: the labeling config and every exported prediction judged by Label Studio's own
SDK (``label-studio-sdk``'s ``LabelInterface``), round trips up to the reported losses, UTF-16
offsets, re-anchoring on the region's text, and bad input refused with its JSON path."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.bridges.labelstudio import (
    from_label_studio,
    labeling_config,
    read_label_studio,
    to_label_studio,
)
from iraqwithdrawal.examples import EXAMPLES, example

from .bridge_roundtrip import assert_faithful
from .bridge_samples import SAMPLES

sdk = pytest.importorskip(
    "label_studio_sdk.label_interface",
    reason="label-studio-sdk (in the test extra) is not installed: nothing to judge by",
)


@cache
def _interface() -> Any:
    return sdk.LabelInterface(labeling_config())


def _completed(task: dict[str, Any]) -> dict[str, Any]:
    """The task as Label Studio exports it once an annotator accepted the prediction."""
    done = copy.deepcopy(task)
    done["annotations"] = [{"id": 1, "was_cancelled": False, **task["predictions"][0]}]
    return done


def _check(article: iw.Article) -> None:
    conversion = to_label_studio(article)
    task = conversion.document
    assert _interface().validate_prediction(task["predictions"][0], return_errors=True) == []
    back = from_label_studio(_completed(task))
    assert back.losses == ()
    assert_faithful(article, conversion.losses, back.document)


def test_the_config_is_valid_for_label_studio() -> None:
    _interface().validate()  # raises on a config Label Studio refuses
    labels = set(_interface().get_control("label").labels)
    assert {"Person", "Quote", "Withdrawal", "TroopPresence"} <= labels


@pytest.mark.parametrize("name", [*EXAMPLES, *SAMPLES])
def test_round_trip_of_the_examples_and_the_rtl_and_emoji_reports(name: str) -> None:
    _check(example(name) if name in EXAMPLES else SAMPLES[name]())


def test_the_judge_can_fail() -> None:
    task = to_label_studio(SAMPLES["emoji"]()).document
    prediction = copy.deepcopy(task["predictions"][0])
    prediction["result"][0]["value"]["labels"] = ["Tank"]
    prediction["result"].append(
        {"from_id": "n1", "to_id": "nowhere", "type": "relation", "direction": "right"}
    )
    errors = _interface().validate_prediction(prediction, return_errors=True)
    assert len(errors) >= 2, errors


def test_offsets_are_utf16_code_units() -> None:
    article = SAMPLES["emoji"]()
    task = to_label_studio(article).document
    region = next(
        r
        for r in task["predictions"][0]["result"]
        if r.get("value", {}).get("labels") == ["Person"]
    )
    start = article.body.index("Ame\u0301lie")
    assert region["value"]["start"] == len(article.body[:start].encode("utf-16-le")) // 2
    assert region["value"]["start"] > start  # the flags and the emoji count twice


def test_a_region_counted_in_code_points_is_re_anchored_and_reported() -> None:
    article = SAMPLES["emoji"]()
    export = to_label_studio(article)
    task = _completed(export.document)
    index, region = next(
        (i, r)
        for i, r in enumerate(task["annotations"][0]["result"])
        if r.get("value", {}).get("labels") == ["Person"]
    )
    start = article.body.index("Ame\u0301lie")
    region["value"]["start"], region["value"]["end"] = start, start + 14  # code points
    back = from_label_studio(task)
    assert_faithful(article, export.losses, back.document)
    (loss,) = back.losses
    assert loss.kind is iw.standards.LossKind.APPROXIMATED  # type: ignore[attr-defined]
    assert loss.path == f"$.annotations[0].result[{index}].value"


def test_a_completed_annotation_with_a_new_region_and_relation_is_read() -> None:
    body = "Bush said troops will withdraw."
    task = {
        "data": {"text": body, "article_id": "a1", "headline": "h", "language": "en"},
        "annotations": [
            {"was_cancelled": True, "result": []},
            {
                "result": [
                    _label("x1", body, 0, 4, "Person"),
                    _label("x2", body, 10, 30, "Quote"),
                    _label("x3", body, 5, 9, "Cue"),
                    {
                        "from_id": "x2",
                        "to_id": "x1",
                        "type": "relation",
                        "direction": "right",
                        "labels": ["Source"],
                    },
                    {
                        "from_id": "x3",
                        "to_id": "x2",
                        "type": "relation",
                        "direction": "left",
                        "labels": ["Cue"],
                    },
                ]
            },
        ],
    }
    article = read_label_studio([task])[0].document
    (quote,) = article.quotes
    assert quote.attribution.source == article.entities[0].id == "bush"
    assert quote.attribution.cue is not None and quote.attribution.cue.text == "said"
    assert quote.text == "troops will withdraw"


def _label(rid: str, body: str, start: int, end: int, label: str) -> dict[str, Any]:
    return {
        "id": rid,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {"start": start, "end": end, "text": body[start:end], "labels": [label]},
    }


BODY = "Bush said troops will withdraw."
GOOD = [
    _label("a", BODY, 0, 4, "Person"),
    _label("b", BODY, 10, 30, "Quote"),
    {"from_id": "b", "to_id": "a", "type": "relation", "direction": "right", "labels": ["Source"]},
]


def _bad(change: Any) -> list[Any]:
    results = copy.deepcopy(GOOD)
    change(results)
    return results


BAD = [
    (
        lambda r: r[0]["value"].update(labels=["Tank"]),
        "unknown_label",
        "$.annotations[0].result[0]",
    ),
    (lambda r: r[2].update(to_id="zz"), "broken_reference", "$.annotations[0].result[2]"),
    (lambda r: r.append(42), "malformed_result", "$.annotations[0].result[3]"),
    (
        lambda r: r[1]["value"].update(text="retreat", start=10, end=17),
        "text_mismatch",
        "$.annotations[0].result[1].value",
    ),
    (
        lambda r: r[1]["value"].update(start=10, end=90, text=None),
        "offset_out_of_range",
        "$.annotations[0].result[1].value",
    ),
    (
        lambda r: r.append(
            {
                "id": "b",
                "from_name": "mode",
                "to_name": "text",
                "type": "choices",
                "value": {"start": 10, "end": 30, "choices": ["shouted"]},
            }
        ),
        "attribute_value",
        "$.annotations[0].result[1]",
    ),
    (
        lambda r: r[2].update(labels=["Source", "Cue"]),
        "relation_argument",
        "$.annotations[0].result[2]",
    ),
    (lambda r: r[1]["value"].update(start="10"), "offset_type", "$.annotations[0].result[1].value"),
]


def test_good_input_is_read() -> None:
    task = {"data": {"text": BODY}, "annotations": [{"result": GOOD}]}
    conversion = from_label_studio(task)
    assert conversion.document.quotes[0].attribution.source == "bush"
    assert {loss.path for loss in conversion.losses} == {"$.data"}  # no id, headline, language


@pytest.mark.parametrize(("change", "code", "where"), BAD, ids=[b[1] for b in BAD])
def test_bad_input_is_refused_with_its_path(change: Any, code: str, where: str) -> None:
    task = {"data": {"text": BODY}, "annotations": [{"result": _bad(change)}]}
    with pytest.raises(iw.ValidationError) as caught:
        from_label_studio(task)
    assert code in caught.value.codes, str(caught.value)
    assert any(p.path == where for p in caught.value.problems), str(caught.value)


@pytest.mark.parametrize(
    "task",
    [{}, {"data": {"text": 3}}, {"data": {"text": "x"}}, {"data": {"text": "x"}, "annotations": 5}],
    ids=["no-data", "text-not-a-string", "no-annotation", "annotations-not-a-list"],
)
def test_a_broken_task_is_refused(task: dict[str, Any]) -> None:
    with pytest.raises(iw.ValidationError):
        from_label_studio(task)


def test_what_a_region_says_beyond_its_kind_is_reported() -> None:
    results = copy.deepcopy(GOOD)
    note = {"start": 0, "end": 4, "text": ["met him in 2019"]}
    results.append(
        {"id": "a", "from_name": "note", "to_name": "text", "type": "textarea", "value": note}
    )
    conversion = from_label_studio({"data": {"text": BODY}, "annotations": [{"result": results}]})
    assert [(loss.path, loss.kind.value) for loss in conversion.losses][-1] == (
        "$.annotations[0].result[0]",
        "dropped",
    )

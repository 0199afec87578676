"""Property-based round trips for every model and for whole articles, and the JSON backends."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import _json
from iraqwithdrawal.testing import articles, assert_roundtrip

MODELS: list[type[Any]] = [
    iw.Span,
    iw.Cue,
    iw.PartialDate,
    iw.Interval,
    iw.Duration,
    iw.TimeExpression,
    iw.Amount,
    iw.Quantity,
    iw.Attribution,
    iw.Quote,
    iw.Claim,
    iw.Dispute,
    iw.Event,
    iw.MediaItem,
    iw.Person,
    iw.Organization,
    iw.Place,
    iw.AnonymousSource,
    iw.Entity,
    iw.Article,
    iw.Identifier,
    iw.Mention,
    iw.Role,
    iw.Participant,
    iw.Condition,
    iw.EventLink,
    iw.Factuality,
    iw.RelayHop,
    iw.Dateline,
    iw.Contributor,
    iw.BasedOn,
    iw.Correction,
    iw.License,
    iw.Moment,
    iw.Deixis,
    iw.PrintedDate,
    iw.NamedPeriod,
    iw.Fraction,
    iw.Rights,
    iw.Update,
    iw.LiveEntry,
    iw.Genre,
    iw.ArticlePart,
    iw.StanceMarker,
    iw.Relation,
    iw.Communication,
    iw.Document,
    iw.Equipment,
    iw.QuantityPart,
    iw.QuantityLink,
    iw.StatusChange,
    iw.Name,
    iw.Transliteration,
]


def test_every_public_model_is_covered() -> None:
    public = {
        getattr(iw, name)
        for name in iw.__all__
        if isinstance(getattr(iw, name), type)
        and issubclass(getattr(iw, name), iw.Model)
        and getattr(iw, name) not in (iw.Model, iw.TaggedModel)
    }
    assert public <= set(MODELS), public - set(MODELS)


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_model_round_trips(cls: type[Any]) -> None:
    @given(st.from_type(cls))
    def check(obj: Any) -> None:
        assert isinstance(obj, cls)
        assert_roundtrip(obj)

    check()


def _is_json_value(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_json_value(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_json_value(v) for v in value)
    return value is None or type(value) in (str, int, float, bool)


@given(articles())
def test_wire_form_is_plain_json(article: iw.Article) -> None:
    wire = iw.to_dict(article)
    assert _is_json_value(wire)
    assert wire["type"] == "article" and wire["schema_version"] == iw.SCHEMA_VERSION
    assert next(iter(wire)) == "type"


@given(articles())
def test_defaults_are_omitted_and_accepted_when_missing(article: iw.Article) -> None:
    wire = iw.to_dict(article)
    for key in ("entities", "events", "quotes", "claims", "media", "dateline"):
        if not getattr(article, key):
            assert key not in wire


def test_orjson_is_there_to_compare() -> None:
    assert _json._orjson is not None, "install the test extra: orjson is compared with json"


@given(articles())
def test_both_json_backends_write_the_same_value(article: iw.Article) -> None:
    wire = iw.to_dict(article)
    for pretty in (False, True):
        a = _json.dumps(wire, pretty=pretty, backend="json")
        b = _json.dumps(wire, pretty=pretty, backend="orjson")
        assert json.loads(a) == json.loads(b) == wire
    assert _json.loads(a, backend="orjson") == _json.loads(a.encode(), backend="json")


def test_compact_output_is_identical_across_backends_for_the_seed() -> None:
    from iraqwithdrawal.examples import seed_report

    wire = iw.to_dict(seed_report())
    assert _json.dumps(wire, backend="json") == _json.dumps(wire, backend="orjson")
    assert _json.dumps(wire, pretty=True, backend="json") == _json.dumps(
        wire, pretty=True, backend="orjson"
    )


def test_jsonl_lines_are_identical_across_backends_for_the_seed() -> None:
    from iraqwithdrawal.examples import seed_report

    wire = iw.to_dict(seed_report())
    line = _json.dump_line(wire, backend="json")
    assert line == _json.dump_line(wire, backend="orjson")
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert line[:-1].decode("utf-8") == iw.to_json(seed_report())


@given(st.lists(articles(max_entities=3, max_events=2), max_size=4))
def test_jsonl_round_trip(items: list[iw.Article]) -> None:
    text = io.StringIO()
    assert iw.write_jsonl(items, text) == len(items)
    assert text.getvalue().count("\n") == len(items)
    assert list(iw.iter_jsonl(io.StringIO(text.getvalue()))) == items
    raw = io.BytesIO()
    iw.write_jsonl(items, raw)
    assert list(iw.iter_jsonl(io.BytesIO(raw.getvalue()))) == items


def test_jsonl_reads_lazily_and_names_the_bad_line(tmp_path: Any) -> None:
    from iraqwithdrawal.examples import seed_report

    path = tmp_path / "reports.jsonl"
    good = iw.to_json(seed_report())
    path.write_text(good + "\n\n" + good + '\n{"headline": 1}\n', encoding="utf-8")
    reader = iw.iter_jsonl(path)
    assert next(reader) == seed_report()
    assert next(reader) == seed_report()
    with pytest.raises(iw.ValidationError) as info:
        next(reader)
    assert str(info.value).startswith(f"{path}:4: ")


def test_jsonl_stream_is_generated_one_line_at_a_time() -> None:
    from iraqwithdrawal.examples import seed_report

    line = iw.to_json(seed_report()) + "\n"
    consumed = []

    def lines() -> Any:
        for i in range(3):
            consumed.append(i)
            yield line

    reader = iw.iter_jsonl(lines())  # type: ignore[arg-type]
    next(reader)
    assert consumed == [0]


def test_lenient_mode_keeps_unknown_fields_and_tags() -> None:
    from iraqwithdrawal.examples import seed_report

    wire = iw.to_dict(seed_report())
    wire["x_newsroom"] = {"desk": "world", "tags": [1, 2]}
    wire["quotes"][0]["x_confidence"] = 0.9
    wire["entities"].append(
        {"type": "humvee_unregistered", "id": "humvee-1", "wheels": 4, "aliases": ["Humvee"]}
    )
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(wire)
    assert {p.path for p in info.value.problems} == {
        "$.x_newsroom",
        "$.quotes[0].x_confidence",
        f"$.entities[{len(wire['entities']) - 1}].type",
    }
    kept = iw.from_dict(wire, unknown="keep")
    assert kept.extra == {"x_newsroom": {"desk": "world", "tags": [1, 2]}}
    vehicle = kept.entities[-1]
    assert type(vehicle) is iw.Entity and vehicle.aliases == ("Humvee",)
    assert vehicle.extra == {"type": "humvee_unregistered", "wheels": 4}
    assert iw.to_dict(kept) == wire
    assert json.loads(iw.to_json(kept)) == wire


def test_converters_are_independent_of_the_global_one() -> None:
    import cattrs

    assert iw.get_converter() is iw.get_converter()
    assert iw.get_converter() is not cattrs.global_converter
    mine = iw.make_converter()
    assert iw.to_dict(iw.Span(start=0, end=1), converter=mine) == {"start": 0, "end": 1}
    with pytest.raises(ValueError):
        iw.make_converter(unknown="ignore")  # type: ignore[arg-type]


def test_a_missing_tag_means_the_declared_class_except_for_entities() -> None:
    event = {"id": "e1", "event_type": "statement"}
    assert iw.from_dict(event, iw.Event) == iw.Event(id="e1", event_type="statement")
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict({"id": "p1", "name": "A"}, iw.Entity)
    assert [(p.path, p.code) for p in info.value.problems] == [("$.type", "missing_type")]


@pytest.mark.slow  # a subprocess or a cluster: seconds, not milliseconds
def test_hypothesis_finds_the_strategies_through_its_entry_point() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from hypothesis import strategies as st\n"
        "import iraqwithdrawal as iw\n"
        "assert 'iraqwithdrawal.testing' in sys.modules\n"
        "print(type(st.from_type(iw.Article).example()).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Article"


@given(articles())
def test_articles_pickle_copy_and_hash(article: iw.Article) -> None:
    import copy
    import pickle

    again = pickle.loads(pickle.dumps(article))
    assert again == article and hash(again) == hash(article)
    assert copy.deepcopy(article) == article
    loaded = iw.from_json(iw.to_json(article))
    assert pickle.loads(pickle.dumps(loaded)) == loaded
    assert loaded.extra is pickle.loads(pickle.dumps(loaded)).extra

"""PLOVER records, judged by the PLOVER manual (its tables, and which fields it requires) and
by the CAMEO→PLOVER table: the exporter parses the table the package ships, and this file
parses the same copy by its own reading, so the two must agree."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import attrs
import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example, seed_report
from iraqwithdrawal.extend import EventType, Severity
from iraqwithdrawal.standards import PLOVER_FIELDS, QUAD_CODES, LossKind, to_plover
from iraqwithdrawal.testing import articles, isolated_registries

from ._paths import DATA

#: The manual's auxiliary modes, written in ``context`` beside the table's contexts.
AUXILIARY = {"future", "negation"}


def cameo_table_text() -> str:
    """The CAMEO-to-PLOVER table, read from the one copy the package ships."""
    path = resources.files("iraqwithdrawal.standards") / "data/plover/CAMEO2PLOVER-2021.txt"
    return path.read_text(encoding="utf-8")


@cache
def cameo_table() -> dict[str, tuple[str, str | None, frozenset[str]] | None]:
    """CAMEO code → (category, mode, contexts), ``None`` for a code given two codings. Read
    with its own rules: strip the ``#`` note, split the cells on commas and the contexts on
    semicolons."""
    table: dict[str, tuple[str, str | None, frozenset[str]] | None] = {}
    for line in cameo_table_text().splitlines():
        code, colon, rest = line.partition(":")
        if not colon or not code.strip().isdigit():
            continue
        cells = rest.split("#", 1)[0].split(",")
        category = cells[0].strip()
        mode = cells[1].strip() if len(cells) > 1 and cells[1].strip() else None
        contexts = frozenset(
            c.strip() for c in (cells[2] if len(cells) > 2 else "").split(";") if c.strip()
        )
        coding = (category, mode, contexts)
        key = code.strip()
        table[key] = coding if table.get(key, coding) == coding else None
    return table


def test_the_table_is_read_whole() -> None:
    table = cameo_table()
    rows = [ln for ln in cameo_table_text().splitlines() if re.match(r"\d+:", ln)]
    assert len(rows) == 276 and len(table) == 274  # 175 twice alike, 08 twice unlike
    assert table["08"] is None
    assert table["0874"] == ("RETREAT", "disarm", frozenset({"military"}))
    assert table["1121"] == ("ACCUSE", "allege", frozenset({"crime", "corruption"}))
    assert table["03"] == ("AGREE", None, frozenset())


@cache
def _plover_vocabulary() -> tuple[set[str], set[str]]:
    """Event categories and modes of the gold-standard records and of the CAMEO→PLOVER
    table."""
    records = json.loads((DATA / "plover/PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    categories = {r["event"] for r in records}
    modes = {r["mode"] for r in records if r.get("mode")}
    for coding in cameo_table().values():
        if coding is not None:
            categories.add(coding[0])
            if coding[1]:
                modes.add(coding[1])
    return categories, modes


@cache
def _manual_tables() -> dict[str, dict[str, bool]]:
    """Each table of the PLOVER manual (tests/data/plover), by caption: its field names, and
    for each whether its last column says it is required (``Y``)."""
    tex = (DATA / "plover/PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    tables: dict[str, dict[str, bool]] = {}
    for match in re.finditer(
        r"\\caption\{([^}]*)\}((?:(?!\\caption).)*?)\\end\{tabular\}", tex, re.S
    ):
        names: dict[str, bool] = {}
        for row in match[2].split("\\\\"):
            cells = [c.replace("\\hline", "").strip() for c in row.split("&")]
            if len(cells) > 1 and re.fullmatch(r"[a-z\\_]+", cells[0]):
                names[cells[0].replace("\\_", "_")] = cells[-1] == "Y"
        tables[match[1].strip()] = names
    return tables


def _table(prefix: str) -> dict[str, bool]:
    return next(names for caption, names in _manual_tables().items() if caption.startswith(prefix))


def test_the_manual_tables_are_read() -> None:
    json_table = _table("PLOVER JSON")
    assert {"id", "date", "actor", "recipient", "event", "event_loc"} <= set(json_table)
    assert PLOVER_FIELDS == set(json_table)
    assert {name for name, required in json_table.items() if required} == {
        "id",
        "date",
        "actor",
        "event",
    }
    assert "entity_text" in _table("Information object for entities")


def _check_plover(records: list[dict[str, Any]]) -> None:
    """Every record as the manual and the table ask."""
    categories, modes = _plover_vocabulary()
    required = {name for name, needed in _table("PLOVER JSON").items() if needed}
    for record in records:
        # "cameo" is our added field: the manual invites coders to add fields.
        assert set(record) - {"cameo"} <= set(_table("PLOVER JSON")), record
        for name in required:
            assert record.get(name), (name, record)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"]), record
        if "enddate" in record:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["enddate"]), record
        assert set(record["event"]) <= categories
        assert set(record.get("mode", [])) <= modes
        assert record["quad_code"] == _manual_quads()[record["event"][0]], record
        code = record.get("cameo")
        if code is not None and cameo_table().get(code) is not None:
            category, mode, contexts = cameo_table()[code]  # type: ignore[misc]
            assert record["event"] == [category], record
            assert record.get("mode") == ([mode] if mode else None), record
            assert set(record.get("context", [])) - AUXILIARY == contexts, record
        for actor in record["actor"] + record.get("recipient", []):
            assert set(actor) <= set(_table("Information object for entities")), actor
        assert set(record.get("event_loc", {})) <= set(_table("Location object"))
        assert set(record.get("text_info", {})) <= set(_table("Information object for text"))
        assert set(record.get("cite_info", {})) <= set(_table("Information object for citations"))
        if "text_info" in record:
            assert record["text_info"]["start"] <= record["text_info"]["end"]


DAY = iw.TimeExpression(date=iw.PartialDate(year=2021, month=12, day=22))


def _recordable(article: iw.Article, event_id: str, **changes: Any) -> iw.Article:
    """``article`` with the event given a whole stated day and, if it has none, an agent
    (the first entity that is a person or an organisation), plus ``changes``."""
    events = list(article.events)
    index = next(i for i, e in enumerate(events) if e.id == event_id)
    event = attrs.evolve(events[index], time=DAY, **changes)
    if not any(p.role is iw.ParticipantRole.AGENT for p in event.participants):
        agent = next(e for e in article.entities if isinstance(e, (iw.Person, iw.Organization)))
        agent_role = iw.Participant(entity=agent.id, role=iw.ParticipantRole.AGENT)
        event = attrs.evolve(event, participants=(*event.participants, agent_role))
    events[index] = event
    return attrs.evolve(article, events=tuple(events))


def _every_event_dated(article: iw.Article) -> iw.Article:
    """``article`` with every event made recordable (a whole day, an agent)."""
    for event in article.events:
        article = _recordable(article, event.id)
    return article


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_record_of_every_example_is_complete_and_follows_the_table(name: str) -> None:
    article = example(name)
    for version in (article, _every_event_dated(article)):
        assert [p for p in iw.validate(version) if p.severity is Severity.ERROR] == []
        conversion = to_plover(version)
        _check_plover(conversion.document)
        written = {r["id"] for r in conversion.document}
        for index, event in enumerate(version.events):
            if f"{version.id}-{event.id}" not in written:
                # An event left out is reported whole, with the reason.
                loss = conversion.lost(f"$.events[{index}]")
                assert loss is not None and loss.kind is LossKind.DROPPED, event.id


def test_every_example_has_records_once_its_events_state_a_day() -> None:
    written = sum(len(to_plover(_every_event_dated(example(n))).document) for n in EXAMPLES)
    assert written >= 10


@given(articles())
def test_generated_plover_records(article: iw.Article) -> None:
    _check_plover(to_plover(article).document)


def test_the_seed_writes_no_incomplete_record() -> None:
    """In the canonical report no event with a PLOVER category states a whole day, so no
    record is written, and each is reported with what it lacks."""
    conversion = to_plover(seed_report())
    assert conversion.document == []
    by_path = {loss.path: loss.message for loss in conversion.dropped}
    # The withdrawal completed "by December 22, 2021": a bound, not a day; and no agent.
    done = by_path["$.events[13]"]
    assert "requires a date" in done and "'../2021-12-22'" in done and "an actor" in done
    assert "requires a date" in by_path["$.events[15]"]  # "In February": no year, no day
    assert "an actor" not in by_path["$.events[15]"]  # the criticism has its agent
    assert "proposed" in by_path["$.events[2]"]  # nobody did it
    assert "no PLOVER category" in by_path["$.events[5]"]  # troop presence


def test_a_withdrawal_follows_the_table_and_reports_what_its_type_declares() -> None:
    article = _recordable(seed_report(), "ev-withdrawal-2021")
    conversion = to_plover(article)
    (record,) = [r for r in conversion.document if r["id"].endswith("ev-withdrawal-2021")]
    assert record["event"] == ["RETREAT"] and record["cameo"] == "0874"
    assert record["mode"] == ["disarm"] and record["context"] == ["military"]
    assert record["date"] == "2021-12-22"
    index = next(i for i, e in enumerate(article.events) if e.id == "ev-withdrawal-2021")
    loss = conversion.lost(f"$.events[{index}].event_type")
    assert loss is not None and loss.kind is LossKind.APPROXIMATED
    assert "'withdraw'" in loss.message and "'disarm'" in loss.message
    _check_plover(conversion.document)


def test_planned_retreats_are_concessions_and_keep_the_table_context() -> None:
    article = seed_report()
    for ident in ("ev-partial-withdrawal", "ev-complete-withdrawal-target"):
        article = _recordable(article, ident)
    by_id = {r["id"].rsplit("-ev-", 1)[1]: r for r in to_plover(article).document}
    for planned in ("partial-withdrawal", "complete-withdrawal-target"):
        record = by_id[planned]
        assert record["event"] == ["CONCEDE"] and "cameo" not in record and "mode" not in record
        assert record["context"] == ["military"]


def test_a_type_without_a_table_code_keeps_what_it_declares() -> None:
    with isolated_registries():
        iw.register_event_type(
            EventType(name="sit_in_test", label="Sit-in", plover="PROTEST", plover_mode="demo")
        )
        article = seed_report()
        events = (*article.events, iw.Event(id="ev-sit-in", event_type="sit_in_test"))
        article = _recordable(attrs.evolve(article, events=events), "ev-sit-in")
        (record,) = [r for r in to_plover(article).document if r["id"].endswith("ev-sit-in")]
        assert record["event"] == ["PROTEST"] and record["mode"] == ["demo"]
        assert "cameo" not in record and "context" not in record


@pytest.mark.parametrize(
    ("time", "says"),
    [
        (iw.TimeExpression(date=iw.PartialDate(year=2021)), "'2021'"),
        (iw.TimeExpression(date=iw.PartialDate(year=2021, month=12)), "'2021-12'"),
        (iw.TimeExpression(date=iw.PartialDate(month=12, day=22)), "'XXXX-12-22'"),
        (
            iw.TimeExpression(date=iw.PartialDate(year=2021, month=12, day=22, approximate=True)),
            "~",
        ),
        (None, "no time"),
    ],
)
def test_a_time_that_is_not_a_whole_day_leaves_the_record_out(
    time: iw.TimeExpression | None, says: str
) -> None:
    article = _recordable(seed_report(), "ev-rasul-criticism")
    index = next(i for i, e in enumerate(article.events) if e.id == "ev-rasul-criticism")
    events = list(article.events)
    events[index] = attrs.evolve(events[index], time=time)
    conversion = to_plover(attrs.evolve(article, events=tuple(events)))
    assert not any(r["id"].endswith("ev-rasul-criticism") for r in conversion.document)
    loss = conversion.lost(f"$.events[{index}]")
    assert loss is not None and "requires a date" in loss.message and says in loss.message


def test_a_stated_day_becomes_the_plover_date() -> None:
    article = _recordable(seed_report(), "ev-rasul-criticism")
    (record,) = to_plover(article).document
    assert record["date"] == "2021-12-22"
    assert record["event"] == ["ACCUSE"] and record["mode"] == ["disapprove"]
    assert record["cameo"] == "111" and "context" not in record


def test_plover_text_is_one_range_whatever_the_order_of_the_spans() -> None:
    article = seed_report()
    late = iw.Span(
        start=article.body.index("military advisers"),
        end=article.body.index("military advisers") + 8,
    )
    early = iw.Span(start=0, end=3)
    article = _recordable(article, "ev-withdrawal-2021", spans=(late, early))
    records = to_plover(article).document
    record = next(r for r in records if r["id"].endswith("ev-withdrawal-2021"))
    assert record["text_info"] == {"start": 0, "end": late.end}
    assert record["text"] == article.body[: late.end]


def test_plover_future_and_negated_events() -> None:
    negated = iw.Factuality(polarity=iw.Polarity.NEGATIVE)
    article = _recordable(seed_report(), "ev-withdrawal-2021", factuality=negated)
    article = _recordable(article, "ev-talks", status=iw.EventStatus.PLANNED)
    article = _recordable(article, "ev-rasul-criticism", status=iw.EventStatus.PLANNED)
    conversion = to_plover(article)
    by_id = {r["id"].rsplit("-ev-", 1)[1]: r for r in conversion.document}
    assert by_id["withdrawal-2021"]["context"] == ["military", "negation"]
    # A planned consultation is the manual's AGREE; a planned accusation stays an accusation
    # with the auxiliary mode "future".
    assert by_id["talks"]["event"] == ["AGREE"] and by_id["talks"]["context"] == ["diplomatic"]
    assert by_id["rasul-criticism"]["event"] == ["ACCUSE"]
    assert by_id["rasul-criticism"]["context"] == ["future"]
    _check_plover(conversion.document)


def test_an_event_type_this_process_does_not_know_is_left_out_and_reported() -> None:
    doc = iw.to_dict(_recordable(seed_report(), "ev-rasul-criticism"))
    index = next(i for i, e in enumerate(doc["events"]) if e["id"] == "ev-rasul-criticism")
    doc["events"][index]["event_type"] = "drone_strike"
    conversion = to_plover(iw.from_dict(doc, unknown="keep"))
    assert conversion.document == []
    loss = conversion.lost(f"$.events[{index}]")
    assert loss is not None and "'drone_strike' is not registered" in loss.message


def test_every_code_of_the_table_is_coded_as_the_table_says() -> None:
    """An event type for each CAMEO code of the table, recorded: category, mode and contexts
    as this file's own reading of the table gives them (a code the table codes twice
    differently falls back to what the type declares)."""
    body = "The ministry acted."
    with isolated_registries():
        for n, (code, coding) in enumerate(sorted(cameo_table().items())):
            term = EventType(name=f"coded_{n}_test", label=f"Code {code}", cameo=code)
            iw.register_event_type(term)
            article = iw.Article(
                id="a",
                headline="H",
                language="en",
                body=body,
                entities=[iw.Organization(id="ministry", name="Ministry")],
                events=[
                    iw.Event(
                        id="e",
                        event_type=term.name,
                        time=DAY,
                        participants=[
                            iw.Participant(entity="ministry", role=iw.ParticipantRole.AGENT)
                        ],
                    )
                ],
            )
            conversion = to_plover(article)
            if coding is None:  # no one coding, and the type declares no category
                assert conversion.document == [] and conversion.lost("$.events[0]"), code
                continue
            (record,) = conversion.document
            _check_plover([record])
            assert record["cameo"] == code and record["event"] == [coding[0]], code


@cache
def _manual_quads() -> dict[str, int]:
    """The manual's table "Quad categories in PLOVER": category to its quad number."""
    tex = (DATA / "plover/PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    table = tex.split(r"\caption{Quad categories in PLOVER}", 1)[1].split(r"\end{tabular}")[0]
    quads = {}
    for row in table.split("\\\\"):
        cells = [c.replace("\\hline", "").strip() for c in row.split("&")]
        if len(cells) == 3 and cells[2].isdigit():
            for category in cells[1].split(","):
                quads[category.strip()] = int(cells[2])
    return quads


def test_quad_codes_are_the_manuals() -> None:
    assert len(_manual_quads()) == 16
    for category, quad in _manual_quads().items():
        assert QUAD_CODES[category] == quad, category
    # Every category the table codes has its quad.
    for coding in cameo_table().values():
        if coding is not None:
            assert coding[0] in _manual_quads(), coding

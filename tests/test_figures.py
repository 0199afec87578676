"""Figures as reported and events with names and histories: a total that its parts do not add
up to is a warning at its path, and only then; a quantity needs a number, a fraction, parts
or a total it is part of; term fields refuse unknown terms on a strict load; movement roles
are participant roles that the builder takes and PLOVER reports as losses."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal._totals import summed_parts
from iraqwithdrawal.builder import ArticleBuilder
from iraqwithdrawal.standards import to_plover

COUNTS = st.integers(min_value=0, max_value=10**6)


def _article(*quantities: iw.Quantity, **event: Any) -> iw.Article:
    return iw.Article(
        id="a",
        headline="h",
        language="en",
        body="",
        entities=[iw.Place(id="p1", name="Erbil"), iw.Place(id="p2", name="Baghdad")],
        events=[iw.Event(id="e", event_type="troop_presence", quantities=quantities, **event)],
    )


def _table(rows: list[tuple[int, int]], totals: tuple[int, int]) -> iw.Quantity:
    """Rows of two columns, then a total row."""
    parts = []
    for r, values in enumerate([*rows, totals]):
        for column, value in zip(("July", "December"), values, strict=True):
            parts.append(
                iw.QuantityPart(
                    label="total" if r == len(rows) else None,
                    row="Total" if r == len(rows) else f"row {r}",
                    column=column,
                    amount=iw.Amount(value=value),
                )
            )
    return iw.Quantity(counted="soldiers", parts=parts)


@given(st.lists(st.tuples(COUNTS, COUNTS), min_size=1, max_size=5), COUNTS, COUNTS)
def test_a_total_row_is_checked_column_by_column(
    rows: list[tuple[int, int]], off_a: int, off_b: int
) -> None:
    sums = (sum(r[0] for r in rows), sum(r[1] for r in rows))
    good = iw.validate(_article(_table(rows, sums)))
    assert [p for p in good if p.code == "total_mismatch"] == []
    stated = (sums[0] + off_a, sums[1] + off_b)
    found = {
        (p.path, p.severity, p.value)
        for p in iw.validate(_article(_table(rows, stated)))
        if p.code == "total_mismatch"
    }
    first = 2 * len(rows)  # the total row's parts come last
    expected = {
        (f"$.events[0].quantities[0].parts[{first + i}].amount.value", iw.Severity.WARNING, v)
        for i, (v, off) in enumerate(zip(stated, (off_a, off_b), strict=True))
        if off
    }
    assert found == expected


@given(st.lists(COUNTS, min_size=2, max_size=6))
def test_a_total_column_sums_its_row(values: list[int]) -> None:
    parts = [
        iw.QuantityPart(row="Erbil", column=f"c{i}", amount=iw.Amount(value=v))
        for i, v in enumerate(values)
    ]
    total = iw.QuantityPart(
        label="total", row="Erbil", column="all", amount=iw.Amount(value=sum(values))
    )
    assert summed_parts((*parts, total), len(parts)) == list(range(len(parts)))
    quantity = iw.Quantity(counted="soldiers", parts=[*parts, total])
    assert [p for p in iw.validate(_article(quantity)) if p.code == "total_mismatch"] == []


def test_an_approximate_part_is_not_summed() -> None:
    parts = [
        iw.QuantityPart(amount=iw.Amount(value=200, qualifier=iw.QuantityQualifier.ABOUT)),
        iw.QuantityPart(amount=iw.Amount(value=90)),
        iw.QuantityPart(label="total", amount=iw.Amount(value=1000)),
    ]
    quantity = iw.Quantity(counted="soldiers", parts=parts)
    assert [p for p in iw.validate(_article(quantity)) if p.code == "total_mismatch"] == []


def test_a_quantity_needs_a_number_parts_or_a_whole() -> None:
    with pytest.raises(iw.IraqWithdrawalError, match="part_of"):
        iw.Quantity(counted="troops")
    some = iw.Quantity(part_of="q-all", counted="troops")  # "some of them"
    assert some.amount is None and some.part_of == "q-all"
    wire = iw.to_dict(_article(iw.Quantity(id="q-all", amount=iw.Amount(value=3000), counted="t")))
    wire["events"][0]["quantities"].append({"counted": "troops"})
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(wire)
    assert [p.path for p in caught.value.problems] == ["$.events[0].quantities[1]"]


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("quantities", 0, "unit"), "furlong"),
        (("quantities", 0, "qualifiers"), ["apex"]),
        (("quantities", 0, "links"), [{"relation": "guesses", "target": "q"}]),
        (("quantities", 0, "parts"), [{"label": "maybe", "amount": {"value": 1}}]),
        (("step",), "lap"),
        (("participants",), [{"entity": "p1", "role": "stowaway"}]),
    ],
)
def test_an_unregistered_term_is_refused_with_its_path(where: tuple[Any, ...], value: Any) -> None:
    wire = iw.to_dict(_article(iw.Quantity(id="q", amount=iw.Amount(value=1), counted="t")))
    node = wire["events"][0]
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = value
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(wire)
    assert {p.code for p in caught.value.problems} == {"unknown_term"}
    kept = iw.from_dict(wire, unknown="keep")
    assert any(p.code == "unknown_term" for p in iw.validate(kept))


@given(st.integers(min_value=-(2**63), max_value=0))  # beyond 64 bits: number_range
def test_an_ordinal_counts_from_one(ordinal: int) -> None:
    wire = iw.to_dict(_article())
    wire["events"][0]["ordinal"] = ordinal
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(wire)
    assert [(p.path, p.code) for p in caught.value.problems] == [
        ("$.events[0].ordinal", "not_positive")
    ]


def test_names_histories_and_series_round_trip() -> None:
    article = _article(
        iw.Quantity(
            id="q-now",
            amount=iw.Amount(value=60, qualifier=iw.QuantityQualifier.MORE_THAN),
            unit="percent",
            qualifiers=["maximum", "estimate"],
            counted="forces",
            links=[iw.QuantityLink(relation="revises", target="q-then")],
        ),
        iw.Quantity(id="q-then", amount=iw.Amount(value=50), unit="percent", counted="forces"),
        name="Operation Example",
        aliases=["the operation"],
        quoted=True,
        identifiers=[iw.Identifier(scheme="un", value="2817")],
        status=iw.EventStatus.ONGOING,
        status_history=[
            iw.StatusChange(
                status=iw.EventStatus.EXPECTED,
                time=iw.TimeExpression(date=iw.PartialDate(year=2025, month=9)),
            )
        ],
        ordinal=2,
        last=True,
        step="extension",
        in_steps="stage",
    )
    assert iw.validate(article) == []
    assert iw.from_json(iw.to_json(article)) == article
    loaded = iw.from_json(iw.to_json(article)).events[0]
    assert loaded.status_history[0].time.date.year == 2025
    assert loaded.quantities[0].links[0].target == "q-then"


def test_a_link_to_a_missing_figure_is_a_reference_error() -> None:
    quantity = iw.Quantity(
        amount=iw.Amount(value=1),
        counted="t",
        links=[iw.QuantityLink(relation="corrects", target="nowhere")],
    )
    problems = iw.validate(_article(quantity))
    assert [p.path for p in problems if p.severity is iw.Severity.ERROR] == [
        "$.events[0].quantities[0].links[0].target"
    ]


def test_movement_roles_through_the_builder_and_into_plover() -> None:
    b = ArticleBuilder(headline="h", body="The convoy left Victory for Erbil.", language="en")
    base = b.new(iw.Place, id="victory", name="Victory")
    erbil = b.new(iw.Place, id="erbil", name="Erbil")
    army = b.new(iw.Organization, id="army", name="Army")
    event = b.new(
        iw.Event,
        id="move",
        event_type="withdrawal",
        status=iw.EventStatus.COMPLETED,
        time=iw.TimeExpression(date=iw.PartialDate(year=2026, month=11, day=29)),
        agent=army,
        origin=base,
        destination=erbil,
    )
    assert [(p.role, p.entity) for p in event.participants] == [
        ("agent", "army"),
        ("origin", "victory"),
        ("destination", "erbil"),
    ]
    article = b.build(id="a")
    assert iw.validate(article) == []
    conversion = to_plover(article)
    assert len(conversion.document) == 1
    assert conversion.lost("$.events[0].participants") is not None
    # A legacy constant is held as its term.
    assert iw.Participant(entity="x", role=iw.ParticipantRole.ROUTE).role == "route"


def test_a_named_event_in_a_series_reads_back_from_schema_org() -> None:
    from iraqwithdrawal.bridges.jsonld import from_schemaorg
    from iraqwithdrawal.standards import to_schemaorg

    article = _article(
        name="Strategic Framework Agreement",
        aliases=["SFA"],
        identifiers=[iw.Identifier(scheme="treaty", value="2008-11")],
        series="e",
    )
    export = to_schemaorg(article)
    (node,) = [n for n in export.document["about"] if n.get("@type") == "Event"]
    assert node["name"] == "Strategic Framework Agreement"
    assert node["identifier"] == [
        {"@type": "PropertyValue", "propertyID": "treaty", "value": "2008-11"}
    ]
    back = from_schemaorg(export.document).document.events[0]
    assert (back.name, back.aliases, back.identifiers, back.series, back.summary) == (
        "Strategic Framework Agreement",
        ("SFA",),
        (iw.Identifier(scheme="treaty", value="2008-11"),),
        "e",
        None,
    )


@pytest.mark.parametrize("off", [0, 7])
def test_a_loaded_document_checks_its_totals_from_the_loaders_notes(off: int) -> None:
    """A document read from JSON is checked from what its loaders noted (no walk): a total
    that does not add up is still reported, at its path, and one that does costs nothing."""
    text = iw.to_json(_article(_table([(210, 160), (90, 70)], (300 + off, 230))))
    report: list[iw.Problem] = []
    iw.from_json(text, report=report)
    found = [(p.code, p.path) for p in report if p.code == "total_mismatch"]
    assert found == (
        [("total_mismatch", "$.events[0].quantities[0].parts[4].amount.value")] if off else []
    )

"""Amounts, fractions, attributions (with their relays) and quantities."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from ...models import (
    Amount,
    Attribution,
    AttributionMode,
    Fraction,
    Quantity,
    QuantityQualifier,
    RelayHop,
)
from ...models.quantity import MAGNITUDES
from ._anchors import cues, factualities_in, spans_in
from ._core import build, opt, pick, texts
from ._time import time_expressions


@st.composite
def fractions(draw: st.DrawFn) -> Fraction:
    denominator = draw(st.integers(1, 100))
    return Fraction(
        numerator=draw(st.integers(1, denominator)),
        denominator=denominator,
        approximate=draw(st.booleans()),
    )


@st.composite
def amounts(draw: st.DrawFn) -> Amount:
    number = st.integers(0, 10**7) | st.floats(0, 1e7, allow_nan=False, allow_infinity=False)
    shape = draw(st.sampled_from(["value", "range", "magnitude"]))
    if shape == "magnitude":
        return Amount(qualifier=draw(st.sampled_from(sorted(MAGNITUDES, key=str))))
    qualifier = draw(st.sampled_from([q for q in QuantityQualifier if q not in MAGNITUDES]))
    if shape == "value":
        return Amount(value=draw(number), qualifier=qualifier)
    low, high = draw(opt(number)), draw(opt(number))
    if low is None and high is None:
        low = draw(number)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Amount(low=low, high=high, qualifier=qualifier)


@st.composite
def relays(
    draw: st.DrawFn, body: str | None, pool: Sequence[str], exclude: str | None
) -> tuple[RelayHop, ...]:
    choices = [i for i in pool if i != exclude]
    if not choices:
        return ()
    vias = draw(st.lists(st.sampled_from(choices), unique=True, max_size=3))
    return tuple(
        draw(
            build(
                RelayHop,
                via=via,
                cue=draw(opt(cues(body))),
                time=draw(opt(time_expressions(body))),
                spans=draw(spans_in(body, 1)),
            )
        )
        for via in vias
    )


@st.composite
def attributions(
    draw: st.DrawFn,
    body: str | None = None,
    speakers: Sequence[str] = (),
    entity_ids: Sequence[str] = (),
    mode: AttributionMode | None = None,
    id_: str | None = None,
) -> Attribution:
    """Attributions whose source is one of ``speakers`` and whose relay passes through
    ``entity_ids`` without returning to any of them."""
    source = draw(pick(speakers))
    joint = (
        tuple(
            draw(
                st.lists(
                    st.sampled_from([s for s in speakers if s != source]), unique=True, max_size=2
                )
            )
        )
        if len(speakers) > 1
        else ()
    )
    factuality = draw(opt(factualities_in(body)))
    return draw(
        build(
            Attribution,
            id=id_,
            source=source,
            joint_with=joint,
            cue=draw(opt(cues(body))),
            recipient=draw(pick(entity_ids)),
            mode=mode if mode is not None else draw(opt(st.sampled_from(AttributionMode))),
            relay=draw(relays(body, entity_ids, source)),
            time=draw(opt(time_expressions(body))),
            factuality=factuality,
            shared=None,
            spans=draw(spans_in(body, 1)),
        )
    )


@st.composite
def quantities(
    draw: st.DrawFn,
    body: str | None = None,
    entity_ids: Sequence[str] = (),
    speakers: Sequence[str] = (),
    id_: str | None = None,
) -> Quantity:
    return draw(
        build(
            Quantity,
            id=id_,
            amount=draw(amounts()),
            counted=draw(texts(max_size=20)),
            of=draw(pick(entity_ids)),
            as_of=draw(opt(time_expressions(body))),
            previous=draw(opt(amounts())),
            fraction=None,
            part_of=None,
            text=draw(opt(texts(max_size=20))),
            spans=draw(spans_in(body, 1)),
            attribution=draw(opt(attributions(body, speakers, entity_ids))),
        )
    )

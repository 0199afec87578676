"""Extending the models from outside the package: subclasses, new tags, new event types."""

from __future__ import annotations

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.testing import assert_roundtrip

from .downstream_ext import SIGNING, ScoredEvent, Vehicle, install

install()


def _article() -> iw.Article:
    body = "The treaty was signed. A convoy of trucks left."
    return iw.Article(
        id="ext-1",
        headline="Treaty signed",
        language="en",
        body=body,
        entities=[
            Vehicle(
                id="truck-1",
                name="truck",
                wheels=6,
                mentions=[iw.Mention(span=iw.Span(start=33, end=39))],
            )
        ],
        events=[
            ScoredEvent(
                id="e-sign",
                event_type="treaty_signing",
                confidence=0.9,
                model="m1",
                status=iw.EventStatus.COMPLETED,
            ),
            iw.Event(
                id="e-leave",
                event_type="withdrawal",
                participants=[iw.Participant(entity="truck-1", role=iw.ParticipantRole.THEME)],
                time=iw.TimeExpression(
                    relation=iw.TimeRelation.WITHIN,
                    offset=iw.Duration(value=135, unit=iw.DurationUnit.DAY),
                    relative_to="e-sign",
                    text="within 135 days of the signing",
                ),
            ),
        ],
    )


def test_extension_round_trips_through_the_public_functions() -> None:
    article = _article()
    assert iw.validate(article) == []
    assert_roundtrip(article)
    wire = iw.to_dict(article)
    assert wire["events"][0]["type"] == "scored_event"
    assert wire["events"][0]["confidence"] == 0.9
    assert wire["entities"][0] == {
        "type": "vehicle",
        "id": "truck-1",
        "name": "truck",
        "wheels": 6,
        "mentions": [{"span": {"start": 33, "end": 39}}],
    }
    again = iw.from_json(iw.to_json(article))
    assert type(again.events[0]) is ScoredEvent and type(again.entities[0]) is Vehicle


def test_extension_is_validated_like_the_rest() -> None:
    wire = iw.to_dict(_article())
    wire["events"][0]["confidence"] = "high"
    wire["entities"][0]["type"] = "event"
    with pytest.raises(iw.ValidationError) as info:
        iw.from_dict(wire)
    found = {(p.path, p.code) for p in info.value.problems}
    assert ("$.events[0].confidence", "wrong_type") in found
    assert ("$.entities[0].type", "wrong_kind") in found


def test_registering_twice_is_an_error() -> None:
    with pytest.raises(iw.RegistryError):
        iw.register_type("vehicle", Vehicle)
    with pytest.raises(iw.RegistryError):
        iw.register_type("event", Vehicle)
    assert iw.register_event_type(SIGNING) is SIGNING  # identical again: harmless
    with pytest.raises(iw.RegistryError) as info:
        iw.register_event_type(attrs.evolve(SIGNING, cameo="0571"))
    assert str(info.value) == (
        f"event type 'treaty_signing' is already registered as {SIGNING!r}; the new definition "
        f"{attrs.evolve(SIGNING, cameo='0571')!r} conflicts with it (cameo: '057' != '0571')"
    )
    with pytest.raises(iw.RegistryError):
        iw.register_type("Bad Tag", ScoredEvent)
    with pytest.raises(iw.RegistryError):
        iw.register_type("span", iw.Span)  # not a tagged model


def test_unregistered_subclass_cannot_be_written() -> None:
    @attrs.frozen(kw_only=True)
    class Local(iw.Event):
        note: str = ""

    with pytest.raises(iw.RuleError) as info:
        iw.to_dict(Local(id="e", event_type="statement"))
    assert info.value.code == "unregistered_type"


def test_registration_after_the_converter_was_built() -> None:
    converter = iw.make_converter()
    iw.to_dict(_article(), converter=converter)

    @attrs.frozen(kw_only=True)
    class Drone(iw.Entity):
        name: str = "drone"

    iw.register_type("drone_test", Drone)
    try:
        drone = Drone(id="d1")
        assert (
            iw.from_dict(iw.to_dict(drone, converter=converter), iw.Entity, converter=converter)
            == drone
        )
    finally:
        iw.unregister_type("drone_test")
    with pytest.raises(iw.RegistryError):
        iw.unregister_type("drone_test")


def test_decorator_form() -> None:
    @iw.register_type("checkpoint_test")
    @attrs.frozen(kw_only=True)
    class Checkpoint(iw.Place):
        pass

    try:
        assert iw.tag_of(Checkpoint) == "checkpoint_test"
        assert_roundtrip(Checkpoint(id="c1", name="Gate 4"))
    finally:
        iw.unregister_type("checkpoint_test")


def test_subclass_with_a_converter_is_built_through_its_init() -> None:
    @attrs.frozen(kw_only=True)
    class Coded(iw.Organization):
        code: str = attrs.field(converter=str.upper)

    iw.register_type("coded_org_test", Coded)
    try:
        loaded = iw.from_dict(
            {"type": "coded_org_test", "id": "o1", "name": "Org", "code": "abc"}, iw.Entity
        )
        assert type(loaded) is Coded and loaded.code == "ABC"
        with pytest.raises(iw.ValidationError) as info:
            iw.from_dict(
                {"type": "coded_org_test", "id": "o1", "name": " ", "code": "x"}, iw.Entity
            )
        assert [(p.path, p.code) for p in info.value.problems] == [("$.name", "empty_text")]
    finally:
        iw.unregister_type("coded_org_test")

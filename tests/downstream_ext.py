"""A downstream extension, written the way another project would: outside the package, using
only the public API."""

from __future__ import annotations

import attrs

import iraqwithdrawal as iw


@attrs.frozen(kw_only=True)
class ScoredEvent(iw.Event):
    """An event with an extractor's confidence and model name."""

    confidence: float = attrs.field(validator=attrs.validators.instance_of(float))
    model: str | None = attrs.field(default=None)


@attrs.frozen(kw_only=True)
class Vehicle(iw.Entity):
    """A new kind of entity."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    wheels: int = attrs.field(default=4)

    @property
    def label(self) -> str:
        return self.name


SIGNING = iw.EventType(
    name="treaty_signing",
    label="Treaty signing",
    plover="AGREE",
    cameo="057",
    description="A formal agreement is signed",
)


def install() -> None:
    """Register the extension (idempotent for the tests)."""
    if iw.lookup_type("scored_event") is None:
        iw.register_type("scored_event", ScoredEvent)
        iw.register_type("vehicle", Vehicle)
    if "treaty_signing" not in iw.event_types():
        iw.register_event_type(SIGNING)

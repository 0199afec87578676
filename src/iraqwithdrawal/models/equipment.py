"""Equipment: the aircraft, ships, vehicles and materiel a report names as things, not as the
people or organisations that use them.

"The air force's aircraft" carry an evacuation (the event's ``means``), "the equipment" is
shipped through a port (its ``theme``), "two transport aircraft" are sent to Kuwait. Each is
an :class:`Equipment` entity: named ("C-130 Hercules") or, as usual, described ("pesawat
TNI Angkatan Udara"), plural with a ``count`` when several, of a ``kind`` (a term of
:data:`EQUIPMENT_KINDS`, open), with the organisation or person that operates or owns it
(``operator``). An event names it through its participants, like any entity.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from ._base import OPT_ID, ref_meta, register_type
from ._checks import ClassRule
from .entities import ENTITY_RULES, Entity
from .vocabulary import Term, Vocabulary, term_field

__all__ = ["EQUIPMENT_KINDS", "Equipment"]

#: What kind of equipment (open: register more). schema.org has ``Vehicle`` for what moves
#: people or goods and ``Product`` for other manufactured things.
EQUIPMENT_KINDS = Vocabulary(
    "equipment_kind",
    "What kind of equipment or materiel a report names: aircraft, ships, vehicles, weapons",
    [
        Term(
            name="equipment",
            label="Equipment",
            description="Equipment or materiel of no narrower kind ('the equipment')",
            mappings={"schemaorg": "Product"},
        ),
        Term(
            name="vehicle",
            label="Vehicle",
            description="Anything that carries people or goods",
            broader="equipment",
            mappings={"schemaorg": "Vehicle"},
        ),
        Term(
            name="aircraft",
            label="Aircraft",
            description="Aeroplanes and helicopters ('by air force aircraft')",
            broader="vehicle",
        ),
        Term(
            name="ship",
            label="Ship or vessel",
            description="Ships and boats; 'by sea' names them without counting them",
            broader="vehicle",
        ),
        Term(
            name="land_vehicle",
            label="Land vehicle",
            description="Trucks, armoured vehicles, a convoy's vehicles",
            broader="vehicle",
        ),
        Term(
            name="weapon",
            label="Weapon or weapon system",
            broader="equipment",
        ),
    ],
)


@register_type("equipment")
@attrs.frozen(kw_only=True)
class Equipment(Entity):
    """Equipment or materiel as a thing the report names: its ``kind`` (a term of
    :data:`EQUIPMENT_KINDS`) and who operates or owns it (``operator``: the air force whose
    aircraft they are). Named, described, or both; ``plural`` with a ``count`` for several."""

    kind: str = term_field(EQUIPMENT_KINDS, default="equipment")
    operator: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization", "Person")
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = ENTITY_RULES

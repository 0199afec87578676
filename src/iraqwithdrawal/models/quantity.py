"""Amounts as the text states them: exact, approximate, bounded, ranged or vague, and changes."""

from __future__ import annotations

import enum
from typing import Any, ClassVar

import attrs

from ..errors import RuleError, preview
from . import _checks as v
from ._base import (
    BOOL,
    NOT_BOOL,
    OPT_ID,
    OPT_NUMBER,
    OPT_TEXT,
    TEXT,
    Model,
    Span,
    ref_meta,
    to_tuple,
    tuple_of,
)
from ._checks import ClassRule, present, rule, run_class_rules
from ._declared import Bounds
from .attribution import Attribution
from .time import TIME_VALIDATOR, TimeExpression

__all__ = ["MAGNITUDES", "Amount", "Fraction", "Quantity", "QuantityQualifier"]


class QuantityQualifier(enum.Enum):
    """How the stated number relates to the true one."""

    EXACT = "exact"
    ABOUT = "about"  #: about, around, some, roughly
    NEARLY = "nearly"  #: nearly, almost
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    UP_TO = "up_to"
    DOZENS = "dozens"  #: "dozens of": no number stated
    HUNDREDS = "hundreds"  #: "hundreds of"
    THOUSANDS = "thousands"  #: "thousands of"
    TENS_OF_THOUSANDS = "tens_of_thousands"

    @property
    def is_magnitude(self) -> bool:
        """True for vague orders of magnitude that carry no number of their own."""
        return self in _MAGNITUDES


_MAGNITUDES = frozenset(
    {
        QuantityQualifier.DOZENS,
        QuantityQualifier.HUNDREDS,
        QuantityQualifier.THOUSANDS,
        QuantityQualifier.TENS_OF_THOUSANDS,
    }
)
#: The qualifiers that give an order of magnitude ("hundreds") and take no exact value.
MAGNITUDES: frozenset[QuantityQualifier] = _MAGNITUDES


@rule(code="reversed_range", fields=("low",))
def _high_ok(inst: Any, attr: attrs.Attribute[Any], value: float | None) -> None:
    low = getattr(inst, "low", None)
    if value is not None and low is not None and value < low:
        raise RuleError("reversed_range", f"range high ({value}) is below its low ({low})", value)


@attrs.frozen(kw_only=True)
class Amount(Model):
    """A number as stated: ``value`` with a ``qualifier`` ("about 2,500"), or a range
    ``low``-``high`` ("between 2,000 and 3,000"), or only a vague magnitude ("hundreds")."""

    value: int | float | None = attrs.field(default=None, validator=OPT_NUMBER)
    low: int | float | None = attrs.field(default=None, validator=OPT_NUMBER)
    high: int | float | None = attrs.field(default=None, validator=v.and_(OPT_NUMBER, _high_ok))
    qualifier: QuantityQualifier = attrs.field(
        default=QuantityQualifier.EXACT, validator=v.instance_of(QuantityQualifier)
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules


def _has_range(a: Amount) -> bool:
    return a.low is not None or a.high is not None


_MAGNITUDE_VALUES = sorted(q.value for q in _MAGNITUDES)
_IS_MAGNITUDE = {
    "required": ["qualifier"],
    "properties": {"qualifier": {"enum": _MAGNITUDE_VALUES}},
}

Amount.CLASS_RULES = (
    ClassRule(
        "amount_shape",
        lambda a: (
            "an amount is a value or a range, not both"
            if a.value is not None and _has_range(a)
            else None
        ),
        {"not": {"anyOf": [present("value", "low"), present("value", "high")]}},
        "a value or a range, not both",
    ),
    ClassRule(
        "amount_shape",
        lambda a: (
            "an amount needs a value, a range, or a magnitude qualifier such as 'hundreds'"
            if a.value is None and not _has_range(a) and not a.qualifier.is_magnitude
            else None
        ),
        {"anyOf": [present("value"), present("low"), present("high"), _IS_MAGNITUDE]},
        "a value, a range or a magnitude qualifier",
    ),
    ClassRule(
        "amount_shape",
        lambda a: (
            f"qualifier '{a.qualifier.value}' takes no exact value"
            if a.qualifier.is_magnitude and a.value is not None
            else None
        ),
        {"if": _IS_MAGNITUDE, "then": {"not": present("value")}},
        "a magnitude qualifier takes no exact value",
    ),
)


_at_least_one = Bounds(
    minimum=1, code="not_positive", message="'{name}' must be 1 or more (got {value})"
)


_COUNT = v.and_(v.instance_of(int), NOT_BOOL, _at_least_one)


@rule(code="fraction_order", fields=("denominator",))
def _proper(inst: Any, attr: attrs.Attribute[Any], value: int) -> None:
    denominator = getattr(inst, "denominator", None)
    if isinstance(denominator, int) and isinstance(value, int) and value > denominator:
        raise RuleError(
            "fraction_order",
            f"a share {preview(value)}/{preview(denominator)} is more than the whole",
            value,
        )


@attrs.frozen(kw_only=True)
class Fraction(Model):
    """A share as the text states it: "a third" is 1/3, "half" 1/2; ``approximate`` for
    "about a third"."""

    numerator: int = attrs.field(validator=v.and_(_COUNT, _proper))
    denominator: int = attrs.field(validator=_COUNT)
    approximate: bool = attrs.field(default=False, validator=BOOL)

    @property
    def value(self) -> float:
        return self.numerator / self.denominator


@attrs.frozen(kw_only=True)
class Quantity(Model):
    """A count or measure of something (``counted``: "troops", "military advisers"), of whom
    (``of``: an entity id), as of when, and optionally the amount it changed from
    (``previous``: "from about 13,000 to 8,600").

    A share of another quantity ("about a third of the 3,000 troops", "half of them") has a
    ``fraction`` of the quantity named by ``part_of``; its ``amount`` is given only when the
    text states one too."""

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    amount: Amount | None = attrs.field(default=None, validator=v.optional(v.instance_of(Amount)))
    fraction: Fraction | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Fraction))
    )
    part_of: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Quantity"))
    counted: str = attrs.field(validator=TEXT)
    of: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    as_of: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    previous: Amount | None = attrs.field(default=None, validator=v.optional(v.instance_of(Amount)))
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Span))
    attribution: Attribution | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Attribution))
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules


Quantity.CLASS_RULES = (
    ClassRule(
        "quantity_shape",
        lambda q: (
            "a quantity needs an amount or a fraction"
            if q.amount is None and q.fraction is None
            else None
        ),
        {"anyOf": [present("amount"), present("fraction")]},
        "an amount or a fraction",
    ),
    ClassRule(
        "quantity_shape",
        lambda q: (
            "a fraction is a share of the quantity named in 'part_of'"
            if q.fraction is not None and q.part_of is None
            else None
        ),
        {"if": present("fraction"), "then": present("part_of")},
        "a fraction needs 'part_of'",
    ),
)

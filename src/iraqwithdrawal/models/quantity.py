"""Amounts as the text states them: exact, approximate, bounded, ranged or vague, and changes."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from ..errors import RuleError
from . import _checks as v
from ._base import OPT_ID, OPT_NUMBER, OPT_TEXT, TEXT, Model, Span, ref_meta, to_tuple, tuple_of
from ._checks import rule
from .attribution import Attribution
from .time import TIME_VALIDATOR, TimeExpression

__all__ = ["Amount", "Quantity", "QuantityQualifier"]


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

    def __attrs_post_init__(self) -> None:
        has_range = self.low is not None or self.high is not None
        if self.value is not None and has_range:
            raise RuleError("amount_shape", "an amount is a value or a range, not both")
        if self.value is None and not has_range and not self.qualifier.is_magnitude:
            raise RuleError(
                "amount_shape",
                "an amount needs a value, a range, or a magnitude qualifier such as 'hundreds'",
            )
        if self.qualifier.is_magnitude and self.value is not None:
            raise RuleError(
                "amount_shape", f"qualifier '{self.qualifier.value}' takes no exact value"
            )


@attrs.frozen(kw_only=True)
class Quantity(Model):
    """A count or measure of something (``counted``: "troops", "military advisers"), of whom
    (``of``: an entity id), as of when, and optionally the amount it changed from
    (``previous``: "from about 13,000 to 8,600")."""

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    amount: Amount = attrs.field(validator=v.instance_of(Amount))
    counted: str = attrs.field(validator=TEXT)
    of: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    as_of: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    previous: Amount | None = attrs.field(default=None, validator=v.optional(v.instance_of(Amount)))
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(Span))
    attribution: Attribution | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Attribution))
    )

"""Amounts as the text states them: exact, approximate, bounded, ranged or vague, and changes."""

from __future__ import annotations

import enum
from typing import Any, ClassVar

import attrs

from ..errors import RuleError, preview
from . import _checks as v
from ._base import (
    BOOL,
    ID,
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
from .vocabulary import Term, Vocabulary, term_field

__all__ = [
    "FIGURE_QUALIFIERS",
    "MAGNITUDES",
    "PART_LABELS",
    "QUANTITY_RELATIONS",
    "QUANTITY_UNITS",
    "Amount",
    "Fraction",
    "Quantity",
    "QuantityLink",
    "QuantityPart",
    "QuantityQualifier",
]


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
    qualifier: QuantityQualifier = attrs.field(default=QuantityQualifier.EXACT, validator=v.TYPED)

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


#: What a figure is, beyond its number: a peak over a period, a change rather than a level,
#: an estimate. A quantity may carry several (``("maximum", "estimate")``).
FIGURE_QUALIFIERS = Vocabulary(
    "figure_qualifier",
    "what a reported figure is: a level, a change, a peak, an estimate",
    [
        Term(name="maximum", label="Maximum", description="the highest value over a period"),
        Term(
            name="peak",
            label="Peak",
            broader="maximum",
            description="the highest point a figure reached ('at its peak')",
        ),
        Term(name="minimum", label="Minimum", description="the lowest value over a period"),
        Term(
            name="change",
            label="Change",
            description="the amount is a difference from a level, not a level",
        ),
        Term(name="increase", label="Increase", broader="change", description="a rise of"),
        Term(name="decrease", label="Decrease", broader="change", description="a cut of"),
        Term(name="estimate", label="Estimate", description="the figure is an estimate"),
        Term(name="cumulative", label="Cumulative", description="a running total so far"),
        Term(name="average", label="Average", description="a mean over a period or group"),
        Term(
            name="most",
            label="Most",
            description="the greater part of the figure it is part of, no number stated "
            "('most of them in Erbil': 'part_of' the whole, no amount)",
        ),
    ],
)

#: The unit a figure is stated in; none means a count of what ``counted`` names. Mappings give
#: the UN/CEFACT common code (what schema.org's ``unitCode`` takes).
QUANTITY_UNITS = Vocabulary(
    "quantity_unit",
    "the unit a figure is stated in (none: a count)",
    [
        Term(name="percent", label="Percent", mappings={"uncefact": "P1"}),
        Term(name="percentage_point", label="Percentage point"),
        Term(name="per_mille", label="Per mille", mappings={"uncefact": "NX"}),
        Term(name="kilometre", label="Kilometre", mappings={"uncefact": "KMT"}),
        Term(name="tonne", label="Tonne", mappings={"uncefact": "TNE"}),
        Term(name="day", label="Day", mappings={"uncefact": "DAY"}),
        Term(name="us_dollar", label="US dollar", mappings={"iso4217": "USD"}),
    ],
)

#: How a figure relates to another figure: a revision of an earlier report is not a change on
#: the ground (that is ``previous``).
QUANTITY_RELATIONS = Vocabulary(
    "quantity_relation",
    "how a figure relates to another figure",
    [
        Term(name="revises", label="Revises", description="updates an earlier reported figure"),
        Term(
            name="corrects",
            label="Corrects",
            broader="revises",
            description="replaces an earlier figure that was wrong",
        ),
        Term(name="confirms", label="Confirms", description="states the same figure again"),
        Term(name="contradicts", label="Contradicts", description="another source's figure"),
        Term(name="compared_with", label="Compared with", description="set beside it"),
        Term(
            name="equivalent",
            label="Equivalent",
            description="the same figure in another form ('480, or about 40 percent')",
        ),
    ],
)

#: The labels of the parts of a breakdown: a vote's tally, a casualty split, a table's total.
PART_LABELS = Vocabulary(
    "part_label",
    "what one part of a broken-down figure counts",
    [
        Term(name="for", label="For", description="votes in favour"),
        Term(name="against", label="Against", description="votes against"),
        Term(name="abstaining", label="Abstaining", description="abstentions"),
        Term(name="absent", label="Absent", description="did not take part"),
        Term(
            name="total",
            label="Total",
            description="the sum of the other parts of its column (or row); validate() warns "
            "when it does not add up",
        ),
        Term(name="other", label="Other", description="a part the vocabulary has no term for"),
    ],
)


@attrs.frozen(kw_only=True)
class QuantityLink(Model):
    """A figure's relation to another figure (``target``, a quantity id): "up from the 2,500
    previously reported" revises the earlier figure, which keeps its own source and time."""

    relation: str = term_field(QUANTITY_RELATIONS)
    target: str = attrs.field(validator=ID, metadata=ref_meta("Quantity"))


@attrs.frozen(kw_only=True)
class QuantityPart(Model):
    """One labelled part of a figure broken down: a vote's "13 for" (``label`` a term, the
    voters in ``entities``), or one cell of a table (its ``row`` and ``column`` headers as
    printed, the place in ``entities``, the date in ``as_of``). ``amount`` is ``None`` for a
    part the text leaves unstated."""

    label: str | None = term_field(PART_LABELS, optional=True)
    row: str | None = attrs.field(default=None, validator=OPT_TEXT)
    column: str | None = attrs.field(default=None, validator=OPT_TEXT)
    amount: Amount | None = attrs.field(default=None, validator=v.TYPED)
    entities: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Entity")
    )
    as_of: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@attrs.frozen(kw_only=True)
class Quantity(Model):
    """A count or measure of something (``counted``: "troops", "military advisers"), of whom
    (``of``: an entity id), as of when, and optionally the amount it changed from
    (``previous``: "from about 13,000 to 8,600").

    A share of another quantity ("about a third of the 3,000 troops", "half of them") has a
    ``fraction`` of the quantity named by ``part_of``; its ``amount`` is given only when the
    text states one too. A part with neither ("some of them") is an unstated part of it.

    A figure as reported may also carry a ``unit`` term ("more than 60%" is ``percent``, its
    base ``part_of`` when stated), ``qualifiers`` terms (a ``maximum`` over the period of
    ``as_of``; ``decrease`` for "a cut of 700", the level unstated), labelled ``parts`` (a
    tally, the cells of a table) and ``links`` to other figures (the earlier report it
    ``revises``)."""

    id: str | None = attrs.field(default=None, validator=OPT_ID)
    amount: Amount | None = attrs.field(default=None, validator=v.TYPED)
    fraction: Fraction | None = attrs.field(default=None, validator=v.TYPED)
    part_of: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Quantity"))
    counted: str = attrs.field(validator=TEXT)
    of: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    as_of: TimeExpression | None = attrs.field(default=None, validator=TIME_VALIDATOR)
    previous: Amount | None = attrs.field(default=None, validator=v.TYPED)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    attribution: Attribution | None = attrs.field(default=None, validator=v.TYPED)
    unit: str | None = term_field(QUANTITY_UNITS, optional=True)
    qualifiers: tuple[str, ...] = term_field(FIGURE_QUALIFIERS, many=True)
    parts: tuple[QuantityPart, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    links: tuple[QuantityLink, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules


Quantity.CLASS_RULES = (
    ClassRule(
        "quantity_shape",
        lambda q: (
            "a quantity needs an amount, a fraction, parts, or 'part_of' (an unstated part)"
            if q.amount is None and q.fraction is None and not q.parts and q.part_of is None
            else None
        ),
        {
            "anyOf": [
                present("amount"),
                present("fraction"),
                {"required": ["parts"], "properties": {"parts": {"minItems": 1}}},
                present("part_of"),
            ]
        },
        "an amount, a fraction, parts or 'part_of'",
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

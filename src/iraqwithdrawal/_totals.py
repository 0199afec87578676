"""The totals of broken-down figures: a part labelled ``total`` (or a term narrowing it) should
be the sum of the parts it totals, as a table's total row is. A mismatch is a warning, not an
error: a printed table may really not add up, and the text is kept as printed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ._walk import Survey
from .errors import Problem, Severity
from .models.quantity import PART_LABELS, Quantity, QuantityPart, QuantityQualifier

__all__ = ["check_totals", "summed_parts", "totals_hold"]


def _exact(part: QuantityPart) -> int | float | None:
    amount = part.amount
    if amount is None or amount.value is None or amount.qualifier is not QuantityQualifier.EXACT:
        return None
    return amount.value


def _is_total(part: QuantityPart) -> bool:
    return part.label is not None and PART_LABELS.narrows(part.label, "total")


def summed_parts(parts: tuple[QuantityPart, ...], index: int) -> list[int]:
    """The indexes of the parts that total ``parts[index]`` sums: the other parts of its
    column (a total row), or, when no other part shares its column, of its row (a total
    column); for a part with neither, every other part that is not a total."""
    total = parts[index]
    others = [i for i, p in enumerate(parts) if i != index and not _is_total(p)]
    if total.column is not None:
        same_column = [i for i in others if parts[i].column == total.column]
        if same_column:
            return same_column
    if total.row is not None:
        same_row = [i for i in others if parts[i].row == total.row]
        if same_row:
            return same_row
    if total.column is None and total.row is None:
        return others
    return []


def _mismatches(quantity: Quantity, path: str) -> Iterator[Problem]:
    for index, part in enumerate(quantity.parts):
        if not _is_total(part):
            continue
        stated = _exact(part)
        summed = summed_parts(quantity.parts, index)
        values = [_exact(quantity.parts[i]) for i in summed]
        if stated is None or not summed or any(x is None for x in values):
            continue  # an approximate or unstated figure cannot be checked
        total = sum(x for x in values if x is not None)
        if abs(total - stated) > 1e-9 * max(1.0, abs(stated)):
            where = f"column {part.column!r}" if part.column is not None else "its parts"
            yield Problem(
                code="total_mismatch",
                path=f"{path}.parts[{index}].amount.value",
                severity=Severity.WARNING,
                value=stated,
                message=f"the total {stated} is not the sum of {where} "
                f"({' + '.join(str(x) for x in values)} = {total})",
            )


def totals_hold(quantity: Quantity) -> bool:
    """Whether every total part of ``quantity`` is the sum of its parts (the rule's quick
    form, for the scans that build no paths)."""
    return next(_mismatches(quantity, "$"), None) is None


def check_totals(found: Survey) -> Iterable[Problem]:
    """A ``total_mismatch`` warning for every total part that its parts do not add up to."""
    for path, node in found.nodes:
        if isinstance(node, Quantity) and node.parts:
            yield from _mismatches(node, path)

"""Reading EDTF strings (levels 0 and 1, date part) into partial dates and intervals."""

from __future__ import annotations

import re

from ...errors import EDTFError, RuleError
from .dates import DIVISIONS, Interval, PartialDate

__all__ = ["parse_edtf"]


_DATE_RE = re.compile(
    r"(?:Y(?P<ybig>-?[1-9][0-9]{4,})|(?P<year>-?[0-9X]{4}))"
    r"(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?)?(?P<q>[?~%])?"
)


_TIME_RE = re.compile(r"-?[0-9]{4}-[0-9]{2}-[0-9]{2}T")
# Shapes of EDTF level 2 that this library recognises in order to decline them clearly:
# sets and lists, exponential years, significant digits, and qualified components.
_LEVEL2_RE = re.compile(r"[\[{].*[\]}]|Y?-?[0-9]+E[0-9]+(?:S[0-9]+)?|Y?-?[0-9X]+S[0-9]+")
_QUALIFIED_PARTS_RE = re.compile(r"[?~%]?-?[0-9X]{4}[?~%]?(?:-[?~%]?[0-9X]{2}[?~%]?){0,2}")


def _parse_date(text: str, whole: str) -> PartialDate:
    m = _DATE_RE.fullmatch(text)
    if m is None and _QUALIFIED_PARTS_RE.fullmatch(text):
        raise EDTFError(
            f"{whole!r}: qualifiers on parts of a date (EDTF level 2) are not supported",
            whole,
            "edtf_unsupported",
        )
    if m is None:
        raise EDTFError(f"{whole!r} is not an EDTF date this library reads", whole)
    year: int | None
    if m["ybig"] is not None:
        year = int(m["ybig"])
    else:
        raw = m["year"]
        if raw == "XXXX":
            year = None
        elif "X" in raw:
            raise EDTFError(
                f"{whole!r}: partly unspecified years ({raw}) are not supported",
                whole,
                "edtf_unsupported",
            )
        elif raw == "-0000":
            raise EDTFError(f"{whole!r}: negative year zero is not a year", whole)
        else:
            year = int(raw)
    month = day = None
    if m["month"] is not None and m["month"] != "XX":
        if "X" in m["month"]:
            raise EDTFError(
                f"{whole!r}: partly unspecified months are not supported", whole, "edtf_unsupported"
            )
        month = int(m["month"])
    if m["month"] == "XX" and m["day"] is not None and m["day"] != "XX":
        raise EDTFError(
            f"{whole!r}: a day in an unspecified month is valid EDTF, but a partial "
            "date needs the month of its day",
            whole,
            "edtf_unsupported",
        )
    if m["day"] is not None and m["day"] != "XX":
        if "X" in m["day"]:
            raise EDTFError(
                f"{whole!r}: partly unspecified days are not supported", whole, "edtf_unsupported"
            )
        day = int(m["day"])
    division = None
    if month is not None and month in DIVISIONS:
        if m["day"] is not None:  # not even an unspecified one (2020-21-XX)
            raise EDTFError(f"{whole!r}: a season or grouping takes no day", whole)
        division, month = month, None
    q = m["q"]
    try:
        return PartialDate(
            year=year,
            month=month,
            day=day,
            division=division,
            uncertain=q in ("?", "%"),
            approximate=q in ("~", "%"),
        )
    except RuleError as exc:
        raise EDTFError(f"{whole!r}: {exc.message}", whole, exc.code) from None


def parse_edtf(text: str) -> PartialDate | Interval:
    """Read an EDTF string: a date (``2020-01-05``, ``XXXX-07-24``, ``2021-03~``,
    ``Y170000002``) or an interval (``2021-03/2021-12``, ``../2025-09``, ``1985/``).

    Supported: EDTF level 0 dates and intervals, and from level 1 the qualifiers ``? ~ %``,
    letter-prefixed years, unspecified ``XX`` month or day, the unspecified year ``XXXX`` and
    open or unknown interval ends, and the seasons and sub-year groupings 21-41 (read as a
    :attr:`PartialDate.division`). Times of day, partly unspecified digits and other level 2
    raise :class:`~iraqwithdrawal.errors.EDTFError` with code ``edtf_unsupported``.
    """
    if not isinstance(text, str):
        raise EDTFError(
            f"an EDTF value must be a string, not {type(text).__name__}", text, "wrong_type"
        )
    if _TIME_RE.match(text):
        raise EDTFError(f"{text!r}: times of day are not supported", text, "edtf_unsupported")
    if _LEVEL2_RE.fullmatch(text):
        raise EDTFError(
            f"{text!r}: EDTF level 2 features are not supported", text, "edtf_unsupported"
        )
    if "/" in text:
        left, _sep, right = text.partition("/")
        if "/" in right:
            raise EDTFError(f"{text!r} has more than one '/'", text)

        def side(part: str) -> tuple[PartialDate | None, bool]:
            if part == "..":
                return None, False
            if part == "":
                return None, True
            return _parse_date(part, text), False

        start, start_unknown = side(left)
        end, end_unknown = side(right)
        try:
            return Interval(
                start=start, end=end, start_unknown=start_unknown, end_unknown=end_unknown
            )
        except RuleError as exc:
            raise EDTFError(f"{text!r}: {exc.message}", text, exc.code) from None
    return _parse_date(text, text)

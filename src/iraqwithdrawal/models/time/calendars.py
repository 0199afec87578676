"""Calendars other than the Gregorian: the open vocabulary of calendar names and the
arithmetic that turns a date printed in one of them into Gregorian days.

A report may print "the end of Rajab 1448", "16 Azar 1405" or "Reiwa 8": the model keeps
the date as printed (:class:`~iraqwithdrawal.models.time.printed.PrintedDate`) and works out
its Gregorian days here, in pure Python. Each calendar with arithmetic is a
:class:`CalendarArithmetic` registered under its term; a calendar without one (the Coptic and
Ethiopian calendars, for now) is still a term a date can be printed in, only not resolved.

- ``solar_hijri``: the Iranian calendar, exact for 1210-1634 AP (1831-2256 CE), where the
  leap years of the astronomical calendar follow one 33-year cycle.
- ``hijri``: the tabular Islamic calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16,
  18, 21, 24, 26, 29; epoch 16 July 622 Julian). Months observed by sighting or the Umm
  al-Qura tables can begin a day or two either side, so its days come with two days of
  slack on each side (``slack_days``): bounds, not a day.
- ``japanese_era``: the eras since Meiji 6 (1873, when Japan took the Gregorian calendar),
  year 1 of an era being the Gregorian year it began in.
- ``minguo`` (Republic of China, year 1 = 1912) and ``thai_buddhist`` (2484 BE = 1941, from
  when the Thai year starts on 1 January): Gregorian months and days, the year shifted.
- ``julian``: the proleptic Julian calendar.
- ``hebrew``: the arithmetic Hebrew calendar (molad and postponements), months numbered from
  Nisan (1) to Adar, or Adar I (12), and Adar II (13) in a leap year; its year runs from
  Tishrei (7) to Elul (6).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import attrs

from ...errors import RegistryError, RuleError
from ..vocabulary import Term, Vocabulary

__all__ = [
    "CALENDARS",
    "ERAS",
    "CalendarArithmetic",
    "CalendarRangeError",
    "arithmetic_for",
    "from_gregorian",
    "gregorian_days",
    "register_arithmetic",
]

#: The calendars a date may be printed in.
CALENDARS = Vocabulary(
    "calendar",
    "the calendar a date is printed in",
    [
        Term(name="gregorian", label="Gregorian calendar"),
        Term(name="julian", label="Julian calendar"),
        Term(
            name="hijri",
            label="Islamic (Hijri) calendar",
            description="lunar; resolved with the tabular calendar, to within two days",
        ),
        Term(name="solar_hijri", label="Solar Hijri (Iranian, Persian) calendar"),
        Term(name="hebrew", label="Hebrew calendar"),
        Term(
            name="japanese_era",
            label="Japanese era (nengō) years",
            description="Gregorian months and days, the year counted in an era",
        ),
        Term(name="minguo", label="Republic of China (Minguo) years"),
        Term(name="thai_buddhist", label="Thai solar calendar (Buddhist Era years)"),
        Term(name="coptic", label="Coptic calendar"),
        Term(name="ethiopian", label="Ethiopian calendar"),
    ],
)

#: The eras a printed year may be counted in (Japanese eras since the Gregorian reform).
ERAS = Vocabulary(
    "calendar_era",
    "the era a printed year is counted in",
    [
        Term(name="meiji", label="Meiji (明治)"),
        Term(name="taisho", label="Taishō (大正)"),
        Term(name="showa", label="Shōwa (昭和)"),
        Term(name="heisei", label="Heisei (平成)"),
        Term(name="reiwa", label="Reiwa (令和)"),
    ],
)


class CalendarRangeError(ValueError):
    """A date outside the years a calendar's arithmetic is exact for: not wrong, only not
    resolvable here."""


@attrs.frozen(kw_only=True)
class CalendarArithmetic:
    """How one calendar's dates become Gregorian days (Python ordinals, 1 = 1 January 1).

    ``day_number(era, year, month, day)`` is the day; it raises :class:`RuleError`
    (``impossible_date``) for a date the calendar does not have and
    :class:`CalendarRangeError` outside the years it is exact for. ``month_days(era, year,
    month)`` and ``months(era, year)`` (twelve unless given) give the lengths,
    ``from_day_number`` goes back, and ``era_days(era)`` bounds an era (``None``:
    unbounded), ``year_edges(era, year)`` gives the first and last month of a year when it
    does not run from 1 to ``months``.
    ``slack_days`` widens every resolution by that many days on each side (an observed
    calendar that can differ)."""

    name: str
    day_number: Callable[[str | None, int, int, int], int]
    month_days: Callable[[str | None, int, int], int]
    from_day_number: Callable[[int], tuple[str | None, int, int, int]]
    months: Callable[[str | None, int], int] = lambda _era, _year: 12
    era_days: Callable[[str | None], tuple[int, int] | None] = lambda _era: None
    year_edges: Callable[[str | None, int], tuple[int, int]] | None = None
    slack_days: int = 0


_ARITHMETIC: dict[str, CalendarArithmetic] = {}


def register_arithmetic(arithmetic: CalendarArithmetic) -> None:
    """Register the arithmetic of a calendar term (registered in :data:`CALENDARS`)."""
    if arithmetic.name not in CALENDARS:
        raise RegistryError(f"calendar {arithmetic.name!r} is not a term of {CALENDARS.name}")
    known = _ARITHMETIC.get(arithmetic.name)
    if known is not None and known != arithmetic:
        raise RegistryError(f"calendar {arithmetic.name!r} already has its arithmetic")
    _ARITHMETIC[arithmetic.name] = arithmetic


def arithmetic_for(calendar: str) -> CalendarArithmetic | None:
    """The arithmetic registered for ``calendar``, or ``None``."""
    return _ARITHMETIC.get(calendar)


def gregorian_days(
    calendar: str,
    year: int,
    month: int | None = None,
    day: int | None = None,
    era: str | None = None,
    edge: str | None = None,
) -> tuple[_dt.date, _dt.date]:
    """The first and last Gregorian day a date printed in ``calendar`` may denote: a year
    or month spans its days (only its first or last day with ``edge="first"`` or
    ``"last"``), a calendar with ``slack_days`` widens both ends. Raises
    :class:`RuleError` for an impossible date, :class:`CalendarRangeError` outside the
    supported years and :class:`LookupError` for a calendar with no arithmetic."""
    rules = _ARITHMETIC.get(calendar)
    if rules is None:
        raise LookupError(f"no arithmetic is registered for the calendar {calendar!r}")
    if day is not None and month is None:
        raise RuleError("day_without_month", "a day needs a month", day)
    if edge not in (None, "first", "last"):
        raise ValueError(f"edge is 'first', 'last' or None, not {edge!r}")
    if month is not None:
        _month_in(rules, era, year, month)
    if month is not None:
        first_month, last_month = month, month
    elif rules.year_edges is not None:
        first_month, last_month = rules.year_edges(era, year)
    else:
        first_month, last_month = 1, rules.months(era, year)
    if day is not None:
        if not 1 <= day <= rules.month_days(era, year, month or 1):
            raise RuleError(
                "impossible_date",
                f"day {day} does not exist in {calendar} month {month} of {year}",
                day,
            )
        first = last = rules.day_number(era, year, month or 1, day)
    else:
        first = rules.day_number(era, year, first_month, 1)
        last = rules.day_number(era, year, last_month, rules.month_days(era, year, last_month))
    span = rules.era_days(era)
    if span is not None:
        first, last = max(first, span[0]), min(last, span[1])
        if first > last:
            raise RuleError("impossible_date", f"{era} {year} has no such date", year)
    if edge == "first":
        last = first
    elif edge == "last":
        first = last
    first, last = first - rules.slack_days, last + rules.slack_days
    if not 1 <= first <= last <= _dt.date.max.toordinal():
        raise CalendarRangeError(f"{calendar} {year} is outside the Gregorian years 1-9999")
    return _dt.date.fromordinal(first), _dt.date.fromordinal(last)


def _month_in(rules: CalendarArithmetic, era: str | None, year: int, month: int) -> None:
    count = rules.months(era, year)
    if not 1 <= month <= count:
        raise RuleError("impossible_date", f"month {month} does not exist (1-{count})", month)


def from_gregorian(calendar: str, day: _dt.date) -> tuple[str | None, int, int, int]:
    """The (era, year, month, day) of ``day`` in ``calendar`` (the tabular day for
    ``hijri``)."""
    rules = _ARITHMETIC.get(calendar)
    if rules is None:
        raise LookupError(f"no arithmetic is registered for the calendar {calendar!r}")
    return rules.from_day_number(day.toordinal())


# -- Gregorian and Julian ------------------------------------------------------------------


def _gregorian_day(_era: str | None, year: int, month: int, day: int) -> int:
    if not 1 <= year <= 9999:
        raise CalendarRangeError(f"Gregorian year {year} is outside 1-9999")
    return _dt.date(year, month, day).toordinal()


def _gregorian_month_days(_era: str | None, year: int, month: int) -> int:
    # Arithmetic rather than ``datetime``: a year outside 1-9999 is judged here too (it is
    # out of range for the Gregorian days, not an impossible date).
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _from_gregorian(number: int) -> tuple[str | None, int, int, int]:
    d = _dt.date.fromordinal(number)
    return None, d.year, d.month, d.day


#: Python's ordinal of a day is its Julian Day Number less this.
_JDN_OFFSET = 1_721_425


def _julian_day(_era: str | None, year: int, month: int, day: int) -> int:
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083 - _JDN_OFFSET


def _julian_month_days(_era: str | None, year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _from_julian(number: int) -> tuple[str | None, int, int, int]:
    c = number + _JDN_OFFSET + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return None, d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


# -- the tabular Islamic calendar ----------------------------------------------------------

_HIJRI_EPOCH = 1_948_439 - _JDN_OFFSET  # the day before 1 Muharram 1 AH (16 July 622 Julian)


def _hijri_leap(year: int) -> bool:
    return (14 + 11 * year) % 30 < 11


def _hijri_day(_era: str | None, year: int, month: int, day: int) -> int:
    if year < 1:
        raise CalendarRangeError(f"Hijri year {year} is before 1 AH")
    return (
        day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH
    )


def _hijri_month_days(_era: str | None, year: int, month: int) -> int:
    if month == 12:
        return 30 if _hijri_leap(year) else 29
    return 30 if month % 2 == 1 else 29


def _from_hijri(number: int) -> tuple[str | None, int, int, int]:
    year = (30 * (number - _HIJRI_EPOCH) + 10646) // 10631
    while _hijri_day(None, year + 1, 1, 1) <= number:
        year += 1
    while _hijri_day(None, year, 1, 1) > number:
        year -= 1
    month = 12
    while _hijri_day(None, year, month, 1) > number:
        month -= 1
    return None, year, month, number - _hijri_day(None, year, month, 1) + 1


# -- the Solar Hijri (Iranian) calendar ----------------------------------------------------

_SOLAR_FIRST, _SOLAR_LAST = 1210, 1634
#: Leap years in the 33-year cycle, as a year's remainder when divided by 33.
_SOLAR_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
#: 1 Farvardin 1404 fell on 21 March 2025.
_NOWRUZ_1404 = _dt.date(2025, 3, 21).toordinal()


def _solar_leap(year: int) -> bool:
    return year % 33 in _SOLAR_LEAP


def _build_nowruz() -> dict[int, int]:
    days = {1404: _NOWRUZ_1404}
    for year in range(1404, _SOLAR_LAST + 1):
        days[year + 1] = days[year] + (366 if _solar_leap(year) else 365)
    for year in range(1403, _SOLAR_FIRST - 1, -1):
        days[year] = days[year + 1] - (366 if _solar_leap(year) else 365)
    return days


_NOWRUZ = _build_nowruz()


def _solar_day(_era: str | None, year: int, month: int, day: int) -> int:
    if not _SOLAR_FIRST <= year <= _SOLAR_LAST:
        raise CalendarRangeError(
            f"Solar Hijri year {year} is outside {_SOLAR_FIRST}-{_SOLAR_LAST}, where the "
            "33-year rule is exact"
        )
    before = 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
    return _NOWRUZ[year] + before + day - 1


def _solar_month_days(_era: str | None, year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if _solar_leap(year) else 29


def _from_solar(number: int) -> tuple[str | None, int, int, int]:
    if not _NOWRUZ[_SOLAR_FIRST] <= number < _NOWRUZ[_SOLAR_LAST + 1]:
        raise CalendarRangeError("the day is outside the Solar Hijri years supported")
    year = min(_SOLAR_FIRST + (number - _NOWRUZ[_SOLAR_FIRST]) * 33 // 12053, _SOLAR_LAST)
    while _NOWRUZ[year + 1] <= number:
        year += 1
    while _NOWRUZ[year] > number:
        year -= 1
    into = number - _NOWRUZ[year]
    if into < 186:
        return None, year, into // 31 + 1, into % 31 + 1
    return None, year, (into - 186) // 30 + 7, (into - 186) % 30 + 1


# -- the Hebrew calendar ---------------------------------------------------------------------

#: The day before 1 Tishrei AM 1 (7 October 3761 BCE, Julian) as a Python ordinal would
#: count it (the count of days from 1 January 1 CE, Gregorian).
_HEBREW_EPOCH = -1_373_427


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _hebrew_months(_era: str | None, year: int) -> int:
    return 13 if _hebrew_leap(year) else 12


def _hebrew_elapsed(year: int) -> int:
    """Days from the epoch to the molad of Tishrei of ``year``, put off a day when it
    would fall on a Sunday, Wednesday or Friday."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year(year: int) -> int:
    """The ordinal of 1 Tishrei of ``year``, with the postponements that keep every year
    353-355 or 383-385 days long."""
    before, this, after = (_hebrew_elapsed(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + delay


def _hebrew_month_days(_era: str | None, year: int, month: int) -> int:
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (2, 4, 6, 10, 13) or (month == 12 and not _hebrew_leap(year)):
        return 29
    if month == 8:  # Heshvan: 30 days in a long year
        return 30 if length % 10 == 5 else 29
    if month == 9:  # Kislev: 29 days in a short year
        return 29 if length % 10 == 3 else 30
    return 30


def _hebrew_day(era: str | None, year: int, month: int, day: int) -> int:
    if year < 3762:
        raise CalendarRangeError(f"Hebrew year {year} is before 1 CE")
    last = _hebrew_months(era, year)
    order = [*range(7, last + 1), *range(1, 7)]
    before = order[: order.index(month)]
    return _hebrew_new_year(year) + sum(_hebrew_month_days(era, year, m) for m in before) + day - 1


def _from_hebrew(number: int) -> tuple[str | None, int, int, int]:
    year = (number - _HEBREW_EPOCH) * 98496 // 35975351 + 1
    while _hebrew_new_year(year + 1) <= number:
        year += 1
    while _hebrew_new_year(year) > number:
        year -= 1
    last = _hebrew_months(None, year)
    for month in [*range(7, last + 1), *range(1, 7)]:
        start = _hebrew_day(None, year, month, 1)
        if number < start + _hebrew_month_days(None, year, month):
            return None, year, month, number - start + 1
    raise AssertionError("a day falls in a month of its year")  # pragma: no cover


# -- Japanese eras and shifted years -------------------------------------------------------

#: The first day of each era (Meiji as reckoned from the Gregorian reform of Meiji 6).
_ERA_START: dict[str, _dt.date] = {
    "meiji": _dt.date(1868, 1, 25),
    "taisho": _dt.date(1912, 7, 30),
    "showa": _dt.date(1926, 12, 25),
    "heisei": _dt.date(1989, 1, 8),
    "reiwa": _dt.date(2019, 5, 1),
}
_ERA_ORDER = sorted(_ERA_START, key=_ERA_START.__getitem__)
_GREGORIAN_IN_JAPAN = _dt.date(1873, 1, 1).toordinal()


def _era(era: str | None) -> _dt.date:
    if era is None:
        raise RuleError("era_missing", "a year of the japanese_era calendar needs its era")
    try:
        return _ERA_START[era]
    except KeyError:
        raise CalendarRangeError(f"no arithmetic for the era {era!r}") from None


def _era_day(era: str | None, year: int, month: int, day: int) -> int:
    start = _era(era)
    if year < 1:
        raise RuleError("impossible_date", f"era year {year} is before the era's first", year)
    number = _gregorian_day(None, start.year + year - 1, month, day)
    if number < _GREGORIAN_IN_JAPAN:
        raise CalendarRangeError("Japanese dates before 1873 follow the lunisolar calendar")
    return number


def _era_month_days(era: str | None, year: int, month: int) -> int:
    return _gregorian_month_days(None, _era(era).year + year - 1, month)


def _era_days(era: str | None) -> tuple[int, int] | None:
    start = _era(era)
    following = _ERA_ORDER.index(era or "") + 1
    end = (
        _ERA_START[_ERA_ORDER[following]].toordinal() - 1
        if following < len(_ERA_ORDER)
        else _dt.date.max.toordinal()
    )
    return max(start.toordinal(), _GREGORIAN_IN_JAPAN), end


def _from_era(number: int) -> tuple[str | None, int, int, int]:
    if number < _GREGORIAN_IN_JAPAN:
        raise CalendarRangeError("Japanese dates before 1873 follow the lunisolar calendar")
    d = _dt.date.fromordinal(number)
    era = [e for e in _ERA_ORDER if _ERA_START[e] <= d][-1]
    return era, d.year - _ERA_START[era].year + 1, d.month, d.day


def _shifted(name: str, shift: int, first: int) -> CalendarArithmetic:
    """A calendar with Gregorian months and days and the year ``shift`` years on, from its
    year ``first``."""

    def day_number(_era: str | None, year: int, month: int, day: int) -> int:
        if year < first:
            raise CalendarRangeError(f"{name} year {year} is before {first}")
        return _gregorian_day(None, year - shift, month, day)

    def back(number: int) -> tuple[str | None, int, int, int]:
        d = _dt.date.fromordinal(number)
        if d.year + shift < first:
            raise CalendarRangeError(f"the day is before {name} year {first}")
        return None, d.year + shift, d.month, d.day

    return CalendarArithmetic(
        name=name,
        day_number=day_number,
        month_days=lambda _e, y, m: _gregorian_month_days(None, y - shift, m),
        from_day_number=back,
    )


for _arithmetic in (
    CalendarArithmetic(
        name="gregorian",
        day_number=_gregorian_day,
        month_days=_gregorian_month_days,
        from_day_number=_from_gregorian,
    ),
    CalendarArithmetic(
        name="julian",
        day_number=_julian_day,
        month_days=_julian_month_days,
        from_day_number=_from_julian,
    ),
    CalendarArithmetic(
        name="hijri",
        day_number=_hijri_day,
        month_days=_hijri_month_days,
        from_day_number=_from_hijri,
        slack_days=2,
    ),
    CalendarArithmetic(
        name="solar_hijri",
        day_number=_solar_day,
        month_days=_solar_month_days,
        from_day_number=_from_solar,
    ),
    CalendarArithmetic(
        name="japanese_era",
        day_number=_era_day,
        month_days=_era_month_days,
        from_day_number=_from_era,
        era_days=_era_days,
    ),
    CalendarArithmetic(
        name="hebrew",
        day_number=_hebrew_day,
        month_days=_hebrew_month_days,
        months=_hebrew_months,
        from_day_number=_from_hebrew,
        year_edges=lambda _e, _y: (7, 6),
    ),
    _shifted("minguo", -1911, 1),
    _shifted("thai_buddhist", 543, 2484),
):
    register_arithmetic(_arithmetic)

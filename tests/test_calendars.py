"""Calendars, named periods, parts of the day and weeks: the arithmetic round-trips and
keeps order, agrees with outside implementations (jdatetime for the Iranian calendar,
convertdate for the tabular Islamic and Julian ones) and with dates one can check by hand;
a time printed in another convention keeps what is printed and gets its Gregorian days
marked inferred; the rules refuse impossible printed dates with their JSON path."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal import (
    DeicticUnit,
    Deixis,
    Duration,
    DurationUnit,
    Interval,
    NamedPeriod,
    PartialDate,
    PeriodPart,
    PrintedDate,
    TimeExpression,
    TimeRelation,
    fiscal_year,
    gregorian_days,
)
from iraqwithdrawal.models.time import (
    CALENDARS,
    DAY_PART_HOURS,
    DAY_PARTS,
    CalendarRangeError,
    arithmetic_for,
    day_part_hours,
    from_gregorian,
)
from iraqwithdrawal.testing.strategies import named_periods, printed_dates

from ._profiles import examples

SUPPORTED = {
    "gregorian": (dt.date(1, 1, 3), dt.date(9999, 12, 29)),
    "julian": (dt.date(1, 1, 3), dt.date(9999, 12, 29)),
    "hijri": (dt.date(622, 7, 22), dt.date(9999, 12, 29)),
    "solar_hijri": (dt.date(1831, 3, 21), dt.date(2256, 3, 19)),
    "japanese_era": (dt.date(1873, 1, 1), dt.date(9999, 12, 31)),
    "minguo": (dt.date(1912, 1, 1), dt.date(9999, 12, 31)),
    "thai_buddhist": (dt.date(1941, 1, 1), dt.date(9999, 12, 31)),
    "hebrew": (dt.date(1, 9, 6), dt.date(9999, 8, 31)),  # from 1 Tishrei 3762
}


def _days(calendar: str) -> st.SearchStrategy[dt.date]:
    low, high = SUPPORTED[calendar]
    return st.dates(low, high)


def _on(day: dt.date) -> PartialDate:
    return PartialDate(year=day.year, month=day.month, day=day.day)


def _key(calendar: str, day: dt.date) -> tuple[int, int, int, int]:
    era, year, month, mday = from_gregorian(calendar, day)
    order = ["meiji", "taisho", "showa", "heisei", "reiwa"]
    if calendar == "hebrew":  # the year runs from Tishrei (7) to Elul (6)
        month = month - 7 if month >= 7 else month + 13
    return (order.index(era) if era is not None else 0, year, month, mday)


def test_every_calendar_with_arithmetic_is_tested() -> None:
    assert {c for c in CALENDARS if arithmetic_for(c) is not None} == set(SUPPORTED)


@pytest.mark.parametrize("calendar", sorted(SUPPORTED))
@settings(max_examples=examples(30), deadline=None)
@given(data=st.data())
def test_a_day_round_trips_through_each_calendar(calendar: str, data: st.DataObject) -> None:
    day = data.draw(_days(calendar))
    era, year, month, mday = from_gregorian(calendar, day)
    slack = dt.timedelta(days=arithmetic_for(calendar).slack_days)  # type: ignore[union-attr]
    assert gregorian_days(calendar, year, month, mday, era) == (day - slack, day + slack)


@pytest.mark.parametrize("calendar", sorted(SUPPORTED))
@settings(max_examples=examples(20), deadline=None)
@given(data=st.data())
def test_later_days_have_later_dates(calendar: str, data: st.DataObject) -> None:
    a, b = sorted(data.draw(st.lists(_days(calendar), min_size=2, max_size=2, unique=True)))
    assert _key(calendar, a) < _key(calendar, b)


@pytest.mark.parametrize("calendar", sorted(SUPPORTED))
@settings(max_examples=examples(20), deadline=None)
@given(data=st.data())
def test_months_follow_each_other_without_gaps(calendar: str, data: st.DataObject) -> None:
    day = data.draw(_days(calendar))
    era, year, month, _ = from_gregorian(calendar, day)
    first, last = gregorian_days(calendar, year, month, era=era)
    slack = 2 * arithmetic_for(calendar).slack_days  # type: ignore[union-attr]
    assert 28 <= (last - first).days + 1 - slack <= 31
    true_last = last - dt.timedelta(days=arithmetic_for(calendar).slack_days)  # type: ignore[union-attr]
    if true_last < SUPPORTED[calendar][1]:  # the next month starts the day after
        following = from_gregorian(calendar, true_last + dt.timedelta(days=1))
        assert following[3] == 1 and following[2] != month
        if calendar != "hebrew":
            assert following[2] == month % 12 + 1


def test_the_iranian_calendar_agrees_with_jdatetime_at_every_month_boundary() -> None:
    jdatetime = pytest.importorskip("jdatetime", reason="jdatetime judges the Iranian calendar")
    # The first and last day of every month of every supported year: with them, the
    # lengths of every month and year, and so every day, are judged.
    for year in range(1210, 1635):
        for month in range(1, 13):
            first, last = gregorian_days("solar_hijri", year, month)
            assert jdatetime.date(year, month, 1).togregorian() == first, (year, month)
            assert jdatetime.date.fromgregorian(date=last).month == month, (year, month)
            after = jdatetime.date.fromgregorian(date=last + dt.timedelta(days=1))
            assert after.day == 1, (year, month)


@settings(max_examples=examples(100), deadline=None)
@given(day=_days("hijri"))
def test_the_tabular_hijri_calendar_agrees_with_convertdate(day: dt.date) -> None:
    islamic = pytest.importorskip("convertdate.islamic", reason="convertdate judges it")
    assert from_gregorian("hijri", day)[1:] == islamic.from_gregorian(day.year, day.month, day.day)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # convertdate's own
@settings(max_examples=examples(100), deadline=None)
@given(day=_days("hebrew"))
def test_the_hebrew_calendar_agrees_with_convertdate(day: dt.date) -> None:
    hebrew = pytest.importorskip("convertdate.hebrew", reason="convertdate judges it")
    assert from_gregorian("hebrew", day)[1:] == hebrew.from_gregorian(day.year, day.month, day.day)


@settings(max_examples=examples(100), deadline=None)
@given(day=_days("julian"))
def test_the_julian_calendar_agrees_with_convertdate(day: dt.date) -> None:
    julian = pytest.importorskip("convertdate.julian", reason="convertdate judges it")
    assert from_gregorian("julian", day)[1:] == julian.from_gregorian(day.year, day.month, day.day)


@pytest.mark.parametrize(
    ("printed", "first", "last"),
    [
        # The revolution's anniversary, 22 Bahman 1357, was 11 February 1979.
        (dict(calendar="solar_hijri", year=1357, month=11, day=22), "1979-02-11", "1979-02-11"),
        # Nowruz 1404: the equinox fell after noon in Tehran on 20 March 2025.
        (dict(calendar="solar_hijri", year=1404, month=1, day=1), "2025-03-21", "2025-03-21"),
        # The year 1405 is not leap: it ends on 29 Esfand, 20 March 2027.
        (dict(calendar="solar_hijri", year=1405), "2026-03-21", "2027-03-20"),
        # The tabular epoch, 1 Muharram 1 AH = 16 July 622 Julian = 19 July 622 Gregorian,
        # with two days of slack either side.
        (dict(calendar="hijri", year=1, month=1, day=1), "0622-07-17", "0622-07-21"),
        (dict(calendar="japanese_era", era="reiwa", year=1), "2019-05-01", "2019-12-31"),
        (dict(calendar="japanese_era", era="heisei", year=31), "2019-01-01", "2019-04-30"),
        (dict(calendar="japanese_era", era="reiwa", year=8, month=12, day=4), "2026-12-04", None),
        (dict(calendar="minguo", year=115), "2026-01-01", "2026-12-31"),
        (dict(calendar="thai_buddhist", year=2569, month=12, day=5), "2026-12-05", None),
        (dict(calendar="julian", year=1917, month=10, day=25), "1917-11-07", None),
        # Rosh Hashanah 5784 fell on 16 September 2023; Passover 5787 (15 Nisan) on
        # 22 April 2027; the year 5787 runs from 1 Tishrei to 29 Elul.
        (dict(calendar="hebrew", year=5784, month=7, day=1), "2023-09-16", None),
        (dict(calendar="hebrew", year=5787, month=1, day=15), "2027-04-22", None),
        (dict(calendar="hebrew", year=5787), "2026-09-12", "2027-10-01"),
    ],
)
def test_known_dates(printed: dict[str, Any], first: str, last: str | None) -> None:
    found = PrintedDate(**printed).gregorian()
    assert found is not None
    assert (found.start, found.end) == (
        PartialDate.from_edtf(first),
        PartialDate.from_edtf(last or first),
    )


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        (dict(calendar="solar_hijri", year=1405, month=12, day=30), "impossible_date"),
        (dict(calendar="hijri", year=1448, month=2, day=30), "impossible_date"),
        (dict(calendar="hebrew", year=5784, month=8, day=30), "impossible_date"),  # short year
        (dict(calendar="hebrew", year=5785, month=13, day=1), "impossible_date"),  # not leap
        (dict(calendar="japanese_era", era="reiwa", year=1, month=4, day=30), "impossible_date"),
        (dict(calendar="japanese_era", year=8), "impossible_date"),
        (dict(calendar="gregorian", month=14), "impossible_date"),
        (dict(calendar="gregorian"), "empty_date"),
    ],
)
def test_a_date_the_calendar_does_not_have_is_refused(printed: dict[str, Any], code: str) -> None:
    with pytest.raises(iw.IraqWithdrawalError) as caught:
        PrintedDate(**printed)
    assert getattr(caught.value, "code", None) == code or code in str(caught.value)


@settings(max_examples=examples(60), deadline=None)
@given(
    calendar=st.sampled_from(sorted(SUPPORTED)),
    era=st.sampled_from([None, "meiji", "showa", "reiwa"]),
    year=st.integers(-2, 6000) | st.integers(-(10**6), 10**6),
    month=st.none() | st.integers(1, 13),
    day=st.none() | st.integers(1, 31),
)
def test_a_printed_date_is_refused_exactly_when_its_calendar_has_no_such_day(
    calendar: str, era: str | None, year: int, month: int | None, day: int | None
) -> None:
    # Built twice: the second verdict may come from the memo of verdicts, and must not differ.
    try:
        gregorian_days(calendar, year, month, day, era)
        expected = None
    except iw.RuleError as error:
        expected = error.message
    except (LookupError, CalendarRangeError):
        expected = None
    for _ in range(2):
        try:
            PrintedDate(calendar=calendar, era=era, year=year, month=month, day=day)
            got = None
        except iw.RuleError as error:
            assert error.code == "impossible_date"
            got = error.message
        assert got == expected


def test_a_loaded_impossible_date_is_refused_at_its_path() -> None:
    doc = _doc(TimeExpression(text="x", printed=[PrintedDate(calendar="solar_hijri", year=1405)]))
    doc["events"][0]["time"]["printed"][0].update(month=12, day=30)
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(doc)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("impossible_date", "$.events[0].time.printed[0]")
    ]


def test_an_unregistered_calendar_is_kept_on_a_lenient_load() -> None:
    doc = _doc(TimeExpression(text="x", printed=[PrintedDate(calendar="coptic", year=1743)]))
    doc["events"][0]["time"]["printed"][0]["calendar"] = "bahai"
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(doc)
    assert caught.value.problems[0].path == "$.events[0].time.printed[0].calendar"
    kept = iw.from_dict(doc, unknown="keep")
    assert kept.events[0].time is not None and kept.events[0].time.printed[0].calendar == "bahai"
    assert [p.code for p in iw.validate(kept)] == ["unknown_term"]


def _doc(time: TimeExpression) -> dict[str, Any]:
    event = iw.Event(id="e1", event_type="withdrawal", time=time)
    return iw.to_dict(iw.Article(id="a1", headline="h", language="en", body="x", events=[event]))


# -- a printed date, resolved ----------------------------------------------------------------

REPORT = PartialDate(year=2026, month=12, day=6)  # a Sunday


def test_a_hijri_deadline_keeps_its_printing_and_gets_bounds_marked_inferred() -> None:
    rajab = PrintedDate(calendar="hijri", year=1448, month=7, text="رجب ١٤٤٨")
    time = TimeExpression(relation=TimeRelation.BY, part=PeriodPart.END, printed=[rajab])
    resolved = time.resolve(REPORT, "tabular Hijri calendar")
    assert resolved.date is None and resolved.printed == (rajab,)
    # 30 Rajab 1448 is 9 January 2027 in the tabular calendar, give or take two days.
    assert resolved.inferred_interval == Interval.from_edtf("2027-01-07/2027-01-11")
    assert resolved.inference == "tabular Hijri calendar"


def test_an_exact_calendar_gives_one_inferred_day() -> None:
    azar = PrintedDate(calendar="solar_hijri", year=1405, month=9, day=16)
    resolved = TimeExpression(printed=[azar]).resolve(REPORT, "Iranian calendar")
    assert resolved.inferred == PartialDate(year=2026, month=12, day=7)
    end = TimeExpression(
        part=PeriodPart.END, printed=[PrintedDate(calendar="solar_hijri", year=1405)]
    )
    assert end.resolve(REPORT, "b").inferred == PartialDate(year=2027, month=3, day=20)


def test_a_stated_gregorian_date_is_not_replaced() -> None:
    both = TimeExpression(
        date=PartialDate(year=2027, month=1, day=8),
        printed=[PrintedDate(calendar="hijri", year=1448, month=7, day=30)],
    )
    assert both.resolve(REPORT, "b") == both


@settings(max_examples=examples(80), deadline=None)
@given(printed=printed_dates())
def test_the_inferred_days_cover_what_is_printed(printed: PrintedDate) -> None:
    bounds = printed.gregorian()
    resolved = TimeExpression(text="t", printed=[printed]).resolve(REPORT, "b")
    if bounds is None:
        assert resolved.inferred is None and resolved.inferred_interval is None
        return
    found = resolved.inferred_interval or Interval(start=resolved.inferred, end=resolved.inferred)
    assert found == bounds
    assert iw.from_json(iw.to_json(_article(resolved))) == _article(resolved)


def _article(time: TimeExpression) -> iw.Article:
    event = iw.Event(id="e1", event_type="withdrawal", time=time)
    return iw.Article(id="a1", headline="h", language="en", body="x", events=[event])


def test_an_inferred_value_needs_something_stated() -> None:
    with pytest.raises(iw.IraqWithdrawalError, match="completes or resolves"):
        TimeExpression(text="x", inferred=PartialDate(year=2027), inference="guess")


# -- named periods -----------------------------------------------------------------------------


def test_the_us_federal_fiscal_year_starts_on_1_october() -> None:
    period = fiscal_year(2027, owner="us-government", text="FY2027")
    assert period.interval() == Interval.from_edtf("2026-10-01/2027-09-30")
    time = TimeExpression(relation=TimeRelation.IN, period=period).resolve(REPORT, "b")
    assert time.inferred_interval == Interval.from_edtf("2026-10-01/2027-09-30")
    assert fiscal_year(2026, "japan").interval() == Interval.from_edtf("2026-04-01/2027-03-31")
    assert fiscal_year(2027, "calendar").interval() == Interval.from_edtf("2027-01-01/2027-12-31")
    ends = TimeExpression(period=period, part=PeriodPart.END).resolve(REPORT, "b")
    assert ends.inferred == PartialDate(year=2027, month=9, day=30)


@settings(max_examples=examples(80), deadline=None)
@given(period=named_periods())
def test_the_parts_of_a_year_tile_it(period: NamedPeriod) -> None:
    whole = NamedPeriod(
        kind="fiscal_year",
        year=period.year,
        starts=period.starts,
        named_for_end=period.named_for_end,
    )
    year_first, year_last = _ends(whole.interval())
    first, last = _ends(period.interval())
    assert (year_last - year_first).days + 1 in (365, 366)
    assert year_first <= first <= last <= year_last
    if period.number is not None:  # the next half or quarter starts the day after
        parts = 12 // (3 if period.kind == "fiscal_quarter" else 6)
        if period.number < parts:
            following = _ends(attrs.evolve(period, number=period.number + 1).interval())
            assert following[0] == last + dt.timedelta(days=1)
        else:
            assert last == year_last


def _ends(span: Interval | None) -> tuple[dt.date, dt.date]:
    assert span is not None and span.start is not None and span.end is not None
    first, last = span.start.earliest(), span.end.latest()
    assert first is not None and last is not None
    return first, last


def test_a_period_start_has_no_year() -> None:
    with pytest.raises(iw.IraqWithdrawalError, match="no year"):
        NamedPeriod(kind="fiscal_year", year=2027, starts=PartialDate(year=2026, month=10, day=1))


# -- parts of the day and time zones ------------------------------------------------------------


def test_every_part_of_the_day_has_conventional_hours() -> None:
    assert set(DAY_PARTS) == set(DAY_PART_HOURS)
    for term in DAY_PARTS:
        hours = day_part_hours(term)
        assert hours is not None and 0 <= hours[0] < hours[1] <= 30
    assert DAY_PARTS.get("evening").mapping("timex3") == "EV"
    assert TimeExpression(text="ئێوارە", day_part="evening").day_part == "evening"
    with pytest.raises(iw.IraqWithdrawalError):
        TimeExpression(text="x", day_part="teatime")


def test_an_offset_worked_out_from_a_zone_is_marked_inferred() -> None:
    pytest.importorskip("zoneinfo")
    try:
        import zoneinfo

        zoneinfo.ZoneInfo("America/New_York")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database on this system (install tzdata)")
    nine = iw.Moment(hour=21, zone="ET", text="shortly after 9 p.m. ET")
    winter = nine.with_zone("America/New_York", PartialDate(year=2026, month=12, day=10))
    summer = nine.with_zone("America/New_York", PartialDate(year=2026, month=7, day=10))
    assert (winter.utc_offset, summer.utc_offset) == (-300, -240)
    assert winter.offset_inference is not None and "UTC-05:00" in winter.offset_inference
    assert winter.isoformat() is None  # the moment itself has no date
    with pytest.raises(iw.IraqWithdrawalError, match="offset_inference"):
        iw.Moment(hour=21, offset_inference="guessed")


def test_a_day_read_in_another_zone_is_kept_beside_the_printed_date() -> None:
    printed = (
        PrintedDate(calendar="japanese_era", era="reiwa", year=8, month=12, day=4),
        PrintedDate(day=5, zone="日本時間", utc_offset=540, text="日本時間5日"),
    )
    resolved = TimeExpression(printed=printed).resolve(REPORT, "Reiwa 8 is 2026")
    assert resolved.inferred == PartialDate(year=2026, month=12, day=4)
    assert resolved.printed[1].utc_offset == 540


# -- weeks and spans back from the report ------------------------------------------------------


@settings(max_examples=examples(100), deadline=None)
@given(
    day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    first=st.integers(1, 7),
    offset=st.integers(-3, 3),
)
def test_a_week_starts_on_the_day_the_text_counts_from(
    day: dt.date, first: int, offset: int
) -> None:
    found = Deixis(unit=DeicticUnit.WEEK, offset=offset, week_starts=first).resolve(day)
    assert isinstance(found, Interval) and found.start is not None and found.end is not None
    start, end = found.start.earliest(), found.end.earliest()
    assert start is not None and end is not None
    assert start.isoweekday() == first and (end - start).days == 6
    assert start <= day + dt.timedelta(weeks=offset) <= end
    # the same week with the convention given by the reader instead
    assert Deixis(unit=DeicticUnit.WEEK, offset=offset).resolve(day, first) == found


def test_last_week_in_iran_and_in_iraq() -> None:
    last = TimeExpression(deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1))
    iran = last.resolve(REPORT, "b", week_starts=6)
    assert iran.inferred_interval == Interval.from_edtf("2026-11-28/2026-12-04")
    assert iran.deixis is not None and iran.deixis.week_starts == 6  # recorded
    iraq = last.resolve(REPORT, "b", week_starts=7)
    assert iraq.inferred_interval == Interval.from_edtf("2026-11-29/2026-12-05")
    iso = last.resolve(REPORT, "b")
    assert iso.inferred_interval == Interval.from_edtf("2026-11-23/2026-11-29")
    # "yesterday" does not depend on the week: nothing recorded
    yesterday = TimeExpression(deixis=Deixis(unit=DeicticUnit.DAY, offset=-1))
    assert yesterday.resolve(REPORT, "b", week_starts=6).deixis == Deixis(
        unit=DeicticUnit.DAY, offset=-1
    )


def test_the_past_two_decades_run_back_from_the_report() -> None:
    decades = TimeExpression(
        relation=TimeRelation.PAST,
        offset=Duration(value=20, unit=DurationUnit.YEAR),
        text="over the past two decades",
    )
    assert decades.resolve(REPORT, "b").inferred_interval == Interval.from_edtf(
        "2006-12-06/2026-12-06"
    )
    recent = TimeExpression(relation=TimeRelation.PAST, offset=Duration(unit=DurationUnit.YEAR))
    assert recent.resolve(REPORT, "b") == recent  # "in recent years": no number, no span
    with pytest.raises(iw.IraqWithdrawalError, match="'past' needs an offset"):
        TimeExpression(relation=TimeRelation.PAST, text="lately")


@settings(max_examples=examples(100), deadline=None)
@given(
    day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    count=st.integers(1, 50),
    unit=st.sampled_from(
        [DurationUnit.DAY, DurationUnit.WEEK, DurationUnit.MONTH, DurationUnit.YEAR]
    ),
)
def test_a_span_back_ends_at_the_anchor(day: dt.date, count: int, unit: DurationUnit) -> None:
    time = TimeExpression(relation=TimeRelation.PAST, offset=Duration(value=count, unit=unit))
    found = time.resolve(_on(day), "b").inferred_interval
    assert found is not None and found.end == _on(day)
    start = found.start.earliest() if found.start else None
    assert start is not None and start < day


def test_an_anchor_span_needs_an_inferred_value() -> None:
    span = iw.Span(start=0, end=4, text="2003")
    dated = TimeExpression(
        date=PartialDate(month=3, day=20),
        inferred=PartialDate(year=2003, month=3, day=20),
        inference="the year heading",
        anchor_span=span,
    )
    assert dated.anchor_span == span
    with pytest.raises(iw.IraqWithdrawalError, match="anchor_span"):
        TimeExpression(date=PartialDate(month=3, day=20), anchor_span=span)


def test_a_range_error_is_not_an_impossible_date() -> None:
    with pytest.raises(CalendarRangeError):
        gregorian_days("solar_hijri", 1700)
    assert PrintedDate(calendar="solar_hijri", year=1700).gregorian() is None


@pytest.mark.parametrize(
    ("printed", "report", "expected"),
    [
        (PrintedDate(day=3, text="3일"), "2026-12-03", "2026-12-03"),
        (PrintedDate(day=30), "2026-12-02", "2026-11-30"),  # the 30th just past
        (PrintedDate(day=2), "2026-12-30", "2027-01-02"),  # the 2nd just ahead
        (PrintedDate(month=12, day=30), "2027-01-02", "2026-12-30"),
    ],
)
def test_a_day_printed_without_its_month_or_year_is_completed_nearest_the_report(
    printed: PrintedDate, report: str, expected: str
) -> None:
    resolved = TimeExpression(printed=[printed]).resolve(PartialDate.from_edtf(report), "b")
    assert resolved.inferred == PartialDate.from_edtf(expected)
    assert resolved.printed == (printed,) and resolved.date is None


def test_an_article_and_a_builder_resolve_weeks_from_the_reports_first_day() -> None:
    from iraqwithdrawal.builder import ArticleBuilder

    last_week = TimeExpression(text="last week", deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1))
    event = iw.Event(id="e1", event_type="withdrawal", time=last_week)
    article = iw.Article(
        id="a1", headline="h", language="fa", body="x", published=REPORT, events=[event]
    )
    resolved = article.resolve_times(week_starts=6).events[0].time
    assert resolved is not None
    assert resolved.inferred_interval == Interval.from_edtf("2026-11-28/2026-12-04")
    b = ArticleBuilder(headline="h", body="last week", anchor=REPORT, week_starts=6)
    made = b.time("last week", deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1))
    assert made.inferred_interval == resolved.inferred_interval


@settings(max_examples=examples(100), deadline=None)
@given(
    day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    first=st.integers(1, 7),
    weekday=st.integers(1, 7),
)
def test_a_weekday_of_this_week_falls_in_this_week(day: dt.date, first: int, weekday: int) -> None:
    found = Deixis(weekday=weekday, offset=0, week_starts=first).resolve(day)
    week = Deixis(unit=DeicticUnit.WEEK, offset=0, week_starts=first).resolve(day)
    assert isinstance(found, PartialDate) and isinstance(week, Interval)
    when = found.earliest()
    assert when is not None and when.isoweekday() == weekday
    assert week.start is not None and week.end is not None
    assert week.start.earliest() <= when <= week.end.earliest()  # type: ignore[operator]

"""A time of day as printed: "updated 09:30 GMT", "shortly after 9 p.m. ET", with the
offset from UTC printed or worked out from the zone."""

from __future__ import annotations

import datetime as _dt
from typing import ClassVar

import attrs

from .. import _checks as v
from .._base import BOOL, NOT_BOOL, OPT_TEXT, Model, Validator
from .._checks import ClassRule, present, run_class_rules
from .._declared import Bounds
from ..vocabulary import Term, Vocabulary, term_field
from .dates import PartialDate, whole_day

__all__ = ["CLOCKS", "CLOCK_OFFSETS", "UTC_OFFSET", "Moment"]

#: The clock a time of day was read on (open: register more). ``hour`` is always the hour of
#: the 24-hour day, worked out; the clock says how the text counted it, so a program can
#: tell a reading on another clock from an error (:meth:`Moment.face_hour`).
CLOCKS = Vocabulary(
    "clock",
    "the clock a time of day was read on",
    [
        Term(name="twenty_four_hour", label="24-hour clock", description="'16:30'"),
        Term(name="twelve_hour", label="12-hour clock", description="'4.30 p.m.'"),
        Term(
            name="swahili",
            label="Swahili clock",
            description="hours counted from six, dawn and dusk: 'saa tatu asubuhi', the "
            "third hour of the morning, is 9 a.m.",
        ),
    ],
)

#: Hours a clock's face runs behind the hour of the 24-hour day (the Swahili day starts at
#: six); a clock missing here counts from midnight. Add an entry with a registered clock.
CLOCK_OFFSETS: dict[str, int] = {"swahili": 6}


_hour = Bounds(minimum=0, maximum=23, code="clock", message="hour {value} is not 0-23")
_minute = Bounds(minimum=0, maximum=59, code="clock", message="'{name}' {value} is not 0-59")
_utc_offset = Bounds(
    minimum=-720,
    maximum=840,
    code="utc_offset",
    message="UTC offset {value} minutes is not -720..840",
)


_INT: Validator = v.and_(v.instance_of(int), NOT_BOOL)


@attrs.frozen(kw_only=True)
class Moment(Model):
    """A time of day as printed ("updated 09:30 GMT"), with its date when known (a live page
    often prints only the time), the offset from UTC in minutes when the zone says it, and
    the zone as printed. ``offset_inference`` says how the offset was worked out when the
    text gives only a zone's name ("9 p.m. ET" is UTC-5 in December): present, the offset is
    computed, not printed (see :meth:`with_zone`). ``approximate`` marks a time given
    roughly ("around 9", "shortly after 9 p.m."). ``clock`` names the clock the text read
    the time on when it is not the one ``hour`` is given in ("saa tatu asubuhi" on the
    Swahili clock: ``hour`` 9, the hour worked out; :meth:`face_hour` gives back the 3)."""

    date: PartialDate | None = attrs.field(default=None, validator=v.TYPED)
    hour: int = attrs.field(validator=v.and_(_INT, _hour))
    minute: int | None = attrs.field(default=None, validator=v.optional(v.and_(_INT, _minute)))
    second: int | None = attrs.field(default=None, validator=v.optional(v.and_(_INT, _minute)))
    utc_offset: int | None = attrs.field(
        default=None, validator=v.optional(v.and_(_INT, _utc_offset))
    )
    zone: str | None = attrs.field(default=None, validator=OPT_TEXT)
    text: str | None = attrs.field(default=None, validator=OPT_TEXT)
    offset_inference: str | None = attrs.field(default=None, validator=OPT_TEXT)
    approximate: bool = attrs.field(default=False, validator=BOOL)
    clock: str | None = term_field(CLOCKS, optional=True)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]]
    __attrs_post_init__ = run_class_rules

    def with_zone(self, zone: str, on: PartialDate | None = None) -> Moment:
        """This moment with its offset worked out from an IANA time zone (``"America/
        New_York"`` for "ET") on its date or ``on``, and marked inferred. Needs the time
        zone database (``zoneinfo``; the ``tzdata`` package where the system has none)."""
        from zoneinfo import ZoneInfo

        when = self.date or on
        day = whole_day(when) if when is not None else None
        if day is None:
            raise ValueError("the offset of a zone needs a whole date (year, month, day)")
        local = _dt.datetime(
            day.year, day.month, day.day, self.hour, self.minute or 0, tzinfo=ZoneInfo(zone)
        )
        offset = local.utcoffset()
        assert offset is not None
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        return attrs.evolve(
            self,
            utc_offset=minutes,
            offset_inference=(
                f"{zone} on {day.isoformat()}: UTC{sign}{abs(minutes) // 60:02d}:"
                f"{abs(minutes) % 60:02d}"
            ),
        )

    def face_hour(self) -> int:
        """The hour as the text read it on its ``clock``: the 24-hour ``hour`` itself on
        the 24-hour clock (or none named), 1-12 on the 12-hour clock, and on a clock that
        counts from another hour (:data:`CLOCK_OFFSETS`) 1-12 counted from that hour."""
        if self.clock is None or self.clock == "twenty_four_hour":
            return self.hour
        shifted = (self.hour - CLOCK_OFFSETS.get(self.clock, 0)) % 12
        return shifted or 12

    def isoformat(self) -> str | None:
        """ISO 8601 date and time with its offset, when the date is complete (year, month,
        day in 1-9999) and the offset is known; else ``None``."""
        d = self.date
        if d is None or d.day is None or d.month is None or d.year is None:
            return None
        if not 1 <= d.year <= 9999 or self.utc_offset is None:
            return None
        zone = _dt.timezone(_dt.timedelta(minutes=self.utc_offset))
        stamp = _dt.datetime(
            d.year, d.month, d.day, self.hour, self.minute or 0, self.second or 0, tzinfo=zone
        )
        return stamp.isoformat()

    def sort_key(self) -> tuple[tuple[int, int, int, int], int]:
        """Date first (see :meth:`PartialDate.sort_key`), then the time of day in UTC when
        the offset is known, else as printed."""
        minutes = self.hour * 60 + (self.minute or 0) - (self.utc_offset or 0)
        date = self.date.sort_key() if self.date is not None else (1, 0, 0, 0)
        return date, minutes


Moment.CLASS_RULES = (
    ClassRule(
        "inference_without_value",
        lambda m: (
            "'offset_inference' explains a 'utc_offset'"
            if m.offset_inference is not None and m.utc_offset is None
            else None
        ),
        {"if": present("offset_inference"), "then": present("utc_offset")},
        "'offset_inference' goes with a 'utc_offset'",
    ),
    ClassRule(
        "second_without_minute",
        lambda m: (
            "a time with seconds needs its minute"
            if m.second is not None and m.minute is None
            else None
        ),
        {"if": present("second"), "then": present("minute")},
        "a time with seconds has its minute",
        broken="{second} is not None and {minute} is None",
    ),
)


#: The check of an offset from UTC in minutes (-12:00 to +14:00), shared by every field
#: that holds one.
UTC_OFFSET: Validator = v.optional(v.and_(_INT, _utc_offset))

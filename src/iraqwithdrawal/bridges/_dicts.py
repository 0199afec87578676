"""Reading another tool's dicts with JSON paths: type checks that report where a value is
wrong, losses at the tool's paths, and the timestamps extractors and pages write.

Shared by the bridges of this package; nothing here is public."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from ..errors import Problem, RuleError, ValidationError, child_path
from ..models import ID_PATTERN, Moment, PartialDate
from ..standards import Loss, LossKind

T = TypeVar("T")

_ID = re.compile(ID_PATTERN)
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_STAMP = re.compile(
    r"\s*(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<fraction>[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?\s*",
)


class Reader:
    """Collects the problems and losses of one import, each at a path of the tool's
    document (``$.authors[2]``). :meth:`finish` raises every problem at once."""

    def __init__(self, tool: str, null_words: frozenset[str] = frozenset()) -> None:
        self.tool = tool
        self.null_words = null_words  #: strings that stand for no value
        self.problems: list[Problem] = []
        self.losses: list[Loss] = []

    def fail(self, path: str, code: str, message: str, value: Any = None) -> None:
        self.problems.append(Problem(code=code, path=path, message=message, value=value))

    def dropped(self, path: str, message: str) -> None:
        self.losses.append(Loss(kind=LossKind.DROPPED, path=path, message=message))

    def approximated(self, path: str, message: str) -> None:
        self.losses.append(Loss(kind=LossKind.APPROXIMATED, path=path, message=message))

    def mapping(self, value: Any, path: str) -> Mapping[str, Any] | None:
        """``value`` if it is a JSON object with string keys, else a problem."""
        if isinstance(value, Mapping) and all(isinstance(k, str) for k in value):
            return value
        self.fail(path, "wrong_type", f"{self.tool}: expected an object", value)
        return None

    def text(self, value: Any, path: str) -> str | None:
        """A string with something in it; ``None`` for null, blank text and the
        :attr:`null_words`. Another type is a problem."""
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(path, "wrong_type", f"{self.tool}: expected a string", value)
            return None
        if not value.strip() or value in self.null_words:
            return None
        return value

    def texts(self, value: Any, path: str) -> list[tuple[str, str]]:
        """The strings of a string or a list of strings, each with its path; a blank one
        is skipped."""
        if value is None or isinstance(value, str):
            found = self.text(value, path)
            return [] if found is None else [(found, path)]
        if not isinstance(value, (list, tuple)):
            self.fail(path, "wrong_type", f"{self.tool}: expected a list of strings", value)
            return []
        out = []
        for i, item in enumerate(value):
            found = self.text(item, f"{path}[{i}]")
            if found is not None:
                out.append((found, f"{path}[{i}]"))
        return out

    def build(
        self,
        path: str,
        factory: Callable[..., T],
        origins: Mapping[str, str] | None = None,
        **fields: Any,
    ) -> T | None:
        """``factory(**fields)``, or ``None`` with a problem when the values break a rule
        of the model: at the tool's path of the field whose value broke it (``origins``
        maps field names to those paths), else at ``path``."""
        try:
            return factory(**fields)
        except RuleError as err:
            where = next(
                (
                    origin
                    for name, origin in (origins or {}).items()
                    if name in fields and fields[name] == err.value
                ),
                path,
            )
            self.fail(where, err.code, f"{self.tool}: {err.message}", err.value)
        except (TypeError, ValueError) as err:
            self.fail(path, "invalid", f"{self.tool}: {err}")
        return None

    def finish(self) -> None:
        """Raise every problem found, as one :class:`ValidationError`."""
        if self.problems:
            raise ValidationError(self.problems, source=self.tool)


def key_path(path: str, key: str) -> str:
    return child_path(path, key)


@attrs.frozen
class Stamp:
    """A date, and the time of day with it when the text gives one."""

    date: PartialDate
    moment: Moment | None
    fraction: bool  #: the text had fractions of a second (not kept)


def parse_stamp(text: str, *, zero_seconds_unstated: bool = False) -> Stamp:
    """An ISO 8601 date or date and time (``2025-07-22``, ``2025-07-22 09:15:00``,
    ``2025-07-22T09:15:00+03:00``, ``…Z``); ``ValueError`` for anything else. The offset
    is kept in minutes; with no offset the moment has none (nothing is assumed)."""
    match = _STAMP.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not an ISO 8601 date or date and time")
    part = match.groupdict()
    date = PartialDate(
        year=int(part["year"]),
        month=int(part["month"]) if part["month"] else None,
        day=int(part["day"]) if part["day"] else None,
    )
    if part["hour"] is None:
        return Stamp(date, None, False)
    offset = None
    zone = part["zone"]
    if zone == "Z":
        offset = 0
    elif zone:
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:]) if len(digits) > 2 else 0)
        offset = -minutes if zone[0] == "-" else minutes
    second = int(part["second"]) if part["second"] else None
    if zero_seconds_unstated and second == 0 and not part["fraction"]:
        second = None
    moment = Moment(
        date=date,
        hour=int(part["hour"]),
        minute=int(part["minute"]),
        second=second,
        utc_offset=offset,
    )
    return Stamp(date, moment, bool(part["fraction"]))


def make_id(*candidates: str | None, prefix: str = "a") -> str:
    """An id (see ``ID_PATTERN``) from the first candidate that gives one: its words in
    lower case joined by ``-``; ``prefix`` alone when none does."""
    for text in candidates:
        if not text:
            continue
        words = _WORDS.findall(text.lower())
        ascii_words = [w for w in words if w.isascii()]
        base = "-".join(ascii_words)[:100].strip("-")
        if base and not base[0].isalpha():
            base = f"{prefix}-{base}"
        if base and _ID.fullmatch(base):
            return base
    return prefix


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever ``taken`` does not hold (and add it)."""
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    taken.add(ident)
    return ident

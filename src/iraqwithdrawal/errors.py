"""Exceptions and problem reports.

Every error this package raises on purpose derives from :class:`IraqWithdrawalError`.
Input that breaks a rule is reported as :class:`Problem` records (severity, stable code,
JSON path, message); :class:`ValidationError` carries all of them at once.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "EDTFError",
    "FieldTypeError",
    "IraqWithdrawalError",
    "Problem",
    "RegistryError",
    "RuleError",
    "Severity",
    "ValidationError",
    "child_path",
    "preview",
]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def child_path(path: str, key: str) -> str:
    """The JSON path of member ``key`` of the object at ``path``: ``$.name`` for a plain
    name, ``$['a.b']`` for any other key (empty, dotted, spaced ...), so a path always
    reads back to one place."""
    if _NAME.fullmatch(key):
        return f"{path}.{key}"
    quoted = key.replace("\\", "\\\\").replace("'", "\\'")
    return f"{path}['{quoted}']"


class IraqWithdrawalError(Exception):
    """Root of every exception raised on purpose by this package."""


class Severity(str, enum.Enum):
    """How serious a :class:`Problem` is: errors make a document invalid, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(kw_only=True)
class Problem:
    """One broken rule: where (a JSON path such as ``$.quotes[2].attribution.source``), what
    (a stable ``code``), and a sentence for people."""

    code: str
    path: str
    message: str
    severity: Severity = Severity.ERROR
    value: Any = attrs.field(default=None, eq=False, repr=False)

    def __str__(self) -> str:
        tag = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{self.path}: {tag}{self.message} [{self.code}]"


class RuleError(IraqWithdrawalError, ValueError):
    """A single value broke a model rule. Raised by validators; ``code`` is stable."""

    def __init__(self, code: str, message: str, value: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.value = value


class FieldTypeError(RuleError, TypeError):
    """A value of the wrong type was given to a model field (code ``wrong_type``). It is a
    :class:`TypeError` too, as attrs' own type checks raise, with a one-line message."""

    def __init__(self, message: str, value: Any = None) -> None:
        super().__init__("wrong_type", message, value)


def preview(value: Any, width: int = 60) -> str:
    """A short, safe look at a value for messages: never walks into a container (it may
    nest deeply) and never converts a huge integer to text (which Python refuses past 4,300
    digits)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        if value.bit_length() > 200:
            return f"an integer of about {int(value.bit_length() * 0.30103)} digits"
        return repr(value)
    if isinstance(value, dict):
        return f"an object of {len(value)} keys" if value else "{}"
    if isinstance(value, (list, tuple)):
        return f"{len(value)} items" if value else "[]"
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real error
        return f"a {type(value).__name__}"
    return text if len(text) <= width else text[: width - 3] + "..."


class EDTFError(RuleError):
    """A string is not EDTF this package reads (levels 0 and 1 dates and intervals)."""

    def __init__(self, message: str, value: Any = None, code: str = "edtf_invalid") -> None:
        super().__init__(code, message, value)


#: How many problems the text of a :class:`ValidationError` lists; ``problems`` keeps all.
MAX_LISTED = 50


class ValidationError(IraqWithdrawalError, ValueError):
    """Input or a document broke one or more rules; ``problems`` lists every one of them."""

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        self.source = source
        super().__init__(self._text())

    def _text(self) -> str:
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        head = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
        if self.source:
            head = f"{self.source}: {head}"
        shown = self.problems[:MAX_LISTED]
        lines = [f"  {p}" for p in shown]
        if len(self.problems) > len(shown):
            lines.append(f"  ... and {len(self.problems) - len(shown)} more (see .problems)")
        return "\n".join([head + ":", *lines]) if lines else head

    @property
    def codes(self) -> list[str]:
        """The codes of all problems, in order: handy in tests and logs."""
        return [p.code for p in self.problems]


class RegistryError(IraqWithdrawalError, ValueError):
    """A type tag or vocabulary term was registered twice, or is not registered."""

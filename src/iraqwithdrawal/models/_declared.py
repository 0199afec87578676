"""Checks written as data: bounds, a pattern, non-blank text, a fixed choice, a length, an
IRI, a language tag, an EDTF date.

Each check is one object that makes every form of itself from the same few values: the
Python test (``check(instance, attribute, value)``, as attrs calls a validator), the line of
source the generated loaders run inline (``inline``, with the names it needs in
``helpers``, so an extension's check brings its own), the JSON Schema keywords
(``schema()``) and the hypothesis strategies of values it accepts (``strategy()``) and of
values near them that it may refuse (``near()``). Because the forms are made from one
definition they agree; a property test holds every check of every model to that.

They are :class:`~iraqwithdrawal.models._checks.Rule` objects, so every reader of rules
(the loaders, the schema, the documentation) reads them unchanged. A rule that compares
fields or reads the run-time vocabulary stays a function decorated with ``@rule``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .._kept import INT_RANGE
from ..errors import RuleError, preview
from ._checks import Rule
from ._language import LANGUAGE_PATTERN, TWO_LETTER_LANGUAGES, is_language_tag

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "BLANK",
    "Bounds",
    "Choice",
    "Declared",
    "EDTF_DATE_PATTERN",
    "EDTF_INTERVAL_PATTERN",
    "Edtf",
    "Iri",
    "IRI_PATTERN",
    "LanguageTag",
    "Length",
    "NonBlank",
    "Pattern",
    "declared_checks",
    "edtf_like_strings",
]

_NUMBERS = itertools.count(1)


def _anchored(pattern: str) -> str:
    """``pattern`` as a JSON Schema pattern matching whole strings only. ``$`` alone would
    also match before a final newline in Python's ``re`` (which ``jsonschema`` uses), so the
    end is written as "no character follows", which ECMA-262 and Python read alike."""
    return f"^(?:{pattern})(?![\\s\\S])"


class Declared(Rule):
    """Base of the declarative checks: a check is a predicate (:meth:`accepts`) on a value
    whose type the field's annotation has already checked, plus the data its other forms
    are made from. Subclasses set ``json_type`` (what the schema fragment applies to:
    ``"string"`` or ``"number"``) and implement :meth:`accepts`, :meth:`fragment`,
    :meth:`condition` and :meth:`strategy`."""

    __slots__ = ("exact_schema", "message")

    #: The JSON type the check applies to (``"string"`` or ``"number"``).
    json_type: ClassVar[str] = "string"

    def json_types(self) -> list[str]:
        """The JSON types of the values the check applies to."""
        return [self.json_type]

    def __init__(self, *, code: str, message: str, exact_schema: bool = True) -> None:
        #: Whether the schema fragment accepts exactly what :meth:`accepts` accepts
        #: (``False`` where a schema can only say less: it then accepts a superset).
        self.exact_schema = exact_schema
        own = f"_{type(self).__name__.lower()}{next(_NUMBERS)}"
        helpers, condition = self.condition(own)
        super().__init__(
            self._check,
            code=code,
            schema=self.fragment(),
            inline=f"if not ({condition}): raise _Refused",
            helpers=helpers,
        )
        self.name = repr(self)
        #: The error message, a ``str.format`` template over ``name`` (the field), ``value``
        #: and ``preview`` (the value, shortened for a message).
        self.message = message

    # --- what a subclass says ---------------------------------------------------------------

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` (already of the field's type) passes."""
        raise NotImplementedError

    def fragment(self) -> dict[str, Any]:
        """The JSON Schema keywords of a value that passes."""
        raise NotImplementedError

    def condition(self, own: str) -> tuple[dict[str, Any], str]:
        """The helpers and a Python expression over ``{v}`` that is true when the value
        passes; helper names start with ``own``, which no other check uses."""
        return {own: self.accepts}, f"{own}({{v}})"

    def strategy(self) -> SearchStrategy[Any]:
        """A hypothesis strategy of values that pass."""
        raise NotImplementedError

    def near(self) -> SearchStrategy[Any]:
        """A hypothesis strategy of values of the right type near the boundary, passing or
        not (for tests that the forms agree)."""
        return self.strategy()

    # --- what every check does the same way -------------------------------------------------

    def _check(self, _inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not self.accepts(value):
            raise RuleError(
                str(self.code),
                self.message.format(name=attr.name, value=value, preview=preview(value)),
                value,
            )

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        self._check(inst, attr, value)


class Bounds(Declared):
    """A number within bounds: ``minimum``/``maximum`` inclusive, ``exclusive_minimum``/
    ``exclusive_maximum`` exclusive (the JSON Schema keywords of the same names)."""

    __slots__ = ("exclusive_maximum", "exclusive_minimum", "maximum", "minimum")
    json_type = "number"

    def __init__(
        self,
        *,
        code: str,
        message: str,
        minimum: int | None = None,
        maximum: int | None = None,
        exclusive_minimum: int | None = None,
        exclusive_maximum: int | None = None,
    ) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.exclusive_minimum = exclusive_minimum
        self.exclusive_maximum = exclusive_maximum
        super().__init__(code=code, message=message)

    def _tests(self) -> list[tuple[str, int]]:
        found = [
            (">=", self.minimum),
            ("<=", self.maximum),
            (">", self.exclusive_minimum),
            ("<", self.exclusive_maximum),
        ]
        return [(op, bound) for op, bound in found if bound is not None]

    def accepts(self, value: Any) -> bool:
        for op, bound in self._tests():
            if not _COMPARE[op](value, bound):
                return False
        return True

    def fragment(self) -> dict[str, Any]:
        keys = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        values = (self.minimum, self.maximum, self.exclusive_minimum, self.exclusive_maximum)
        return {k: b for k, b in zip(keys, values, strict=True) if b is not None}

    def condition(self, own: str) -> tuple[dict[str, Any], str]:
        parts = [f"{{v}} {op} {bound!r}" for op, bound in self._tests()]
        return {}, " and ".join(parts) or "True"

    def _range(self) -> tuple[int, int]:
        low, high = INT_RANGE
        if self.minimum is not None:
            low = max(low, self.minimum)
        if self.exclusive_minimum is not None:
            low = max(low, self.exclusive_minimum + 1)
        if self.maximum is not None:
            high = min(high, self.maximum)
        if self.exclusive_maximum is not None:
            high = min(high, self.exclusive_maximum - 1)
        return low, high

    def strategy(self) -> SearchStrategy[Any]:
        low, high = self._range()
        from hypothesis import strategies as st

        return st.integers(low, high)

    def floats(self) -> SearchStrategy[float]:
        """Finite floats that pass (for a field that takes floats)."""
        from hypothesis import strategies as st

        low, high = self._range()
        return st.floats(low, high, allow_nan=False, allow_infinity=False).filter(self.accepts)

    def near(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        edges = [b for _, b in self._tests()]
        around = st.sampled_from(edges).flatmap(
            lambda b: st.integers(b - 2, b + 2) | st.floats(b - 1, b + 1, allow_nan=False)
        )
        return around | st.integers(*INT_RANGE) | st.floats(allow_nan=False, allow_infinity=False)

    def __repr__(self) -> str:
        return f"Bounds({', '.join(f'{k}={b}' for k, b in self.fragment().items())})"


_COMPARE: Mapping[str, Callable[[Any, Any], bool]] = {
    ">=": lambda a, b: bool(a >= b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    "<": lambda a, b: bool(a < b),
}


class Pattern(Declared):
    """A string the regular expression ``pattern`` matches in full. The pattern must mean
    the same in Python's ``re`` and in ECMA-262 (JSON Schema): no ``\\A``, ``\\Z``, inline
    flags or possessive quantifiers. ``alphabet`` (optional) is a strategy of the
    characters valid values are drawn from."""

    __slots__ = ("pattern", "regex")

    def __init__(self, pattern: str, *, code: str = "pattern", message: str | None = None) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern)
        super().__init__(
            code=code,
            message=message or f"'{{name}}' must match {_braced(pattern)} ({{preview}} does not)",
        )

    def accepts(self, value: Any) -> bool:
        return self.regex.fullmatch(value) is not None

    def fragment(self) -> dict[str, Any]:
        return {"pattern": _anchored(self.pattern)}

    def condition(self, own: str) -> tuple[dict[str, Any], str]:
        return {own: self.regex.fullmatch}, f"{own}({{v}}) is not None"

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return st.from_regex(self.regex, fullmatch=True)

    def near(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        valid = self.strategy()
        return st.one_of(
            valid,
            st.tuples(valid, st.sampled_from(["\n", " ", "#", "", "\x00", "é"])).map("".join),
            st.tuples(st.sampled_from(["\n", " ", "-", "1", ""]), valid).map("".join),
            st.text(max_size=12),
        )

    def __repr__(self) -> str:
        return f"Pattern({self.pattern[:40]!r})"


def _braced(text: str) -> str:
    return repr(text).replace("{", "{{").replace("}", "}}")


#: What counts as blank, in the loaders and in the JSON Schema alike: every character
#: Python's ``str.isspace`` knows, and U+FEFF, which ECMA-262's ``\s`` (JSON Schema
#: patterns) counts as space too. (U+001C-U+001F are space to Python, not to ECMA-262:
#: listing the characters, never ``\s``/``\S``, keeps the two readers agreeing.)
BLANK = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff"


class NonBlank(Declared):
    """Text with at least one character that is not :data:`BLANK`."""

    __slots__ = ()

    def __init__(
        self, *, code: str = "empty_text", message: str = "'{name}' must not be empty or blank"
    ) -> None:
        super().__init__(code=code, message=message)

    def accepts(self, value: Any) -> bool:
        return bool(value.strip(BLANK))

    def fragment(self) -> dict[str, Any]:
        return {"pattern": "[^" + "".join(f"\\u{ord(c):04x}" for c in BLANK) + "]"}

    def condition(self, own: str) -> tuple[dict[str, Any], str]:
        return {own: BLANK}, f"{{v}}.strip({own})"

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        blank = st.text(st.sampled_from(BLANK), max_size=3)
        return (
            st.tuples(blank, st.text(min_size=1, max_size=20), blank)
            .map("".join)
            .filter(self.accepts)
        )

    def near(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return self.strategy() | st.text(st.sampled_from(BLANK + "\x1c\x1f\u200b"), max_size=5)

    def __repr__(self) -> str:
        return "NonBlank()"


class Choice(Declared):
    """One of a fixed set of values (strings or numbers); one value is a constant."""

    __slots__ = ("values",)

    def __init__(self, values: Iterable[Any], *, code: str, message: str) -> None:
        self.values = tuple(values)
        if not self.values:
            raise ValueError("a choice needs at least one value")
        super().__init__(code=code, message=message)

    def json_types(self) -> list[str]:
        kinds = {"string" if isinstance(c, str) else "number" for c in self.values}
        return sorted(kinds)

    def accepts(self, value: Any) -> bool:
        # As JSON Schema's const and enum compare: 1 == 1.0, but True is not 1.
        return any(
            value == c and isinstance(value, bool) is isinstance(c, bool) for c in self.values
        )

    def fragment(self) -> dict[str, Any]:
        if len(self.values) == 1:
            return {"const": self.values[0]}
        return {"enum": list(self.values)}

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return st.sampled_from(self.values)

    def near(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        numbers = [c for c in self.values if not isinstance(c, str)]
        around = (
            st.sampled_from(numbers).flatmap(lambda n: st.integers(n - 2, n + 2) | st.just(n * 1.0))
            if numbers
            else st.nothing()
        )
        return (
            self.strategy() | self.strategy().map(lambda x: f"{x}x") | st.text(max_size=5) | around
        )

    def __repr__(self) -> str:
        return f"Choice({self.values!r})"


class Length(Declared):
    """Text of ``min_length`` to ``max_length`` code points (either may be left out)."""

    __slots__ = ("max_length", "min_length")

    def __init__(
        self,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        code: str = "length",
        message: str = "'{name}' has a length out of range ({preview})",
    ) -> None:
        self.min_length = min_length
        self.max_length = max_length
        super().__init__(code=code, message=message)

    def accepts(self, value: Any) -> bool:
        n = len(value)
        return (self.min_length is None or n >= self.min_length) and (
            self.max_length is None or n <= self.max_length
        )

    def fragment(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.min_length is not None:
            out["minLength"] = self.min_length
        if self.max_length is not None:
            out["maxLength"] = self.max_length
        return out

    def condition(self, own: str) -> tuple[dict[str, Any], str]:
        parts = []
        if self.min_length is not None:
            parts.append(f"len({{v}}) >= {self.min_length}")
        if self.max_length is not None:
            parts.append(f"len({{v}}) <= {self.max_length}")
        return {}, " and ".join(parts) or "True"

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return st.text(min_size=self.min_length or 0, max_size=self.max_length)

    def near(self) -> SearchStrategy[Any]:
        top = (self.max_length or self.min_length or 0) + 2
        from hypothesis import strategies as st

        return st.text(max_size=top)

    def __repr__(self) -> str:
        return f"Length({self.min_length}, {self.max_length})"


# An absolute IRI (RFC 3987): a scheme, ':', then no space, control character or one of
# < > " { } | \ ^ `, '%' only as a percent-encoded octet, '[' and ']' only around an IP
# literal host, and at most one '#'. Non-ASCII letters are allowed, as IRIs allow them.
_IRI_CHAR = r"(?:[^\x00-\x20\x7f-\x9f<>\"{}|\\^`#%\[\]]|%[0-9A-Fa-f]{2})"
_IP_LITERAL = r"\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]"
IRI_PATTERN = (
    rf"[A-Za-z][A-Za-z0-9+.\-]*:(?://(?:{_IRI_CHAR}*@)?{_IP_LITERAL}(?::[0-9]*)?)?"
    rf"{_IRI_CHAR}*(?:#{_IRI_CHAR}*)?"
)


class Iri(Pattern):
    """An absolute IRI (RFC 3987) as :data:`IRI_PATTERN` reads it."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(
            IRI_PATTERN,
            code="not_iri",
            message=(
                "'{name}' {preview} is not an absolute IRI (a scheme such as "
                "'https:', no spaces or control characters, none of < > \" {{ }} | \\ ^ `, "
                "'%' only before two hex digits, brackets only around an IP address, at most "
                "one '#')"
            ),
        )

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        token = st.sampled_from(
            [
                "a",
                "news",
                "2024",
                "\u00e9",
                "\u043d\u043e\u0432\u043e\u0441\u0442\u0438",
                "%20",
                "%D0%BF",
                "-",
                ".",
                "_",
                "~",
                "!",
            ]
        )
        segment = st.lists(token, max_size=4).map("".join)
        path = st.lists(segment, max_size=3).map("/".join)
        host = st.sampled_from(
            [
                "example.org",
                "\u043f\u0440\u0438\u043c\u0435\u0440.example",
                "news.example:8080",
                "[::1]",
            ]
        )
        tail = st.sampled_from(["", "?id=7", "?q=%D0%BF&x=1", "#top", "?a=b#c"])
        web = st.builds(lambda h, p, t: f"//{h}/{p}{t}", host, path, tail)
        return st.builds(
            lambda scheme, rest: f"{scheme}:{rest}",
            st.sampled_from(["https", "http", "urn", "tag", "x+y.z-1"]),
            web | st.builds(lambda p, t: p + t, path.filter(bool), tail),
        ).filter(self.accepts)

    def near(self) -> SearchStrategy[Any]:
        return super().near() | super().strategy()

    def __repr__(self) -> str:
        return "Iri()"


class LanguageTag(Declared):
    """A BCP 47 language tag this library accepts (see ``_language``), in any case. The
    schema says the grammar but cannot say "no variant or extension given twice", so it
    accepts a superset."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(
            code="language_tag",
            message="{preview} is not a BCP 47 language tag such as 'en' or 'ar-IQ'",
            exact_schema=False,
        )

    def accepts(self, value: Any) -> bool:
        return is_language_tag(value)

    def fragment(self) -> dict[str, Any]:
        return {"pattern": _anchored(LANGUAGE_PATTERN)}

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        letters = st.text(
            st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            min_size=1,
            max_size=8,
        )
        primary = st.sampled_from(TWO_LETTER_LANGUAGES) | letters.filter(lambda w: len(w) == 3)
        script = st.sampled_from(["", "-Latn", "-Arab", "-hant", "-CYRL"])
        region = st.sampled_from(["", "-IQ", "-gb", "-419", "-US"])
        variant = st.sampled_from(["", "-1996", "-rozaj", "-valencia"])
        private = st.sampled_from(["", "-x-army", "-x-a-b"])
        tag = st.tuples(primary, script, region, variant, private).map("".join)
        return (tag | st.sampled_from(["i-klingon", "x-whatever", "en-GB-oed"])).filter(
            self.accepts
        )

    def near(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        return self.strategy() | st.sampled_from(
            ["zz", "en-", "en-rozaj-rozaj", "de-a-x-a-y", "EN-us", "i-klingon", "x", "en\n"]
        )

    def __repr__(self) -> str:
        return "LanguageTag()"


# --- EDTF -----------------------------------------------------------------------------------

_YEAR = r"(?:XXXX|(?!-0000)-?[0-9]{4}|Y-?[1-9][0-9]{4,8})"
_MONTH_DAY = r"-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|-XX(?:-XX)?"
_DIVISION = r"-(?:2[1-9]|3[0-9]|4[01])"  # a season or sub-year grouping (PartialDate.division)
# Days that no calendar has: 30 and 31 February, the 31st of 30-day months, 29 February of a
# year that is not a leap year (not a multiple of 4, or a century not a multiple of 400).
_NOT_LEAP = (
    r"-?(?:[0-9]{2}(?:[02468][1235679]|[13579][01345789])"
    r"|(?:[02468][1235679]|[13579][01345789])00)-02-29"
)
_IMPOSSIBLE = rf"(?!{_YEAR}-02-3[01])(?!{_YEAR}-(?:04|06|09|11)-31)(?!{_NOT_LEAP})"
# A date must know its year or its month: "XXXX" and "XXXX-XX" say nothing.
_SAYS_NOTHING = r"(?!XXXX(?:-XX){0,2}[?~%]?(?:/|$))"
# The shapes EDTF can write (PartialDate's edtf_inexpressible rule): a year-less date takes
# no qualifier and no division; a division takes no qualifier; a Y-year stands alone but for
# an unspecified month and day (``Y12345-XX``), which the reader takes as the year alone.
_YEAR_LESS = rf"{_SAYS_NOTHING}{_IMPOSSIBLE}XXXX(?:{_MONTH_DAY})?"
_FOUR_DIGITS = rf"{_IMPOSSIBLE}(?!-0000)-?[0-9]{{4}}"
_DATED = rf"{_FOUR_DIGITS}(?:(?:{_MONTH_DAY})?[?~%]?|{_DIVISION})"
_DATE = rf"(?:{_YEAR_LESS}|{_DATED}|Y-?[1-9][0-9]{{4,8}}(?:-XX(?:-XX)?)?)"
# At an end of an interval: seasons 21-24 only, no sub-year groupings.
_END = rf"{_FOUR_DIGITS}(?:(?:{_MONTH_DAY})?[?~%]?|-2[1-4])"
_PLAIN = rf"{_FOUR_DIGITS}(?:{_MONTH_DAY}|-2[1-4])?"
#: An EDTF date as this library reads it (levels 0 and 1, whole-date qualifiers).
EDTF_DATE_PATTERN = rf"^{_DATE}$"
#: An EDTF interval: two dates, an open end ``..`` or an unknown (empty) end, with at least
#: one date unless both ends are open (``../..``); a year-less end only between two plain
#: dates (EDTF level 2); no Y-year and no sub-year grouping (25-41) at either end.
EDTF_INTERVAL_PATTERN = (
    rf"^(?:(?!/\.\.$|\.\./$|/$)(?:{_END}|\.\.)?/(?:{_END}|\.\.)?"
    rf"|{_YEAR_LESS}/(?:{_YEAR_LESS}|{_PLAIN})|{_PLAIN}/{_YEAR_LESS})$"
)


class Edtf(Declared):
    """An EDTF string this library reads: a date (levels 0 and 1), or with ``interval`` an
    interval. The Python test is the reader itself; the schema is the grammar as a pattern,
    which cannot compare an interval's two ends (a reversed range matches it)."""

    __slots__ = ("interval",)

    def __init__(self, *, interval: bool = False) -> None:
        self.interval = interval
        super().__init__(
            code="edtf_invalid",
            message="{preview} is not an EDTF date this library reads",
            exact_schema=not interval,
        )

    def read(self, value: str) -> Any:
        """The :class:`PartialDate` or :class:`Interval` ``value`` stands for (raising
        :class:`~iraqwithdrawal.errors.EDTFError` when it is not one)."""
        from .time import Interval, PartialDate

        return (Interval if self.interval else PartialDate).from_edtf(value)

    def accepts(self, value: Any) -> bool:
        try:
            self.read(value)
        except ValueError:
            return False
        return True

    def fragment(self) -> dict[str, Any]:
        return {"pattern": EDTF_INTERVAL_PATTERN if self.interval else EDTF_DATE_PATTERN}

    def strategy(self) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        date = st.builds(
            _edtf_date,
            st.integers(-9999, 9999) | st.none(),
            st.integers(1, 12) | st.none(),
            st.integers(1, 31) | st.none(),
            st.sampled_from(["", "", "?", "~", "%"]),
            st.none() | st.integers(21, 41),
        )
        if not self.interval:
            return (date | st.integers(10_000, 10**9 - 1).map(lambda y: f"Y{y}")).filter(
                self.accepts
            )
        end = date | st.sampled_from(["..", ""])
        return st.tuples(end, end).map("/".join).filter(self.accepts)

    def near(self) -> SearchStrategy[Any]:
        return self.strategy() | edtf_like_strings()

    def __repr__(self) -> str:
        return f"Edtf(interval={self.interval})"


def _edtf_date(
    year: int | None, month: int | None, day: int | None, qualifier: str, division: int | None
) -> str:
    text = "XXXX" if year is None else (f"-{-year:04d}" if year < 0 else f"{year:04d}")
    if division is not None and year is not None:
        return f"{text}-{division}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text + (qualifier if year is not None else "")


def edtf_like_strings() -> SearchStrategy[str]:
    """Strings shaped like EDTF dates and intervals, valid or nearly so: years of four
    digits, ``XXXX``, partly unspecified or ``Y``-prefixed; months, seasons and days in and
    out of range; qualifiers in and out of place; open and unknown interval ends. For
    differential tests of EDTF readers."""
    from hypothesis import strategies as st

    @st.composite
    def draw_one(draw: st.DrawFn) -> str:
        year = draw(
            st.sampled_from(["XXXX", "19XX", "199X", "0000", "-0000", "Y12345", "Y-12345"])
            | st.integers(-9999, 9999).map(lambda y: f"-{-y:04d}" if y < 0 else f"{y:04d}")
        )
        month = draw(
            st.sampled_from(["", "-XX", "-1X", "-00", "-13"])
            | st.integers(1, 12).map(lambda m: f"-{m:02d}")
            | st.integers(21, 42).map(lambda m: f"-{m}")
        )
        day = ""
        if month and draw(st.booleans()):
            day = draw(
                st.sampled_from(["-XX", "-3X", "-00", "-32"])
                | st.integers(1, 31).map(lambda d: f"-{d:02d}")
            )
        qualifier = draw(st.sampled_from(["", "", "", "?", "~", "%"]))
        text = year + month + day + qualifier
        if draw(st.integers(0, 2)) == 0:
            return text
        other = draw(st.sampled_from(["..", "", "..", "2020", "XXXX-06-03", "1999-12~", "2021-21"]))
        pair = (text, other) if draw(st.booleans()) else (other, text)
        if draw(st.integers(0, 3)) == 0:
            pair = (text, draw(draw_one()).split("/")[0])
        return "/".join(pair)

    result: SearchStrategy[str] = draw_one()
    return result


def declared_checks(validator: Any) -> list[Declared]:
    """The declarative checks inside ``validator`` (through ``and_``, ``optional`` and
    ``deep_iterable``), in order."""
    if isinstance(validator, Declared):
        return [validator]
    out: list[Declared] = []
    for part in getattr(validator, "checks", ()):
        out += declared_checks(part)
    for name in ("inner", "member"):
        inner = getattr(validator, name, None)
        if inner is not None:
            out += declared_checks(inner)
    return out

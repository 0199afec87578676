"""Open, registered vocabularies: the kinds, roles and acts a report names.

A closed enum blocks the next report (an embassy, a junta, an outlet's desk), so a field whose
values are words of the trade holds a *term* of a :class:`Vocabulary` instead: a plain string
on the wire and in Python, checked against the terms registered at run time. The library
registers its built-in terms, with their mappings to the standards (schema.org types, PLOVER
codes...); a user registers more with :meth:`Vocabulary.register`. A strict load refuses an
unregistered term (``unknown_term``); a lenient one keeps it as written and ``validate()``
reports it as a warning, so nothing is lost.

    >>> from iraqwithdrawal.models.vocabulary import Term, get_vocabulary
    >>> kinds = get_vocabulary("organization_kind")
    >>> "embassy" in kinds
    True
    >>> kinds.register(Term(name="cartel", label="Cartel"))
    Term(name='cartel', label='Cartel', description=None, broader=None, mappings=())
    >>> kinds.unregister("cartel")
"""

from __future__ import annotations

import enum
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..errors import RegistryError, RuleError, preview
from . import _checks as v
from ._checks import Rule

__all__ = [
    "TERM_PATTERN",
    "Term",
    "TermCheck",
    "Vocabulary",
    "get_vocabulary",
    "restore_vocabulary_state",
    "term_field",
    "term_value",
    "vocabularies",
    "vocabulary_of",
    "vocabulary_state",
]

#: A term's name: lower case ASCII letters, digits and underscores, starting with a letter.
TERM_PATTERN = r"[a-z][a-z0-9_]{0,63}"
_TERM_RE = re.compile(TERM_PATTERN)


def _pairs(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), str(m)) for k, m in items))


@attrs.frozen(kw_only=True)
class Term:
    """One term: its ``name`` (the wire value), a label, a description, the ``broader`` term
    of the same vocabulary it narrows (``embassy`` narrows ``government``), and its
    ``mappings`` to the standards: ``{"schemaorg": "GovernmentOrganization"}``."""

    name: str = attrs.field(validator=v.and_(v.TYPED, v.matches_re(TERM_PATTERN)))
    label: str | None = attrs.field(default=None, validator=v.TYPED)
    description: str | None = attrs.field(default=None, validator=v.TYPED)
    broader: str | None = attrs.field(
        default=None, validator=v.optional(v.and_(v.TYPED, v.matches_re(TERM_PATTERN)))
    )
    mappings: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)

    def mapping(self, standard: str) -> str | None:
        """The term's code or type in ``standard`` (``"schemaorg"``, ``"plover"``...), if any."""
        for key, value in self.mappings:
            if key == standard:
                return value
        return None


class Vocabulary:
    """An open set of terms for one kind of field, extended at run time.

    Registering a term again with the same definition is harmless, and so is one that differs
    only in its label or description (prose, not a definition: the first is kept); another
    ``broader`` term or other mappings under a registered name is a :class:`RegistryError`.
    """

    __slots__ = ("_lock", "_terms", "check", "name", "summary")

    def __init__(self, name: str, summary: str, terms: Iterable[Term] = ()) -> None:
        if _TERM_RE.fullmatch(name) is None:
            raise RegistryError(f"vocabulary name {name!r} does not match {TERM_PATTERN!r}")
        self.name = name
        self.summary = summary
        self._terms: dict[str, Term] = {}
        self._lock = threading.Lock()
        for term in terms:
            self.register(term)
        #: The field check: the value is a registered term of this vocabulary.
        self.check: TermCheck = _membership(self)
        _register_vocabulary(self)

    def register(self, term: Term) -> Term:
        """Add ``term``; the registered term is returned (the first one when equal)."""
        if not isinstance(term, Term):
            raise RegistryError(f"expected a Term, got {type(term).__name__}")
        with self._lock:
            known = self._terms.get(term.name)
            if known is None:
                if term.broader is not None and term.broader not in self._terms:
                    raise RegistryError(
                        f"{self.name}: term {term.name!r} narrows {term.broader!r}, "
                        "which is not registered"
                    )
                self._terms[term.name] = term
                return term
        if attrs.evolve(known, label=term.label, description=term.description) == term:
            return known
        raise RegistryError(
            f"{self.name}: term {term.name!r} is already registered as {known!r}; "
            f"{term!r} defines it otherwise"
        )

    def unregister(self, name: str) -> None:
        """Remove a term (meant for tests and plug-in reloads)."""
        with self._lock:
            if self._terms.pop(name, None) is None:
                raise RegistryError(f"{self.name}: term {name!r} is not registered")

    def __contains__(self, name: object) -> bool:
        return name in self._terms

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._terms))

    def __len__(self) -> int:
        return len(self._terms)

    def get(self, name: str) -> Term:
        """The term called ``name``; a :class:`RegistryError` when there is none."""
        try:
            return self._terms[name]
        except KeyError:
            raise RegistryError(f"{self.name}: term {name!r} is not registered") from None

    def terms(self) -> Mapping[str, Term]:
        """A snapshot: name to term."""
        return dict(self._terms)

    def narrows(self, name: str, broader: str) -> bool:
        """Whether term ``name`` is ``broader`` or narrows it, at any depth."""
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current not in seen:
            if current == broader:
                return True
            seen.add(current)
            term = self._terms.get(current)
            current = None if term is None else term.broader
        return False

    def __repr__(self) -> str:
        return f"Vocabulary({self.name!r}, {len(self._terms)} terms)"


_VOCABULARIES: dict[str, Vocabulary] = {}


def _register_vocabulary(vocabulary: Vocabulary) -> None:
    if vocabulary.name in _VOCABULARIES:
        raise RegistryError(f"a vocabulary named {vocabulary.name!r} already exists")
    _VOCABULARIES[vocabulary.name] = vocabulary


def get_vocabulary(name: str) -> Vocabulary:
    """The vocabulary called ``name``; a :class:`RegistryError` when there is none."""
    try:
        return _VOCABULARIES[name]
    except KeyError:
        known = ", ".join(sorted(_VOCABULARIES))
        raise RegistryError(f"no vocabulary named {name!r} (known: {known})") from None


def vocabularies() -> Mapping[str, Vocabulary]:
    """Every vocabulary, by name."""
    return dict(_VOCABULARIES)


class TermCheck(Rule):
    """The check of a term field: the value is a registered term of ``vocabulary`` (a
    :class:`Rule` the loaders inline, whose schema lists the terms registered at the time).
    ``owner`` is the vocabulary."""

    __slots__ = ("owner",)

    def __init__(self, owner: Vocabulary, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.owner = owner


def _membership(vocabulary: Vocabulary) -> TermCheck:
    terms = vocabulary._terms  # the live table: terms registered later count too

    def registered_term(_inst: Any, attr: attrs.Attribute[Any], value: str) -> None:
        if value not in terms:
            raise RuleError(
                "unknown_term",
                f"{preview(value)} is not a registered term of the {vocabulary.name} "
                f"vocabulary (known: {_some(terms)}); register it with "
                f"get_vocabulary({vocabulary.name!r}).register(Term(...))",
                value,
            )

    registered_term.__name__ = f"registered_{vocabulary.name}"
    return TermCheck(
        vocabulary,
        function=registered_term,
        code="unknown_term",
        vocabulary=True,
        schema=lambda: {"enum": sorted(terms)},
        inline="if {v} not in _terms_" + vocabulary.name + ": raise _Refused",
        helpers={f"_terms_{vocabulary.name}": terms},
    )


def _some(terms: Mapping[str, Term], shown: int = 8) -> str:
    """The first ``shown`` terms in order, and how many more: a message stays readable
    when a vocabulary is large."""
    names = sorted(terms)
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def vocabulary_of(check: Any) -> Vocabulary | None:
    """The vocabulary whose membership ``check`` is (seen through ``optional``/``and_``/
    ``deep_iterable``), if any: how the walks, bridges and tables find term fields."""
    if isinstance(check, TermCheck):
        return check.owner
    if isinstance(check, v.AllOf):
        for part in check.checks:
            found = vocabulary_of(part)
            if found is not None:
                return found
        return None
    if isinstance(check, v.Optional):
        return vocabulary_of(check.inner)
    if isinstance(check, v.Each):
        return vocabulary_of(check.member)
    return None


def term_value(value: Any) -> Any:
    """A built-in term given as an enum member becomes its name (the enums of the built-in
    terms stay as handy constants); anything else is left for the check to judge."""
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        return value.value
    return value


def _term_values(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(term_value(x) for x in value)
    return value


def term_field(
    vocabulary: Vocabulary,
    *,
    default: Any = attrs.NOTHING,
    optional: bool = False,
    many: bool = False,
    metadata: Mapping[str, Any] | None = None,
) -> Any:
    """A field holding a term of ``vocabulary`` (``many``: a tuple of terms).

    ``optional`` makes ``None`` the default and a valid value; ``default`` gives a term (or
    its enum constant) instead."""
    check: Any = v.and_(v.instance_of(str), vocabulary.check)
    if many:
        return attrs.field(
            default=() if default is attrs.NOTHING else default,
            converter=_term_values,
            validator=v.deep_iterable(check, v.instance_of(tuple)),
            metadata=dict(metadata or {}),
        )
    if optional:
        check = v.optional(check)
        default = None if default is attrs.NOTHING else default
    if default is not attrs.NOTHING:
        default = term_value(default)
    return attrs.field(
        default=default, converter=term_value, validator=check, metadata=dict(metadata or {})
    )


def vocabulary_state() -> Any:
    """An opaque copy of every vocabulary and its terms, for :func:`restore_vocabulary_state`
    (how ``iraqwithdrawal.testing.isolated_registries`` undoes a test's registrations)."""
    return dict(_VOCABULARIES), {name: dict(v._terms) for name, v in _VOCABULARIES.items()}


def restore_vocabulary_state(state: Any) -> None:
    """Put the vocabularies back as :func:`vocabulary_state` saw them."""
    known, terms = state
    _VOCABULARIES.clear()
    _VOCABULARIES.update(known)
    for name, vocabulary in known.items():
        with vocabulary._lock:
            vocabulary._terms.clear()  # the same table the field checks read
            vocabulary._terms.update(terms[name])


# Both only turn an enum constant into its term: a loaded value (already text) passes through.
term_value.normaliser = True  # type: ignore[attr-defined]
_term_values.normaliser = True  # type: ignore[attr-defined]
# ``keeps_text``: a value that is exactly ``str`` comes back as it is, so the generated
# loaders do not call it for one.
term_value.keeps_text = True  # type: ignore[attr-defined]

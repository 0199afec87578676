"""The unknown-field policy, decided in one place.

A document may carry fields and type tags this library does not know. With ``"error"`` (the
default) each is a problem at its path; with ``"keep"`` unknown fields are kept in the
object's ``extra`` mapping and an unknown tag is read as the declared class, the tag kept.

:class:`Policy` is the one object that says what follows from the choice; both variants of
every generated loader, the tag dispatch and the entry points read it and decide nothing on
their own. A converter's loaders carry the policy it was configured with (:func:`policy_of`), and
:func:`loading_policy` is how an entry point reconciles an ``unknown=`` argument with a
``converter=`` argument: the converter's policy is honoured, and a contradiction is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from cattrs.errors import ForbiddenExtraKeysError

from .._compat import structure_hook
from .._fast import Refused
from .._kept import KeptFields, kept_copy, kept_fields, lone_surrogate
from ..errors import RuleError, Severity, preview
from ..models.base import NO_EXTRA, Span, tag_of
from .hooks import hook_role, noted

__all__ = ["Policy", "UnknownPolicy", "loading_policy", "policy", "policy_of"]

UnknownPolicy = Literal["error", "keep"]


@attrs.frozen
class Policy:
    """What an unknown-field policy means for loading: every reader asks this object."""

    name: UnknownPolicy

    @property
    def keep(self) -> bool:
        """Unknown fields go to ``extra``; an unknown tag reads as the declared class."""
        return self.name == "keep"

    @property
    def checks_vocabulary(self) -> bool:
        """Whether loading holds terms to the run-time vocabulary (a lenient load keeps an
        unregistered term; ``validate()`` then reports it as a warning)."""
        return self.name != "keep"

    def reads_unknown_tag_as(self, declared: type) -> bool:
        """Whether an object whose tag nobody registered, in a slot declared as
        ``declared``, is read as ``declared`` with its tag kept (only a lenient load, and
        only where the declared class is concrete: it has a tag of its own)."""
        return self.keep and tag_of(declared) is not None

    @property
    def duplicate_key(self) -> Severity:
        """The severity of a key given twice in one JSON object."""
        return Severity.WARNING if self.keep else Severity.ERROR

    def extras_fast(self, data: Mapping[str, Any], known: frozenset[str]) -> Any:
        """The fast variant's ``extra`` for ``data``, which has keys beyond ``known``; any
        doubt refuses (raises ``_Refused``) and the detailed variant explains."""
        if not self.keep:
            raise Refused
        try:
            return kept_fields({k: v for k, v in data.items() if k not in known})
        except RuleError:
            raise Refused from None

    def extras_detailed(
        self, data: Mapping[str, Any], known: frozenset[str], cls: type, errors: list[Exception]
    ) -> Any:
        """The detailed variant's ``extra`` for ``data``: each unknown key is kept, or each
        is a problem appended to ``errors``."""
        unknown = [k for k in data if k not in known]
        if not unknown:
            return NO_EXTRA
        if not self.keep:
            errors.append(ForbiddenExtraKeysError("", cls, set(unknown)))
            return NO_EXTRA
        kept = {}
        for k in unknown:
            try:
                if lone_surrogate(k):
                    raise RuleError("lone_surrogate", "a field name with a lone surrogate", k)
                kept[k] = kept_copy(data[k], f"the kept field {preview(k)}")
            except RuleError as exc:
                errors.append(noted(exc, k, cls))
        return KeptFields(kept)


_POLICIES = {"error": Policy("error"), "keep": Policy("keep")}


def policy(unknown: str) -> Policy:
    """The policy called ``unknown`` (``ValueError`` for any other name)."""
    found = _POLICIES.get(unknown)
    if found is None:
        raise ValueError(f"unknown must be 'error' or 'keep', not {unknown!r}")
    return found


def policy_of(converter: Any) -> Policy | None:
    """The policy ``converter`` was configured with, or ``None`` if this package did not
    configure it: the loaders a converter's model hook belongs to carry their policy (a
    cattrs converter cannot hold attributes or weak references of its own)."""
    role = hook_role(structure_hook(converter, Span))
    found = getattr(role, "loaders", None)
    found = getattr(found, "policy", None)
    return found if isinstance(found, Policy) else None


def loading_policy(unknown: str | None, converter: Any = None) -> Policy:
    """The policy a load runs under. Without a converter it is ``unknown`` (``"error"``
    when not given). With one, it is the converter's own; an ``unknown`` that says
    otherwise, or a converter this package did not configure, raises ``ValueError``
    rather than being ignored."""
    if converter is None:
        return policy("error" if unknown is None else unknown)
    own = policy_of(converter)
    if own is None:
        raise ValueError(
            "converter= must be made by make_converter() or set up by configure_converter()"
        )
    if unknown is not None and policy(unknown) is not own:
        raise ValueError(
            f"unknown={unknown!r} contradicts converter=, which was configured with "
            f"unknown={own.name!r}: pass one or the other"
        )
    return own

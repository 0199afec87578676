"""Document rules registered at run time: checks of a whole article that extensions add.

A rule is a function from an :class:`~iraqwithdrawal.models.Article` to the problems it
finds. It declares its problem codes and their severity once, when it is registered; the
severity of every problem it reports comes from that declaration. ``validate()`` (and so
``check()``, ``from_json`` and the command line) runs every registered rule on every
document, after the built-in checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .errors import Problem, RegistryError, Severity

if TYPE_CHECKING:
    from .models.article import Article

__all__ = [
    "DocumentRule",
    "document_rules",
    "register_rule",
    "restore_rules",
    "run_rules",
    "save_rules",
    "unregister_rule",
]

Check = Callable[["Article"], Iterable[Problem]]
_NAME_RE = re.compile(r"[a-z][a-z0-9_.:\-]{0,127}")


def _codes(value: Mapping[str, Severity]) -> Mapping[str, Severity]:
    return dict(value)


@attrs.frozen(kw_only=True)
class DocumentRule:
    """A registered document rule: its ``name``, the function that checks an article, and
    the problem codes it may report with their severity."""

    name: str
    check: Check = attrs.field(eq=False)
    codes: Mapping[str, Severity] = attrs.field(converter=_codes)
    description: str | None = None
    #: Optional: a cheaper test that only says whether the rule holds; ``check`` then runs
    #: only when it says no. The two must agree (``check`` finds nothing exactly when
    #: ``quick`` says the rule holds).
    quick: Callable[[Article], bool] | None = attrs.field(default=None, eq=False)

    def run(self, article: Article) -> list[Problem]:
        """The rule's problems for ``article``, each with its declared severity. A rule that
        raises, or reports an undeclared code, gives one ``rule_failed`` error instead of a
        traceback from inside the validator."""
        try:
            if self.quick is not None and self.quick(article):
                return []
            found = list(self.check(article))
        except Exception as exc:
            return [_failed(self.name, f"raised {type(exc).__name__}: {exc}")]
        out: list[Problem] = []
        for problem in found:
            if not isinstance(problem, Problem):
                return [_failed(self.name, f"returned {type(problem).__name__}, not a Problem")]
            severity = self.codes.get(problem.code)
            if severity is None:
                declared = ", ".join(sorted(self.codes))
                return [
                    _failed(
                        self.name,
                        f"reported the undeclared code {problem.code!r} (declared: {declared})",
                    )
                ]
            if problem.severity is not severity:
                problem = attrs.evolve(problem, severity=severity)
            out.append(problem)
        return out


def _failed(name: str, what: str) -> Problem:
    return Problem(
        code="rule_failed",
        path="$",
        message=f"the document rule {name!r} {what}",
        value=name,
    )


_RULES: dict[str, DocumentRule] = {}


def register_rule(
    name: str,
    check: Check | None = None,
    *,
    codes: Mapping[str, Severity | str],
    description: str | None = None,
    quick: Callable[[Article], bool] | None = None,
) -> Any:
    """Register a document rule; usable as ``register_rule("name", fn, codes=...)`` or as a
    decorator ``@register_rule("name", codes={"unit_cycle": Severity.ERROR})``.

    ``codes`` maps each problem code the rule may report to its severity. ``quick``, if
    given, is a cheap test that the rule holds, run first. A name registered again with the
    same function and codes is harmless; anything else registered under a taken name is a
    :class:`~iraqwithdrawal.errors.RegistryError`.
    """
    if not isinstance(name, str) or _NAME_RE.fullmatch(name) is None:
        raise RegistryError(
            f"rule name {name!r} must start with a lower-case letter and use a-z, 0-9, "
            "'_', '.', ':' or '-'"
        )
    if not isinstance(codes, Mapping) or not codes:
        raise RegistryError(f"rule {name!r} must declare its problem codes and their severity")
    declared = {code: Severity(severity) for code, severity in codes.items()}

    def apply(fn: Check) -> Check:
        if not callable(fn):
            raise RegistryError(f"rule {name!r}: {fn!r} is not callable")
        rule = DocumentRule(
            name=name, check=fn, codes=declared, description=description, quick=quick
        )
        known = _RULES.get(name)
        if known is not None:
            if known.check is fn and known.codes == rule.codes:
                return fn
            raise RegistryError(
                f"document rule {name!r} is already registered ({_where(known.check)}); "
                f"the new one ({_where(fn)}) differs"
            )
        _RULES[name] = rule
        return fn

    if check is None:
        return apply
    return apply(check)


def _where(fn: Any) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def unregister_rule(name: str) -> None:
    """Remove a rule (meant for tests and plug-in reloads)."""
    if _RULES.pop(name, None) is None:
        raise RegistryError(f"document rule {name!r} is not registered")


def save_rules() -> Any:
    """The registered rules, for :func:`restore_rules` (tests that register rules)."""
    return dict(_RULES)


def restore_rules(state: Any) -> None:
    """Put the registered rules back as :func:`save_rules` found them."""
    _RULES.clear()
    _RULES.update(state)


def document_rules() -> Mapping[str, DocumentRule]:
    """A snapshot of the registered document rules: name to rule."""
    return dict(_RULES)


def run_rules(article: Article) -> list[Problem]:
    """The problems every registered rule finds in ``article``, rule by rule."""
    out: list[Problem] = []
    for rule in tuple(_RULES.values()):
        out += rule.run(article)
    return out

"""The problem codes: every code the source can raise is listed once in
``problem_codes.PROBLEM_CODES`` and shown in docs/validation.md, which is generated from it."""

from __future__ import annotations

import ast
from pathlib import Path

import iraqwithdrawal
from iraqwithdrawal.problem_codes import PROBLEM_CODES, code_table

from ._paths import ROOT

SOURCE = Path(iraqwithdrawal.__file__).parent
# Calls whose first argument (or ``code=``) is a problem code.
RAISERS = {"RuleError", "JSONRefused", "ClassRule", "_refuse", "EDTFError", "Problem", "rule"}


def _codes_in_source() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in RAISERS:
                continue
            candidates = [kw.value for kw in node.keywords if kw.arg == "code"]
            if name in {"RuleError", "JSONRefused", "ClassRule", "_refuse"} and node.args:
                candidates.append(node.args[0])
            for value in candidates:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.setdefault(value.value, f"{path.relative_to(SOURCE)}:{node.lineno}")
    return found


def test_every_code_the_source_raises_is_listed() -> None:
    raised = _codes_in_source()
    assert len(raised) > 40  # the collector finds the codes at all
    missing = {code: where for code, where in raised.items() if code not in PROBLEM_CODES}
    assert not missing, f"codes raised but not in PROBLEM_CODES: {missing}"


def test_the_documented_table_is_the_generated_one() -> None:
    page = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    start = page.index("<!-- problem-codes:start -->\n") + len("<!-- problem-codes:start -->\n")
    end = page.index("<!-- problem-codes:end -->")
    assert page[start:end] == code_table()


def test_every_listed_code_is_used() -> None:
    """A code in the list that nothing raises is a stale line (the converter's generic
    codes are built from exception classes, so they are named here)."""
    generic = {"missing_field", "invalid_value", "invalid", "invalid_choice", "unknown_event_type"}
    raised = set(_codes_in_source()) | generic
    text = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.py"))
    unused = {c for c in PROBLEM_CODES if c not in raised and f'"{c}"' not in text}
    assert not unused, unused

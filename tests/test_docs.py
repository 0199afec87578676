"""Every Python example in the README and in docs/ runs (blocks of a page share a namespace,
in order), so the documentation cannot drift from the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iraqwithdrawal.testing import isolated_registries

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def test_pages_have_examples() -> None:
    counted = {p.name: len(BLOCK.findall(p.read_text(encoding="utf-8"))) for p in PAGES}
    assert counted["README.md"] >= 1
    for name in ("quickstart.md", "guide.md", "wire-format.md", "validation.md", "extending.md"):
        assert counted[name] >= 1, name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_examples_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    # A page's registrations (extension classes, event types, rules) end with the page.
    with isolated_registries():
        for number, block in enumerate(BLOCK.findall(page.read_text(encoding="utf-8")), start=1):
            code = compile(block, f"{page.name}, block {number}", "exec")
            exec(code, namespace)

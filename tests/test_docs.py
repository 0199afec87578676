"""Every Python example in the README and in docs/ runs (blocks of a page share a namespace,
in order), so the documentation cannot drift from the code."""

from __future__ import annotations

import ast
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


# -- the builder's reference page, and no page pointing at a private module -----------------


def test_the_builder_has_a_reference_page_naming_all_of_it() -> None:
    """docs/builder.md names every public method of the builder as a call, and every
    argument of its constructor; the guide and the navigation lead to it."""
    import inspect

    from iraqwithdrawal.builder import ArticleBuilder

    page = (ROOT / "docs" / "builder.md").read_text(encoding="utf-8")
    methods = [n for n, _ in inspect.getmembers(ArticleBuilder, callable) if n[0] != "_"]
    assert len(methods) >= 10
    for name in methods:
        assert f"b.{name}(" in page or f"ArticleBuilder.{name}(" in page, name
    for name in list(inspect.signature(ArticleBuilder).parameters):
        assert f"{name}=" in page.split("### Finding words")[0], name
    assert "[builder.md](builder.md)" in (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    assert ": builder.md\n" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


#: The pages a newcomer reads first: they name no private module even in prose.
FIRST_PAGES = ("README.md", "quickstart.md", "guide.md", "builder.md")
_PRIVATE_PATH = re.compile(r"iraqwithdrawal(?:[./][A-Za-z0-9_]+)*[./]_[a-z][A-Za-z0-9_]*")
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def private_pointers(page: str, text: str) -> list[str]:
    """Where ``text`` (a page called ``page``) points a reader at a private module of the
    package: a link into one, an example importing one (or a private name), and on the
    first pages any mention of one."""
    found = [t for t in _LINK.findall(text) if _PRIVATE_PATH.search(t.replace("/", "."))]
    for block in BLOCK.findall(text):
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "iraqwithdrawal"
            ):
                names = [node.module or "", *(a.name for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("iraqwithdrawal")]
            else:
                continue
            found += [n for n in names if any(p.startswith("_") for p in n.split("."))]
    if page in FIRST_PAGES:
        found += _PRIVATE_PATH.findall(text)
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_page_points_at_a_private_module(page: Path) -> None:
    assert private_pointers(page.name, page.read_text(encoding="utf-8")) == []


def test_the_private_pointer_check_sees_one() -> None:
    # The guide's line before it pointed at the builder's reference page.
    old = "is built with the builder in [`x`](../src/iraqwithdrawal/examples/_seed.py)."
    assert private_pointers("extending.md", old) == ["../src/iraqwithdrawal/examples/_seed.py"]
    example = "```python\nfrom iraqwithdrawal._text import x\nfrom iraqwithdrawal import _y\n```\n"
    assert private_pointers("extending.md", example) == ["iraqwithdrawal._text", "_y"]
    assert private_pointers("guide.md", "see `iraqwithdrawal.examples._seed`") != []
    assert private_pointers("wire-format.md", "see `iraqwithdrawal.examples._seed`") == []

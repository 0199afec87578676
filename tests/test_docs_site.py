"""The documentation site: its live example pages are what the code renders today, every page
of docs/ is in the navigation, every picture a page shows exists, the API reference covers
every public module, the version lives in one place, and ``mkdocs build --strict`` passes
with an anchor for every public name (when the docs extra is installed; CI requires it)."""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import iraqwithdrawal

from .conftest import ROOT
from .docs_pages import PAGES, page_html

DOCS = ROOT / "docs"
REFERENCE = {
    "iraqwithdrawal": "iraqwithdrawal",
    "iraqwithdrawal.extend": "extend",
    "iraqwithdrawal.standards": "standards",
    "iraqwithdrawal.tables": "tables",
    "iraqwithdrawal.testing": "testing",
    "iraqwithdrawal.render": "render",
}


def test_live_example_pages_are_current() -> None:
    folder = DOCS / "examples"
    assert {p.stem for p in folder.glob("*.html")} == set(PAGES)
    for name in PAGES:
        shipped = (folder / f"{name}.html").read_text(encoding="utf-8")
        assert shipped == page_html(name), (
            f"docs/examples/{name}.html is stale: run python .ci/docs_assets.py"
        )


def test_every_page_is_in_the_navigation_and_every_picture_exists() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = [p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")]
    pages = [p for p in pages if not p.startswith("hooks/")]
    for page in pages:
        assert f": {page}\n" in config, f"{page} is not in the nav of mkdocs.yml"
        text = (DOCS / page).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+\.(?:png|html))\)", text):
            assert (DOCS / page).parent.joinpath(target).is_file(), (page, target)
    for name in ("render-seed", "render-rtl", "render-focus", "deadlines"):
        assert (DOCS / "images" / f"{name}.png").read_bytes()[:4] == b"\x89PNG"


def test_the_reference_covers_every_public_module() -> None:
    for module, page in REFERENCE.items():
        text = (DOCS / "reference" / f"{page}.md").read_text(encoding="utf-8")
        assert f"\n::: {module}\n" in text
        assert importlib.import_module(module).__all__


def test_the_version_lives_in_one_place() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = pyproject.split("\n[project]\n", 1)[1].split("\n[", 1)[0]
    assert not re.search(r"^version\s*=", project, re.M), "the version is not in pyproject"
    assert re.search(r'^dynamic = \["version"\]', project, re.M)
    assert '[tool.hatch.version]\npath = "src/iraqwithdrawal/_version.py"' in pyproject
    assert importlib.metadata.version("iraqwithdrawal") == iraqwithdrawal.__version__
    urls = importlib.metadata.metadata("iraqwithdrawal").get_all("Project-URL") or []
    assert {u.split(",")[0] for u in urls} >= {"Documentation", "Source", "Changelog"}


def test_the_site_builds_strictly_with_every_public_name(tmp_path: Path) -> None:
    try:
        import mkdocs  # noqa: F401
        import mkdocstrings  # noqa: F401
    except ImportError:
        reason = 'the docs extra is not installed: python -m pip install -e ".[docs]"'
        if os.environ.get("IRAQWITHDRAWAL_DOCS_BUILD") == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for module, page in REFERENCE.items():
        html = (site / "reference" / page / "index.html").read_text(encoding="utf-8")
        anchors = set(re.findall(r'id="([^"]+)"', html))
        names = importlib.import_module(module).__all__
        missing = [n for n in names if f"{module}.{n}" not in anchors]
        assert not missing, (module, missing)
    for name in PAGES:
        assert (site / "examples" / f"{name}.html").read_text(encoding="utf-8") == page_html(name)
    assert (site / "images" / "deadlines.png").is_file()

"""Make the documentation's generated files: every example report (and the right-to-left and
hostile test reports) as a live annotated page in ``docs/examples/``, screenshots of three of
them and of a focused mark in ``docs/images/``, and the analysis page's plot.

Run from the checkout root after changing the view:  python .ci/docs_assets.py
The pages are checked against the code by ``tests/test_docs_site.py``; the screenshots need
Debian's Chromium and Playwright (see ``tests/browser.py``).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import Session, launched, missing  # noqa: E402
from tests.docs_pages import PAGES, page_html  # noqa: E402

DOCS = ROOT / "docs"
IMAGES = DOCS / "images"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def write_pages() -> None:
    folder = DOCS / "examples"
    folder.mkdir(exist_ok=True)
    for name in PAGES:
        (folder / f"{name}.html").write_text(page_html(name), encoding="utf-8")
    print(f"{len(PAGES)} pages in {folder.relative_to(ROOT)}")


def screenshots() -> None:
    reason = missing()
    if reason is not None:
        raise SystemExit(f"no screenshots: {reason}")
    IMAGES.mkdir(exist_ok=True)
    pages = {f"{name}.html": page_html(name) for name in ("seed", "rtl", "hostile")}
    with launched() as browser:
        session = Session(browser, pages, width=1000)
        for name in ("seed", "rtl", "hostile"):
            page = session.open(f"{name}.html")
            page.screenshot(path=str(IMAGES / f"render-{name}.png"))
        problems = session.quiet()
        session.close()
        # A focused quote, showing its role and source at the foot of the window.
        session = Session(browser, pages, width=1000, height=420)
        page = session.open("seed.html")
        quote = page.locator('[data-role="quote"][data-part="0"]').first
        quote.focus()
        page.evaluate("window.scrollBy(0, -120)")
        page.screenshot(path=str(IMAGES / "render-focus.png"))
        problems += session.quiet()
        session.close()
    if problems:
        raise SystemExit(f"the pages were not quiet: {problems}")
    print(f"screenshots in {IMAGES.relative_to(ROOT)}")


def analysis_plot() -> None:
    """Run the analysis page's blocks, as the tests do, and keep the plot it draws."""
    import matplotlib

    matplotlib.use("Agg")
    namespace: dict[str, object] = {"__name__": "docs_analysis"}
    text = (DOCS / "analysis.md").read_text(encoding="utf-8")
    for number, block in enumerate(BLOCK.findall(text), start=1):
        exec(compile(block, f"analysis.md, block {number}", "exec"), namespace)
    IMAGES.mkdir(exist_ok=True)
    shutil.copyfile(Path(str(namespace["out"])) / "deadlines.png", IMAGES / "deadlines.png")
    print("the analysis plot in docs/images/deadlines.png")


if __name__ == "__main__":
    write_pages()
    analysis_plot()
    screenshots()

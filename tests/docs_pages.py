"""The annotated pages the documentation site shows live (``docs/examples/NAME.html``): every
example report with the losses of a ninjs export, and the right-to-left and hostile test
reports. ``.ci/docs_assets.py`` writes them; ``test_docs_site.py`` checks they are current."""

from __future__ import annotations

from collections.abc import Callable

from iraqwithdrawal import Article
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.render import to_html

from .render_samples import hostile_article, rtl_article

__all__ = ["PAGES", "page_html"]


def _example(name: str) -> Callable[[], Article]:
    return lambda: example(name)


#: Every page by name, with the report it shows.
PAGES: dict[str, Callable[[], Article]] = {
    **{name: _example(name) for name in EXAMPLES},
    "rtl": rtl_article,
    "hostile": hostile_article,
}


def page_html(name: str) -> str:
    """The page ``docs/examples/{name}.html`` holds."""
    return to_html(PAGES[name](), export="ninjs")

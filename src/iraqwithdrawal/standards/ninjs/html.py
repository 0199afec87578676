"""The plain text of a ninjs body given as HTML or XHTML: paragraphs kept apart, the
text of elements a reader never sees as text (scripts, styles, templates, noscript
fallbacks) left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

__all__ = ["plain_text"]

#: Elements that start a new paragraph of the plain text.
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"})
#: Elements whose content is not text of the item: code, style rules, inert templates and
#: what a browser shows only with scripting off.
_HIDDEN = frozenset({"script", "style", "template", "noscript"})


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # how many hidden elements are open around the current text

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS and not self.hidden:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        # <script/> in XHTML opens and closes at once: nothing is hidden after it.
        if tag in _BLOCKS and not self.hidden:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def plain_text(markup: str) -> str:
    """The text of ``markup``: each paragraph on its own, its white space collapsed."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)  # character references are already resolved, once
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)

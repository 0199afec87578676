"""An HTML page's schema.org JSON-LD, found with the standard library's HTML parser: every
``<script type="application/ld+json">`` block, then the article in them read by
:func:`iraqwithdrawal.bridges.jsonld.from_schemaorg`."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

import attrs

from ..errors import Problem, ValidationError
from ..models import Article
from ..standards import Conversion
from ._dicts import Reader
from .jsonld import ARTICLE_TYPES, from_schemaorg, nodes_of, types_of

__all__ = ["from_html", "jsonld_blocks"]


class _Blocks(HTMLParser):
    """The text of every ``<script type="application/ld+json">`` of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            kind = dict(attrs_).get("type") or ""
            if kind.split(";")[0].strip().lower() == "application/ld+json":
                self._open = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            self.blocks.append("".join(self._open))
            self._open = None


def jsonld_blocks(html: str) -> list[Any]:
    """The parsed JSON of every JSON-LD block of an HTML page, in page order. A block that
    is not JSON raises :class:`~iraqwithdrawal.ValidationError` naming the block
    (``$.blocks[1]``)."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    out: list[Any] = []
    reader = Reader("html")
    for i, block in enumerate(parser.blocks):
        try:
            out.append(json.loads(block))
        except (ValueError, RecursionError) as err:
            reader.fail(f"$.blocks[{i}]", "json_syntax", f"html: JSON-LD block {i}: {err}")
    reader.finish()
    return out


def from_html(
    html: str, *, id: str | None = None, language: str | None = None
) -> Conversion[Article]:
    """The article in the JSON-LD of an HTML page (every block is searched, arrays and
    ``@graph`` included); loss paths start at ``$.blocks[i]``, the block it was in."""
    blocks = jsonld_blocks(html)
    if any(types_of(node) & ARTICLE_TYPES and "headline" in node for node, _ in nodes_of(blocks)):
        try:
            found = from_schemaorg(blocks, id=id, language=language)
        except ValidationError as err:
            raise ValidationError(
                [attrs.evolve(p, path=f"$.blocks{p.path[1:]}") for p in err.problems],
                source="html",
            ) from None
        losses = tuple(attrs.evolve(loss, path=f"$.blocks{loss.path[1:]}") for loss in found.losses)
        return Conversion(standard="schema.org", document=found.document, losses=losses)
    raise ValidationError(
        [Problem(code="missing", path="$.blocks", message="html: no JSON-LD article on the page")],
        source="html",
    )

"""One entry point for the command line's ``convert --from SOURCE FILE``: the text of a
file read by the bridge of ``SOURCE`` (an extractor's JSON, schema.org JSON-LD, or an HTML
page carrying it)."""

from __future__ import annotations

import json

from ..errors import Problem, ValidationError
from ..models import Article
from ..standards import Conversion
from .extractors import from_extractor
from .jsonld import from_schemaorg
from .pages import from_html

__all__ = ["SOURCES", "read_source"]

#: The sources ``convert --from`` reads, with the extractor each names.
SOURCES = {
    "trafilatura": "trafilatura",
    "newsplease": "news-please",
    "newspaper": "newspaper4k",
    "jsonld": "schema.org",
}


def read_source(source: str, text: str, *, language: str | None = None) -> Conversion[Article]:
    """The article in ``text`` as ``source`` (a key of :data:`SOURCES`) writes it. For
    ``jsonld``, text that starts with ``<`` is read as an HTML page. Text that is not JSON
    raises :class:`ValidationError` at ``$``."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}: one of {sorted(SOURCES)}")
    if source == "jsonld" and text.lstrip().startswith("<"):
        return from_html(text, language=language)
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as err:
        raise ValidationError(
            [Problem(code="json_syntax", path="$", message=f"not JSON: {err}")], source=source
        ) from None
    if source == "jsonld":
        return from_schemaorg(document, language=language)
    return from_extractor(SOURCES[source], document, language=language)

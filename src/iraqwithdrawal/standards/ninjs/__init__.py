"""IPTC ninjs (News in JSON): export to versions 3.1 and 2.2, import from 1.0 to 3.1.

ninjs describes a news item, not what is inside it. Headline, body, language, byline, the
people, organisations and places it mentions, where it comes from, the parties that supplied
it and the associated photos all map. Quotes, attributions, claims, disputes and the structure
of events have no place in ninjs and are reported as dropped.

The modules: :mod:`.schema` (the official schemas, shipped with this package, and the
checks against them), :mod:`.guard` (the JSON limits every imported document meets first),
:mod:`.importer` and :mod:`.reading` (import), :mod:`.export` and :mod:`.conform` (export,
held to the schema of the version it writes), :mod:`.html` (the text of a markup body).
"""

from __future__ import annotations

from .export import COVERAGE, KEPT, ninjs_uri, to_ninjs
from .importer import from_ninjs, iter_ninjs
from .schema import NINJS_VERSIONS, detect_version, ninjs_schema, schema_problems

__all__ = [
    "COVERAGE",
    "KEPT",
    "NINJS_VERSIONS",
    "detect_version",
    "from_ninjs",
    "iter_ninjs",
    "ninjs_schema",
    "ninjs_uri",
    "schema_problems",
    "to_ninjs",
]

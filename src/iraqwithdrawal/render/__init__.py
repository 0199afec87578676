"""Reports as annotated HTML: see who said what, through whom, how sure, and when.

:func:`to_html` writes one self-contained page per report (inline styles, no script, no
request); :func:`write_archive` a folder of them with an index. ``Article._repr_html_``
shows the same view in Jupyter, and ``iraqwithdrawal render`` on the command line.

Only the standard library is used: the view needs no extra.
"""

from __future__ import annotations

from .archive import ArchiveIndex, page_name, write_archive
from .css import PALETTE, ROLE_STYLES, RoleStyle, contrast_ratio, stylesheet
from .marks import ROLE_LABELS, ROLES, Marked, marks_of
from .page import EXPORTS, direction, marked_text, to_html
from .segment import Close, Mark, Open, Text, layers, snap
from .timeline import Band, band_of

__all__ = [
    "EXPORTS",
    "PALETTE",
    "ROLES",
    "ROLE_LABELS",
    "ROLE_STYLES",
    "ArchiveIndex",
    "Band",
    "Close",
    "Mark",
    "Marked",
    "Open",
    "RoleStyle",
    "Text",
    "band_of",
    "contrast_ratio",
    "direction",
    "layers",
    "marked_text",
    "marks_of",
    "page_name",
    "snap",
    "stylesheet",
    "to_html",
    "write_archive",
]

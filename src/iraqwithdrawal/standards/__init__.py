"""Conversions between the model and the standards newsrooms and researchers use.

Every exporter returns a :class:`Conversion`: the document, plus the :class:`Loss` list of
what it approximated or dropped, so nothing is lost silently. ninjs can also be imported.

=====================  ===============================  ===========================
standard               export                           import
=====================  ===============================  ===========================
schema.org JSON-LD     :func:`to_schemaorg`
IPTC ninjs 3.1, 2.2    :func:`to_ninjs`                 :func:`from_ninjs` (1.0-3.1)
PLOVER                 :func:`to_plover`
W3C PROV-O JSON-LD     :func:`to_prov`
W3C Web Annotation     :func:`to_annotations`
=====================  ===============================  ===========================
"""

from __future__ import annotations

from ._common import Conversion, Coverage, Loss, Losses, LossKind
from .annotation import ANNOTATION_CONTEXT, to_annotations
from .ninjs import NINJS_VERSIONS, from_ninjs, iter_ninjs, ninjs_schema, to_ninjs
from .plover import PLOVER_FIELDS, QUAD_CODES, to_plover
from .prov import PROV_CONTEXT, to_prov
from .schemaorg import SCHEMA_CONTEXT, to_schemaorg

__all__ = [
    "ANNOTATION_CONTEXT",
    "NINJS_VERSIONS",
    "PLOVER_FIELDS",
    "PROV_CONTEXT",
    "QUAD_CODES",
    "SCHEMA_CONTEXT",
    "Conversion",
    "Coverage",
    "Loss",
    "LossKind",
    "Losses",
    "from_ninjs",
    "iter_ninjs",
    "ninjs_schema",
    "to_annotations",
    "to_ninjs",
    "to_plover",
    "to_prov",
    "to_schemaorg",
]

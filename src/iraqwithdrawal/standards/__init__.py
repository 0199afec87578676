"""Conversions between the model and the standards newsrooms and researchers use.

Every exporter returns a :class:`Conversion`: the document, plus the :class:`Loss` list of
what it approximated or dropped, so nothing is lost silently. ninjs can also be imported.
"""

from __future__ import annotations

from ._common import Conversion, Loss, LossKind
from .ninjs import NINJS_VERSIONS, from_ninjs, ninjs_schema, to_ninjs
from .schemaorg import SCHEMA_CONTEXT, to_schemaorg

__all__ = [
    "NINJS_VERSIONS",
    "SCHEMA_CONTEXT",
    "Conversion",
    "Loss",
    "LossKind",
    "from_ninjs",
    "ninjs_schema",
    "to_ninjs",
    "to_schemaorg",
]

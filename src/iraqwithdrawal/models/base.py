"""The building blocks of every model, public: the base classes, the type-tag registry,
references, kept unknown fields, spans and cues.

Rooms outside ``models`` (the loaders, writers, walks, tables, strategies, extensions)
import them from here; ``_base`` is where they are defined.
"""

from __future__ import annotations

from ._base import (
    BUILTIN_KINDS,
    INDEX,
    NO_EXTRA,
    TYPE_REGISTRY,
    Cue,
    Identifier,
    KindSpec,
    Model,
    RefKinds,
    Span,
    SpanField,
    TaggedModel,
    extra_field,
    lookup_type,
    on_register,
    ref_meta,
    register_type,
    registered_types,
    registry_version,
    restore_registry,
    save_registry,
    tag_of,
    to_tuple,
    unregister_type,
)

__all__ = [
    "BUILTIN_KINDS",
    "INDEX",
    "NO_EXTRA",
    "TYPE_REGISTRY",
    "Cue",
    "Identifier",
    "KindSpec",
    "Model",
    "RefKinds",
    "Span",
    "SpanField",
    "TaggedModel",
    "extra_field",
    "lookup_type",
    "on_register",
    "ref_meta",
    "register_type",
    "registered_types",
    "registry_version",
    "restore_registry",
    "save_registry",
    "tag_of",
    "to_tuple",
    "unregister_type",
]

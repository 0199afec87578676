"""A JSON Schema (draft 2020-12) of the wire format, generated from the models.

:func:`json_schema` reads the attrs classes, the type-tag registry and the event-type
vocabulary as they are when it is called, so classes and event types registered at run time
are part of it. The schema of the built-in models also ships in the package
(``schema/article.schema.json``, see :func:`bundled_schema`); a test keeps it current.

The schema sees shape: types, required fields, unknown fields and tags (refused, as in the
default strict mode), enumerations, id and EDTF patterns, impossible calendar dates, and the
form of a time expression. It cannot compare two values (a span's end after its start, a
range in order) nor see the whole document (references, spans against the body): for those,
load the document and run :func:`iraqwithdrawal.validate`.
"""

from __future__ import annotations

import enum
import functools
import json
import operator
import types
import typing
from importlib import resources
from typing import Any, get_args, get_origin

import attrs

from ._plugins import load_plugins
from ._version import __version__
from .description import FieldInfo, describe, is_class
from .models import article as _article
from .models.base import Model, TaggedModel, registered_types, tag_of
from .models.checks import EDTF_DATE_PATTERN, EDTF_INTERVAL_PATTERN, AllOf, Check, Each, Optional
from .models.time import Interval, PartialDate

__all__ = ["DIALECT", "bundled_schema", "json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(root: type = _article.Article) -> dict[str, Any]:
    """The JSON Schema of ``root`` (an :class:`~iraqwithdrawal.Article` by default) and of
    everything it may contain, with every class registered so far (installed plug-ins
    included)."""
    load_plugins()
    builder = _Builder()
    ref = builder.ref(root)
    return {
        "$schema": DIALECT,
        "$id": f"https://iraqwithdrawal.invalid/schema/{__version__}/{root.__name__}.json",
        "title": f"iraqwithdrawal {root.__name__} (wire format {_article.SCHEMA_VERSION})",
        "description": (
            "Generated from the iraqwithdrawal models. Unknown fields and type tags are "
            "refused, as in the library's default strict mode."
        ),
        **ref,
        "$defs": dict(sorted(builder.defs.items())),
    }


def bundled_schema() -> dict[str, Any]:
    """The schema of the built-in models as shipped in the package (no run-time additions)."""
    text = (
        resources.files("iraqwithdrawal")
        .joinpath("schema/article.schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)  # type: ignore[no-any-return]


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        """A reference to the definition of a slot declared as ``cls``: for a tagged base
        with registered subclasses, any of them."""
        if issubclass(cls, TaggedModel):
            members = [
                klass
                for klass in registered_types().values()
                if issubclass(klass, cls) and attrs.has(klass)
            ]
            if len(members) > 1:
                name = f"Any{cls.__name__}"
                if name not in self.defs:
                    self.defs[name] = {}
                    self.defs[name] = {
                        "oneOf": [self.ref_exact(k) for k in sorted(members, key=_name)]
                    }
                return {"$ref": f"#/$defs/{name}"}
        return self.ref_exact(cls)

    def ref_exact(self, cls: type) -> dict[str, Any]:
        name = _name(cls)
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: classes may refer to themselves
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        tag = tag_of(cls) if issubclass(cls, TaggedModel) else None
        if tag is not None:
            properties["type"] = {"const": tag}
            if getattr(cls, "tag_required", False) or _tag_needed(cls):
                required.append("type")
        for a in describe(cls).fields:
            prop = self.value(a.type, a.validator)
            term = a.metadata.get("implements")
            if term is not None:
                prop = {"const": term.name}
            doc = _field_doc(a)
            if doc:
                prop = {**prop, "description": doc}
            properties[a.wire_name] = prop
            if a.required:
                required.append(a.wire_name)
        out: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        doc = (cls.__doc__ or "").strip().split("\n\n")[0]
        if doc:
            out = {"description": " ".join(doc.split()), **out}
        shapes = [rule.schema for rule in describe(cls).class_rules if rule.schema is not None]
        if shapes:
            out["allOf"] = shapes
        return out

    def value(self, t: Any, validator: Any) -> dict[str, Any]:
        rules = _keywords(validator)
        if t is str:
            if "const" in rules:
                return {"const": rules["const"]}
            if "enum" in rules:
                return {"type": "string", "enum": rules["enum"]}
            return {"type": "string", **rules}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer", **rules}
        if t is float or t == (int | float):
            return {"type": "number", **rules}
        if t is PartialDate:
            return {"type": "string", "pattern": EDTF_DATE_PATTERN}
        if t is Interval:
            return {"type": "string", "pattern": EDTF_INTERVAL_PATTERN}
        if is_class(t) and issubclass(t, enum.Enum):
            return {"enum": [m.value for m in t]}
        if is_class(t) and issubclass(t, Model) and attrs.has(t):
            return self.ref(t)
        origin = get_origin(t)
        if origin is tuple:
            return {"type": "array", "items": self.value(get_args(t)[0], _member(validator))}
        if origin in (typing.Union, types.UnionType):
            args = [a for a in get_args(t) if a is not type(None)]
            inner = self.value(functools.reduce(operator.or_, args), validator)
            if type(None) in get_args(t):
                return {"anyOf": [inner, {"type": "null"}]}
            return inner
        if t is Any or t is object:
            return {}
        raise TypeError(f"no JSON Schema for {t!r}")


def _name(cls: type) -> str:
    if cls.__module__.startswith("iraqwithdrawal."):
        return cls.__name__
    return f"{cls.__module__}.{cls.__qualname__}".replace("<", "").replace(">", "")


def _tag_needed(cls: type) -> bool:
    """A tag may be left out only where the declared class itself is meant; a subclass of a
    registered tagged class always needs its own tag."""
    return any(
        issubclass(cls, base) and base is not cls and tag_of(base) is not None
        for base in cls.__mro__[1:]
        if is_class(base) and issubclass(base, TaggedModel)
    )


def _keywords(validator: Any) -> dict[str, Any]:
    """The JSON Schema keywords of a field's own checks (not of an array's members); checks
    that compare fields, or that are not this package's, add none."""
    return validator.schema() if isinstance(validator, Check) else {}


def _member(validator: Any) -> Any:
    """The validator of an array's members, if ``validator`` says."""
    if isinstance(validator, Optional):
        return _member(validator.inner)
    if isinstance(validator, Each):
        return validator.member
    if isinstance(validator, AllOf):
        for part in validator.checks:
            found = _member(part)
            if found is not None:
                return found
    return None


def _field_doc(a: FieldInfo) -> str | None:
    refs = a.metadata.get("ref")
    if refs:
        return f"The id of {' or '.join(refs.names)} in this article."
    return None

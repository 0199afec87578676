"""pydantic v2 and msgspec models equivalent to this package's models, for the benchmark.

They are generated from the attrs classes, so they cannot drift from them: same field names,
same types, same defaults, the same ``"type"`` tags (a discriminated union for entities),
strict primitives, unknown fields refused, frozen instances. Per-field rules are carried over
where the other library has a native equivalent: non-blank text, the id pattern, offsets of 0
or more. Cross-field rules (a span's end after its start, a range's order), the event-type
vocabulary and EDTF parsing (a pattern on the string instead) are not, so the comparison
models do somewhat less work than ours: the comparison is conservative.

Only the benchmark and its tests import this module (dev extras: pydantic, msgspec).
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import attrs
import msgspec
import pydantic
from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    model_validator,
)

import iraqwithdrawal as iw
from iraqwithdrawal.converter import _value_checks
from iraqwithdrawal.description import is_class
from iraqwithdrawal.models.base import TaggedModel, registered_types, tag_of
from iraqwithdrawal.models.checks import (
    ID_PATTERN,
    AllOf,
    Check,
    Each,
    Optional,
    Rule,
    run_class_rules,
)
from iraqwithdrawal.models.time import Interval, PartialDate

__all__ = ["msgspec_article_type", "pydantic_article_type"]

#: The shape of an EDTF date or interval; the comparison models check only this.
EDTF_SHAPE = r"^[0-9XY./\-?~%]+$|^\.\.$"


#: Rules (by problem code) that pydantic and msgspec express natively, by the name the
#: builders below use for them.
_NATIVE = {"empty_text": "nonblank", "id_syntax": "id", "negative_offset": "non_negative"}


def _rules(validator: Any) -> set[str]:
    """The per-field rules in ``validator`` (for an array, its members') that both other
    libraries can express."""
    if not isinstance(validator, Check):
        return set()
    return {_NATIVE[code] for code in validator.codes() if code in _NATIVE}


def _leftover(validator: Any) -> Any:
    """``validator`` without type checks and without the rules the other library already
    expresses natively, or ``None`` if nothing is left: what a pydantic user would write as a
    Python validator to get the same rules."""
    if isinstance(validator, Rule) and validator.code in _NATIVE:
        return None
    if isinstance(validator, AllOf):
        parts = [p for p in map(_leftover, validator.checks) if p is not None]
        return None if not parts else AllOf(*parts)
    if isinstance(validator, Optional):
        inner = _leftover(validator.inner)
        return None if inner is None else Optional(inner)
    if isinstance(validator, Each):
        inner = _leftover(validator.member)
        return None if inner is None else Each(inner)
    return _value_checks(validator)


def _subclasses(base: type) -> list[type]:
    return [cls for tag, cls in registered_types().items() if issubclass(cls, base)]


class _Builder:
    """Translate attrs classes into another library's classes, one per class, memoised."""

    def __init__(self) -> None:
        self.done: dict[type, Any] = {}

    def annotate(self, t: Any, rules: set[str]) -> Any:
        if t in (PartialDate, Interval):
            return self.edtf(t)
        if t is str:
            if "id" in rules:
                return self.text(f"^{ID_PATTERN}$")
            if "nonblank" in rules:
                return self.text(r"\S")
            return str
        if t is int and "non_negative" in rules:
            return self.non_negative()
        if t in (int, float, bool, type(None)) or (is_class(t) and issubclass(t, enum.Enum)):
            return t
        origin = get_origin(t)
        if origin in (typing.Union, types.UnionType):
            args = [self.annotate(a, rules) for a in get_args(t)]
            return Union[tuple(args)]  # noqa: UP007
        if origin is tuple:
            return tuple[self.annotate(get_args(t)[0], rules), ...]  # type: ignore[misc]
        if is_class(t) and attrs.has(t):
            if issubclass(t, TaggedModel) and t is not TaggedModel and _subclasses(t):
                return self.union([self.model(c) for c in _subclasses(t)])
            return self.model(t)
        raise TypeError(f"no equivalent for {t!r}")

    def model(self, cls: type) -> Any:
        if cls not in self.done:
            self.done[cls] = None  # placeholder against cycles
            attrs.resolve_types(cls)
            fields = []
            for a in attrs.fields(cls):
                if a.name == "extra":
                    continue
                typ = self.annotate(a.type, _rules(a.validator))
                required = a.default is attrs.NOTHING or bool(a.metadata.get("always"))
                default = (
                    attrs.NOTHING
                    if required
                    else a.default.factory()  # type: ignore[union-attr]
                    if isinstance(a.default, type(attrs.Factory(dict)))
                    else a.default
                )
                fields.append((a.name, typ, default))
            self.done[cls] = self.build(
                cls, fields, tag_of(cls) if issubclass(cls, TaggedModel) else None
            )
        return self.done[cls]

    def text(self, pattern: str) -> Any:
        raise NotImplementedError

    def edtf(self, t: type) -> Any:
        return self.text(EDTF_SHAPE)

    def non_negative(self) -> Any:
        raise NotImplementedError

    def union(self, members: list[Any]) -> Any:
        raise NotImplementedError

    def build(self, cls: type, fields: list[tuple[str, Any, Any]], tag: str | None) -> Any:
        raise NotImplementedError


class _Pydantic(_Builder):
    config = ConfigDict(strict=True, extra="forbid", frozen=True)

    def __init__(self, same_rules: bool = False) -> None:
        super().__init__()
        self.same_rules = same_rules

    def edtf(self, t: type) -> Any:
        if not self.same_rules:
            return self.text(EDTF_SHAPE)
        return Annotated[
            str,
            AfterValidator(t.from_edtf),  # type: ignore[attr-defined]
            PlainSerializer(t.to_edtf),  # type: ignore[attr-defined]
        ]

    def text(self, pattern: str) -> Any:
        return Annotated[str, StringConstraints(pattern=pattern)]

    def non_negative(self) -> Any:
        return Annotated[int, Field(ge=0)]

    def union(self, members: list[Any]) -> Any:
        return Annotated[Union[tuple(members)], Field(discriminator="type")]  # noqa: UP007

    def build(self, cls: type, fields: list[tuple[str, Any, Any]], tag: str | None) -> Any:
        spec: dict[str, Any] = {}
        if tag is not None:
            spec["type"] = (Literal[tag], ...)  # required, so exclude_defaults keeps it
        for name, typ, default in fields:
            spec[name] = (typ, ... if default is attrs.NOTHING else default)
        validators: dict[str, Any] = {}
        if self.same_rules:
            checks = [
                (a, check)
                for a in attrs.fields(cls)
                if a.name != "extra" and (check := _leftover(a.validator)) is not None
            ]
            class_rules = getattr(cls, "CLASS_RULES", ())
            post_init = getattr(cls, "__attrs_post_init__", None)
            if post_init is run_class_rules:
                post_init = None  # the class rules below are the whole of it
            if checks or class_rules or post_init is not None:

                def rules(model: Any) -> Any:
                    # The checks and class rules only read attributes, which the pydantic
                    # instance has under the same names.
                    for a, check in checks:
                        check(model, a, getattr(model, a.name))
                    for class_rule in class_rules:
                        message = class_rule.test(model)
                        if message is not None:
                            raise ValueError(message)
                    if post_init is not None:
                        post_init(model)
                    return model

                validators["same_rules"] = model_validator(mode="after")(rules)
        return pydantic.create_model(
            f"P{cls.__name__}", __config__=self.config, __validators__=validators, **spec
        )


class _Msgspec(_Builder):
    def text(self, pattern: str) -> Any:
        return Annotated[str, msgspec.Meta(pattern=pattern)]

    def non_negative(self) -> Any:
        return Annotated[int, msgspec.Meta(ge=0)]

    def union(self, members: list[Any]) -> Any:
        return Union[tuple(members)]  # noqa: UP007

    def build(self, cls: type, fields: list[tuple[str, Any, Any]], tag: str | None) -> Any:
        required = [(n, t) for n, t, d in fields if d is attrs.NOTHING]
        optional = [(n, t, d) for n, t, d in fields if d is not attrs.NOTHING]
        options: dict[str, Any] = {
            "frozen": True,
            "forbid_unknown_fields": True,
            "omit_defaults": True,
        }
        if tag is not None:
            options.update(tag_field="type", tag=tag)
        return msgspec.defstruct(f"M{cls.__name__}", [*required, *optional], **options)


def pydantic_article_type(same_rules: bool = False) -> Any:
    """The pydantic v2 model equivalent to :class:`iraqwithdrawal.Article`: with native
    constraints only, or with ``same_rules`` every rule of ours (Python validators where
    pydantic has no native constraint, EDTF read into the same date objects)."""
    return _Pydantic(same_rules).model(iw.Article)


def msgspec_article_type() -> Any:
    """The msgspec Struct equivalent to :class:`iraqwithdrawal.Article`."""
    return _Msgspec().model(iw.Article)

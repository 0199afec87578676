"""The generated writers: one function per class that builds the wire dict directly.

``"type"`` first; defaults left out, except fields whose description says ``always`` (such as
``schema_version``); unknown fields kept in ``extra`` merged last. Nested models are written
by their runtime class, so subclasses registered later are written with their own fields. The
source is compiled under a readable name in :mod:`linecache`, like the loaders'.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import attrs
import cattrs

from .._compat import unstructure_hook
from .._kept import kept_copy
from ..description import describe
from ..models import base as _base
from ..models.base import NO_EXTRA, TaggedModel, tag_of
from ..models.time import Interval, PartialDate
from . import hooks as h
from .emit import compiled

__all__ = ["Writers"]

Writer = Callable[[Any], dict[str, Any]]
_FACTORY: type = type(attrs.Factory(dict))


def _bind(env: dict[str, Any], value: Any) -> str:
    name = f"_g{len(env)}"
    env[name] = value
    return name


class Writers:
    """The generated writers of one converter, compiled on first use of each class."""

    def __init__(self, converter: cattrs.Converter) -> None:
        self.converter = converter
        self.by_class: dict[type, Writer] = _WriterTable(self)
        self.registry_seen = _base.registry_version()

        def dispatch_unstructure(obj: Any) -> dict[str, Any]:
            # A writer holds its class's tag: after the registry changes, compile afresh.
            version = _base.registry_version()
            if version != self.registry_seen:
                self.by_class.clear()
                self.registry_seen = version
            return self.by_class[obj.__class__](obj)

        #: The converter's unstructure hook for every model class.
        self.dispatch = h.made(dispatch_unstructure, h.HookRole("model_out"))

    def compile(self, cls: type) -> Writer:
        tag: str | None = None
        if issubclass(cls, TaggedModel):
            tag = tag_of(cls)
            if tag is None:
                raise h.unregistered(cls)
        env: dict[str, Any] = {"_U": self.by_class}
        # Fields always written lead the dict literal, until the first that may be left out.
        head = [f"'type': {tag!r}"] if tag else []
        body: list[str] = []
        for a in describe(cls).fields:
            always = a.required or a.always
            default = a.default
            if isinstance(default, _FACTORY):
                if default.takes_self:  # type: ignore[attr-defined]
                    always = True
                else:
                    default = default.factory()  # type: ignore[attr-defined]
            if always and not body:
                head.append(f"{a.wire_name!r}: {self._expr(a.type, f'o.{a.name}', env)}")
                continue
            value = self._expr(a.type, "v", env)
            body.append(f"    v = o.{a.name}")
            if always:
                body.append(f"    r[{a.wire_name!r}] = {value}")
                continue
            if default is None:
                test = "v is not None"
            elif default == () and type(default) is tuple:
                test = "v"
            else:
                test = f"v != {_bind(env, default)}"
            body.append(f"    if {test}: r[{a.wire_name!r}] = {value}")
        body = ["def dump(o):", "    r = {" + ", ".join(head) + "}", *body]
        env["_NO_EXTRA"] = NO_EXTRA
        env["_kept_copy"] = kept_copy
        # Kept values are copied out, so that changing the output cannot change the model.
        body += [
            "    x = o.extra",
            "    if x is not _NO_EXTRA and x:",
            "        for k, xv in x.items(): r[k] = _kept_copy(xv)",
            "    return r",
        ]
        exec(compiled("\n".join(body), f"writer {cls.__qualname__}"), env)
        return cast(Writer, env["dump"])

    def _expr(self, t: Any, var: str, env: dict[str, Any]) -> str:
        """An expression giving the wire value of ``var``, a value of type ``t``."""
        h.claim_enums(self.converter, t)
        hook = unstructure_hook(self.converter, t)
        if hook is cattrs.fns.identity or t in (int | float, int | float | None):
            return var
        role = h.hook_role(hook)
        if role is not None and role.kind == "enum_out":
            return f"{var}._value_"
        if hook in (PartialDate.to_edtf, Interval.to_edtf):
            return f"{var}.to_edtf()"
        if role is not None and role.kind == "model_out":
            return f"_U[{var}.__class__]({var})"
        if role is not None and role.kind == "optional_out":
            return f"(None if {var} is None else {self._expr(role.type, var, env)})"
        if role is not None and role.kind == "array_out":
            item_expr = self._expr(role.type, "_x", env)
            if item_expr == "_x":
                return f"list({var})"
            return f"[{item_expr} for _x in {var}]"
        return f"{_bind(env, hook)}({var})"


class _WriterTable(dict):  # type: ignore[type-arg]
    """Class -> writer; a class seen for the first time gets its writer compiled."""

    def __init__(self, owner: Writers) -> None:
        super().__init__()
        self._owner = owner

    def __missing__(self, cls: type) -> Writer:
        fn = self[cls] = self._owner.compile(cls)
        return fn

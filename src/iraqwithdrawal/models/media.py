"""Media items (photos, video ...) with their credit line and licence as printed."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from ..errors import RuleError
from . import _checks as v
from ._base import (
    ID,
    OPT_ID,
    OPT_IRI,
    OPT_TEXT,
    TEXT,
    Model,
    Span,
    TaggedModel,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from ._checks import rule

__all__ = ["License", "MediaItem", "MediaKind", "resolve_license"]

_CC_VERSIONS = ("1.0", "2.0", "2.5", "3.0", "4.0")
_CC_ELEMENTS = {
    "attribution": "BY",
    "by": "BY",
    "sharealike": "SA",
    "share-alike": "SA",
    "sa": "SA",
    "noncommercial": "NC",
    "non-commercial": "NC",
    "nc": "NC",
    "noderivatives": "ND",
    "noderivs": "ND",
    "no-derivatives": "ND",
    "nd": "ND",
}
_CC_ORDER = ("BY", "NC", "ND", "SA")
_SPDX_CC = re.compile(r"CC-BY(?:-NC)?(?:-ND|-SA)?-[1-4]\.[05]|CC0-1\.0")


def resolve_license(text: str) -> str | None:
    """The SPDX id of a licence as printed, only when the words name exactly one licence:
    "CC BY-SA 2.0" gives ``CC-BY-SA-2.0``; "Creative Commons 2.0" gives ``None`` because it
    does not say which Creative Commons licence."""
    words = re.findall(r"[a-z0-9.]+(?:-[a-z]+)*", text.lower().replace("/", " "))
    if words[:1] == ["cc0"] or " ".join(words[:3]) == "creative commons zero":
        return "CC0-1.0"
    if words[:1] == ["cc"]:
        rest = words[1:]
    elif words[:2] == ["creative", "commons"]:
        rest = words[2:]
    else:
        return None
    elements: list[str] = []
    version = None
    for word in rest:
        parts = word.split("-") if word not in _CC_ELEMENTS else [word]
        for part in parts:
            if part in _CC_ELEMENTS:
                elements.append(_CC_ELEMENTS[part])
            elif part in _CC_VERSIONS and version is None:
                version = part
            elif part in ("license", "licence", "international", "generic", "unported"):
                continue
            else:
                return None
    if "BY" not in elements or version is None:
        return None
    ordered = [e for e in _CC_ORDER if e in elements]
    spdx = "CC-" + "-".join(ordered) + "-" + version
    return spdx if _SPDX_CC.fullmatch(spdx) else None


@rule(code="license_mismatch", fields=("text",))
def _spdx_ok(inst: Any, attr: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    text = getattr(inst, "text", None)
    if isinstance(text, str) and resolve_license(text) not in (None, value):
        raise RuleError(
            "license_mismatch",
            f"licence {text!r} resolves to {resolve_license(text)!r}, not {value!r}",
            value,
        )


@attrs.frozen(kw_only=True)
class License(Model):
    """A licence exactly as printed, and its SPDX id only when the printed words are
    unambiguous (see :func:`resolve_license`)."""

    text: str = attrs.field(validator=TEXT)
    spdx: str | None = attrs.field(default=None, validator=v.and_(OPT_TEXT, _spdx_ok))
    url: str | None = attrs.field(default=None, validator=OPT_IRI)


class MediaKind(enum.Enum):
    PHOTO = "photo"
    VIDEO = "video"
    AUDIO = "audio"
    GRAPHIC = "graphic"
    MAP = "map"
    DOCUMENT = "document"


@register_type("media_item")
@attrs.frozen(kw_only=True)
class MediaItem(TaggedModel):
    """A photo or other media item: its caption, its credit line exactly as printed
    ("Photo: Georgia National Guard/Creative Commons 2.0"), its creator (the photographer)
    and the agencies that provide it ("Jane Doe/Reuters": creator Jane Doe, provider
    Reuters; "AFP/Reuters": two providers), and its licence."""

    id: str = attrs.field(validator=ID)
    kind: MediaKind = attrs.field(validator=v.TYPED)
    caption: str | None = attrs.field(default=None, validator=OPT_TEXT)
    credit: str | None = attrs.field(default=None, validator=OPT_TEXT)
    creator: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    providers: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta("Organization")
    )
    license: License | None = attrs.field(default=None, validator=v.TYPED)
    url: str | None = attrs.field(default=None, validator=OPT_IRI)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

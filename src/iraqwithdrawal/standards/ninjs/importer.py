"""ninjs import: any version from 1.0 to 3.1 read into an :class:`Article`.

A document first meets the limits ``from_json`` holds JSON text to (:mod:`.guard`), then the
official schema of its version. 1.x and 2.x names are then normalised to the 3.x ones, the
document is read into typed fields (:mod:`.reading`), and every property the article's
export would not give back exactly is kept in ``extra["ninjs"]`` and reported. Every
document the official schema accepts is read: what the model needs and the document lacks
(a headline, a language) is stood in for, and each stand-in is reported.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import attrs

from ...errors import Problem, RuleError, ValidationError, child_path
from ...models import Article
from .._common import Conversion, Losses
from .export import KEPT, export_document
from .guard import check_limits
from .reading import to_article
from .schema import camel_names, detect_version, ninjs_schema, schema_problems

__all__ = ["from_ninjs", "iter_ninjs", "normalise"]


def from_ninjs(
    document: Any,
    version: str | None = None,
    *,
    check_schema: bool = True,
    lenient: bool | None = None,
    keep: bool = True,
) -> Conversion[Article]:
    """Read a ninjs document into an :class:`Article`.

    ``version`` names the ninjs version (detected from the document when left out). The
    document must be plain JSON within the limits of ``from_json`` (nesting, 64-bit
    integers, finite numbers, no lone surrogates), and is then checked against that
    version's official schema; a document that breaks either raises
    :class:`~iraqwithdrawal.ValidationError` naming each path and reason, and nothing else
    is raised for any input. ``check_schema=False`` skips the schema, not the limits.

    Every document the schema accepts is read. What the model requires and the document
    lacks is stood in for and reported: with no headline, the title, description, slugline
    or uri stands as the headline; with no usable language, ``und``. (``lenient`` is no
    longer needed and is ignored, with a warning.)

    What maps goes into typed fields. Every property the model does not reproduce exactly
    is kept, as imported, in ``article.extra["ninjs"]`` (and reported), and
    :func:`to_ninjs` writes it back, so a document read and written again keeps its data.
    The kept data is an unknown field to the wire format: an article saved with it is read
    back with ``from_json(..., unknown="keep")``. ``keep=False`` leaves it out (and reports
    those properties as dropped)."""
    if lenient is not None:
        warnings.warn(
            "from_ninjs(lenient=...) is ignored: every schema-valid document is read, with "
            "each stand-in reported as a loss",
            DeprecationWarning,
            stacklevel=2,
        )
    if isinstance(document, list):
        raise ValidationError(
            [
                Problem(
                    code="wrong_type",
                    path="$",
                    message="a JSON array is a collection of ninjs items, not one item: read "
                    "them one by one with iter_ninjs()",
                )
            ]
        )
    if not isinstance(document, dict):
        raise ValidationError(
            [Problem(code="wrong_type", path="$", message="a ninjs document is a JSON object")]
        )
    if version is not None:
        ninjs_schema(version)  # ValueError for a version that does not exist
    check_limits(document, keep=keep)
    version = version or detect_version(document)
    if check_schema:
        problems = schema_problems(document, version, formats=False)
        if problems:
            raise ValidationError(problems)
    losses = Losses()
    normal = normalise(document)
    article = to_article(normal, losses)
    article = _keep(article, normal, losses, keep)
    return Conversion(standard=f"ninjs {version}", document=article, losses=tuple(losses.items))


def _keep(article: Article, normal: dict[str, Any], losses: Losses, keep: bool) -> Article:
    """The article with the properties its export would not give back exactly kept in
    ``extra["ninjs"]``, and what the export wrote there at import, to tell later whether the
    article has changed them."""
    written = export_document(article, Losses())
    kept = {
        key: value
        for key, value in normal.items()
        if key not in ("standard", "$standard") and written.get(key) != value
    }
    if not kept:
        return article
    reported = {loss.path for loss in losses.items}
    for key in kept:
        path = child_path("$", key)
        if not keep:
            losses.dropped(path, "no typed field, and keep=False")
        elif not any(p == path or p.startswith((f"{path}.", f"{path}[")) for p in reported):
            losses.approximated(path, _KEPT_NOTE)
    if not keep:
        return article
    data = {"kept": kept, "written": {k: written[k] for k in kept if k in written}}
    try:
        return attrs.evolve(article, extra={**article.extra, KEPT: data})
    except (RuleError, TypeError, ValueError) as exc:  # the limits were checked: not expected
        raise ValidationError(
            [Problem(code="ninjs_unmappable", path="$", message=f"cannot keep: {exc}")]
        ) from None


_KEPT_NOTE = "no typed field: kept as imported in extra['ninjs'] and written back by to_ninjs"


def iter_ninjs(
    documents: Iterable[Any],
    version: str | None = None,
    *,
    check_schema: bool = True,
    keep: bool = True,
) -> Iterator[Conversion[Article]]:
    """:func:`from_ninjs` for each item of a collection (a JSON array of ninjs items). A bad
    item raises :class:`~iraqwithdrawal.ValidationError` with paths starting ``$[index]``."""
    for index, document in enumerate(documents):
        try:
            yield from_ninjs(document, version, check_schema=check_schema, keep=keep)
        except ValidationError as exc:
            raise ValidationError(
                [
                    Problem(
                        code=p.code,
                        path=f"$[{index}]{p.path[1:]}",
                        message=p.message,
                        severity=p.severity,
                        value=p.value,
                    )
                    for p in exc.problems
                ]
            ) from None


#: 1.x names of one item, and the 3.x names of the arrays that hold them.
_ONE_TO_PLURAL = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
    "subject": "subjects",
    "event": "events",
    "object": "objects",
    "infosource": "infoSources",
    "byline": "by",
    "genre": "genres",
    "trustindicator": "trustIndicators",
}
#: The texts 1.x gives as ``headline_<role>``, ``body_<role>``, ``description_<role>``.
_TEXTS = {"headline": "headlines", "body": "bodies", "description": "descriptions"}
_MARKUP = {
    "text": "text/plain",
    "html": "text/html",
    "xhtml": "application/xhtml+xml",
    "richtext": "text/html",
    "main": "text/plain",
}


def normalise(document: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """A 1.x, 2.x or 3.x document with 3.x property names, texts in arrays of
    ``{value, role, contentType}``, and the 1.x objects keyed by name (associations,
    renditions, alternative ids) as the 3.x arrays. A name that would land on one already
    taken (a 1.x ``headline`` beside a ``headlines``) keeps its own: nothing is overwritten."""
    out: dict[str, Any] = {}
    present = set(document)
    built: set[str] = set()  # the text arrays made here from 1.x texts
    camel = _camel()
    for key, value in document.items():
        field = next((f for f in _TEXTS if key == f or key.startswith(f + "_")), None)
        target = _TEXTS[field] if field is not None else ""
        if target and target not in present and (target not in out or target in built):
            role = key.partition("_")[2] or None
            item: dict[str, Any] = {"value": value}
            if role:
                item["role"] = role
                if role in _MARKUP:
                    item["contentType"] = _MARKUP[role]
            out.setdefault(target, []).append(item)
            built.add(target)
            continue
        name = _ONE_TO_PLURAL.get(key) or _RENAMED.get(key) or camel.get(key.lower()) or key
        if name != key and (name in present or name in out):
            name = key  # another property has that name: this one keeps its own
        out[name] = _upgrade(name, value, depth)
    return out


#: 1.x names whose 3.x names differ by more than their case.
_RENAMED = {"embargoed": "embargoedUntil"}
#: Associations inside associations are normalised this deep (deeper ones keep their
#: 1.x texts: nothing recurses without bound).
_NESTED = 8


def _upgrade(name: str, value: Any, depth: int) -> Any:
    """``value`` with 3.x key spellings; a 1.x object keyed by name becomes the 3.x array
    (each item gets its key as ``name``, or as ``role`` for alternative ids)."""
    camel = _camel()
    # Keyed by name, and no item with a name of its own (in any spelling) to overwrite.
    keyed = isinstance(value, dict) and all(
        isinstance(v, dict) and not any(k.lower() == "name" for k in v) for v in value.values()
    )
    if name == "associations" and keyed:
        return [
            {"name": k, **(normalise(v, depth + 1) if depth < _NESTED else _camel_deep(v, camel))}
            for k, v in value.items()
        ]
    if name == "renditions" and keyed:
        return [{"name": k, **_rendition(_camel_deep(v, camel))} for k, v in value.items()]
    if name == "altIds" and isinstance(value, dict):
        if all(isinstance(v, str) for v in value.values()):
            return [{"role": k, "value": v} for k, v in value.items()]
    return _camel_deep(value, camel)


def _rendition(item: dict[str, Any]) -> dict[str, Any]:
    """A 1.x rendition's ``mimetype`` is the 3.x ``contentType``."""
    if "mimetype" in item and "contentType" not in item:
        item = {("contentType" if k == "mimetype" else k): v for k, v in item.items()}
    return item


@cache
def _camel() -> dict[str, str]:
    return camel_names()


def _camel_deep(value: Any, camel: dict[str, str]) -> Any:
    """``value`` with the keys of its objects in their 3.x spelling (a key whose 3.x
    spelling another key of the same object has keeps its own). Walked without
    recursion."""
    if not isinstance(value, (dict, list)):
        return value
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
    while stack:
        item, parent, slot = stack.pop()
        if isinstance(item, dict):
            copy: dict[str, Any] = {}
            for key, inner in item.items():
                name: str = camel.get(key.lower()) or key
                if name in copy or (name != key and name in item):
                    name = key
                copy[name] = None
                stack.append((inner, copy, name))
            parent[slot] = copy
        elif isinstance(item, list):
            items: list[Any] = [None] * len(item)
            stack.extend((inner, items, i) for i, inner in enumerate(item))
            parent[slot] = items
        else:
            parent[slot] = item
    return root[0]

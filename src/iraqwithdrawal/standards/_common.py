"""What every exporter shares: the conversion result, its losses, and small helpers."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import attrs

from ..models import (
    AnonymousSource,
    Article,
    Attribution,
    Entity,
    Organization,
    PartialDate,
    Person,
    Place,
    TimeExpression,
    TimeRelation,
)

__all__ = ["Conversion", "Loss", "LossKind"]

T = TypeVar("T")


class LossKind(enum.Enum):
    """How a fact fared in a conversion."""

    APPROXIMATED = "approximated"  #: written, but less precisely or in a looser term
    DROPPED = "dropped"  #: the standard has no place for it


@attrs.frozen(kw_only=True)
class Loss:
    """One fact a conversion approximated or dropped, at ``path`` of the source document."""

    kind: LossKind
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.path}: {self.message}"


@attrs.frozen(kw_only=True)
class Conversion(Generic[T]):
    """The result of a conversion: the ``document`` and what was ``losses`` on the way.

    An empty ``losses`` means the conversion kept every fact. Nothing is lost silently: each
    exporter reports, per article, every fact it could not carry over exactly."""

    standard: str
    document: T
    losses: tuple[Loss, ...] = ()

    @property
    def approximated(self) -> tuple[Loss, ...]:
        return tuple(loss for loss in self.losses if loss.kind is LossKind.APPROXIMATED)

    @property
    def dropped(self) -> tuple[Loss, ...]:
        return tuple(loss for loss in self.losses if loss.kind is LossKind.DROPPED)

    def report(self) -> str:
        """The losses as text, one per line (empty when nothing was lost)."""
        return "\n".join(f"{self.standard}: {loss}" for loss in self.losses)


class Losses:
    """Collects losses while a converter runs."""

    def __init__(self) -> None:
        self.items: list[Loss] = []

    def approximated(self, path: str, message: str) -> None:
        self.items.append(Loss(kind=LossKind.APPROXIMATED, path=path, message=message))

    def dropped(self, path: str, message: str) -> None:
        self.items.append(Loss(kind=LossKind.DROPPED, path=path, message=message))

    def unknown_parts(self, article: Article, standard: str) -> None:
        """Report what no exporter knows, each at its own path: every field a downstream
        subclass adds that holds more than its default, and the unknown wire fields kept by
        a lenient load."""
        from .._walk import survey

        for path, node in survey(article).nodes:
            cls = type(node)
            for name in _added_fields(cls):
                field = attrs.fields_dict(cls)[name]
                value = getattr(node, name)
                if field.default is not attrs.NOTHING and value == _default_of(field, node):
                    continue
                self.dropped(
                    f"{path}.{name}",
                    f"{standard} has no place for {name!r}, a field {cls.__name__} adds",
                )
            for key in node.extra:
                self.dropped(f"{path}.{key}", "an unknown wire field kept by a lenient load")

    def dropped_all(self, path: str, items: Iterable[Any], what: str) -> None:
        count = len(list(items))
        if count:
            self.dropped(path, f"{what}: {count}")


_ADDED: dict[type, tuple[str, ...]] = {}


def _added_fields(cls: type) -> tuple[str, ...]:
    """The fields ``cls`` has beyond the nearest of this library's own classes it extends."""
    found = _ADDED.get(cls)
    if found is None:
        base = next(k for k in cls.__mro__ if k.__module__.startswith("iraqwithdrawal."))
        known = {a.name for a in attrs.fields(base)} if base is not cls else set()
        found = tuple(a.name for a in attrs.fields(cls) if a.name not in known)
        _ADDED[cls] = found = found if base is not cls else ()
    return found


def _default_of(field: attrs.Attribute[Any], node: Any) -> Any:
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory(node) if default.takes_self else default.factory()
    return default


def name_of(entity: Entity) -> str | None:
    """The display name of an entity (an anonymous source's description)."""
    if isinstance(entity, (Person, Organization, Place)):
        return entity.name
    if isinstance(entity, AnonymousSource):
        return entity.description
    return None


def entities_by_id(article: Article) -> dict[str, Entity]:
    return {e.id: e for e in article.entities}


def iso_date(date: PartialDate | None) -> str | None:
    """``YYYY-MM-DD`` when the date is a whole, plain day (no year invented, no qualifier)."""
    if date is None or date.year is None or date.month is None or date.day is None:
        return None
    if date.approximate or date.uncertain or not 1 <= date.year <= 9999:
        return None
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def iso_partial(date: PartialDate | None) -> str | None:
    """ISO 8601 of a plain date of any precision (``2021``, ``2021-03``, ``2021-03-05``), or
    ``None`` if it has no year or carries a qualifier."""
    if date is None or date.year is None or date.approximate or date.uncertain:
        return None
    if not 1 <= date.year <= 9999:
        return None
    out = f"{date.year:04d}"
    if date.month is not None:
        out += f"-{date.month:02d}"
        if date.day is not None:
            out += f"-{date.day:02d}"
    return out


def stated_dates(
    time: TimeExpression, written: Callable[[PartialDate | None], str | None]
) -> tuple[str | None, str | None, bool]:
    """Start and end of a time as ``written`` can state them, and whether that is the whole
    of what the text says (an "on" date, or an interval with both ends)."""
    start = end = None
    if time.interval is not None:
        start, end = written(time.interval.start), written(time.interval.end)
        exact = start is not None and end is not None
    else:
        if time.relation is TimeRelation.ON and time.relative_to is None:
            start = written(time.date)
        exact = start is not None
    return start, end, exact and time.relation in (TimeRelation.ON, TimeRelation.BETWEEN)


def article_uri(article: Article) -> str:
    """The article's URL, or a URN made from its id."""
    return article.url or f"urn:iraqwithdrawal:article:{article.id}"


def node_uri(article: Article, ident: str) -> str:
    """A URI for an object of the article (``#id`` under the article's URI)."""
    return f"{article_uri(article)}#{ident}"


def wikidata_uri(entity: Entity) -> str | None:
    for ident in entity.identifiers:
        if ident.scheme.lower() == "wikidata":
            return f"http://www.wikidata.org/entity/{ident.value}"
    return None


def attribution_paths(article: Article) -> list[tuple[str, Attribution]]:
    """Every attribution with the JSON path of the object holding it."""
    out: list[tuple[str, Attribution]] = []
    for i, a in enumerate(article.attributions):
        out.append((f"$.attributions[{i}]", a))
    for i, q in enumerate(article.quotes):
        out.append((f"$.quotes[{i}].attribution", q.attribution))
    for i, c in enumerate(article.claims):
        out.append((f"$.claims[{i}].attribution", c.attribution))
    for i, e in enumerate(article.events):
        for j, a in enumerate(e.attributions):
            out.append((f"$.events[{i}].attributions[{j}]", a))
    return out


_SLUG = re.compile(r"[^A-Za-z0-9_.:-]+")


def slug(text: str, taken: set[str], prefix: str = "n") -> str:
    """An id (see ``ID_PATTERN``) made from ``text``, unique among ``taken`` (and added)."""
    base = _SLUG.sub("-", text.strip()).strip("-.:_").lower()[:100] or prefix
    if not base[0].isalpha():
        base = f"{prefix}-{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate

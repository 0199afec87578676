"""What every exporter shares: the conversion result, its losses, and small helpers."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import attrs

from ..description import FieldInfo, describe
from ..errors import RegistryError, child_path
from ..models import (
    AnonymousSource,
    Article,
    Entity,
    Event,
    EventType,
    Interval,
    Model,
    PartialDate,
    Span,
    TimeExpression,
    TimeRelation,
    get_event_type,
    tag_of,
)

__all__ = ["Conversion", "Coverage", "IdPool", "Loss", "LossKind", "Losses", "slug"]

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

    def lost(self, path: str) -> Loss | None:
        """The loss that covers ``path``: one reported at it, or at a path containing it
        (``$.entities`` covers ``$.entities[3].name``); ``None`` if the fact was carried."""
        by_path = {loss.path: loss for loss in self.losses}
        while True:
            if path in by_path:
                return by_path[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return None
            path = path[:cut]

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

    def account(self, article: Article, coverage: Coverage) -> None:
        """Report, after the exporter's own losses, every fact it did not carry: each field
        that holds more than its default and that ``coverage`` does not list, at its own JSON
        path, every unknown wire field and type tag kept by a lenient load, and every event
        type not registered in this process. A path the exporter already reported is not
        reported again, nor anything inside a path it reported dropped."""
        # A dropped path covers everything inside it; an approximated one only itself.
        dropped = {loss.path for loss in self.items if loss.kind is LossKind.DROPPED}
        approximated = {loss.path for loss in self.items if loss.kind is LossKind.APPROXIMATED}
        for path, message in coverage.uncovered(article):
            if path not in approximated and not _within(path, dropped):
                if path.endswith(".type") and message.startswith(_CLASS_WRITTEN_AS):
                    self.approximated(path, message)  # the object is there, as its base
                else:
                    self.dropped(path, message)
        # An event type no plug-in in this process defines (a lenient load kept it): the
        # exporter wrote what it knows of the event; the term's label and codes are unknown.
        reported = {loss.path for loss in self.items}
        dropped = {loss.path for loss in self.items if loss.kind is LossKind.DROPPED}
        for index, event in enumerate(article.events):
            path = f"$.events[{index}].event_type"
            if type_info(event) is None and path not in reported and not _within(path, dropped):
                self.approximated(
                    path,
                    f"event type {event.event_type!r} is not registered in this process "
                    "(a lenient load kept it): its label and codes are unknown here, and "
                    "only what the exporter knows of the event is written",
                )


def _within(path: str, reported: set[str]) -> bool:
    """Whether ``path`` or a path containing it (``$.a`` holds ``$.a.b`` and ``$.a[0]``) is
    in ``reported``."""
    while True:
        if path in reported:
            return True
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            return False
        path = path[:cut]


_CLASS_WRITTEN_AS = "the class"


class Coverage:
    """What an exporter carries, declared once per model class, so that one walk can report
    everything else (see :meth:`Losses.account`).

    ``fields`` maps a model class to the names of the fields the exporter writes or checks
    itself (reporting its own approximations); ``extra`` names the keys of the article's
    kept data (``Article.extra``) that it writes back. Fields of a class not listed, and fields a
    subclass adds, are lost unless they hold their default. A listed field holding models
    is walked into; the models in it are judged by their own class's entry. ``classes``
    says that the format names every registered class by its tag (an annotation tool's
    label); otherwise an extension's class is reported at ``.type``, written as the class it
    extends.
    """

    def __init__(
        self,
        standard: str,
        fields: dict[type, str],
        extra: tuple[str, ...] = (),
        *,
        classes: bool = False,
    ) -> None:
        self.standard = standard
        self.classes = classes
        #: Keys of ``Article.extra`` (kept data) that the exporter writes back.
        self.extra = frozenset(extra)
        self.fields: dict[type, frozenset[str]] = {}
        for cls, names in fields.items():
            known = set(describe(cls).by_name) | {"extra"}
            listed = frozenset(names.split())
            unknown = listed - known
            if unknown:
                raise ValueError(f"{standard}: {cls.__name__} has no field {sorted(unknown)}")
            self.fields[cls] = listed
        # A span an exporter carries is carried whole: its offsets and text.
        self.fields.setdefault(Span, frozenset({"start", "end", "text"}))

    def covered(self, cls: type) -> frozenset[str]:
        """The fields of ``cls`` the exporter carries (those its nearest listed class has)."""
        for klass in cls.__mro__:
            found = self.fields.get(klass)
            if found is not None:
                return found
        return frozenset()

    def uncovered(self, article: Article) -> Iterator[tuple[str, str]]:
        """``(path, message)`` for every fact of ``article`` the exporter does not carry, in
        document order."""
        return self._walk("$", article)

    def _walk(self, path: str, node: Any) -> Iterator[tuple[str, str]]:
        cls = type(node)
        covered = self.covered(cls)
        added = _added_fields(cls)
        for field in describe(cls).fields:
            name = field.name
            value = getattr(node, name)
            if not field.required and value == _default_of(field, node):
                continue
            here = f"{path}.{name}"
            if name in covered:
                for inner, model in _models_in(here, value):
                    yield from self._walk(inner, model)
            elif name in added:
                yield (
                    here,
                    f"{self.standard} has no place for {name!r}, a field {cls.__name__} adds",
                )
            else:
                yield here, f"{self.standard} has no place for the {_field_label(cls, name)}"
        tag = tag_of(cls)
        if (
            not self.classes
            and tag is not None
            and not cls.__module__.startswith("iraqwithdrawal.")
        ):
            # An extension's class is written as the built-in class it extends.
            yield (
                child_path(path, "type"),
                f"{_CLASS_WRITTEN_AS} {cls.__name__} (tag {tag!r}) has no place in "
                f"{self.standard}: written as the class it extends",
            )
        for key, kept in node.extra.items():
            if path == "$" and key in self.extra:
                continue
            if key == "type":
                yield (
                    child_path(path, key),
                    f"the type tag {kept!r}, unknown to this process, kept by a lenient load: "
                    f"written as {_a(cls.__name__)}",
                )
            else:
                yield child_path(path, key), "an unknown wire field kept by a lenient load"


def _field_label(cls: type, name: str) -> str:
    return f"{name.replace('_', ' ')} of {_a(cls.__name__)}"


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _models_in(path: str, value: Any) -> Iterator[tuple[str, Any]]:
    """The models a field holds (not dates and intervals, which are written as strings)."""
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            if isinstance(item, Model) and not isinstance(item, _LEAVES):
                yield f"{path}[{i}]", item
    elif isinstance(value, Model) and not isinstance(value, _LEAVES):
        yield path, value


_LEAVES = (PartialDate, Interval)

_ADDED: dict[type, tuple[str, ...]] = {}


def _added_fields(cls: type) -> tuple[str, ...]:
    """The fields ``cls`` has beyond the nearest of this library's own classes it extends."""
    found = _ADDED.get(cls)
    if found is None:
        base = next(k for k in cls.__mro__ if k.__module__.startswith("iraqwithdrawal."))
        known = set(describe(base).by_name) if base is not cls else set()
        found = tuple(a.name for a in describe(cls).fields if a.name not in known)
        _ADDED[cls] = found = found if base is not cls else ()
    return found


def _default_of(field: FieldInfo, node: Any) -> Any:
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory(node) if default.takes_self else default.factory()
    return default


def type_info(event: Event) -> EventType | None:
    """The vocabulary entry of the event's type, or ``None`` when no plug-in in this process
    registers it (a lenient load keeps such a type; exporters write what they know and
    :meth:`Losses.account` reports the rest)."""
    try:
        return get_event_type(event.event_type)
    except RegistryError:
        return None


def type_label(event: Event) -> str:
    """The label of the event's type, or the type's name when it is not registered here."""
    info = type_info(event)
    return info.label if info is not None else event.event_type


def name_of(entity: Entity) -> str | None:
    """The display name of an entity: its name, else its description (an anonymous
    source, an embassy the text does not name); ``None`` for neither."""
    if isinstance(entity, AnonymousSource):
        return entity.description
    return entity.name or entity.description


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
    """The article's URL (an absolute IRI, as the model checks), or a URN made from its id."""
    return article.url or f"urn:iraqwithdrawal:article:{article.id}"


def node_uri(article: Article, ident: str) -> str:
    """An IRI for an object of the article: ``#id`` under the article's IRI, in place of any
    fragment the article's URL has (``…/a#top`` gives ``…/a#iraq``, never two ``#``). Ids
    are letters, digits and ``_ . : -``, all safe in a fragment."""
    return f"{article_uri(article).partition('#')[0]}#{ident}"


#: ASCII characters that stay as they are when an IRI becomes a URI: RFC 3986's reserved and
#: unreserved characters, and '%' (an IRI's own percent-escapes stay).
_URI_SAFE = ":/?#[]@!$&'()*+,;=-._~%"


_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def as_iri(uri: str) -> str:
    """The IRI of a URI (RFC 3987, section 3.2): percent-escapes of non-ASCII UTF-8 turned
    back into the characters; every other escape stays."""

    def decode(match: re.Match[str]) -> str:
        try:
            return bytes.fromhex(match[0].replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return match[0]

    return _NON_ASCII_ESCAPES.sub(decode, uri)


def as_uri(iri: str) -> str:
    """The URI of an IRI (RFC 3987, section 3.1): every other character, non-ASCII letters
    included, percent-encoded as UTF-8. For formats whose fields are URIs (ninjs)."""
    return quote(iri, safe=_URI_SAFE)


def wikidata_uri(entity: Entity) -> str | None:
    for ident in entity.identifiers:
        if ident.scheme.lower() == "wikidata":
            return f"http://www.wikidata.org/entity/{ident.value}"
    return None


_SLUG = re.compile(r"[^A-Za-z0-9_.:-]+")


class IdPool(set[str]):
    """The ids taken in one document, remembering for each base the next number to try, so
    that a thousand objects of one name get their ids in linear time."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        super().__init__(ids)
        self.next: dict[str, int] = {}


def slug(text: str, taken: set[str], prefix: str = "n") -> str:
    """An id (see ``ID_PATTERN``) made from ``text``, unique among ``taken`` (and added):
    the text's letters and digits, then ``-2``, ``-3``... when taken."""
    base = _SLUG.sub("-", text.strip()).strip("-.:_").lower()[:100] or prefix
    if not base[0].isalpha():
        base = f"{prefix}-{base}"
    counters = taken.next if isinstance(taken, IdPool) else {}
    candidate, n = base, counters.get(base, 2)
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    counters[base] = n
    taken.add(candidate)
    return candidate

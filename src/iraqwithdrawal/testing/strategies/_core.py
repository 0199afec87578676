"""The core of the strategies: text and ids, the article being drawn (what a reference may
point at), and values for any field derived from its description: its type, its checks'
strategies and the kinds it refers to. Every model is built through :func:`build`, so a
field added to a model is drawn with no change to the hand-written strategies."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from functools import cache, lru_cache
from typing import Any, TypeVar, get_args, get_origin

import attrs
from hypothesis import reject
from hypothesis import strategies as st

from ...description import FieldInfo, describe, is_class
from ...models import Attribution, Entity, Factuality, Quantity, TimeExpression
from ...models.base import Cue, RefKinds, Span, registered_types
from ...models.checks import Bounds, Check, Each, NonBlank, declared_checks

T = TypeVar("T")

# The article being drawn, if any: what a drawn reference may point at.
ARTICLE: ContextVar[Context] = ContextVar("iraqwithdrawal_article")

# Letters beyond ASCII (and one outside the Basic Multilingual Plane) so offsets are tested as
# code points, not bytes or UTF-16 units.
_ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:'\"-()"
_ALPHABET = st.sampled_from(
    [*_ASCII, "\u00e9", "\u00df", "\u0436", "\u0639", "\u4e2d", "\U0001d538", "\n"]
)


@cache
def texts(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text."""
    return st.text(_ALPHABET, min_size=min_size, max_size=max_size).filter(
        lambda s: s.strip() != ""
    )


@cache
def ids() -> st.SearchStrategy[str]:
    """Valid ids."""
    return st.from_regex(r"[a-z][a-z0-9_.:-]{0,12}", fullmatch=True)


def bodies(min_size: int = 0, max_size: int = 400) -> st.SearchStrategy[str]:
    return st.text(_ALPHABET, min_size=min_size, max_size=max_size)


# Strategies built inside composites are cached: building and validating a fresh strategy
# object on every draw made article generation several times slower.


@lru_cache(maxsize=4096)
def opt(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def pick(pool: Sequence[str]) -> st.SearchStrategy[str | None]:
    return pick_cached(tuple(pool))


@lru_cache(maxsize=4096)
def pick_cached(pool: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.sampled_from(pool) | st.none() if pool else st.none()


# The hand-written strategies below draw the fields that must agree with the rest of an
# article (references, spans, quotes matching the body). They build every model through
# ``build``, which draws every field they do not pass from the field's own type and rules:
# a field added to a model is drawn with no change here.


@st.composite
def build(draw: st.DrawFn, cls: type[T], /, **given: Any) -> T:
    """An instance of ``cls`` with the ``given`` field values and drawn values for the rest
    (references point into the article being drawn, when there is one)."""
    context = ARTICLE.get(NO_CONTEXT)
    values = dict(given)
    for a in describe(cls).fields:
        if a.init and a.name not in values:
            values[a.name] = draw(field_value(a, context))
    try:
        return cls(**values)
    except (ValueError, TypeError):  # a drawn value broke a rule across fields
        reject()


@st.composite
def builds(draw: st.DrawFn, cls: type[T], /, **strategies: st.SearchStrategy[Any]) -> T:
    """Like ``st.builds``, through :func:`build`."""
    given = {name: draw(strategy) for name, strategy in strategies.items()}
    return draw(build(cls, **given))


# --- strategies derived from the attrs fields of extension classes ------------------------------

BUILTIN: dict[type, st.SearchStrategy[Any]] = {}
OVERRIDES: dict[type, st.SearchStrategy[Any]] = {}
#: The entity kinds of this library, tag to class, as the registry has them.
KIND_CLASS: dict[str, type] = {
    tag: cls
    for tag, cls in sorted(registered_types().items())
    if issubclass(cls, Entity) and cls.__module__.startswith("iraqwithdrawal.models")
}
KIND_OF: dict[type, str] = {cls: tag for tag, cls in KIND_CLASS.items()}
#: The tags of the entity kinds, for drawing one.
ENTITY_KINDS: list[str] = list(KIND_CLASS)


@attrs.frozen
class Context:
    """What an extension field may refer to inside an article: the body for spans, and the
    ids drawn so far with their classes."""

    body: str | None
    targets: Mapping[str, type]
    speakers: tuple[str, ...]
    entity_ids: tuple[str, ...]
    event_ids: tuple[str, ...]


NO_CONTEXT = Context(None, {}, (), (), ())


def builtin_base(cls: type) -> type:
    return next(k for k in cls.__mro__ if k in BUILTIN)


def extensions(root: type) -> list[type]:
    """Registered subclasses of ``root`` that are not this library's own classes."""
    return sorted(
        (
            c
            for c in registered_types().values()
            if issubclass(c, root) and c not in BUILTIN and attrs.has(c)
        ),
        key=lambda c: (c.__module__, c.__qualname__),
    )


def register_strategy(cls: type, strategy: st.SearchStrategy[Any] | None = None) -> None:
    """Use ``strategy`` for ``cls`` everywhere: in ``st.from_type(cls)``, in :func:`models`
    and, for a registered entity or event class, in :func:`articles` (where the value drawn
    still gets its references checked by ``validate()``). Without ``strategy``, the one
    derived from the class's fields is registered, as it is for every class registered
    with ``register_type``."""
    if strategy is None:
        OVERRIDES.pop(cls, None)
        strategy = st.deferred(lambda: models(cls))
    else:
        OVERRIDES[cls] = strategy
    st.register_type_strategy(cls, strategy)


def register_derived(_tag: str, cls: type) -> None:
    if cls not in BUILTIN and cls not in OVERRIDES and attrs.has(cls):
        st.register_type_strategy(cls, st.deferred(lambda: models(cls)))


def models(cls: type[T]) -> st.SearchStrategy[T]:
    """Instances of any model class, this library's or an extension's: a built-in class
    gets its hand-written strategy; a subclass gets one of the class it extends, plus values
    for the fields it adds, derived from their types, validators and defaults."""
    override = OVERRIDES.get(cls)
    if override is not None:
        return override
    builtin = BUILTIN.get(cls)
    if builtin is not None:
        return builtin
    return derived(cls, NO_CONTEXT)


@st.composite
def derived(draw: st.DrawFn, cls: type, context: Context) -> Any:
    base = next((k for k in cls.__mro__ if k in BUILTIN), None)
    start = draw(BUILTIN[base]) if base is not None else None
    return draw(upgrade(start, cls, context))


@st.composite
def upgrade(draw: st.DrawFn, start: Any, cls: type, context: Context) -> Any:
    """An instance of ``cls`` with the field values of ``start`` (an instance of a class it
    extends, or None) and drawn values for every other field."""
    override = OVERRIDES.get(cls)
    if override is not None:
        return draw(override)
    values: dict[str, Any] = {}
    for a in describe(cls).fields:
        if not a.init:
            continue
        # A field the class inherits keeps the drawn value; one it adds or redefines (a
        # narrower reference, a term it implements) is drawn for the class.
        if start is not None and a.inherited and hasattr(start, a.name):
            values[a.name] = getattr(start, a.name)
        else:
            values[a.name] = draw(field_value(a, context))
    try:
        return cls(**values)
    except (ValueError, TypeError):  # a cross-field rule the draws did not meet
        reject()


#: The strategies of fields whose values do not depend on the article being drawn, by the
#: field's identity (the field is kept beside its strategy, so the identity is not reused).
#: A strategy object made afresh on every draw is validated afresh by hypothesis: caching
#: them made article generation about twice as fast.
_FREE: dict[tuple[int, int], tuple[FieldInfo, st.SearchStrategy[Any]]] = {}
#: The classes whose strategies read the article being drawn (its body, speakers, ids).
_ANCHORED = (Span, Cue, TimeExpression, Quantity, Attribution, Factuality)


def _reads_context(t: Any) -> bool:
    """Whether values of the annotation ``t`` are drawn from the article being drawn: spans,
    anchored models, or an extension class (whose fields may refer to anything)."""
    args = get_args(t)
    if args:
        return any(_reads_context(x) for x in args)
    if not is_class(t) or not attrs.has(t):
        return False
    return t in _ANCHORED or (t not in BUILTIN and t not in OVERRIDES)


def field_value(a: FieldInfo, context: Context) -> st.SearchStrategy[Any]:
    """Values for the field ``a``: its term, its constant, an id of an object of the kinds
    it refers to, else a value of its type drawn from its checks (see :func:`of_type`)."""
    if isinstance(a.ref, RefKinds) or _reads_context(a.type):
        return _field_value(a, context)
    # A vocabulary's terms are read when the strategy is made: one registered since is a
    # new key.
    key = (id(a), -1 if a.vocabulary is None else len(a.vocabulary))
    cached = _FREE.get(key)
    if cached is None or cached[0] is not a:
        cached = _FREE[key] = (a, _field_value(a, NO_CONTEXT))
    return cached[1]


def _field_value(a: FieldInfo, context: Context) -> st.SearchStrategy[Any]:
    term = a.metadata.get("implements")
    if term is not None:
        return st.just(term.name)
    if isinstance(a.validator, Check) and "const" in a.validator.schema():
        return st.just(a.validator.schema()["const"])
    kinds = a.ref
    optional = not a.required
    if isinstance(kinds, RefKinds):
        many = get_origin(a.type) is tuple
        if context is NO_CONTEXT:
            one = ids()
        else:
            pool = sorted(i for i, c in context.targets.items() if issubclass(c, kinds.classes()))
            if not pool:
                return st.just(()) if many else (st.none() if optional else st.nothing())
            one = st.sampled_from(pool)
        if many:
            return st.lists(one, unique=True, max_size=3).map(tuple)
        return (st.none() | one) if optional else one
    vocabulary = a.vocabulary
    if vocabulary is not None:  # its terms as registered now (see field_value)
        term = st.sampled_from(sorted(vocabulary))
        value: st.SearchStrategy[Any] = (
            st.lists(term, unique=True, max_size=3).map(tuple) if a.many else term
        )
    else:
        value = of_type(a.type, a.validator, context)
    if optional and a.factory is None:
        return st.just(a.default) | value
    return value


def checked(t: Any, validator: Any) -> st.SearchStrategy[Any] | None:
    """Values of the plain type ``t`` drawn from the declarative checks in ``validator``
    (the first one's strategy, kept to what the others accept), or ``None`` when it has
    none but non-blank text (drawn from :func:`texts`, whose letters test offsets)."""
    found = [c for c in declared_checks(validator) if not isinstance(c, NonBlank)]
    if not found:
        return None
    first, rest = found[0], found[1:]
    drawn = first.floats() if t is float and isinstance(first, Bounds) else first.strategy()
    if rest:
        drawn = drawn.filter(lambda x: all(c.accepts(x) for c in rest))
    return drawn


def _member(validator: Any) -> Any:
    """The check of the members of a tuple field (``deep_iterable``'s member), if any."""
    if isinstance(validator, Each):
        return validator.member
    for part in getattr(validator, "checks", ()):
        found = _member(part)
        if found is not None:
            return found
    inner = getattr(validator, "inner", None)
    return _member(inner) if inner is not None else None


def of_type(t: Any, validator: Any, context: Context) -> st.SearchStrategy[Any]:
    """Values of the annotation ``t`` that pass ``validator``: plain values from its checks,
    models from their own strategies (anchored in the article being drawn, if any)."""
    origin = get_origin(t)
    args = [x for x in get_args(t) if x is not type(None)]
    if origin in (typing.Union, types.UnionType):
        inner = [of_type(x, validator, context) for x in args]
        return st.one_of(st.none() if len(args) < len(get_args(t)) else st.nothing(), *inner)
    if origin is tuple:
        if args[0] is Span and context is not NO_CONTEXT and not context.body:
            return st.just(())  # no text to anchor a span in
        return st.lists(of_type(args[0], _member(validator), context), max_size=3).map(tuple)
    if t in (str, int, float):
        found = checked(t, validator)
        if found is not None:
            return found
    if t is str:
        return texts(max_size=30)
    if t is bool:
        return st.booleans()
    if t is int:
        return st.integers(0, 10**6)
    if t is float:
        return st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
    if is_class(t) and issubclass(t, enum.Enum):
        return st.sampled_from(list(t))
    if is_class(t) and attrs.has(t):
        if context is not NO_CONTEXT:
            local = _anchored(t, context)
            if local is not None:
                return local
            if t not in BUILTIN and t not in OVERRIDES:
                return derived(t, context)
        return models(t)
    return st.from_type(t)


def _anchored(t: type, context: Context) -> st.SearchStrategy[Any] | None:
    """The strategy of a built-in class whose values must agree with the article being
    drawn (spans in its body, sources among its speakers)."""
    from ._anchors import cues, factualities_in, spans
    from ._parts import attributions, quantities
    from ._time import time_expressions

    if t is Span:
        return spans(context.body) if context.body else st.nothing()
    if t is Cue:
        return cues(context.body)
    if t is TimeExpression:
        return time_expressions(context.body, context.event_ids)
    if t is Quantity:
        return quantities(context.body, context.entity_ids, context.speakers)
    if t is Attribution:
        return attributions(context.body, context.speakers, context.entity_ids)
    if t is Factuality:
        return factualities_in(context.body)
    return None

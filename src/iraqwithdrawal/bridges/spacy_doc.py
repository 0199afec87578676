"""Articles as spaCy ``Doc`` objects and back (needs the ``spacy`` extra).

:func:`to_spacy` makes a ``Doc`` of the body, tokenized by the pipeline given (or on
whitespace, for a bare ``Vocab``), with span groups ``quotes``, ``claims``, ``sources``
(mentions of entities that are a source or relay of an attribution), ``entities`` (other
mentions), ``events`` (an event's spans and its trigger's), ``cues``, ``times``,
``quantities`` and ``other``. A group holds an object's own spans: the spans of a quote's
attribution are not the quote's. Each span's ``label_`` is its kind (the event type, the
entity's tag, the time relation ...), its ``kb_id_`` the id of the object it belongs to and
its ``id_`` its JSON path in the article. ``span._.iw_id`` and ``span._.iw_attribution``
give the object's id and attribution; ``doc._.iw_article`` holds the whole article as wire
JSON text (text: a ``DocBin`` would turn JSON arrays into tuples), so that
:func:`from_spacy` gives it back exactly, whatever the tokens.

A span that does not fall on token boundaries is kept out of its group under
``alignment_mode="strict"`` (the default), or widened (``"expand"``) or narrowed
(``"contract"``) to tokens; each case is reported as a loss at the span's path.

:func:`from_spacy` reads the groups back: a placed span gone from every group is removed
from the article (a mention with it), one whose offsets changed is moved; spans a pipeline
added (no ``id_``) become new quotes, claims, events and entities.

Offsets of ``Doc`` and article agree: both count code points, so emoji and combining marks
before a span shift nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..description import describe, is_class
from ..errors import Problem, ValidationError
from ..models import (
    Article,
    Attribution,
    Claim,
    Cue,
    Entity,
    Event,
    Mention,
    MentionForm,
    Model,
    Quantity,
    Quote,
    Span,
    SpanField,
    TimeExpression,
    lookup_type,
    tag_of,
)
from ..serialize import from_dict, to_json
from ..standards import Conversion, Loss, LossKind
from ..validation import validate
from ._dicts import make_id, unique_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

__all__ = ["ALIGNMENT_MODES", "GROUPS", "from_docbin", "from_spacy", "to_docbin", "to_spacy"]

#: The span groups a Doc gets, in this order.
GROUPS = (
    "quotes",
    "claims",
    "sources",
    "entities",
    "events",
    "cues",
    "times",
    "quantities",
    "other",
)
#: How spans that do not fall on token boundaries are handled (spaCy's ``char_span`` modes).
ALIGNMENT_MODES = ("strict", "expand", "contract")

_GROUP_OF: tuple[tuple[type, str], ...] = (
    (Quote, "quotes"),
    (Claim, "claims"),
    (Event, "events"),
    (Cue, "cues"),
    (TimeExpression, "times"),
    (Quantity, "quantities"),
)


def _register() -> None:
    """The custom extensions (registered once; getters, so that two spans with the same
    offsets never share a value)."""
    from spacy.tokens import Doc, Span

    if not Doc.has_extension("iw_article"):
        Doc.set_extension("iw_article", default=None)
    if not Doc.has_extension("iw_placed"):
        Doc.set_extension("iw_placed", default=None)
    if not Span.has_extension("iw_id"):
        Span.set_extension("iw_id", getter=lambda span: span.kb_id_ or None)
    if not Span.has_extension("iw_attribution"):
        Span.set_extension("iw_attribution", getter=_attribution_of)


def _attribution_of(span: Any) -> Any:
    """The wire JSON of the attribution(s) of the quote, claim or event a span belongs to."""
    ident = span.kb_id_
    try:
        stored = json.loads(span.doc._.iw_article)
    except (TypeError, ValueError):
        return None
    if not isinstance(stored, dict) or not ident:
        return None
    for name, key in (
        ("quotes", "attribution"),
        ("claims", "attribution"),
        ("events", "attributions"),
    ):
        for obj in stored.get(name, ()):
            if isinstance(obj, dict) and obj.get("id") == ident:
                return obj.get(key)
    return None


def to_spacy(
    article: Article, nlp_or_vocab: Language | Vocab, *, alignment_mode: str = "strict"
) -> Conversion[Doc]:
    """The article's body as a ``Doc`` with span groups and extensions (see the module).
    ``nlp_or_vocab`` is a pipeline (``spacy.blank("en")``: only its tokenizer runs) or a
    ``Vocab`` (whitespace tokens)."""
    if alignment_mode not in ALIGNMENT_MODES:
        raise ValueError(f"alignment_mode must be one of {ALIGNMENT_MODES}, not {alignment_mode!r}")
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # compiled, no stub
    from spacy.vocab import Vocab

    _register()
    if isinstance(nlp_or_vocab, Vocab):
        doc = Tokenizer(nlp_or_vocab)(article.body)
    else:
        doc = nlp_or_vocab.make_doc(article.body)
    losses: list[Loss] = []
    groups: dict[str, list[Any]] = {name: [] for name in GROUPS}
    placed: dict[str, list[int]] = {}
    sources = _source_ids(article)
    for path, span, owner, group, label in _spans(article, sources):
        if span.field is not SpanField.BODY:
            losses.append(
                Loss(
                    kind=LossKind.APPROXIMATED,
                    path=path,
                    message=f"a span in the {span.field.value}: the Doc holds the body only "
                    "(doc._.iw_article keeps it)",
                )
            )
            continue
        made = doc.char_span(
            span.start,
            span.end,
            label=label,
            kb_id=getattr(owner, "id", None) or "",
            span_id=path,
            alignment_mode=alignment_mode,
        )
        if made is None:
            losses.append(
                Loss(
                    kind=LossKind.APPROXIMATED,
                    path=path,
                    message=f"not in span group {group!r}: characters {span.start}-{span.end} "
                    "do not fall on token boundaries (alignment_mode='strict'; "
                    "doc._.iw_article keeps it)",
                )
            )
            continue
        if (made.start_char, made.end_char) != (span.start, span.end):
            losses.append(
                Loss(
                    kind=LossKind.APPROXIMATED,
                    path=path,
                    message=f"in span group {group!r} as characters "
                    f"{made.start_char}-{made.end_char} (alignment_mode={alignment_mode!r}); "
                    "doc._.iw_article keeps the exact span",
                )
            )
        groups[group].append(made)
        placed[path] = [made.start_char, made.end_char]
    for name, spans in groups.items():
        doc.spans[name] = spans
    doc._.iw_article = to_json(article)
    doc._.iw_placed = json.dumps(placed)
    return Conversion(standard="spacy", document=doc, losses=tuple(losses))


def _source_ids(article: Article) -> set[str]:
    ids: set[str] = set()
    for _path, attribution in article.iter_attributions():
        ids.update(attribution.chain())
        ids.update(attribution.joint_with)
    return ids


def _spans(article: Article, sources: set[str]) -> Iterator[tuple[str, Span, Any, str, str]]:
    """``(path, span, owner, group, label)`` for every span of the article. A span's group
    and label come from the object whose own ``spans`` (or a mention's ``span``) hold it: a
    quote's spans go to ``quotes``, the spans of its attribution to ``other``. Its owner is
    the nearest object with an id."""

    def context(node: Any) -> tuple[str, str]:
        for cls, name in _GROUP_OF:
            if isinstance(node, cls):
                return name, _label(node)
        if isinstance(node, Entity):
            return "sources" if node.id in sources else "entities", _tag(node)
        return "other", _tag(node)

    def walk(
        node: Any, path: str, owner: Any, held: tuple[str, str], inherit: bool = False
    ) -> Iterator[Any]:
        if isinstance(node, Span):
            yield path, node, owner, *held
            return
        if isinstance(node, tuple):
            for i, item in enumerate(node):
                yield from walk(item, f"{path}[{i}]", owner, held, inherit)
            return
        if not isinstance(node, Model):
            return
        if getattr(node, "id", None) is not None:
            owner = node
        # A mention's span belongs with its entity, an event's trigger with the event;
        # anything else, with itself.
        own = held if inherit or isinstance(node, Mention) else context(node)
        for field in describe(type(node)).fields:
            value = getattr(node, field.name)
            trigger = isinstance(node, Event) and field.name == "trigger"
            yield from walk(value, f"{path}.{field.name}", owner, own, trigger)

    yield from walk(article, "$", None, ("other", "article"))


def _tag(node: Any) -> str:
    return tag_of(type(node)) or type(node).__name__.lower()


def _label(node: Any) -> str:
    if isinstance(node, Event):
        return node.event_type
    if isinstance(node, TimeExpression):
        return node.relation.value
    if isinstance(node, Quote):
        return "quote"
    return type(node).__name__.lower()


def from_spacy(doc: Doc) -> Conversion[Article]:
    """The article of a ``Doc`` made by :func:`to_spacy`, with what was done to its groups
    since. A span :func:`to_spacy` placed that is gone from every group is removed (a
    mention with it); one whose offsets changed is moved. Spans a pipeline added become: in
    ``quotes`` a new quote (its attribution unknown), in ``claims`` a new claim, in
    ``events`` a new event (``label_`` its registered type), in ``sources`` and ``entities``
    a new mention (of the entity ``kb_id_`` names, or of a new entity whose class tag is
    ``label_``); elsewhere, a loss. A bad ``Doc`` raises :class:`ValidationError` with paths
    into it (``$.spans['events'][2].label_``)."""
    stored = getattr(doc._, "iw_article", None) if doc.has_extension("iw_article") else None
    if stored is None:
        raise ValidationError(
            [Problem(code="missing", path="$._.iw_article", message="not a Doc made by to_spacy")]
        )
    if not isinstance(stored, str):
        raise ValidationError(
            [Problem(code="wrong_type", path="$._.iw_article", message="expected JSON text")]
        )
    try:
        wire = json.loads(stored)
    except (ValueError, RecursionError) as err:
        raise ValidationError(
            [Problem(code="invalid_json", path="$._.iw_article", message=str(err))]
        ) from None
    edits = _Edits(doc)
    if isinstance(wire, dict) and wire.get("body") == doc.text:
        edits.apply(wire)
    if edits.problems:
        raise ValidationError(edits.problems, source="spacy")
    try:
        article = from_dict(wire, Article)
    except ValidationError as err:
        raise ValidationError(
            [attrs.evolve(p, path="$._.iw_article" + p.path[1:]) for p in err.problems]
        ) from None
    if article.body != doc.text:
        raise ValidationError(
            [
                Problem(
                    code="text_mismatch",
                    path="$.text",
                    message="the Doc's text is not the body of its stored article",
                )
            ]
        )
    adder = _Adder(article)
    for name in GROUPS:
        if name in doc.spans:
            for i, span in enumerate(doc.spans[name]):
                if not span.id_:
                    adder.add(name, i, span)
    if adder.problems:
        raise ValidationError(adder.problems, source="spacy")
    result = adder.result()
    problems = [p for p in validate(result) if p.severity.value == "error"]
    if problems:
        raise ValidationError(problems, source="spacy")
    return Conversion(standard="spacy", document=result, losses=tuple(adder.losses))


_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


class _Edits:
    """What was done since :func:`to_spacy` to the spans it placed in the groups: a span
    whose ``id_`` (its path) is gone from every group is removed from the article (a
    mention with it), one whose offsets changed is moved (its text with it)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def apply(self, wire: dict[str, Any]) -> None:
        raw = getattr(self.doc._, "iw_placed", None)
        try:
            placed = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            placed = None
        if not isinstance(placed, dict) or not all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(n, int) for n in v)
            for v in placed.values()
        ):
            self.problems.append(
                Problem(code="wrong_type", path="$._.iw_placed", message="not a Doc of to_spacy")
            )
            return
        current: dict[str, Any] = {}
        for name in GROUPS:
            if name not in self.doc.spans:
                continue
            for i, span in enumerate(self.doc.spans[name]):
                if not span.id_:
                    continue
                if span.id_ not in placed:
                    self.problems.append(
                        Problem(
                            code="unknown_span",
                            path=f"$.spans['{name}'][{i}].id_",
                            message=f"{span.id_!r} is the path of no span to_spacy placed",
                            value=span.id_,
                        )
                    )
                current.setdefault(span.id_, span)
        removed: list[list[str | int]] = []
        for path, (start, end) in placed.items():
            steps = _steps(path)
            span = current.get(path)
            if span is None:
                removed.append(steps[:-1] if steps[-1] == "span" else steps)
            elif (span.start_char, span.end_char) != (start, end):
                target = _at(wire, steps)
                if isinstance(target, dict):
                    target["start"], target["end"] = span.start_char, span.end_char
                    if "text" in target:
                        target["text"] = span.text
        # Later items first, so that the indices of the others still hold.
        for steps in sorted(removed, key=_sort_key, reverse=True):
            parent = _at(wire, steps[:-1])
            if isinstance(parent, list) and isinstance(steps[-1], int):
                del parent[steps[-1]]


def _steps(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _STEP.findall(path)]


def _at(node: Any, steps: list[str | int]) -> Any:
    for step in steps:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
        elif isinstance(step, str) and isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return None
    return node


def _sort_key(steps: list[str | int]) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, s) if isinstance(s, int) else (1, s) for s in steps)


class _Adder:
    """New objects for spans a pipeline added."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.problems: list[Problem] = []
        self.losses: list[Loss] = []
        self.new: dict[str, list[Any]] = {"quotes": [], "claims": [], "events": [], "entities": []}
        self.mentions: dict[str, list[Mention]] = {}
        self.taken = set(article.objects_by_id())

    def add(self, group: str, index: int, span: Any) -> None:
        path = f"$.spans['{group}'][{index}]"
        where = Span(start=span.start_char, end=span.end_char, text=span.text)
        words = span.text.strip() or span.text
        try:
            if group == "quotes":
                ident = self._id(span, "q")
                self.new["quotes"].append(
                    Quote(id=ident, text=words, spans=(where,), attribution=Attribution())
                )
            elif group == "claims":
                ident = self._id(span, "c")
                self.new["claims"].append(
                    Claim(id=ident, text=words, spans=(where,), attribution=Attribution())
                )
            elif group == "events":
                ident = self._id(span, "ev")
                self.new["events"].append(Event(id=ident, event_type=span.label_, spans=(where,)))
            elif group in ("sources", "entities"):
                self._mention(span, where, path)
            else:
                self.losses.append(
                    Loss(
                        kind=LossKind.DROPPED,
                        path=path,
                        message=f"a new span in {group!r} belongs to no object of the article",
                    )
                )
        except (ValueError, TypeError) as err:
            code = getattr(err, "code", "invalid")
            self.problems.append(
                Problem(code=code, path=f"{path}.label_", message=str(err), value=span.label_)
            )

    def _id(self, span: Any, prefix: str) -> str:
        if span.kb_id_:
            if span.kb_id_ in self.taken:
                raise ValueError(f"id {span.kb_id_!r} is already used")
            self.taken.add(span.kb_id_)
            return str(span.kb_id_)
        return unique_id(f"{prefix}-spacy", self.taken)

    def _mention(self, span: Any, where: Span, path: str) -> None:
        mention = Mention(span=where, form=MentionForm.NAME)
        known = {e.id for e in self.article.entities} | {e.id for e in self.new["entities"]}
        if span.kb_id_ and span.kb_id_ in known:
            self.mentions.setdefault(span.kb_id_, []).append(mention)
            return
        cls = lookup_type(span.label_) if span.label_ else None
        if not (is_class(cls) and issubclass(cls, Entity)):
            self.problems.append(
                Problem(
                    code="unknown_label",
                    path=f"{path}.label_",
                    message=f"{span.label_!r} is not the tag of an entity class",
                    value=span.label_,
                )
            )
            return
        ident = self._id(span, make_id(span.text, prefix="ent"))
        naming = getattr(cls, "LABEL_FIELD", "name")
        naming = naming if naming in describe(cls).by_name else "description"
        self.new["entities"].append(cls(id=ident, mentions=(mention,), **{naming: span.text}))

    def result(self) -> Article:
        entities = [
            attrs.evolve(e, mentions=(*e.mentions, *self.mentions[e.id]))
            if e.id in self.mentions
            else e
            for e in self.article.entities
        ]
        return attrs.evolve(
            self.article,
            entities=(*entities, *self.new["entities"]),
            quotes=(*self.article.quotes, *self.new["quotes"]),
            claims=(*self.article.claims, *self.new["claims"]),
            events=(*self.article.events, *self.new["events"]),
        )


def to_docbin(
    articles: Iterable[Article], nlp_or_vocab: Language | Vocab, *, alignment_mode: str = "strict"
) -> Conversion[DocBin]:
    """Many articles as one ``DocBin`` (user data stored, so the articles come back),
    with the losses of every article."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    losses: list[Loss] = []
    for n, article in enumerate(articles):
        made = to_spacy(article, nlp_or_vocab, alignment_mode=alignment_mode)
        docbin.add(made.document)
        losses += [attrs.evolve(loss, path=f"$[{n}]{loss.path[1:]}") for loss in made.losses]
    return Conversion(standard="spacy", document=docbin, losses=tuple(losses))


def from_docbin(docbin: DocBin, vocab: Vocab) -> list[Conversion[Article]]:
    """The articles of a ``DocBin`` made by :func:`to_docbin`, in order."""
    _register()
    return [from_spacy(doc) for doc in docbin.get_docs(vocab)]

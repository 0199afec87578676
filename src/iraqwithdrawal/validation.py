"""Document-level validation: rules that need the whole article to check.

Construction-time validators guard each value; :func:`validate` checks what only the whole
document can tell: unique ids, references that resolve to the right kind of object, spans
inside the body, direct quotes that match the body, relay chains and event links without
cycles, times consistent with the publication date, and totals that add up (a warning).
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any, get_args, get_origin

import attrs

from ._fast import Collector
from ._plugins import load_plugins
from ._rules import run_rules
from ._text import a as _a
from ._totals import check_totals, totals_hold
from ._walk import Survey, survey
from .accel import compile_functions
from .description import describe, is_class
from .errors import Problem, Severity, ValidationError
from .models.article import Article
from .models.attribution import Attribution, AttributionMode
from .models.base import Model, RefKinds, Span, SpanField, lookup_type
from .models.events import EVENT_TYPES as _EVENT_TYPES
from .models.events import Event, EventStatus, event_types
from .models.quantity import Quantity
from .models.time import Interval, PartialDate
from .models.vocabulary import Vocabulary
from .statement_checks import check_corrections, check_replies
from .text import splits_character

__all__ = ["check", "validate", "validate_loaded"]


def validate(article: Article) -> list[Problem]:
    """Every problem of ``article``, errors and warnings, each with its JSON path and code."""
    if not isinstance(article, Article):
        raise TypeError(f"validate() takes an Article, not {type(article).__name__}")
    return validate_loaded(article, None)


def validate_loaded(article: Article, notes: Collector | None) -> list[Problem]:
    """:func:`validate`, with the notes the generated loaders took while building
    ``article`` (when complete, they stand in for the quick walk)."""
    load_plugins()
    context = _Context(article)
    if notes is not None and notes.complete:
        context._scan = _scan_notes(article, notes)
    problems: list[Problem] = []
    for rule in BUILTIN_RULES:
        if rule.quick is None or not rule.quick(context):
            problems.extend(rule.detailed(context))
    problems.extend(run_rules(article))
    return problems


class _Context:
    """What the rules of one ``validate()`` call share, each built at most once: the quick
    scan (one walk, no paths) and the detailed survey (one walk, with paths)."""

    __slots__ = ("_scan", "_survey", "article")

    def __init__(self, article: Article) -> None:
        self.article = article
        self._scan: _Scan | None = None
        self._survey: Survey | None = None

    @property
    def scan(self) -> _Scan:
        if self._scan is None:
            self._scan = _quick_scan(self.article)
        return self._scan

    @property
    def survey(self) -> Survey:
        if self._survey is None:
            self._survey = survey(self.article)
        return self._survey


@attrs.frozen
class BuiltinRule:
    """A document rule of this library: its ``detailed`` form finds every problem with its
    path; its ``quick`` form, where it has one, only answers whether the rule holds, from the
    shared quick scan, so a valid document is checked without building any path. The two
    forms sit side by side so that neither can run without the other."""

    name: str
    detailed: Callable[[_Context], Iterable[Problem]]
    quick: Callable[[_Context], bool] | None = None


def _unknown_tag(obj: object) -> str | None:
    """The type tag a lenient load kept for ``obj`` because no class is registered for it."""
    extra = getattr(obj, "extra", None)
    tag = extra.get("type") if extra else None
    return tag if isinstance(tag, str) and lookup_type(tag) is None else None


def _unknown_kind(obj: object) -> bool:
    """An object of an unregistered kind (kept by a lenient load) may be what a reference
    needs: it is reported once, as a warning, where it stands."""
    return _unknown_tag(obj) is not None


def _unknown_terms(
    node: Any, terms: tuple[tuple[str, str, Vocabulary, bool], ...]
) -> list[tuple[str, Any, Vocabulary]]:
    """The unregistered terms in ``node``'s term fields: (path step, term, vocabulary)."""
    found: list[tuple[str, Any, Vocabulary]] = []
    for name, wire, vocabulary, many in terms:
        value = getattr(node, name)
        if value is None:
            continue
        if many:
            found.extend(
                (f"{wire}[{i}]", term, vocabulary)
                for i, term in enumerate(value)
                if term not in vocabulary
            )
        elif value not in vocabulary:
            found.append((wire, value, vocabulary))
    return found


def _check_vocabulary(found_all: Survey) -> Iterable[Problem]:
    """Warnings for what a lenient load kept without knowing it: unregistered type tags,
    event types and terms of the open vocabularies (a strict load refuses them all)."""
    registered = event_types()
    for path, node in found_all.nodes:
        terms = _quick_plan(type(node))[4] if attrs.has(type(node)) else ()
        for step, term, vocabulary in _unknown_terms(node, terms):
            yield Problem(
                code="unknown_term",
                path=f"{path}.{step}",
                severity=Severity.WARNING,
                value=term,
                message=f"{term!r} is not a registered term of the {vocabulary.name} "
                "vocabulary; kept as written",
            )
        tag = _unknown_tag(node)
        if tag is not None:
            yield Problem(
                code="unknown_type",
                path=f"{path}.type",
                severity=Severity.WARNING,
                value=tag,
                message=f"type tag {tag!r} is not registered; the object was kept as "
                f"{_a(type(node).__name__)} with its unknown fields",
            )
        if isinstance(node, Event) and node.event_type not in registered:
            yield Problem(
                code="unknown_event_type",
                path=f"{path}.event_type",
                severity=Severity.WARNING,
                value=node.event_type,
                message=f"event type {node.event_type!r} is not registered; kept as written",
            )


def _reference_problems(found_all: Survey) -> list[Problem]:
    """Duplicate ids, and references that do not resolve or resolve to the wrong kind."""
    problems: list[Problem] = []
    seen: dict[str, tuple[str, object]] = {}
    for path, ident, obj in found_all.ids:
        if ident in seen:
            problems.append(
                Problem(
                    code="duplicate_id",
                    path=path,
                    value=ident,
                    message=f"id {ident!r} is already used at {seen[ident][0]}",
                )
            )
        else:
            seen[ident] = (path, obj)

    for path, target, kinds in found_all.refs:
        found = seen.get(target)
        if found is None:
            problems.append(
                Problem(
                    code="unresolved_reference",
                    path=path,
                    value=target,
                    message=f"{target!r} does not refer to anything in this article",
                )
            )
        elif not kinds.accepts(found[1]) and not _unknown_kind(found[1]):
            problems.append(
                Problem(
                    code="wrong_reference_kind",
                    path=path,
                    value=target,
                    message=f"{target!r} is {_a(type(found[1]).__name__)}, but "
                    f"{' or '.join(_a(k) for k in kinds.names)} is expected here",
                )
            )

    return problems


# --- the quick pass --------------------------------------------------------------------------
#
# Most documents are valid, and paths are only needed to report problems. The quick pass walks
# the tree without building any path and only answers whether the tree-wide rules (ids,
# references, spans, relay chains) hold; when they do not, ``validate`` runs the detailed pass.

_ONE, _MANY, _REF, _REFS, _ANY = range(5)
_QuickPlan = tuple[
    tuple[tuple[str, int, "RefKinds | None"], ...],
    bool,
    bool,
    bool,
    tuple[tuple[str, str, Vocabulary, bool], ...],
]
_QUICK_PLANS: dict[type, _QuickPlan] = {}


def _holds_models(t: Any) -> bool | None:
    """Whether values of type ``t`` may contain models: True, False, or None if unsure."""
    if is_class(t):
        if issubclass(t, Model):
            return True
        if t in (str, int, float, bool, type(None)) or issubclass(t, enum.Enum):
            return False
        if t in (PartialDate, Interval):
            return False
        return None
    if get_origin(t) in (typing.Union, types.UnionType, tuple):
        answers = [_holds_models(arg) for arg in get_args(t) if arg is not Ellipsis]
        if any(answer is None for answer in answers):
            return None
        return any(answers)
    return None


def _quick_plan(cls: type) -> _QuickPlan:
    plan = _QUICK_PLANS.get(cls)
    if plan is None:
        described = describe(cls)
        steps: list[tuple[str, int, RefKinds | None]] = []
        for a in described.fields:
            kinds = a.ref
            many = get_origin(a.type) is tuple
            holds = _holds_models(a.type)
            if kinds is not None:
                steps.append((a.name, _REFS if many else _REF, kinds))
            elif holds is None:
                steps.append((a.name, _ANY, None))
            elif holds:
                steps.append((a.name, _MANY if many else _ONE, None))
        has_id = "id" in described.by_name
        plan = _QUICK_PLANS[cls] = (
            tuple(steps),
            has_id,
            issubclass(cls, Attribution),
            issubclass(cls, Event),
            tuple(
                (a.name, a.wire_name, a.vocabulary, a.many)
                for a in described.fields
                if a.vocabulary
            ),
        )
    return plan


@attrs.define
class _Scan:
    """The verdicts of the quick scan, one per tree-wide rule."""

    references: bool = True
    vocabulary: bool = True
    spans: bool = True
    relays: bool = True
    totals: bool = True


def _scan_notes(article: Article, notes: Collector) -> _Scan:
    """The quick scan's verdicts from the loaders' notes, with no walk."""
    scan = _Scan()
    ids: dict[str, object] = {}
    for ident, obj in notes.ids:
        if obj is article:
            continue
        if ident in ids:
            scan.references = False
        ids.setdefault(ident, obj)
    vocabulary = _EVENT_TYPES
    if any(event.event_type not in vocabulary for event in notes.events):
        scan.vocabulary = False
    scan.references = scan.references and _references_hold(ids, notes.refs)
    scan.spans = _spans_hold(article, notes.spans)
    # A chain without relay hops holds at most the source: it cannot repeat an id.
    scan.relays = all(not a.relay or _no_repeat(a.chain()) for a in notes.attributions)
    scan.totals = all(totals_hold(q) for q in notes.parted)
    return scan


def _references_hold(ids: dict[str, object], refs: list[tuple[str, RefKinds]]) -> bool:
    # ``kinds.accepts(found)`` is ``isinstance(found, kinds.classes())``: the classes are
    # looked up once per reference kind, the test itself is one C call.
    classes_of: dict[RefKinds, tuple[type, ...]] = {}
    for target, kinds in refs:
        found = ids.get(target)
        if found is None:
            return False
        classes = classes_of.get(kinds)
        if classes is None:
            classes = classes_of[kinds] = kinds.classes()
        if not isinstance(found, classes) and not _unknown_kind(found):
            return False
    return True


def _spans_hold(article: Article, spans: list[Span]) -> bool:
    body = article.body
    # An ASCII text without CR has a boundary between any two characters (UAX #29): no
    # span edge in it can split a character, so the grapheme rules are not asked.
    plain = body.isascii() and "\r" not in body
    size = len(body)
    in_body = SpanField.BODY
    for span in spans:
        start, end, quoted = span.start, span.end, span.text
        if span.field is in_body:
            text, limit, simple = body, size, plain
        else:
            found = article.text_of(span)
            if found is None:
                return False
            text, limit, simple = found, len(found), False
        if end > limit:
            return False
        # The loaders hold len(text) to end - start, so the repeat is where it starts.
        if quoted is not None and not (
            len(quoted) == end - start and text.startswith(quoted, start)
        ):
            return False
        if simple:
            continue
        if (_may_split(text, start) and splits_character(text, start)) or (
            _may_split(text, end) and splits_character(text, end)
        ):
            return False
    return True


def _may_split(text: str, index: int) -> bool:
    """Whether a boundary at ``index`` needs the grapheme rules: between two ASCII
    characters other than CR LF there is always a boundary (UAX #29), so most spans of most
    reports are settled without them."""
    pair = text[index - 1 : index + 1] if index > 0 else ""
    return not pair.isascii() or pair == "\r\n"


def _no_repeat(chain: tuple[str, ...]) -> bool:
    return len(set(chain)) == len(chain)


def _quick_scan(article: Article) -> _Scan:
    """Walk the tree once, without paths, and say which tree-wide rules hold."""
    scan = _Scan()
    ids: dict[str, object] = {}
    refs: list[tuple[str, RefKinds]] = []
    spans: list[Span] = []
    vocabulary = _EVENT_TYPES
    chains: list[tuple[str, ...]] = []
    pending: list[Any] = [article]
    push, pop = pending.append, pending.pop
    first = True
    while pending:
        node = pop()
        cls = node.__class__
        if cls is Span:
            spans.append(node)
            continue
        steps, has_id, is_attribution, is_event, terms = _QUICK_PLANS.get(cls) or _quick_plan(cls)
        if node.extra and _unknown_tag(node) is not None:
            scan.vocabulary = False
        if is_event and node.event_type not in vocabulary:
            scan.vocabulary = False
        if terms and scan.vocabulary and _unknown_terms(node, terms):
            scan.vocabulary = False
        if isinstance(node, Quantity) and node.parts and not totals_hold(node):
            scan.totals = False
        if has_id and not first:
            ident = node.id
            if ident is not None:
                if ident in ids:
                    scan.references = False
                ids.setdefault(ident, node)
        first = False
        if is_attribution:
            chains.append(node.chain())
        for name, kind, kinds in steps:
            value = getattr(node, name)
            if kind is _MANY:
                pending.extend(value)
            elif value is None:
                continue
            elif kind is _ONE:
                push(value)
            elif kind is _REF:
                refs.append((value, kinds))  # type: ignore[arg-type]
            elif kind is _REFS:
                refs.extend((target, kinds) for target in value)  # type: ignore[misc]
            elif isinstance(value, Model):
                push(value)
            elif isinstance(value, tuple):
                pending.extend(item for item in value if isinstance(item, Model))
    scan.references = scan.references and _references_hold(ids, refs)
    scan.spans = _spans_hold(article, spans)
    scan.relays = all(_no_repeat(chain) for chain in chains)
    return scan


def check(article: Article) -> list[Problem]:
    """Raise :class:`~iraqwithdrawal.errors.ValidationError` if ``article`` has any error;
    otherwise return its warnings."""
    problems = validate(article)
    if any(p.severity is Severity.ERROR for p in problems):
        raise ValidationError(problems)
    return problems


def _check_spans(article: Article, found: Survey) -> Iterable[Problem]:
    for path, node in found.spans:
        text = article.text_of(node)
        where = node.field.value if node.media is None else f"{node.field.value} of {node.media}"
        if text is None:
            yield Problem(
                code="span_field_missing",
                path=f"{path}.field",
                value=node.field.value,
                message=f"the span counts in the {where}, which the article does not have",
            )
            continue
        size = len(text)
        if node.end > size:
            yield Problem(
                code="span_out_of_bounds",
                path=path,
                value=[node.start, node.end],
                message=f"span {node.start}-{node.end} lies outside the {where} "
                f"({size} characters)",
            )
            continue
        if node.text is not None and text[node.start : node.end] != node.text:
            yield Problem(
                code="span_text_mismatch",
                path=f"{path}.text",
                value=node.text,
                message=f"span text {node.text!r} differs from the {where} there "
                f"({text[node.start : node.end]!r})",
            )
        for side in ("start", "end"):
            at = getattr(node, side)
            if splits_character(text, at):
                yield Problem(
                    code="span_splits_character",
                    path=f"{path}.{side}",
                    value=at,
                    severity=Severity.WARNING,
                    message=f"offset {at} cuts a character of the {where} in two (a flag, an "
                    "emoji sequence or a letter and its mark)",
                )


def _shared_or_own(article: Article, attribution: Attribution) -> Attribution:
    """The shared attribution ``attribution`` points at, with its own fields laid over it;
    itself when the id names none (reported by the reference checks)."""
    try:
        return article.resolve_attribution(attribution)
    except KeyError:
        return attribution


def _check_quotes(article: Article) -> Iterable[Problem]:
    for i, quote in enumerate(article.quotes):
        spans = quote.spans
        for j in range(1, len(spans)):
            if spans[j].start < spans[j - 1].end:
                yield Problem(
                    code="span_overlap",
                    path=f"$.quotes[{i}].spans[{j}]",
                    message="a quote's spans must be in order and must not overlap",
                )
        said = quote.attribution
        if said.shared is not None and said.mode is None:
            said = _shared_or_own(article, said)
        if said.mode is not AttributionMode.DIRECT:
            continue
        if not spans:
            yield Problem(
                code="direct_quote_unanchored",
                path=f"$.quotes[{i}].spans",
                message="a direct quote needs at least one span in the body",
            )
            continue
        texts = [article.text_of(s) for s in spans]
        if any(t is None or s.end > len(t) for s, t in zip(spans, texts, strict=True)):
            continue  # already reported by the span checks
        words = " ".join(t[s.start : s.end] for s, t in zip(spans, texts, strict=True) if t)
        if words != quote.text:
            yield Problem(
                code="quote_text_mismatch",
                path=f"$.quotes[{i}].text",
                value=quote.text,
                message=f"a direct quote must equal the body at its spans: "
                f"text is {quote.text!r:.80} but the body has {words!r:.80}",
            )


def _check_relays(found: Survey) -> Iterable[Problem]:
    for path, node in found.nodes:
        if not isinstance(node, Attribution):
            continue
        chain = node.chain()
        first: dict[str, int] = {}
        for step, ident in enumerate(chain):
            if ident in first:
                loop = list(chain[first[ident] : step + 1])
                if len(loop) > 8:  # a long loop is named by its ends
                    loop = [*loop[:3], f"... {len(loop) - 6} more ...", *loop[-3:]]
                hop = step - (1 if node.source is not None else 0)
                yield Problem(
                    code="relay_cycle",
                    path=f"{path}.relay[{hop}].via",
                    value=ident,
                    message=f"the relay chain returns to {ident!r}: {' -> '.join(loop)}",
                )
                break
            first[ident] = step


def _check_links(article: Article) -> Iterable[Problem]:
    index = {e.id: i for i, e in enumerate(article.events)}
    graph: dict[str, list[tuple[str, int]]] = {e.id: [] for e in article.events}
    for event in article.events:
        for j, link in enumerate(event.links):
            if link.target in index:
                graph[event.id].append((link.target, j))
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in graph:
        if start in state:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        trail = [start]
        state[start] = 1
        while stack:
            node, k = stack[-1]
            if k < len(graph[node]):
                stack[-1] = (node, k + 1)
                target, j = graph[node][k]
                if state.get(target) == 1:
                    loop = " -> ".join([*trail[trail.index(target) :], target])
                    yield Problem(
                        code="link_cycle",
                        path=f"$.events[{index[node]}].links[{j}].target",
                        value=target,
                        message=f"event links form a cycle: {loop}",
                    )
                elif target not in state:
                    state[target] = 1
                    stack.append((target, 0))
                    trail.append(target)
            else:
                state[node] = 2
                stack.pop()
                trail.pop()


def _check_claims(article: Article) -> Iterable[Problem]:
    for i, claim in enumerate(article.claims):
        for j, other in enumerate(claim.contests):
            if other == claim.id:
                yield Problem(
                    code="self_contest",
                    path=f"$.claims[{i}].contests[{j}]",
                    value=other,
                    message="a claim cannot contest itself",
                )


def _check_times(article: Article) -> Iterable[Problem]:
    published = article.published
    if published is None or published.latest() is None:
        return
    last_day = published.latest()
    assert last_day is not None
    for i, event in enumerate(article.events):
        if event.status != EventStatus.COMPLETED.value or event.time is None:
            continue
        anchor = event.time.anchor()
        first = anchor.earliest() if anchor is not None else None
        if first is not None and first > last_day:
            yield Problem(
                code="completed_after_publication",
                path=f"$.events[{i}].time",
                severity=Severity.WARNING,
                value=anchor.to_edtf() if anchor else None,
                message=f"event is marked completed but dated {first.isoformat()}, after the "
                f"article's publication ({published.to_edtf()})",
            )
    dateline = article.dateline
    if dateline is not None and dateline.time is not None and dateline.time.date is not None:
        d = dateline.time.date
        for part in ("year", "month", "day"):
            a, b = getattr(d, part), getattr(published, part)
            if a is not None and b is not None and a != b:
                yield Problem(
                    code="dateline_mismatch",
                    path="$.dateline.time.date",
                    severity=Severity.WARNING,
                    value=d.to_edtf(),
                    message=f"dateline {d.to_edtf()} disagrees with the publication "
                    f"date {published.to_edtf()}",
                )
                break


def _check_entries(article: Article) -> Iterable[Problem]:
    """A live page lists its entries newest first (entries without a time are skipped)."""
    previous: tuple[int, Any] | None = None
    for i, entry in enumerate(article.entries):
        if entry.at is None:
            continue
        key = entry.at.sort_key()
        if previous is not None and key > previous[1]:
            yield Problem(
                code="live_entry_order",
                path=f"$.entries[{i}].at",
                severity=Severity.WARNING,
                message=f"entry is newer than entry {previous[0]} above it; a live page lists "
                "its entries newest first",
            )
        previous = (i, key)


def _check_parts(article: Article) -> Iterable[Problem]:
    """A part is ``within`` a part listed before it (a list before its items), so the
    nesting of an article's parts has no loop."""
    ids = {part.id for part in article.parts if part.id is not None}
    seen: set[str] = set()
    for i, part in enumerate(article.parts):  # a within naming no part: see "references"
        if part.within in ids and part.within not in seen:
            yield Problem(
                code="part_within_later",
                path=f"$.parts[{i}].within",
                message=f"part {i} is within {part.within!r}, which is not a part listed before it",
                value=part.within,
            )
        if part.id is not None:
            seen.add(part.id)


#: The document rules of this library, in the order their problems are reported; the rules
#: that extensions register (``register_rule``) run after them.
BUILTIN_RULES: tuple[BuiltinRule, ...] = (
    BuiltinRule(
        "references",
        lambda c: _reference_problems(c.survey),
        lambda c: c.scan.references,
    ),
    BuiltinRule(
        "vocabulary",
        lambda c: _check_vocabulary(c.survey),
        lambda c: c.scan.vocabulary,
    ),
    BuiltinRule("spans", lambda c: _check_spans(c.article, c.survey), lambda c: c.scan.spans),
    BuiltinRule("quotes", lambda c: _check_quotes(c.article)),
    BuiltinRule("relays", lambda c: _check_relays(c.survey), lambda c: c.scan.relays),
    BuiltinRule("links", lambda c: _check_links(c.article)),
    BuiltinRule("claims", lambda c: _check_claims(c.article)),
    BuiltinRule("times", lambda c: _check_times(c.article)),
    BuiltinRule("entries", lambda c: _check_entries(c.article)),
    BuiltinRule("replies", lambda c: check_replies(c.article)),
    BuiltinRule("corrections", lambda c: check_corrections(c.article)),
    BuiltinRule("parts", lambda c: _check_parts(c.article)),
    BuiltinRule("totals", lambda c: check_totals(c.survey), lambda c: c.scan.totals),
)

# The checks a load runs on every document, compiled when the accelerator holds their source
# (see iraqwithdrawal.accel.compile_functions): callees first.
compile_functions(
    globals(),
    "_no_repeat",
    "_may_split",
    "_unknown_tag",
    "_unknown_kind",
    "_references_hold",
    "_spans_hold",
    "_scan_notes",
    "_check_quotes",
    "_check_links",
    "_check_claims",
    "_check_times",
    "_check_entries",
    "_check_parts",
    "validate_loaded",
)

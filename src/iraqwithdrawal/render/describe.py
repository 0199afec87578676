"""The words of the annotated view: who a source is, the relay chain of an attribution, how
sure it is, what a time or a quantity says. Plain text, escaped by whoever writes it out.

These are the view's own short phrases; the text outline of ``iraqwithdrawal show`` words
the same things for a terminal.
"""

from __future__ import annotations

from ..models import (
    AnonymousSource,
    Article,
    Attribution,
    Certainty,
    Entity,
    Factuality,
    Polarity,
    Quantity,
    QuantityQualifier,
    TimeExpression,
)
from ..outline import time_words

__all__ = [
    "attribution_parts",
    "chain_labels",
    "factuality_text",
    "hedged",
    "is_anonymous",
    "label",
    "quantity_text",
    "resolved",
    "time_text",
]

_QUALIFIERS = {
    QuantityQualifier.EXACT: "",
    QuantityQualifier.ABOUT: "about ",
    QuantityQualifier.NEARLY: "nearly ",
    QuantityQualifier.MORE_THAN: "more than ",
    QuantityQualifier.AT_LEAST: "at least ",
    QuantityQualifier.LESS_THAN: "less than ",
    QuantityQualifier.AT_MOST: "at most ",
    QuantityQualifier.UP_TO: "up to ",
}


def label(article: Article, ident: str | None) -> str:
    """A readable name for the object ``ident`` names: an entity's name or description, an
    event's type; the id itself when nothing better is known, "unnamed source" for none."""
    if ident is None:
        return "unnamed source"
    found = article.index().by_id.get(ident)
    if isinstance(found, Entity):
        return str(found.label)
    return ident


def is_anonymous(article: Article, ident: str | None) -> bool:
    """Whether ``ident`` names an anonymous source."""
    return ident is not None and isinstance(article.index().by_id.get(ident), AnonymousSource)


def resolved(article: Article, attribution: Attribution) -> Attribution:
    """The attribution with a shared one it points at laid under it (unchanged when the
    shared id is not found: the view shows what there is)."""
    try:
        return article.resolve_attribution(attribution)
    except KeyError:
        return attribution


def chain_labels(article: Article, attribution: Attribution) -> list[tuple[str, str | None]]:
    """The relay chain, source first, as (label, id) pairs: the source (and its co-sources),
    then every outlet or person it came through ("Iraqi government source", "Al Mayadeen",
    "TASS"). An attribution with no source starts with "unnamed source"."""
    a = resolved(article, attribution)
    who = [a.source, *a.joint_with] if a.source is not None or a.joint_with else [None]
    head = " and ".join(label(article, x) for x in who)
    chain: list[tuple[str, str | None]] = [(head, a.source)]
    chain += [(label(article, hop.via), hop.via) for hop in a.relay]
    return chain


def factuality_text(f: Factuality | None) -> str:
    """ "certain", "probable, negated", "possible (hedges: may, reportedly)" ..."""
    if f is None:
        return "certain (not qualified)"
    bits = [f.certainty.value]
    if f.polarity is Polarity.NEGATIVE:
        bits.append("negated")
    elif f.polarity is Polarity.UNKNOWN:
        bits.append("polarity unknown")
    out = ", ".join(bits)
    if f.hedges:
        out += " (hedges: " + ", ".join(h.text for h in f.hedges) + ")"
    return out


def hedged(f: Factuality | None) -> bool:
    """Whether a factuality weakens or negates what it qualifies."""
    if f is None:
        return False
    weaker = f.certainty is not Certainty.CERTAIN or f.polarity is not Polarity.POSITIVE
    return weaker or f.hedges != ()


def attribution_parts(article: Article, attribution: Attribution) -> dict[str, str]:
    """The parts of an attribution the view shows, each as plain text: ``chain`` ("A → B
    → C"), ``cue``, ``mode``, ``time``, ``factuality``, ``channel``, ``recipient``. Parts
    the attribution does not state are left out."""
    a = resolved(article, attribution)
    parts = {"chain": " \u2192 ".join(name for name, _id in chain_labels(article, a))}
    if a.cue is not None:
        parts["cue"] = a.cue.text
    if a.mode is not None:
        parts["mode"] = a.mode.value
    if a.time is not None:
        parts["time"] = time_text(a.time)
    if a.factuality is not None:
        parts["factuality"] = factuality_text(a.factuality)
    if a.channel is not None:
        parts["channel"] = label(article, a.channel)
    if a.recipient is not None:
        parts["recipient"] = label(article, a.recipient)
    if attribution.shared is not None:
        parts["shared"] = attribution.shared
    return parts


def time_text(t: TimeExpression) -> str:
    """The time as written and as EDTF: "'by September 2025' ../2025-09", with what was
    inferred ("[inferred 2024-07-24]") and what it is relative to."""
    edtf = time_words(t)
    written = f"\u201c{t.text}\u201d" if t.text else ""
    out = " ".join(x for x in (written, edtf) if x) or t.relation.value
    inferred = t.inferred or t.inferred_interval
    if inferred is not None:
        out += f" [inferred {inferred.to_edtf()}]"
    return out


def _number(x: float | None) -> str:
    return "?" if x is None else f"{x:,}"


def quantity_text(article: Article, q: Quantity) -> str:
    """ "about 2,500 US troops", "1/3 of the 3,000 troops", "8,600 troops (from 13,000)"."""
    parts = []
    a = q.amount
    if a is not None and a.value is not None:
        parts.append(f"{_QUALIFIERS.get(a.qualifier, '')}{a.value:,}")
    elif a is not None and (a.low is not None or a.high is not None):
        parts.append(f"{_QUALIFIERS.get(a.qualifier, '')}{_number(a.low)}\u2013{_number(a.high)}")
    elif a is not None:
        parts.append(a.qualifier.value.replace("_", " ") + " of")
    if q.fraction is not None:
        f = q.fraction
        whole = article.index().by_id.get(q.part_of or "")
        of = f" of {whole.text or whole.counted}" if isinstance(whole, Quantity) else ""
        parts.append(f"{'about ' if f.approximate else ''}{f.numerator}/{f.denominator}{of}")
    change = ""
    if q.previous is not None and q.previous.value is not None:
        change = f" (from {q.previous.value:,})"
    return f"{' '.join(parts)} {q.counted}{change}"

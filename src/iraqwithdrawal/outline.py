"""The outline of a report as plain text: its headline and credits, a timeline of events by
their (partial) dates, who said what through whom, contested claims, relations, live entries
and corrections. What ``iraqwithdrawal show`` prints; for people, not for programs."""

from __future__ import annotations

import calendar
import json
import re
from typing import Any

from .models import (
    AnonymousSource,
    Article,
    Attribution,
    Communication,
    Event,
    Moment,
    Person,
    Quantity,
    QuantityQualifier,
    Quote,
    TimeExpression,
)

__all__ = ["outline", "time_words"]


def _label(article: Article, ident: str | None) -> str:
    if ident is None:
        return "(unnamed source)"
    try:
        return str(article.get(ident).label)
    except (KeyError, AttributeError):
        return ident


def time_words(t: TimeExpression) -> str | None:
    """What a time expression says, as EDTF or in words when it has no EDTF form ("before
    3 day(s) of ev-talks", "on Sunday -1 from the report"); ``None`` when it says neither.
    The outline and the HTML view both word times with it; other conventions (a printed
    calendar date, a named period, a part or time of the day) follow in words."""
    base = _base_words(t)
    extra = _convention_words(t)
    if not extra:
        return base
    head = base or " ".join(x.value for x in (t.relation, t.part) if x is not None)
    return " ".join([head, *extra])


def _base_words(t: TimeExpression) -> str | None:
    edtf = t.to_edtf()
    if edtf is not None and t.part is not None:
        return f"{t.part.value} {edtf}"
    if edtf is None and t.deixis is not None:
        d = t.deixis
        unit = calendar.day_name[d.weekday - 1] if d.weekday else (d.unit.value if d.unit else "")
        weeks = f" (weeks from {calendar.day_name[d.week_starts - 1]})" if d.week_starts else ""
        return f"{t.relation.value} {unit} {d.offset:+d} from the report{weeks}"
    if edtf is None and t.offset is not None:
        amount = f"{t.offset.value:g} " if t.offset.value is not None else "some "
        words = f"{t.relation.value} {amount}{t.offset.unit.value}(s)"
        if t.relative_to:
            words += f" of {t.relative_to}"
        elif t.anchor_kind is not None:
            words += f" (start {t.anchor_kind.value})"
        return words
    if edtf is None and t.relative_to is not None:
        return f"{t.relation.value.replace('_', ' ')} {t.relative_to}"
    return edtf


def _convention_words(t: TimeExpression) -> list[str]:
    """The time's other conventions in words: each printed date in its calendar ("hijri
    1448-07", "reiwa 8-12-04", "--05 at UTC+09:00 日本時間"), a named period, a part of the
    day and a time of day."""
    words = []
    for p in t.printed:
        parts = "-".join(
            f"{x:02d}" if i else str(x)
            for i, x in enumerate((p.year, p.month, p.day))
            if x is not None
        )
        if p.year is None:
            parts = "--" + parts
        where = p.era or ("" if p.calendar == "gregorian" else p.calendar)
        zone = "" if p.utc_offset is None else f" at {_offset(p.utc_offset)}"
        words.append(" ".join(x for x in (where, parts) if x) + zone)
    if t.period is not None:
        number = f" #{t.period.number}" if t.period.number else ""
        words.append(f"{t.period.kind.replace('_', ' ')} {t.period.year}{number}")
    if t.day_part is not None:
        words.append(t.day_part.replace("_", " "))
    if t.moment is not None:
        words.append(("~" if t.moment.approximate else "") + _moment(t.moment))
    return words


def _offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _time_text(t: TimeExpression) -> str:
    text = _quoted(t.text) if t.text else ""
    out = " ".join(x for x in (time_words(t), text) if x)
    inferred = t.inferred or t.inferred_interval
    if inferred is not None:
        out += f" [inferred: {inferred.to_edtf()}]"
    return out


def _number(x: float | None) -> str:
    return "?" if x is None else f"{x:,}"


def _amount(article: Article, q: Quantity, shares: bool = True) -> str:
    """The quantity as the outline prints it; with ``shares``, a share names its whole (one
    level only, so shares that refer to each other cannot loop)."""
    words = {
        QuantityQualifier.EXACT: "",
        QuantityQualifier.ABOUT: "about ",
        QuantityQualifier.NEARLY: "nearly ",
        QuantityQualifier.MORE_THAN: "more than ",
        QuantityQualifier.AT_LEAST: "at least ",
        QuantityQualifier.LESS_THAN: "less than ",
        QuantityQualifier.AT_MOST: "at most ",
        QuantityQualifier.UP_TO: "up to ",
    }
    parts = []
    a = q.amount
    if a is not None and a.value is not None:
        parts.append(f"{words.get(a.qualifier, '')}{a.value:,}")
    elif a is not None and (a.low is not None or a.high is not None):
        parts.append(f"{words.get(a.qualifier, '')}{_number(a.low)}\u2013{_number(a.high)}")
    elif a is not None:
        parts.append(a.qualifier.value.replace("_", " ") + " of")
    if q.fraction is not None and shares:
        f = q.fraction
        whole = article.index().by_id.get(q.part_of or "")
        of = (
            f" of {whole.text or _amount(article, whole, shares=False)}"
            if isinstance(whole, Quantity)
            else ""
        )
        share = f"{'about ' if f.approximate else ''}{f.numerator}/{f.denominator}{of}"
        parts.append(f"({share})" if parts else share)
    change = ""
    if q.previous is not None and q.previous.value is not None:
        change = f" (from {q.previous.value:,})"
    return f"{' '.join(parts)} {q.counted}{change}"


def _acts_text(article: Article, quote: Quote) -> str:
    """What a quote's words do, in brackets after them: its speech acts in order, the quote
    they reply to and what they are about (``[question, then demand; in reply to q-1; about
    the withdrawal]``); empty when the quote says none of these."""
    bits: list[str] = []
    acts = [a for a in (quote.act, *quote.acts) if a]
    if acts:
        bits.append(", then ".join(a.replace("_", " ") for a in acts))
    if quote.in_reply_to:
        bits.append(f"in reply to {quote.in_reply_to}")
    if quote.about:
        bits.append("about " + ", ".join(_label(article, x) for x in quote.about))
    return f" [{'; '.join(bits)}]" if bits else ""


def _attribution_text(article: Article, a: Attribution) -> str:
    try:
        a = article.resolve_attribution(a)
    except KeyError:
        return f"(shared attribution {_quoted(a.shared or '')}, not found)"
    who = " and ".join(_label(article, x) for x in (a.source, *a.joint_with) if x) or _label(
        article, None
    )
    cue = f' "{a.cue.text}"' if a.cue else ""
    mode = f" {a.mode.value}" if a.mode else ""
    channel = ""
    if a.channel is not None:
        found = article.index().by_id.get(a.channel)
        if isinstance(found, Communication):
            platform = f" on {found.platform}" if found.platform else ""
            kind = str(found.kind).replace("_", " ")
            channel = f" in {_indefinite(kind)} {kind}{platform}"
    chain = "".join(f" -> {_label(article, hop.via)}" for hop in a.relay)
    when = f" ({_time_text(a.time)})" if a.time is not None else ""
    hedge = ""
    f = a.factuality
    if f is not None and (f.certainty.value != "certain" or f.polarity.value != "positive"):
        hedges = ", ".join(h.text for h in f.hedges)
        says = ", ".join(
            x for x in (f.certainty.value, "negated" if f.polarity.value == "negative" else "") if x
        )
        hedge = f" [{says}{': ' + hedges if hedges else ''}]"
    return f"{who}{cue}{mode}{channel}{when}{chain}{hedge}"


def _moment(m: Moment) -> str:
    clock = f"{m.hour:02d}:{m.minute or 0:02d}" + (f":{m.second:02d}" if m.second else "")
    date = f"{m.date.to_edtf()} " if m.date is not None else ""
    offset = ""
    if m.utc_offset is not None:
        offset = f" ({_offset(m.utc_offset)}{', worked out' if m.offset_inference else ''})"
    return f"{date}{clock}" + (f" {m.zone}" if m.zone else "") + offset


def _header(article: Article) -> list[str]:
    lines = [article.headline, "=" * min(len(article.headline), 78)]
    if article.subheadline:
        lines.append(article.subheadline)
    if article.dateline is not None:
        d = article.dateline
        when = _time_text(d.time) if d.time else ""
        places = ", ".join(_label(article, p) for p in d.places)
        lines.append(f"Dateline: {' '.join(x for x in (places, when) if x) or d.text}")
    if article.dateline is not None and article.dateline.agency is not None:
        lines.append(f"Dateline agency: {_label(article, article.dateline.agency)}")
    for g in article.genres:
        lines.append(
            f"Genre: {g.term.replace('_', ' ')}" + (f" ({_quoted(g.text)})" if g.text else "")
        )
    if article.published is not None:
        lines.append(f"Published: {article.published.to_edtf()}")
    for u in article.updates:
        lines.append(f"{u.kind.value.capitalize()}: {_moment(u.at)}")
    if article.byline:
        lines.append(f"Byline: {article.byline}")
    for c in article.contributors:
        who = _label(article, c.entity) if c.entity else c.text
        where = f", from {', '.join(_label(article, p) for p in c.places)}" if c.places else ""
        lines.append(f"Contributor ({c.role.replace('_', ' ')}): {who}{where}")
    if article.publisher:
        lines.append(f"Publisher: {_label(article, article.publisher)}")
    if article.rights is not None:
        lines.append(f"Rights: {article.rights.text}")
    for b in article.based_on:
        lines.append(
            f"Based on: {_label(article, b.source)}" + (f" ({_quoted(b.text)})" if b.text else "")
        )
    for m in article.media:
        lic = ""
        if m.license is not None:
            spdx = m.license.spdx or "not resolved (ambiguous)"
            lic = f"; licence {_quoted(m.license.text)} -> {spdx}"
        credited = [f"by {_label(article, m.creator)}"] if m.creator else []
        credited += [f"from {_label(article, p)}" for p in m.providers]
        by = f" ({', '.join(credited)})" if credited else ""
        lines.append(f"Media: {m.kind.value} {m.credit or ''}{by}{lic}".rstrip())
    return lines


def _event_lines(article: Article, event: Event) -> list[str]:
    words = (event.status, event.scope.value if event.scope else None)
    status = ", ".join(x.replace("_", " ") for x in words if x)
    head = f"      {'NOT ' if event.negated else ''}{event.event_type}"
    lines = [
        head + (f" ({status})" if status else "") + (f": {event.summary}" if event.summary else "")
    ]
    if event.locations:
        lines.append(f"      in: {', '.join(_label(article, p) for p in event.locations)}")
    for q in event.quantities:
        lines.append(f"      quantity: {_amount(article, q)}")
    for c in event.conditions:
        lines.append(f"      {'unless' if c.negated else 'condition'}: {c.text}")
    for link in event.links:
        lines.append(f"      {link.relation.value.replace('_', ' ')}: {link.target}")
    for a in event.attributions:
        lines.append(f"      according to: {_attribution_text(article, a)}")
    return lines


def outline(article: Article) -> str:
    """A readable outline: headline and credits, a timeline of events by their (partial)
    dates, who said what through whom, contested claims, relations, live entries and
    corrections."""
    lines = _header(article)
    lines += ["", "Timeline"]
    previous_when = None
    for event in article.timeline():
        when = _time_text(event.time) if event.time else "no date stated (as of the report)"
        if when != previous_when:
            lines.append(f"  {when}")
            previous_when = when
        lines += _event_lines(article, event)

    lines += ["", "Who said what"]
    for quote in article.quotes:
        lines.append(f"  {_attribution_text(article, quote.attribution)}")
        language = ""
        if quote.language or quote.original_language or quote.translation_of:
            bits = [f"in {quote.language}" if quote.language else ""]
            bits.append(f"said in {quote.original_language}" if quote.original_language else "")
            bits.append(f"translates {quote.translation_of}" if quote.translation_of else "")
            language = f" ({', '.join(b for b in bits if b)})"
        lines.append(f"      {_quoted(quote.text)}{language}{_acts_text(article, quote)}")
    for attribution in article.attributions:
        lines.append(f"  {_covers(article, attribution)} {_attribution_text(article, attribution)}")

    if article.disputes or article.claims:
        lines += ["", "Contested"]
        for dispute in article.disputes:
            lines.append(f"  {dispute.topic}")
            for claim in article.claims:
                if claim.dispute == dispute.id:
                    stance = claim.stance.value if claim.stance else "claims"
                    lines.append(f"    {stance}: {_attribution_text(article, claim.attribution)}")
                    lines.append(f"      {_quoted(claim.text)}")
    if article.relations:
        lines += ["", "Relations"]
        for r in article.relations:
            target = _label(article, r.object)
            lines.append(f"  {_label(article, r.subject)} {r.kind.replace('_', ' ')} {target}")
    if article.entries:
        lines += ["", "Live entries"]
        for entry in article.entries:
            when = _moment(entry.at) if entry.at is not None else "(no time)"
            text = " ".join(s.select(article.text_of(s) or "") for s in entry.spans)
            lines.append(f"  {when}: {entry.title or text}")
    if article.parts:
        lines += ["", "Parts of the article"]
        for part in article.parts:
            text = part.text or " ".join(s.select(article.text_of(s) or "") for s in part.spans)
            text = " ".join(text.split())
            text = text if len(text) <= 80 else text[:79] + "…"
            extra = [_time_text(part.time)] if part.time is not None else []
            extra += [_moment(part.at)] if part.at is not None else []
            extra += [f"by {_label(article, part.speaker)}"] if part.speaker else []
            extra += [f"{m.stance.replace('_', ' ')} {_quoted(m.cue.text)}" for m in part.markers]
            indent = "    " if part.within is not None else "  "
            more = f" [{'; '.join(extra)}]" if extra else ""
            lines.append(f"{indent}{part.kind.replace('_', ' ')}: {_quoted(text)}{more}")
    for c in article.corrections:
        what = (
            f" ({c.target}.{c.field}: {_value(c.was)} -> {_value(c.now)})"
            if c.target and c.field
            else ""
        )
        lines += ["", f"Correction: {c.text}{what}"]
    anonymous = [e for e in article.entities if isinstance(e, AnonymousSource)]
    people = [e for e in article.entities if isinstance(e, Person)]
    lines += [
        "",
        f"{len(article.entities)} entities ({len(people)} people, "
        f"{len(anonymous)} anonymous sources), {len(article.events)} events, "
        f"{len(article.quotes)} quotes, {len(article.claims)} claims",
    ]
    return "\n".join(_printable(line) for line in lines)


# --- text as text -------------------------------------------------------------------------------

#: Characters that would break a line or act on a terminal: C0 and C1 controls and the
#: Unicode line and paragraph separators. Format characters such as U+200C (the zero-width
#: non-joiner inside Persian words) are text and stay as they are.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _printable(line: str) -> str:
    """One line of the outline with each control character shown as an escape (``\\n``,
    ``\\x1b``), so a report's text can neither break the layout nor drive the terminal."""
    return _CONTROL.sub(
        lambda m: (
            _ESCAPES.get(m[0]) or f"\\x{ord(m[0]):02x}"
            if ord(m[0]) < 0x100
            else f"\\u{ord(m[0]):04x}"
        ),
        line,
    )


def _quoted(text: str) -> str:
    """Text between quotes, printed as text (not as a Python literal): single quotes, or
    double ones when the text has an apostrophe and no double quote."""
    mark = '"' if "'" in text and '"' not in text else "'"
    return f"{mark}{text}{mark}"


def _value(value: Any) -> str:
    """A corrected value as printed: text quoted, anything else as JSON."""
    if isinstance(value, str):
        return _quoted(value)
    return json.dumps(value, ensure_ascii=False)


def _indefinite(phrase: str) -> str:
    """ "a" or "an" before ``phrase``: by its first letter, which serves the vocabulary's
    words (an interview, a press conference, an other)."""
    return "an" if phrase[:1].lower() in "aeiou" else "a"


_HOLDER = re.compile(r"(?:\.attributions\[\d+\]|\.attribution)\.shared$")


def _covers(article: Article, shared: Attribution) -> str:
    """What an attribution of the article's ``attributions`` covers: the statements that
    refer to it, by kind and id (``(shared by events ev-a, ev-b; quotes q1)``), or, when
    none does, the whole article (a report relayed from one source)."""
    index = article.index()
    holder_ids = {path: ident for ident, path in index.paths_of.items()}
    groups: dict[str, list[str]] = {}
    for path in index.targets.get(shared.id or "", ()):
        holder = _HOLDER.sub("", path)
        if holder == path:
            continue  # not an attribution's "shared"
        kind = holder[2:].split("[", 1)[0]
        groups.setdefault(kind, []).append(holder_ids.get(holder) or holder[2:])
    if not groups:
        return "(whole article)"
    return (
        "(shared by " + "; ".join(f"{kind} {', '.join(ids)}" for kind, ids in groups.items()) + ")"
    )

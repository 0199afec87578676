"""The annotated view of one report as a self-contained HTML document.

:func:`to_html` writes the headline, dateline and byline as printed; the body with every
span marked by its role; who said what through whom, how sure; disputes side by side; the
timeline; media with credit and licence; corrections and the update history; and, on
request, what an export to a standard would lose. The page has its stylesheet inline, no
script, and a Content-Security-Policy that forbids scripts and every request, so it reads
the same offline, in a mail attachment or in a notebook.

Every text is escaped; a carriage return is written as a character reference so the
browser keeps it, and the two things HTML cannot carry (U+0000 and lone surrogates) are
shown as U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from .._version import __version__
from ..models import (
    Article,
    Attribution,
    Claim,
    Dispute,
    MediaItem,
    Moment,
    Quote,
    SpanField,
)
from .css import stylesheet
from .describe import attribution_parts, chain_labels, hedged, is_anonymous, label, resolved
from .marks import ROLE_LABELS, ROLES, Marked, marks_of
from .segment import Close, Mark, Open, layers
from .timeline import timeline_html

__all__ = ["EXPORTS", "direction", "esc", "marked_text", "to_html"]

#: The standards whose losses the page can show, by the name ``convert --to`` uses.
EXPORTS = {
    "jsonld": "to_schemaorg",
    "ninjs": "to_ninjs",
    "plover": "to_plover",
    "prov": "to_prov",
    "annotation": "to_annotations",
}

# Languages written right to left (primary subtags), and scripts that are.
_RTL_LANGUAGES = frozenset(
    "ar arc ckb dv fa he iw khw ks ku-arab mzn pnb ps sd syr ug ur yi".split()
)
_RTL_SCRIPTS = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"})
_UNSAFE = re.compile("[\r\x00\ud800-\udfff]")
_DOT = " \u00b7 "
_ALWAYS_IN_LEGEND = ("quote", "cue", "named", "anonymous", "trigger", "time", "quantity", "hedge")


def direction(language: str | None) -> str:
    """``"rtl"`` for a BCP 47 tag of a language or script written right to left, else
    ``"ltr"``."""
    if not language:
        return "ltr"
    subtags = language.lower().split("-")
    if subtags[0] in _RTL_LANGUAGES or any(s in _RTL_SCRIPTS for s in subtags[1:]):
        return "rtl"
    return "ltr"


def _unsafe(found: re.Match[str]) -> str:
    return "&#13;" if found.group() == "\r" else "\ufffd"


def esc(text: str) -> str:
    """``text`` escaped for HTML text or a quoted attribute value: ``& < > " '`` become
    references, CR becomes ``&#13;`` (a raw CR would be folded into LF by the parser), NUL and
    lone surrogates become U+FFFD."""
    out = escape(text, quote=True)
    return _UNSAFE.sub(_unsafe, out) if _UNSAFE.search(out) else out


def _open_tag(marked: Marked, part: int, extra: str) -> str:
    role = marked.role
    note = esc(marked.note)
    role_label = esc(ROLE_LABELS.get(role, role))
    tag = (
        f'<span class="iwr-m iwr-r-{role}" data-role="{role}" '
        f'data-role-label="{role_label}" data-path="{esc(marked.path)}" data-part="{part}" '
        f'title="{note}"{extra}'
    )
    if marked.owner is not None:
        tag += f' data-owner="{esc(marked.owner)}"'
    if part == 0:
        tag += f' tabindex="0" aria-description="{role_label}: {note}"'
    return tag + ">"


def marked_text(text: str, marks: Sequence[Marked], extras: Sequence[str] = ()) -> str:
    """``text`` escaped, with an element around every stretch a mark covers (several
    fragments where marks overlap without nesting; see :mod:`.segment`). ``extras`` gives
    each mark further attributes (written as is)."""
    ranks = {role: n for n, role in enumerate(ROLES)}
    layered = [
        Mark(start=m.span.start, end=m.span.end, key=str(n), rank=ranks.get(m.role, len(ROLES)))
        for n, m in enumerate(marks)
    ]
    out: list[str] = []
    open_at: dict[str, int] = {}
    for event in layers(text, layered):
        if isinstance(event, Open):
            n = int(event.mark.key)
            open_at[event.mark.key] = len(out)
            extra = extras[n] if n < len(extras) else ""
            out.append(_open_tag(marks[n], event.part, extra))
        elif isinstance(event, Close):
            if open_at.get(event.mark.key) == len(out) - 1 and out[-1].startswith("<span"):
                # Nothing inside: an empty mark. It gets a visible box.
                out[-1] = out[-1].replace(' class="iwr-m ', ' class="iwr-m iwr-empty ', 1)
            out.append("</span>")
        else:
            out.append(esc(event.text))
    return "".join(out)


class _Page:
    """One page being written: the article, its marks grouped by the text they count in."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.lang = article.language
        self.dir = direction(article.language)
        self.arrow = "\u2190" if self.dir == "rtl" else "\u2192"
        self.by_text: dict[tuple[SpanField, str | None], list[Marked]] = {}
        self.unplaced: list[Marked] = []
        for m in marks_of(article):
            text = article.text_of(m.span)
            if text is None:
                self.unplaced.append(m)
            else:
                self.by_text.setdefault((m.span.field, m.span.media), []).append(m)
        self.roles = {m.role for group in self.by_text.values() for m in group}

    # -- texts with their marks ----------------------------------------------------------

    def text(self, field: SpanField, text: str, media: str | None = None) -> str:
        marks = self.by_text.get((field, media), [])
        extras = [self._extra(m) for m in marks]
        return marked_text(text, marks, extras)

    def _extra(self, m: Marked) -> str:
        if m.role != "quote" or m.owner is None:
            return ""
        quote = self.article.index().by_id.get(m.owner)
        if isinstance(quote, Quote) and quote.language:
            return f' lang="{esc(quote.language)}" dir="auto"'
        return ' dir="auto"'

    # -- parts -----------------------------------------------------------------------------

    def header(self) -> str:
        a = self.article
        kicker = []
        if a.publisher:
            kicker.append(f"<bdi>{esc(label(a, a.publisher))}</bdi>")
        for b in a.based_on:
            kicker.append(f"<bdi>{esc(b.text or 'Based on ' + label(a, b.source))}</bdi>")
        out = [f'<header class="iwr-head" lang="{esc(self.lang)}" dir="{self.dir}">']
        if kicker:
            out.append(f'<p class="iwr-kicker">{_DOT.join(kicker)}</p>')
        out.append(f'<h1 id="iwr-headline">{self.text(SpanField.HEADLINE, a.headline)}</h1>')
        if a.subheadline:
            sub = self.text(SpanField.SUBHEADLINE, a.subheadline)
            out.append(f'<p class="iwr-sub">{sub}</p>')
        meta = []
        if a.dateline is not None:
            d = a.dateline
            places = ", ".join(label(a, p) for p in d.places)
            printed = (
                self.text(SpanField.DATELINE, d.text)
                if d.text
                else esc(" ".join(x for x in (places, d.time.text if d.time else "") if x))
            )
            meta.append(f'<span class="iwr-dateline" id="iwr-dateline">{printed}</span>')
        if a.published is not None:
            meta.append(f'<span lang="en" dir="ltr">published {esc(a.published.to_edtf())}</span>')
        if meta:
            out.append(f'<p class="iwr-meta">{"".join(meta)}</p>')
        if a.byline:
            byline = self.text(SpanField.BYLINE, a.byline)
            out.append(f'<p class="iwr-meta iwr-byline" id="iwr-byline">{byline}</p>')
        if a.contributors:
            people = []
            for c in a.contributors:
                who = label(a, c.entity) if c.entity else c.text or ""
                people.append(f"<bdi>{esc(who)}</bdi> ({esc(c.role.replace('_', ' '))})")
            out.append(f'<p class="iwr-meta" lang="en">{", ".join(people)}</p>')
        if a.rights is not None:
            out.append(f'<p class="iwr-meta">{esc(a.rights.text)}</p>')
        out.append("</header>")
        return "".join(out)

    def legend(self) -> str:
        shown = [r for r in ROLES if r in self.roles or r in _ALWAYS_IN_LEGEND]
        items = "".join(
            f'<li><span class="iwr-m iwr-r-{r}">{esc(ROLE_LABELS[r])}</span></li>' for r in shown
        )
        return (
            '<section aria-labelledby="iwr-legend-h"><h2 id="iwr-legend-h">Legend</h2>'
            f'<ul class="iwr-legend">{items}</ul><p class="iwr-meta">Every marked stretch can '
            "be reached with the Tab key; the focused one shows its role and source.</p>"
            "</section>"
        )

    def body(self) -> str:
        text = self.text(SpanField.BODY, self.article.body)
        return (
            '<section aria-labelledby="iwr-text-h"><h2 id="iwr-text-h">Text</h2>'
            f'<div class="iwr-text" id="iwr-body" lang="{esc(self.lang)}" dir="{self.dir}">'
            f"{text}</div></section>"
        )

    def chain(self, attribution: Attribution) -> str:
        items = []
        for n, (name, ident) in enumerate(chain_labels(self.article, attribution)):
            if n:
                items.append(f'<li class="iwr-arrow" aria-hidden="true">{self.arrow}</li>')
            anon = ' class="iwr-anon"' if is_anonymous(self.article, ident) else ""
            kind = " (anonymous)" if anon else ""
            items.append(f'<li{anon} title="{esc(name + kind)}"><bdi>{esc(name)}</bdi></li>')
        return (
            f'<ol class="iwr-chain" dir="{self.dir}" aria-label="relay chain, source first">'
            f"{''.join(items)}</ol>"
        )

    def facts(self, attribution: Attribution) -> str:
        parts = attribution_parts(self.article, attribution)
        words = [
            f"{name}: <bdi>{esc(parts[key])}</bdi>"
            for key, name in (
                ("cue", "cue"),
                ("mode", "mode"),
                ("time", "when"),
                ("channel", "in"),
                ("recipient", "to"),
                ("shared", "shared attribution"),
            )
            if key in parts
        ]
        sure = parts.get("factuality", "certain (not qualified)")
        strong = hedged(resolved(self.article, attribution).factuality)
        words.append(f'<span class="{"iwr-hedged" if strong else ""}">how sure: {esc(sure)}</span>')
        return f'<p class="iwr-facts">{_DOT.join(words)}</p>'

    def card(self, attribution: Attribution, said: str, ident: str, extra: str = "") -> str:
        return (
            f'<div class="iwr-card" data-item="{esc(ident)}">{extra}{self.chain(attribution)}'
            f"{said}{self.facts(attribution)}</div>"
        )

    def _said(self, text: str, language: str | None = None) -> str:
        # <q> draws the quotation marks of the words' own language.
        lang = esc(language or self.lang)
        return f'<p class="iwr-said" dir="auto" lang="{lang}"><q>{esc(text)}</q></p>'

    def who_said_what(self) -> str:
        a = self.article
        out = ['<section aria-labelledby="iwr-who-h"><h2 id="iwr-who-h">Who said what</h2>']
        if not (a.quotes or a.attributions or any(e.attributions for e in a.events)):
            out.append('<p class="iwr-meta">No attributed statements.</p>')
        for q in a.quotes:
            lang = q.language
            note = ""
            if q.original_language:
                note = f'<p class="iwr-facts">said in {esc(q.original_language)}</p>'
            out.append(self.card(q.attribution, self._said(q.text, lang) + note, q.id))
        for attribution in a.attributions:
            head = '<p class="iwr-stance">the whole article or several items</p>'
            out.append(self.card(attribution, "", attribution.id or "", head))
        for event in a.events:
            for attribution in event.attributions:
                what = event.summary or event.event_type.replace("_", " ")
                said = f'<p class="iwr-said" dir="auto">{esc(what)}</p>'
                head = f'<p class="iwr-stance">event: {esc(event.event_type)}</p>'
                out.append(self.card(attribution, said, event.id, head))
        out.append("</section>")
        return "".join(out)

    def claim_card(self, claim: Claim) -> str:
        stance = claim.stance.value if claim.stance else "claims"
        head = f'<p class="iwr-stance">{esc(stance)}</p>'
        said = self._said(claim.text)
        if claim.contests:
            said += f'<p class="iwr-facts">contests: {esc(", ".join(claim.contests))}</p>'
        return self.card(claim.attribution, said, claim.id, head)

    def disputes(self) -> str:
        a = self.article
        if not (a.disputes or a.claims):
            return ""
        out = ['<section aria-labelledby="iwr-disp-h"><h2 id="iwr-disp-h">Disputes</h2>']
        grouped: set[str] = set()
        for dispute in a.disputes:
            claims = [c for c in a.claims if c.dispute == dispute.id]
            grouped.update(c.id for c in claims)
            out.append(self._dispute(dispute, claims))
        rest = [c for c in a.claims if c.id not in grouped]
        if rest:
            out.append('<h3>Other claims</h3><div class="iwr-sides">')
            out += [self.claim_card(c) for c in rest]
            out.append("</div>")
        out.append("</section>")
        return "".join(out)

    def _dispute(self, dispute: Dispute, claims: list[Claim]) -> str:
        sides = "".join(self.claim_card(c) for c in claims) or (
            '<p class="iwr-meta">No claims recorded.</p>'
        )
        return (
            f'<div class="iwr-dispute" data-dispute="{esc(dispute.id)}">'
            f'<h3 dir="auto">{esc(dispute.topic)}</h3><div class="iwr-sides">{sides}</div></div>'
        )

    def media(self) -> str:
        if not self.article.media:
            return ""
        out = ['<section aria-labelledby="iwr-media-h"><h2 id="iwr-media-h">Media</h2>']
        out += [self._media_item(m) for m in self.article.media]
        out.append("</section>")
        return "".join(out)

    def _media_item(self, m: MediaItem) -> str:
        a = self.article
        rows: list[tuple[str, str]] = []
        if m.caption:
            rows.append(("caption", self.text(SpanField.CAPTION, m.caption, m.id)))
        if m.credit:
            rows.append(("credit as printed", self.text(SpanField.CREDIT, m.credit, m.id)))
        if m.creator:
            rows.append(("creator", f"<bdi>{esc(label(a, m.creator))}</bdi>"))
        if m.providers:
            names = ", ".join(f"<bdi>{esc(label(a, p))}</bdi>" for p in m.providers)
            rows.append(("provided by", names))
        if m.license is not None:
            spdx = m.license.spdx
            resolved_to = (
                f"<code>{esc(spdx)}</code>"
                if spdx
                else "not resolved: the printed words name no single licence"
            )
            rows.append(("licence", f"<bdi>{esc(m.license.text)}</bdi> \u2192 {resolved_to}"))
        if m.url:
            rows.append(("address", _link(m.url)))
        cells = "".join(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows)
        return (
            f'<div class="iwr-card" data-media="{esc(m.id)}"><p><strong>{esc(m.kind.value)}'
            f"</strong> <code>{esc(m.id)}</code> (not loaded: the page makes no requests)</p>"
            f'<table lang="{esc(self.lang)}" dir="{self.dir}">{cells}</table></div>'
        )

    def history(self) -> str:
        a = self.article
        if not (a.updates or a.corrections or a.entries):
            return ""
        out = ['<section aria-labelledby="iwr-hist-h"><h2 id="iwr-hist-h">Corrections and updates'
               "</h2>"]  # fmt: skip
        if a.updates:
            rows = "".join(
                f"<tr><td>{esc(u.kind.value)}</td><td>{esc(_moment(u.at))}</td>"
                f'<td dir="auto">{esc(u.text or "")}</td></tr>'
                for u in a.updates
            )
            head = "<tr><th>what</th><th>when</th><th>as printed</th></tr>"
            out.append(f"<table>{head}{rows}</table>")
        for c in a.corrections:
            when = c.date.to_edtf() if c.date else (_moment(c.at) if c.at else "")
            change = ""
            if c.target or c.field or c.was or c.now:
                where = ".".join(x for x in (c.target, c.field) if x)
                change = (
                    f'<p class="iwr-facts">{esc(where)}: was <bdi>{esc(c.was or "?")}</bdi> '
                    f"\u2192 now <bdi>{esc(c.now or '?')}</bdi></p>"
                )
            out.append(
                f'<div class="iwr-card iwr-r-correction"><p dir="auto">{esc(c.text)}</p>'
                f'<p class="iwr-facts">{esc(when)}</p>{change}</div>'
            )
        if a.entries:
            out.append("<h3>Live entries</h3><ul>")
            for entry in a.entries:
                when = _moment(entry.at) if entry.at else "no time"
                title = entry.title or " ".join(
                    s.select(a.text_of(s) or "")[:80] for s in entry.spans
                )
                pin = " (pinned)" if entry.pinned else ""
                out.append(f"<li><bdi>{esc(when)}</bdi>{pin}: <bdi>{esc(title)}</bdi></li>")
            out.append("</ul>")
        out.append("</section>")
        return "".join(out)

    def losses(self, export: str | None) -> str:
        if export is None:
            return ""
        from .. import standards

        if export not in EXPORTS:
            raise ValueError(f"no export named {export!r} (known: {', '.join(EXPORTS)})")
        result: Any = getattr(standards, EXPORTS[export])(self.article)
        approximated, dropped = len(result.approximated), len(result.dropped)
        items = "".join(
            f"<li><code>{esc(loss.path)}</code> <strong>{esc(loss.kind.value)}</strong>: "
            f"{esc(loss.message)}</li>"
            for loss in result.losses
        )
        counts = f"{approximated} approximated, {dropped} dropped"
        body = (
            f'<details><summary>{counts}: each with its path</summary><ul class="iwr-losses">'
            f"{items}</ul></details>"
            if items
            else "<p>Nothing is lost.</p>"
        )
        return (
            f'<section aria-labelledby="iwr-loss-h" data-export="{esc(export)}">'
            f'<h2 id="iwr-loss-h">What an export to {esc(result.standard)} would lose</h2>'
            f"{body}</section>"
        )

    def unplaced_note(self) -> str:
        if not self.unplaced:
            return ""
        items = "".join(f"<li><code>{esc(m.path)}</code></li>" for m in self.unplaced)
        return (
            '<section aria-labelledby="iwr-unpl-h"><h2 id="iwr-unpl-h">Spans with no text</h2>'
            f'<p class="iwr-meta">These spans count in a text the article does not have.</p>'
            f"<ul>{items}</ul></section>"
        )

    def content(self, export: str | None) -> str:
        timeline = (
            '<section aria-labelledby="iwr-tl-h"><h2 id="iwr-tl-h">Timeline</h2>'
            '<p class="iwr-meta">Bands run from the earliest to the latest day a time may '
            "mean; striped: approximate, dashed: uncertain, dotted: year inferred, no end "
            f"cap: open.</p>{timeline_html(self.article)}</section>"
        )
        parts: Iterable[str] = (
            self.header(),
            self.legend(),
            self.body(),
            self.who_said_what(),
            self.disputes(),
            timeline,
            self.media(),
            self.history(),
            self.losses(export),
            self.unplaced_note(),
            f"<footer>Rendered by iraqwithdrawal {esc(__version__)} from report "
            f"<code>{esc(self.article.id)}</code>.</footer>",
        )
        return "".join(parts)


def _moment(m: Moment) -> str:
    clock = f"{m.hour:02d}:{m.minute or 0:02d}" + (f":{m.second:02d}" if m.second else "")
    date = f"{m.date.to_edtf()} " if m.date is not None else ""
    zone = f" {m.zone}" if m.zone else ""
    if m.utc_offset is not None and not zone:
        zone = f" UTC{m.utc_offset / 60:+g}"
    return f"{date}{clock}{zone}"


def _link(url: str) -> str:
    if url.lower().startswith(("https:", "http:")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>'
    return f"<code>{esc(url)}</code>"


#: No script, no request of any kind: styles only from the page itself.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def to_html(article: Article, *, export: str | None = None, fragment: bool = False) -> str:
    """The annotated view of ``article`` as one HTML document (or, with ``fragment``, one
    ``<div>`` with its ``<style>``, for a notebook). ``export`` names a standard (one of
    :data:`EXPORTS`) whose conversion losses the page lists."""
    page = _Page(article)
    inner = page.content(export)
    if fragment:
        return f'<div class="iwr" lang="en" dir="ltr"><style>{stylesheet()}</style>{inner}</div>'
    title = esc(article.headline)
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="iraqwithdrawal {esc(__version__)}">'
        f"<title>{title}</title><style>{stylesheet()}</style></head>"
        f'<body><div class="iwr">{inner}</div></body></html>\n'
    )

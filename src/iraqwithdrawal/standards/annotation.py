"""W3C Web Annotation: quotes, claims and attribution cues as annotations on the article.

Each target is a ``SpecificResource``. A body span selects the article's plain-text body
(``source``, typed ``Text`` with format ``text/plain``; the article is its ``scope``) with a
``TextQuoteSelector`` (exact text, with a prefix and suffix of up to 32 characters) and a
``TextPositionSelector`` (code-point offsets of that plain text, the unit of this library's
spans). A span in the headline, a caption or a credit selects the article by its words only.
A quote spread over several spans has one target per span. The body says what the stretch
is and who it is attributed to. DOM consumers that count UTF-16 code units convert with
:func:`iraqwithdrawal.text.utf16_span`.
"""

from __future__ import annotations

from typing import Any

from .._version import __version__
from ..models import (
    Article,
    Attribution,
    AttributionMode,
    Claim,
    Cue,
    Quote,
    RelayHop,
    Span,
    SpanField,
)
from ._common import Conversion, Coverage, Losses, article_uri, entities_by_id, name_of, node_uri

__all__ = ["ANNOTATION_CONTEXT", "body_text_uri", "to_annotations"]

#: The context the Web Annotation Data Model requires.
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_AFFIX = 32

#: What the annotations carry; everything else is reported as lost, at its path.
COVERAGE = Coverage(
    "Web Annotation",
    {
        Article: "id url headline body quotes claims attributions",
        Quote: "id text spans attribution",
        Claim: "id spans attribution contests",
        Attribution: "id source mode cue relay",
        Cue: "text spans",
        RelayHop: "via",
    },
)


def to_annotations(article: Article) -> Conversion[dict[str, Any]]:
    """An ``AnnotationCollection`` of the article's quotes, claims and attribution cues."""
    losses = Losses()
    entities = entities_by_id(article)
    items: list[dict[str, Any]] = []

    def named(ident: str) -> str:
        entity = entities.get(ident)
        return (name_of(entity) if entity is not None else None) or ident

    def in_effect(attribution: Attribution) -> Attribution:
        """A pointer with the shared attribution laid under it (as it is when not found)."""
        try:
            return article.resolve_attribution(attribution)
        except KeyError:
            return attribution

    def speaker(attribution: Attribution) -> str:
        """Who said it and, in order, the outlets it came through."""
        attribution = in_effect(attribution)
        who = "an unnamed source" if attribution.source is None else named(attribution.source)
        return who + "".join(f" via {named(hop.via)}" for hop in attribution.relay)

    def annotate(
        ident: str, spans: tuple[Span, ...], text: str, purpose: str, links: tuple[str, ...] = ()
    ) -> None:
        body: dict[str, Any] = {"type": "TextualBody", "value": text, "format": "text/plain"}
        items.append(
            {
                "id": node_uri(article, f"annotation-{ident}"),
                "type": "Annotation",
                "motivation": purpose,
                # Objects the annotation links to (the claims a claim contests), by the IRI
                # every export gives them, beside the words.
                "body": [body, *({"id": node_uri(article, link)} for link in links)]
                if links
                else body,
                "target": [_target(article, s) for s in spans],
            }
        )

    for i, quote in enumerate(article.quotes):
        path = f"$.quotes[{i}]"
        who = speaker(quote.attribution)
        said = in_effect(quote.attribution)  # a pointer's mode may be the shared one's
        mode = said.mode.value if said.mode else "unstated"
        if quote.spans:
            annotate(quote.id, quote.spans, f"Quote ({mode}) attributed to {who}", "identifying")
            if said.mode is not AttributionMode.DIRECT:
                losses.dropped(
                    f"{path}.text",
                    "the wording of a quote that is not direct (the annotation selects the body)",
                )
        else:
            losses.dropped(path, "a quote with no span in the body cannot be annotated")
        _cue(article, quote.id, quote.attribution, who, path, annotate, losses)
    claims = {c.id: c for c in article.claims}
    for i, claim in enumerate(article.claims):
        path = f"$.claims[{i}]"
        who = speaker(claim.attribution)
        if claim.spans:
            contested = [
                f"the claim by {speaker(claims[c].attribution)}" if c in claims else c
                for c in claim.contests
            ]
            note = f"Claim by {who}" + (f" (contests {', '.join(contested)})" if contested else "")
            annotate(
                claim.id,
                claim.spans,
                note,
                "assessing" if claim.contests else "identifying",
                claim.contests,
            )
        else:
            losses.dropped(path, "a claim with no span in the body cannot be annotated")
        _cue(article, claim.id, claim.attribution, who, path, annotate, losses)
    for i, attribution in enumerate(article.attributions):
        _cue(
            article,
            attribution.id or f"attribution-{i}",
            attribution,
            speaker(attribution),
            f"$.attributions[{i}]",
            annotate,
            losses,
        )
    losses.account(article, COVERAGE)
    document = {
        "@context": ANNOTATION_CONTEXT,
        "id": node_uri(article, "annotations"),
        "type": "AnnotationCollection",
        "label": f"Quotes, claims and attributions of {article.headline}",
        "generator": {
            "id": "urn:iraqwithdrawal",
            "type": "Software",
            "name": f"iraqwithdrawal {__version__}",
        },
        "total": len(items),
        "first": {
            "id": node_uri(article, "annotations-page-1"),
            "type": "AnnotationPage",
            "partOf": node_uri(article, "annotations"),
            "startIndex": 0,
            "items": items,
        },
    }
    return Conversion(standard="Web Annotation", document=document, losses=tuple(losses.items))


def _cue(
    article: Article,
    ident: str,
    attribution: Attribution,
    who: str,
    path: str,
    annotate: Any,
    losses: Losses,
) -> None:
    where = path if path.startswith("$.attributions") else f"{path}.attribution"
    mode = f" ({attribution.mode.value})" if attribution.mode is not None else ""
    if attribution.cue is not None and attribution.cue.spans:
        annotate(
            f"{ident}-cue",
            attribution.cue.spans,
            f"Attribution cue {attribution.cue.text!r}{mode}: source {who}",
            "describing",
        )
    elif where == path:  # an article-level attribution: the cue is its only anchor
        losses.dropped(where, "an attribution whose cue has no span in the body")
    elif attribution.cue is not None:
        # A quote's or claim's: its own annotation names the source and the relay.
        losses.dropped(f"{where}.cue", "an attribution cue with no span in the body")


def body_text_uri(article: Article) -> str:
    """The id that annotations give the article's plain-text body, the text whose code
    points their positions count."""
    return node_uri(article, "body-text")


def _target(article: Article, span: Span) -> dict[str, Any]:
    """A ``SpecificResource`` selecting ``span`` in the text it counts in. A body span's
    source is the plain-text body (positions count its code points), with the article as
    scope; a span in the headline or a caption is selected in the article by its words."""
    text = article.text_of(span) or ""
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": text[span.start : span.end],
            "prefix": text[max(0, span.start - _AFFIX) : span.start],
            "suffix": text[span.end : span.end + _AFFIX],
        }
    ]
    if span.field is not SpanField.BODY:
        return {"type": "SpecificResource", "source": article_uri(article), "selector": selectors}
    selectors.append({"type": "TextPositionSelector", "start": span.start, "end": span.end})
    source: dict[str, Any] = {
        "id": body_text_uri(article),
        "type": "Text",
        "format": "text/plain",
    }
    if article.language:
        source["language"] = article.language
    return {
        "type": "SpecificResource",
        "source": source,
        "scope": article_uri(article),
        "selector": selectors,
    }

"""Fixes found while authoring: a quote whose shared attribution is direct is held to the
body, a pointer to a shared attribution may say its own mode, and a term that differs from
a registered one only in its description is the same term."""

from __future__ import annotations

import json

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.extend import register_event_type

BODY = '"We are leaving," the minister said.'


def _article(attribution: iw.Attribution, text: str, *, shared: bool) -> iw.Article:
    return iw.Article(
        id="a",
        headline="h",
        language="en",
        body=BODY,
        entities=[iw.Person(id="minister", name="The Minister")],
        attributions=[attrs.evolve(attribution, id="said")] if shared else [],
        quotes=[
            iw.Quote(
                id="q1",
                text=text,
                spans=[iw.Span(start=1, end=15)],
                attribution=iw.Attribution(shared="said") if shared else attribution,
            )
        ],
    )


@pytest.mark.parametrize("shared", [False, True])
def test_a_direct_quote_is_checked_through_a_shared_attribution(shared: bool) -> None:
    direct = iw.Attribution(source="minister", mode=iw.AttributionMode.DIRECT)
    assert iw.validate(_article(direct, "We are leaving", shared=shared)) == []
    wrong = iw.validate(_article(direct, "We are staying", shared=shared))
    assert [(p.code, p.path) for p in wrong] == [("quote_text_mismatch", "$.quotes[0].text")]


def test_a_pointer_sets_its_own_mode() -> None:
    article = iw.Article(
        id="a",
        headline="h",
        language="en",
        body=BODY,
        entities=[iw.Person(id="minister", name="The Minister")],
        attributions=[
            iw.Attribution(id="said", source="minister", mode=iw.AttributionMode.PARAPHRASE)
        ],
        quotes=[
            iw.Quote(
                id="q1",
                text="We are leaving",
                spans=[iw.Span(start=1, end=15)],
                attribution=iw.Attribution(shared="said", mode=iw.AttributionMode.DIRECT),
            )
        ],
    )
    resolved = article.resolve_attribution(article.quotes[0].attribution)
    assert resolved.mode is iw.AttributionMode.DIRECT and resolved.source == "minister"
    assert iw.validate(article) == [] and iw.from_json(iw.to_json(article)) == article
    wrong = attrs.evolve(article, quotes=[attrs.evolve(article.quotes[0], text="We stay")])
    assert [p.code for p in iw.validate(wrong)] == ["quote_text_mismatch"]
    with pytest.raises(iw.RuleError, match="source"):  # the rest stays the shared one's
        iw.Attribution(shared="said", source="minister")


def test_a_term_differing_only_in_its_description_is_the_same_term() -> None:
    known = iw.get_event_type("withdrawal")
    again = attrs.evolve(known, description="My own words for a withdrawal.")
    assert register_event_type(again) is known
    with pytest.raises(iw.RegistryError, match="label"):
        register_event_type(attrs.evolve(known, label="Pull-out"))


def test_readers_of_a_quote_take_the_mode_in_effect_through_a_pointer() -> None:
    """``Quote.mode`` is the pointer's own (``None`` here); the annotation and PROV exports
    and the HTML view read the mode in effect, the shared DIRECT one, and its source."""
    from iraqwithdrawal.render import to_html
    from iraqwithdrawal.standards import to_annotations, to_prov

    direct = iw.Attribution(source="minister", mode=iw.AttributionMode.DIRECT)
    for shared in (False, True):
        article = _article(direct, "We are leaving", shared=shared)
        quote = article.quotes[0]
        assert quote.mode is (None if shared else iw.AttributionMode.DIRECT)
        done = to_annotations(article)
        values = [i["body"]["value"] for i in done.document["first"]["items"]]
        assert "Quote (direct) attributed to The Minister" in values, values
        assert not [x for x in done.losses if x.path == "$.quotes[0].text"]
        assert "q1 (direct)" in to_html(article)
        prov = to_prov(article)
        original = next(
            n
            for n in prov.document["@graph"]
            if n["@id"].endswith("#quotes-0-attribution-original")
        )
        assert original["prov:wasAttributedTo"]["@id"].endswith("#minister")
        assert "prov:wasQuotedFrom" in json.dumps(prov.document["@graph"])
        assert not [x for x in prov.losses if x.path == "$.quotes[0].attribution"]

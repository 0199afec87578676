"""schema.org JSON-LD read back: our own export gives the same article up to the losses the
export reported (every example report, generated articles, a right-to-left report and one
with emoji), pages' JSON-LD is read (arrays, ``@graph``, references), and bad input gives a
ValidationError with a path into the JSON-LD."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iraqwithdrawal import (
    Article,
    AttributionMode,
    Person,
    Quote,
    ValidationError,
    to_dict,
    validate,
)
from iraqwithdrawal.bridges.jsonld import from_schemaorg
from iraqwithdrawal.bridges.pages import from_html, jsonld_blocks
from iraqwithdrawal.builder import ArticleBuilder
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.models import Attribution
from iraqwithdrawal.standards import Conversion, to_schemaorg
from iraqwithdrawal.testing import articles

from ._profiles import examples
from .conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"


def _diff(a: Any, b: Any, path: str = "$") -> list[str]:
    """The paths where two wire values differ (a key or item on one side only counts)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for key in [*a, *(k for k in b if k not in a)]:
            here = f"{path}.{key}"
            if key not in a or key not in b:
                out.append(here)
            else:
                out += _diff(a[key], b[key], here)
        return out
    if isinstance(a, list) and isinstance(b, list):
        out = []
        for i in range(max(len(a), len(b))):
            if i >= len(a) or i >= len(b):
                out.append(f"{path}[{i}]")
            else:
                out += _diff(a[i], b[i], f"{path}[{i}]")
        return out
    return [] if a == b else [path]


def _covered(export: Conversion[Any], path: str) -> bool:
    """A loss at the path or around it, or (for a whole object that could not be read back)
    one inside it."""
    if export.lost(path) is not None:
        return True
    return any(loss.path.startswith((f"{path}.", f"{path}[")) for loss in export.losses)


def _align(original: list[Any], back: list[Any], key: Any) -> list[Any]:
    """``back`` in the order of ``original`` by ``key``: an item with no counterpart is
    ``None`` in its place, items the original lacks come last."""
    by_key: dict[Any, list[Any]] = {}
    for item in back:
        by_key.setdefault(key(item), []).append(item)
    out = [by_key[key(item)].pop(0) if by_key.get(key(item)) else None for item in original]
    return out + [item for items in by_key.values() for item in items]


def _in_original_order(article: dict[str, Any], back: dict[str, Any]) -> dict[str, Any]:
    """The JSON-LD groups entities by property (about: agents of events; mentions: the
    rest) and contributors by property (author, editor ...): as RDF, the values of a
    property have no order. Line up those of ``back`` with the original's (by id, by who)
    before comparing, so an item that did not come back is missing in its own place."""
    back = dict(back)
    for name, key in (
        ("entities", lambda e: e["id"]),
        ("contributors", lambda c: c.get("entity") or c.get("text")),
    ):
        if name in article or name in back:
            back[name] = _align(article.get(name, []), back.get(name, []), key)
    return back


def _round_trip(article: Article) -> Conversion[Article]:
    export = to_schemaorg(article)
    document = json.loads(json.dumps(export.document))  # as it would be read from a file
    back = from_schemaorg(document)
    restored = back.document
    said = {loss.message for loss in export.losses}
    if article.published is None and any("also reads as the publication date" in m for m in said):
        restored = attrs.evolve(restored, published=None)
    original = to_dict(article)
    for path in _diff(original, _in_original_order(original, to_dict(restored))):
        assert _covered(export, path), (path, [str(loss) for loss in export.losses])
    return back


def _rtl() -> Article:
    body = 'قال المتحدث باسم الحكومة إن "الانسحاب سيكتمل في أيلول" يوم السبت.'
    b = ArticleBuilder(headline="بغداد تعلن موعد الانسحاب", body=body, language="ar")
    speaker = b.new(Person, description="المتحدث باسم الحكومة", mentions=["المتحدث باسم الحكومة"])
    b.new(
        Quote,
        text="الانسحاب سيكتمل في أيلول",
        spans=["الانسحاب سيكتمل في أيلول"],
        attribution=Attribution(source=speaker.id, cue=b.cue("قال"), mode=AttributionMode.DIRECT),
    )
    return b.build(id="rtl-1", url="https://sahifa.example.org/iraq/قرار")


def _emoji() -> Article:
    body = '🇮🇶 Cafe\u0301 talks 👍🏽: "We are leaving," the minister said.'
    b = ArticleBuilder(headline="Minister: we are leaving 👋", body=body)
    minister = b.new(Person, name="Ali Hassan", mentions=["the minister"])
    b.new(
        Quote,
        text="We are leaving",
        spans=["We are leaving"],
        attribution=Attribution(source=minister.id, cue=b.cue("said"), mode=AttributionMode.DIRECT),
    )
    return b.build(id="emoji-1")


CASES = {name: example(name) for name in EXAMPLES} | {"rtl": _rtl(), "emoji": _emoji()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_our_export_reads_back(name: str) -> None:
    article = CASES[name]
    result = _round_trip(article)
    assert result.losses == (), [str(loss) for loss in result.losses]
    back = result.document
    # What the standard carries is carried exactly.
    assert back.headline == article.headline and back.body == article.body
    assert [q.text for q in back.quotes] == [q.text for q in article.quotes]
    assert [q.attribution.source for q in back.quotes] == [
        article.resolve_attribution(q.attribution).source if q.attribution.shared is None else None
        for q in article.quotes
    ]
    assert {e.id for e in back.entities} <= {e.id for e in article.entities}


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_generated_articles_read_back(article: Article) -> None:
    _round_trip(article)


def test_the_seed_in_detail() -> None:
    article = example("seed")
    back = from_schemaorg(to_schemaorg(article).document).document
    assert back.id == article.id and back.url == article.url
    assert back.publisher == article.publisher
    assert [m.id for m in back.media] == [m.id for m in article.media]
    assert back.media[0].credit == article.media[0].credit
    assert [(b.source, b.text) for b in back.based_on] == [
        (b.source, b.text) for b in article.based_on
    ]
    assert [e.event_type for e in back.events] == [e.event_type for e in article.events]


# -- pages ----------------------------------------------------------------------------------


def test_wire_page() -> None:
    result = from_html((PAGES / "wire-agency.html").read_text(encoding="utf-8"))
    article = result.document
    assert validate(article) == []
    assert article.headline.startswith("Coalition to complete drawdown")
    assert article.language == "en"
    assert [c.text for c in article.contributors] == ["Jane Doe", "Omar Haddad"]
    (published, modified) = article.updates
    assert (published.at.hour, published.at.minute, published.at.utc_offset) == (9, 15, 180)
    assert (modified.at.hour, modified.at.minute, modified.at.utc_offset) == (14, 40, 180)
    assert published.at.second is None  # ":00" of an ISO time is not a printed second
    (image,) = article.media
    assert image.credit == "Ali Kareem/Example Wire"
    assert image.caption == "Iraqi soldiers at the gate of Ain al-Asad air base."
    publisher = article.entity(article.publisher or "")
    assert publisher.name == "Example Wire"  # type: ignore[attr-defined]
    (based,) = article.based_on
    assert article.entity(based.source).name == "Joint Operations Command"  # type: ignore[attr-defined]
    lost = {loss.path for loss in result.losses}
    assert "$.blocks[0].publisher.logo" in lost
    assert "$.blocks[0].isBasedOn.name" in lost


def test_graph_page_with_references() -> None:
    result = from_html((PAGES / "live-graph.html").read_text(encoding="utf-8"))
    article = result.document
    assert validate(article) == []
    assert article.language == "en-GB"
    assert article.entity(article.publisher or "").name == "The Example Post"  # type: ignore[attr-defined]
    assert article.media[0].url == "https://cdn.example.net/img/parliament-session.jpg"
    assert article.rights is not None
    assert article.rights.text == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert article.updates[0].at.utc_offset == 0
    lost = {loss.path for loss in result.losses}
    assert "$.blocks[0]['@graph'][2].citation" in lost
    assert "$.blocks[0]['@graph'][2].mainEntityOfPage" in lost
    assert "$.blocks[0]['@graph'][2].author.url" in lost
    builder = ArticleBuilder.from_article(article)
    assert builder.build() == article


def test_page_without_jsonld() -> None:
    with pytest.raises(ValidationError) as caught:
        from_html((PAGES / "newspaper-rtl.html").read_text(encoding="utf-8"))
    assert caught.value.problems[0].path == "$.blocks"


def test_blocks_arrays_and_broken_json() -> None:
    page = (
        '<html><head><script type="application/ld+json">[{"@type": "Organization", '
        '"name": "X"}, {"@type": ["NewsArticle"], "headline": "H", "inLanguage": "en"}]'
        '</script><script type=\'application/ld+json; charset=utf-8\'>{"@type": "WebSite"}'
        "</script><script>var x = 1;</script></head></html>"
    )
    assert len(jsonld_blocks(page)) == 2
    assert from_html(page).document.headline == "H"
    broken = '<script type="application/ld+json">{"@type": </script>'
    with pytest.raises(ValidationError) as caught:
        jsonld_blocks(broken)
    assert caught.value.problems[0].path == "$.blocks[0]"


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"@type": "NewsArticle", "headline": 3, "inLanguage": "en"}, "$.headline"),
        ({"@type": "NewsArticle", "headline": "H"}, "$.inLanguage"),
        (
            {"@type": "NewsArticle", "headline": "H", "inLanguage": "en", "datePublished": "soon"},
            "$.datePublished",
        ),
        ({"@type": "NewsArticle", "headline": "H", "inLanguage": "en", "url": "no url"}, "$.url"),
        (
            {
                "@type": "NewsArticle",
                "headline": "H",
                "inLanguage": "en",
                "author": [
                    {"@type": "Person", "name": "A", "@id": "#a"},
                    {"@type": "Person", "name": 4, "@id": "#b"},
                ],
            },
            "$.author[1].name",
        ),
        (
            {
                "@type": "NewsArticle",
                "headline": "H",
                "inLanguage": "en",
                "hasPart": [
                    {
                        "@type": "Quotation",
                        "text": "x",
                        "creator": {"@id": "https://x.example/a#nobody"},
                    }
                ],
            },
            "$.hasPart[0].creator",
        ),
        ({"@type": "WebPage"}, "$"),
        ("text", "$"),
    ],
)
def test_bad_input_names_the_path(document: Any, path: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_schemaorg(document)
    assert path in [p.path for p in caught.value.problems], caught.value


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
_KEYS = st.sampled_from(
    [
        "headline",
        "inLanguage",
        "articleBody",
        "author",
        "publisher",
        "datePublished",
        "dateModified",
        "image",
        "isBasedOn",
        "citation",
        "about",
        "mentions",
        "hasPart",
        "associatedMedia",
        "url",
        "identifier",
        "@graph",
        "correction",
    ]
)


@settings(max_examples=examples(150), deadline=None)
@given(extra=st.dictionaries(_KEYS, _JSON | st.just({"@type": "Person", "name": "N"}), max_size=6))
def test_fuzz_gives_an_article_or_a_validation_error(extra: dict[str, Any]) -> None:
    document = {"@type": "NewsArticle", "headline": "H", "inLanguage": "en", **extra}
    try:
        result = from_schemaorg(document)
    except ValidationError as err:
        assert err.problems and all(p.path.startswith("$") for p in err.problems)
        return
    assert validate(result.document) == [], result.document


def test_core_import_leaves_html_parser_alone() -> None:
    assert Path(from_html.__code__.co_filename).name == "pages.py"


def test_deep_documents_give_validation_errors() -> None:
    deep: Any = {"@type": "Organization", "name": "O0"}
    for n in range(1, 3000):
        deep = {"@type": "Organization", "name": f"O{n}", "parentOrganization": deep}
    document = {"@type": "NewsArticle", "headline": "H", "inLanguage": "en", "publisher": deep}
    with pytest.raises(ValidationError) as caught:
        from_schemaorg(document)
    assert caught.value.codes == ["too_deep"]
    nested = "[" * 100_000 + "]" * 100_000
    page = f'<script type="application/ld+json">{nested}</script>'
    with pytest.raises(ValidationError) as caught:
        jsonld_blocks(page)
    assert caught.value.problems[0].path == "$.blocks[0]"

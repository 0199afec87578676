"""The extractor bridge, judged by the extractors themselves: trafilatura, news-please and
newspaper4k run offline on the pages in tests/data/pages, and what they return is imported.

Each test skips, naming the package, where that extractor is not installed."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iraqwithdrawal import Quote, ValidationError, to_json, validate
from iraqwithdrawal.bridges.extractors import (
    EXTRACTOR_KEYS,
    from_extractor,
    from_newspaper,
    from_newsplease,
    from_trafilatura,
)
from iraqwithdrawal.builder import ArticleBuilder
from iraqwithdrawal.models import Attribution, AttributionMode

from ._profiles import examples
from .conftest import ROOT

PAGES = sorted((ROOT / "tests" / "data" / "pages").glob("*.html"))
TOOLS = ("trafilatura", "trafilatura-json", "news-please", "news-please-dict", "newspaper4k")


def _trafilatura(html: str) -> dict[str, Any]:
    trafilatura = pytest.importorskip("trafilatura", reason="trafilatura is not installed")
    found = trafilatura.bare_extraction(html, with_metadata=True)
    return dict(found.as_dict())


def _trafilatura_json(html: str) -> dict[str, Any]:
    trafilatura = pytest.importorskip("trafilatura", reason="trafilatura is not installed")
    return dict(json.loads(trafilatura.extract(html, output_format="json", with_metadata=True)))


def _newsplease(html: str) -> dict[str, Any]:
    newsplease = pytest.importorskip("newsplease", reason="news-please is not installed")
    article = newsplease.NewsPlease.from_html(html, url=None, fetch_images=False)
    return dict(article.get_serializable_dict())


def _newsplease_dict(html: str) -> dict[str, Any]:
    """news-please's ``get_dict()``: its dates as ``datetime`` objects."""
    newsplease = pytest.importorskip("newsplease", reason="news-please is not installed")
    article = newsplease.NewsPlease.from_html(html, url=None, fetch_images=False)
    return dict(article.get_dict())


def _newspaper(html: str) -> dict[str, Any]:
    newspaper = pytest.importorskip("newspaper", reason="newspaper4k is not installed")
    # The url is only a label here: the page is parsed from the given html, not downloaded.
    article = newspaper.Article("https://pages.test.example/article")
    article.download(input_html=html)
    article.parse()
    return dict(article.to_json(as_string=False))


RUN: dict[str, Callable[[str], dict[str, Any]]] = {
    "trafilatura": _trafilatura,
    "trafilatura-json": _trafilatura_json,
    "news-please": _newsplease,
    "news-please-dict": _newsplease_dict,
    "newspaper4k": _newspaper,
}
IMPORT = {
    "trafilatura": from_trafilatura,
    "trafilatura-json": from_trafilatura,
    "news-please": from_newsplease,
    "news-please-dict": from_newsplease,
    "newspaper4k": from_newspaper,
}
TABLE = {
    "trafilatura": "trafilatura",
    "trafilatura-json": "trafilatura",
    "news-please": "news-please",
    "news-please-dict": "news-please",
    "newspaper4k": "newspaper4k",
}


@cache
def _output(tool: str, page: Path) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return RUN[tool](page.read_text(encoding="utf-8"))


def _empty(value: Any) -> bool:
    return value in (None, "", [], {}, "None")


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_real_output_imports(tool: str, page: Path) -> None:
    data = _output(tool, page)
    result = IMPORT[tool](data, language="en")
    article = result.document
    assert validate(article) == []
    # The headline is the extractor's title; the body is its text.
    assert article.headline == data["title"].strip()
    body_key = {"news-please": "maintext", "news-please-dict": "maintext"}.get(tool, "text")
    assert article.body == data[body_key]
    # Every key the dict has a value for is read or reported at its own path.
    table = EXTRACTOR_KEYS[TABLE[tool]]
    lost = {loss.path for loss in result.losses}
    wire = to_json(article)
    for key, value in data.items():
        path = f"$.{key}" if key.isidentifier() else f"$['{key}']"
        if _empty(value):
            continue
        role = table.get(key)
        if role is None or isinstance(role, tuple):
            assert path in lost, (key, value)
        elif isinstance(value, str) and role not in ("published", "modified", "byline"):
            carried = json.dumps(value.strip(), ensure_ascii=False)[1:-1] in wire
            assert carried or path in lost, (key, value)


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_times_keep_their_offsets(tool: str, page: Path) -> None:
    """The publication time is what the extractor gave, offset included, judged by the
    standard library's parser."""
    data = _output(tool, page)
    key = {
        "trafilatura": "date",
        "trafilatura-json": "date",
        "news-please": "date_publish",
        "news-please-dict": "date_publish",
    }.get(tool, "publish_date")
    stamp = data.get(key)
    if isinstance(stamp, dt.datetime):
        stamp = stamp.isoformat()
    article = IMPORT[tool](data, language="en").document
    if _empty(stamp):
        assert article.published is None
        return
    parsed = dt.datetime.fromisoformat(stamp)
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (
        parsed.year,
        parsed.month,
        parsed.day,
    )
    if len(stamp) <= 10:  # a date alone: no time is invented
        assert not article.updates
        return
    (update,) = article.updates
    assert (update.at.hour, update.at.minute, update.at.second) == (
        parsed.hour,
        parsed.minute,
        parsed.second,
    )
    offset = parsed.utcoffset()
    expected = None if offset is None else int(offset.total_seconds() // 60)
    assert update.at.utc_offset == expected


def test_wire_page_in_detail() -> None:
    """One page read by newspaper4k, field by field: authors, byline, site, offset, image."""
    page = next(p for p in PAGES if p.stem == "wire-agency")
    article = from_newspaper(_output("newspaper4k", page)).document
    assert article.byline == "Jane Doe; Omar Haddad"
    assert [c.entity for c in article.contributors] == ["jane-doe", "omar-haddad"]
    assert article.entity("jane-doe").name == "Jane Doe"  # type: ignore[attr-defined]
    assert article.url == "https://wire.example.com/world/2025/07/22/coalition-drawdown-ain-al-asad"
    assert article.publisher is not None
    assert article.entity(article.publisher).name == "Example Wire"  # type: ignore[attr-defined]
    assert article.updates[0].at.utc_offset == 180
    assert article.media[0].url == "https://wire.example.com/media/2025/07/ain-al-asad-gate.jpg"
    assert article.language == "en"
    assert article.id == "coalition-drawdown-ain-al-asad"


def test_licence_and_site_from_trafilatura() -> None:
    page = next(p for p in PAGES if p.stem == "live-graph")
    article = from_trafilatura(_output("trafilatura", page), language="en").document
    assert article.rights is not None and article.rights.text == "CC BY-SA 4.0"
    assert article.entity(article.publisher or "").name == "The Example Post"  # type: ignore[attr-defined]


def test_right_to_left_page() -> None:
    page = next(p for p in PAGES if p.stem == "newspaper-rtl")
    article = from_newsplease(_output("news-please", page)).document
    assert article.language == "ar"
    assert article.byline == "سارة الجبوري"
    assert article.contributors[0].entity is not None
    assert validate(article) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_builder_continues_from_the_skeleton(page: Path) -> None:
    article = from_newspaper(_output("newspaper4k", page)).document
    builder = ArticleBuilder.from_article(article)
    words = article.body.split()[1]
    quote = builder.new(
        Quote,
        text=words,
        spans=[words],
        attribution=Attribution(mode=AttributionMode.DIRECT),
    )
    built = builder.build()
    assert built.quotes == (quote,)
    assert built.url == article.url and built.id == article.id
    assert built.updates == article.updates and built.entities == article.entities
    assert validate(built) == []


# -- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "path", "code"),
    [
        ({"title": 5, "language": "en"}, "$.title", "wrong_type"),
        ({"title": "T", "language": "en", "authors": ["A", 3]}, "$.authors[1]", "wrong_type"),
        (
            {"title": "T", "language": "en", "publish_date": "yesterday"},
            "$.publish_date",
            "date_format",
        ),
        ({"title": "T", "language": "English"}, "$.language", "language_tag"),
        ({"title": "T"}, "$.language", "missing"),
        ({"language": "en"}, "$.title", "missing"),
        ({"title": "T", "language": "en", "canonical_link": "not a url"}, "$.canonical_link", None),
        ({"title": "T", "language": "en", "publish_date": "2025-13-40"}, "$.publish_date", None),
    ],
)
def test_bad_input_names_the_path(data: dict[str, Any], path: str, code: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        from_newspaper(data)
    paths = [p.path for p in caught.value.problems]
    assert path in paths, caught.value
    if code is not None:
        assert code in caught.value.codes


def test_not_a_dict() -> None:
    with pytest.raises(ValidationError) as caught:
        from_trafilatura(["title"])  # type: ignore[arg-type]
    assert caught.value.problems[0].path == "$"


def test_unknown_extractor() -> None:
    with pytest.raises(ValueError, match="unknown extractor"):
        from_extractor("goose", {})


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.mark.parametrize("tool", sorted(EXTRACTOR_KEYS))
@settings(max_examples=examples(60), deadline=None)
@given(data=st.data())
def test_fuzz_dicts_give_an_article_or_a_validation_error(tool: str, data: st.DataObject) -> None:
    keys = st.sampled_from([*EXTRACTOR_KEYS[tool], "surprise"])
    values = st.one_of(
        _JSONISH,
        st.sampled_from(["2025-07-22T09:15:00+03:00", "2025-07-22", "en", "https://x.example/a"]),
    )
    doc = data.draw(st.dictionaries(keys, values, max_size=8))
    try:
        result = from_extractor(tool, doc, language="en")
    except ValidationError as err:
        assert err.problems and all(p.path.startswith("$") for p in err.problems)
        return
    assert validate(result.document) == []
    for key, value in doc.items():
        role = EXTRACTOR_KEYS[tool].get(key)
        if (role is None or isinstance(role, tuple)) and not _empty(value):
            assert any(loss.path.startswith(f"$.{key}") for loss in result.losses), key

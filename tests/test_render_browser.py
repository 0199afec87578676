"""The annotated view in a real browser (headless Chromium driven by Playwright): the pages of
every example report, of generated articles, of a right-to-left report and of a hostile one.
The assertions are on the DOM the browser built: every span present with its role, the body's
text content equal to the article's body, no script run, no console message, no request
leaving the page. Screenshots are taken and checked to be real pictures.

Without Chromium and Playwright these tests are skipped, with the install command as the
reason; with ``IRAQWITHDRAWAL_BROWSER_TESTS=required`` (as in CI) they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from iraqwithdrawal import Article
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.render import marks_of, snap, to_html, write_archive
from iraqwithdrawal.testing import articles

from ._profiles import examples
from .browser import Session, launched, missing
from .render_samples import hostile_article, rtl_article

pytestmark = pytest.mark.browser

_DOM = """() => {
  const body = document.getElementById('iwr-body');
  const marks = {};
  for (const el of document.querySelectorAll('[data-path]')) {
    const path = el.dataset.path;
    const mark = marks[path] || (marks[path] = {role: el.dataset.role, text: '', parts: 0});
    mark.text += el.textContent;
    mark.parts += 1;
    if (el.dataset.part === '0') {
      mark.tabindex = el.getAttribute('tabindex');
      mark.title = el.getAttribute('title');
    }
  }
  return {
    body: body.textContent,
    marks,
    scripts: document.scripts.length,
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    direction: getComputedStyle(body).direction,
    lang: body.lang,
  };
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = missing()
    if reason is not None:
        if os.environ.get("IRAQWITHDRAWAL_BROWSER_TESTS") == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    with launched() as running:
        yield running


def _dom(browser: Any, article: Article, **options: Any) -> tuple[dict[str, Any], Session]:
    session = Session(browser, {"page.html": to_html(article, **options)})
    page = session.open("page.html")
    return page.evaluate(_DOM), session


def _check(article: Article, dom: dict[str, Any], session: Session) -> None:
    assert session.quiet() == []
    assert dom["scripts"] == 0 and dom["pwned"] is None
    assert dom["body"] == article.body
    expected = [m for m in marks_of(article) if article.text_of(m.span) is not None]
    assert set(dom["marks"]) == {m.path for m in expected}
    for m in expected:
        text = article.text_of(m.span) or ""
        start, end = snap(text, m.span.start, m.span.end)
        found = dom["marks"][m.path]
        assert found["role"] == m.role, m.path
        assert found["text"] == text[start:end], m.path
        assert found["tabindex"] == "0" and found["title"] == m.note, m.path


def _picture(page: Any, path: Path) -> None:
    page.screenshot(path=str(path), full_page=True)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_every_example_in_the_browser(browser: Any, name: str, tmp_path: Path) -> None:
    article = example(name)
    dom, session = _dom(browser, article, export="ninjs")
    try:
        _check(article, dom, session)
        assert dom["direction"] == "ltr" and dom["lang"] == article.language
        if name == "seed":
            _picture(session.page, tmp_path / "seed.png")
    finally:
        session.close()


@settings(max_examples=examples(6), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=articles())
def test_generated_articles_in_the_browser(browser: Any, article: Article) -> None:
    dom, session = _dom(browser, article)
    try:
        _check(article, dom, session)
    finally:
        session.close()


def test_a_right_to_left_report(browser: Any, tmp_path: Path) -> None:
    article = rtl_article()
    dom, session = _dom(browser, article)
    try:
        _check(article, dom, session)
        assert dom["direction"] == "rtl" and dom["lang"] == "ar"
        page = session.page
        direction = "el => getComputedStyle(el).direction"
        english = page.locator('[data-path="$.quotes[1].spans[0]"][data-part="0"]')
        arabic = page.locator('[data-path="$.quotes[0].spans[0]"][data-part="0"]')
        assert english.evaluate(direction) == "ltr"  # dir="auto" finds the English
        assert arabic.evaluate(direction) == "rtl"
        assert page.locator("#iwr-headline").evaluate(direction) == "rtl"
        # The English quote reads left to right inside the right-to-left line.
        assert english.evaluate("el => el.textContent").startswith("We will leave")
        _picture(page, tmp_path / "rtl.png")
    finally:
        session.close()


def test_a_hostile_report_runs_nothing(browser: Any, tmp_path: Path) -> None:
    article = hostile_article()
    dom, session = _dom(browser, article, export="annotation")
    try:
        _check(article, dom, session)
        page = session.page
        assert page.title().startswith("</title><script>")
        assert page.locator("img, svg, iframe, object, embed").count() == 0
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        assert hrefs == ["https://example.org/a'b&c=1"]
        assert "\r\n" in dom["body"]
        _picture(page, tmp_path / "hostile.png")
    finally:
        session.close()


def test_keyboard_focus_shows_role_and_source(browser: Any) -> None:
    article = example("seed")
    session = Session(browser, {"page.html": to_html(article)})
    try:
        page = session.open("page.html")
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
              const el = document.activeElement;
              return {path: el.dataset.path, role: el.dataset.role, title: el.title,
                      note: getComputedStyle(el, '::after').content,
                      outline: getComputedStyle(el).outlineStyle};
            }"""
        )
        first = marks_of(article)[0]
        assert focused["path"] is not None and focused["title"]
        assert focused["outline"] != "none"
        # The note shown on focus spells out the role's name and the mark's note.
        label = {"named": "Named person or organisation"}.get(focused["role"], "")
        assert label in focused["note"] and focused["title"][:20] in focused["note"]
        assert first.path.startswith("$.")
        assert session.quiet() == []
    finally:
        session.close()


def test_the_notebook_fragment_keeps_its_styles_to_itself(browser: Any) -> None:
    fragment = example("live-page")._repr_html_()
    host = f'<!DOCTYPE html><html><body><p id="outside">notebook</p>{fragment}</body></html>'
    session = Session(browser, {"nb.html": host})
    try:
        page = session.open("nb.html")
        outside = page.locator("#outside").evaluate("el => getComputedStyle(el).fontFamily")
        inside = page.locator(".iwr").evaluate("el => getComputedStyle(el).fontFamily")
        assert outside != inside and "system-ui" in inside
        assert page.locator("#iwr-body").evaluate("el => el.textContent") == (
            example("live-page").body
        )
    finally:
        session.close()


def test_an_archive_index_links_every_page(browser: Any, tmp_path: Path) -> None:
    written = write_archive((example(n) for n in EXAMPLES), tmp_path / "site")
    served = {p.name: p.read_text(encoding="utf-8") for p in (written.index, *written.pages)}
    session = Session(browser, served)
    try:
        page = session.open("index.html")
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert links == [p.name for p in written.pages]
        for name, link in zip(EXAMPLES, links, strict=True):
            page.click(f'a[href="{link}"]')
            page.wait_for_load_state("load")
            assert page.evaluate("document.getElementById('iwr-body').textContent") == (
                example(name).body
            )
            page.go_back()
        assert session.quiet() == []
    finally:
        session.close()

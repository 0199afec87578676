"""The annotated HTML view without a browser: the segmentation of overlapping spans, the
page read back with the standard library's HTML parser (every span present with its role,
the body's text unchanged, nothing unescaped), the colours' contrast, the timeline's bands,
the losses, the notebook view and the ``render`` command. The browser tests are in
``test_render_browser.py``."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal.render as render
from iraqwithdrawal import Article, PartialDate, TimeExpression, TimeRelation, cli, to_json
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.render import (
    PALETTE,
    ROLE_STYLES,
    ROLES,
    Close,
    Mark,
    Open,
    Text,
    band_of,
    contrast_ratio,
    layers,
    marks_of,
    snap,
    to_html,
)
from iraqwithdrawal.standards import to_ninjs
from iraqwithdrawal.testing import articles
from iraqwithdrawal.text import splits_character

from ._profiles import examples
from .render_samples import hostile_article, rtl_article

# --- segmentation -------------------------------------------------------------------------

_CHARS = st.sampled_from(["a", "b", " ", "\u0301", "\U0001f44d", "\U0001f3fd", "\u200d", "\n"])


@st.composite
def _texts_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(_CHARS, max_size=30))
    marks = []
    for n in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        marks.append(Mark(start=start, end=end, key=f"m{n}", rank=draw(st.integers(0, 3))))
    return text, marks


def _check_layers(text: str, marks: list[Mark]) -> None:
    stack: list[str] = []
    written: list[str] = []
    inside: dict[str, list[str]] = {m.key: [] for m in marks}
    parts: dict[str, list[int]] = {m.key: [] for m in marks}
    for event in layers(text, marks):
        if isinstance(event, Open):
            stack.append(event.mark.key)
            parts[event.mark.key].append(event.part)
        elif isinstance(event, Close):
            assert stack and stack[-1] == event.mark.key, "elements nest"
            stack.pop()
        else:
            assert isinstance(event, Text)
            assert event.start == sum(map(len, written)), "text comes out in order"
            assert not splits_character(text, event.start), "no cut inside a character"
            written.append(event.text)
            for key in stack:
                inside[key].append(event.text)
    assert not stack
    assert "".join(written) == text
    for mark in marks:
        start, end = snap(text, mark.start, mark.end)
        assert "".join(inside[mark.key]) == text[start:end], mark
        assert parts[mark.key] == list(range(len(parts[mark.key]))) and parts[mark.key]


@given(_texts_and_marks())
def test_layers_nest_cover_and_keep_every_character(case: tuple[str, list[Mark]]) -> None:
    _check_layers(*case)


def test_layers_split_an_overlap_and_keep_a_nesting() -> None:
    text = "He said we go now, she said"
    quote, inner, claim = Mark(start=3, end=17, key="q"), Mark(start=8, end=13, key="i"), None
    claim = Mark(start=11, end=27, key="c")
    events = list(layers(text, [quote, inner, claim]))
    opened = [(e.mark.key, e.part) for e in events if isinstance(e, Open)]
    # The quote holds the inner quote whole; the claim overlaps both, so it is cut where
    # they end and opened again, and the inner quote is cut where the claim starts.
    assert opened == [("q", 0), ("i", 0), ("c", 0), ("c", 1), ("c", 2)]
    _check_layers(text, [quote, inner, claim])


def test_a_boundary_inside_a_character_moves_outwards() -> None:
    text = "Jose\u0301 \U0001f1ee\U0001f1f6!"
    assert snap(text, 2, 4) == (2, 5)  # would cut the e from its accent
    assert snap(text, 7, 8) == (6, 8)  # would cut the flag in half
    assert snap(text, -3, 99) == (0, len(text))


# --- the page, read back ------------------------------------------------------------------


class _Dom(HTMLParser):
    """The bits of a page the tests look at: the body's text, every mark's text by path,
    the elements seen, and the attributes of each mark's first fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.tags: list[str] = []
        self.body: list[str] = []
        self.in_body = 0
        self.marks: dict[str, list[str]] = {}
        self.first: dict[str, dict[str, str | None]] = {}
        self.values: list[str] = []
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        self.values += [v for v in found.values() if v is not None]
        self.names.update(found)
        if tag in ("meta", "br", "img"):
            return
        self.stack.append((tag, found))
        if found.get("id") == "iwr-body":
            self.in_body = len(self.stack)
        path = found.get("data-path")
        if path is not None:
            self.marks.setdefault(path, [])
            if found.get("data-part") == "0":
                self.first[path] = found

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes what it opened"
        if len(self.stack) == self.in_body:
            self.in_body = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_body:
            self.body.append(data)
        for _tag, found in self.stack:
            path = found.get("data-path")
            if path is not None:
                self.marks[path].append(data)


def _read(page: str) -> _Dom:
    dom = _Dom()
    dom.feed(page)
    dom.close()
    return dom


def _check_page(article: Article, page: str) -> _Dom:
    dom = _read(page)
    assert "".join(dom.body) == article.body.replace("\x00", "\ufffd")
    assert "script" not in dom.tags
    for marked in marks_of(article):
        text = article.text_of(marked.span)
        if text is None:
            continue
        assert marked.path in dom.marks, marked.path
        start, end = snap(text, marked.span.start, marked.span.end)
        assert "".join(dom.marks[marked.path]) == text[start:end], marked.path
        first = dom.first[marked.path]
        assert first["data-role"] == marked.role
        assert first["tabindex"] == "0" and first["title"] == marked.note
    return dom


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_every_example_has_every_span_with_its_role(name: str) -> None:
    article = example(name)
    dom = _check_page(article, to_html(article))
    assert len(dom.first) == len([m for m in marks_of(article) if article.text_of(m.span)])


@settings(max_examples=examples(10))  # drawing whole articles is the slow part: ~0.5 s each
@given(articles())
def test_generated_articles_render_faithfully(article: Article) -> None:
    _check_page(article, to_html(article))


def test_the_seed_marks_every_kind_of_span_the_issue_names() -> None:
    roles = {m.role for m in marks_of(example("seed"))}
    wanted = {"quote", "cue", "named", "anonymous", "trigger", "time", "quantity", "hedge"}
    assert wanted <= roles, wanted - roles
    notes = {m.note for m in marks_of(example("seed")) if m.role == "quote"}
    assert any("Jawad al-Bulani \u2192 The National \u2192 TASS" in n for n in notes), notes


def test_a_hostile_report_shows_its_markup_as_text() -> None:
    article = hostile_article()
    page = to_html(article, export="annotation")
    dom = _check_page(article, page)
    assert not {"script", "img", "svg", "b", "i", "em"} & set(dom.tags)
    assert not [v for v in dom.values if v.strip().lower().startswith("javascript:")]
    assert not [n for n in dom.names if n.startswith("on")]  # no event handler attribute
    assert 'href="javascript' not in page and "<script" not in page
    assert "&#13;" in page  # CR survives the parser's newline folding
    # The quote inside the quote nests; the claim that overlaps the outer quote is cut.
    outer, inner = "$.quotes[0].spans[0]", "$.quotes[1].spans[0]"
    assert "".join(dom.marks[inner]) in "".join(dom.marks[outer])
    assert page.count('data-path="$.claims[0].spans[0]"') >= 2
    # Only the http(s) address is a link.
    assert page.count("<a href=") == 1 and "https://example.org/a&#x27;b&amp;c=1" in page


def test_nul_and_lone_surrogates_become_replacement_characters() -> None:
    from iraqwithdrawal.render.page import esc

    assert esc("a\x00b\ud800c\r\n<") == "a\ufffdb\ufffdc&#13;\n&lt;"


def test_a_right_to_left_report_sets_direction_and_language() -> None:
    article = rtl_article()
    page = to_html(article)
    dom = _check_page(article, page)
    assert '<div class="iwr-text" id="iwr-body" lang="ar" dir="rtl">' in page
    assert '<header class="iwr-head" lang="ar" dir="rtl">' in page
    english = dom.first["$.quotes[1].spans[0]"]
    assert english["lang"] == "en" and english["dir"] == "auto"
    assert render.direction("fa-IR") == "rtl" and render.direction("az-Arab") == "rtl"
    assert render.direction("en") == "ltr" and render.direction("ru") == "ltr"


def test_the_page_needs_nothing_from_outside() -> None:
    page = to_html(example("seed"))
    assert "default-src 'none'" in page
    for needle in ("<script", "<link", "src=", "url(", "@import"):
        assert needle not in page, needle


def test_notebook_view_is_the_same_view_as_a_fragment() -> None:
    article = example("joint-statement")
    fragment = article._repr_html_()
    assert fragment.startswith('<div class="iwr"') and "<html" not in fragment
    assert _read(fragment).body == _read(to_html(article)).body


# --- colours ------------------------------------------------------------------------------


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    with pytest.raises(ValueError, match="#rrggbb"):
        contrast_ratio("red", "#ffffff")


def test_colours_pass_wcag_aa() -> None:
    backgrounds = [PALETTE["page"], PALETTE["panel"], *(s.background for s in ROLE_STYLES.values())]
    for background in backgrounds:  # marks nest: text may sit on any of them
        assert contrast_ratio(PALETTE["text"], background) >= 4.5, background
        assert contrast_ratio(PALETTE["muted"], PALETTE["page"]) >= 4.5
    assert contrast_ratio(PALETTE["muted"], PALETTE["panel"]) >= 4.5
    assert contrast_ratio(PALETTE["link"], PALETTE["page"]) >= 4.5
    assert contrast_ratio(PALETTE["note_text"], PALETTE["note_bg"]) >= 4.5
    for role, style in ROLE_STYLES.items():  # a role's line is a graphic: 3:1 (WCAG 1.4.11)
        assert contrast_ratio(style.border, style.background) >= 3.0, role
        assert contrast_ratio(style.border, PALETTE["page"]) >= 3.0, role
    for colour in (PALETTE["focus"], PALETTE["band"], PALETTE["rule"]):
        assert contrast_ratio(colour, PALETTE["page"]) >= 3.0, colour
        assert contrast_ratio(colour, PALETTE["panel"]) >= 3.0, colour


def test_every_role_has_a_rule_in_the_stylesheet_and_a_legend_entry() -> None:
    css = render.stylesheet()
    page = to_html(example("seed"))
    for role in ROLES:
        assert f".iwr .iwr-r-{role}{{" in css
    for role in {m.role for m in marks_of(example("seed"))}:
        assert f'<li><span class="iwr-m iwr-r-{role}">{render.ROLE_LABELS[role]}' in page


# --- timeline -----------------------------------------------------------------------------


def test_bands_follow_the_edtf_bounds() -> None:
    by = band_of(TimeExpression(relation=TimeRelation.BY, date=PartialDate(year=2025, month=9)))
    assert by is not None and by.open_start and by.high == dt.date(2025, 9, 30)
    about = band_of(TimeExpression(date=PartialDate(year=2014, approximate=True)))
    assert about is not None and about.approximate and not about.uncertain
    assert (about.low, about.high) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    since = band_of(TimeExpression(relation=TimeRelation.SINCE, date=PartialDate(year=2014)))
    assert since is not None and since.open_end and since.low == dt.date(2014, 1, 1)
    yearless = TimeExpression(
        date=PartialDate(month=2),
        inferred=PartialDate(year=2024, month=2, uncertain=True),
        inference="the report's year",
    )
    guessed = band_of(yearless)
    assert guessed is not None and guessed.inferred and guessed.uncertain
    assert band_of(TimeExpression(date=PartialDate(month=2))) is None


def test_timeline_draws_a_band_per_dated_event() -> None:
    article = example("seed")
    page = to_html(article)
    dated = [e for e in article.events if e.time is not None and band_of(e.time) is not None]
    assert dated and page.count('class="iwr-band') == len(dated)
    assert "iwr-band iwr-open-start" in page  # "By December 22, 2021"
    assert "iwr-inferred" in page  # "In February", its year inferred


# --- losses -------------------------------------------------------------------------------


def test_the_losses_of_an_export_are_listed_at_their_paths() -> None:
    article = example("seed")
    page = to_html(article, export="ninjs")
    losses = to_ninjs(article).losses
    assert losses and page.count("<li><code>$") == len(losses)
    for loss in losses[:20]:
        assert f"<code>{loss.path}</code>" in page
    with pytest.raises(ValueError, match="no export named 'pdf'"):
        to_html(article, export="pdf")


# --- command line -------------------------------------------------------------------------


def test_render_command_writes_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "report.json"
    source.write_text(to_json(rtl_article()), encoding="utf-8")
    out = tmp_path / "page.html"
    assert cli.main(["render", str(source), "-o", str(out), "--export", "plover"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == to_html(rtl_article(), export="plover")
    assert cli.main(["render"]) == 0
    assert capsys.readouterr().out == to_html(example("seed"))


def test_render_command_refuses_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert cli.main(["render", str(bad)]) == 2
    invalid = json.loads(to_json(example("seed")))
    invalid["quotes"][0]["attribution"]["source"] = "nobody"
    bad.write_text(json.dumps(invalid), encoding="utf-8")
    assert cli.main(["render", str(bad)]) == 1
    assert "$.quotes[0].attribution.source" in capsys.readouterr().err
    assert cli.main(["render", str(tmp_path / "missing.json")]) == 2


def test_render_archive_writes_an_index_and_a_page_per_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive.jsonl"
    lines = [to_json(example(name)) for name in EXAMPLES] + ["{broken", to_json(hostile_article())]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    assert cli.main(["render", "--archive", str(archive), "-o", str(out)]) == 1  # a bad line
    err = capsys.readouterr().err
    assert f"{archive}:{len(EXAMPLES) + 1}" in err and f"{len(EXAMPLES) + 1} pages" in err
    index = (out / "index.html").read_text(encoding="utf-8")
    links = [p for p in sorted(out.iterdir()) if p.name != "index.html"]
    assert len(links) == len(EXAMPLES) + 1
    for page in links:
        assert f'href="{page.name}"' in index
    assert "<script" not in index and "&lt;/title&gt;&lt;script&gt;" in index


# --- shape of the package -----------------------------------------------------------------


def test_render_modules_are_small_and_declare_their_names() -> None:
    folder = Path(render.__file__).parent
    for module in folder.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 800, module.name
        assert "__all__ = [" in text, module.name
    assert set(render.__all__) == {n for n in dir(render) if not n.startswith("_")} - {
        "archive",
        "command",
        "css",
        "describe",
        "marks",
        "page",
        "segment",
        "timeline",
        "annotations",
    }


def test_render_command_against_hostile_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = to_json(example("seed"))
    cases = {
        "surrogate.json": seed[:-1] + ', "x": "\\ud800"}',
        "nan.json": seed[:-1] + ', "x": NaN}',
        "duplicate.json": seed[:-1] + ', "headline": "again"}',
        "empty.json": "",
        "binary.json": "\x00\x01\x02",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert cli.main(["render", str(path)]) in (1, 2), name
        assert "Traceback" not in capsys.readouterr().err
    good = tmp_path / "good.json"
    good.write_text(seed, encoding="utf-8")
    # Places a page cannot be written: a folder, a device, a folder that does not exist.
    for target in (tmp_path, Path("/dev/full"), tmp_path / "missing" / "page.html"):
        assert cli.main(["render", str(good), "-o", str(target)]) == 2, target
        assert str(target) in capsys.readouterr().err
    archive = tmp_path / "a.jsonl"
    archive.write_text(seed.replace("\n", "") + "\n", encoding="utf-8")
    assert cli.main(["render", "--archive", str(archive), "-o", str(good)]) == 2  # a file
    assert cli.main(["render", "--archive", str(archive)]) == 2  # no folder given
    assert "needs a JSON Lines FILE and -o FOLDER" in capsys.readouterr().err


def test_render_command_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    data = to_json(rtl_article()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert cli.main(["render", "-"]) == 0
    assert capsys.readouterr().out == to_html(rtl_article())

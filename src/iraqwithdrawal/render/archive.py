"""A whole archive as a folder of pages: one annotated page per article and an index page
linking them, with each article's headline, date, language and counts.

Pages are written as the articles come, so an archive of any length is rendered in the
memory of one article.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from .. import files
from .._version import __version__
from ..models import AnonymousSource, Article
from .css import stylesheet
from .page import CSP, direction, esc, to_html

__all__ = ["ArchiveIndex", "page_name", "write_archive"]

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")


def page_name(number: int, article: Article) -> str:
    """The file name of an article's page: its place in the archive (so two articles with
    one id never share a file) and its id with every character a file system may refuse
    replaced."""
    return f"{number:05d}-{_UNSAFE_NAME.sub('_', article.id)}.html"


@attrs.frozen(kw_only=True)
class _Row:
    name: str
    id: str
    headline: str
    language: str
    published: str
    quotes: int
    events: int
    anonymous: int


@attrs.frozen(kw_only=True)
class ArchiveIndex:
    """What :func:`write_archive` wrote: the index page and every article's page, in order."""

    index: Path
    pages: tuple[Path, ...]


def _index_html(rows: list[_Row], title: str) -> str:
    body = "".join(
        f'<tr><td><a href="{esc(r.name)}" lang="{esc(r.language)}" '
        f'dir="{direction(r.language)}">{esc(r.headline)}</a></td><td><code>{esc(r.id)}'
        f"</code></td><td>{esc(r.published)}</td><td>{esc(r.language)}</td>"
        f"<td>{r.quotes}</td><td>{r.events}</td><td>{r.anonymous}</td></tr>"
        for r in rows
    )
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{stylesheet()}</style></head>"
        f'<body><div class="iwr"><h1>{esc(title)}</h1>'
        f'<p class="iwr-meta">{len(rows)} reports</p>'
        "<table><tr><th>headline</th><th>id</th><th>published</th><th>language</th>"
        "<th>quotes</th><th>events</th><th>anonymous sources</th></tr>"
        f"{body}</table><footer>Rendered by iraqwithdrawal {esc(__version__)}.</footer>"
        "</div></body></html>\n"
    )


def write_archive(
    articles: Iterable[Article],
    out: str | os.PathLike[str],
    *,
    export: str | None = None,
    title: str = "Reports",
) -> ArchiveIndex:
    """Write one page per article into the folder ``out`` (made if missing) and an
    ``index.html`` linking them; ``export`` as in :func:`to_html`."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[_Row] = []
    pages: list[Path] = []
    for number, article in enumerate(articles, start=1):
        name = page_name(number, article)
        path = folder / name
        with files.replacing(path) as stream:
            stream.write(to_html(article, export=export).encode("utf-8"))
        pages.append(path)
        rows.append(
            _Row(
                name=name,
                id=article.id,
                headline=article.headline,
                language=article.language,
                published=article.published.to_edtf() if article.published else "",
                quotes=len(article.quotes),
                events=len(article.events),
                anonymous=sum(isinstance(e, AnonymousSource) for e in article.entities),
            )
        )
    index = folder / "index.html"
    with files.replacing(index) as stream:
        stream.write(_index_html(rows, title).encode("utf-8"))
    return ArchiveIndex(index=index, pages=tuple(pages))

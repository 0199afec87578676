"""A real browser for the tests and the documentation's pictures: Debian's Chromium, driven
by Playwright for Python. Playwright's own browser download is never used (no
``playwright install``): the browser is the system's, found on the path or named by
``IRAQWITHDRAWAL_CHROMIUM``.

Pages are served from memory under ``http://render.test/`` by a route that answers every
request: a request for anything not served is recorded and refused, so a test can assert
that a page asked for nothing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["CHROMIUM_ARGS", "INSTALL", "ORIGIN", "Session", "chromium_path", "launched", "missing"]

#: How to get the browser; the skip reason of every browser test names it.
INSTALL = (
    "apt-get update && apt-get install -y chromium, and pip install playwright "
    "(or the 'browser' extra); never 'playwright install'"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ORIGIN = "http://render.test/"


def chromium_path() -> str | None:
    """The Chromium executable: ``IRAQWITHDRAWAL_CHROMIUM``, else ``chromium`` on the path."""
    named = os.environ.get("IRAQWITHDRAWAL_CHROMIUM")
    if named:
        return named if os.path.exists(named) else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def missing() -> str | None:
    """Why no browser test can run here, or ``None`` when one can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return f"Playwright for Python is not installed: {INSTALL}"
    if chromium_path() is None:
        return f"no Chromium executable found: {INSTALL}"
    return None


@contextmanager
def launched() -> Iterator[Any]:
    """A headless Chromium, closed on the way out."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Session:
    """One browser page with the pages it may load, and what happened on it: requests,
    console messages, uncaught errors and dialogs (an ``alert`` would be one)."""

    def __init__(
        self, browser: Any, pages: dict[str, str], width: int = 1100, height: int = 900
    ) -> None:
        self.pages = pages
        self.requests: list[str] = []
        self.refused: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.context.route("**/*", self._answer)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _answer(self, route: Any) -> None:
        url = route.request.url
        name = url[len(ORIGIN) :] if url.startswith(ORIGIN) else None
        if name is not None and name in self.pages:
            route.fulfill(
                status=200, content_type="text/html; charset=utf-8", body=self.pages[name]
            )
        else:
            self.refused.append(url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, name: str) -> Any:
        """Load the page served as ``name`` and wait until it has loaded."""
        self.page.goto(ORIGIN + name, wait_until="load")
        return self.page

    def quiet(self) -> list[str]:
        """Everything that should not have happened: requests for anything not served,
        console messages, uncaught errors, dialogs. Empty when all went well."""
        served = {ORIGIN + name for name in self.pages}
        outside = [f"request: {url}" for url in self.requests if url not in served]
        return (
            outside
            + [f"refused: {url}" for url in self.refused]
            + self.console
            + self.errors
            + [f"dialog: {m}" for m in self.dialogs]
        )

    def close(self) -> None:
        self.context.close()

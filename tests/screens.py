"""Pages kept open for the session, one per kind of screen, for tests that only open a page
and read it: a fresh browser context costs more CPU than the page load itself (a renderer
process started and warmed up again), a navigation in an open page does not.

`Screens.open(url, ...)` navigates the screen's page to `url`, with the site's storage and
cookies cleared first, so a test sees the page as a first visit (only the HTTP cache is warm).
A test that changes what outlives a navigation (routes, listeners, permissions, the clock)
takes a fresh page instead (the `page` fixture, or `browser.new_context()`). Requests to any
host but 127.0.0.1 fail in the session's Chromium (`CHROMIUM_ARGS`, tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from playwright.sync_api import Browser, BrowserContext, Page

Scheme = Literal["light", "dark", "no-preference"]


@dataclass(frozen=True)
class Screen:
    """What a page is opened with: its viewport, colour scheme and JavaScript."""

    width: int = 1280
    height: int = 900
    scheme: Scheme = "light"
    javascript: bool = True


class Screens:
    """One open page per `Screen`, made on first use."""

    def __init__(self, browser: Browser, base: str) -> None:
        self.browser = browser
        self.base = base
        self._pages: dict[Screen, Page] = {}

    def page(self, screen: Screen) -> Page:
        """The open page of `screen` (a context of its own per screen)."""
        if screen not in self._pages or self._pages[screen].is_closed():
            context: BrowserContext = self.browser.new_context(
                viewport={"width": screen.width, "height": screen.height},
                color_scheme=screen.scheme, java_script_enabled=screen.javascript)
            context.set_default_timeout(10_000)
            self._pages[screen] = context.new_page()
        return self._pages[screen]

    def open(self, url: str, **screen: Any) -> Page:
        """The page of the screen (`Screen`'s fields as keywords) at `url`, loaded, as on a
        first visit: storage and cookies of the site cleared before it loads."""
        page = self.page(Screen(**screen))
        page.context.clear_cookies()
        if page.url.startswith(self.base) and screen.get("javascript", True):
            page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
        page.goto(url)
        page.wait_for_load_state("load")
        return page

    def park(self) -> None:
        """Each open page cleared of the site's storage and left on `about:blank`, when no
        test needs it for a while: a page left on the site keeps working (a focused box's
        caret, Material's timers: 0.003-0.015 CPU s a second a page, measured 7 December),
        and the next `open` loads its page anew anyway."""
        for screen, page in self._pages.items():
            if page.is_closed() or page.url == "about:blank":
                continue
            if page.url.startswith(self.base) and screen.javascript:
                page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
            page.goto("about:blank")

    def close(self) -> None:
        """Close every screen's context."""
        for page in self._pages.values():
            page.context.close()
        self._pages.clear()

"""Browser fixtures: the built sample site over local HTTP, and headless Chromium pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api

from tests.localsite import serve

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def site_url(sample_site: Path) -> Iterator[str]:
    """Base URL (ending in `/`) of the built sample site, served on a free local port."""
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[sync_api.Browser]:
    """One headless Debian Chromium for the session (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (see README)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: sync_api.Browser, site_url: str) -> Iterator[sync_api.Page]:
    """A fresh page in its own context (no shared storage), 1280x900.

    Requests that would leave the machine are aborted so tests never wait on the
    network; they are still emitted as `request` events, so tests can see them.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)

    def keep_local(route: sync_api.Route) -> None:
        if route.request.url.startswith(site_url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", keep_local)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()

"""`kbgen serve` of a site whose content has errors and no earlier preview (an imported help
centre before its gate findings are reviewed): it serves the pages with the errors on each,
as later failed saves do, instead of ending with nothing served; a save that fixes them takes
the notice away."""

from __future__ import annotations

import shutil
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright import sync_api

from bench.incremental import Preview
from tests.conftest import REPO, article

pytestmark = pytest.mark.browser

LEAK = "Write to the customer at jane.doe@gmail.com about it.\n"
CARD = "content/articles/billing/card-declined.md"


def _first_answer(preview: Preview, url: str, limit: float = 120.0) -> None:
    """Wait until `url` answers; fail at once if the server ended instead."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if preview.process.poll() is not None:
            pytest.fail(f"kbgen serve ended without serving a page:\n{preview.output()}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"{url} did not answer within {limit:.0f} s:\n{preview.output()}")


@contextmanager
def served_page(browser: sync_api.Browser, project: Path,
                path: str) -> Iterator[tuple[Preview, sync_api.Page, str]]:
    """`kbgen serve` of `project`, and a browser page opened at `path` once it answers (the
    server, the page and its address); both stopped after."""
    preview = Preview(project)
    context = browser.new_context()
    try:
        url = f"{preview.base}{path}"
        _first_answer(preview, url)
        page = context.new_page()
        page.goto(url)
        yield preview, page, url
    finally:
        leave_then_close(context)
        preview.stop()


def leave_then_close(context: sync_api.BrowserContext) -> None:
    """Close `context` once its pages have left the preview: a page closed while the preview
    reloads it once left the close waiting forever (a CI run of session 69)."""
    for page in context.pages:
        try:
            page.goto("about:blank", timeout=10_000)
        except sync_api.Error:
            pass  # it is closed next whatever it shows
    context.close()


def test_a_first_preview_with_errors_shows_the_pages_and_the_errors(
        browser: sync_api.Browser, write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({CARD: article(body=f"## Symptoms\n\nIt fails.\n\n{LEAK}")})
    with served_page(browser, config.parent, "articles/billing/card-declined.html") as (
            preview, page, _):
        notice = page.get_by_role("alert")
        assert "This site has errors" in notice.inner_text()
        assert f"{CARD}:" in notice.inner_text()
        assert "e-mail address" in notice.inner_text()
        assert page.get_by_role("heading", name="Card declined at checkout").is_visible()
        assert "kbgen build publishes nothing" in preview.output()

        (config.parent / CARD).write_text(article(body="## Symptoms\n\nIt fails.\n\nFixed.\n"),
                                          encoding="utf-8")
        page.get_by_text("Fixed.").wait_for(timeout=120_000)
        page.get_by_role("alert").wait_for(state="detached", timeout=60_000)


def test_a_translations_errors_are_on_the_first_preview_too(
        browser: sync_api.Browser, tmp_path: Path) -> None:
    """A site in several languages is built whole, each language by its own build: an error
    in a translation is listed with the others, not dropped with that build's state."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "tests/fixtures/multilingual", root)
    german = next((root / "translations/de/articles").rglob("*.md"))
    german.write_text(german.read_text(encoding="utf-8") + "\nSchreiben Sie an"
                      " petra.kowalski@gmail.com.\n", encoding="utf-8")
    with served_page(browser, root, "index.html") as (_, page, _):
        shown = german.relative_to(root).as_posix()
        assert f"{shown}:" in page.get_by_role("alert").inner_text()

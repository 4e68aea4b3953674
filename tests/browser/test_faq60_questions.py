"""An FAQ that asks its questions in blocks (`??? question "…"`, `!!! question "…"`, a bold
question paragraph): a query whose words are only in one question's answer links to that
question, in the browser as in `kbgen search`, and the page opens its `<details>`
(kbgen.core.search_questions, kbgen.site.question_anchors, kb.js)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kbgen.commands.build import build
from tests.browser.conftest import fresh_page
from tests.browser.ranking_sites import tops_from_home
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import site_search
from tests.localsite import serve

pytestmark = pytest.mark.browser

FILLER = "The app keeps your photos in sync across tablets and computers. "
EXTENSIONS = ("markdown_extensions:\n  - admonition\n  - pymdownx.details\n"
              "  - pymdownx.superfences\n")
FAQ = article("Frequently asked questions", body=(
    "Answers to what people ask most. " + FILLER * 3 + "\n\n"
    '??? question "How can I uninstall the desktop app?"\n\n'
    "    Drag it to the bin, then remove the library folder. " + FILLER + "\n\n"
    '??? note "Why is my storage folder so large?"\n\n'
    "    Thumbnails take room on the disk. " + FILLER + "\n\n"
    '!!! question "Can I share an album?"\n    Yes, with a link anyone can open. ' + FILLER
    + "\n\n## Billing\n\nInvoices come monthly. " + FILLER * 2 + "\n\n"
    "**Is there a refund?**\n\nWithin thirty days of paying. " + FILLER + "\n"))
DEVICE = article("Moving to a new device", body=(
    "Install the app, sign in, and the phone restores your latest backup. " + FILLER * 6
    + "\n"))
EXPECTED = {  # query -> the first result's location (its fragment: the question's id)
    "uninstall": "articles/billing/frequently-asked-questions.html"
                 "#how-can-i-uninstall-the-desktop-app",
    "thumbnails disk": "articles/billing/frequently-asked-questions.html"
                       "#why-is-my-storage-folder-so-large",
    "share album link": "articles/billing/frequently-asked-questions.html"
                        "#can-i-share-an-album",
    "refund": "articles/billing/frequently-asked-questions.html#is-there-a-refund",
    "invoices": "articles/billing/frequently-asked-questions.html",
    "restores latest backup": "articles/billing/moving-to-a-new-device.html"}


@pytest.fixture(scope="module")
def faq_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An FAQ of question blocks beside a short page, with pymdownx.details (as `kbgen init`
    makes sites) and Material's offline plugin (search from disk too), built strictly."""
    root = tmp_path_factory.mktemp("faq60")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG.replace("  - search\n", "  - search\n  - offline\n")
        + EXTENSIONS,
        "content/index.md": "# Home\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/frequently-asked-questions.md": FAQ,
        "content/articles/billing/moving-to-a-new-device.md": DEVICE})
    return build(root / "mkdocs.yml", root / "site", strict=True)


@pytest.fixture
def faq_page(browser: Browser) -> Iterator[Page]:
    """A page of its own context, closed afterwards."""
    yield from fresh_page(browser, 1280, 800)


def test_a_question_s_answer_links_to_the_question_in_python_and_in_the_browser(
        faq_site: Path, faq_page: Page) -> None:
    queries = list(EXPECTED)
    expected = [site_search(faq_site, query) for query in queries]
    assert [top[0] for top in expected] == list(EXPECTED.values())
    with serve(faq_site) as url:
        assert tops_from_home(faq_page, url, queries) == expected
    assert tops_from_home(faq_page, faq_site.as_uri() + "/", queries) == expected


def _opens_at_its_anchor(page: Page, base: str) -> None:
    """The FAQ's details are closed at its address and the first is open at its fragment."""
    page.goto(base + "articles/billing/frequently-asked-questions.html")
    closed = [page.locator(f"details#{name}").evaluate("d => d.open") for name in (
        "how-can-i-uninstall-the-desktop-app", "why-is-my-storage-folder-so-large")]
    assert closed == [False, False]
    page.goto(base + EXPECTED["uninstall"])
    opened = page.locator("details#how-can-i-uninstall-the-desktop-app")
    page.wait_for_function("d => d.open", arg=opened.element_handle(), timeout=5000)
    assert not page.locator("details#why-is-my-storage-folder-so-large").evaluate(
        "d => d.open")


def test_the_question_s_details_opens_at_its_anchor(faq_site: Path, faq_page: Page) -> None:
    with serve(faq_site) as url:
        _opens_at_its_anchor(faq_page, url)
    _opens_at_its_anchor(faq_page, faq_site.as_uri() + "/")


def test_a_result_clicked_in_the_search_box_opens_the_question(faq_site: Path,
                                                                faq_page: Page) -> None:
    with serve(faq_site) as url:
        faq_page.goto(url + "index.html")
        field = faq_page.locator("input[data-md-component=search-query]")
        field.click()
        field.fill("thumbnails disk")
        first = faq_page.locator(".md-search-result__item > .md-search-result__link").first
        expect(first).to_have_attribute("href", re.compile(
            "#why-is-my-storage-folder-so-large$"))
        first.click()
        faq_page.wait_for_url(re.compile("#why-is-my-storage-folder-so-large$"))
        opened = faq_page.locator("details#why-is-my-storage-folder-so-large")
        faq_page.wait_for_function("d => d.open", arg=opened.element_handle(), timeout=5000)
        assert not faq_page.locator("details#how-can-i-uninstall-the-desktop-app").evaluate(
            "d => d.open")

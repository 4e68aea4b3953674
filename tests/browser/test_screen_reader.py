"""What a screen reader meets on an article with a long code block, in English and French:
no serious or critical axe-core violation (WCAG A/AA and axe's best practices, such as
Material's search dialog having a name), an overflowing code block reachable by keyboard on a
touch screen too, and heading links named in the page's language, not "¶"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright import sync_api
from playwright.sync_api import expect

from tests.axe import WCAG_TAGS, violations
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli
from tests.localsite import serve

pytestmark = pytest.mark.browser

LONG_LINE = "docker run -d --restart=always --privileged --network=host " + "-v /x:/y " * 30
BODIES = {
    "en": ("Gateway does not start", "## Resolution\n\nRun:\n\n```bash\n"
           f"{LONG_LINE}\n```\n\nThen wait.\n\n    {LONG_LINE}\n"),
    "fr": ("La passerelle ne démarre pas", "## Résolution\n\nLancez :\n\n```bash\n"
           f"{LONG_LINE}\n```\n\nPuis patientez.\n\n    {LONG_LINE}\n"),
}
NAMES = {"en": "Permanent link – Resolution", "fr": "Lien permanent – Résolution"}
"""The heading link's accessible name: its title in the page's language, then the heading."""
DIALOGS = {"en": "Search", "fr": "Recherche"}
"""Material's search dialog's name: Material's own word in the page's language."""
ARTICLE = "articles/billing/gateway.html"
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module", params=sorted(BODIES))
def site(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A one-article site in the parameter's language, served: (language, URL)."""
    language = request.param
    root = tmp_path_factory.mktemp(f"reader-{language}")
    title, body = BODIES[language]
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG + "markdown_extensions:\n  - toc:\n      permalink: true\n"
        f"extra:\n  kb:\n    languages: [{language}]\n    brand: {{primary: '#c2410c'}}\n",
        "content/index.md": "# Help\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/articles/billing/gateway.md": article(title, body=body)})
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    with serve(root / "site") as url:
        yield language, url


@pytest.fixture
def touch_page(browser: sync_api.Browser) -> Iterator[sync_api.Page]:
    """A phone: a touch screen with no hover, where Material leaves code blocks unfocusable."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def open_article(page: sync_api.Page, url: str) -> None:
    page.goto(url + ARTICLE)
    page.wait_for_load_state("load")
    expect(page.locator("pre > code").first).to_be_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_no_serious_violations(site: tuple[str, str], browser: sync_api.Browser,
                               width: int) -> None:
    language, url = site
    context = browser.new_context(viewport={"width": width, "height": 844},
                                  is_mobile=width < 600, has_touch=width < 600)
    try:
        page = context.new_page()
        open_article(page, url)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() =>"
                      " requestAnimationFrame(r)))")
        found = [v for v in violations(page, [*WCAG_TAGS, "best-practice"])
                 if v.impact in SERIOUS]
    finally:
        context.close()
    assert not found, f"{language}, {width}px:\n" + "\n".join(map(str, found))


def test_overflowing_code_reached_by_keyboard(site: tuple[str, str],
                                              touch_page: sync_api.Page) -> None:
    _, url = site
    open_article(touch_page, url)
    scrolling = touch_page.locator("pre > code").first
    assert scrolling.evaluate("c => c.scrollWidth > c.clientWidth")
    expect(scrolling).to_have_attribute("tabindex", "0")


def test_heading_link_named_in_page_language(site: tuple[str, str],
                                             touch_page: sync_api.Page) -> None:
    language, url = site
    open_article(touch_page, url)
    link = touch_page.locator("h2 a.headerlink")
    expect(link).to_have_accessible_name(NAMES[language])
    expect(touch_page.locator(".md-search[role=dialog]")).to_have_accessible_name(
        DIALOGS[language])

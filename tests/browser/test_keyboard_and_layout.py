"""Keyboard, screen reader, large text and no-JavaScript use of the sample site (issue 17),
driven in headless Chromium: skip links, focus, the search boxes, live announcements,
reflow at 320 px with 200% text, and the 404 page's links at the root and under a sub-path."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from tests.conftest import SAMPLE_CONFIG
from tests.localsite import serve
from tests.screens import Screens
from tests.sites import BuiltSites

pytestmark = pytest.mark.browser

ARTICLE = "articles/billing/charged-twice-after-a-payment-retry.html"
ARTICLE_TITLE = "Charged twice for Hearthly Plus after a payment retry"
PAGES = ["index.html", "articles/billing/index.html", ARTICLE, "tags/billing.html",
         "team/index.html", "team/ana-souza.html", "contact.html", "404.html"]
SEARCH_INPUT = "input[data-md-component=search-query]"
FOCUSED = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  let e = document.activeElement;  // once a frame scrolled it into view
  if (e === document.body) return null;  // past the last stop
  if (e.matches('.md-option') && e.nextElementSibling) e = e.nextElementSibling;  // its label
  const s = getComputedStyle(e), r = e.getBoundingClientRect();
  return {what: e.outerHTML.slice(0, 90), outline: s.outlineStyle,
          width: parseFloat(s.outlineWidth), area: r.width * r.height,
          inside: r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight};
}"""


def new_page(browser: Browser, width: int = 1280, javascript: bool = True) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 800},
                                  java_script_enabled=javascript)
    context.set_default_timeout(10_000)
    return context.new_page()


@pytest.fixture
def pages(browser: Browser) -> Iterator[list[BrowserContext]]:
    opened: list[BrowserContext] = []
    yield opened
    for context in opened:
        context.close()


def open_page(screens: Screens, url: str, width: int = 1280, javascript: bool = True) -> Page:
    """The page of the session's screen of that width, at `url` as on a first visit."""
    return screens.open(url, width=width, height=800, javascript=javascript)


@pytest.mark.parametrize("path", PAGES)
def test_skip_link_comes_first_and_lands_on_the_title(screens: Screens, site_url: str,
                                                      path: str) -> None:
    page = open_page(screens, site_url + path)
    skip = page.locator("a.kb-skip")
    # The first Tab stop, before the links of the known-issues banner above the header.
    assert page.locator(".kb-issue-banner").count() == 1  # the sample has a major issue
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_have_css("opacity", "1")
    assert page.locator("a[href='#kb-content']").count() == 1
    page.keyboard.press("Enter")
    expect(page.locator("#kb-content")).to_be_focused()
    # Nothing a Tab would stop at lies between the target and the page's title.
    between = page.evaluate("""() => {
      const target = document.getElementById('kb-content');
      const title = target.matches('h1') ? target : document.querySelector('.md-content h1');
      const all = [...document.querySelectorAll('a[href], input, button, [tabindex="0"]')];
      return [!!title, all.filter(e => (target.compareDocumentPosition(e) & 4)
                                       && (e.compareDocumentPosition(title) & 4)
                                       && !title.contains(e)).length];
    }""")
    assert between == [True, 0]
    if path == ARTICLE:
        expect(page.locator("h1#kb-content")).to_have_text(ARTICLE_TITLE)


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", ["index.html", ARTICLE, "contact.html"])
def test_every_tab_stop_is_visible_with_a_focus_ring(screens: Screens, site_url: str, path: str,
                                                     width: int) -> None:
    page = open_page(screens, site_url + path, width)
    stops = 0
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            break
        stops += 1
        assert focused["outline"] != "none" and focused["width"] >= 2, focused
        assert focused["area"] > 0 and focused["inside"], focused
    assert stops >= 10


@pytest.mark.parametrize("path", ["index.html", "404.html"])
def test_search_box_keeps_focus_and_text_then_enter_searches(
        screens: Screens, site_url: str, path: str) -> None:
    page = open_page(screens, site_url + path)
    box = page.locator("#kb-hero-q")
    box.focus()
    box.press_sequentially("wifi keeps dropping")
    expect(box).to_be_focused()
    expect(box).to_have_value("wifi keeps dropping")
    expect(box).to_have_css("outline-style", "solid")
    box.press("Enter")
    expect(page.locator(SEARCH_INPUT)).to_have_value("wifi keeps dropping")
    expect(page.locator(SEARCH_INPUT)).to_be_focused()
    expect(page.locator(".md-search-result__item").first).to_be_visible()


def test_phone_and_header_search_work_from_the_keyboard_on_a_phone(
        screens: Screens, site_url: str) -> None:
    page = open_page(screens, site_url + ARTICLE, 360)
    call = page.locator("a.kb-call")
    for _ in range(10):
        page.keyboard.press("Tab")
        if call.evaluate("e => e === document.activeElement"):
            break
    expect(call).to_be_focused()
    assert call.get_attribute("href") == "tel:+442079460958"
    page.keyboard.press("Tab")
    search_button = page.locator("label.md-header__button[for=__search]")
    expect(search_button).to_be_focused()
    expect(search_button).to_have_attribute("role", "button")
    page.keyboard.press("Enter")
    expect(page.locator("#__search")).to_be_checked()
    expect(page.locator(SEARCH_INPUT)).to_be_focused()
    page.keyboard.type("refund")
    first = page.locator(".md-search-result__item a").first
    expect(first).to_be_visible()
    page.keyboard.press("Tab")  # Material's result list is next; Enter opens a result
    for _ in range(5):
        if page.evaluate("document.activeElement.closest('.md-search-result__item') !== null"):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles/**")


def test_menu_opens_with_the_keyboard_on_a_phone(screens: Screens, site_url: str) -> None:
    page = open_page(screens, site_url + "contact.html", 360)
    menu = page.locator("label.md-header__button[for=__drawer]")
    menu.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#__drawer")).to_be_checked()
    link = page.locator(".md-sidebar--primary a.md-nav__link").first
    expect(link).to_be_visible()


def test_result_counts_and_no_results_are_announced(screens: Screens, site_url: str) -> None:
    page = open_page(screens, site_url + "index.html")
    status = page.locator("#kb-search-status")
    expect(status).to_have_attribute("aria-live", "polite")
    page.keyboard.press("/")
    page.locator(SEARCH_INPUT).fill("thermostat")
    page.locator(SEARCH_INPUT).press("End")
    expect(status).to_contain_text("matching")
    page.locator(SEARCH_INPUT).fill("zzqxv blorpt")
    page.locator(SEARCH_INPUT).press("End")
    expect(status).to_contain_text("No article matches these words yet")
    expect(page.locator(".kb-no-results")).to_be_visible()


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("width", [320, 360])
def test_200_percent_text_reflows_and_the_phone_number_stays_whole(
        screens: Screens, site_url: str, path: str,
        width: int) -> None:
    page = open_page(screens, site_url + path, width)
    # Text twice its size: Material's root font size (125%) doubled.
    page.evaluate("document.documentElement.style.setProperty('font-size', '250%', 'important')")
    layout = page.evaluate("""async () => {
      await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
      const call = document.querySelector('.kb-call');
      const number = call.querySelector('.kb-call__number');
      const r = call.getBoundingClientRect();
      return {scroll: document.scrollingElement.scrollWidth, width: innerWidth,
              call: [r.left, r.right, r.width, r.height],
              clipped: number.scrollWidth > number.clientWidth,
              shown: getComputedStyle(number).display !== 'none'};
    }""")
    assert layout["scroll"] <= layout["width"], layout
    left, right, tap_width, tap_height = layout["call"]
    assert 0 <= left and right <= layout["width"], layout
    assert tap_width >= 44 and tap_height >= 44, layout  # WCAG 2.5.5 target size
    assert layout["shown"] and not layout["clipped"], layout


@pytest.mark.parametrize("path", ["index.html", "404.html"])
def test_without_javascript_the_search_box_is_hidden_and_topics_offered(
        screens: Screens, site_url: str, path: str) -> None:
    page = open_page(screens, site_url + path, javascript=False)
    expect(page.locator("form.kb-hero-search")).to_be_hidden()
    expect(page.locator("label.md-header__button[for=__search]")).to_be_hidden()
    note = page.locator(".kb-search-off")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Searching needs JavaScript")
    topic = note.locator("a", has_text="Billing and subscription")
    topic.click()
    page.wait_for_url("**/articles/billing/index.html")
    expect(page.locator("h1")).to_have_count(1)


@pytest.fixture(scope="module")
def sub_path_site(built_sites: BuiltSites) -> Iterator[str]:
    """The sample built for https://help.example.org/kb/, served at /kb/."""
    site = built_sites.get(SAMPLE_CONFIG, site_url="https://help.example.org/kb/")
    with serve(site, "/kb/") as url:
        yield url


def missing_pages_show_404(page: Page, root: str) -> None:
    """Answer a missing URL under `root` with 404.html, as static hosts do."""
    def answer(route: Route) -> None:
        response = route.fetch()
        if response.status != 404:
            route.fulfill(response=response)
            return
        body = route.fetch(url=root + "404.html").body()
        route.fulfill(status=404, body=body, content_type="text/html")
    page.route(root + "**", answer)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("where", ["root", "sub-path"])
def test_404_page_links_lead_into_the_site(browser: Browser, site_url: str, sub_path_site: str,
                                           pages: list[BrowserContext], javascript: bool,
                                           where: str) -> None:
    root = site_url if where == "root" else sub_path_site
    page = new_page(browser, javascript=javascript)
    pages.append(page.context)
    missing_pages_show_404(page, root)
    response = page.goto(root + "some/deep/old/page.html")
    assert response is not None and response.status == 404
    # Every link: the page's, and those kb.js shows when a search finds nothing.
    links = page.evaluate("""() => [...document.querySelectorAll('a[href]'),
        ...[...document.querySelectorAll('template')]
           .flatMap(t => [...t.content.querySelectorAll('a[href]')])]
      .filter(a => !a.getAttribute('href').startsWith('#'))  // the skip link, on this page
      .filter(a => !a.matches('[data-md-component=search-share]'))  // this page ?q=
      .map(a => new URL(a.getAttribute('href'), location.href).href)
      .filter(h => h.startsWith(location.origin))""")
    assert len(links) >= 15  # home page, topics, team, contact, tags
    for href in links:
        assert href.startswith(root), href  # never //index.html (the host "index.html")
        assert page.context.request.get(href.split("#")[0]).status == 200, href
    page.unroute_all(behavior="ignoreErrors")  # the page's own requests are done
    page.locator(".md-content a", has_text="Go to the help centre home page").click()
    page.wait_for_url(root + "index.html")

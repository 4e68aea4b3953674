"""A right-to-left site (`languages: [ar]`) in Chromium at phone width: phone numbers read
left to right (`+44 20 7946 0000`, not `0000 7946 20 44+`) in the header, on the contact page
and in an article's "Still need help?"; kbgen's own text in Arabic, drawn right to left; a
long site name shown whole in the header."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright import sync_api
from playwright.sync_api import Page, expect

from tests.browser.conftest import fresh_page
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli
from tests.localsite import serve
from tests.site.test_known_issues import CONTACT_YML

pytestmark = pytest.mark.browser

PLUS_LEFT_OF_LAST_DIGIT = """selector => [...document.querySelectorAll(selector)]
    .filter(link => link.getClientRects().length).map(link => {
  const text = [...link.childNodes].map(n => n.nodeType === 3 ? n : n.firstChild)
    .find(n => n && n.nodeType === 3 && n.data.trim().startsWith('+'));
  const at = text.data.indexOf('+'), last = text.data.trimEnd().length - 1;
  const rect = i => { const r = document.createRange(); r.setStart(text, i);
    r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
  return rect(at).left < rect(last).left;
})"""
"""For each element shown: its `+` is drawn left of its last digit."""


NAME = "مركز المساعدة لشركة الاتصالات الوطنية"
"""A site name three times as wide as the header leaves it at 390 px beside the number."""


@pytest.fixture(scope="module")
def arabic_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("ar")
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG.replace("site_name: Test Help Centre", f"site_name: {NAME}")
        + "extra:\n  kb:\n    languages: [ar]\n",
        "content/index.md": "# مركز المساعدة\n\n<!-- kb:search -->\n",
        "content/_data/categories.yml": MINI_CATEGORIES,
        "content/_data/contact.yml": CONTACT_YML,
        "content/articles/billing/dafa.md": article(
            "دفع مزدوج", body="## الحل\n\nإذا تم الدفع مرتين سنعيد المبلغ.\n")})
    built = run_cli("build", cwd=root)
    assert built.returncode == 0, built.stderr
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def phone_page(browser: sync_api.Browser) -> Iterator[Page]:
    yield from fresh_page(browser, width=390)


@pytest.mark.parametrize(("path", "selector"), [
    ("contact.html", "main a[href^='tel:']"),
    ("articles/billing/dafa.html", "main a[href^='tel:']"),
    ("index.html", ".kb-call__number")])
def test_phone_numbers_read_left_to_right(phone_page: Page, arabic_url: str, path: str,
                                          selector: str) -> None:
    phone_page.goto(arabic_url + path)
    assert phone_page.get_attribute("body", "dir") == "rtl"
    drawn = phone_page.evaluate(PLUS_LEFT_OF_LAST_DIGIT, selector)
    assert drawn and all(drawn), drawn


FIRST_AND_LAST = """element => {
  const text = [...element.childNodes].find(n => n.nodeType === 3 && n.data.trim());
  const data = text.data, first = data.search(/\\S/), last = data.trimEnd().length - 1;
  const rect = i => { const r = document.createRange(); r.setStart(text, i);
    r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
  return [data.trim(), rect(first).left, rect(last).left];
}"""
"""An element's text, and where its first and last characters are drawn (left edges)."""


def test_kbgen_speaks_arabic_drawn_right_to_left(phone_page: Page, arabic_url: str) -> None:
    phone_page.goto(arabic_url + "articles/billing/dafa.html")
    assert phone_page.get_attribute("html", "lang") == "ar"
    assert phone_page.get_attribute("body", "dir") == "rtl"
    heading = phone_page.locator("#kb-still-title")
    text, first, last = heading.evaluate(FIRST_AND_LAST)
    assert text == "هل ما زلت بحاجة إلى مساعدة؟"
    assert last < first  # the question mark ends the line on its left, not "?Still…"
    assert "Still need help" not in phone_page.locator("main").inner_text()


def test_a_long_site_name_is_shown_whole_at_phone_width(phone_page: Page,
                                                        arabic_url: str) -> None:
    phone_page.goto(arabic_url + "articles/billing/dafa.html")
    name = phone_page.locator(".md-header__topic:first-child .md-ellipsis")
    expect(name).to_have_text(NAME)
    drawn = name.evaluate("""element => {
      const box = element.getBoundingClientRect(), header = document.querySelector('header')
        .getBoundingClientRect(), call = document.querySelector('.kb-call')
        .getBoundingClientRect();
      return {cut: element.scrollWidth > element.clientWidth ||
                   element.scrollHeight > element.clientHeight,
              inside: box.top >= header.top && box.bottom <= header.bottom &&
                      box.left >= 0 && box.right <= innerWidth,
              apart: box.right <= call.left || box.left >= call.right,
              shown: getComputedStyle(element.parentElement).opacity === '1'};
    }""")
    assert drawn == {"cut": False, "inside": True, "apart": True, "shown": True}

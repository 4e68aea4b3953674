"""What a screen reader hears of an article's headings on the sample site: each heading once
("Symptoms", not "Symptoms Permanent link – Symptoms": toc's `¶` link is inside the heading
and named for links lists), its link still named, reached by keyboard and pointer, and axe
finding nothing on them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright import sync_api
from playwright.sync_api import expect

from tests.axe import WCAG_TAGS, Violation, violations
from tests.browser.conftest import fresh_page

pytestmark = pytest.mark.browser

ARTICLE = "articles/billing/charged-twice-after-a-payment-retry.html"
HEADINGS = ["Symptoms", "Cause", "Resolution", "Workaround"]
LINK_TITLE = "Permanent link"


@dataclass
class Read:
    """The article as the accessibility tree has it, with axe's findings."""

    tree: str
    found: list[Violation]


@pytest.fixture(scope="module")
def article_page(browser: sync_api.Browser, site_url: str) -> Iterator[sync_api.Page]:
    for page in fresh_page(browser):
        page.goto(site_url + ARTICLE)
        page.wait_for_load_state("load")
        yield page


@pytest.fixture(scope="module")
def read(article_page: sync_api.Page) -> Read:
    return Read(article_page.locator(".md-content").aria_snapshot(),
                violations(article_page, [*WCAG_TAGS, "best-practice"]))


def test_no_heading_is_read_with_its_link(read: Read) -> None:
    headings = [line for line in read.tree.splitlines() if "- heading " in line]
    assert headings and not [line for line in headings if LINK_TITLE in line], read.tree


@pytest.mark.parametrize("name", HEADINGS)
def test_the_heading_reads_its_text_once_and_holds_its_named_link(
        article_page: sync_api.Page, name: str) -> None:
    heading = article_page.get_by_role("heading", name=name, exact=True)
    expect(heading).to_have_count(1)
    expect(heading.get_by_role("link")).to_have_accessible_name(f"{LINK_TITLE} – {name}")


def test_the_link_is_reached_by_keyboard_and_pointer(article_page: sync_api.Page) -> None:
    heading = article_page.get_by_role("heading", name="Resolution", exact=True)
    link = heading.get_by_role("link")
    heading.hover()
    expect(link).to_have_css("opacity", "1")
    link.click()
    expect(article_page).to_have_url(re.compile(r"#resolution$"))
    article_page.get_by_role("heading", name="Cause", exact=True).get_by_role("link").focus()
    article_page.keyboard.press("Shift+Tab")
    article_page.keyboard.press("Tab")  # back to it by keyboard
    focused = article_page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#cause"
    article_page.keyboard.press("Enter")
    expect(article_page).to_have_url(re.compile(r"#cause$"))


def test_axe_finds_nothing_on_headings_and_nothing_serious(read: Read) -> None:
    on_headings = [v for v in read.found
                   if any(re.search(r"\bh[1-6]\b|headerlink", t) for t in v.targets)]
    serious = [v for v in read.found if v.impact in {"serious", "critical"}]
    assert not on_headings and not serious, "\n".join(map(str, read.found))

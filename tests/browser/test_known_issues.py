"""Known issues in Chromium: the error-code search puts the open issue first (as the Python
search does), and the banner is seen and usable on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_search import first_result, search_header
from tests.helpers import site_search

pytestmark = pytest.mark.browser

ISSUE = "articles/heating-schedules/schedule-changes-not-reaching-thermostat-sync-504.html"


@pytest.mark.parametrize("query", ["SYNC_504", "sync_504"])
def test_error_code_search_puts_the_open_issue_first(page: Page, site_url: str,
                                                     sample_site: Path, query: str) -> None:
    page.goto(site_url)
    search_header(page, query)
    assert first_result(page) == ISSUE
    assert site_search(sample_site, query)[0] == ISSUE  # the same in Python


def test_major_issue_banner_on_a_phone_leads_to_the_issue(browser: Browser,
                                                          site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 700}, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site_url + "tags.html")
        region = page.get_by_role("region", name="Known issues")
        expect(region).to_be_visible()
        link = region.get_by_role("link", name="Schedule changes do not reach the thermostat")
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
        link.click()
        expect(page).to_have_url(site_url + ISSUE)
        expect(page.get_by_role("region", name="Known issue: Schedule changes do not reach"
                                " the thermostat (SYNC_504)")).to_be_visible()
    finally:
        context.close()

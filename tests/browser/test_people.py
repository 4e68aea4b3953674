"""In the browser: the phone at a phone's width, the open-now indicator, byline to profile."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import Browser, Page, expect

from kbgen.core.hours import WEEKDAYS, parse_day, state_at
from tests.core.test_hours import OPEN_NOW_CASES
from tests.screens import Screens

pytestmark = pytest.mark.browser

ARTICLE = "articles/billing/charged-twice-after-a-payment-retry.html"


def test_phone_number_visible_without_scrolling_on_a_phone(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    try:
        page = context.new_page()
        page.goto(site_url + ARTICLE)
        call = page.locator("header a.kb-call")
        expect(call).to_be_visible()
        expect(call).to_have_attribute("href", "tel:+442079460958")
        expect(call.locator(".kb-call__number")).to_have_text("+44 20 7946 0958")
        box = call.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 640
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_open_now_indicator_is_shown_on_the_contact_page(screens: Screens, site_url: str) -> None:
    page = screens.open(site_url + "contact.html")
    states = page.locator(".kb-open-state")
    expect(states).to_have_count(2)
    for index in range(2):
        expect(states.nth(index)).to_have_text(
            __import__("re").compile(r"^(Open now, closes at \d\d:\d\d|Closed, opens( \w+)? at"
                                     r" \d\d:\d\d|Closed)$"))


@pytest.mark.parametrize("hours, zone, moment, is_open, day, time", OPEN_NOW_CASES)
def test_browser_and_python_agree_on_open_now(screens: Screens, site_url: str, hours: dict,
                                              zone: str, moment: str, is_open: bool,
                                              day: str | None, time: str | None) -> None:
    page = screens.open(site_url + "contact.html")
    week = {d: [[s.start, s.end] for s in parse_day(hours.get(d, "closed"))] for d in WEEKDAYS}
    when = dt.datetime.fromisoformat(moment).replace(tzinfo=dt.timezone.utc)
    result = page.evaluate(
        "([week, zone, iso]) => window.kbHours.openState(week, zone, new Date(iso))",
        [week, zone, when.isoformat()])
    assert result == {"open": is_open, "day": day, "time": time}
    expected = state_at({d: parse_day(hours.get(d, "closed")) for d in WEEKDAYS}, zone, when)
    today = WEEKDAYS[when.astimezone(__import__("zoneinfo").ZoneInfo(zone)).weekday()]
    text = page.evaluate("([s, t]) => window.kbHours.describe(s, t)", [result, today])
    assert text == expected.describe(today)


def test_byline_opens_the_authors_profile(page: Page, site_url: str) -> None:
    page.goto(site_url + ARTICLE)
    byline = page.locator(".kb-byline")
    expect(byline).to_contain_text("Written by Sam Lee, Billing specialist")
    byline.locator("a.kb-byline__author").click()
    expect(page).to_have_url(site_url + "team/sam-lee.html")
    expect(page.locator("h1")).to_have_text("Sam Lee")
    expect(page.locator(".kb-profile__articles")).to_contain_text(
        "Charged twice for Hearthly Plus after a payment retry")

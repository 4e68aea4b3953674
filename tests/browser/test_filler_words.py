"""The German site of tests/site/test_filler_words.py in Chromium: the worker drops the filler
words (`für`, `mit`, `auf`) as Python does, so they are neither matched, nor marked in the
results, nor passed on to the article's highlight (`?h=`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright import sync_api
from playwright.sync_api import expect

from tests.localsite import serve
from tests.site.test_filler_words import (
    german_site,  # noqa: F401 (the fixture)
    load_compact,
    ranking,
    shipped_index,
)

pytestmark = pytest.mark.browser


def test_the_worker_neither_matches_nor_marks_filler_words(
        browser: sync_api.Browser, german_site: Path) -> None:  # noqa: F811
    total = ranking(load_compact(shipped_index(german_site)), "Rechnung für mit auf").total
    assert total == 1
    with serve(german_site) as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url + "index.html")
            field = page.locator("input[data-md-component=search-query]")
            field.click()
            expect(page.locator(".md-search-result__meta")).to_have_text("Suchbegriff eingeben")
            field.fill("Rechnung für mit auf")
            field.dispatch_event("keyup")
            expect(page.locator(".md-search-result__meta")).to_have_text("1 Suchergebnis")
            marks = page.locator(".md-search-result mark").all_inner_texts()
            assert marks and {mark.lower() for mark in marks} <= {"rechnung"}, marks
            link = page.locator(".md-search-result__item > .md-search-result__link").first
            expect(link).to_have_attribute(
                "href", re.compile(r"rechnung-doppelt\.html\?h=rechnung$"))
        finally:
            context.close()

"""Japanese and Chinese search in Chromium: the worker cuts queries and pages into the same
bigrams as Python, so both rank the same top 5 (tests/site/test_world_languages.py builds it)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api
from playwright.sync_api import Page, expect

from tests.browser.conftest import fresh_page
from tests.browser.test_search_behaviour import rank_differences
from tests.helpers import run_cli
from tests.localsite import serve
from tests.site.test_world_languages import (  # noqa: F401 (fixtures)
    CHINESE_QUERIES,
    CJK_EXCERPTS,
    JAPANESE_QUERIES,
    excerpt_html,
    world_site,
)

pytestmark = pytest.mark.browser
JAPANESE_UI = ("検索キーワードを入力してください", re.compile(r"見つか"))
CHINESE_UI = ("键入以开始搜索", re.compile(r"符合条件的结果"))
"""Material's search texts in each language: before a query, and once it has answered."""


@pytest.fixture(scope="module")
def world_url(world_site: Path) -> Iterator[str]:  # noqa: F811
    with serve(world_site) as url:
        yield url


@pytest.fixture
def world_page(browser: sync_api.Browser) -> Iterator[Page]:
    yield from fresh_page(browser)


@pytest.mark.parametrize(("code", "queries", "ui"), [
    ("ja", JAPANESE_QUERIES, JAPANESE_UI), ("zh", CHINESE_QUERIES, CHINESE_UI)])
def test_cjk_queries_rank_the_same_in_the_browser_and_in_python(
        world_page: Page, world_url: str, world_site: Path, code: str,  # noqa: F811
        queries: list[str], ui: tuple[str, re.Pattern[str]]) -> None:
    assert rank_differences(world_page, f"{world_url}{code}/", world_site / code, queries,
                            ui) == []
    expect(world_page.locator(".md-search-result__item").first).to_be_visible()


def test_russian_search_stems_in_the_browser(world_page: Page, world_url: str,
                                             world_site: Path) -> None:  # noqa: F811
    ui = ("Начните печатать для поиска", re.compile(r"Найдено|Совпадений"))
    assert rank_differences(world_page, f"{world_url}ru/", world_site / "ru",
                            ["пароли", "учётной записи", "Wi-Fi", "оплата"], ui) == []


def test_cjk_excerpts_mark_the_matched_characters_as_kbgen_search_does(
        world_page: Page, world_url: str, world_site: Path) -> None:  # noqa: F811
    """The worker's excerpt of the first result: the same passage as `kbgen search`, escaped
    (`<返金>` stays text), each run of matched characters in one `<mark>`."""
    wrong, seen = {}, {}
    for code, query, marked in CJK_EXCERPTS:
        said = run_cli("search", "--json", "-l", code, query, cwd=world_site.parent)
        pieces = json.loads(said.stdout)[0]["excerpt"].split("**")
        expected = excerpt_html([(text, k % 2 == 1) for k, text in enumerate(pieces)])
        world_page.goto(f"{world_url}{code}/index.html")
        field = world_page.locator("input[data-md-component=search-query]")
        field.click()
        field.fill(query)
        field.dispatch_event("keyup")
        excerpt = world_page.locator(".md-search-result__item .kb-excerpt").first
        expect(excerpt.locator("mark").first).to_be_visible()
        shown = (excerpt.locator("mark").all_inner_texts(), excerpt.inner_html())
        if shown != (marked, expected) or excerpt.locator("*:not(mark)").count():
            wrong[query] = (shown, expected)
        seen[query] = shown[1]
    assert wrong == {}
    assert "&lt;<mark>返金</mark>&gt;" in seen["返金"]  # `<返金>` in the body, shown as text


def test_english_left_on_a_right_to_left_page_reads_in_order(world_page: Page,
                                                             world_url: str) -> None:
    """Hebrew has no catalogue: kbgen's English text on its `dir="rtl"` page is drawn as
    English ("Was this helpful?", question mark on the right), not "?Was this helpful"."""
    world_page.goto(f"{world_url}he/articles/billing/sisma.html")
    assert world_page.get_attribute("body", "dir") == "rtl"
    drawn = world_page.locator("#kb-feedback-title").evaluate("""element => {
      const text = element.firstChild, data = text.data;
      const rect = i => { const r = document.createRange(); r.setStart(text, i);
        r.setEnd(text, i + 1); return r.getBoundingClientRect().left; };
      return [data.replace(/[\\u2066-\\u2069]/g, ''), rect(data.indexOf('W')),
              rect(data.indexOf('?'))];
    }""")
    assert drawn[0] == "Was this helpful?" and drawn[1] < drawn[2], drawn


def test_arabic_stop_words_are_dropped_in_the_browser_as_in_python(
        world_page: Page, world_url: str, world_site: Path) -> None:  # noqa: F811
    """`على` ("on") is in lunr-languages' Arabic list: alone it finds nothing in either."""
    ui = ("اكتب لبدء البحث", re.compile(r"نتائج"))
    queries = ["على", "على إعادة", "واضغط على"]
    assert rank_differences(world_page, f"{world_url}ar/", world_site / "ar", queries,
                            ui) == []
    field = world_page.locator("input[data-md-component=search-query]")
    field.fill("على إعادة")
    field.dispatch_event("keyup")
    expect(world_page.locator(".md-search-result__meta")).to_have_text("نتائج البحث مستند واحد")
    result = world_page.locator(".md-search-result__item").first
    expect(result.locator("mark").first).to_have_text("إعادة")
    expect(result).not_to_contain_text("مفقود")  # Material's "missing: على" when not dropped

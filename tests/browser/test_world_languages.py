"""Japanese and Chinese search in Chromium: the worker cuts queries and pages into the same
bigrams as Python, so both rank the same top 5 (tests/site/test_world_languages.py builds it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api
from playwright.sync_api import Page, expect

from tests.browser.conftest import fresh_page
from tests.browser.test_search_behaviour import rank_differences
from tests.localsite import serve
from tests.site.test_world_languages import (  # noqa: F401 (fixtures)
    CHINESE_QUERIES,
    JAPANESE_QUERIES,
    world_build,
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

"""Words of any script are found in the browser exactly as `kbgen search` finds them: the
worker's trimmer reads the letters, marks and digits of every script, as search_words.trim
does (lunr's own kept ASCII letters only, so a Russian, Greek, Arabic, Hindi or Japanese word
was never found in the browser)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api

from kbgen.commands.build import build
from tests.browser.conftest import fresh_page
from tests.browser.test_search_behaviour import rank_differences
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import site_search
from tests.localsite import serve

ARTICLES = {
    "wifi/oshibka-vkhoda.md": ("Ошибка входа в приложение", "Нажмите «Войти» ещё раз."),
    "wifi/login-ja.md": ("ログインできない", "アプリを再起動してください。"),
    "billing/payment-hi.md": ("भुगतान विफल हिन्दी", "कार्ड की जाँच करें।"),
    "billing/payment-el.md": ("Η πληρωμή απέτυχε", "Ελέγξτε την κάρτα σας."),
    "billing/payment-ar.md": ("فشل الدفع", "تحقق من البطاقة."),
    "billing/cafe.md": ("Can't pay at the café", "Überweisung (bank transfer) instead."),
}
QUERIES = ["входа", "ПРИЛОЖЕНИЕ", "войти", "ログイン", "हिन्दी", "भुगतान", "πληρωμή",
           "κάρτα", "الدفع", "café", "überweisung", "«Войти»"]


@pytest.fixture(scope="module")
def scripts_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scripts")
    files: dict[str, str | bytes] = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                                     "content/_data/categories.yml": MINI_CATEGORIES}
    for path, (title, body) in ARTICLES.items():
        files[f"content/articles/{path}"] = article(title, body=f"## Steps\n\n{body}\n")
    write_files(root, files)
    return build(root / "mkdocs.yml", root / "site", strict=False)


@pytest.fixture(scope="module")
def scripts_url(scripts_site: Path) -> Iterator[str]:
    with serve(scripts_site) as url:
        yield url


@pytest.fixture
def scripts_page(browser: sync_api.Browser) -> Iterator[sync_api.Page]:
    yield from fresh_page(browser)


def test_every_script_is_found_and_ranked_as_in_python(scripts_page: sync_api.Page,
                                                       scripts_site: Path,
                                                       scripts_url: str) -> None:
    assert rank_differences(scripts_page, scripts_url, scripts_site, QUERIES) == []
    found = {query: site_search(scripts_site, query, 1) for query in QUERIES}
    assert all(found.values()), [query for query, top in found.items() if not top]

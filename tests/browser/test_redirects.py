"""Old addresses land on the article (and a section's on its category) in a real browser, at
the site's root and under a sub-path, with the site's Content-Security-Policy served (the
redirect needs no script)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from kbgen.commands.build import build
from kbgen.site.hosting import read_headers
from tests.conftest import MINI_CATEGORIES, article
from tests.localsite import serve

pytestmark = pytest.mark.browser
OLD = ["hc/en-us/articles/360001-Card-declined", "hc/en-us/articles/360001-Card-declined/",
       "old/card.html", "hc/ru/articles/2-%D0%9A%D0%B0%D1%80%D1%82%D0%B0/"]
FILES = {"content/articles/billing/card.md": article(
    extra="redirect_from:\n  - /hc/en-us/articles/360001-Card-declined\n  - /old/card.html\n"
          "  - /hc/ru/articles/2-Карта/\n"),
    "content/_data/categories.yml": MINI_CATEGORIES.replace(
        "  order: 1\n", "  order: 1\n  redirect_from: [/hc/en-us/sections/2001-Billing,"
        " /hc/ru/sections/2-Оплата, /old/billing.html]\n")}
OLD_SECTIONS = ["hc/en-us/sections/2001-Billing", "hc/en-us/sections/2001-Billing/",
                "hc/ru/sections/2-%D0%9E%D0%BF%D0%BB%D0%B0%D1%82%D0%B0", "old/billing.html"]


@pytest.mark.parametrize(("site_url", "prefix"), [("https://help.test.example/", "/"),
                                                  ("https://example.github.io/kb/", "/kb/")])
def test_old_addresses_land_on_the_article(browser: Browser,
                                          write_project: Callable[[dict[str, str]], Path],
                                          site_url: str, prefix: str) -> None:
    config = write_project(FILES)
    site = build(config, config.parent / "site", strict=True, site_url=site_url)
    with serve(site, prefix, read_headers(site)) as url:
        context = browser.new_context()
        page = context.new_page()
        blocked: list[str] = []
        page.on("console", lambda m: blocked.append(m.text)
                if "Content Security Policy" in m.text else None)
        for old in OLD:
            page.goto(url + old)
            page.wait_for_url(url + "articles/billing/card.html")
            assert page.locator("h1").first.inner_text() == "Card declined at checkout"
        for old in OLD_SECTIONS:  # a section's old page lands on its category's page
            page.goto(url + old)
            page.wait_for_url(url + "articles/billing/index.html")
            assert page.locator("h1").first.inner_text() == "Billing"
        assert blocked == []
        context.close()


def test_an_imported_help_centre_keeps_its_old_addresses_under_a_sub_path(
        browser: Browser, tmp_path: Path) -> None:
    """`kbgen init`, `kbgen import` of the Zendesk fixture, the gate's two findings reviewed,
    a build for a sub-path: an old article and an old section land on their new pages."""
    from click.testing import CliRunner

    from kbgen.cli import cli
    from tests.importers.conftest import EXPORTS
    from tests.importers.test_formats import review

    project = tmp_path / "kb"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(project), "--company", "Acme"]).exit_code == 0
    result = runner.invoke(cli, ["import", "-f", str(project / "mkdocs.yml"),
                                 str(EXPORTS / "zendesk")])
    assert result.exit_code == 0, result.output
    review(project)
    site = build(project / "mkdocs.yml", project / "site",
                 site_url="https://example.github.io/help/")
    with serve(site, "/help/", read_headers(site)) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + "hc/en-us/articles/360003-Reset-your-password")
        page.wait_for_url(url + "articles/sign-in/reset-your-password.html")
        page.goto(url + "hc/en-us/sections/2001-Wi-Fi")
        page.wait_for_url(url + "articles/wi-fi/index.html")
        assert page.locator("h1").first.inner_text() == "Wi-Fi"
        page.goto(url + "hc/en-us/categories/1002-Account")  # a category of one section
        page.wait_for_url(url + "articles/sign-in/index.html")
        context.close()

"""Old addresses (`redirect_from`) that are patterns to a host, or the site's own files.

A `_redirects` file reads `*` as every address below and `:name` as any folder, so `/*` would
send every missing address to one article; a hidden file (`.htaccess`, `.well-known`) is the
host's. An old address that is a file the build writes (sitemap.xml, _headers, _redirects,
robots.txt, the search index) must never turn into a folder or replace it. Each case is a
real `kbgen check` or a real build.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.commands.build import build
from tests.conftest import article

ARTICLE = "content/articles/billing/case.md"
OK = {"content/articles/wifi/ok.md": article("Fine article")}

# (case, old address, what the error says)
REFUSED = [
    ("splat", "/*", "has a '*'"),
    ("splat below a folder", "/hc/en-us/*", "has a '*'"),
    ("splat in a name", "/old/page*", "has a '*'"),
    ("encoded splat", "/old/%2A", "has a '*'"),
    ("placeholder", "/old/:slug", "folder starting with ':'"),
    ("placeholder first", "/:lang/old", "folder starting with ':'"),
    ("hidden file", "/.htaccess", "hidden file or folder"),
    ("hidden folder", "/.well-known/security.txt", "hidden file or folder"),
    ("encoded hidden folder", "/%2Egit/config", "hidden file or folder"),
]


@pytest.mark.parametrize("case, old, says", REFUSED, ids=[c[0] for c in REFUSED])
def test_patterns_and_hidden_files_are_refused(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, case: str,
        old: str, says: str) -> None:
    config = write_project({ARTICLE: article(extra=f"redirect_from: ['{old}']\n"), **OK})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(f"{ARTICLE}:6: error: 'redirect_from[0]': '{old}' ")
    assert says in errors[0]
    assert result.exit_code == 1


def test_a_colon_inside_a_name_is_a_path(build_project: Callable[..., Path]) -> None:
    site = build_project({ARTICLE: article(extra="redirect_from: ['/wiki/Help:Card']\n"),
                          **OK})
    assert "/wiki/Help:Card /articles/billing/case.html 301" in (site / "_redirects").read_text()


# (case, old address, file of the site that must stay as it was built)
SITE_FILES = [
    ("sitemap", "/sitemap.xml", "sitemap.xml"),
    ("below the sitemap", "/sitemap.xml/old", "sitemap.xml"),
    ("search index", "/search/search_index.json", "search/search_index.json"),
    ("headers file", "/_headers", "_headers"),
    ("redirects file", "/_redirects", "_redirects"),
    ("robots.txt", "/robots.txt", "robots.txt"),
]


@pytest.mark.parametrize("case, old, file", SITE_FILES, ids=[c[0] for c in SITE_FILES])
def test_an_old_address_never_replaces_a_file_of_the_site(
        write_project: Callable[..., Path], caplog: pytest.LogCaptureFixture, case: str,
        old: str, file: str) -> None:
    extra = f"redirect_from: ['{old}', /hc/en-us/articles/1-Card]\n"
    config = write_project({ARTICLE: article(extra=extra), **OK})
    site = build(config, config.parent / "site", strict=False)
    assert (site / file).is_file()
    assert "http-equiv=\"refresh\"" not in (site / file).read_text(encoding="utf-8")
    rules = (site / "_redirects").read_text(encoding="utf-8").splitlines()
    assert rules[0] == "/hc/en-us/articles/1-Card /articles/billing/case.html 301"
    assert not any(rule.startswith(old + " ") for rule in rules)
    assert any(re.search(rf"old address '{re.escape(old)}' of 'Card declined at checkout' is"
                         r" (inside )?a file of the new site", record.getMessage())
               for record in caplog.records)


# Old addresses of categories (`redirect_from` in categories.yml), checked like articles'.
# (case, the category's old addresses, the article's, what `kbgen check` says)
CATEGORY_CASES = [
    ("pattern", "[/hc/en-us/sections/*]", "[]", "'/hc/en-us/sections/*' has a '*'"),
    ("URL", "['https://old.example/hc/sections/1']", "[]", "is a URL"),
    ("also an article's", "[/old/billing]", "[/old/billing/]",
     "old address '/old/billing' is also in content/articles/billing/case.md"),
    ("a page of the site", "[/articles/wifi/]", "[]",
     "old address '/articles/wifi/' is a page of this site"),
]


@pytest.mark.parametrize("case, category_old, article_old, says", CATEGORY_CASES,
                         ids=[c[0] for c in CATEGORY_CASES])
def test_old_addresses_of_categories_are_checked(
        write_project: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, case: str,
        category_old: str, article_old: str, says: str) -> None:
    categories = ("billing:\n  title: Billing\n  description: Payments.\n"
                  f"  redirect_from: {category_old}\n"
                  "wifi:\n  title: Wi-Fi\n  description: Connection problems.\n")
    config = write_project({"content/_data/categories.yml": categories, **OK,
                            ARTICLE: article(extra=f"redirect_from: {article_old}\n")})
    monkeypatch.chdir(config.parent)
    result = CliRunner().invoke(cli, ["check"])
    errors = [line for line in result.output.splitlines() if ": error: " in line and says in line]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(("content/_data/categories.yml:", ARTICLE)), errors
    assert result.exit_code == 1


def test_a_category_without_a_published_article_has_no_page_and_no_redirect(
        build_project: Callable[..., Path]) -> None:
    """Its old section addresses are not redirected either: their page would name it (an
    agents-only section's name may be private), and there is no page to land on."""
    categories = ("billing:\n  title: Billing\n  description: Payments.\n"
                  "  redirect_from: [/hc/en-us/sections/1-Billing]\n"
                  "wifi:\n  title: Wi-Fi\n  description: Connection problems.\n"
                  "  redirect_from: [/hc/en-us/sections/2-Wi-Fi]\n")
    site = build_project({"content/_data/categories.yml": categories, ARTICLE: article(),
                          "content/articles/wifi/drops.md": article("Drops", status="draft")},
                         strict=False)
    rules = (site / "_redirects").read_text().splitlines()
    assert "/hc/en-us/sections/1-Billing /articles/billing/index.html 301" in rules
    assert rules[-1] == "/hc/en-us/sections/1-* /articles/billing/index.html 301"
    assert not [rule for rule in rules if "Wi-Fi" in rule or "wifi" in rule or "/2" in rule]
    assert not (site / "hc/en-us/sections/2-Wi-Fi").exists()
    assert not (site / "articles/wifi").exists()

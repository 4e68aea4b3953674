"""Redirects from old addresses in a real build: `_redirects` rules and HTML redirect pages
(no script, nothing from the content in a URL but the site's own page, markup escaped), under
`/` and under a sub-path."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kbgen.commands.build import build
from kbgen.errors import KbError
from kbgen.site.redirects import Redirect
from tests.conftest import article
from tests.helpers import parse

FILES = {
    "content/articles/billing/card.md": article(
        "Card <declined> & \"refused\"",
        extra="redirect_from:\n  - /hc/en-us/articles/1-Card\n  - /old/card.html\n"
              "  - /hc/ru/articles/2-Карта/\n"),
    "content/articles/wifi/draft.md": article("Draft one", status="draft",
                                              extra="redirect_from: [/hc/en-us/articles/3]\n"),
}


@pytest.fixture
def site(write_project: Callable[[dict[str, str]], Path]) -> Path:
    config = write_project(FILES)
    return build(config, config.parent / "site", strict=True)


def test_redirects_file_and_pages(site: Path) -> None:
    assert (site / "_redirects").read_text().splitlines() == [
        "/hc/en-us/articles/1-Card /articles/billing/card.html 301",
        "/old/card.html /articles/billing/card.html 301",
        "/hc/ru/articles/2-%D0%9A%D0%B0%D1%80%D1%82%D0%B0/ /articles/billing/card.html 301",
        # What Zendesk answered for the same pages: without the title, without the locale,
        # and (in `_redirects` only, after every exact path) under any later title.
        "/hc/en-us/articles/1 /articles/billing/card.html 301",
        "/hc/articles/1 /articles/billing/card.html 301",
        "/hc/ru/articles/2 /articles/billing/card.html 301",
        "/hc/articles/2 /articles/billing/card.html 301",
        "/hc/en-us/articles/1-* /articles/billing/card.html 301",
        "/hc/ru/articles/2-* /articles/billing/card.html 301"]
    assert (site / "hc/articles/1/index.html").read_text().count(
        "url=../../../articles/billing/card.html") == 1
    page = (site / "hc/en-us/articles/1-Card/index.html").read_text()
    tags = parse(page).tags
    refresh = [a for t, a in tags if t == "meta" and a.get("http-equiv") == "refresh"]
    assert refresh == [{"http-equiv": "refresh",
                        "content": "0; url=../../../../articles/billing/card.html"}]
    assert ("link", {"rel": "canonical",
                     "href": "https://help.test.example/articles/billing/card.html"}) in tags
    assert [a["href"] for t, a in tags if t == "a"] == ["../../../../articles/billing/card.html"]
    assert "<script" not in page and '<html lang="en">' in page
    policy = [a["content"] for t, a in tags
              if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(policy) == 1 and "script-src 'self';" in policy[0]  # no inline script at all
    assert ("meta", {"name": "referrer", "content": "strict-origin-when-cross-origin"}) in tags
    assert "Card &lt;declined&gt; &amp; &quot;refused&quot;" in page
    assert (site / "old/card.html").read_text().count("url=../articles/billing/card.html") == 1
    assert (site / "hc/ru/articles/2-Карта/index.html").is_file()
    assert not (site / "hc/en-us/articles/3").exists()  # drafts are not redirected to


def test_under_a_sub_path(write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project(FILES)
    site = build(config, config.parent / "site", strict=True,
                 site_url="https://example.github.io/help/")
    rules = (site / "_redirects").read_text().splitlines()
    assert rules[0] == "/help/hc/en-us/articles/1-Card /help/articles/billing/card.html 301"
    page = (site / "hc/en-us/articles/1-Card/index.html").read_text()
    assert "url=../../../../articles/billing/card.html" in page  # relative: any prefix works
    assert 'href="https://example.github.io/help/articles/billing/card.html"' in page


def test_an_old_address_that_is_a_generated_page_is_refused(
        write_project: Callable[[dict[str, str]], Path],
        caplog: pytest.LogCaptureFixture) -> None:
    """A category's page is a page of the site (as an article's is): the content is refused
    with the article's file and line, and the previous site stays."""
    files = {**FILES, "content/articles/wifi/router.md": article(
        "Router", extra="redirect_from: [/articles/billing/index.html]\n")}
    config = write_project(files)
    with pytest.raises(KbError):
        build(config, config.parent / "site", strict=False)
    assert any(re.search(r"router\.md:6: error: old address '/articles/billing/index.html' is a"
                         r" page of this site; remove it from `redirect_from`", r.getMessage())
               for r in caplog.records)



@pytest.mark.parametrize(("old", "target", "file", "relative"), [
    ("/hc/en-us/articles/1-Card", "articles/billing/card.html",
     "hc/en-us/articles/1-Card/index.html", "../../../../articles/billing/card.html"),
    ("/hc/en-us/articles/1-Card", "articles/billing/card/",
     "hc/en-us/articles/1-Card/index.html", "../../../../articles/billing/card/"),
    ("/old/card.html", "articles/billing/card/", "old/card.html", "../articles/billing/card/"),
    ("/card/", "articles/billing/card.html", "card/index.html", "../articles/billing/card.html"),
    ("/ru/Карта", "articles/billing/karta/", "ru/Карта/index.html",
     "../../articles/billing/karta/"),
    ("/a%20b", "x/", "a b/index.html", "../x/"),
])
def test_where_a_redirect_page_goes_and_where_it_points(old: str, target: str, file: str,
                                                        relative: str) -> None:
    redirect = Redirect(old, target, "Title")
    assert (redirect.file, redirect.relative_target()) == (file, relative)

"""Hugo `permalinks` patterns read as Hugo fills them (kbgen.importers.hugo_permalinks): every
documented token, both configuration forms, and no `:token` ever kept as a path (BookStack's
`blog = "/blog/:slugorfilename"` left 108 posts unredirected and 59 links to them as text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kbgen.importers import markdown_site
from kbgen.importers.hugo_permalinks import HugoPage, expand, pattern_for

POST = HugoPage(("blog", "2016"), "year-of-bookstack", "1-year-of-bookstack",
                "A Year of BookStack", dt.date(2016, 7, 11))
UNSLUGGED = HugoPage(("docs", "admin", "auth"), "ldap-auth", "", "LDAP Authentication", None)


@pytest.mark.parametrize("pattern, page, expected", [
    ("/blog/:slugorfilename", POST, "/blog/1-year-of-bookstack"),
    ("/blog/:slugorcontentbasename/", UNSLUGGED, "/blog/ldap-auth/"),
    ("/:year/:month/:day/:slug/", POST, "/2016/07/11/1-year-of-bookstack/"),
    ("/:monthname/:weekdayname/:yearday/", POST, "/july/monday/193/"),
    ("/:sections/:contentbasename/", UNSLUGGED, "/docs/admin/auth/ldap-auth/"),
    ("/:sections[1:]/:filename/", UNSLUGGED, "/admin/auth/ldap-auth/"),
    ("/:sections[:1]/:slug/", UNSLUGGED, "/docs/ldap-authentication/"),  # no slug: the title
    ("/:section/:title/", POST, "/blog/a-year-of-bookstack/"),
    ("/:slug/", HugoPage((), "x", "", "Aus der Binärdatei: Teil 2", None),
     "/aus-der-binärdatei-teil-2/"),  # Hugo's urlize keeps letters of any script
    ("/:year/:slug/", UNSLUGGED, None),  # no date: no address, not "//ldap-authentication/"
    ("/:unknowntoken/", POST, None),
])
def test_expand(pattern: str, page: HugoPage, expected: str | None) -> None:
    assert expand(pattern, page) == expected


@pytest.mark.parametrize("permalinks, expected", [
    ({"blog": "/blog/:slug/"}, "/blog/:slug/"),
    ({"page": {"blog": "/posts/:slug/"}, "section": {"blog": "/posts/"}}, "/posts/:slug/"),
    ({"docs": "/docs/:slug/"}, None),
    ({"blog": "blog/:slug/"}, None),  # not a path
    ("blog", None),
])
def test_pattern_for(permalinks: object, expected: str | None) -> None:
    assert pattern_for(permalinks, "blog") == expected


def test_an_imported_hugo_post_keeps_its_address(tmp_path: Path) -> None:
    """The page's old address is the pattern's, and a pattern Hugo could not fill falls back to
    the folder's address instead of being kept with its `:token`."""
    (tmp_path / "hugo.toml").write_text(
        'title = "Docs"\n[permalinks]\n  blog = "/blog/:slugorfilename"\n'
        '  news = "/news/:year/:slug/"\n', encoding="utf-8")
    posts = tmp_path / "content" / "blog" / "2016"
    posts.mkdir(parents=True)
    (posts / "1-year.md").write_text('+++\ntitle = "A Year"\nslug = "1-year"\n+++\nText.\n',
                                   encoding="utf-8")
    news = tmp_path / "content" / "news"
    news.mkdir()
    (news / "undated.md").write_text("---\ntitle: Undated\n---\nText.\n", encoding="utf-8")
    (posts / "2-other.md").write_text('+++\ntitle = "Other"\n+++\nText.\n', encoding="utf-8")
    export = markdown_site.read(tmp_path)
    assert {a.title: a.old_urls for a in export.articles} == {
        "A Year": ["/blog/1-year"], "Other": ["/blog/2-other"], "Undated": ["/news/undated/"]}
    # its own slug names the file, number and all (BookStack's `1-year-of-bookstack` was
    # `year-of-bookstack`, read as the first of numbered files)
    assert {a.title: a.name for a in export.articles} == {
        "A Year": "1-year", "Other": "other", "Undated": "undated"}

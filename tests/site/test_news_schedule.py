"""News posts as articles are: scheduled by their date, tagged (tag pages), in a category
(its page), found by `kbgen search` as on the site; known issues announced ahead. One real
build on 12 November 2026, read back."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

import kbgen
from kbgen.cli import cli
from kbgen.core.loader import load
from kbgen.core.news import news_posts
from kbgen.core.schedule import scheduled_notes
from kbgen.site.urls import tag_uri
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import all_files, between, hrefs, parse, site_search, visible_text
from tests.site.test_known_issues import banner, on

DAY = "2026-11-12"
SITE = "https://help.test.example/"

PAST = """\
---
title: New card payment page
summary: Paying by card now takes one page.
date: 2026-11-01
updated: 2026-12-24
category: billing
tags: [payments, Newsonly Tag]
---

The card payment page is new PASTWORD.

!!! internal
    NEWSNOTE4411 rollout was delayed by the payment provider.
"""
FUTURE = """\
---
title: Christmas FUTURETITLE
summary: FUTURESUMMARY of the holidays.
date: 2026-12-24
category: Wi-Fi
tags: [payments, future-only-tag]
---

Text FUTUREBODY.
"""
KIND = """\
---
title: Release 9 is out
summary: What is new.
date: 2026-10-01
category: Release notes
---

Text.
"""
ODD_TITLE = 'Ünïcode ]]> & <x> 日本語 — عربي 😀 \\ "quoted"'
ODD_SUMMARY = "Fish & chips ]]> <![CDATA[ x ]]> 'single' é"
ODD = f"""\
---
title: {json.dumps(ODD_TITLE, ensure_ascii=False)}
summary: {json.dumps(ODD_SUMMARY)}
date: 2026-09-01
tags: ["C++", "c", "日本語"]
---

Text.
"""
PLANNED = article("Planned maintenance on Sunday", extra="""\
errors: [MAINT_1]
known_issue:
  state: identified
  since: 2026-11-29
  major: true
  errors: [MAINT_1]
  workaround: PLANNEDWORKAROUND
  updates:
    - {date: 2026-11-29, text: PLANNEDUPDATE}
""")
FILES = {
    "mkdocs.yml": MINI_CONFIG,
    "content/index.md": "# Home\n\n<!-- kb:recent -->\n",
    "content/_data/categories.yml": MINI_CATEGORIES,
    "content/articles/billing/card-declined.md": article(
        "Card declined at checkout", extra="tags: [payments]\ncreated: 2026-06-01\n"),
    "content/articles/billing/maintenance.md": PLANNED,
    "content/articles/wifi/router-drops.md": article("Router drops", extra="errors: [MAINT_1]\n"),
    "content/news/card-page.md": PAST,
    "content/news/christmas.md": FUTURE,
    "content/news/release-9.md": KIND,
    "content/news/odd.md": ODD,
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("schedule")
    write_files(root, FILES)
    return root


@pytest.fixture(scope="module")
def site(project: Path) -> Path:
    from kbgen.commands.build import build
    with pytest.MonkeyPatch.context() as patch:
        on(DAY, patch)
        return build(project / "mkdocs.yml", project / "site", strict=True)


def page(site: Path, path: str) -> str:
    return (site / path).read_text()


def content(site: Path, path: str) -> str:
    """The visible text of a page's article (the page content, not the navigation)."""
    html = page(site, path)
    return visible_text(between(html, "<article", "</article>"))


def test_a_post_dated_later_is_nowhere_in_the_site(site: Path) -> None:
    assert not (site / "news/christmas.html").exists()
    assert not (site / tag_uri("future-only-tag").replace(".md", ".html")).exists()
    for name, data in all_files(site).items():
        for word in (b"FUTURETITLE", b"FUTURESUMMARY", b"FUTUREBODY", b"future-only-tag",
                     b"christmas"):
            assert word not in data.lower() if word.islower() else word not in data, name
    assert site_search(site, "FUTUREBODY") == [] and site_search(site, "Christmas") == []


def test_a_published_post_is_everywhere_it_belongs(site: Path) -> None:
    assert "card-page.html" in hrefs(page(site, "news/index.html"))
    assert site_search(site, "PASTWORD") == ["news/card-page.html"]
    entries = feedparser.parse((site / "feed-news.atom").read_bytes()).entries
    assert [e.link for e in entries] == [f"{SITE}news/card-page.html",
                                         f"{SITE}news/release-9.html", f"{SITE}news/odd.html"]
    sitemap = (site / "sitemap.xml").read_text()
    assert f"<loc>{SITE}news/card-page.html</loc>" in sitemap


def test_a_posts_internal_note_is_published_nowhere(site: Path, project: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for name, data in all_files(site).items():
        assert b"NEWSNOTE4411" not in data, name
    assert "PASTWORD" in content(site, "news/card-page.html")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(cli, ["search", "NEWSNOTE4411"]).exit_code == 1


def test_an_update_dated_later_is_not_shown_yet(site: Path) -> None:
    post = content(site, "news/card-page.html")
    assert "Published 1 November 2026" in post and "Updated" not in post
    entry = feedparser.parse((site / "feed-news.atom").read_bytes()).entries[0]
    assert entry.updated == "2026-11-01T00:00:00Z"
    sitemap = (site / "sitemap.xml").read_text()
    assert "2026-12-24" not in sitemap


def test_news_tags_have_their_pages_beside_the_articles(site: Path) -> None:
    tag = page(site, "tags/payments.html")
    text = content(site, "tags/payments.html")
    assert "1 article and 1 news post tagged payments" in text
    assert text.index("Card declined at checkout") < text.index("News")
    assert "../news/card-page.html" in hrefs(tag)
    only = content(site, "tags/newsonly-tag.html")
    assert "1 news post tagged Newsonly Tag" in only and "New card payment page" in only
    index = content(site, "tags.html")
    assert "payments (2)" in index and "Newsonly Tag (1)" in index
    post = page(site, "news/card-page.html")
    assert {"../tags/payments.html", "../tags/newsonly-tag.html"} <= set(hrefs(post))


def test_odd_characters_reach_the_feeds_as_written(site: Path) -> None:
    entry = feedparser.parse((site / "feed-news.atom").read_bytes()).entries[-1]
    assert entry.title == ODD_TITLE and entry.summary == ODD_SUMMARY
    assert [t.term for t in entry.tags] == ["C++", "c", "日本語"]
    item = json.loads((site / "feed-news.json").read_text(encoding="utf-8"))["items"][-1]
    assert item["title"] == ODD_TITLE and item["tags"] == ["C++", "c", "日本語"]
    assert (site / "tags/c.html").exists()  # `C++` and `c` are one tag, as for articles
    assert "日本語" in content(site, "tags.html")


def test_a_noncharacter_in_a_title_is_refused_where_it_is_written(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/_data/categories.yml": MINI_CATEGORIES,
                           "content/news/bad.md": ODD.replace("Ünïcode", "Bad \\uFFFE")})
    _, problems = load(tmp_path / "content")
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "error: 'title': contains U+FFFE, a character that is invisible or breaks the line;"
        " delete it (retype the text if you cannot see it)"]
    assert problems[0].line == 2


def test_a_post_in_an_article_category_is_on_that_categorys_page(site: Path) -> None:
    billing = page(site, "articles/billing/index.html")
    news = visible_text(between(billing, "<h2", "</ul>"))
    assert "News" in news and "New card payment page" in news
    assert "../../news/card-page.html" in hrefs(billing)
    assert "index.html" not in hrefs(between(billing, "<h2", "</ul>"))  # no link to itself
    assert "Release 9" not in page(site, "articles/wifi/index.html")
    post = page(site, "news/card-page.html")
    assert "../articles/billing/index.html" in hrefs(between(post, 'class="kb-meta"', "</p>"))
    kind = page(site, "news/release-9.html")  # a kind of news: shown, linked nowhere
    assert "Release notes" in visible_text(between(kind, 'class="kb-meta"', "</p>"))
    assert hrefs(between(kind, 'class="kb-meta"', "</p>")) == []


def test_a_category_page_links_its_own_feed(site: Path) -> None:
    html = page(site, "articles/billing/index.html")
    alternates = [(a["type"], a["href"], a["title"]) for tag, a in parse(html).tags
                  if tag == "link" and a.get("rel") == "alternate"]
    assert alternates[0] == ("application/atom+xml", "../../feed-articles-billing.atom",
                             "New and updated articles: Billing")
    assert ("application/feed+json", "../../feed-articles-billing.json",
            "New and updated articles: Billing") in alternates
    assert "Subscribe: Atom feed · JSON Feed" in content(site, "articles/billing/index.html")
    home = page(site, "index.html")
    assert "feed-articles-billing" not in home  # other pages: the site-wide feeds only
    feed = feedparser.parse((site / "feed-articles-billing.atom").read_bytes())
    assert not feed.bozo and feed.feed.links[0].href == f"{SITE}feed-articles-billing.atom"
    assert [e.link for e in feed.entries] == [
        f"{SITE}articles/billing/card-declined.html"]  # dated; the undated left out


def test_an_issue_announced_ahead_waits_for_its_day(site: Path) -> None:
    for name, data in all_files(site).items():
        if name != "articles/billing/maintenance.html":
            assert b"PLANNEDWORKAROUND" not in data and b"PLANNEDUPDATE" not in data, name
    status = content(site, "status.html")
    assert "Planned maintenance" not in status and "No known issues right now" in status
    assert banner(page(site, "index.html")) == ""  # no banner, major as it is
    first = site_search(site, "MAINT_1", 2)
    assert set(first) == {"articles/billing/maintenance.html",
                          "articles/wifi/router-drops.html"}  # no issue boost yet


def test_the_date_decides_which_posts_are_published(project: Path) -> None:
    loaded = project / "content"
    kb, problems = load(loaded)
    assert [p for p in problems if p.level == "error"] == []
    titles = {day: [meta.title for _, _, meta in news_posts(kb, dt.date.fromisoformat(day))]
              for day in ("2026-11-12", "2026-12-23", "2026-12-24")}
    assert titles["2026-11-12"] == titles["2026-12-23"] == ["New card payment page",
                                                            "Release 9 is out", ODD_TITLE]
    assert titles["2026-12-24"][0] == "Christmas FUTURETITLE"
    notes = [str(n) for n in scheduled_notes(kb, dt.date(2026, 11, 12))]
    assert notes == [
        f"{loaded / 'articles/billing/maintenance.md'}:9: scheduled: known issue announced"
        " (status page, banners, feed) by the first build on or after 2026-11-29 (in 17 days)",
        f"{loaded / 'news/christmas.md'}:4: scheduled: news post published by the first build"
        " on or after 2026-12-24 (in 42 days)"]


def test_kbgen_check_says_when_a_post_appears(project: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "-f", str(project / "mkdocs.yml"),
                                      "--as-of", "2026-12-23"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(re.search(r"news/christmas\.md:4: scheduled: news post published by the first"
                         r" build on or after 2026-12-24 \(tomorrow\)$", line) for line in lines)
    assert lines[-1].endswith("; 1 scheduled for a later day")
    data = json.loads(CliRunner().invoke(cli, [
        "check", "-f", str(project / "mkdocs.yml"), "--as-of", "2026-12-24",
        "--format", "json"]).output)
    assert data["scheduled"] == []


def test_a_link_to_a_post_not_yet_published_is_an_error(tmp_path: Path) -> None:
    write_files(tmp_path, {**FILES, "content/articles/wifi/router-drops.md": article(
        "Router drops", body="See [the holidays](../../news/christmas.md).\n")})
    _, problems = load(tmp_path / "content", today=dt.date(2026, 11, 12))
    shown = [str(p) for p in problems if "christmas" in p.message]
    assert shown == [f"{tmp_path / 'content/articles/wifi/router-drops.md'}:8: error: link to"
                     " '../../news/christmas.md' points to a news post not published before"
                     " 2026-12-24; add the link from that day on"]
    _, later = load(tmp_path / "content", today=dt.date(2026, 12, 24))
    assert not [p for p in later if "christmas" in p.message]


def test_kbgen_search_finds_news_as_the_site_does(project: Path, site: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    on(DAY, monkeypatch)
    monkeypatch.chdir(project)
    found = json.loads(CliRunner().invoke(cli, ["search", "PASTWORD", "--json"]).output)
    assert [(r["title"], r["kind"], r["status"]) for r in found] == [
        ("New card payment page", "news", "published")]
    assert site_search(site, "PASTWORD") == ["news/card-page.html"]
    for query in ("card payment", "payments", "release"):
        cli_results = json.loads(CliRunner().invoke(cli, ["search", query, "--json"]).output)
        shown = [r["title"] for r in cli_results if r["status"] == "published"]
        on_site = _site_titles(site, query)
        assert shown[:3] == on_site[:3], query
    later = CliRunner().invoke(cli, ["search", "FUTUREBODY"])
    assert later.exit_code == 0
    assert later.output.splitlines()[0] == ("1. Christmas FUTURETITLE  (news)  [scheduled for"
                                            " 2026-12-24]")


def _site_titles(site: Path, query: str) -> list[str]:
    """Titles of the site's results, as its search shows them."""
    from kbgen.core.search import load_compact, search
    from tests.helpers import shipped_index
    data = shipped_index(site)
    return [data["store"][int(hit.ref)][0] for hit in search(load_compact(data), query, 10)]


def test_a_feed_stays_readable_whatever_slips_into_its_text() -> None:
    """A title is refused before (above); a site name or any other text still cannot break
    the XML: what XML cannot hold becomes U+FFFD."""
    from kbgen.core.feeds import Entry, Feed, atom
    entry = Entry(f"{SITE}a", "A \ufffe B \x01 C", f"{SITE}a", "S \uffff", dt.date(2026, 1, 1),
                  tags=("t\x0b",))
    parsed = feedparser.parse(atom(Feed("Site \ufffe", "feed-x", SITE, "Me", [entry]),
                                   SITE).encode())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Site \ufffd"
    assert parsed.entries[0].title == "A \ufffd B \ufffd C"


def test_the_day_turns_at_midnight_utc_between_two_builds(project: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """`kbgen build` at 23:59:59 UTC on 23 December builds for the 23rd; two seconds later,
    nothing else changed, it builds again for the 24th: the Christmas post is out and the
    card page shows its update of that day (README: "the first build on or after its date")."""
    shutil.copytree(project, tmp_path / "project",
                    ignore=shutil.ignore_patterns("site", "preview", ".kbgen-cache"))
    config, out = tmp_path / "project/mkdocs.yml", tmp_path / "site"

    def build_at(instant: str) -> str:
        epoch = dt.datetime.fromisoformat(instant).timestamp()
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(epoch)))
        result = CliRunner().invoke(cli, ["build", "--strict", "-f", str(config), "-d", str(out)])
        assert result.exit_code == 0, result.output
        return result.output

    build_at("2026-12-23T23:59:59+00:00")
    assert not (out / "news/christmas.html").exists()
    assert "Updated" not in content(out, "news/card-page.html")
    assert "Nothing changed" not in build_at("2026-12-24T00:00:01+00:00")
    assert "FUTUREBODY" in content(out, "news/christmas.html")
    assert "Updated 24 December 2026" in content(out, "news/card-page.html")


def test_serve_previews_a_scheduled_post_saying_when_it_appears(project: Path) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    with pytest.MonkeyPatch.context() as patch:
        on(DAY, patch)
        cfg = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "preview"))
        cfg.plugins.on_startup(command="serve", dirty=False)
        mkdocs_build(cfg, serve_url="http://127.0.0.1:8000/")
    text = content(project / "preview", "news/christmas.html")
    assert "Scheduled: the first build on or after 24 December 2026 publishes it." in text
    assert "Scheduled" not in content(project / "preview", "news/card-page.html")


def test_a_category_page_lists_its_newest_news_then_links_to_all(tmp_path: Path) -> None:
    """Six posts about billing: the category's page shows the five newest, then "All news"
    (rendered by the shortcode alone, with the URLs a build gives)."""
    from mkdocs.theme import Theme

    from kbgen.core.i18n import Translator
    from kbgen.site.i18n import install_translator
    from kbgen.site.render import Renderer
    from kbgen.site.shortcodes import CATEGORY_NEWS, Context, expand
    from kbgen.site.urls import Urls
    posts = {f"content/news/post-{n}.md": PAST.replace("New card payment page", f"Post {n}")
             .replace("2026-11-01", f"2026-10-0{n}") for n in range(1, CATEGORY_NEWS + 2)}
    write_files(tmp_path, {"content/_data/categories.yml": MINI_CATEGORIES, **posts,
                           "content/articles/billing/card.md": article()})
    kb, _ = load(tmp_path / "content")
    known = {uri.removeprefix("content/"): uri.removeprefix("content/").replace(".md", ".html")
             for uri in posts} | {"articles/billing/index.md": "articles/billing/index.html",
                                  "news/index.md": "news/index.html"}
    theme = Theme(name="material")
    theme.dirs.insert(0, str(Path(kbgen.__file__).parent / "theme"))
    env, english = theme.get_env(), Translator("en")
    install_translator(env, english)
    ctx = Context(kb, Urls(known), Renderer(env), "articles/billing/index.html", 5, [], None,
                  english)
    html = "".join(expand("<!-- kb:category billing -->", ctx, "x.md").fragments)
    shown = re.findall(r'href="\.\./\.\./news/(post-\d)\.html"', html)
    assert shown == ["post-6", "post-5", "post-4", "post-3", "post-2"]
    assert '<a href="../../news/index.html">All news</a>' in html

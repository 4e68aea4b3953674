"""News posts, feeds and sitemap dates on real builds, read back with feedparser."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import feedparser
import pytest

from kbgen.core.loader import load
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import between, hrefs, parse, site_search, visible_text
from tests.site.test_known_issues import OUTAGE, on

Build = Callable[..., Path]
SITE = "https://help.test.example/"


def post(title: str, day: str, extra: str = "", body: str = "Text.\n", status: str = "") -> str:
    state = f"status: {status}\n" if status else ""
    return (f"---\ntitle: {title}\nsummary: About {title.lower()}.\ndate: {day}\n{state}"
            f"{extra}---\n\n{body}")


def files(**extra: str) -> dict[str, str]:
    return {
        "content/articles/billing/payments-fail.md": OUTAGE,
        "content/articles/billing/card-declined.md": article(
            "Card declined at checkout", extra="created: 2026-01-05\nupdated: 2026-10-01\n"),
        "content/articles/wifi/router-drops.md": article(
            "Router drops", extra="created: 2026-03-01\ntickets: [HD-31337]\n",
            body="## Fix\n\nRestart.\n\n!!! internal\n    NOTE-FOR-AGENTS-ONLY\n"),
        "content/articles/wifi/draft-one.md": article("Draft one", status="draft",
                                                      extra="created: 2026-11-30\n"),
        "content/news/release-5-4.md": post("Release 5.4 is out", "2026-10-26",
                                            "category: Release notes\ntags: [app, release]\n",
                                            "## New\n\nHoliday schedules ZEBRAWORD.\n"),
        "content/news/holiday-hours.md": post("Holiday hours", "2026-11-01",
                                              "updated: 2026-11-02\n"),
        "content/news/secret-plan.md": post("Secret plan", "2026-11-02", status="draft"),
        **extra}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The news site built once for the module, on 12 November 2026."""
    from kbgen.commands.build import build
    root = tmp_path_factory.mktemp("news")
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES, **files()})
    with pytest.MonkeyPatch.context() as patch:
        on("2026-11-12", patch)
        return build(root / "mkdocs.yml", root / "site", strict=True)


def test_news_page_lists_posts_newest_first_and_each_has_a_page(site: Path) -> None:
    html = (site / "news/index.html").read_text()
    listing = visible_text(between(html, 'class="kb-news"', "</ul>"))
    assert listing.index("Holiday hours") < listing.index("Release 5.4 is out")
    assert "Secret plan" not in html and not (site / "news/secret-plan.html").exists()
    assert "Release notes" in listing and "Tags: app , release" in listing
    assert {"../tags/app.html", "../tags/release.html"} <= set(hrefs(html))  # tags link
    page = (site / "news/release-5-4.html").read_text()
    text = visible_text(between(page, "<article", "</article>"))
    assert "Release 5.4 is out Published 26 October 2026 Release notes" in text
    assert "news/index.html" in hrefs((site / "index.html").read_text())  # footer link
    nav = between((site / "index.html").read_text(), 'class="md-nav md-nav--primary"', "</nav>")
    assert "news/release-5-4.html" not in nav  # posts are listed on the news page


def test_news_is_searchable(site: Path) -> None:
    assert site_search(site, "ZEBRAWORD") == ["news/release-5-4.html"]
    assert site_search(site, "Release notes")[0] == "news/release-5-4.html"


def test_a_news_post_is_validated_like_an_article(tmp_path: Path) -> None:
    write_files(tmp_path, {"content/_data/categories.yml": MINI_CATEGORIES,
                           "content/news/bad.md": "---\ntitle: Bad\ndate: soon\ncolour: red\n---\n",
                           "content/news/none.md": "# No front matter\n"})
    _, problems = load(tmp_path / "content")
    shown = [str(p) for p in problems]
    assert any("bad.md:3: error: 'date' must be a date" in p for p in shown), shown
    assert any("bad.md:4: error: unknown key 'colour'" in p for p in shown), shown
    assert any("bad.md:1: error: missing required key 'summary'" in p for p in shown), shown
    assert any("none.md:1: error: no front matter" in p for p in shown), shown


def feed(site: Path, name: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse((site / f"feed-{name}.atom").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def json_feed(site: Path, name: str) -> dict:
    data = json.loads((site / f"feed-{name}.json").read_text())
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == f"{SITE}feed-{name}.json" and data["title"]
    for item in data["items"]:
        assert item["id"] and item["url"].startswith(SITE) and item["content_text"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", item["date_modified"])
    return data


def test_feeds_are_valid_absolute_and_dated_by_content(site: Path) -> None:
    news = feed(site, "news")
    assert [e.title for e in news.entries] == ["Holiday hours", "Release 5.4 is out"]
    assert news.feed.updated == "2026-11-02T00:00:00Z"  # the newest post's `updated`
    assert news.entries[0].link == f"{SITE}news/holiday-hours.html"
    assert [t.term for t in news.entries[1].tags] == ["Release notes", "app", "release"]
    articles = feed(site, "articles")
    # newest change first; an article with no date at all has no place in a dated feed
    assert [(e.link, e.updated) for e in articles.entries] == [
        (f"{SITE}articles/billing/card-declined.html", "2026-10-01T00:00:00Z"),
        (f"{SITE}articles/wifi/router-drops.html", "2026-03-01T00:00:00Z")]
    assert articles.entries[0].published == "2026-01-05T00:00:00Z"
    assert all(e.id == e.link and e.link.startswith(SITE) for e in articles.entries)
    assert feed(site, "articles-wifi").feed.title == "Test Help Centre: New and updated" \
        " articles: Wi-Fi"
    issues = feed(site, "issues")
    assert [e.title for e in issues.entries] == [
        "Payments fail with PAY_503: Workaround available",
        "Payments fail with PAY_503: Update"]
    assert issues.feed.updated == "2026-11-10T00:00:00Z"
    assert [i["id"] for i in json_feed(site, "news")["items"]] == [e.id for e in news.entries]
    json_feed(site, "issues")
    json_feed(site, "articles-billing")


def test_feed_ids_and_dates_are_stable_across_builds(build_project: Build,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-11-12", monkeypatch)
    first = build_project(files())
    before = {name: (first / f"feed-{name}.atom").read_text()
              for name in ("news", "articles", "issues")}
    ids = [e.id for e in feed(first, "issues").entries]
    on("2026-11-21", monkeypatch)  # a later build, after the fix date
    second = build_project(files())
    assert (second / "feed-news.atom").read_text() == before["news"]
    assert (second / "feed-articles.atom").read_text() == before["articles"]
    later = feed(second, "issues")
    assert later.entries[0].title == "Payments fail with PAY_503: Fixed"
    assert later.entries[0].updated == "2026-11-20T00:00:00Z"
    assert [e.id for e in later.entries[1:]] == ids  # the old entries keep their ids


def test_feeds_never_carry_drafts_notes_or_tickets(site: Path) -> None:
    feeds = sorted(site.glob("feed-*.*"))
    assert len(feeds) == 10  # news, issues, articles, two categories: Atom and JSON each
    everything = "".join(p.read_text() for p in feeds)
    assert "Release 5.4 is out" in everything  # what is published is there
    for secret in ("Draft one", "Secret plan", "NOTE-FOR-AGENTS-ONLY", "HD-31337", "HD-999",
                   "SECRET-ROOT-CAUSE"):
        assert secret not in everything, secret


def test_pages_link_their_feeds(site: Path) -> None:
    home = (site / "index.html").read_text()
    alternates = [a for tag, a in parse(home).tags if tag == "link" and a.get("rel") ==
                  "alternate"]
    assert {(a["type"], a["href"]) for a in alternates} >= {
        ("application/atom+xml", "feed-news.atom"),
        ("application/feed+json", "feed-issues.json"),
        ("application/atom+xml", "feed-articles.atom")}
    assert "subscribe.html" in hrefs(home)
    category = (site / "articles/wifi/index.html").read_text()
    assert "../../feed-articles-wifi.atom" in hrefs(category)
    assert "feed-issues.atom" in hrefs((site / "status.html").read_text())
    assert "../feed-news.json" in hrefs((site / "news/index.html").read_text())
    subscribe = visible_text((site / "subscribe.html").read_text())
    assert "Known issues: Atom · JSON Feed" in subscribe


def test_sitemap_lastmod_comes_from_the_content(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text()
    dates = dict(re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap))
    assert dates[f"{SITE}articles/billing/card-declined.html"] == "2026-10-01"
    assert dates[f"{SITE}news/holiday-hours.html"] == "2026-11-02"
    assert dates[f"{SITE}news/index.html"] == "2026-11-02"
    assert dates[f"{SITE}articles/wifi/index.html"] == "2026-03-01"
    undated = between(sitemap, f"<loc>{SITE}subscribe.html</loc>", "</url>")
    assert "lastmod" not in undated  # no content date: none, rather than the build's
    assert "2026-11-12" not in dates.values()  # the day it was built for (`site`)


def test_no_site_url_means_no_feeds(build_project: Build, write_project: Callable,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from kbgen.commands.build import build
    config = write_project(files())
    config.write_text(config.read_text().replace("site_url: https://help.test.example/\n", ""))
    site = build(config, config.parent / "site", strict=True)
    assert not list(site.glob("feed-*")) and not (site / "subscribe.html").exists()
    assert 'rel="alternate" type="application/atom+xml"' not in (site / "index.html").read_text()


def test_hostile_news_text_is_escaped_once(build_project: Build,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    on("2026-11-12", monkeypatch)
    hostile = ('---\ntitle: "Fish & chips <script>alert(1)</script>"\nsummary: "<img src=x'
               ' onerror=alert(2)> & more"\ndate: 2026-11-01\ncategory: "R&D"\n'
               'tags: ["<b>bold</b>"]\n---\n\nText <script>alert(3)</script>\n')
    site = build_project(files(**{"content/news/hostile.md": hostile}), strict=False)
    assert "content_html" not in (site / "feed-news.json").read_text()  # text fields only
    for name in ("news/hostile.html", "news/index.html", "feed-news.atom", "tags/b-bold--b.html",
                 "tags.html"):
        text = (site / name).read_text()
        assert "<script>alert" not in text and "<img src=x" not in text, name
        assert "&amp;amp;" not in text, name
    page = (site / "news/hostile.html").read_text()
    assert "Fish &amp; chips &lt;script&gt;" in between(page, "<h1", "</h1>")
    assert "R&amp;D" in page
    for name in ("tags/b-bold--b.html", "tags.html", "news/hostile.html"):
        assert "<b>bold</b>" not in (site / name).read_text(), name
    assert "&lt;b&gt;bold&lt;/b&gt;" in (site / "tags/b-bold--b.html").read_text()
    entry, = [e for e in feedparser.parse((site / "feed-news.atom").read_bytes()).entries
              if e.link.endswith("news/hostile.html")]
    assert entry.title == "Fish & chips <script>alert(1)</script>"  # text, as written

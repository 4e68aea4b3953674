"""The site's feeds (news, known-issue changes, new and updated articles, site-wide and per
category), the links to them, and each page's content date for sitemap.xml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kbgen.core.feeds import Entry, Feed, atom, json_feed
from kbgen.core.i18n import Translator
from kbgen.core.joining import join_sentences
from kbgen.core.known_issues import STATE_LABELS, Issue, build_day, issues
from kbgen.core.model import Article, KnowledgeBase, Page
from kbgen.core.news import NEWS_INDEX, NewsMeta, last_change, news_in_category, news_posts, tagged
from kbgen.site.urls import HOME, STATUS, TAGS, Urls, category_uri, profile_uri, tag_uri

FEEDS_PREFIX = "feed-"
"""Feeds sit at the site root (`feed-news.atom`), not in a folder: Material reads every
`<link rel="alternate">` as another language of the site and fetches `sitemap.xml` beside it,
which must exist."""
CATEGORY_FEED_PREFIX = f"{FEEDS_PREFIX}articles-"
ARTICLES_LIMIT = 50
"""Entries of an articles feed: the most recently changed."""


@dataclass(frozen=True)
class FeedLink:
    """A feed as pages link to it (URLs from the site root, for `| url`)."""

    title: str
    atom: str
    json: str


class SiteFeeds:
    """Every feed of a build, made from the knowledge base."""

    def __init__(self, kb: KnowledgeBase, urls: Urls, site_url: str | None,
                 site_name: str, tr: Translator, today: dt.date | None = None) -> None:
        self.kb, self.urls, self.tr = kb, urls, tr
        self.site_url = (site_url or "").rstrip("/") + "/" if site_url else ""
        self.site_name = site_name
        self.today = today or build_day()

    def absolute(self, src_uri: str) -> str:
        """The absolute URL of a page ('' when it is not built)."""
        url = self.urls.to(src_uri, "")
        return self.site_url + url if url else ""

    def feeds(self) -> list[Feed]:
        """News (when there is any), known issues, articles, and articles per category; none
        without `site_url` (feeds need absolute addresses)."""
        if not self.site_url:
            return []
        found = []
        posts = news_posts(self.kb, self.today)
        if posts:
            found.append(self._news(posts))
        found.append(self._issues())
        found.append(self._articles(f"{FEEDS_PREFIX}articles",
                                    self.tr.gettext("New and updated articles"),
                                    self.kb.public_articles(), HOME))
        for category in self.kb.published_categories():
            articles = self.kb.in_category(category.slug)
            if articles:
                found.append(self._articles(
                    f"{CATEGORY_FEED_PREFIX}{category.slug}",
                    self.tr.gettext("New and updated articles: %(category)s")
                    % {"category": category.info.title}, articles,
                    category_uri(category.slug)))
        return found

    def links(self) -> list[FeedLink]:
        """The site-wide feeds, for `<link rel="alternate">` (none without `site_url`)."""
        return site_feed_links(self.kb, self.tr) if self.site_url else []

    def write(self, site_dir: Path, sources: Path | None = None) -> None:
        """Write every feed as Atom and JSON Feed, and remove the feeds `site_dir` holds that
        this build has not (a preview writes over its last build: a category emptied since);
        a file of that name in the content folder `sources` is the author's, and stays."""
        written = set()
        for feed in self.feeds():
            written |= self.write_feed(feed, site_dir)
        for old in site_dir.glob(f"{FEEDS_PREFIX}*"):
            if old.suffix in (".atom", ".json") and old.name not in written and not (
                    sources is not None and (sources / old.name).exists()):
                old.unlink()

    def write_feed(self, feed: Feed, site_dir: Path) -> set[str]:
        """Write `feed` as Atom and JSON Feed; the names of the two files."""
        target = site_dir / feed.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.with_suffix(".atom").write_text(atom(feed, self.site_url), encoding="utf-8")
        target.with_suffix(".json").write_text(json_feed(feed, self.site_url), encoding="utf-8")
        return {target.with_suffix(".atom").name, target.with_suffix(".json").name}

    def _feed(self, path: str, title: str, home: str, entries: list[Entry]) -> Feed:
        named = join_sentences([self.tr.gettext("%(label)s:") % {"label": self.site_name}, title])
        return Feed(named, path, self.absolute(home) or self.site_url,
                    self.site_name, entries, language=self.tr.html_lang())

    def _news(self, posts: list[tuple[str, Page, NewsMeta]]) -> Feed:
        entries = [Entry(url, meta.title, url, meta.summary, last_change(meta, self.today),
                         meta.date,
                         tuple([*([meta.category] if meta.category else []), *meta.tags]))
                   for uri, _, meta in posts if (url := self.absolute(uri))]
        return self._feed(f"{FEEDS_PREFIX}news", self.tr.gettext("News"), NEWS_INDEX, entries)

    def _issues(self) -> Feed:
        entries = [entry for issue in issues(self.kb, self.today)
                   for entry in self._issue_entries(issue)]
        entries.sort(key=lambda e: (-e.updated.toordinal(), e.id))
        return self._feed(f"{FEEDS_PREFIX}issues", self.tr.gettext("Known issues"), STATUS,
                          entries)

    def _issue_entries(self, issue: Issue) -> Iterator[Entry]:
        """One entry per dated update (ids count from the oldest, so adding one keeps the
        others'), and one when the fix date came without a `fixed` update."""
        url = self.absolute(issue.article.origin.src_uri)
        if not url:
            return
        title, block, tr = issue.article.title, issue.block, self.tr
        updates = list(reversed(block.updates))  # oldest first
        for number, update in enumerate(updates):
            if update.date > self.today:
                continue
            label = tr.gettext(STATE_LABELS[update.state] if update.state else "Update")
            yield Entry(f"{url}#update-{number + 1}",
                        tr.gettext("%(title)s: %(state)s") % {"title": title, "state": label},
                        url, update.text,
                        update.date, update.date)
        if not updates:
            yield Entry(f"{url}#since", tr.gettext("Known issue: %(title)s") % {"title": title},
                        url,
                        block.workaround or issue.article.meta.summary, block.since,
                        block.since)
        said_fixed = any(u.state == "fixed" and u.date <= self.today for u in updates)
        if not issue.is_open and block.fixed_on and not said_fixed:
            fixed_by = (tr.gettext("Fixed by %(fix)s.") % {"fix": block.fixed_in}
                        if block.fixed_in else tr.gettext("Fixed."))
            fixed = tr.gettext("%(title)s: %(state)s") % {"title": title,
                                                           "state": tr.gettext("Fixed")}
            yield Entry(f"{url}#fixed", fixed, url, fixed_by, block.fixed_on,
                        block.fixed_on)

    def _articles(self, path: str, title: str, articles: list[Article], home: str) -> Feed:
        recent = sorted(articles, key=lambda a: (-a.last_change.toordinal(), a.slug))
        entries = [Entry(url, a.title, url, a.meta.summary, a.last_change, a.meta.created,
                         tuple(a.meta.tags))
                   for a in recent[:ARTICLES_LIMIT]
                   if a.last_change != dt.date.min and (url := self.absolute(a.origin.src_uri))]
        return self._feed(path, title, home, entries)


def _link(title: str, path: str) -> FeedLink:
    return FeedLink(title, f"{path}.atom", f"{path}.json")


def feed_links(kb: KnowledgeBase, tr: Translator) -> list[FeedLink]:
    """Every feed a site with `site_url` has, paths from the site root: news (when there is
    any), known issues, articles, then articles per category."""
    found = [news_feed(tr)] if news_posts(kb) else []
    found += [issues_feed(tr),
              _link(tr.gettext("New and updated articles"), f"{FEEDS_PREFIX}articles")]
    found += [_link(tr.gettext("New and updated articles: %(category)s")
                    % {"category": c.info.title}, f"{CATEGORY_FEED_PREFIX}{c.slug}")
              for c in kb.published_categories()]  # every page shows these: not their articles
    return found


def site_feed_links(kb: KnowledgeBase, tr: Translator) -> list[FeedLink]:
    """The site-wide feeds (every page links them), paths from the site root."""
    return [link for link in feed_links(kb, tr)
            if not link.atom.startswith(CATEGORY_FEED_PREFIX)]


def category_feed(slug: str, tr: Translator) -> FeedLink:
    """The feed of a category's articles."""
    return _link(tr.gettext("This category's articles"), f"{CATEGORY_FEED_PREFIX}{slug}")


def issues_feed(tr: Translator) -> FeedLink:
    """The feed of known issues."""
    return _link(tr.gettext("Known issues"), f"{FEEDS_PREFIX}issues")


def news_feed(tr: Translator) -> FeedLink:
    """The feed of news posts."""
    return _link(tr.gettext("News"), f"{FEEDS_PREFIX}news")


def dated_fields(article: Article) -> tuple[object, ...]:
    """What `content_dates` and the feeds read of an article to date pages and to choose and
    order a feed's articles (an article's own entry reads more: its title, summary...)."""
    return (article.is_public, article.last_change, article.category, article.meta.tags,
            article.meta.author, article.meta.known_issue)


def content_dates(kb: KnowledgeBase, today: dt.date | None = None) -> dict[str, str]:
    """The date of each page's content (ISO), by source path, for sitemap.xml's `lastmod`:
    an article's last change, a listing's newest item, the status page's latest issue
    change. Pages without a content date are left out (never the build day)."""
    dates: dict[str, dt.date] = {}

    def newest(uri: str, days: list[dt.date]) -> None:
        days = [d for d in days if d != dt.date.min]
        if days:
            dates[uri] = max(days)
    articles = kb.public_articles()
    for article in articles:
        newest(article.origin.src_uri, [article.last_change])
    day = today or build_day()

    def changes(posts: list[tuple[str, Page, NewsMeta]]) -> list[dt.date]:
        return [last_change(meta, day) for _, _, meta in posts]
    for category in kb.published_categories():
        newest(category_uri(category.slug),
               [a.last_change for a in kb.in_category(category.slug)]
               + changes(news_in_category(kb, category.slug, day)))
    for tag, group in tagged(kb, day).items():
        newest(tag_uri(tag), [a.last_change for a in group.articles] + changes(group.posts))
    posts = news_posts(kb, day)
    newest(TAGS, [a.last_change for a in articles]
           + changes([post for post in posts if post[2].tags]))
    written: dict[str, list[dt.date]] = {}  # kb.by_author of each member, in one pass
    for article in articles:
        written.setdefault(article.meta.author or "", []).append(article.last_change)
    for member_id in kb.team:
        newest(profile_uri(member_id), written.get(member_id, []))
    for post in posts:
        newest(post[0], changes([post]))
    newest(NEWS_INDEX, changes(posts))
    newest(STATUS, [i.updated for i in issues(kb, day)])
    newest(HOME, [a.last_change for a in articles] + changes(posts))
    return {uri: day.isoformat() for uri, day in dates.items()}

"""What keeps customers informed, wired into a build: template globals (banners, status and
news links, feeds, content dates) and the feed files. Called from the event handlers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kbgen.core.i18n import Translator
from kbgen.core.known_issues import build_day
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import NEWS_INDEX, NewsMeta, is_news_post
from kbgen.site.feeds import FeedLink, SiteFeeds, category_feed, site_feed_links
from kbgen.site.lazy_dates import ContentDates
from kbgen.site.status_page import banners
from kbgen.site.urls import Urls, category_uri
from kbgen.site.views import news_card

NEWS_TEMPLATE = "news-post.html"
"""The template of a news post page."""


def template_globals(kb: KnowledgeBase, urls: Urls | None, site_url: str | None,
                     site_name: str, tr: Translator) -> dict[str, object]:
    """Every page's (404 included): `kb_banners`, `kb_status_url`, `kb_news_url`,
    `kb_feeds` (site-wide feeds) and `kb_lastmod` (content dates for sitemap.xml); none
    before the content is loaded (`urls` None)."""
    if urls is None:
        return {}
    board = banners(kb, urls, tr)
    return {"kb_banners": board, "kb_status_url": board.status_url,
            "kb_news_url": urls.to(NEWS_INDEX, ""),
            "kb_feeds": SiteFeeds(kb, urls, site_url, site_name, tr).links(),
            "kb_lastmod": ContentDates(kb), "kb_human_date": tr.date}


def write_feeds(kb: KnowledgeBase, urls: Urls | None, site_url: str | None, site_name: str,
                site_dir: Path, tr: Translator, sources: Path | None = None) -> None:
    """Write the feeds into the built site (none without `site_url`), those of an earlier
    build it has not removed (`sources`: the content folder, see SiteFeeds.write)."""
    if urls is not None:
        SiteFeeds(kb, urls, site_url, site_name, tr).write(site_dir, sources)


def preview_note(meta: NewsMeta, tr: Translator, today: dt.date | None = None
                 ) -> tuple[str, str]:
    """(status, sentence) above a post only `kbgen serve` shows: a draft, or a post whose
    day has not come; ("", "") for a published post."""
    if meta.status != "published":
        return meta.status, tr.gettext("not published. You see this page only in %(command)s.") \
            % {"command": "kbgen serve"}
    if meta.date > (today or build_day()):
        return "scheduled", tr.gettext("the first build on or after %(date)s publishes it. You"
                                       " see this page only in kbgen serve.") % {
                                           "date": tr.date(meta.date)}
    return "", ""


def page_variables(kb: KnowledgeBase, src_uri: str, urls: Urls, page_url: str,
                   site_url: str | None, tr: Translator) -> dict[str, object]:
    """A news post's `kb_news` (its dates, category and tags, linked: a NewsCard); a category
    page's `kb_feeds`, its own feed first (for `<link rel="alternate">`)."""
    page = kb.pages.get(src_uri)
    if page is not None and is_news_post(src_uri) and isinstance(page.meta, NewsMeta):
        return {"kb_news": news_card(kb, src_uri, page.meta, urls, page_url, tr),
                "kb_news_preview": preview_note(page.meta, tr)}
    for category in kb.categories.values():
        if src_uri == category_uri(category.slug) and site_url and kb.in_category(category.slug):
            own = category_feed(category.slug, tr)
            titled = FeedLink(tr.gettext("New and updated articles: %(category)s")
                              % {"category": category.info.title}, own.atom, own.json)
            return {"kb_feeds": [titled, *site_feed_links(kb, tr)]}
    return {}

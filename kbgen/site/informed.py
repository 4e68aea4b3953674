"""What keeps customers informed, wired into a build: template globals (banners, status and
news links, feeds, content dates) and the feed files. Called from the event handlers."""

from __future__ import annotations

from pathlib import Path

from kbgen.core.i18n import Translator
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import NEWS_INDEX
from kbgen.site.feeds import SiteFeeds, content_dates
from kbgen.site.status_page import banners
from kbgen.site.urls import Urls

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
            "kb_lastmod": content_dates(kb), "kb_human_date": tr.date}


def write_feeds(kb: KnowledgeBase, urls: Urls | None, site_url: str | None, site_name: str,
                site_dir: Path, tr: Translator) -> None:
    """Write the feeds into the built site (none without `site_url`)."""
    if urls is not None:
        SiteFeeds(kb, urls, site_url, site_name, tr).write(site_dir)

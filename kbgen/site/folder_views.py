"""The parts of a page's template variables that every page of a folder shares, made once.

Links are relative to the page, so they are the same for all the pages of one folder: the
footer's links, and the card of an article listed as related on many articles. At thousands of
articles, making them again for each page was a fair share of the page events' time. One
`FolderViews` lives for one build (in its BuildState; each worker process fills its own copy),
so a change to the content or the settings shows in the next build's every page.
"""

from __future__ import annotations

from kbgen.core.i18n import Translator
from kbgen.core.model import Article, KnowledgeBase
from kbgen.site.context import site_links
from kbgen.site.page_reads import installed
from kbgen.site.urls import Urls
from kbgen.site.views import ArticleCard, Link, article_card


def folder_of(page_url: str) -> str:
    """What relative links from `page_url` depend on: its folder, or the page itself when its
    URL is a folder (`use_directory_urls`), as `Urls.to` reads it."""
    folder, _, name = page_url.rpartition("/")
    return folder if "." in name else page_url


class FolderViews:
    """Footer links and article cards by folder, for one build."""

    def __init__(self, kb: KnowledgeBase, urls: Urls, tr: Translator) -> None:
        self.kb, self.urls, self.tr = kb, urls, tr
        self._links: dict[str, list[Link]] = {}
        self._cards: dict[tuple[str, str], ArticleCard] = {}

    def site_links(self, page_url: str) -> list[Link]:
        """The footer links of a page (`kbgen.site.context.site_links`)."""
        folder = folder_of(page_url)
        if folder not in self._links:
            self._links[folder] = site_links(self.urls, page_url, self.tr)
        return list(self._links[folder])

    def article_card(self, kb: KnowledgeBase, article: Article, urls: Urls,
                     page_url: str) -> ArticleCard:
        """`kbgen.site.views.article_card`, for this build's knowledge base and URLs."""
        key = (article.origin.src_uri, folder_of(page_url))
        card = self._cards.get(key)
        if card is None:
            card = self._cards[key] = article_card(kb, article, urls, page_url)
        else:
            recorder = installed()
            if recorder is not None:  # shown on this page too (kbgen.site.page_reads)
                recorder.article_read(article)
        return card

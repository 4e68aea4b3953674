"""Template variables for article pages (`article.html`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from kbgen.core.i18n import N_, Translator
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.news import NEWS_INDEX
from kbgen.core.related import RelatedIndex
from kbgen.site.contact import article_mailto
from kbgen.site.status_page import IssueView, affecting, article_issue
from kbgen.site.urls import CONTACT, HOME, STATUS, SUBSCRIBE, TAGS, TEAM, Urls
from kbgen.site.views import (
    ArticleCard,
    Link,
    MemberCard,
    article_card,
    category_link,
    member_card,
    tag_links,
)

CardMaker = Callable[[KnowledgeBase, Article, Urls, str], ArticleCard]
"""Makes an article's card, links relative to a page (`kbgen.site.views.article_card`)."""


@dataclass(frozen=True)
class ArticleView:
    """Everything `article.html` shows around the page content."""

    title: str
    home: Link
    category: Link
    author: MemberCard | None
    status: str
    updated: dt.date | None
    updated_text: str
    applies_to: list[str]
    tags: list[Link]
    related: list[ArticleCard]
    help_mailto: str
    """E-mail link prefilled with the article's title and URL (empty without contact data)."""
    contact_url: str
    issue: IssueView | None = None
    """The article's own known issue (state, timeline, workaround), if it is one."""
    affected_by: list[IssueView] = field(default_factory=list)
    """Open known issues (not major: those are in every page's banner) that affect it."""


def article_view(kb: KnowledgeBase, article: Article, urls: Urls, page_url: str,
                 absolute_url: str, related: RelatedIndex, related_limit: int,
                 tr: Translator, card: CardMaker = article_card) -> ArticleView:
    """The view of one article, links relative to `page_url` (`card` makes each related
    article's card: kbgen.site.folder_views keeps them by folder)."""
    updated = article.meta.updated or article.meta.created
    author = kb.team.get(article.meta.author or "")
    return ArticleView(
        title=article.title,
        home=Link(tr.gettext("Help centre"), urls.to(HOME, page_url)),
        category=category_link(kb, article.category, urls, page_url),
        author=member_card(author, urls, page_url) if author else None,
        status=article.meta.status,
        updated=updated,
        updated_text=tr.date(updated),
        applies_to=list(article.meta.applies_to),
        tags=tag_links(list(article.meta.tags), urls, page_url),
        related=[card(kb, a, urls, page_url)
                 for a in related.related(article, related_limit)],
        help_mailto=(article_mailto(kb.contact, article.title, absolute_url, tr) if kb.contact
                     else ""),
        contact_url=urls.to(CONTACT, page_url),
        issue=article_issue(kb, article, tr),
        affected_by=affecting(kb, article, urls, page_url, tr),
    )


SITE_LINKS = ((N_("Help centre"), HOME), (N_("Known issues"), STATUS), (N_("News"), NEWS_INDEX),
              (N_("Contact us"), CONTACT), (N_("Who is who"), TEAM), (N_("Tags"), TAGS),
              (N_("Subscribe"), SUBSCRIBE))
"""Links in every page's footer, when the page exists."""


def site_links(urls: Urls, page_url: str, tr: Translator) -> list[Link]:
    """The footer links of a page, relative to it."""
    return [Link(tr.gettext(text), url) for text, uri in SITE_LINKS
            if (url := urls.to(uri, page_url))]

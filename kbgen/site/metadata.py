"""What search engines and link previews read: Open Graph and Twitter card tags, the author's
name, `Article` and `BreadcrumbList` structured data. (Sitemap dates: kbgen.site.feeds.)"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kbgen.core.i18n import Translator
from kbgen.core.model import Article, KnowledgeBase
from kbgen.site.safety import script_json
from kbgen.site.urls import HOME, Urls, category_uri, profile_uri

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page


@dataclass(frozen=True)
class MetaTag:
    """`<meta {attribute}="{key}" content="{value}">`; the template escapes the values."""

    attribute: str
    key: str
    value: str


def _absolute(site_url: str, url: str) -> str:
    return site_url.rstrip("/") + "/" + url.lstrip("/") if site_url and url else ""


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def preview_tags(title: str, description: str, url: str, site_name: str, kind: str,
                 article: Article | None = None, section: str = "", author: str = ""
                 ) -> list[MetaTag]:
    """Open Graph and Twitter card tags of a page (values as plain text)."""
    pairs = [("og:type", kind), ("og:title", title), ("og:description", description),
             ("og:url", url), ("og:site_name", site_name)]
    if article is not None:
        pairs += [("article:published_time", _date(article.meta.created)),
                  ("article:modified_time", _date(article.meta.updated or article.meta.created)),
                  ("article:section", section), ("article:author", author)]
        pairs += [("article:tag", tag) for tag in article.meta.tags]
    tags = [MetaTag("property", key, value) for key, value in pairs if value]
    tags += [MetaTag("name", key, value) for key, value in (
        ("twitter:card", "summary"), ("twitter:title", title),
        ("twitter:description", description)) if value]
    return tags


def article_json_ld(kb: KnowledgeBase, article: Article, urls: Urls, site_url: str,
                    page_url: str, site_name: str, tr: Translator) -> str:
    """schema.org `Article` (dates, author, publisher) and `BreadcrumbList`, safe in <script>."""
    member = kb.team.get(article.meta.author or "")
    category = kb.categories.get(article.category)
    data: dict[str, object] = {
        "@context": "https://schema.org", "@type": "Article", "headline": article.title,
        "description": article.meta.summary, "inLanguage": tr.html_lang(),
        "publisher": {"@type": "Organization", "name": kb.contact.company
                      if kb.contact else site_name},
    }
    if page_url:
        data["mainEntityOfPage"] = data["url"] = page_url
    if article.meta.created:
        data["datePublished"] = article.meta.created.isoformat()
    if article.meta.updated or article.meta.created:
        data["dateModified"] = _date(article.meta.updated or article.meta.created)
    if member is not None:
        author: dict[str, str] = {"@type": "Person", "name": member.profile.name}
        if profile := _absolute(site_url, urls.to(profile_uri(member.id), "")):
            author["url"] = profile
        data["author"] = author
    data["keywords"] = list(article.meta.tags)
    crumbs = [(tr.gettext("Help centre"), _absolute(site_url, urls.to(HOME, ""))),
              (category.info.title if category else article.category,
               _absolute(site_url, urls.to(category_uri(article.category), ""))),
              (article.title, page_url)]
    trail = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": n, "name": name, **({"item": url} if url else {})}
        for n, (name, url) in enumerate(crumbs, 1)]}
    return script_json([data, trail])


def page_metadata(kb: KnowledgeBase, article: Article | None, urls: Urls, page: Page,
                  config: MkDocsConfig) -> list[MetaTag]:
    """The page's preview tags; on an article, `page.meta.author` becomes the author's name
    (escaped, like every front matter value Material prints)."""
    site_url, site_name = config.site_url or "", config.site_name
    url = page.canonical_url or ""
    if article is None:
        title = html.unescape(str(page.meta.get("title") or page.title or site_name))
        description = html.unescape(str(page.meta.get("description") or "")) \
            or config.site_description or ""
        return preview_tags(title, description, url, site_name, "website")
    member = kb.team.get(article.meta.author or "")
    name = member.profile.name if member else ""
    if name:
        page.meta["author"] = html.escape(name, quote=True)
    else:
        page.meta.pop("author", None)  # an id is no name
    profile = _absolute(site_url, urls.to(profile_uri(member.id), "")) if member else ""
    description = article.meta.description or article.meta.summary
    category = kb.categories.get(article.category)
    return preview_tags(article.title, description, url, site_name, "article", article,
                        category.info.title if category else article.category, profile or name)


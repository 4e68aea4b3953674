"""Expand `<!-- kb:name args -->` shortcodes into rendered fragments."""

from __future__ import annotations

import hashlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from kbgen.core.allow_markers import misnamed_marker
from kbgen.core.config import ReplyWithin
from kbgen.core.i18n import Translator
from kbgen.core.markdown_code import code_map
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.news import NEWS_INDEX, news_in_category, news_posts
from kbgen.site.contact import ContactView, by_language, reply_promise
from kbgen.site.context import CardMaker
from kbgen.site.feeds import FeedLink, category_feed, feed_links, issues_feed, news_feed
from kbgen.site.render import Renderer
from kbgen.site.status_page import open_views, status_view
from kbgen.site.urls import (
    CONTACT,
    HOME,
    STATUS,
    SUBSCRIBE,
    TAGS,
    Urls,
    category_uri,
    tag_anchor,
    tag_uri,
)
from kbgen.site.views import (
    ArticleCard,
    article_card,
    category_card,
    member_card,
    news_card,
    team_groups,
    team_name,
)

CATEGORY_NEWS = 5
"""News posts a category's page lists, newest first (then a link to all the news)."""
SHORTCODE = re.compile(r"<!--\s*kb:([\w-]+)((?:\s+[^\s>]+)*)\s*-->")


@dataclass(frozen=True)
class Context:
    """What every shortcode may use."""

    kb: KnowledgeBase
    urls: Urls
    renderer: Renderer
    page_url: str
    recent: int
    team_order: list[str]
    contact: ContactView | None
    tr: Translator
    reply_within: ReplyWithin | None = None
    card: CardMaker = article_card
    """Makes an article's card (the build's `kbgen.site.folder_views` keeps them by folder)."""

    def card_of(self, article: Article) -> ArticleCard:
        """An article as listed on this page."""
        return self.card(self.kb, article, self.urls, self.page_url)


def _search(ctx: Context, *args: str) -> str:
    topics = [(c.info.title, ctx.urls.to(category_uri(c.slug), ctx.page_url))
              for c in ctx.kb.published_categories()]
    return ctx.renderer.render("search-box", action=ctx.urls.to(HOME, ctx.page_url) or "./",
                               topics=topics)


def _categories(ctx: Context, *args: str) -> str:
    cards = [category_card(ctx.kb, c, ctx.urls, ctx.page_url)
             for c in ctx.kb.published_categories()]
    return ctx.renderer.render("categories", categories=cards)


def _recent(ctx: Context, *args: str) -> str:
    articles = [ctx.card_of(a)
                for a in ctx.kb.recently_updated(ctx.recent)]
    return ctx.renderer.render("article-list", articles=articles,
                               heading=ctx.tr.gettext("Recently updated"), show_category=True)


def _category(ctx: Context, slug: str = "", *args: str) -> str:
    category = ctx.kb.categories.get(slug)
    if category is None:
        raise ValueError(f"unknown category '{slug}'")
    if category not in ctx.kb.published_categories():
        raise ValueError(f"category '{slug}' has no published article, so it is not shown")
    articles = [ctx.card_of(a) for a in ctx.kb.in_category(slug)]
    news = news_in_category(ctx.kb, slug)
    posts = [news_card(ctx.kb, uri, meta, ctx.urls, ctx.page_url, ctx.tr)
             for uri, _, meta in news[:CATEGORY_NEWS]]
    more = ctx.urls.to(NEWS_INDEX, ctx.page_url) if len(news) > CATEGORY_NEWS else ""
    return ctx.renderer.render("category", category=category.info, articles=articles,
                               feed=_feed(ctx, category_feed(slug, ctx.tr))
                               if articles else None,
                               posts=posts, more_url=more)


def _tags(ctx: Context, *args: str) -> str:
    tags = [(tag, tag_anchor(tag), ctx.urls.to(tag_uri(tag), ctx.page_url), count)
            for tag, count in ctx.kb.tag_list()]
    return ctx.renderer.render("tags", tags=tags)


def _tag(ctx: Context, uri: str = "", *args: str) -> str:
    group = tag_at(ctx.kb, uri)  # a lookup of its own: kbgen.site.page_reads
    if group is None:
        raise ValueError(f"no published article or news post has the tag of '{uri}'")
    cards = [ctx.card_of(a) for a in group.articles]
    posts = [news_card(ctx.kb, post_uri, meta, ctx.urls, ctx.page_url, ctx.tr)
             for post_uri, _, meta in group.posts]
    return ctx.renderer.render("tag", tag=group.name, articles=cards, posts=posts,
                               index=ctx.urls.to(TAGS, ctx.page_url, tag_anchor(group.name)))


def tag_at(kb: KnowledgeBase, uri: str) -> Any:
    """The tag whose page is `uri` (`tag_uri`), found by its key (None: no such tag)."""
    key = uri.removeprefix("tags/").removesuffix(".md")
    group = kb.tag_group_at(key) if uri == f"tags/{key}.md" else None
    return group if group is not None and tag_uri(group.name) == uri else None


def _team(ctx: Context, *args: str) -> str:
    groups = [(team_name(name, ctx.tr), [member_card(m, ctx.urls, ctx.page_url) for m in members])
              for name, members in team_groups(ctx.kb, ctx.team_order)]
    return ctx.renderer.render("team", groups=groups)


def _profile(ctx: Context, member_id: str = "", *args: str) -> tuple[str, str, str]:
    member = ctx.kb.team.get(member_id)
    if member is None:
        raise ValueError(f"unknown team member '{member_id}'")
    card = member_card(member, ctx.urls, ctx.page_url)
    card = replace(card, team=team_name(card.team, ctx.tr))
    articles = [ctx.card_of(a)
                for a in ctx.kb.by_author(member_id)]
    contact = ctx.urls.to(CONTACT, ctx.page_url) or ctx.urls.to(HOME, ctx.page_url)
    header = ctx.renderer.render("profile-header", member=card, profile=member.profile)
    details = ctx.renderer.render("profile-details", member=card, profile=member.profile,
                                  articles=articles, contact_url=contact)
    return header, member.profile.bio.strip(), details


def _contact(ctx: Context, *args: str) -> str:
    if ctx.contact is None:
        raise ValueError("there is no contact data; create _data/contact.yml (see the README)")
    return ctx.renderer.render("contact", contact=ctx.contact,
                               lines=by_language(ctx.contact.lines),
                               promise=reply_promise(ctx.reply_within, ctx.tr),
                               issues=open_views(ctx.kb, ctx.urls, ctx.page_url, ctx.tr),
                               status_url=ctx.urls.to(STATUS, ctx.page_url))


def _status(ctx: Context, *args: str) -> str:
    return ctx.renderer.render("status", status=status_view(ctx.kb, ctx.urls, ctx.page_url, ctx.tr),
                               contact_url=ctx.urls.to(CONTACT, ctx.page_url),
                               feed=_feed(ctx, issues_feed(ctx.tr)))


def _feed(ctx: Context, link: FeedLink) -> FeedLink | None:
    """`link` relative to the page, when the site has feeds (a Subscribe page)."""
    if not ctx.urls.to(SUBSCRIBE, ctx.page_url):
        return None
    return FeedLink(link.title, get_relative_url(link.atom, ctx.page_url),
                    get_relative_url(link.json, ctx.page_url))


def _news(ctx: Context, *args: str) -> str:
    posts = [news_card(ctx.kb, uri, meta, ctx.urls, ctx.page_url, ctx.tr)
             for uri, _, meta in news_posts(ctx.kb)]
    return ctx.renderer.render("news", posts=posts, feed=_feed(ctx, news_feed(ctx.tr)))


def _feeds(ctx: Context, *args: str) -> str:
    links = [_feed(ctx, link) for link in feed_links(ctx.kb, ctx.tr)]
    return ctx.renderer.render("feeds", feeds=[link for link in links if link])


SHORTCODES: dict[str, Callable[..., str | tuple[str, ...]]] = {
    # Each returns HTML, or HTML and Markdown in turn (a profile's bio is Markdown).
    "search": _search,
    "categories": _categories,
    "recent": _recent,
    "category": _category,
    "tags": _tags,
    "tag": _tag,
    "team": _team,
    "profile": _profile,
    "contact": _contact,
    "status": _status,
    "news": _news,
    "feeds": _feeds,
}

def _category_refusal(kb: KnowledgeBase, slug: str = "", *args: str) -> str | None:
    category = kb.categories.get(slug)
    if category is None:
        return f"unknown category '{slug}'"
    if category not in kb.published_categories():
        return f"category '{slug}' has no published article, so it is not shown"
    return None


def _tag_refusal(kb: KnowledgeBase, uri: str = "", *args: str) -> str | None:
    if tag_at(kb, uri) is None:
        return f"no published article or news post has the tag of '{uri}'"
    return None


def _profile_refusal(kb: KnowledgeBase, member_id: str = "", *args: str) -> str | None:
    return None if member_id in kb.team else f"unknown team member '{member_id}'"


def _contact_refusal(kb: KnowledgeBase, *args: str) -> str | None:
    if kb.contact is None:
        return "there is no contact data; create _data/contact.yml (see the README)"
    return None


REFUSALS: dict[str, Callable[..., str | None]] = {
    "category": _category_refusal,
    "tag": _tag_refusal,
    "profile": _profile_refusal,
    "contact": _contact_refusal,
}
"""Why a shortcode cannot be shown on any page, by name (None: it can): what the build refuses
before rendering it and `kbgen check` reports (kbgen.site.shortcode_check)."""


def refusal(kb: KnowledgeBase, name: str, args: list[str]) -> str | None:
    """Why `<!-- kb:name args -->` cannot be shown (an unknown name, a category, tag, member
    or contact data that is not there), or None."""
    if name not in SHORTCODES:
        return misnamed_marker(name) \
            or f"unknown shortcode 'kb:{name}' (known: {', '.join(sorted(SHORTCODES))})"
    check = REFUSALS.get(name)
    return check(kb, *args) if check else None


def shown_key(name: str, args: list[str]) -> tuple[str, ...]:
    """What a shortcode shows: its name and the arguments it reads (a repeat is refused)."""
    return (name, *args[:ARGUMENTS_READ[name]])


ARGUMENTS_READ = {name: sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in
                            inspect.signature(handler).parameters.values()) - 1
                  for name, handler in SHORTCODES.items()}
"""How many of its arguments each shortcode reads (`kb:category billing`: one); the others are
ignored, so `kb:categories a` and `kb:categories b` are the same listing twice."""


@dataclass
class Expanded:
    """A page's Markdown with each shortcode replaced by a placeholder, and the HTML that goes
    in each placeholder's place once the Markdown is converted (`fill`). Markdown never
    parses the fragments: a tags index at 10,000 articles is megabytes of HTML.

    Placeholders carry a key made from the page's own text, so an author who writes one (or
    guesses one) writes a plain comment: no page text can contain its own hash."""

    markdown: str
    fragments: list[str]
    key: str = ""

    def fill(self, html: str) -> str:
        """`html` (the converted Markdown) with the fragments in place of their placeholders."""
        if not self.fragments:
            return html
        return placeholder_pattern(self.key).sub(self._fragment, html)

    def _fragment(self, match: re.Match[str]) -> str:
        index = int(match.group(1))
        return self.fragments[index] if index < len(self.fragments) else match.group()

    def anchor_ids(self) -> set[str]:
        """The ids of the fragments' elements (links to them are checked like any anchor)."""
        return {m.group(1) for fragment in self.fragments for m in _ID.finditer(fragment)}


def placeholder_key(markdown: str) -> str:
    """The key of a page's placeholders: a hash of the page's Markdown."""
    return hashlib.sha256(markdown.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def placeholder_pattern(key: str) -> re.Pattern[str]:
    """The placeholders of one page."""
    return re.compile(rf"<!--kbgen-fragment-{key}-(\d+)-->")


_ID = re.compile(r"""\sid=["']([^"']+)["']""")


def expand(markdown: str, ctx: Context, src_uri: str) -> Expanded:
    """Replace every shortcode of a page outside code; an unknown one stops the build."""
    fragments: list[str] = []
    key = placeholder_key(markdown)
    shown: dict[tuple[str, ...], str] = {}  # each shortcode by what it reads, as first written

    def replace(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split()
        handler = SHORTCODES.get(name)
        if handler is None and (misnamed := misnamed_marker(name)):
            raise PluginError(f"Shortcode 'kb:{name}' in '{src_uri}': {misnamed}")
        if handler is None:
            known = ", ".join(sorted(SHORTCODES))
            raise PluginError(f"Unknown shortcode 'kb:{name}' in '{src_uri}' (known: {known})")
        why = REFUSALS[name](ctx.kb, *args) if name in REFUSALS else None
        if why is not None:  # the handler would refuse it too; `kbgen check` reports it
            raise PluginError(f"Shortcode 'kb:{name}' in '{src_uri}': {why}")
        try:
            result = handler(ctx, *args)
        except ValueError as exc:
            raise PluginError(f"Shortcode 'kb:{name}' in '{src_uri}': {exc}") from None
        if (read := shown_key(name, args)) in shown:
            raise PluginError(f"Shortcode '{match.group(0)}' in '{src_uri}' shows the same as"
                              f" '{shown[read]}' above it; keep one (each is put in a page once:"
                              " repeats of a listing would make the page the site's size times"
                              " over)")
        shown[read] = match.group(0)
        out = []
        for index, part in enumerate((result,) if isinstance(result, str) else result):
            if index % 2:  # Markdown, between two HTML fragments
                out.append(part)
            else:
                fragments.append(part)
                out.append(f"<!--kbgen-fragment-{key}-{len(fragments) - 1}-->")
        return "\n\n" + "\n\n".join(out) + "\n\n"
    if "<!--" not in markdown:  # no shortcode can be there: the code map is not needed
        return Expanded(markdown, fragments, key)
    pieces: list[str] = []
    at = 0
    for match in SHORTCODE.finditer(code_map(markdown).blanked()):  # code shows them as written
        pieces += [markdown[at:match.start()], replace(match)]
        at = match.end()
    return Expanded("".join(pieces) + markdown[at:], fragments, key)

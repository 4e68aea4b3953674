"""Expand `<!-- kb:name args -->` shortcodes into rendered fragments."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mkdocs.exceptions import PluginError

from kbgen.core.model import KnowledgeBase
from kbgen.site.contact import ContactView
from kbgen.site.render import Renderer
from kbgen.site.urls import CONTACT, HOME, Urls, tag_anchor
from kbgen.site.views import article_card, category_card, member_card, team_groups

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


def _search(ctx: Context, *args: str) -> str:
    return ctx.renderer.render("search-box", action=ctx.urls.to(HOME, ctx.page_url) or "./")


def _categories(ctx: Context, *args: str) -> str:
    cards = [category_card(ctx.kb, c, ctx.urls, ctx.page_url) for c in ctx.kb.ordered_categories()]
    return ctx.renderer.render("categories", categories=cards)


def _recent(ctx: Context, *args: str) -> str:
    articles = [article_card(ctx.kb, a, ctx.urls, ctx.page_url)
                for a in ctx.kb.recently_updated(ctx.recent)]
    return ctx.renderer.render("article-list", articles=articles, heading="Recently updated",
                               show_category=True)


def _category(ctx: Context, slug: str = "", *args: str) -> str:
    category = ctx.kb.categories.get(slug)
    if category is None:
        raise ValueError(f"unknown category '{slug}'")
    articles = [article_card(ctx.kb, a, ctx.urls, ctx.page_url) for a in ctx.kb.in_category(slug)]
    return ctx.renderer.render("category", category=category.info, articles=articles)


def _tags(ctx: Context, *args: str) -> str:
    tags = [(tag, tag_anchor(tag), [article_card(ctx.kb, a, ctx.urls, ctx.page_url) for a in items])
            for tag, items in ctx.kb.tags().items()]
    return ctx.renderer.render("tags", tags=tags)


def _team(ctx: Context, *args: str) -> str:
    groups = [(name, [member_card(m, ctx.urls, ctx.page_url) for m in members])
              for name, members in team_groups(ctx.kb, ctx.team_order)]
    return ctx.renderer.render("team", groups=groups)


def _profile(ctx: Context, member_id: str = "", *args: str) -> str:
    member = ctx.kb.team.get(member_id)
    if member is None:
        raise ValueError(f"unknown team member '{member_id}'")
    card = member_card(member, ctx.urls, ctx.page_url)
    articles = [article_card(ctx.kb, a, ctx.urls, ctx.page_url)
                for a in ctx.kb.by_author(member_id)]
    contact = ctx.urls.to(CONTACT, ctx.page_url) or ctx.urls.to(HOME, ctx.page_url)
    header = ctx.renderer.render("profile-header", member=card, profile=member.profile)
    details = ctx.renderer.render("profile-details", member=card, profile=member.profile,
                                  articles=articles, contact_url=contact)
    return f"{header}\n\n{member.profile.bio.strip()}\n\n{details}"


def _contact(ctx: Context, *args: str) -> str:
    if ctx.contact is None:
        raise ValueError("there is no contact data; create _data/contact.yml (see the README)")
    return ctx.renderer.render("contact", contact=ctx.contact)


SHORTCODES: dict[str, Callable[..., str]] = {
    "search": _search,
    "categories": _categories,
    "recent": _recent,
    "category": _category,
    "tags": _tags,
    "team": _team,
    "profile": _profile,
    "contact": _contact,
}


def expand(markdown: str, ctx: Context, src_uri: str) -> str:
    """Replace every shortcode of a page; an unknown one stops the build."""
    def replace(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split()
        handler = SHORTCODES.get(name)
        if handler is None:
            known = ", ".join(sorted(SHORTCODES))
            raise PluginError(f"Unknown shortcode 'kb:{name}' in '{src_uri}' (known: {known})")
        try:
            return "\n\n" + handler(ctx, *args) + "\n\n"
        except ValueError as exc:
            raise PluginError(f"Shortcode 'kb:{name}' in '{src_uri}': {exc}") from None
    return SHORTCODE.sub(replace, markdown)




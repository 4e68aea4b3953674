"""Imported articles that share a title (Docusaurus' "Installation" in every product's
section), told apart by their category's title so that a fresh import passes `kbgen build
--strict`; titles repeated inside one category need a person, and the report says so."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kbgen.importers.plan import PlannedArticle

_FIRST_HEADING = re.compile(r"\s*#{1,3}[ \t]+([^\n]*\w[^\n]*)\n")
"""The first line of a page's text, when it is a heading."""


def distinct_titles(articles: Iterable[PlannedArticle],
                    category_title: Callable[[str], str]) -> None:
    """Give each article whose title another imported article has, in another category,
    `Title (Category)`, but for the one page titled as its own category (the section's page:
    `Integrations` in Integrations stays, not `Integrations (Integrations)`); in one category,
    the page's own first heading when it differs; warn on each article that must be retitled
    by hand."""
    groups: dict[str, list[PlannedArticle]] = {}
    for article in articles:
        groups.setdefault(article.source.title.strip().casefold(), []).append(article)
    for title, group in groups.items():
        if len(group) < 2:
            continue
        folders = [article.category for article in group]
        places = [(article.category, _folder(article)) for article in group]
        own = [a for a in group if category_title(a.category).strip().casefold() == title]
        for article in group:
            others = [a.src_uri for a in group if a is not article]
            if own == [article] and folders.count(article.category) == 1:
                continue  # the page of its category, named as the category
            place = (article.category, _folder(article))
            if folders.count(article.category) > 1 and places.count(place) == 1 and place[1]:
                before = article.source.title  # one category, the old site's sub-sections
                article.source.title = f"{before} ({place[1]})"
                article.source.warnings.append(
                    f"title '{before}' is also the title of {', '.join(others)}: now"
                    f" '{article.source.title}' (its folder's on the old site); check it"
                    " reads well")
                continue
            heading = _own_heading(article)
            if folders.count(article.category) > 1 and heading and heading.casefold() not in \
                    {title, *(_own_heading(a).casefold() for a in group if a is not article)}:
                before, article.source.title = article.source.title, heading  # copied title
                article.source.warnings.append(
                    f"title '{before}' is also the title of {', '.join(others)} in the same"
                    f" category: now '{heading}' (the page's own first heading); check it"
                    " reads well")
                continue
            if folders.count(article.category) > 1:
                article.source.warnings.append(
                    f"title '{article.source.title}' is also the title of"
                    f" {', '.join(others)} in the same category (kbgen check warns; --strict"
                    " refuses): make each title say what is different")
                continue
            before = article.source.title
            article.source.title = f"{before} ({category_title(article.category)})"
            article.source.warnings.append(
                f"title '{before}' is also the title of {', '.join(others)}: now"
                f" '{article.source.title}' (its category's); check it reads well")


def _own_heading(article: PlannedArticle) -> str:
    """The heading a page's text starts with (`## Incremental Regeneration` under the title
    `Default Configuration`, copied from the page beside it), as plain text; "" if none."""
    found = _FIRST_HEADING.match(article.source.body)
    return re.sub(r"\s*\{[#.][^{}]*\}\s*$", "", found.group(1)).strip(" #") if found else ""


def _folder(article: PlannedArticle) -> str:
    """The old site's folder of an article, as words (`settings` -> `Settings`)."""
    base = article.source.base
    words = base.name.replace("-", " ").replace("_", " ").strip() if base else ""
    return words[:1].upper() + words[1:]

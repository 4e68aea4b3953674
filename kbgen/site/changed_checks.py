"""The full build's cross-file checks for a quick build whose articles' front matter changed,
run over the changed articles only.

The build the quick build starts from logged nothing (else the full build takes over), so
every check found nothing in the articles as they were. The quick build keeps the files,
their bodies but the changed articles', every page, each changed article's status and old
addresses; so a check can only find something new where it reads a changed article. Each
of the full build's checks (kbgen.core.checks.CHECKS) is in one of three groups below: an
article's own rules (run over the changed ones, looked up in the whole model), a title
shared with another article (the changed titles against all), and rules that read nothing
a front-matter change can alter (their answer stands). A check in no group is run over
every article, as before (`unsorted`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from kbgen.core.checks import (
    CHECKS,
    Check,
    CheckContext,
    article_paths,
    authors_exist,
    categories,
    dates_in_order,
    findable,
    links_resolve,
    one_source_per_page,
    related_exist,
    unique_addresses,
    unique_slugs,
    unique_titles,
    written,
)
from kbgen.core.known_issues import issue_problems
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.news import news_problems
from kbgen.core.redirects import redirect_problems
from kbgen.errors import Problem

OWN_RULES: tuple[Check, ...] = (article_paths, categories, related_exist, authors_exist,
                                dates_in_order, findable, issue_problems, written)
"""Checks of each article by itself (its path, category, related slugs, author, dates,
summary, known-issue block, stand-in text), with what it names looked up in the whole
model."""
SHARED_TITLES: tuple[Check, ...] = (unique_titles,)
"""A title no other article has: the changed titles against every article's."""
STANDING: tuple[Check, ...] = (one_source_per_page, unique_slugs, unique_addresses,
                               links_resolve, redirect_problems, news_problems)
"""What they read is the same after a front-matter change the quick build takes: the files
and their names (slugs, addresses), links in bodies (a changed article's own and links to
its headings are checked apart, kbgen.site.quick_build), old addresses, news pages."""


def unsorted() -> list[Check]:
    """The full build's checks in none of the groups (run over every article)."""
    return [check for check in CHECKS
            if check not in (*OWN_RULES, *SHARED_TITLES, *STANDING)]


def changed_problems(kb: KnowledgeBase, changed: Iterable[Article], ctx: CheckContext
                     ) -> Iterator[Problem]:
    """What the full build's checks find in `kb` that they did not find before the
    `changed` articles (now in `kb`) changed their front matter."""
    articles = list(changed)
    view = ChangedArticles(articles=articles, categories=kb.categories, team=kb.team,
                           draft_team=kb.draft_team, has_team=kb.has_team, whole=kb)
    for check in OWN_RULES:
        yield from check(view, ctx)
    yield from titles_taken(kb, articles, ctx)
    for check in unsorted():
        yield from check(kb, ctx)


def titles_taken(kb: KnowledgeBase, changed: list[Article], ctx: CheckContext
                 ) -> Iterator[Problem]:
    """unique_titles' warning for each changed article whose title another article has."""
    counts = Counter(article.title.casefold() for article in kb.articles)
    if any(counts[article.title.casefold()] > 1 for article in changed):
        titled = {article.title.casefold() for article in changed}
        shared = replace(kb, articles=[article for article in kb.articles
                                       if article.title.casefold() in titled])
        yield from unique_titles(shared, ctx)


@dataclass
class ChangedArticles(KnowledgeBase):
    """The changed articles as a knowledge base, whose `article` lookup answers from the
    whole model (a `related` slug names any article)."""

    whole: KnowledgeBase = field(default_factory=KnowledgeBase)

    def article(self, slug: str) -> Article | None:
        return self.whole.article(slug)

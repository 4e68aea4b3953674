"""Known issues: which are open on a given day, what they affect, and their checks.

An issue is open until its `fixed_on` day (or for good while it has none): a date, not a
person, takes it off the banners, so a fix announced for Tuesday closes on Tuesday's build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kbgen.core.build_day import build_day as build_day  # where it was first
from kbgen.core.i18n import N_
from kbgen.core.model import Article, KnowledgeBase
from kbgen.core.schema import IssueState, KnownIssue
from kbgen.errors import Level, Problem

if TYPE_CHECKING:
    from kbgen.core.checks import CheckContext

RECENTLY_FIXED_DAYS = 30
"""Fixed issues stay on the status page this many days after `fixed_on`."""
STATE_LABELS: dict[str, str] = {
    "investigating": N_("Investigating"),
    "identified": N_("Cause identified"),
    "workaround": N_("Workaround available"),
    "monitoring": N_("Fix released, monitoring"),
    "fixed": N_("Fixed"),
}
"""How each state reads on the site."""


@dataclass(frozen=True)
class Issue:
    """A known issue as it stands on one day."""

    article: Article
    block: KnownIssue
    today: dt.date

    @property
    def has_begun(self) -> bool:
        """False before its `since` day: an issue announced ahead (planned maintenance) is
        not on the site until then."""
        return self.block.since <= self.today

    @property
    def is_open(self) -> bool:
        """Open until its `fixed_on` day has come."""
        fixed_on = self.block.fixed_on
        return fixed_on is None or fixed_on > self.today

    @property
    def state(self) -> IssueState:
        """`fixed` once `fixed_on` has come; before that day a `fixed` written ahead reads
        as `monitoring`; else the state written."""
        if not self.is_open:
            return "fixed"
        return "monitoring" if self.block.state == "fixed" else self.block.state

    @property
    def state_label(self) -> str:
        """The state as customers read it."""
        return STATE_LABELS[self.state]

    @property
    def updated(self) -> dt.date:
        """The day of the last change: newest update, `fixed_on` once come, or `since`."""
        days = [self.block.since, *(u.date for u in self.block.updates if u.date <= self.today)]
        if not self.is_open and self.block.fixed_on:
            days.append(self.block.fixed_on)
        return max(days)

    @property
    def errors(self) -> list[str]:
        """The issue's error codes, then the article's own."""
        return list(dict.fromkeys([*self.block.errors, *self.article.meta.errors]))

    @property
    def recently_fixed(self) -> bool:
        """Fixed no more than RECENTLY_FIXED_DAYS ago."""
        fixed_on = self.block.fixed_on
        return (not self.is_open and fixed_on is not None
                and (self.today - fixed_on).days <= RECENTLY_FIXED_DAYS)

    def affects(self, article: Article) -> bool:
        """True for an article customers with this issue land on: one that shares an error
        code with it (in any case), or one the issue's article lists in `related`."""
        if article is self.article:
            return False
        if article.slug in self.article.meta.related:
            return True
        codes = {code.casefold() for code in self.errors}
        return any(code.casefold() in codes for code in article.meta.errors)


def issues(kb: KnowledgeBase, today: dt.date) -> list[Issue]:
    """Every published known issue begun by `today`: open first (major first, then newest
    change), then the fixed (newest fix first)."""
    found = [Issue(a, a.meta.known_issue, today) for a in kb.known_issues()
             if a.meta.known_issue is not None and a.meta.known_issue.since <= today]
    return sorted(found, key=lambda i: (not i.is_open, not i.block.major,
                                        -i.updated.toordinal(), i.article.title.casefold()))


def open_issues(kb: KnowledgeBase, today: dt.date) -> list[Issue]:
    """The issues still open on `today`."""
    return [issue for issue in issues(kb, today) if issue.is_open]


def issue_of(kb: KnowledgeBase, article: Article, today: dt.date) -> Issue | None:
    """The article's own known issue, if it is one and published."""
    block = article.meta.known_issue
    issue = Issue(article, block, today) if block is not None and article.is_public else None
    return issue if issue is not None and issue.has_begun else None


def search_boost_text(article: Article, today: dt.date) -> str:
    """What the search index's `issue` field holds: the error codes of an open issue, so a
    search for one puts the issue first; empty once fixed (still found, not first)."""
    issue = Issue(article, article.meta.known_issue, today) if article.meta.known_issue else None
    return " ".join(issue.errors) if issue is not None and issue.has_begun and issue.is_open \
        else ""


def issue_problems(kb: KnowledgeBase, ctx: CheckContext) -> Iterator[Problem]:
    """A `known_issue` block tells a coherent story: a fixed issue says when, the timeline
    reads newest first and starts no earlier than the issue. (Nothing here depends on the
    day: a check as of any date gives the same answer.)"""
    for article in kb.articles:
        block = article.meta.known_issue
        if block is None:
            continue
        origin = article.origin

        def problem(key: str, message: str, level: Level = "error") -> Problem:
            return Problem(origin.display_path, origin.line_of(f"known_issue.{key}"),
                           level, message)
        if block.state == "fixed" and block.fixed_on is None:
            yield problem("state", "a fixed known issue needs `fixed_on:` (the day the fix"
                          " was out, e.g. 2026-12-04) and ideally `fixed_in:` (what fixed it)")
        if block.fixed_on and block.fixed_on < block.since:
            yield problem("fixed_on", f"fixed_on ({block.fixed_on}) is before since"
                          f" ({block.since})")
        dates = [update.date for update in block.updates]
        for at, (newer, older) in enumerate(zip(dates, dates[1:])):
            if newer < older:
                yield problem(f"updates[{at + 1}].date", f"updates must be newest first:"
                              f" {older} comes after {newer}; move it up")
        for at, update in enumerate(block.updates):
            if update.date < block.since:
                yield problem(f"updates[{at}].date", f"update of {update.date} is before the"
                              f" issue began (since: {block.since})", "warning")
        if not block.errors and not article.meta.errors and not block.major \
                and not article.meta.related:
            yield problem("state", "this known issue names no `errors`, no `related` articles"
                          " and is not `major`: no banner will show it; add the error codes"
                          " customers see", "warning")

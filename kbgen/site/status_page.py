"""Known issues on the site: the status page, the box on an issue's article, and banners."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kbgen.core.i18n import Translator
from kbgen.core.known_issues import STATE_LABELS, Issue, build_day, issue_of, issues, open_issues
from kbgen.core.model import Article, KnowledgeBase
from kbgen.site.urls import STATUS, Urls


@dataclass(frozen=True)
class UpdateView:
    """One step of an issue's timeline."""

    date: dt.date
    date_text: str
    text: str
    state_label: str


@dataclass(frozen=True)
class IssueView:
    """A known issue as the status page, banners and the article's box show it."""

    title: str
    source: str
    """Source path of the issue's article."""
    url: str
    """Relative to the page shown on, or from the site root for banners (`| url`)."""
    state: str
    state_label: str
    is_open: bool
    major: bool
    since: dt.date
    since_text: str
    updated: dt.date
    updated_text: str
    applies_to: list[str]
    errors: list[str]
    workaround: str
    fixed_in: str
    fixed_on_text: str
    updates: list[UpdateView]


def issue_view(issue: Issue, url: str, tr: Translator) -> IssueView:
    """`issue` with its article at `url`; updates dated after today are not shown yet."""
    block = issue.block
    shown = [UpdateView(u.date, tr.date(u.date), u.text,
                        tr.gettext(STATE_LABELS[u.state]) if u.state else "")
             for u in block.updates if u.date <= issue.today]
    return IssueView(
        title=issue.article.title, source=issue.article.origin.src_uri, url=url,
        state=issue.state, state_label=tr.gettext(issue.state_label),
        is_open=issue.is_open, major=block.major, since=block.since,
        since_text=tr.date(block.since), updated=issue.updated,
        updated_text=tr.date(issue.updated),
        applies_to=list(block.applies_to or issue.article.meta.applies_to),
        errors=issue.errors, workaround=block.workaround or "", fixed_in=block.fixed_in or "",
        fixed_on_text=tr.date(block.fixed_on) if not issue.is_open else "",
        updates=shown)


@dataclass(frozen=True)
class StatusView:
    """The status page: open issues, then those fixed lately."""

    open: list[IssueView]
    fixed: list[IssueView]
    today_text: str


def status_view(kb: KnowledgeBase, urls: Urls, page_url: str, tr: Translator,
                today: dt.date | None = None) -> StatusView:
    """The status page's issues, links relative to `page_url`."""
    day = today or build_day()
    found = issues(kb, day)
    return StatusView(
        [issue_view(i, urls.article(i.article, page_url), tr) for i in found if i.is_open],
        [issue_view(i, urls.article(i.article, page_url), tr) for i in found
         if i.recently_fixed],
        tr.date(day))


def open_views(kb: KnowledgeBase, urls: Urls, page_url: str, tr: Translator,
               today: dt.date | None = None) -> list[IssueView]:
    """The open issues, links relative to `page_url` (the contact page lists them)."""
    return [issue_view(i, urls.article(i.article, page_url), tr)
            for i in open_issues(kb, today or build_day())]


@dataclass(frozen=True)
class Banners:
    """What the banner above every page shows: the major open issues, the same on every page
    (the banner is part of the page frames of kbgen.site.fastrender.frames). URLs are from the
    site root (`| url`)."""

    major: list[IssueView]
    status_url: str


def banners(kb: KnowledgeBase, urls: Urls, tr: Translator,
            today: dt.date | None = None) -> Banners:
    """The banner of every page for the day of the build."""
    return Banners([issue_view(i, urls.article(i.article, ""), tr)
                    for i in open_issues(kb, today or build_day()) if i.block.major],
                   urls.to(STATUS, ""))


def affecting(kb: KnowledgeBase, article: Article, urls: Urls, page_url: str, tr: Translator,
              today: dt.date | None = None) -> list[IssueView]:
    """The open issues that are not major (those are in every page's banner) and affect
    `article` (`Issue.affects`), links relative to `page_url`."""
    return [issue_view(i, urls.article(i.article, page_url), tr)
            for i in open_issues(kb, today or build_day())
            if not i.block.major and i.affects(article)]


def article_issue(kb: KnowledgeBase, article: Article, tr: Translator) -> IssueView | None:
    """The box on a known issue's own article (None for other articles)."""
    issue = issue_of(kb, article, build_day())
    return issue_view(issue, "", tr) if issue is not None else None


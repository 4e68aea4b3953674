"""What a later build publishes: news posts dated ahead and known issues announced ahead,
as `kbgen check` lists them (a date decides, not a person)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kbgen.core.known_issues import build_day
from kbgen.core.model import KnowledgeBase
from kbgen.core.news import scheduled_posts
from kbgen.core.text import show_hidden


@dataclass(frozen=True)
class Scheduled:
    """A published post or known issue whose day has not come."""

    path: str
    line: int
    what: str
    """What the first build on that day does, e.g. `news post published`."""
    date: dt.date
    days: int
    """Days from the check's day to that day."""

    def __str__(self) -> str:
        """`path:line: scheduled: ...`, saying which build does it."""
        when = "tomorrow" if self.days == 1 else f"in {self.days} days"
        return (f"{show_hidden(self.path)}:{self.line}: scheduled: {self.what} by the first"
                f" build on or after {self.date} ({when})")


def scheduled_notes(kb: KnowledgeBase, today: dt.date | None = None) -> list[Scheduled]:
    """Each post not published yet and each known issue not announced yet, soonest first."""
    day = today or build_day()
    found = [Scheduled(page.origin.display_path, page.origin.line_of("date"),
                       "news post published", meta.date, (meta.date - day).days)
             for _, page, meta in scheduled_posts(kb, day)]
    for article in kb.known_issues():
        block = article.meta.known_issue
        if block is not None and block.since > day:
            found.append(Scheduled(
                article.origin.display_path, article.origin.line_of("known_issue.since"),
                "known issue announced (status page, banners, feed)", block.since,
                (block.since - day).days))
    return sorted(found, key=lambda note: (note.date, note.path))

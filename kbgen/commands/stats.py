"""`kbgen stats`: how the knowledge base is doing, for improving the process.

Only counts over articles: never per person, no ranking of agents.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import asdict, dataclass

from kbgen.core.build_day import build_day
from kbgen.core.loader import load
from kbgen.core.model import Article, KnowledgeBase
from kbgen.project import Project


@dataclass(frozen=True)
class Stats:
    """Figures about published articles."""

    published: int
    drafts: int
    internal: int
    per_category: dict[str, int]
    median_age_days: int | None
    oldest_age_days: int | None
    oldest: str | None
    stale: int
    stale_after_days: int
    with_errors: int
    added_per_month: dict[str, int]


def _last_touch(article: Article) -> dt.date | None:
    dates = [d for d in (article.meta.updated, article.meta.reviewed, article.meta.created) if d]
    return max(dates) if dates else None


def compute(kb: KnowledgeBase, today: dt.date, stale_after_days: int) -> Stats:
    """Counts, ages and monthly additions of a knowledge base."""
    public = kb.public_articles()
    statuses = Counter(a.meta.status for a in kb.articles)
    ages = sorted((((today - d).days, a) for a in public if (d := _last_touch(a))),
                  key=lambda pair: (pair[0], pair[1].slug))
    per_category = {c.info.title: len(kb.in_category(c.slug)) for c in kb.ordered_categories()}
    months = Counter(a.meta.created.strftime("%Y-%m") for a in public if a.meta.created)
    return Stats(
        published=len(public), drafts=statuses["draft"], internal=statuses["internal"],
        per_category=per_category,
        median_age_days=int(statistics.median(a for a, _ in ages)) if ages else None,
        oldest_age_days=ages[-1][0] if ages else None,
        oldest=ages[-1][1].origin.display_path if ages else None,
        stale=sum(1 for age, _ in ages if age > stale_after_days),
        stale_after_days=stale_after_days,
        with_errors=sum(1 for a in public if a.meta.errors),
        added_per_month=dict(sorted(months.items())),
    )


def stats(project: Project, today: dt.date | None = None) -> Stats:
    """Figures for the project's content."""
    kb, _ = load(project.content_dir, project.settings)
    return compute(kb, today or build_day(), project.settings.stale_after_days)


def render(figures: Stats) -> str:
    """A short plain-text report."""
    width = max((len(name) for name in figures.per_category), default=10)
    share = (f"{figures.with_errors} of {figures.published}"
             f" ({round(100 * figures.with_errors / figures.published)}%)"
             if figures.published else "0")
    most = max(figures.added_per_month.values(), default=1)
    lines = [
        f"Published articles: {figures.published} (not published: {figures.drafts} draft,"
        f" {figures.internal} internal)",
        "", "Per category:",
        *(f"  {name:<{width}}  {count:>4}" for name, count in figures.per_category.items()),
        "",
        f"Age since last update or review: median {figures.median_age_days} days,"
        f" oldest {figures.oldest_age_days} days ({figures.oldest})"
        if figures.median_age_days is not None else "Age: no dated articles",
        f"Stale (over {figures.stale_after_days} days): {figures.stale}",
        f"With error codes or messages: {share}",
        "", "Added per month (created):",
        *(f"  {month}  {'#' * max(1, round(20 * n / most)):<20} {n}"
          for month, n in figures.added_per_month.items()),
    ]
    return "\n".join(lines)


def as_dict(figures: Stats) -> dict[str, object]:
    """The figures as plain data, for --json."""
    return asdict(figures)

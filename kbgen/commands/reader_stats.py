"""`kbgen stats --analytics FILE --gaps FILE`: what readers and tickets say, per article,
category and month; never per person or per author."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from kbgen.core.feedback_stats import (
    Feedback,
    GapTimeline,
    StatsInputError,
    feedback,
    read_event_counts,
    read_gap_reports,
)
from kbgen.core.loader import load
from kbgen.errors import KbError
from kbgen.project import Project


def reader_figures(project: Project, analytics: Path | None, gap_reports: list[Path]
                   ) -> tuple[Feedback | None, GapTimeline | None]:
    """Figures from an analytics export and gaps reports (None for what was not given)."""
    try:
        counts = read_event_counts(analytics) if analytics else None
        timeline = read_gap_reports(gap_reports) if gap_reports else None
    except StatsInputError as exc:
        raise KbError(str(exc)) from None
    figures = None
    if counts is not None:
        kb, _ = load(project.content_dir, project.settings, gate=False)
        figures = feedback(kb, counts)
    return figures, timeline


def _ratio(yes: int, no: int, ratio: float) -> str:
    return f"{ratio:>4.0%} helpful ({yes} yes, {no} no)"


def render(figures: Feedback | None, timeline: GapTimeline | None) -> str:
    """Plain-text sections to print after the content figures."""
    lines: list[str] = []
    if figures is not None:
        lines += ["", "Was this helpful? (least helpful first)"]
        lines += [f"  {_ratio(h.yes, h.no, h.ratio)}  {h.name}" for h in figures.per_article]
        if not figures.per_article:
            lines.append("  no answers in the export")
        lines += ["", "Per category:"]
        lines += [f"  {_ratio(h.yes, h.no, h.ratio)}  {h.name}" for h in figures.per_category]
        lines += ["", f"Searches that found nothing: {figures.no_result_searches}"]
        lines += [f"  {count:>5}  {query}" for query, count in figures.top_no_result_queries]
        if figures.no_result_searches and not figures.top_no_result_queries:
            lines.append("  (the site does not send search terms: extra.kb.analytics."
                         "search_terms)")
        if figures.contact_used:
            used = ", ".join(f"{kind} {n}" for kind, n in figures.contact_used.items())
            lines += ["", f"Contact links used: {used}"]
    if timeline is not None:
        lines += ["", "Gaps (kbgen gaps), tickets no article answers well:"]
        for report in timeline.reports:
            period = f"{report['first']} to {report['last']}" if report["first"] else "undated"
            lines.append(f"  {report['source']} ({period}): {report['gaps']} of"
                         f" {report['tickets']} tickets, {len(report['clusters'])} problem(s)")
            lines += [f"    {group['size']:>4}  {group['sample']}"
                      for group in report["clusters"][:5]]
        if timeline.per_month:
            most = max(timeline.per_month.values())
            lines += ["", "  Gap tickets per month:"]
            lines += [f"  {month}  {'#' * max(1, round(20 * n / most)):<20} {n}"
                      for month, n in timeline.per_month.items()]
    return "\n" + "\n".join(lines) if lines else ""


def as_dict(figures: Feedback | None, timeline: GapTimeline | None) -> dict[str, Any]:
    """The figures as plain data, for --json."""
    data: dict[str, Any] = {}
    if figures is not None:
        data["feedback"] = {
            **asdict(figures),
            "per_article": [{**asdict(h), "ratio": h.ratio} for h in figures.per_article],
            "per_category": [{**asdict(h), "ratio": h.ratio} for h in figures.per_category]}
    if timeline is not None:
        data["gaps"] = asdict(timeline)
    return data

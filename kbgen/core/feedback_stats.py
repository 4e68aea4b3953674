"""Figures from what readers told the site: helpful ratios, searches that found nothing, gaps.

Inputs are an analytics export (the counts the site sent, kbgen.core.analytics) and reports
of `kbgen gaps --json`. Figures are per article, per category and per month: never per
person, and never per author (no view ranks the people who write).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kbgen.core.gaps import Masker
from kbgen.core.model import KnowledgeBase
from kbgen.core.slugs import published_stem

_EVENT = ("event", "name", "event action", "event name", "goal", "label")
_DETAIL = ("detail", "property value", "value", "event name")
_COUNT = ("count", "events", "total events", "nb events", "total conversions", "conversions",
          "visitors", "hits", "total")


class StatsInputError(Exception):
    """A file given to `kbgen stats` that cannot be read; names the file, line and fix."""


@dataclass(frozen=True)
class Helpful:
    """Yes and No answers to "Was this helpful?" for an article or a category."""

    name: str
    yes: int
    no: int

    @property
    def ratio(self) -> float:
        """Share of Yes (0-1)."""
        return round(self.yes / (self.yes + self.no), 2) if self.yes + self.no else 0.0


@dataclass(frozen=True)
class Feedback:
    """Figures from an analytics export."""

    per_article: list[Helpful]
    """Least helpful first."""
    per_category: list[Helpful]
    no_result_searches: int
    top_no_result_queries: list[tuple[str, int]]
    """Only when the site sent search terms (extra.kb.analytics.search_terms)."""
    contact_used: dict[str, int]
    """Contact links used, by kind (mail, phone, page)."""


@dataclass(frozen=True)
class GapTimeline:
    """Gap clusters of one or more `kbgen gaps --json` reports, by month."""

    reports: list[dict[str, Any]] = field(default_factory=list)
    """Per report: source, tickets, gaps, and clusters (size, first sample, per month)."""
    per_month: dict[str, int] = field(default_factory=dict)
    """Gap tickets per month over every report."""


def untrusted(text: str, masker: Masker) -> str:
    """Text of an analytics export made fit to print: anyone can send events to the public
    endpoint and readers type anything into search, so control and formatting characters
    (terminal escapes, bidi overrides) go and personal data is masked as in `kbgen gaps`."""
    return " ".join(masker.mask(text).split())


def _key(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name.strip().lower())


def read_event_counts(path: Path) -> Counter[str]:
    """Counts per event label (`helpful-yes:articles/x.html`) from an analytics CSV export:
    GoatCounter's export (a row per hit) or any `event,count` table (Plausible or Matomo
    reports saved as CSV; an optional `detail` column is added to the event name)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise StatsInputError(f"{path}: error: cannot read the analytics export ({exc});"
                              " save it as CSV in UTF-8") from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise StatsInputError(f"{path}:1: error: empty analytics export")
    header = [_key(cell) for cell in rows[0]]

    def column(names: tuple[str, ...], skip: int | None = None) -> int | None:
        return next((header.index(n) for n in names if n in header and header.index(n) != skip),
                    None)

    counts: Counter[str] = Counter()
    if "path" in header and "event" in header:  # GoatCounter: one row per hit
        path_at, hit_at = header.index("path"), header.index("event")
        for row in rows[1:]:
            if len(row) > max(path_at, hit_at) and row[hit_at].strip().lower() in (
                    "true", "1", "t", "yes"):
                counts[row[path_at].strip()] += 1
        return counts
    event_at = column(_EVENT)
    count_at = column(_COUNT)
    if event_at is None or count_at is None:
        raise StatsInputError(
            f"{path}:1: error: unknown columns ({', '.join(rows[0][:8])}); give GoatCounter's"
            " CSV export, or a CSV with the columns event,count (and optionally detail)")
    detail_at = column(_DETAIL, skip=event_at)
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            value = int(float(row[count_at].replace(",", "")))
        except (IndexError, ValueError):
            shown = row[count_at] if count_at < len(row) else ""
            raise StatsInputError(f"{path}:{number}: error: '{shown}' is not a count; the"
                                  f" {rows[0][count_at]} column holds whole numbers") from None
        name = row[event_at].strip()
        detail = row[detail_at].strip() if detail_at is not None and detail_at < len(row) else ""
        counts[f"{name}:{detail}" if detail and ":" not in name else name] += value
    return counts


def feedback(kb: KnowledgeBase, counts: Counter[str], top: int = 10) -> Feedback:
    """Helpful ratios per published article and category, searches without result, contact."""
    titles: dict[str, tuple[str, str]] = {}
    for article in kb.public_articles():
        found = kb.categories.get(article.category)
        entry = (article.title, found.info.title if found else article.category)
        for page in {re.sub(r"\.md$", "", article.origin.src_uri),
                     published_stem(article.origin.src_uri)}:  # where readers found it
            for form in (f"{page}.html", f"{page}/", page):
                titles[form] = entry
    yes: Counter[str] = Counter()
    no: Counter[str] = Counter()
    queries: Counter[str] = Counter()
    contact: Counter[str] = Counter()
    searches = 0
    masker = Masker()
    for label, number in counts.items():
        name, _, detail = label.partition(":")
        detail = untrusted(detail, masker).lstrip("/")
        if name in ("helpful-yes", "helpful-no") and detail:
            (yes if name == "helpful-yes" else no)[detail] += number
        elif name == "search-no-result":
            searches += number
            if detail:
                queries[detail.lower()] += number
        elif name == "contact":
            contact[detail or "link"] += number
    articles: list[Helpful] = []
    category_yes: Counter[str] = Counter()
    category_no: Counter[str] = Counter()
    for page in sorted(set(yes) | set(no)):
        title, category = titles.get(page, (page, "(not a published article)"))
        articles.append(Helpful(title, yes[page], no[page]))
        category_yes[category] += yes[page]
        category_no[category] += no[page]
    per_category = [Helpful(name, category_yes[name], category_no[name])
                    for name in sorted(set(category_yes) | set(category_no))]
    return Feedback(
        per_article=sorted(articles, key=lambda h: (h.ratio, -(h.yes + h.no), h.name)),
        per_category=sorted(per_category, key=lambda h: (h.ratio, h.name)),
        no_result_searches=searches,
        top_no_result_queries=sorted(queries.items(), key=lambda q: (-q[1], q[0]))[:top],
        contact_used=dict(sorted(contact.items())))


def read_gap_reports(paths: list[Path]) -> GapTimeline:
    """The clusters of `kbgen gaps --json` reports, in the order of their first ticket."""
    reports: list[dict[str, Any]] = []
    months: Counter[str] = Counter()
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise StatsInputError(f"{path}: error: not a report of kbgen gaps --json ({exc})"
                                  ) from None
        if not isinstance(data, dict) or "kbgen_gaps" not in data:
            raise StatsInputError(f"{path}: error: not a report of kbgen gaps --json; make one"
                                  " with: kbgen gaps TICKETS.csv --json > gaps.json")
        clusters = [{"size": c["size"], "sample": (c.get("samples") or [""])[0],
                     "per_month": c.get("per_month", {})} for c in data.get("clusters", [])]
        for group in clusters:
            months.update(group["per_month"])
        reports.append({"source": data.get("source", path.name), "first": data.get("first"),
                        "last": data.get("last"), "tickets": data.get("tickets", 0),
                        "gaps": data.get("gaps", 0), "clusters": clusters})
    reports.sort(key=lambda r: (r["first"] or "", r["source"]))
    return GapTimeline(reports, dict(sorted(months.items())))

"""`kbgen gaps TICKETS.csv`: problems customers wrote in about that no article answers well.

Reads a ticket export, runs each ticket through the site's own search over the published
articles, and reports the tickets whose best article matches too little of them, grouped by
problem, largest group first. Only masked wording is ever printed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kbgen.core.gaps import (
    DEFAULT_SIMILARITY,
    DEFAULT_THRESHOLD,
    Cluster,
    Masker,
    Matcher,
    cluster,
    date_range,
    find_gaps,
)
from kbgen.core.loader import load
from kbgen.core.search import article_document, compact_index, load_compact, search
from kbgen.core.search_place import place_text
from kbgen.core.tickets import NAMES, TicketError, read_tickets
from kbgen.errors import KbError
from kbgen.project import Project

FORMAT_VERSION = 1
"""Of the --json output, which `kbgen stats --gaps` reads."""


@dataclass(frozen=True)
class GapReport:
    """What `kbgen gaps` found in one export."""

    source: str
    export: str
    """The help desk the export came from (`Zendesk`, ...)."""
    tickets: int
    gaps: int
    threshold: float
    first: str | None
    last: str | None
    clusters: list[dict[str, Any]]


def gaps(project: Project, tickets_file: Path, threshold: float = DEFAULT_THRESHOLD,
         similarity: float = DEFAULT_SIMILARITY, samples: int = 3) -> GapReport:
    """Score every ticket of `tickets_file` against the project's published articles."""
    try:
        kind, tickets = read_tickets(tickets_file)
    except TicketError as exc:
        raise KbError(str(exc)) from None
    kb, _ = load(project.content_dir, project.settings, gate=False)
    articles = kb.public_articles()
    documents = [article_document(a, a.origin.display_path, place=place_text(a, kb.categories))
                 for a in articles]
    index = load_compact(compact_index(documents, kb.synonyms))
    region = kb.contact.main_line.region if kb.contact else None
    matcher = Matcher(documents, lambda query: search(index, query, 1))
    scored, found = find_gaps(tickets, matcher, Masker(region), threshold)
    first, last = date_range(tickets)

    def nearest(group: Cluster) -> dict[str, str] | None:
        ref = group.nearest()
        if ref is None:
            return None
        article = articles[int(ref)]
        return {"title": article.title, "path": article.origin.src_uri}

    groups = cluster(found, similarity, scored)
    return GapReport(
        source=tickets_file.name, export=NAMES[kind], tickets=len(scored), gaps=len(found),
        threshold=threshold, first=first.isoformat() if first else None,
        last=last.isoformat() if last else None,
        clusters=[{"size": g.size, "samples": g.samples(samples), "nearest": nearest(g),
                   "best_coverage": max(s.coverage for s in g.tickets),
                   "lines": [s.ticket.line for s in g.tickets], "per_month": g.per_month()}
                  for g in groups])


def render_text(report: GapReport) -> str:
    """Clusters, largest first, with sample wording and the nearest article."""
    period = f", {report.first} to {report.last}" if report.first else ""
    lines = [f"{report.gaps} of {report.tickets} tickets ({report.export} export"
             f"{period}) have no article matching at least {report.threshold:.0%} of their"
             f" words; {len(report.clusters)} problem(s), largest first."]
    for number, group in enumerate(report.clusters, 1):
        nearest = group["nearest"]
        lines += ["", f"{number}. {group['size']} ticket(s)"]
        lines += [f"   \"{sample}\"" for sample in group["samples"]]
        lines.append(f"   Nearest article: {nearest['title']} ({nearest['path']}), covering at"
                     f" most {group['best_coverage']:.0%} of a ticket's words"
                     if nearest else "   Nearest article: none")
    return "\n".join(lines)


def render_markdown(report: GapReport) -> str:
    """The same as Markdown, for an issue tracker."""
    period = f", {report.first} to {report.last}" if report.first else ""
    lines = [f"## Help centre gaps: {report.gaps} of {report.tickets} tickets", "",
             f"From a {report.export} export ({report.source}{period}). A ticket is a gap when"
             f" its best article matches less than {report.threshold:.0%} of its words.", ""]
    for number, group in enumerate(report.clusters, 1):
        nearest = group["nearest"]
        lines.append(f"### {number}. {group['size']} ticket(s)")
        lines.append("")
        lines += [f"> {_markdown_text(sample)}\n" for sample in group["samples"]]
        lines.append(f"Nearest article: [{_markdown_text(nearest['title'])}]"
                     f"({nearest['path']}), covering at most {group['best_coverage']:.0%} of a"
                     " ticket's words" if nearest else "Nearest article: none")
        lines.append("")
        lines.append(f"- [ ] Write or improve an article for this ({group['size']} tickets)")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _markdown_text(text: str) -> str:
    """Text that Markdown shows as typed (no links, emphasis or HTML from a ticket)."""
    escaped = "".join(f"\\{ch}" if ch in "\\`*_[]<>|~" else ch for ch in text)
    return f"\\{escaped}" if escaped[:1] in ("#", "+", "-", "=") else escaped


def render_json(report: GapReport) -> str:
    """Machine-readable report (read by `kbgen stats --gaps`)."""
    return json.dumps({"kbgen_gaps": FORMAT_VERSION, **report.__dict__}, indent=2,
                      ensure_ascii=False)

"""What `kbgen build` says it published: counts and sizes of the site, and the time taken."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BuildSummary:
    """What a build published, and what it cost."""

    site: Path
    published: int
    drafts: int
    internal: int
    pages: int
    site_bytes: int
    search_bytes: int
    seconds: float

    def __str__(self) -> str:
        return (f"Published {_count(self.published, 'article')} ({_count(self.drafts, 'draft')}"
                f" and {self.internal} internal skipped); {_count(self.pages, 'page')},"
                f" {_size(self.site_bytes)} in"
                f" {os.path.relpath(self.site)}, search index {_size(self.search_bytes)};"
                f" {self.seconds:.1f} s")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{count / 1e3:.0f} kB"


def summarise(site: Path, counts: dict[str, int], seconds: float) -> BuildSummary:
    """Sizes and counts of a finished build."""
    files = [p for p in site.rglob("*") if p.is_file()]
    search = [p for p in files if p.suffix == ".json" and p.relative_to(site).parts[0] == "search"
              and "kb-text" not in p.relative_to(site).parts]  # the index, not excerpt texts
    return BuildSummary(site, counts["published"], counts["drafts"], counts["internal"],
                        sum(1 for p in files if p.suffix == ".html"),
                        sum(p.stat().st_size for p in files), sum(p.stat().st_size for p in search),
                        seconds)

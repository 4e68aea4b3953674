"""What `kbgen build` says it published: counts and sizes of the site, and the time taken."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
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
    pages = size = search = 0
    for relative, bytes_ in _files(site):
        pages += relative.endswith(".html")
        size += bytes_
        search += bytes_ * _in_search_index(relative)
    return BuildSummary(site, counts["published"], counts["drafts"], counts["internal"], pages,
                        size, search, seconds)


def _files(site: Path) -> Iterator[tuple[str, int]]:
    """(path relative to `site`, size) of each file in it, as `site.rglob("*")` finds them
    (folders linked to are not entered), each asked for its size once: `rglob`'s paths and
    two `stat`s a file took 0.05-0.07 CPU s on a site of 2,000 articles, this 0.01."""
    folders = [("", os.fspath(site))]
    while folders:
        prefix, folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir() and not entry.is_symlink():
                    folders.append((f"{prefix}{entry.name}/", entry.path))
                elif entry.is_file():
                    yield f"{prefix}{entry.name}", entry.stat().st_size


def summarise_changes(site: Path, counts: dict[str, int], seconds: float,
                      before: dict[str, int], listing: dict[str, list[int]],
                      changed: Collection[str]) -> BuildSummary:
    """`summarise`'s figures without walking the site: those of the build before (`before`,
    its summary's figures, of the site `listing` lists: [size, ...] by relative path) with
    the files `changed` since (written anew, added or removed; paths relative to `site`)."""
    pages, size, search = before["pages"], before["site_bytes"], before["search_bytes"]
    for relative in changed:
        html, indexed = relative.endswith(".html"), _in_search_index(relative)
        was = listing.get(relative)
        if was is not None:
            pages, size, search = pages - html, size - was[0], search - was[0] * indexed
        try:
            now = os.stat(site / relative, follow_symlinks=False).st_size
        except FileNotFoundError:
            continue
        pages, size, search = pages + html, size + now, search + now * indexed
    return BuildSummary(site, counts["published"], counts["drafts"], counts["internal"], pages,
                        size, search, seconds)


def _in_search_index(relative: str) -> bool:
    """Whether a file of the site (its path relative to the site) counts as the search index:
    the index, not the excerpts' texts (`search/kb-text`)."""
    parts = relative.split("/")
    return relative.endswith(".json") and parts[0] == "search" and "kb-text" not in parts

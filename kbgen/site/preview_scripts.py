"""The theme's inline scripts in each page of a preview, kept between its builds: the end of a
catch-up hashes them for `_headers` (kbgen.site.hosting) and then reads only the pages written
since, not all of them (~2.5 CPU s at 10,000 articles, issue 14)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kbgen.site.hosting import ThemeScripts

SETTLED_NS = 2_000_000_000
"""A page written less than this before a scan is read again at the next: a file's time has
a clock's coarse steps, so a second write in the same step, of the same size, would look
unchanged (git's "racy" entries, the same way)."""

Stamp = tuple[int, int, int]
"""A file's inode, size and time of its last write, in nanoseconds."""


class PageScripts:
    """CSP sources of the theme's inline scripts in each page of a served folder, by path,
    each kept while its file is as it was when read (same inode, size and time)."""

    def __init__(self) -> None:
        self._theme: list[str] | None = None
        self._seen: dict[Path, tuple[Stamp, set[str]]] = {}

    def of_pages(self, site_dir: Path, theme: ThemeScripts) -> dict[Path, set[str]]:
        """Every page of `site_dir` with its theme scripts' CSP sources, read again only
        where the file changed since the last call (or the theme's scripts did)."""
        if theme.patterns != self._theme:
            self._theme, self._seen = list(theme.patterns), {}
        settled = time.time_ns() - SETTLED_NS
        seen: dict[Path, tuple[Stamp, set[str]]] = {}
        found: dict[Path, set[str]] = {}
        for page in site_dir.rglob("*.html"):
            stat = page.stat()
            stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
            kept = self._seen.get(page)
            if kept is not None and kept[0] == stamp:
                hashes = kept[1]
            else:
                hashes = theme.hashes(page.read_text(encoding="utf-8", errors="replace"))
            found[page] = hashes
            if stat.st_mtime_ns < settled:
                seen[page] = (stamp, hashes)
        self._seen = seen
        return found

"""A translation's links to pages that language has not translated: Docusaurus and Starlight
show the default language's page there (at `/de/pair/`, the English page), so such a link
leads to the default language's article, written as the path of its file
(`../../../content/articles/start/pair.md`; the build makes it that page's address)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from kbgen.importers.references import References


@dataclass
class DefaultLanguage:
    """The default language's imported articles, as a translation's links reach them."""

    references: References
    """The default language's import: its link keys, old addresses and published articles."""
    content_dir: Path
    """Where the default language's articles are written."""
    folder: Path
    """Where the translation's articles are written (`translations/de`)."""
    prefix: str
    """The translation's old addresses' prefix (`/de/`), empty when it had none."""

    def link(self, href: str, here: str, page: str | None, public: bool) -> str | None:
        """The path from the translation's article `here` (old address `page`) to the
        default language's article `href` names once the language's prefix is taken off
        (`/de/pair/`, `pair/` on `/de/start/`), None when it names none (or, from a
        published article, one that is not published)."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not self.prefix:
            return None
        path = urlsplit(urljoin(page, href) if page and not href.startswith("/") else href).path
        if not path.lower().startswith(self.prefix.lower()):
            return None
        target = self.references.article_for("/" + path[len(self.prefix):], None)
        if target is None or (public and target not in self.references.public):
            return None
        found = os.path.relpath(self.content_dir / target, (self.folder / here).parent)
        return Path(found).as_posix() + (f"#{parts.fragment}" if parts.fragment else "")

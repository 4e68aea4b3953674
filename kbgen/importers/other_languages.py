"""A default-language page's links to its own translations (`[German page](/de/start/)` on
Starlight or Docusaurus): each leads to the imported translation, which kbgen writes at its
original's path under `translations/<code>/`, written as the path of that file
(`../../../translations/de/articles/start/start.md`; the build makes it that page's address)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from kbgen.importers.model import Export
from kbgen.importers.references import References, url_keys


@dataclass
class OtherLanguages:
    """The export's translations, as the default language's links reach them."""

    references: References
    """The default language's import: its link keys (a translation stands at their path)."""
    export: Export
    content_dir: Path
    translations_dir: Path

    def link(self, href: str, here: str, page: str | None, public: bool) -> str | None:
        """The path from the default language's article `here` (old address `page`) to the
        translation `href` names (`/de/start/`, `de/start/` on `/`), None when it names no
        imported translation (or, from a published article, one that is not published)."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            return None
        path = urlsplit(urljoin(page, href) if page and not href.startswith("/") else href).path
        for code, other in self.export.translations.items():
            prefix = other.address_prefix
            if not prefix or not path.lower().startswith(prefix.lower()):
                continue
            keys = set(url_keys(path))
            translation = next((article for article in other.articles
                                if article.translates is not None and keys & {
                                    key for url in article.old_urls for key in url_keys(url)}),
                               None)
            if translation is None or (public and translation.status != "published"):
                return None
            original = self.references.article_for("/" + path[len(prefix):], None)
            if original is None:
                return None
            found = os.path.relpath(self.translations_dir / code / original,
                                    (self.content_dir / here).parent)
            return Path(found).as_posix() + (f"#{parts.fragment}" if parts.fragment else "")
        return None

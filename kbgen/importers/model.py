"""What every importer reads from an export: categories and articles, before any file is
written (names, links and images are settled later, for all articles at once)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Status = Literal["published", "draft", "internal"]


@dataclass
class SourceCategory:
    """A category, section, folder or collection of the old help centre."""

    key: str
    """Its id in the export (or its folder, for Markdown)."""
    title: str
    description: str = ""
    order: int = 100
    parent: str | None = None
    """Key of the category it sits in, for nested sections."""
    name: str = ""
    """The folder name it had (Markdown sites), kept as the category's folder when it can be."""
    old_urls: list[str] = field(default_factory=list)
    """Addresses of its page in the old help centre (full URLs or paths)."""


@dataclass
class SourceArticle:
    """One article as the export has it."""

    origin: str
    """Where it came from, for the report: `articles.json: 360001` or a file path."""
    title: str
    body: str
    """HTML (`is_html`) or Markdown."""
    category: str | None
    """Key of its SourceCategory (None: the importer's default category)."""
    is_html: bool = True
    name: str = ""
    """The file name it had (Markdown sites), kept as the slug when it can be."""
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    """People's names (never e-mail addresses)."""
    created: dt.date | None = None
    updated: dt.date | None = None
    status: Status = "published"
    unlisted: bool = False
    """Published, but left out of the old site's lists and search (Jekyll `hidden: true`):
    kept out of kbgen's search."""
    old_urls: list[str] = field(default_factory=list)
    """Addresses of the article in the old help centre (full URLs or paths)."""
    link_keys: list[str] = field(default_factory=list)
    """What other articles' links use to name this one (ids, source paths)."""
    related: list[str] = field(default_factory=list)
    """Link keys of related articles (Help Scout's `related`)."""
    base: Path | None = None
    """Folder that relative images and links of the body start from."""
    address: str = ""
    """Where the old site showed it when no old address redirects to it (the home page's
    `/`): its relative links by address start there (kind's `./docs/user/quick-start`)."""
    warnings: list[str] = field(default_factory=list)
    redirects: bool = True
    """Its `old_urls` redirect to it (a translation's only resolve links: the old site's
    prefix per language is not known)."""
    translates: str | None = None
    """The origin of the default language's article this one translates (Markdown sites)."""
    news_kind: str | None = None
    """Not None: a post of the old site's blog, imported as a kbgen news post; the text is its
    kind of news (`Release`), empty when it has none (kbgen.importers.news_posts)."""
    place: tuple[float, ...] = ()
    """Its place among its category's pages in the old site, outer folders first (Markdown
    sites, kbgen.importers.article_order); empty when the site gives none."""


@dataclass
class Export:
    """Everything one importer read."""

    kind: str
    """Format name, e.g. `zendesk`."""
    articles: list[SourceArticle] = field(default_factory=list)
    categories: dict[str, SourceCategory] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(origin, reason) of what was left out."""
    files: Path | None = None
    """Folder whose files (images, attachments) may be copied into the project: the export's
    folder (never the folder around a single JSON file, which may hold anything)."""
    domains: list[str] = field(default_factory=list)
    """The old site's own domains, from its settings (`url` in Jekyll's _config.yml)."""
    base_path: str = "/"
    """The path the old site is served under on those domains (Docusaurus' `baseUrl`, `/docs/`
    on `https://plausible.io`): its articles' old addresses start below it, and a link on its
    domains outside it goes to another part of the company's site, not to the help centre."""
    link_patterns: list[str] = field(default_factory=list)
    """Regular expressions whose group 1 is a link key, for links to other articles."""
    translations: dict[str, Export] = field(default_factory=dict)
    """The articles of each other language (`de`), imported into `translations/de/`."""
    language: str = ""
    """The old site's default language (`en`), when it says or its files show it."""
    address_prefix: str = ""
    """A translation's: where the old site published that language's pages (`/pt-br/`),
    empty when not under a prefix of its own."""
    notes: list[str] = field(default_factory=list)
    """What the summary says of the export as a whole (what it could not keep)."""

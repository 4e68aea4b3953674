"""A folder of Markdown from Jekyll, Hugo, Docusaurus or MkDocs (or none): front matter mapped
to kbgen's keys, template tags removed, old addresses computed as the generator made them.
The first folder under the content root becomes the category."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from kbgen.core.nested_data import json_loads, toml_loads
from kbgen.core.redirects import page_key
from kbgen.core.yaml_aliases import safe_load_bounded
from kbgen.importers import (
    gitbook,
    languages,
    mdbook,
    mkdocs_redirects,
    news_posts,
    starlight,
    vitepress,
)
from kbgen.importers import markdoc as markdoc_text
from kbgen.importers.article_order import FIRST, UNPLACED, number_of, position
from kbgen.importers.closing_fences import closing_fences
from kbgen.importers.config_yaml import load_settings
from kbgen.importers.copies import fold_copies
from kbgen.importers.docusaurus_blog import DocusaurusBlog, blogs_of, without_truncate
from kbgen.importers.docusaurus_docs import DocsInstance, other_docs, preset_docs
from kbgen.importers.docusaurus_format import core_major, has_indented_code, site_format
from kbgen.importers.docusaurus_locales import listed_locales, says_locales, unlisted
from kbgen.importers.docusaurus_versions import CURRENT, DocsVersion
from kbgen.importers.exports import date_of, text_of
from kbgen.importers.hard_breaks import hard_breaks
from kbgen.importers.htmltext import plain_text as html_text
from kbgen.importers.hugo_permalinks import HugoPage, expand, pattern_for
from kbgen.importers.hugo_shortcodes import HugoShortcodes
from kbgen.importers.hugo_versions import HugoVersions
from kbgen.importers.liquid_literals import print_literals
from kbgen.importers.liquid_values import LiquidValues, liquid_addresses
from kbgen.importers.long_lists import loosened
from kbgen.importers.markdown_text import (
    clean_markup,
    four_space_lists,
    keep_kramdown_ids,
    mkdocs_tabs,
)
from kbgen.importers.material_blog import post_address
from kbgen.importers.math_blocks import math_as_code
from kbgen.importers.mdx_partials import MdxPartials
from kbgen.importers.mdx_text import mdx_text
from kbgen.importers.mkdocs_icons import remove_icons
from kbgen.importers.mkdocs_includes import (
    MARKDOWN_INCLUDE,
    SNIPPET,
    included_paths,
    is_fragment,
    without_front_matter,
)
from kbgen.importers.mkdocs_media import players_as_links
from kbgen.importers.model import Export, SourceArticle, SourceCategory
from kbgen.importers.page_bundles import bundle_name, is_bundle
from kbgen.importers.quote_callouts import quote_callouts
from kbgen.importers.references import SITE_FILE
from kbgen.importers.root_links import root_links
from kbgen.importers.sidebars import (
    Sidebars,
    navbar_labels,
    read_sidebars,
    site_root_of,
    translated_labels,
)
from kbgen.importers.sign_offs import sign_off_warning, strip_sign_offs
from kbgen.importers.site_nav import folder_position, folder_section, mkdocs_nav
from kbgen.importers.slugs import slugify
from kbgen.importers.stepped_guides import (
    DATA_SUFFIXES,
    guide_markdown,
    is_stepped_guide,
    read_data,
)
from kbgen.importers.wikilinks import WikiLinks

NAME = "markdown"
SUFFIXES = (".md", ".markdown", ".mdx", ".mdoc")  # `.mdoc`: Markdoc, Astro's
IGNORED_DIRS = {".git", "node_modules", "vendor"}
"""Folders that hold no page wherever they are."""
BUILD_DIRS = {"_site", "public", "site", "build", ".docusaurus", "resources"}
"""Folders where generators write what they build: no pages at the top of the site or where
they hold built HTML, but a section anywhere else (Misskey's `install/resources/nginx.md`)."""
PAGES = {"index", "_index", "readme"}
"""File names that are a section's or the site's own page, not an article."""
SITE_PAGES = {"404", "search", "tags"}
"""File names that are the site's own page at the content root (elsewhere, an article:
Mastodon's `entities/Search.md`, `methods/tags.md`)."""
SECTION_PAGES = {"index", "_index", "readme"}
_ERROR_PAGE = re.compile(r"/?[45]\d\d(?:\.html?|/)?", re.I)
"""A page's permalink that makes it the site's page for an error (`/404.html`, `/403/`), from
whatever folder (F-Droid's `_pages/403.md`): the new site makes its own."""
"""File names that are a section's page when they are in a section's folder."""
PUBLISHED_KEYS = ("publishDate", "pubDate", "published_at", "publish_date", "publishdate",
                  "created")
"""Other generators' keys for a page's day of publication (Hugo's `publishDate`, Astro's
`pubDate`, Ghost's `published_at`, Joplin's `created`), read when there is no `date`."""
GENERATORS = {"docusaurus": "Docusaurus", "starlight": "Starlight", "vitepress": "VitePress",
              "nuxt": "Nuxt Content", "mkdocs": "MkDocs", "hugo": "Hugo", "jekyll": "Jekyll",
              "gitbook": "GitBook", "obsidian": "Obsidian", "mdbook": "mdBook"}
"""A site's generator as named in what the import says (an MDX tab of a plain folder: `MDX`)."""
KNOWN_KEYS = {"title", "description", "summary", "excerpt", "subtitle", "tags", "keywords",
              "categories", "date", "lastmod", "last_modified_at", "updated", "last_updated",
              "modified",
              "author", "authors", "draft", "published", "unlisted", "permalink", "url", "slug",
              "aliases", "redirect_from", "id", "layout", "weight", "order", "nav_order",
              "sidebar_position", "sidebar_label", "nav_title", "category", "sub_category",
              "sitemap", "excluded_in_search", "isIndex", "image", "type", "hidden",
              "nav_exclude", "search_exclude", "menu", "menus", "toc", "short_description",
              "path", "language", "available_languages", *PUBLISHED_KEYS}
"""Keys read, or layout keys with no meaning in kbgen (not reported as dropped)."""
_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)^\1[ \t]*\r?$\n?", re.M | re.S)
_HEADING = re.compile(r"\A\s*+#(?:[ \t]++(?!\n)|(?:[ \t](?=[ \t]))++(?=[ \t]\n))"
                      r"([^\n](?=[ \t#]*+\n)|(?:[ \t#]*+[^ \t#\n])+?)[ \t#]*+\n")
FOLDER_PAGE = ("the page of its folder (the old site showed its text at the folder's address):"
               " imported as an article, which that address now leads to")
FOLDER_NEWS = ("the page of its folder (the old site showed its text at the folder's address):"
               " imported as a news post, which that address now leads to")
_POST_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
_STAMP_NAME = re.compile(r"^\d{8}[-_T]?\d{4,6}$")
"""A file named by the moment it was written (`20180621-172112.md`, Joplin's news): no name
for a reader; the post is named by its title."""
_NUMBER_PREFIX = re.compile(r"^\d+[-_. ]+")
NUXT_FOLDER_FILES = ("_dir.yml", ".navigation.yml")
"""Nuxt Content's settings of a folder (its title in the navigation): they mark its sites."""


def nuxt_name(name: str) -> str:
    """A file or folder name as Nuxt Content publishes it: without the number that orders
    it (`2.for-users` -> `for-users`, `1.index` -> `index`); a version (`1.2`) is kept."""
    if re.fullmatch(r"\d+(\.\d+)*(\.x)?", name):
        return name
    return re.sub(r"^\d+\.", "", name, count=1) or name


_SCHEME = re.compile(r"\s*[a-zA-Z][a-zA-Z0-9+.-]*:")
"""A link's scheme (`javascript:`, `data:`, `mailto:`, `https:`) at the start of a value."""


def as_old_address(url: str) -> str:
    """An alias, `url` or `redirect_from` of the old site as an old address: a path relative
    to the old site's root gets its `/`; a value with a scheme (`javascript:alert(1)`) stays
    as written, so that the plan reports it as no path rather than redirect
    `/javascript:alert(1)` (a name no Windows disk can hold, and no page of the old site)."""
    return url if url.startswith("/") or _SCHEME.match(url) else f"/{url}"


@dataclass
class Site:
    """What kind of site the folder is, and where its pages are."""

    flavour: str
    root: Path
    content: Path
    """Folder walked for articles."""
    config: dict[str, Any] = field(default_factory=dict)
    static: list[Path] = field(default_factory=list)
    """Folders a site-absolute path (`/img/a.png`) starts from."""


def detect(source: Path) -> bool:
    """A folder with Markdown files."""
    return source.is_dir() and any(True for _ in _markdown_files(source, source))


def _read_config(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = (toml_loads(text) if path.suffix == ".toml" else json_loads(text)
                if path.suffix == ".json" else load_settings(text))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


ZENSICAL = "zensical.toml"
"""Zensical's settings (Material for MkDocs' successor, Paperless-ngx's docs): mkdocs.yml's keys
under `[project]`; it reads mkdocs.yml instead when both are there."""


def _zensical_project(path: Path) -> dict[str, Any]:
    project = _read_config(path).get("project")
    return project if isinstance(project, dict) else {}


HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml",
                "config.yml", "config.json")
"""Hugo's settings file, in any of the three formats Hugo reads (rclone's docs: `config.json`),
beside a `content/` folder."""


def site_of(root: Path) -> Site:
    """Recognise the generator by its configuration file."""
    for name in ("_config.yml", "_config.yaml"):
        if (root / name).is_file():
            return Site("jekyll", root, root, _read_config(root / name), [root])
    for name in HUGO_CONFIGS:
        if (root / name).is_file() and (root / "content").is_dir():
            config = _read_config(root / name)
            return Site("hugo", root, _hugo_content(root, config), config, [root / "static"])
    for ext in ("js", "ts", "mjs"):
        if (root / f"docusaurus.config.{ext}").is_file():
            settings = _docusaurus_settings(root, root / f"docusaurus.config.{ext}")
            return Site("docusaurus", root, settings["version"].docs(root), settings,
                        [root / "static"])
    if (root / "mkdocs.yml").is_file() or (root / ZENSICAL).is_file():
        config = _read_config(root / "mkdocs.yml") if (root / "mkdocs.yml").is_file() \
            else _zensical_project(root / ZENSICAL)
        docs = root / str(config.get("docs_dir") or "docs")
        return Site("mkdocs", root, docs, config, [docs])
    if (root / ".obsidian").is_dir() or (root / "publish.js").is_file() \
            or (root / "publish.css").is_file():
        return Site("obsidian", root, root, {}, [root])  # a vault published with Obsidian Publish
    if (found := gitbook.config_file(root)) is not None:
        config = gitbook.settings(found)
        return Site("gitbook", root, config["content"], config, [config["content"]])
    if (found := mdbook.config_file(root)) is not None:
        config = mdbook.settings(found)
        return Site("mdbook", root, config["content"], config, [config["content"]])
    if (found := starlight.config_file(root)) is not None:
        return Site("starlight", root, root / starlight.CONTENT, starlight.settings(found),
                    [root / "public"])
    if (found := vitepress.config_file(root)) is not None:
        config = vitepress.settings(found)
        content = vitepress.source(root, config)
        return Site("vitepress", root, content, config, [content / "public", content])
    if _is_nuxt_content(root):
        return Site("nuxt", root, root, {}, [root])
    return Site("markdown", root, root, {}, [root])


def heading_text(markdown: str) -> str:
    """A page's first heading as a plain title: ``# `main` `` -> `main`, `# **Pairing**
    [guide](x.md) {#pair}` -> `Pairing guide` (a title is plain text)."""
    text = re.sub(r"\s*\{[#.][^{}]*\}\s*$", "", markdown)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(`+)(.+?)\1", r"\2", text)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text).strip()


NAV_DATA_FILES = (*NUXT_FOLDER_FILES, "_category_.json", "_category_.yml", "_category_.yaml",
                  ".pages", ".pages.yml", ".nav.yml", ".meta.yml")
"""Navigation settings of a folder (Nuxt Content, Docusaurus, MkDocs' awesome-pages and
awesome-nav, meta plugin): read for the categories, never a page."""


def data_files(root: Path) -> list[Path]:
    """The YAML and JSON files of a content folder that are no folder's navigation."""
    return [path for path in sorted(root.rglob("*"))
            if path.suffix in DATA_SUFFIXES and path.name not in NAV_DATA_FILES
            and path.is_file() and not any(part.startswith(".") or part in IGNORED_DIRS
                                           for part in path.relative_to(root).parts[:-1])]


def data_page_reason(flavour: str, data: Any) -> str | None:
    """Why a data file that is no stepped guide is not imported, for the summary (None when
    it is no page at all: settings, lists of values)."""
    if flavour == "nuxt":
        return ("a page Nuxt Content makes from YAML or JSON, not Markdown: not imported (write"
                " it as an article; its title and text are in the file)")
    if isinstance(data, dict) and text_of(data.get("title")) and any(
            isinstance(data.get(key), str) for key in ("body", "content", "text")):
        return ("YAML or JSON with a title and a text, which the old site's templates made a"
                " page of: not imported (write it as an article; its title and text are in"
                " the file)")
    return None


def _is_nuxt_content(root: Path) -> bool:
    """A folder of Nuxt Content pages (Misskey Hub's `content/ko/docs`): a folder's
    `_dir.yml` or `.navigation.yml` in it, at most three levels down."""
    return any(any(root.glob("/".join(["*"] * depth + [name])))
               for depth in range(4) for name in NUXT_FOLDER_FILES)


def hugo_languages(root: Path, config: dict[str, Any]) -> dict[str, Path]:
    """A multilingual Hugo site's content folder per language (`languages.ja.contentDir`),
    the default language (`defaultContentLanguage`, else `en`) first; empty for one language."""
    languages = config.get("languages")
    found: dict[str, Path] = {}
    for code, settings in (languages.items() if isinstance(languages, dict) else []):
        folder = settings.get("contentDir") if isinstance(settings, dict) else None
        if isinstance(folder, str) and (root / folder).is_dir() \
                and (root / folder).resolve().is_relative_to(root.resolve()):
            found[str(code)] = root / folder
    default = str(config.get("defaultContentLanguage") or "en")
    return dict(sorted(found.items(), key=lambda item: item[0] != default))


def hugo_menu_entries(config: dict[str, Any]) -> list[dict[str, Any]]:
    """The entries of a Hugo site's menus in its settings (`[[menu.main]]`, or the default
    language's `[[languages.en.menu.docs]]`)."""
    menus: list[Any] = [config.get("menu"), config.get("menus")]
    languages = config.get("languages")
    default = str(config.get("defaultContentLanguage") or "en")
    if isinstance(languages, dict) and isinstance(languages.get(default), dict):
        menus += [languages[default].get("menu"), languages[default].get("menus")]
    return [entry for menu in menus if isinstance(menu, dict) for entries in menu.values()
            if isinstance(entries, list) for entry in entries if isinstance(entry, dict)]


def _hugo_content(root: Path, config: dict[str, Any]) -> Path:
    """The folder of the default language's pages (`content/en`), else `content`."""
    return next(iter(hugo_languages(root, config).values()), root / "content")


_URL = re.compile(r"""^\s*url\s*:\s*["'`](https?://[^"'`\s]+)["'`]""", re.M)
_BASE_URL = re.compile(r"^\s*baseUrl\s*:", re.M)
_BASE_URL_VALUE = re.compile(r"""^\s*baseUrl\s*:\s*["'`](/[^"'`\s]*)["'`]""", re.M)


def _base_url(text: str) -> str:
    """The path a Docusaurus site is served under (`baseUrl: '/docs/'`), `/` when unset or
    not a plain string."""
    found = _BASE_URL_VALUE.search(text)
    path = found.group(1) if found else "/"
    return path if path.endswith("/") else path + "/"


def _site_url(text: str) -> str:
    """The site's own address in a Docusaurus configuration: the `url:` next to `baseUrl:`
    (navbar and footer items have a `url:` too)."""
    urls = list(_URL.finditer(text))
    base = _BASE_URL.search(text)
    if not urls:
        return ""
    where = base.start() if base else 0
    return min(urls, key=lambda match: abs(match.start() - where)).group(1)


def _docusaurus_settings(root: Path, path: Path) -> dict[str, Any]:
    """What kbgen reads of a Docusaurus configuration (code, not data): the docs'
    `routeBasePath` (`/docs` unless set; `/` for a site of docs only), `trailingSlash`
    (pages at `/a/b/`, which relative links like `../c` start from) and the version shown."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    docs = preset_docs(text)
    return {"url": _site_url(text), "baseUrl": _base_url(text), "docs": docs,
            "routeBasePath": docs.route_base,
            "blogs": blogs_of(root, text),
            "other_docs": other_docs(text, root),
            "trailingSlash": bool(re.search(r"\btrailingSlash\s*:\s*true\b", text)),
            "version": DocsVersion.of(root, text), "navbar": navbar_labels(text),
            "locales": listed_locales(text),
            "locales_said": says_locales(text), "markdown_format": site_format(text),
            "core_major": core_major(root)}


def _markdown_files(site_root: Path, content: Path, skip_underscore: bool = False,
                    keep: set[str] | None = None,
                    left: list[Path] | None = None) -> list[Path]:
    """The Markdown files under `content`; those of Jekyll's own `_folders` (layouts,
    includes, data) go to `left` when it is given."""
    found = []
    built: dict[Path, bool] = {}
    at_root = content.resolve() == site_root.resolve()  # a build's folder is beside the site's
    for path in sorted(content.rglob("*")):  # config (Starlight's `docs/resources/` is pages)
        parts = path.relative_to(content).parts
        if any(part in IGNORED_DIRS or part.startswith(".") for part in parts[:-1]):
            continue
        if any(part in BUILD_DIRS and (depth == 0 and (at_root or part == "public")
                                       or _holds_html(
                content.joinpath(*parts[:depth + 1]), built))
               for depth, part in enumerate(parts[:-1])):
            continue
        if skip_underscore and parts[0].startswith("_") and parts[0] not in (keep or set()):
            if left is not None and path.suffix.lower() in SUFFIXES and len(parts) > 1:
                left.append(path)
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file() \
                and path.resolve().is_relative_to(site_root.resolve()):  # no link out
            found.append(path)
    return found


def _jekyll_included(config: dict[str, Any]) -> set[str]:
    """The `_folders` a Jekyll site's `include:` setting makes Jekyll read as any other folder
    (F-Droid's `_pages/`, its about, donate and contribute pages)."""
    entries = config.get("include")
    if not isinstance(entries, list):
        return set()
    return {str(entry).strip("/") for entry in entries
            if isinstance(entry, str) and entry.startswith("_") and "/" not in entry.strip("/")}


def _holds_html(folder: Path, seen: dict[Path, bool]) -> bool:
    """`folder` holds built pages (an `.html` file directly in it), remembered in `seen`."""
    if folder not in seen:
        seen[folder] = any(folder.glob("*.html"))
    return seen[folder]


def split(text: str) -> tuple[dict[str, Any] | None, str, str | None]:
    """Front matter (YAML `---` or TOML `+++`), body, and why the front matter is unreadable."""
    match = _FRONT.match(text)
    if not match:
        return {}, text, None
    try:
        data = toml_loads(match.group(2)) if match.group(1) == "+++" \
            else _yaml(match.group(2))
    except (yaml.YAMLError, ValueError) as exc:  # TOMLDecodeError, DataNestedTooDeeply
        return None, text, f"front matter is not readable ({str(exc).splitlines()[0]})"
    return (data if isinstance(data, dict) else {}), text[match.end():], None


def _yaml(text: str) -> Any:
    """YAML front matter; tabs that indent lines (`aliases: [` then tab-indented items, which
    Hugo's and Jekyll's readers accept and PyYAML refuses) read as spaces."""
    try:
        return safe_load_bounded(text)
    except yaml.YAMLError:
        if "\t" not in text:
            raise
        return safe_load_bounded(re.sub(r"^\t+", lambda m: "  " * len(m.group(0)), text,
                                     flags=re.M))


def _named_day(post: re.Match[str] | None, warnings: list[str]) -> dt.date | None:
    """The day a Jekyll post's file name starts with (`2024-02-03-new-app.md`); None, said,
    for one that is no day (`2024-13-45-...`, which Jekyll refuses to build)."""
    if post is None:
        return None
    try:
        return dt.date(*map(int, post.groups()[:3]))
    except ValueError:
        warnings.append(f"its name starts with {'-'.join(post.groups()[:3])}, which is no day:"
                        " imported as an undated article")
        return None


def _words(value: Any) -> list[str]:
    """Tags as a list, from a list or from `a, b` / `a b` text."""
    if isinstance(value, list):
        return [text_of(v) for v in value if text_of(v) and not isinstance(v, (dict, list))]
    if isinstance(value, str):
        return [w for w in re.split(r"\s*,\s*" if "," in value else r"\s+", value.strip()) if w]
    return []


def _names(value: Any) -> list[str]:
    """Authors as names: text, a list, or objects with a `name` (e-mail addresses dropped)."""
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        name = text_of(item.get("name") if isinstance(item, dict) else item)
        if name and "@" not in name and not isinstance(item, list):
            names.append(name)
    return names


def humanize(name: str) -> str:
    """`change-default-search-engine` -> `Change default search engine`."""
    words = name.replace("_", " ").replace("-", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else name


def _originals_by_address(export: Export) -> None:
    """A translation whose original is not at the same path translates the article of the
    same old address (Obsidian Help: `de/Erweiterungen/Graph-Ansicht.md` and
    `en/Plugins/Graph view.md` both have `permalink: plugins/graph`)."""
    by_address: dict[str, str] = {}
    for article in export.articles:
        for url in article.old_urls:
            by_address.setdefault(page_key(url), article.origin)
    for other in export.translations.values():
        for article in other.articles:
            if article.translates is None:
                article.translates = next((by_address[page_key(url)] for url in
                                           article.old_urls + article.link_keys
                                           if page_key(url) in by_address), None)


class MarkdownSite:
    """Reads one folder of Markdown."""

    def __init__(self, source: Path) -> None:
        self.site = site_of(source)
        version = self.site.config.get("version")
        self._version = version if isinstance(version, DocsVersion) else DocsVersion(CURRENT)
        """The Docusaurus version imported (`current`: `docs/`, or a site of no versions)."""
        self.languages = languages.find(
            self.site.flavour, self.site.root, self.site.content, self.site.config,
            lambda folder: _markdown_files(self.site.root, folder),
            hugo_languages(self.site.root, self.site.config)
            if self.site.flavour == "hugo" else {})
        self.site.content = self.languages.content
        self._reading: languages.Translated | None = None
        """The other language's page being read (`_translations`), None for the default's."""
        self.versions = HugoVersions.of(self.site.content, self.site.config) \
            if self.site.flavour == "hugo" else HugoVersions()
        """A Hugo site's versioned sections (`params.versions`): the newest released only."""
        if self.site.flavour == "markdown" and self.site.content != self.site.root \
                and site_of(self.site.content).flavour == "obsidian":
            self.site.flavour = "obsidian"  # Obsidian Help: a Publish vault per language
        self.category_pages: dict[str, SourceCategory] = {}
        self.category_pages_by_path: dict[Path, str] = {}
        collections = self.site.config.get("collections")
        self.collections = {f"_{name}": (conf or {}) for name, conf in collections.items()} \
            if isinstance(collections, dict) else {}
        if isinstance(collections, list):
            self.collections = {f"_{name}": {} for name in collections}
        self.nav = mkdocs_nav(self.site.config.get("nav")) \
            if self.site.flavour in ("mkdocs", "gitbook", "starlight", "mdbook") \
            else {}
        docusaurus = site_root_of(self.site.root) \
            if self.site.flavour in ("docusaurus", "markdown") else None
        self.sidebars = read_sidebars(docusaurus, self._version.sidebars(docusaurus)) \
            if docusaurus is not None else Sidebars()
        """The Docusaurus site's sidebars, also for a folder of its translated docs."""
        for sidebar, label in dict(self.site.config.get("navbar") or {}).items():
            if (self.site.content / sidebar).is_dir():  # a sidebar of one folder's docs
                self.sidebars.labels.setdefault(sidebar, label)
        self._labels: dict[Path, dict[str, str]] = {}
        self.wikilinks = WikiLinks(self.site.content)
        self.liquid_values = LiquidValues(self.site.root / "_data")
        self._directory_urls = self.site.config.get("use_directory_urls") is not False
        """MkDocs: pages at `/page/` (the default), else at `/page.html`."""
        self.partials = MdxPartials(docusaurus or self.site.root)
        self._numbered_in: dict[Path, int] = {}
        self._names: dict[str, list[Path]] | None = None
        self._main: dict[Path, Path | None] = {}
        self._bundles: dict[Path, bool] = {}
        self._included_paths: set[Path] | None = None
        """Files the site's pages paste in (MkDocs), found on first use."""
        """Pages by file name (Hugo `ref "name.md"`), made on first use."""
        self._sectioned: dict[Path, bool] = {}
        """Hugo folders that are only their sections (`_of_sections`), by folder."""
        self.stubs: list[tuple[str, list[str], str]] = []
        """(file, old addresses, where they redirected) of the old site's redirect pages."""

    def read(self) -> Export:
        """Read every Markdown file of the site."""
        site = self.site
        export = Export(NAME, files=site.root)
        jekyll = site.flavour == "jekyll"
        keep = set(self.collections) | {"_posts"} | (_jekyll_included(site.config) if jekyll
                                                     else set())
        excluded = {str(e).strip("/") for e in site.config.get("exclude") or []} if jekyll \
            else set()
        export.domains = own_domains(site.config)
        export.base_path = base_path(site.flavour, site.config)
        export.notes += [note for note in (self._version.note(), self.versions.note()) if note]
        left: list[Path] = []
        self.category_pages = self._category_pages() if jekyll else {}
        for path in _markdown_files(site.root, site.content, jekyll, keep, left):
            relative = path.relative_to(site.content).as_posix()
            if site.flavour in ("gitbook", "mdbook") and relative == site.config.get("summary"):
                export.skipped.append((relative, f"{GENERATORS[site.flavour]}'s table of"
                                       " contents: read for the categories, their titles and"
                                       " the articles' order; no page"))
                continue
            if site.flavour == "mdbook" and self.nav and relative not in self.nav:
                export.skipped.append((relative, "not in SUMMARY.md: mdBook makes no page of"
                                       " it (an included file's text is in the pages that"
                                       " include it; `404.md` is its page for a wrong"
                                       " address, which kbgen makes)"))
                continue
            if relative in excluded or relative.split("/")[0] in excluded \
                    or path in self.languages.paths \
                    or self.versions.left_out(path.relative_to(site.content)):
                continue
            self._read_file(path, export)
        codes = {self.languages.default, *self.languages.codes}
        for article in export.articles:
            article.name = languages.strip_suffix(article.name, codes)
        export.translations = self._translations(codes)
        export.language = self.languages.default if export.translations else ""
        if site.flavour == "docusaurus":
            export.skipped += unlisted(site.root, site.config.get("locales"),
                                       bool(site.config.get("locales_said", True)))
            self._other_versions(export)
            for blog in site.config.get("blogs") or []:
                self._blog(blog, export)
                self._translated_blog(blog, export)
            export.language = self.languages.default if export.translations else ""
        for docs in site.config.get("other_docs") or []:
            if export.translations:  # another language's folder holds the main docs only
                export.notes.append(f"Docusaurus docs plugin {docs.path}/ (at"
                                    f" {docs.base(CURRENT)}/) not imported: on a site of"
                                    " several languages only the main docs are; import that"
                                    " folder on its own.")
            else:
                self._other_docs(docs, export)
        _originals_by_address(export)
        self._data_pages(export)
        for path in left:
            folder = path.relative_to(site.content).parts[0]
            export.skipped.append((path.relative_to(site.root).as_posix(),
                                   f"in Jekyll's {folder}/ folder (layouts, includes, data):"
                                   " no page of the old site (an include is inlined where a"
                                   " page uses it)"))
        fold_copies(export)
        by_address = {page_key(url): a for a in export.articles for url in a.old_urls}
        for origin, old_urls, moved in self.stubs:
            target = by_address.get(page_key(urlsplit(moved).path))
            if target is not None and not urlsplit(moved).netloc:
                target.old_urls += [url for url in old_urls if url not in target.old_urls]
                export.skipped.append((origin, f"a redirect page of the old site: its address"
                                       f" now redirects to the article from {target.origin}"))
            else:
                export.skipped.append((origin, f"a redirect page of the old site to {moved},"
                                       " which is no imported article: not redirected"))
        if site.flavour == "mkdocs":
            self._redirect_maps(export)
        if site.flavour == "mdbook":
            self._mdbook_redirects(export)
            self._mdbook_summary_notes(export)
        return export

    def _mdbook_summary_notes(self, export: Export) -> None:
        """What `SUMMARY.md` places where a reader may not look: a suffix chapter's place
        said on its article, a draft chapter listed as skipped."""
        by_path = {article.origin: article for article in export.articles}
        content = self.site.content.relative_to(self.site.root).as_posix()
        for where, why in self.site.config.get("summary_notes") or []:
            article = by_path.get(posixpath.normpath(f"{content}/{where}"))
            if article is not None:
                article.warnings.append(why)
            elif where.startswith(mdbook.SUMMARY + ":"):
                export.skipped.append((where, why))

    def _mdbook_redirects(self, export: Export) -> None:
        """`[output.html.redirect]` of an mdBook book: each old address to the article its
        target became (a target relative to the old address's folder, from the book's root,
        or on another site: said why not)."""
        by_address = {url: article for article in export.articles for url in article.old_urls}
        for old, target in (self.site.config.get("redirects") or {}).items():
            origin = f"book.toml [output.html.redirect]: {old}"
            if "://" in target or target.startswith("//"):
                export.skipped.append((origin, f"redirected to {target}, on another site: not"
                                       " redirected (kbgen redirects to its own pages only)"))
                continue
            address = mdbook.redirect_target(old, target)
            article = by_address.get(address)
            if article is None:
                export.skipped.append((origin, f"redirected to {target}, which from {old} is"
                                       f" {address}: no imported article is there, so not"
                                       " redirected"))
            elif old not in article.old_urls:
                article.old_urls.append(old)

    def _indented_code(self, path: Path, meta: dict[str, Any]) -> bool:
        """Whether the old site read the page's text indented four spaces as code: not in
        MDX v2+ (an `.mdx` page; any page of Docusaurus v3 unless set to CommonMark)."""
        if self.site.flavour != "docusaurus":
            return path.suffix.lower() != ".mdx"
        config = self.site.config
        return has_indented_code(path, meta, config.get("markdown_format") or "mdx",
                                 config.get("core_major"))

    def _other_docs(self, docs: DocsInstance, export: Export) -> None:
        """Read another Docusaurus docs plugin's folder (CrowdSec's `unversioned/` at `/u/`)
        as the docs are, with its own sidebars and address; the docs' settings restored."""
        site, saved = self.site, (self.site.content, self.site.config.get("docs"), self.sidebars,
                                  self._version)
        site.content, site.config["docs"] = site.root / docs.path, docs
        self.sidebars, self._version = read_sidebars(site.root, named=docs.sidebars), \
            DocsVersion(CURRENT)
        try:
            for path in _markdown_files(site.root, site.content):
                self._read_file(path, export)
        finally:
            site.content, site.config["docs"], self.sidebars, self._version = saved

    def _blog(self, blog: DocusaurusBlog, export: Export) -> None:
        """Read the Docusaurus blog's posts as news posts (the docs' content folder restored);
        the blog's list of posts (`/blog`) then leads to the news page."""
        listed = blog.address()  # `/` for a blog-only site: its home, which kbgen's home keeps
        export.categories[blog.key] = SourceCategory(blog.key, "Blog",
                                                     old_urls=[listed] if listed != "/" else [])
        saved, self.site.content = self.site.content, blog.folder.parent
        try:
            for path in blog.posts():
                self._read_file(path, export, post_of=blog)
        finally:
            self.site.content = saved

    def _translated_blog(self, blog: DocusaurusBlog, export: Export) -> None:
        """Read the blog's translated posts (`i18n/fr/docusaurus-plugin-content-blog/`) as
        news posts of their language, each translating the post at its path, at the
        original's old address under the locale's prefix (`/fr/blog/...`)."""
        codes = {page.written: page.language for page in self.languages.pages}
        for written, translated in blog.translated(self.site.root):
            if not languages.CODE.match(written) or written == self.languages.default \
                    or not languages.listed(written, self.site.config):
                continue
            code = codes.get(written) or languages.kb_code(written)
            other = export.translations.setdefault(code, Export(NAME, files=self.site.root))
            listed = translated.address()  # as that language's pages link it, and as served
            other.categories[translated.key] = SourceCategory(
                translated.key, "Blog", old_urls=[f"/{written}{listed}", listed])
            saved, self.site.content = self.site.content, translated.folder.parent
            try:
                for path in translated.posts():
                    before = len(other.articles)
                    self._read_file(path, other, post_of=translated)
                    original = blog.folder / path.relative_to(translated.folder)
                    for article in other.articles[before:]:
                        self._translated_addresses(article, languages.Translated(
                            code, path, translated.folder,
                            original if original.is_file() else None, written))
                        article.translates = original.relative_to(self.site.root).as_posix() \
                            if original.is_file() else None
            finally:
                self.site.content = saved

    def _redirect_maps(self, export: Export) -> None:
        """mkdocs-redirects' `redirect_maps`: each old page's address to the article its
        target became; one to another site, or to no imported article, is said why not."""
        by_file = {key: article for article in export.articles for key in article.link_keys}
        for old, target in mkdocs_redirects.redirect_maps(self.site.config).items():
            origin = f"mkdocs.yml redirect_maps: {old}"
            address = mkdocs_redirects.old_address(old, self._directory_urls)
            if mkdocs_redirects.is_external(target):
                export.skipped.append((origin, f"redirected to {target}, on another site: not"
                                       " redirected (kbgen redirects to its own pages only)"))
                continue
            page = (self.site.content / target.partition("#")[0].strip("/")).resolve()
            article = by_file.get(page.as_posix())
            if article is None:
                export.skipped.append((origin, f"redirected to {target}, which from {old} is"
                                       f" {address}: no imported article is there, so not"
                                       " redirected"))
            elif address not in article.old_urls:
                article.old_urls.append(address)

    def _translations(self, codes: set[str]) -> dict[str, Export]:
        """Each other language's pages, read as the default's are, with the origin of the
        page each translates; their old addresses are the default's under the language's
        prefix where the generator puts them there (Docusaurus, Hugo: `/de/...`), else not
        redirected (they still resolve links)."""
        found: dict[str, Export] = {}
        default_content = self.site.content
        for page in self.languages.pages:
            export = found.setdefault(page.language, Export(NAME, files=self.site.root))
            self.site.content, self._reading = page.root, page
            before = len(export.articles)
            try:
                self._read_file(page.path, export)
            finally:
                self.site.content, self._reading = default_content, None
            if page.written and self.site.flavour in ("docusaurus", "hugo", "vitepress",
                                                      "starlight"):
                export.address_prefix = f"/{page.written}/"  # as `_translated_addresses`
            for article in export.articles[before:]:
                article.name = languages.strip_suffix(article.name, codes)
                self._translated_addresses(article, page)
                article.translates = page.original.relative_to(self.site.root).as_posix() \
                    if page.original is not None else None
        return found

    def _translated_addresses(self, article: SourceArticle,
                              page: languages.Translated) -> None:
        """`/de/docs/billing/refund` for Docusaurus' and Hugo's other languages (both publish
        them under the locale's code); the unprefixed addresses still resolve links."""
        if self.site.flavour == "markdown" and article.old_urls:
            return  # its own `path`, `permalink` or aliases: exact, redirected
        if self.site.flavour not in ("docusaurus", "hugo", "vitepress", "starlight") \
                or not page.written:
            article.redirects = False  # its old addresses still resolve links to it
            return
        default = f"/{self.languages.default}/" \
            if self.site.config.get("defaultContentLanguageInSubdir") is True else None
        article.link_keys += article.old_urls
        article.old_urls = [f"/{page.written}/" + (url.removeprefix(default) if default and
                                                    url.startswith(default) else url[1:])
                            for url in article.old_urls if url.startswith("/")]

    def _root_of(self, path: Path) -> Path:
        """The folder categories start from: a Jekyll collection's, else the content root."""
        if version := self.versions.root(path.relative_to(self.site.content)):
            return self.site.content / version
        first = path.relative_to(self.site.content).parts[0]
        if self.site.flavour == "jekyll" and first in self.collections | {"_posts": {}}:
            return self.site.content / first
        main = self._main_folder()
        if main is not None and first == main.name and path.parent != main:
            return main
        if len(path.relative_to(self.site.content).parts) > 2 \
                and self._of_sections(self.site.content / first):
            return self.site.content / first
        return self.site.content

    def _of_sections(self, folder: Path) -> bool:
        """A Hugo folder that is only its sections (`docs/admin/_index.md`, `docs/user/...`,
        no page of its own but its `_index.md`): its sections are the categories, as the old
        site listed them (BookStack's admin and user documentation)."""
        if self.site.flavour != "hugo" or not folder.is_dir():
            return False
        if folder not in self._sectioned:
            entries = list(folder.iterdir())
            own = [e for e in entries if e.is_file() and e.suffix.lower() in SUFFIXES
                   and e.stem.lower() not in SECTION_PAGES]
            sections = [e for e in entries if e.is_dir() and (e / "_index.md").is_file()]
            self._sectioned[folder] = not own and len(sections) >= 2
        return self._sectioned[folder]

    MAIN_SHARE = 0.75
    """A first-level folder holding this share of the pages, in sub-folders, is no section."""

    def _main_folder(self) -> Path | None:
        """The one first-level folder that holds most pages in sections of its own (Gitea's
        `content/doc/installation/`, `doc/features/`...): its sub-folders are the categories,
        not one category of every article."""
        content = self.site.content
        if content in self._main:
            return self._main[content]
        files = [p.relative_to(content).parts for p in _markdown_files(self.site.root, content)]
        main = None
        firsts = {parts[0] for parts in files if len(parts) > 2}
        for first in firsts:
            inside = [parts for parts in files if parts[0] == first]
            sections = {parts[1] for parts in inside if len(parts) > 2
                        and not self._is_bundle(content.joinpath(*parts[:2]))}
            if len(sections) >= 2 and len(inside) >= self.MAIN_SHARE * len(files):
                main = content / first
        self._main[content] = main
        return main

    def _data_pages(self, export: Export) -> None:
        """Stepped guides written as YAML or JSON are imported as articles; other data
        files a page was made of are listed as skipped, with why."""
        folder = self.site.root if self.site.flavour == "nuxt" else self.site.content
        for path in data_files(folder):
            if path in self.languages.paths:
                continue
            data = read_data(path)
            if is_stepped_guide(data):
                count = len(export.articles)
                self._read_file(path, export, guide_markdown(data))
                for article in export.articles[count:]:
                    article.warnings.append(
                        "a stepped guide written as data (YAML or JSON): imported as an"
                        " article, its steps numbered under headings; check it")
            elif (why := data_page_reason(self.site.flavour, data)) is not None:
                export.skipped.append((path.relative_to(self.site.root).as_posix(), why))

    def _read_file(self, path: Path, export: Export, text: str | None = None,
                   post_of: DocusaurusBlog | None = None) -> None:
        """Read one page into `export` (`text`: the page as Markdown when the file is not;
        `post_of`: the Docusaurus blog whose post it is)."""
        site = self.site
        origin = path.relative_to(self.site.root).as_posix()
        try:
            text = path.read_text(encoding="utf-8-sig") if text is None else text
        except (OSError, UnicodeDecodeError):
            export.skipped.append((origin, "not UTF-8 text"))
            return
        meta, body, problem = split(text)
        if meta is None:
            export.skipped.append((origin, problem or "unreadable front matter"))
            return
        if post_of is not None:
            body = without_truncate(body)
        if self.site.flavour == "jekyll" and path.name.startswith(("_", ".", "#")):
            export.skipped.append((origin, "Jekyll makes no page of a file whose name starts"
                                   " with `_` (a template for new posts, as `_defaults.md`)"))
            return
        if self.site.flavour == "jekyll" and not _FRONT.match(text):
            export.skipped.append((origin, "no front matter: Jekyll copies such a file as it is"
                                   " and makes no page of it"))
            return
        if self.site.flavour == "docusaurus" and any(
                part.startswith("_") for part in path.relative_to(site.content).parts):
            export.skipped.append((origin, "a Docusaurus partial (a file or folder whose name"
                                   " starts with `_` is no page; the pages that import it show"
                                   " its text)"))
            return
        if self.site.flavour == "starlight" and path.name.startswith("_"):
            export.skipped.append((origin, "a Starlight partial (Starlight makes no page of a"
                                   " file whose name starts with `_`: its docs loader reads"
                                   " `**/[^_]*.md`; the pages that import it show its text)"))
            return
        if path.resolve() in self._appended():
            export.skipped.append((origin, "appended to every page by pymdownx.snippets"
                                   " (auto_append), not a page of its own"))
            return
        if site.flavour == "mkdocs" and is_fragment(
                path, self._included(), path.relative_to(site.content).as_posix() in self.nav,
                bool(self.nav), text_of(meta.get("title")), body):
            export.skipped.append((origin, "pasted into other pages by the old site ({!file!}"
                                   " or --8<--), which hold its text: not a page of its own"))
            return
        if path in self.category_pages_by_path:
            key = self.category_pages_by_path[path]
            export.skipped.append((origin, f"the page of the category '{key}' (Jekyll"
                                   " `categories`): its title and description are the"
                                   " category's"))
            return
        stem = nuxt_name(path.stem) if self.site.flavour == "nuxt" else path.stem
        root = self._root_of(path) if post_of is None else post_of.folder
        folder = path.parent.relative_to(root).parts
        bundle = bool(folder) and self._is_bundle(path.parent)
        if bundle:  # `ssh-keys/01.en.md`: the article of its folder, in the folder above's
            folder = folder[:-1]
        collection = root.name if not folder and root.name in self.collections else None
        listed = self.nav.get(path.relative_to(site.content).as_posix())
        if not folder and listed is not None and listed.section:  # MkDocs: a page at the top
            collection = self._nav_section(listed.section, export)  # in the nav's section
        elif not folder and listed is not None and site.flavour in ("gitbook", "mdbook") \
                and (first := self._first_nav_section()) is not None:  # GitBook's README
            collection = self._first_group(first, export)  # over the summary's first group
        elif not folder and listed is not None and site.flavour in ("gitbook", "mdbook") \
                and (near := self._folder_near(listed.position)) is not None:  # no groups:
            collection = near  # with the pages listed next to it
        elif not folder and post_of is None and self.sidebars.sidebar_of:  # Docusaurus: a
            section = self._part_of(self._doc_id(path, meta))  # doc at the top, in the
            if section is not None:  # sidebar's first-level category that lists it
                collection = self._sidebar_section(section, root, export)
        category = post_of.key if post_of else folder[0] if folder else collection
        if product := self.versions.other_product(path.relative_to(site.content)):
            category = self._product_category(product, category, root, export)
        named = next(iter(_words(meta.get("categories"))), None)
        if named not in self.category_pages and category in self.category_pages:
            named = category  # no category named: its folder's, when that is one
        if named in self.category_pages and stem.lower() not in PAGES | SITE_PAGES:
            category = f"_categories/{named}"  # the category its front matter names
            if category not in export.categories:
                export.categories[category] = self.category_pages[named]
        elif collection is not None and category not in export.categories \
                and collection in self.collections:
            export.categories[collection] = self._collection_category(collection)
        elif category is not None and category not in export.categories:
            export.categories[category] = self._category(root / category, category)
        warnings: list[str] = []
        home = site.flavour == "jekyll" and path.parent == site.content  # Jekyll's home page
        index_page = stem.lower() in SECTION_PAGES and not home and post_of is None \
            and self._page_of_its_own(body)
        if site.flavour == "starlight" and not folder and stem.lower() == "index" \
                and text_of(meta.get("template")) == "splash":
            export.skipped.append((origin, "the old site's home page (Starlight's `template:"
                                   " splash`, a hero and cards leading to the pages): kbgen"
                                   " makes its own home page (content/index.md); copy what you"
                                   " want to keep there"))
            return
        if index_page:
            warnings.append(FOLDER_PAGE)
        elif _ERROR_PAGE.fullmatch(permalink := text_of(meta.get("permalink")) or "-"):
            export.skipped.append((origin, f"the old site's error page (permalink {permalink}):"
                                   " kbgen makes its own 404 page, with search and contact"))
            return
        elif post_of is None and (stem.lower() in PAGES
                                  or (stem.lower() in SITE_PAGES and not folder)):
            if category is not None and stem.lower() in SECTION_PAGES:
                export.categories[category].old_urls += self._section_urls(path, meta)
            export.skipped.append((origin, "a section or site page, not an article (its title"
                                   " names the category)"))
            return
        old_urls = [post_of.address(path, text_of(meta.get("slug")))] if post_of \
            else self._section_urls(path, meta) if index_page else self._old_urls(path, meta)
        moved = text_of(meta.get("redirect") or meta.get("redirect_to"))
        if moved:
            self.stubs.append((origin, old_urls, moved))
            return
        section_page = post_of is None and category is not None and bool(old_urls) \
            and not index_page \
            and page_key(old_urls[0]) == "/".join(folder)
        if section_page:  # its title and description are the category's
            found = export.categories[str(category)]
            found.title = text_of(meta.get("title")) or found.title
            found.description = text_of(meta.get("description")) or found.description
        if section_page and self._page_of_its_own(body):  # DuckDuckGo's `company-index.md`
            warnings.append(FOLDER_PAGE)
        elif section_page:
            found.old_urls += old_urls
            export.skipped.append((origin, "the page of a section: its title and description"
                                   " are the category's"))
            return
        if self.site.flavour == "hugo":
            shortcodes = HugoShortcodes(site.root, lambda target: self._link_target(target, path),
                                        lambda href: self._title_at(path.parent / href),
                                        _params(site.config),
                                        str(site.config.get("baseURL") or ""))
            body, rewritten = shortcodes.rewrite(body, path)
            warnings += rewritten
        if self.site.flavour == "mkdocs":
            body = self._mkdocs_includes(body, warnings)
            body, tabs = mkdocs_tabs(body)
            body, players = players_as_links(body)
            if players:
                warnings.append(f"video and audio players (mkdocs-video's `![type:video](…)`)"
                                f" written as links to their address: kbgen's pages embed no"
                                f" player ({players}×)")
            body, icons = remove_icons(body)
            if icons:
                warnings.append(f"icons (`:octicons-tag-24:`, drawn by pymdownx.emoji) removed:"
                                f" kbgen's pages draw no icon set ({icons}×)")
            if tabs:
                warnings.append(f"tabs (pymdownx.tabbed) shown one after the other, each"
                                f" under its title in bold ({tabs}×)")
        if self.site.flavour == "gitbook" and "{%" in body:
            body, done = gitbook.blocks(body)
            warnings += done
        if self.site.flavour == "gitbook" and "content-ref" in body:
            body, cards = gitbook.content_refs(body, path, site.content, {
                listed: entry.title for listed, entry in self.nav.items() if entry.title})
            if cards:
                warnings.append(f"GitBook page cards ({{% content-ref %}}) made links titled"
                                f" with the page they lead to ({cards}×)")
        if self.site.flavour == "mdbook" and "{{" in body:
            body, counts = mdbook.included(body, path, site.root)
            warnings += [f"{what} ({counts[key]}×)" for key, what in mdbook.NOTES
                         if counts[key]]
        if self.site.flavour == "vitepress":
            body, done = vitepress.rewrite(body, vitepress.source(site.root, site.config))
            warnings += done
        markdoc = path.suffix.lower() == ".mdoc"
        if self.site.flavour == "starlight" and markdoc and "{%" in body:
            body, markdoc_notes = markdoc_text.fill(body, path, site.root, meta)
            warnings += markdoc_notes.lines()
        if self.site.flavour == "starlight" and ("<" in body or ":::" in body or markdoc):
            body, done = starlight.rewrite(body, markdoc)
            warnings += done
        body, formulas = math_as_code(body)
        if formulas:
            warnings.append(f"formulas (`$$ … $$`) kept as written in a code block: kbgen's"
                            f" pages draw no formulas ({formulas}×)")
        if "import " in body:
            body, partials = self.partials.inline(body, path)
            if partials:
                warnings.append(f"files the old page imported with MDX put in the article"
                                f" ({len(partials)}×)")
        if self.site.flavour == "jekyll":
            body = self._includes(body, 0)
            body = self._site_variables(body, warnings)
            body, literals = print_literals(body)
            if literals:
                warnings.append(f"Liquid outputs of quoted text in code (`{{{{ '{{{{' }}}}`)"
                                f" written as the text they printed ({literals}×)")
            body, addresses = liquid_addresses(body)
            body, filled = self.liquid_values.fill(body, meta)
            warnings += [f"Liquid loop {{% {loop} %}} not filled (it needs more Liquid than"
                         " values and `if`): the rows or items it made are missing; write them"
                         " out as a Markdown list or table"
                         for loop in self.liquid_values.loops_left(body)]
            if filled:
                warnings.append("Liquid values filled from the page's front matter and _data/: "
                                + ", ".join(f"{{% {name} %}}" if name.startswith("for ")
                                            else f"{{{{ {name} }}}}"
                                            for name in dict.fromkeys(filled)))
            if addresses:
                warnings.append(f"links written as Liquid (`{{{{ '/docs/x/' | relative_url }}}}`)"
                                f" given their address, which leads to the article ({addresses}×)")
            body = self._image_tags(body, warnings)
        if "[[" in body:
            body, linked = self.wikilinks.rewrite(body, path)
            warnings += linked
        body, callouts = quote_callouts(body)
        if callouts:
            warnings.append(f"callouts (`> [!note]`) made admonitions ({callouts}×)")
        indented_code = self._indented_code(path, meta)
        body, removed = clean_markup(body, lambda target: self._link_target(target, path),
                                     indented_code, GENERATORS.get(self.site.flavour, "MDX"))
        warnings += removed
        if not indented_code:
            body, indented, strings = mdx_text(body)
            if indented:
                warnings.append(f"text indented four spaces (MDX has no indented code) made"
                                f" text, not code ({indented}×)")
            if strings:
                warnings.append(f"JSX strings in braces (`{{\"->\"}}`) made their text"
                                f" ({strings}×)")
        body, by_path = root_links(body)
        if by_path:
            warnings.append(f"HTML links to the old site's pages by path (`<a href=\"/x/\">`)"
                            f" made Markdown links, which follow their articles ({by_path}×)")
        body, signed = strip_sign_offs(body)
        if signed:
            warnings.append(sign_off_warning(signed))
        if self.site.flavour != "mkdocs":  # CommonMark and kramdown lists
            body, breaks = hard_breaks(body)
            if breaks:
                warnings.append(f"line breaks written as a backslash at a line's end made"
                                f" `<br>`, which kbgen's Markdown shows as a break ({breaks}×)")
            body, closed = closing_fences(body)
            if closed:
                warnings.append(f"closing code fences set at their opening fence's indent, as"
                                f" kbgen's Markdown needs to end the code there ({closed}×)")
            body, shifted = four_space_lists(body)
            if shifted:
                warnings.append(f"lines inside list items indented 4 spaces a level, as kbgen's"
                                f" Markdown needs to keep them in the list ({shifted}×)")
        body, loose = loosened(body)
        if loose:
            warnings.append(f"a list with more '[' than one paragraph may hold made loose (a"
                            f" blank line before each item), so the build accepts it ({loose}×)")
        if self._kramdown_ids():
            body, kept = keep_kramdown_ids(body)
            if kept:
                warnings.append(f"headings given the id kramdown gave them, where kbgen's would"
                                f" differ, so old links to them still land ({kept}×)")
        listed = self.nav.get(path.relative_to(self.site.content).as_posix())
        title = (self._label(listed.title) if listed else None) or text_of(meta.get("title"))
        heading = _HEADING.match(body)
        if not title and heading:
            title = heading_text(heading.group(1))
        if not title and self.site.flavour == "obsidian":
            title = stem  # Obsidian's title is the file name, as written
        if not title:
            title = humanize(self._unnumbered(path))
            warnings.append("no title: made from the file name; check it")
        dropped = sorted(set(map(str, meta)) - KNOWN_KEYS)
        if site.flavour == "starlight" and isinstance(meta.get("sidebar"), dict):
            dropped.remove("sidebar")  # its `order` places the page as Starlight did
            dropped = sorted(dropped + [f"sidebar.{key}" for key in map(str, meta["sidebar"])
                                        if key != "order"])
        if dropped:
            warnings.append(f"front matter not carried over: {', '.join(dropped)}")
        post = _POST_NAME.match(stem)
        day = meta.get("date") or next(  # Material's blog: `date: {created: ..., updated: ...}`
            (meta[key] for key in PUBLISHED_KEYS if meta.get(key)), None)
        dated = day if isinstance(day, dict) else {"created": day}
        created = date_of(dated.get("created")) or _named_day(post, warnings)
        if post_of is not None:
            created = created or post_of.dated(path)[0]
            if created is None:
                export.skipped.append((origin, "a post of the Docusaurus blog with no date in"
                                       " its front matter or file name (the old blog dated it"
                                       " by the file's last commit): add `date: YYYY-MM-DD` to"
                                       " its front matter and import again"))
                return
        draft = meta.get("draft") is True or meta.get("published") is False \
            or meta.get("unlisted") is True
        unlisted = any(meta.get(key) is True for key in ("hidden", "nav_exclude",
                                                           "search_exclude"))
        if unlisted and not draft:
            warnings.append("hidden in the old site's lists and search: published (its old"
                            " address and the links to it keep working), left out of search"
                            " (`search: {exclude: true}`); make it `status: draft` to"
                            " unpublish it")
        article = SourceArticle(
            origin, title, body, category, is_html=False,
            name="" if index_page or _STAMP_NAME.match(stem) else post.group(4) if post
            else text_of(meta.get("id"))
            or (bundle_name(path, meta, self.languages.default) if bundle
                else self._unnumbered(path, meta)),
            summary=text_of(next((meta[k] for k in ("description", "summary", "excerpt",
                                                    "subtitle", "short_description")
                                  if meta.get(k)), "")),
            tags=_words(meta.get("tags")) + _words(meta.get("keywords"))
            + (_words(meta.get("categories")) if post else []),
            authors=_names(meta.get("authors") or meta.get("author")),
            created=created,
            updated=date_of(next((meta[k] for k in ("lastmod", "last_modified_at", "updated",
                                                    "modified", "last_updated") if meta.get(k)),
                                 dated.get("updated"))),
            status="draft" if draft else "published", unlisted=unlisted,
            old_urls=old_urls, link_keys=[path.resolve().as_posix(),  # and as `/a/b.md`:
                                          "/" + path.relative_to(site.content).as_posix()]
            + (self._nuxt_keys(old_urls[0]) if site.flavour == "nuxt" and old_urls else [])
            + ([f"{SITE_FILE}{path.relative_to(site.root).as_posix()}",
                # a relative link Docusaurus finds from the docs' root, not from its file's
                # folder (`[URL handler](integrations/url-handler.md)` in `core/location.md`)
                f"{SITE_FILE}{path.relative_to(site.content).as_posix()}"]
               if site.flavour == "docusaurus" else []),
            base=path.parent, warnings=warnings,
            address="/" if index_page and not old_urls and path.parent == site.content else "",
            place=self._place(path, meta, root.joinpath(*folder), index_page))
        relative = path.relative_to(site.content).as_posix()
        if news_posts.is_post(relative, created) or post_of is not None:
            article.news_kind = news_posts.news_kind(_words(meta.get("categories")))
            warnings[:] = [FOLDER_NEWS if said == FOLDER_PAGE else said for said in warnings]
        if post_of is not None:  # named as its old address ends, its authors by name
            article.name = article.old_urls[0].rstrip("/").rsplit("/", 1)[-1]
            names = post_of.author_names()
            article.authors = [names.get(author, author) for author in article.authors]
        blog_address = post_address(site.config, relative, meta, title, created) \
            if site.flavour == "mkdocs" else None
        if blog_address and blog_address not in article.old_urls:  # Material's blog's own
            article.old_urls.insert(0, blog_address)
        export.articles.append(article)

    def _place(self, path: Path, meta: dict[str, Any], folder: Path,
               index_page: bool) -> tuple[float, ...]:
        """Where the page stood among its category's: by the nav (MkDocs) or the sidebars
        (Docusaurus) when they list it, else by its sub-folders' and its own position (front
        matter, else its name's number: an autogenerated sidebar's); a folder's own page
        first."""
        if self.nav:
            listed = self.nav.get(path.relative_to(self.site.content).as_posix())
            return (listed.position if listed else UNPLACED,)
        doc = self._doc_id(path, meta)
        if doc in self.sidebars.positions:
            return (self.sidebars.positions[doc],)
        root = self._root_of(path)
        nested = folder.relative_to(root).parts[1:] if folder != root else ()
        outer = [self._folder_place(root.joinpath(*folder.relative_to(root).parts[:depth + 2]))
                 for depth in range(len(nested))]
        own = position(meta, unset_zero=self.site.flavour == "hugo")
        if index_page or doc == self._linked_doc(path.parent):
            own = FIRST
        elif own is None and self._unnumbered(path) != path.stem:
            own = number_of(path.stem)
        return (*outer, UNPLACED if own is None else own)

    def _doc_id(self, path: Path, meta: dict[str, Any]) -> str:
        """A page's Docusaurus id (`installation/docker`): its path in the docs without
        extension or ordering numbers, its front matter's `id` as last part."""
        parts = list(path.with_suffix("").relative_to(self.site.content).parts)
        if len(parts) > 1 and parts[0] == "current" and self.site.flavour != "docusaurus":
            parts.pop(0)  # a translation's folder imported alone: `current/...`
        parts = [_NUMBER_PREFIX.sub("", part) or part for part in parts]
        parts[-1] = text_of(meta.get("id")) or parts[-1]
        return "/".join(parts)

    def _folder_place(self, folder: Path) -> float:
        """A sub-folder's place among its siblings: its `_category_` file's `position`, its
        index page's position, or its name's number."""
        data = self._category_file(folder)
        if isinstance(data.get("position"), (int, float)) \
                and not isinstance(data.get("position"), bool):
            return float(data["position"])
        for index in ("_index.md", "index.md", "README.md"):
            if (folder / index).is_file():
                meta, _, _ = split((folder / index).read_text(encoding="utf-8", errors="replace"))
                found = position(meta or {}, unset_zero=self.site.flavour == "hugo")
                if found is not None:
                    return found
        found = number_of(folder.name) if self._unnumbered(folder) != folder.name else None
        return UNPLACED if found is None else found

    def _category_file(self, folder: Path) -> dict[str, Any]:
        """A folder's Docusaurus `_category_` file (none: empty)."""
        for label_file in ("_category_.json", "_category_.yml", "_category_.yaml"):
            if (folder / label_file).is_file():
                return _read_config(folder / label_file) if not label_file.endswith("json") \
                    else _json(folder / label_file)
        return {}

    def _linked_doc(self, folder: Path) -> str | None:
        """The doc a Docusaurus category's page is (`link: {type: doc, id: ...}`)."""
        link = self._category_file(folder).get("link")
        return text_of(link.get("id")) or None \
            if isinstance(link, dict) and link.get("type") == "doc" else None

    def _image_tags(self, body: str, warnings: list[str]) -> str:
        """A site's own Liquid tag given an image file first (`{% image shot.png Caption %}`,
        a plugin in `_plugins/`): the image, with the rest as its text, found where Jekyll
        sites keep images; else its text, reported."""
        found: dict[str, int] = {}
        missing: list[str] = []

        def image(match: re.Match[str]) -> str:
            name, src, caption = match.group(1), match.group(2), (match.group(3) or "").strip()
            if name in _NOT_IMAGE_TAGS:
                return match.group(0)
            folders = ("", "images", "assets/images", "assets/img", "img", "assets")
            root = self.site.root.resolve()
            for folder in folders:
                candidate = (self.site.root / folder / src.lstrip("/")).resolve()
                if candidate.is_file() and candidate.is_relative_to(root):
                    found[name] = found.get(name, 0) + 1
                    alt = caption.replace("[", "(").replace("]", ")")
                    return f"![{alt}](/{candidate.relative_to(root).as_posix()})"
            missing.append(src)
            return f"*[image: {caption or src}]*"

        body = _IMAGE_TAG.sub(image, body)
        if found:
            warnings.append("Liquid tags given an image file, taken as images: " + ", ".join(
                f"{{% {name} %}} {n}×" for name, n in found.items()))
        if missing:
            warnings.append(f"images not in the export, their text kept: {', '.join(missing)}")
        return body

    def _kramdown_ids(self) -> bool:
        """The old site is Jekyll with kramdown (its default) making heading ids."""
        config = self.site.config
        found = config.get("kramdown")
        kramdown: dict[str, Any] = found if isinstance(found, dict) else {}
        return self.site.flavour == "jekyll" \
            and str(config.get("markdown") or "kramdown").lower() == "kramdown" \
            and kramdown.get("auto_ids", True) is not False

    def _category_pages(self) -> dict[str, SourceCategory]:
        """Jekyll's `categories` collection (`_categories/billing.md`, one page a category
        with its title and description): the categories that articles' `categories` name."""
        self.category_pages_by_path = {}
        if "_categories" not in self.collections:
            return {}
        found: dict[str, SourceCategory] = {}
        for path in sorted((self.site.content / "_categories").glob("*.md")):
            meta, _, _ = split(path.read_text(encoding="utf-8", errors="replace"))
            if meta is None:
                continue
            order = meta.get("order")
            found[path.stem] = SourceCategory(
                f"_categories/{path.stem}", html_text(text_of(meta.get("title")))
                or humanize(self._unnumbered(path)), html_text(text_of(meta.get("description"))),
                order=int(order) if isinstance(order, int) else 100, name=path.stem,
                old_urls=self._old_urls(path, meta))
            self.category_pages_by_path[path] = path.stem
        return found

    def _site_variables(self, body: str, warnings: list[str]) -> str:
        """`{{ site.x }}` with its value in _config.yml (`site.baseurl`: nothing, as the old
        addresses start from the site's root)."""
        config = self.site.config
        used: dict[str, int] = {}

        def value(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "baseurl":
                found: Any = ""
            elif isinstance(config.get(key), (str, int, float)) \
                    and not isinstance(config.get(key), bool):
                found = config[key]
            else:
                return match.group(0)  # removed and named with the other tags
            used[key] = used.get(key, 0) + 1
            return str(found)

        body = re.sub(r"\{\{-?\s*site\.(\w+)\s*-?\}\}", value, body)
        if used:
            warnings.append("replaced by the old site's settings (_config.yml): " + ", ".join(
                f"{{{{ site.{key} }}}} {n}×" for key, n in used.items()))
        return body

    def _page_of_its_own(self, body: str) -> bool:
        """A folder's index page with text of its own (MkDocs' and Docusaurus' `index.md`,
        Hugo's `_index.md` with an introduction), not only a title or a template's list."""
        text, _ = clean_markup(body, lambda target: target)  # a Jekyll page's Liquid list
        text = re.sub(r"^[ \t]*#[ \t]+[^\n]*$", "", re.sub(r"<!--.*?-->", "", text, flags=re.S),
                      flags=re.M)
        return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3

    def _is_bundle(self, folder: Path) -> bool:
        """A folder of one article in several languages (`01.en.md`, `01.de.md`)."""
        if folder not in self._bundles:
            self._bundles[folder] = is_bundle(folder)
        return self._bundles[folder]

    def _unnumbered(self, path: Path, meta: dict[str, Any] | None = None) -> str:
        """The name of a file (its stem) or folder without the number that orders it among
        the others (`01-basics`, `2_pairing`): Docusaurus strips it; elsewhere a number is a
        prefix only when the folder numbers two or more (`2-factor authentication.md` alone
        keeps its 2), and not when the page's own `slug` is its name (BookStack's
        `1-year-of-bookstack.md`)."""
        name = path.stem if path.is_file() else path.name
        if self.site.flavour == "nuxt":
            return nuxt_name(name)
        if meta and text_of(meta.get("slug")) == name:
            return name
        stripped = _NUMBER_PREFIX.sub("", name)
        if stripped == name or not stripped:
            return name
        if self.site.flavour != "docusaurus":
            siblings = self._numbered_in.get(path.parent)
            if siblings is None:
                siblings = self._numbered_in[path.parent] = sum(
                    1 for entry in path.parent.iterdir() if _NUMBER_PREFIX.match(entry.name))
            if siblings < 2:
                return name
        return stripped

    def _first_group(self, title: str, export: Export) -> str:
        """The category of the nav's first section `title`: the folder whose pages it lists
        (GitBook's `## Getting started` over `start/`), else one of its own."""
        folders = sorted({path.split("/", 1)[0] for path in self.nav if "/" in path},
                         key=lambda folder: (folder_position(self.nav, folder) or 0, folder))
        return next((folder for folder in folders
                     if folder_section(self.nav, folder) == title), None) \
            or self._nav_section(title, export)

    def _folder_near(self, position: int) -> str | None:
        """The folder of the listed page nearest after `position` that is in one (else the
        nearest before): where a GitBook space's top page goes (its README, the space's
        first page) when its summary has no groups, instead of a made-up 'Imported articles'
        category listed last."""
        placed = sorted((abs(e.position - position) + (e.position < position) / 2, path)
                        for path, e in self.nav.items() if "/" in path)
        return placed[0][1].split("/", 1)[0] if placed else None

    def _first_nav_section(self) -> str | None:
        """The title of the nav's first section: where a GitBook space's pages listed above
        its summary's first group (its README, the space's welcome page) go, first."""
        listed = sorted((e.position, e.section) for e in self.nav.values() if e.section)
        return listed[0][1] if listed else None

    def _nav_section(self, title: str, export: Export) -> str:
        """The category of the MkDocs pages at the docs' top that the nav lists under one
        first-level section (`Getting started: [getting-started.md, ...]`): that section."""
        key = f"nav: {title}"
        if key not in export.categories:
            first = min(e.position for e in self.nav.values() if e.section == title)
            export.categories[key] = SourceCategory(key, self._label(title) or title,
                                                    order=first, name=slugify(title, "general"))
        return key

    def _label(self, label: str | None) -> str | None:
        """A nav's label as the page being read shows it: in a Starlight translation, in
        that language's words where the sidebar's `translations` give them, else None (the
        page's own title then; a section keeps its label, as Starlight shows it)."""
        if self.site.flavour == "mdbook":
            return None  # a chapter's name in the summary (`init`); its page says more
        if self._reading is None or self.site.flavour != "starlight" or label is None:
            return label
        return starlight.translated_label(self.site.config.get("label_translations") or {},
                                          label, self._reading.written, self._reading.language)

    def _sidebar_section(self, label: str, root: Path, export: Export) -> str:
        """The category of the Docusaurus docs at the docs' top (`billing.md`) that the
        sidebars list under one first-level category (`'Billing': ['billing', ...]`): the
        category of the folder the sidebars give that label, else one of its own, placed
        where its first doc stands and titled in a translation's words."""
        folder = next((name for name, given in self.sidebars.labels.items()
                       if given == label and (root / name).is_dir()), None)
        if folder is not None:
            if folder not in export.categories:
                export.categories[folder] = self._category(root / folder, folder)
            return folder
        key = f"sidebar: {label}"
        if key not in export.categories:
            first = min((place for doc, place in self.sidebars.positions.items()
                         if self._part_of(doc) == label), default=100)
            title = translated_labels(root).get(label, label)
            export.categories[key] = SourceCategory(key, title, order=first,
                                                    name=slugify(label, "general"))
        return key

    def _part_of(self, doc: str) -> str | None:
        """The sidebars' section of a Docusaurus doc (`Sidebars.part_of`)."""
        return self.sidebars.part_of(doc, dict(self.site.config.get("navbar") or {}))

    def _collection_category(self, collection: str) -> SourceCategory:
        """The category of the pages at a Jekyll collection's top (`_tutorials/x.md`): titled
        as `_config.yml` titles the collection, else by its name (`Tutorials`), in the order
        the collections are declared."""
        settings = self.collections[collection]
        title = text_of(settings.get("title")) if isinstance(settings, dict) else ""
        return SourceCategory(collection, title or humanize(collection.lstrip("_")),
                              order=list(self.collections).index(collection),
                              name=collection.lstrip("_"))

    def _product_category(self, product: str, folder: str | None, root: Path,
                          export: Export) -> str:
        """The category of a page of another product's versioned docs: its folder's, nested
        in the product's (titled by the version's `_index.md`: "KEDA HTTP Add-on"), so that
        its `reference/` is not the main docs' `reference/`; a page at its top, the
        product's."""
        if product not in export.categories:
            export.categories[product] = self._category(self.site.content / product, product)
            export.categories[product].name = ""  # named by its title, not `0.15`
        if folder is None:
            return product
        key = f"{product}/{folder}"
        if key not in export.categories:
            found = export.categories[key] = self._category(root / folder, key)
            found.parent, found.name = product, ""  # named by its title, the product's first:
            found.title = f"{export.categories[product].title}: {found.title}"  # "KEDA HTTP
        return key  # Add-on: Concepts" beside the main docs' "KEDA Concepts"

    def _category(self, folder: Path, name: str) -> SourceCategory:
        """A category from the folder: its title from the nav (MkDocs), its index page or its
        `_category_` file; its place from the nav, the index page's `weight` (Hugo) or
        `sidebar_position`, or the `_category_` file's `position` (Docusaurus)."""
        title, description = humanize(self._unnumbered(folder)), ""
        old_urls: list[str] = []
        order: Any = None
        for index in ("_index.md", "index.md", "README.md", "index.markdown"):
            if (folder / index).is_file():
                meta, _, _ = split((folder / index).read_text(encoding="utf-8", errors="replace"))
                if meta:
                    title = text_of(meta.get("title")) or title
                    description = text_of(meta.get("description") or meta.get("summary"))
                    order = meta.get("weight", meta.get("sidebar_position"))
                break
        relative = folder.relative_to(self.site.content).as_posix()
        listed = self.nav.get(f"{relative}/index.md") or self.nav.get(f"{relative}/README.md")
        if listed and listed.title:
            title = listed.title
        if (self.site.flavour in ("gitbook", "starlight") or self.site.flavour == "mdbook"
                and not (listed and listed.title)) \
                and (section := folder_section(self.nav, relative)):
            title = section  # the summary's (sidebar's) group over the folder's pages
            if self._reading is not None:
                title = self._label(section) or section
        if self.nav:
            order = folder_position(self.nav, relative)
        elif self.sidebars.positions:
            order = self.sidebars.folder_position(self._unnumbered(folder))
        for entry in hugo_menu_entries(self.site.config) if self.site.flavour == "hugo" else []:
            if str(entry.get("url") or "").strip("/") == relative or \
                    str(entry.get("pageRef") or "").strip("/") == relative:
                title = text_of(entry.get("name")) or title  # the menu's name for the section
                order = entry.get("weight", order)
        for nuxt_file in NUXT_FOLDER_FILES if self.site.flavour == "nuxt" else ():
            if (folder / nuxt_file).is_file():
                data = _read_config(folder / nuxt_file)
                shown = data.get("navigation")
                title = text_of(data.get("title")) or text_of(
                    shown.get("title") if isinstance(shown, dict) else None) or title
                description = text_of(data.get("description")) or description
        title = self.sidebars.labels.get(self._unnumbered(folder), title)
        data = self._category_file(folder)
        if data:
            title = text_of(data.get("label")) or title
            order = data.get("position", order)
            link: dict[str, Any] = data["link"] if isinstance(data.get("link"), dict) else {}
            description = text_of(link.get("description")) or description
            if link.get("type") == "generated-index":  # Docusaurus' default slug
                slug = text_of(link.get("slug")) or f"/category/{slugify(title, 'category')}"
                old_urls.append(f"{self._docs_base()}/{slug.lstrip('/')}")
        title = self._translated_label(folder, title)
        return SourceCategory(name, title, description, name=self._unnumbered(folder),
                              old_urls=old_urls, order=int(order) if isinstance(order, (int, float))
                              and not isinstance(order, bool) else 100)

    def _translated_label(self, folder: Path, label: str) -> str:
        """A category's label in a Docusaurus translation's words (`current.json`, keyed by
        the English label, or the folder's name when it had none), else as is."""
        docs = folder.parent
        if docs not in self._labels:
            self._labels[docs] = translated_labels(docs) if self.sidebars.labels or \
                self.site.flavour == "docusaurus" else {}
        found = self._labels[docs]
        if not found:
            return label
        original = self.languages.content / folder.relative_to(self.site.content) \
            if folder.is_relative_to(self.site.content) else folder
        english = text_of(self._category_file(original).get("label"))  # the default's
        return found.get(label) or found.get(english) or found.get(self._unnumbered(folder)) \
            or label

    def _extension(self, name: str) -> dict[str, Any] | None:
        """The options of a Markdown extension in mkdocs.yml, None when it is not used."""
        for item in self.site.config.get("markdown_extensions") or []:
            if item == name:
                return {}
            if isinstance(item, dict) and name in item:
                return item[name] if isinstance(item[name], dict) else {}
        return None

    def _appended(self) -> set[Path]:
        """Files pymdownx.snippets appends to every page (`auto_append`)."""
        options = self._extension("pymdownx.snippets") or {}
        found = options.get("auto_append") or []
        return {(self.site.root / str(name)).resolve() for name in found} \
            | {(base / str(name)).resolve() for name in found for base in self._snippet_bases()}

    def _included(self) -> set[Path]:
        """Files the site's pages paste in (`{!file!}`, `--8<-- "file"`), read once."""
        if self._included_paths is None:
            include = self._extension("markdown_include.include")
            base = self.site.root / str((include or {}).get("base_path", ".")) \
                if include is not None else None
            snippets = self._snippet_bases() \
                if self._extension("pymdownx.snippets") is not None else None
            pages = self.site.content.rglob("*.md") if base or snippets else []
            self._included_paths = included_paths(pages, self.site.root, base, snippets)
        return self._included_paths

    def _snippet_bases(self) -> list[Path]:
        options = self._extension("pymdownx.snippets") or {}
        bases = options.get("base_path", ".")
        return [self.site.root / str(b) for b in (bases if isinstance(bases, list) else [bases])]

    def _mkdocs_includes(self, body: str, warnings: list[str]) -> str:
        """`--8<-- "file"` (pymdownx.snippets) and `{!file!}` (markdown-include) replaced by
        the file; abbreviation lines (`*[DNS]: Domain Name System`) left out, as kbgen shows
        no abbreviations (they would be printed as text)."""
        include = self._extension("markdown_include.include")
        include_base = self.site.root / str((include or {}).get("base_path", "."))
        inlined: list[str] = []

        def read(name: str, bases: list[Path]) -> str | None:
            root = self.site.root.resolve()
            for base in bases:
                candidate = (base / name.strip()).resolve()
                if candidate.is_file() and candidate.is_relative_to(root):
                    inlined.append(name.strip())
                    text = candidate.read_text(encoding="utf-8", errors="replace")
                    kept = without_front_matter(text)
                    return (kept.lstrip("\n") if len(kept) < len(text) else kept).rstrip("\n")
            return None

        if include is not None:
            body = MARKDOWN_INCLUDE.sub(
                lambda m: read(m.group(1), [include_base]) or m.group(0), body)
        if self._extension("pymdownx.snippets") is not None:
            body = SNIPPET.sub(lambda m: read(m.group(2), self._snippet_bases()) or m.group(0),
                               body)
        if inlined:
            warnings.append(f"files included by the old site put in the article: "
                            f"{', '.join(dict.fromkeys(inlined))}")
        body, abbreviations = re.subn(r"^\*\[[^\]\n]+\]:[^\n]*\n?", "", body, flags=re.M)
        if abbreviations:
            warnings.append(f"abbreviation definitions (`*[DNS]: ...`) left out: kbgen shows no"
                            f" abbreviations ({abbreviations}×)")
        return body

    def _includes(self, body: str, depth: int) -> str:
        """Jekyll `{% include name.md %}` replaced by the file of `_includes/` (no
        parameters; three levels deep at most)."""
        folder = self.site.root / "_includes"

        def include(match: re.Match[str]) -> str:
            path = folder / match.group(1)
            if depth > 2 or not path.is_file() or not path.resolve().is_relative_to(
                    folder.resolve()) or path.suffix not in (".md", ".markdown"):
                return match.group(0)
            text = path.read_text(encoding="utf-8", errors="replace")
            if "{%" in text.replace(match.group(0), ""):
                return match.group(0)  # template logic (loops over pages): not text to keep
            return self._includes(text, depth + 1)

        return re.sub(r"\{%-?\s*include\s+([\w./-]+)\s*-?%\}", include, body)

    def _title_at(self, page: Path) -> str:
        """The title in the front matter of the page at `page` (`a.md#part` too), ``."""
        page = page.with_name(page.name.partition("#")[0])
        if not page.is_file() or not page.resolve().is_relative_to(self.site.root.resolve()):
            return ""
        meta, _, _ = split(page.read_text(encoding="utf-8", errors="replace"))
        return text_of((meta or {}).get("title"))

    def _link_target(self, target: str, path: Path) -> str:
        """`{% link _docs/a.md %}` / `{{< ref "a.md" >}}` / `{{< relref "entities/Account#id"
        >}}` (Hugo finds the page without its `.md`): a path relative to `path`."""
        target, _, fragment = target.strip("\"'").partition("#")
        if not target:
            return f"#{fragment}"
        places = [self.site.root / target.lstrip("/"), self.site.content / target.lstrip("/"),
                  path.parent / target, self.site.content / "_posts" / target]  # `post_url`
        candidates = [c for place in places for c in (
            place, place.with_name(place.name + ".md"), place.with_name(place.name + ".markdown"),
            place / "_index.md", place / "index.md")]
        found = next((c for c in candidates if c.is_file()), None) \
            or next((c for c in map(_any_case, candidates) if c is not None), None) \
            or self._by_name(target) \
            or next((c for c in places if c.exists()), places[-1])
        relative = os.path.relpath(found.resolve(), path.parent.resolve()).replace(os.sep, "/")
        return relative + (f"#{fragment}" if fragment else "")

    def _by_name(self, target: str) -> Path | None:
        """The one page of the site with the file name `target` (`seek-help.zh-cn.md`, with
        or without `.md`), as Hugo's `ref` finds a bare name; None when none or several."""
        if "/" in target or self.site.flavour != "hugo":
            return None
        if self._names is None:
            self._names = {}
            for found in _markdown_files(self.site.root, self.site.root / "content"):
                for name in (found.name, found.stem):
                    self._names.setdefault(name.lower(), []).append(found)
        matches = self._names.get(target.lower(), [])
        return matches[0] if len(matches) == 1 else None

    def _old_urls(self, path: Path, meta: dict[str, Any]) -> list[str]:
        """Where the old site published the file, and the aliases it declared."""
        urls = []
        flavour = self.site.flavour
        relative = path.relative_to(self.site.content).with_suffix("").as_posix()
        if flavour == "jekyll":
            urls.append(self._jekyll_url(path, meta))
        elif flavour == "hugo":
            own = text_of(meta.get("url"))
            if own:
                urls.append(own)
            else:
                urls.append(self._hugo_url(relative, meta))
        elif flavour == "docusaurus":
            urls.append(self._docusaurus_url(relative, meta))
        elif flavour == "mkdocs":
            urls.append(mkdocs_redirects.old_address(relative + ".md", self._directory_urls))
        elif flavour == "nuxt":
            urls.append(self._nuxt_address(path))
        elif flavour == "gitbook":
            urls.append(gitbook.old_address(relative))
        elif flavour == "mdbook":
            urls.append(mdbook.old_address(relative))
        elif flavour == "vitepress":
            urls += vitepress.old_addresses(relative + ".md", self.site.config)
        elif flavour == "starlight":
            urls.append(starlight.old_address(relative))
        elif flavour == "markdown":  # Gatsby's and Hetzner's own `path`, a `permalink`
            urls += [own for key in ("path", "permalink")
                     if (own := text_of(meta.get(key))).startswith("/")][:1]
        elif flavour == "obsidian":  # Publish's addresses: the note's path, `+` for a space;
            urls += [text_of(meta.get("permalink")), relative]  # a permalink goes first
        for key in ("aliases", "alias", "redirect_from") if flavour == "obsidian" \
                else ("aliases", "redirect_from"):
            value = meta.get(key)
            urls += [text_of(v) for v in (value if isinstance(value, list) else [value])
                     if isinstance(v, str) and v.strip()]
        if flavour == "obsidian":  # and an alias that is a path redirects to the note
            urls = [url.strip().replace(" ", "+") for url in urls if url and url.strip()]
        if flavour == "obsidian":  # a note's names, not addresses: each is a path
            return [url if url.startswith(("/", "http")) else f"/{url}" for url in urls if url]
        return [as_old_address(url) for url in urls if url]

    def _hugo_url(self, relative: str, meta: dict[str, Any]) -> str:
        """A Hugo page's address: its section's `permalinks` pattern (`doc: /:slug/`), else
        its folder and slug; the file's language suffix (`.en-us`) is no part of it, and the
        default language's code is its first folder with `defaultContentLanguageInSubdir`."""
        parent, _, name = relative.rpartition("/")
        name = languages.strip_suffix(name, {self.languages.default, *self.languages.codes})
        slug = text_of(meta.get("slug")) or name
        section = relative.split("/")[0] if parent else ""
        pattern = pattern_for(self.site.config.get("permalinks"), section)
        folders = tuple(parent.split("/")) if parent else ()
        if name == "index" and folders:  # a leaf bundle is named by its folder
            folders, name = folders[:-1], folders[-1]
        page = HugoPage(folders, name, text_of(meta.get("slug")), text_of(meta.get("title")),
                        date_of(meta.get("date")))
        url = (expand(pattern, page) if pattern else None) \
            or (f"/{parent}/{slug}/" if parent else f"/{slug}/")
        if self.site.config.get("defaultContentLanguageInSubdir") is True:
            url = f"/{self.languages.default}{url}"
        return url

    def _section_urls(self, path: Path, meta: dict[str, Any]) -> list[str]:
        """Where the old site published a section's index page (`wifi/_index.md`), and the
        aliases it declared."""
        folder = path.parent.relative_to(self.site.content).as_posix().removeprefix(".")
        flavour = self.site.flavour
        if flavour == "jekyll":
            url = self._jekyll_url(path, meta)
        elif flavour == "hugo":
            url = text_of(meta.get("url")) or f"/{folder}/"
        elif flavour == "docusaurus":
            url = self._docusaurus_url(folder, {"slug": meta.get("slug")})
        elif flavour == "nuxt":  # relative links start from the folder
            url = self._nuxt_address(path.parent) + "/"
        elif flavour == "mkdocs":
            url = mkdocs_redirects.old_address(f"{folder}/index.md", self._directory_urls)
        else:
            url = f"/{folder}/"
        urls = [url, *self._old_urls(path, meta)[1:]]
        if flavour == "mdbook" and folder:  # `/pair/index.html`, as its pages link it
            urls.append(mdbook.old_address(f"{folder}/index"))  # (the root's is kbgen's home)
        urls = [as_old_address(url) for url in urls if url]
        return [url for url in urls if url.strip("/")]  # the home page stays the home page

    def _nuxt_address(self, path: Path) -> str:
        """Where Nuxt Content publishes a page or folder: each name without its ordering
        number, no `.md` and no trailing slash (`/for-users/resources/troubleshooting`)."""
        relative = path.relative_to(self.site.content)
        parts = [nuxt_name(part) for part in relative.parts]
        if path.is_file():
            parts[-1] = nuxt_name(path.stem)
        return "/" + "/".join(parts)

    def _nuxt_keys(self, address: str) -> list[str]:
        """Other ways Nuxt Content pages link to the page at `address`: by its file without
        the ordering number (`./oauth.md` for `3.oauth.md`), and from the root of the content
        folder when the imported folder is part of the address (`/docs/for-users/note/` for
        a `docs` folder)."""
        keys = [address.rstrip("/") + ".md"]
        name = self.site.content.name
        if name and name != "content":
            keys.append(f"/{name}{address}")
        return keys

    def _jekyll_url(self, path: Path, meta: dict[str, Any]) -> str:
        permalink = text_of(meta.get("permalink"))
        if permalink and ":" not in permalink:
            return permalink
        relative = path.relative_to(self.site.content)
        collection = relative.parts[0] if relative.parts[0] in self.collections else None
        style = str(self.site.config.get("permalink") or "date")
        post = _POST_NAME.match(path.stem)
        if collection:
            pattern = str((self.collections[collection] or {}).get("permalink")
                          or "/:collection/:path:output_ext")
            inner = path.relative_to(self.site.content / collection).with_suffix("").as_posix()
        elif post:
            pattern = {"pretty": "/:categories/:year/:month/:day/:title/",
                       "none": "/:categories/:title:output_ext",
                       "date": "/:categories/:year/:month/:day/:title:output_ext"}.get(
                style, style)
            inner = post.group(4)
        else:
            pattern = "/:path/" if style == "pretty" else "/:path:output_ext"
            inner = relative.with_suffix("").as_posix()
        if permalink:
            pattern = permalink
        values = {"collection": (collection or "").lstrip("_"), "path": inner,
                  "name": path.stem, "basename": path.stem, "output_ext": ".html",
                  "title": text_of(meta.get("slug")) or (post.group(4) if post else path.stem),
                  "categories": "/".join(_words(meta.get("categories")))}
        if post:
            values |= {"year": post.group(1), "month": post.group(2), "day": post.group(3)}
        url = re.sub(r":(\w+)", lambda m: values.get(m.group(1), m.group(0)), pattern)
        return re.sub(r"/{2,}", "/", url)

    def _docs_base(self) -> str:
        """Where Docusaurus publishes the docs read: `/docs`, `/docs/next` (a version's own
        `path`), `/u` (another docs plugin's), or `` for `routeBasePath: '/'`."""
        docs = self.site.config.get("docs")
        return docs.base(self._version.name, self._version.last) \
            if isinstance(docs, DocsInstance) else "/docs"

    def _other_versions(self, export: Export) -> None:
        """The addresses of the versions left out (`/docs/1.6/intro`) redirect to the imported
        version's page of the same file, where it has one; the number of the others is said."""
        by_file = {key: article for article in export.articles for key in article.link_keys}
        content, version, kept, left = self.site.content, self._version, 0, 0
        try:
            for name in version.others:
                self._version = DocsVersion(name, last=False)
                self.site.content = self._version.docs(self.site.root)
                for path in _markdown_files(self.site.root, self.site.content):
                    relative = path.relative_to(self.site.content).as_posix()
                    article = by_file.get(f"{SITE_FILE}{relative}")
                    meta = split(path.read_text(encoding="utf-8", errors="replace"))[0]
                    if article is None or meta is None:
                        left += 1
                        continue
                    urls = [u for u in self._old_urls(path, meta) if u not in article.old_urls]
                    article.old_urls += urls
                    kept += len(urls)
        finally:
            self.site.content, self._version = content, version
        if kept or left:
            export.notes.append(f"Docusaurus versions: {kept} addresses of the versions left"
                                " out redirect to the same page of the version imported;"
                                f" {left} pages of theirs have none there (not redirected).")

    def _docusaurus_url(self, relative: str, meta: dict[str, Any]) -> str:
        parts = [_NUMBER_PREFIX.sub("", part) for part in relative.split("/")]
        if len(parts) > 1 and parts[-1].lower() == parts[-2].lower() \
                and not meta.get("id") and not meta.get("slug"):
            parts.pop()  # `windows/windows.md`: the folder's index page, at the folder's address
        if meta.get("id"):
            parts[-1] = text_of(meta["id"])
        slug = text_of(meta.get("slug"))
        base = self._docs_base()
        end = "/" if self.site.config.get("trailingSlash") else ""
        if slug.startswith("/"):
            return f"{base}{slug.rstrip('/')}{end}" if slug.strip("/") else f"{base}/"
        if slug:
            parts[-1] = slug
        return f"{base}/" + "/".join(parts) + end


_IMAGE_TAG = re.compile(r"\{%-?\s*(\w+)\s+[\"']?([^\s%\"']+\.(?:png|jpe?g|gif|svg|webp))[\"']?"
                        r"(?:\s+(.*?))?\s*-?%\}", re.I)
_NOT_IMAGE_TAGS = {"include", "include_relative", "link", "post_url", "raw", "assign",
                   "capture", "if", "unless", "for", "case", "when"}
"""Liquid's own tags: never a plugin showing an image."""
SITE_ADDRESS_KEYS = ("url", "main_baseurl", "baseURL", "baseurl", "site_url")
"""Settings of Jekyll, Hugo and MkDocs that hold the site's own address."""


BASE_PATH_KEYS = {"docusaurus": "baseUrl", "jekyll": "baseurl", "mdbook": "site-url"}
"""The setting that holds the path a site is served under, of the generators that have one."""


def base_path(flavour: str, config: dict[str, Any]) -> str:
    """The path the site is served under on its own domains, as its settings say
    (Docusaurus' `baseUrl`, Jekyll's `baseurl`, mdBook's `site-url`, the path of MkDocs'
    `site_url` or Hugo's `baseURL`: `/docs/`), `/` when they say none; its pages' addresses
    start below it."""
    if flavour in BASE_PATH_KEYS:
        value = config.get(BASE_PATH_KEYS[flavour])
        path = value if isinstance(value, str) else ""
        path = urlsplit(path).path if "://" in path else path
    else:
        address = next((value for key in ("site_url", "baseURL", "baseurl")
                        if isinstance(value := config.get(key), str) and "://" in value), "")
        path = urlsplit(address).path
    path = "/" + path.strip().strip("/")
    return path if path == "/" else path + "/"


def own_domains(config: dict[str, Any]) -> list[str]:
    """The domains of the site's own addresses in its settings (`https://www.acme.com` ->
    `acme.com`)."""
    found = []
    for key in SITE_ADDRESS_KEYS:
        value = config.get(key)
        host = urlsplit(value).hostname if isinstance(value, str) and "://" in value else None
        if host and "." in host:
            found.append(host.removeprefix("www."))
    return list(dict.fromkeys(found))


def _params(config: dict[str, Any]) -> dict[str, Any]:
    params = config.get("params")
    return params if isinstance(params, dict) else {}


def _any_case(path: Path) -> Path | None:
    """The file at `path` in another case (Hugo finds `entities/account` as
    `entities/Account.md`), None when there is none."""
    if not path.parent.is_dir():
        return None
    wanted = path.name.casefold()
    return next((p for p in path.parent.iterdir() if p.name.casefold() == wanted and p.is_file()),
                None)


def _json(path: Path) -> dict[str, Any]:
    try:
        data = json_loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read(source: Path) -> Export:
    """Read the folder."""
    return MarkdownSite(source).read()

"""Settle every name of an import before anything is written: categories, article files
(unique, ASCII), draft team profiles, old addresses; then convert the bodies."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from kbgen.core.frontmatter import split_front_matter
from kbgen.core.i18n import N_, catalogue_file, compile_catalogue, read_catalogue
from kbgen.core.news import NEWS_DIR, NEWS_INDEX
from kbgen.core.redirects import KBGEN_PAGES, MAX_OLD_PATHS, old_path_problem, page_key
from kbgen.core.schema import MAX_LINE, MAX_TAGS
from kbgen.core.sources import ARTICLES_DIR, CATEGORY_PAGE, DATA_DIR, TEAM_DIR
from kbgen.core.text import refused_character
from kbgen.core.yaml_aliases import safe_load_bounded
from kbgen.importers.article_order import orders
from kbgen.importers.htmltext import to_markdown
from kbgen.importers.image_text import PLACEHOLDER_LINE, image_text_in
from kbgen.importers.markdown_text import rewrite_references
from kbgen.importers.model import Export, SourceArticle, SourceCategory
from kbgen.importers.news_posts import news_meta, news_path
from kbgen.importers.references import IMAGES_DIR, References
from kbgen.importers.slugs import UniqueNames, slugify
from kbgen.importers.titles import distinct_titles

CATEGORIES_FILE = f"{DATA_DIR}/categories.yml"
TITLE_LIMIT = 120
NEWS_SUMMARY_WORDS = 6
"""A news post's summary from its text has at least this many words, where the text has."""
SUMMARY_LIMIT = 200
DEFAULT_CATEGORY = N_("Imported articles")
"""The category of articles outside any section, named in the site's language."""


@cache
def default_category(language: str) -> str:
    """`DEFAULT_CATEGORY` in `language` (`가져온 문서`), in English when kbgen has no
    catalogue for it."""
    path = catalogue_file(language)
    return compile_catalogue(read_catalogue(path)).gettext(DEFAULT_CATEGORY) if path \
        else DEFAULT_CATEGORY


@dataclass
class PlannedArticle:
    """An article of the export with its place in the project."""

    source: SourceArticle
    category: str
    slug: str
    author: str | None = None
    redirect_from: list[str] = field(default_factory=list)
    order: int | None = None
    """Its place in its category's list, when the old site ordered the category's pages."""
    text: str = ""
    """The file as it will be written."""

    @property
    def place(self) -> tuple[float, ...]:
        """Its place among its category's pages in the old site."""
        return self.source.place

    @property
    def origin(self) -> str:
        """Where it came from."""
        return self.source.origin

    @property
    def is_news(self) -> bool:
        """A post of the old site's blog: a news post, in no category."""
        return self.source.news_kind is not None

    @property
    def src_uri(self) -> str:
        """Path inside the content folder."""
        return news_path(self.slug) if self.is_news else \
            f"{ARTICLES_DIR}/{self.category}/{self.slug}.md"


@dataclass
class Plan:
    """Every file an import writes, and why some cannot be written."""

    articles: list[PlannedArticle] = field(default_factory=list)
    categories: dict[str, dict[str, Any]] = field(default_factory=dict)
    """New entries of categories.yml, by folder."""
    team: dict[str, str] = field(default_factory=dict)
    """New draft team profiles: id -> name."""
    refused: list[str] = field(default_factory=list)
    """Existing content the import would overwrite or duplicate."""
    references: References = field(default_factory=References)
    news_index: list[str] = field(default_factory=list)
    """Old addresses of the blog's list of posts, for a new `news/index.md` (the news page)."""
    news_page: bool = False
    """Whether a new `news/index.md` is written with no old address (the blog's list was at
    the news page's own address, `/news`): links to the list lead to it."""


@dataclass
class Existing:
    """What the project already has, so that nothing is overwritten or duplicated."""

    slugs: set[str] = field(default_factory=set)
    categories: dict[str, str] = field(default_factory=dict)
    """Folder -> title."""
    max_order: int = 0
    team: dict[str, str] = field(default_factory=dict)
    """Id -> name."""
    old_paths: dict[str, str] = field(default_factory=dict)
    """Page key of each `redirect_from` -> the file that has it."""
    images: set[str] = field(default_factory=set)
    has_team: bool = False
    """`team/` exists (once it does, every article's author must be a profile)."""
    authors: set[str] = field(default_factory=set)
    """Authors the project's articles name."""

    @classmethod
    def read(cls, content_dir: Path) -> Existing:
        """Read the project's content folder (leniently: `kbgen check` judges it)."""
        found = cls()
        for path in sorted((content_dir / ARTICLES_DIR).rglob("*.md")) + sorted(
                (content_dir / NEWS_DIR).glob("*.md")):
            found.slugs.add(path.stem)
            data = _front_matter(path)
            if isinstance(data, dict) and data.get("author"):
                found.authors.add(str(data["author"]))
            for old in data.get("redirect_from") or [] if isinstance(data, dict) else []:
                found.old_paths.setdefault(page_key(str(old)), path.relative_to(
                    content_dir).as_posix())
        categories = _yaml(content_dir / CATEGORIES_FILE)
        if isinstance(categories, dict):
            for key, entry in categories.items():
                entry = entry if isinstance(entry, dict) else {}
                found.categories[str(key)] = str(entry.get("title", key))
                old = entry.get("redirect_from")
                for path in old if isinstance(old, list) else []:
                    found.old_paths.setdefault(page_key(str(path)),
                                               f"{CATEGORIES_FILE} ({key})")
                if isinstance(entry.get("order"), int):
                    found.max_order = max(found.max_order, entry["order"])
        found.has_team = (content_dir / TEAM_DIR).is_dir()
        for path in sorted((content_dir / TEAM_DIR).glob("*.y*ml")):
            data = _yaml(path)
            found.team[path.stem] = str(data.get("name", "")) if isinstance(data, dict) else ""
        images = content_dir / IMAGES_DIR
        found.images = {p.name.rsplit(".", 1)[0] for p in images.iterdir()} \
            if images.is_dir() else set()
        return found


def _yaml(path: Path) -> Any:
    try:
        return safe_load_bounded(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _front_matter(path: Path) -> Any:
    try:
        split = split_front_matter(path.read_text(encoding="utf-8-sig"))
        return safe_load_bounded(split.front_matter or "") or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}


def one_line(text: str) -> str:
    """Text on one line without characters kbgen refuses (bidi controls...)."""
    text = " ".join(text.split())
    while (char := refused_character(text)) is not None:
        text = text.replace(char, "")
    return text


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word to fit `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-")
    return cut + "…"


_MARKUP = [(re.compile(r"\\$", re.M), ""),  # a hard line break (`...에\`, Misskey Hub)
           # attribute lists: after a link or a picture (`[Start](v4.md){ .md-button }`,
           # `![Board](b.png){ width=300 }`), or `{: .note }` ending a line
           (re.compile(r"(?<=[)\]])\{:?[ \t]*(?:[.#]|[\w-]+=)[^{}\n]*\}"
                       r"|[ \t]*\{:[^{}\n]*\}[ \t]*$", re.M), ""),
           (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # an escaped character: itself
           (re.compile(r"```.*?```", re.S), " "), (re.compile(r"!\[[^\]]*\]\([^)]*\)"), " "),
           (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), " "),  # `![alt][logo]`
           # a link's text, marked (`_LINK_OPEN`...`_LINK_CLOSE`) to tell a sentence that is
           # only a pointer elsewhere
           (re.compile(r"\[([^\]]*)\]\([^)]*\)"), "\ue000\\1\ue001"),
           (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), "\ue000\\1\ue001"),  # `[text][label]`
           (re.compile(r"<a\b[^>]*>(.*?)</a>", re.S | re.I), "\ue000\\1\ue001"),
           (re.compile(r"<((?:https?|mailto):[^>\s]+)>", re.I), "\ue000\\1\ue001"),  # autolink
           (re.compile(r"(?<![\w\ue000/])https?://[^\s<>\ue001]*[^\s<>\ue001.,;:!?)]", re.I),
            "\ue000\\g<0>\ue001"),  # a bare address
           (re.compile(r"^ {0,3}\[[^\]\n]+\]:.*$", re.M), " "),  # `[label]: page.md`
           # a heading, and an admonition's or a collapsible's title line, also one nested
           # in another (`    !!! tip` under `??? note`: its `!!!` was a summary)
           (re.compile(r"^(?:#+ |[ \t]*(?:!!!|\?\?\?\+?)[ \t]).*$", re.M), " "),
           (re.compile(PLACEHOLDER_LINE.pattern + ".*$", re.M), " "),  # `*[Bild: alt]*`
           (re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+", re.M), " "),
           (re.compile(r"^\|.*$", re.M), " "),
           (re.compile(r"<[^>]+>|[*_`]+|^[ \t]*>+", re.M), "")]
"""(Markup, its plain text); spaces and tabs, not any white space, so that no blank line
before a list or a quote is eaten and joins it to the paragraph above."""


_LINK_OPEN, _LINK_CLOSE = "\ue000", "\ue001"
"""Around a link's text while a body is read for its first sentence (private-use characters:
no text holds them)."""
_LINKED = re.compile(f"{_LINK_OPEN}[^{_LINK_CLOSE}]*{_LINK_CLOSE}")
POINTER_WORDS = 2
"""A sentence with a link and at most this many words besides its text is only a pointer to
another page (`See [Generating tokens](tokens.md).`, `Siehe [Token](t.md).`, `→ [FAQ](f.md)`):
it says nothing of the article, so a summary starts after it."""


def is_pointer(sentence: str) -> bool:
    """`sentence` (its links' text marked) is a link with at most POINTER_WORDS other words."""
    if _LINK_OPEN not in sentence:
        return False
    return len(re.findall(r"\w+", _LINKED.sub(" ", sentence))) <= POINTER_WORDS


_BOX_OPENING = re.compile(r"^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]")
"""An admonition's or a collapsible's title line (`!!! tip "Before you start"`)."""


def without_boxes(markdown: str) -> str:
    """`markdown` without its admonitions and collapsibles (the title line and the lines
    indented under it): a side note (`:::tip`, `<Aside>`, `!!! warning`) before the text says
    nothing of what the page is about."""
    kept: list[str] = []
    inside: str | None = None  # the indent a box's text is deeper than
    for line in markdown.split("\n"):
        if inside is not None:
            if not line.strip() or (line.startswith(inside) and line[len(inside):len(inside) + 1]
                                    in (" ", "\t")):
                continue
            inside = None
        opening = _BOX_OPENING.match(line)
        if opening:
            inside = opening.group(1)
            continue
        kept.append(line)
    return "\n".join(kept)


def first_sentence(markdown: str, words: int = 1) -> str:
    """The first sentence of a Markdown body, as plain text; with the ones after it while they
    have fewer than `words` words together (a news post's `Hey!` says nothing of it). A
    sentence that only points to another page is passed over, unless no other follows; an
    admonition's text is read only when the page has no other."""
    return _first_sentence(without_boxes(markdown), words) or _first_sentence(markdown, words)


def _first_sentence(markdown: str, words: int) -> str:
    text = markdown.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    found: list[str] = []
    pointers: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        line = one_line(html.unescape(paragraph))  # the body's `&lt;` is the text's `<`
        if len(line.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")) <= 3:
            continue
        for sentence in re.findall(r".+?[.!?。！？](?=\s|$)|.+$", line):
            if is_pointer(sentence):
                pointers.append(sentence.strip())
                continue
            found.append(sentence.strip())
            if len(" ".join(found).split()) >= words:
                return _unmarked(" ".join(found))
    return _unmarked(" ".join(found or pointers[:1]))


def _unmarked(text: str) -> str:
    """`text` without the marks around its links' text."""
    return text.replace(_LINK_OPEN, "").replace(_LINK_CLOSE, "")


def _own_folder(origin: str) -> str:
    """The folder a Markdown page was in, as a name (`editions/plasma/configuration.md` ->
    `plasma`, Nuxt's `2.plasma` too): a same-named page's best qualifier; none for others."""
    parts = origin.split("/")
    if not origin.endswith((".md", ".mdx", ".mdoc", ".markdown")) or len(parts) < 2:
        return ""
    return slugify(re.sub(r"^\d+\.", "", parts[-2]), "")


class Planner:
    """Names categories, files and authors of one export for one content folder."""

    def __init__(self, export: Export, content_dir: Path, language: str = "en") -> None:
        self.export = export
        self.content_dir = content_dir
        self.language = language
        """The language of the content folder: the words kbgen itself writes there."""
        self.existing = Existing.read(content_dir)
        self.plan = Plan()
        self.slugs = UniqueNames(self.existing.slugs)
        self.folders = UniqueNames(set(self.existing.categories))
        self.people = UniqueNames(set(self.existing.team))
        self.category_of: dict[str | None, str] = {}
        self.original_folders: dict[str | None, str] = {}
        """The default language's section key -> folder, for a translation's import."""
        self.original_categories: dict[str, dict[str, Any]] = {}
        """The default language's categories.yml entries, for a translation's import."""
        self.places: dict[str, PlannedArticle] = {}
        """Origin -> the default language's planned article, for a translation's import: a
        translation goes to its original's path (kbgen links them by it)."""
        self.claimed: dict[str, PlannedArticle] = {}
        """Page key of each old address -> the imported article it leads to."""
        self.claimed_pages: dict[str, str] = {}
        """Page key of each old address of an article or a section -> what has it."""
        refs = self.plan.references
        refs.files = export.files
        refs.link_patterns = [re.compile(p) for p in export.link_patterns]
        refs.own_domains = [domain.lower() for domain in export.domains]
        refs.base_path = export.base_path
        if export.kind == "markdown":  # the old home page: kbgen makes its own there
            refs.homes = {home for home in (export.base_path or "/", export.address_prefix)
                          if home.startswith("/")}
        refs.names = UniqueNames(self.existing.images)

    def make(self, site_roots: list[Path] | None = None) -> Plan:
        """Plan every article, then convert the bodies (links need every name first)."""
        self.plan.references.site_roots = site_roots or []
        categories = self.export.categories
        for article in sorted(self.export.articles, key=lambda a: categories[a.category].order
                              if a.category in categories else 100):  # categories in order
            if not one_line(article.title):
                self.export.skipped.append((article.origin, "no title"))
                continue
            if not isinstance(article.body, str):
                self.export.skipped.append((article.origin, f"its body is not text (a"
                                            f" {type(article.body).__name__})"))
                continue
            if not article.body.strip():
                made = [w.removeprefix("removed: ") for w in article.warnings
                        if w.startswith("removed: ")]
                self.export.skipped.append((article.origin, "empty body" if not made else
                                            "empty once its template tags were removed ("
                                            + "; ".join(made) + "): the old site made its text"
                                            " with them; write the text out"))
                continue
            self._place(article)
        self._section_addresses()
        self._orders()
        distinct_titles(self._in_categories(), self._category_title)
        for planned in self.plan.articles:
            planned.text = self._file_text(planned)
        return self.plan

    def _in_categories(self) -> list[PlannedArticle]:
        """The planned articles, news posts apart."""
        return [planned for planned in self.plan.articles if not planned.is_news]

    def _orders(self) -> None:
        """Each article's `order` in its category, where the old site ordered its pages."""
        by_category: dict[str, list[PlannedArticle]] = {}
        for planned in self._in_categories():
            by_category.setdefault(planned.category, []).append(planned)
        for group in by_category.values():
            found = orders(group)
            for planned in group:
                planned.order = found.get(id(planned))

    def _place(self, article: SourceArticle) -> None:
        original = self.places.get(article.translates or "")
        if article.news_kind is not None:
            wanted = original.slug if original is not None and original.is_news \
                and original.slug not in self.slugs.taken \
                else slugify(article.name or article.title)  # a translated post: its original's
            planned = PlannedArticle(article, "", self.slugs.claim(wanted, NEWS_DIR))
        elif original is not None and original.slug not in self.slugs.taken:
            category = self._translated_category(article.category, original.category)
            planned = PlannedArticle(article, category, self.slugs.claim(original.slug,
                                                                         category))
        else:
            category = self._category(article.category)
            wanted = slugify(article.name or article.title)
            planned = PlannedArticle(article, category, self.slugs.claim(
                wanted, _own_folder(article.origin), category))
        refs = self.plan.references
        refs.add_target(planned.src_uri, planned.src_uri)
        if article.old_urls or article.address:
            refs.addresses[planned.src_uri] = (article.old_urls or [article.address])[0]
        if article.status == "published":
            refs.public.add(planned.src_uri)
        for key in article.link_keys + article.old_urls:
            refs.add_target(key, planned.src_uri)
        if article.authors and planned.is_news:
            article.warnings.append("author not kept: a kbgen news post names no author")
        elif article.authors and not self.existing.has_team and self.existing.authors:
            article.warnings.append(f"author {article.authors[0]} not kept: a team/ folder"
                                    " would make every author of your articles need a profile")
        elif article.authors:
            planned.author = self._author(article.authors[0])
            if planned.author is None and "@" in article.authors[0]:
                article.warnings.append("author not kept: the export names them by an e-mail"
                                        " address only (never copied)")
            if len(article.authors) > 1:
                article.warnings.append(f"authors {', '.join(article.authors[1:])} not kept:"
                                        " a kbgen article has one author")
        for url in article.old_urls:
            if urlsplit(url).netloc:
                refs.old_hosts.add(urlsplit(url).netloc.lower())
            if article.redirects:
                self._old_address(planned, url)
        self.plan.articles.append(planned)

    def _old_address(self, planned: PlannedArticle, url: str) -> None:
        path = urlsplit(url).path or "/"
        problem = old_path_problem(path)
        if problem:
            planned.source.warnings.append(f"old address '{url}' cannot be redirected: {problem}")
            return
        if page_key(path) == page_key(planned.src_uri.removesuffix(".md")):
            return  # its new address is its old one (a blog at /news): nothing to redirect
        if page_key(path) in KBGEN_PAGES:
            planned.source.warnings.append(f"old address '{path}' is a page the new site makes"
                                           " itself: not redirected (the build would refuse"
                                           " it); link readers from there if they need it")
            return
        claimed = self.claimed.setdefault(page_key(path), planned)
        if claimed is not planned:
            planned.source.warnings.append(f"old address '{path}' is also the old address of"
                                           f" {claimed.source.origin}; it redirects there only")
            return
        owner = self.existing.old_paths.get(page_key(path))
        if owner:
            self.plan.refused.append(f"{owner} already has the old address {path}"
                                     f" ({planned.source.origin}): this export seems imported"
                                     " already")
            return
        if path in planned.redirect_from:
            return
        if len(planned.redirect_from) >= MAX_OLD_PATHS:
            planned.source.warnings.append(f"old address '{path}' not redirected: the page has"
                                           f" {MAX_OLD_PATHS} old addresses already, the most a"
                                           " page may have; redirect its old folder on the host"
                                           " if readers still use it")
            return
        planned.redirect_from.append(path)
        self.claimed_pages[page_key(path)] = str(planned.source.origin)

    def _section_addresses(self) -> None:
        """Old addresses of sections, to the category their articles went to: a section that
        became a category, or one whose sub-sections all went to one (a Zendesk category of
        one section); the others are reported, not redirected."""
        if self.original_folders:
            self._translated_news_lists()
            return  # a translation's sections: their old addresses are the original's
        children = self._children()
        for key, source in self.export.categories.items():
            within = self._within(key, children)
            folders = {self.category_of[k] for k in within if k in self.category_of}
            for url in source.old_urls:
                path = urlsplit(url).path or "/"
                reason = self._section_address(path, folders, any(
                    planned.is_news and planned.source.category in within
                    for planned in self.plan.articles))
                if reason:
                    shown = path if path.startswith("/") else url
                    self.export.skipped.append((f"section '{one_line(source.title)}'",
                                                f"old address {shown} not redirected: {reason}"))
                elif len(folders) == 1 and path not in self.plan.news_index:  # not news
                    self.claimed_pages[page_key(path)] = f"section '{one_line(source.title)}'"
                    folder = next(iter(folders))
                    self.plan.categories[folder].setdefault("redirect_from", []).append(path)
                    self._category_page(url, folder)

    def _category_page(self, url: str, folder: str) -> None:
        """Links to a section's old address lead to its category's page (Docusaurus'
        `/docs/category/basics`), a public one when the category has a published article."""
        page = f"{ARTICLES_DIR}/{folder}/{CATEGORY_PAGE}"
        self.plan.references.add_target(url, page)
        if any(a.category == folder and a.source.status == "published"
               for a in self.plan.articles):
            self.plan.references.public.add(page)

    def _section_address(self, path: str, folders: set[str], news: bool) -> str | None:
        """Why a section's old address cannot lead to the one category of `folders` (`news`:
        pages of the section became news posts)."""
        problem = old_path_problem(path)
        if problem:
            return problem
        if len(folders) != 1 and news and not folders:  # a blog's list of posts
            return self._news_address(path)
        if len(folders) != 1:
            return "its articles went to several categories" if folders else \
                "no article of it was imported"
        owner = self.claimed_pages.get(page_key(path)) or self.existing.old_paths.get(
            page_key(path))
        if owner:
            return f"{owner} has it"
        folder = next(iter(folders))
        if folder not in self.plan.categories:
            return (f"its articles joined your category '{folder}'; add it to that category's"
                    f" `redirect_from` in {CATEGORIES_FILE}")
        if len(self.plan.categories[folder].get("redirect_from", [])) >= MAX_OLD_PATHS:
            return (f"its category has {MAX_OLD_PATHS} old addresses already, the most a page"
                    " may have")
        return None

    def _news_address(self, path: str) -> str | None:
        """A blog's list of posts leads to the news page, which a new `news/index.md` gives
        its old addresses; why not, when the project has its own news page already."""
        if page_key(path) == NEWS_DIR and not (self.content_dir / NEWS_INDEX).exists():
            self.plan.news_page = True  # its own address (a blog at /news): no redirect
            self._news_page(path)
            return None
        if (self.content_dir / NEWS_INDEX).exists():
            self._news_page(path)
            return (f"its posts became news posts: add it to `redirect_from` in {NEWS_INDEX}"
                    " to lead it to the news page")
        owner = self.claimed_pages.get(page_key(path)) or self.existing.old_paths.get(
            page_key(path))
        if owner:
            return f"{owner} has it"
        self.claimed_pages[page_key(path)] = NEWS_INDEX
        self.plan.news_index.append(path)
        self._news_page(path)
        return None

    def _translated_news_lists(self) -> None:
        """A translated blog's list of posts (its first old address, `/fr/blog`) leads to
        that language's news page, as the default's does; links to it as that language's
        pages wrote it (`/blog`, its other addresses) too."""
        for key, source in self.export.categories.items():
            if source.old_urls and any(planned.is_news and planned.source.category == key
                                       for planned in self.plan.articles):
                first, *others = [urlsplit(url).path or "/" for url in source.old_urls]
                reason = self._news_address(first)
                if reason:
                    self.export.skipped.append((f"section '{one_line(source.title)}'",
                                                f"old address {first} not redirected: {reason}"))
                for path in others:
                    self._news_page(path)

    def _news_page(self, path: str) -> None:
        """Links to a blog's list of posts (`/blog`) lead to the news page, as links to a
        section's lead to its category's page."""
        self.plan.references.add_target(path, NEWS_INDEX)
        self.plan.references.public.add(NEWS_INDEX)

    def _children(self) -> dict[str | None, list[str]]:
        """The keys of the categories nested right in each category, in the export's order."""
        children: dict[str | None, list[str]] = {}
        for key, category in self.export.categories.items():
            children.setdefault(category.parent, []).append(key)
        return children

    def _within(self, key: str, children: dict[str | None, list[str]]) -> set[str]:
        """`key` and the keys of every category nested in it (`children`: `_children()`);
        each key read once, so a chain of thousands of sections, or a loop, costs its length."""
        found, queue = set(), [key]
        while queue:
            current = queue.pop()
            found.add(current)
            queue += [k for k in children.get(current, []) if k not in found]
        return found

    def _above(self, category: SourceCategory) -> list[SourceCategory]:
        """The categories `category` is nested in (a section named as its category, Zendesk's
        `Plans` in `Plans`, is not a sibling of the same name)."""
        found: list[SourceCategory] = []
        seen: set[int] = set()
        while (parent := self.export.categories.get(category.parent or "")) is not None \
                and id(parent) not in seen:
            found.append(parent)
            seen.add(id(parent))
            category = parent
        return found

    def _category(self, key: str | None) -> str:
        if key in self.category_of:
            return self.category_of[key]
        if key in self.original_folders:  # a translation: its original section's folder
            return self._translated_category(key, self.original_folders[key])
        source = self.export.categories.get(key or "")
        if source is None:
            source = SourceCategory("", default_category(self.language), "")
        title = one_line(source.title)
        taken_titles = {t.casefold() for t in self.existing.categories.values()} | {
            str(c["title"]).casefold() for c in self.plan.categories.values()}
        parent = self.export.categories.get(source.parent or "")
        above = {id(category) for category in self._above(source)}
        shared = sum(1 for c in self.export.categories.values() if id(c) not in above
                     and one_line(c.title).casefold() == title.casefold()) > 1
        if (title.casefold() in taken_titles or shared) and parent is not None:
            title = f"{one_line(parent.title)}: {title}"
        wanted = slugify(source.name or title, "general")
        if self.existing.categories.get(wanted, "").casefold() == title.casefold():
            folder = wanted  # the project's own category of that name: add to it
        else:
            folder = self.folders.claim(wanted)
            description = one_line(source.description) or (
                f"{one_line(parent.title)}: {title}" if parent is not None else title)
            self.plan.categories[folder] = {
                "title": shorten(title, TITLE_LIMIT), "description": shorten(description, 300),
                "order": self.existing.max_order + len(self.plan.categories) + 1}
        self.category_of[key] = folder
        return folder

    def _category_title(self, folder: str) -> str:
        """A category's title, new or the project's own."""
        entry = self.plan.categories.get(folder)
        return str(entry["title"]) if entry else self.existing.categories.get(folder, folder)

    def _translated_category(self, key: str | None, folder: str) -> str:
        """A translation's category: its original's folder, titled in its own language when
        the source titles the section (`_category_.json`, `_index.md`)."""
        self.category_of.setdefault(key, folder)
        if folder not in self.plan.categories and folder not in self.existing.categories:
            entry = dict(self.original_categories.get(folder) or {
                "title": folder, "description": folder,
                "order": len(self.plan.categories) + 1})  # the project's own category
            own = self.export.categories.get(key or "")
            if own is not None and one_line(own.title):
                entry["title"] = shorten(one_line(own.title), TITLE_LIMIT)
                entry["description"] = shorten(one_line(own.description) or entry["title"],
                                               300)
            self.plan.categories[folder] = entry
        return folder

    def _author(self, name: str) -> str | None:
        name = one_line(name)
        if not name or "@" in name:
            return None  # never an e-mail address
        for member, known in {**self.existing.team, **self.plan.team}.items():
            if known.casefold() == name.casefold():
                return member
        member = self.people.claim(slugify(name, "author"))
        self.plan.team[member] = name
        return member

    def _related(self, planned: PlannedArticle) -> list[str]:
        """Slugs of the related articles that were imported (public ones for a public one)."""
        refs = self.plan.references
        slugs = []
        for key in planned.source.related:
            target = refs.targets.get(key)
            if target is None or target == planned.src_uri or (
                    planned.source.status == "published" and target not in refs.public):
                continue
            slugs.append(target.rsplit("/", 1)[-1][: -len(".md")])
        return list(dict.fromkeys(slugs))

    def _file_text(self, planned: PlannedArticle) -> str:
        article = planned.source
        warn = article.warnings.append
        refs = self.plan.references
        if article.is_html:
            body = to_markdown(
                article.body, lambda href: refs.link(href, planned.src_uri, article.base, warn),
                lambda src: refs.image(src, planned.src_uri, article.base, warn), warn,
                image_text_in(self.language))
        else:
            body = rewrite_references(
                article.body, lambda href: refs.link(href, planned.src_uri, article.base, warn),
                lambda src: refs.image(src, planned.src_uri, article.base, warn),
                image_text_in(self.language))
        title = one_line(article.title)
        body = re.sub(rf"\A\s*#\s+{re.escape(title)}\s*\n", "", body)
        if len(title) > TITLE_LIMIT:
            warn(f"title shortened to {TITLE_LIMIT} characters")
            title = shorten(title, TITLE_LIMIT)
        summary = one_line(article.summary)
        if not summary:
            summary = first_sentence(body, NEWS_SUMMARY_WORDS if planned.is_news else 1) \
                or title
            warn("no description in the export: the summary is the first sentence; check it")
        if len(summary) > SUMMARY_LIMIT:
            summary = shorten(summary, SUMMARY_LIMIT)
        tags = list(dict.fromkeys(shorten(t, MAX_LINE) for t in map(one_line, article.tags) if t))
        if len(tags) > MAX_TAGS:
            warn(f"{len(tags)} tags: the first {MAX_TAGS} kept (kbgen's limit an article)")
            tags = tags[:MAX_TAGS]
        if planned.is_news and article.created:
            front = yaml.safe_dump(news_meta(
                title, summary, article.status, article.created, article.updated,
                one_line(article.news_kind or ""), tags, planned.redirect_from),
                allow_unicode=True, sort_keys=False, width=1000)
            return f"---\n{front}---\n\n{body.strip()}\n"
        meta: dict[str, Any] = {"title": title, "summary": summary, "status": article.status}
        if tags:
            meta["tags"] = tags
        if planned.author:
            meta["author"] = planned.author
        if planned.order is not None:
            meta["order"] = planned.order
        if article.created:
            meta["created"] = article.created
        if article.updated and article.updated != article.created:
            meta["updated"] = max(article.updated, article.created or article.updated)
        related = self._related(planned)
        if related:
            meta["related"] = related
        if article.unlisted and article.status == "published":
            meta["search"] = {"exclude": True}
        if planned.redirect_from:
            meta["redirect_from"] = planned.redirect_from
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{front}---\n\n{body.strip()}\n"

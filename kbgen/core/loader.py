"""Load a content folder into a KnowledgeBase; one bad file never stops the rest."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, RootModel, ValidationError

from kbgen.build.memo import Memo
from kbgen.build.reads import Reads
from kbgen.core import checks
from kbgen.core.background import Background, can_fork
from kbgen.core.config import KbConfig
from kbgen.core.contact import CONTACT_FILE, ContactData
from kbgen.core.frontmatter import broken_front_matter, split_front_matter
from kbgen.core.internal import split_internal, unrecognised_notes
from kbgen.core.known_issues import build_day
from kbgen.core.limits import MAX_ARTICLE_BYTES, MAX_DATA_BYTES, pathologies, size_problem
from kbgen.core.model import Article, Category, KnowledgeBase, Located, Page, PageMeta, TeamMember
from kbgen.core.news import NewsMeta, is_news_post
from kbgen.core.schema import SLUG, ArticleMeta, CategoryInfo, TeamProfile, validation_messages
from kbgen.core.slugs import nfc
from kbgen.core.sources import (
    ARTICLES_DIR,
    DATA_DIR,
    TEAM_DIR,
    DecodeError,
    Source,
    Tree,
    read_text,
    safe_file,
    walk,
)
from kbgen.core.static_files import static_problems
from kbgen.core.strictyaml import YamlProblem, load_yaml
from kbgen.core.synonyms import (
    SYNONYMS_FILE,
    SynonymGroups,
    Synonyms,
    SynonymSettings,
    with_common,
)
from kbgen.errors import Level, Problem

CATEGORIES_FILE = f"{DATA_DIR}/categories.yml"
Model = TypeVar("Model", bound=BaseModel)


class _Collector:
    """Problems found while loading, located by source."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: Source | Located, line: int | None, message: str,
            level: Level = "error") -> None:
        """Record one problem."""
        self.problems.append(Problem(where.display_path, line, level, message))


def load(content_dir: Path, config: KbConfig | None = None, today: dt.date | None = None,
         review: bool = False, gate: bool = True, helpers: int = 0, tree: Tree | None = None,
         memo: Memo | None = None, site_host: str = "", theme_language: str = ""
         ) -> tuple[KnowledgeBase, list[Problem]]:
    """Read every article, page, team profile and data file under `content_dir`, and check
    every file that would be copied into the site.

    Problems of single files come first, by path; then cross-file problems, by check.
    `review` adds the author's advice (duplicates, stale articles) that builds skip;
    `gate=False` leaves out the personal-data and unsafe-HTML gate (see `gate_problems`);
    `helpers` forked processes read a share of the articles each (where fork exists);
    `tree` is the folder as already walked (`sources.walk`); `memo` keeps what each
    article gave (kbgen.build.memo); `theme_language` is `theme.language` (the site's
    language without `languages`). A link leaving the folder, a loop or a refused file is
    reported and never read.
    """
    found = _Collector()
    tree = tree or walk(content_dir)
    found.problems += tree.problems
    found.problems += static_problems(tree, site_host)
    kb = KnowledgeBase(has_team=(content_dir / TEAM_DIR).is_dir())
    kb.categories = _load_categories(content_dir, found, tree)
    loaded = _load_data(content_dir, CONTACT_FILE, ContactData, found, tree)
    if loaded is not None:
        kb.contact, kb.contact_origin = loaded
    kb.synonyms = load_synonyms(content_dir, found, tree)
    for source in tree.sources(TEAM_DIR, (".yml", ".yaml")):
        member = _load_member(source, found)
        if member:
            published = member.profile.status == "published"
            (kb.team if published else kb.draft_team)[member.id] = member
    kb.articles = _load_articles(tree.sources(ARTICLES_DIR, (".md",)), found,
                                 config.internal_keys if config else [], helpers,
                                 memo or Memo())
    for source in tree.sources("", (".md",)):
        if not source.src_uri.startswith((f"{ARTICLES_DIR}/", f"{DATA_DIR}/")):
            page = _load_page(source, found)
            if page is not None:
                kb.pages[source.src_uri] = page
    ctx = checks.CheckContext(content_dir, config or KbConfig(), today or build_day(),
                              tree, memo or Memo(), site_host, theme_language)
    problems = sorted(found.problems, key=lambda p: (p.path, p.line or 0))
    return kb, problems + checks.run(kb, ctx, review, gate)


def _load_articles(sources: list[Source], found: _Collector, internal_keys: list[str],
                   helpers: int, memo: Memo) -> list[Article]:
    """The articles of `sources`, in order; the first shares read by forked helpers."""
    if helpers < 1 or not can_fork() or len(sources) < 2 * (helpers + 1):
        return _load_share(sources, found, internal_keys, memo)
    size = -(-len(sources) // (helpers + 1))
    shares = [sources[start:start + size] for start in range(0, len(sources), size)]
    running = [Background(partial(_load_apart, share, internal_keys, memo))
               for share in shares[:-1]]
    last = _load_share(shares[-1], found, internal_keys, memo)
    articles = []
    for helper in running:
        loaded, problems = helper.result()
        articles += loaded
        found.problems += problems
    return articles + last


def _load_share(sources: list[Source], found: _Collector, internal_keys: list[str],
                memo: Memo) -> list[Article]:
    articles = []
    with memo.batch():  # one file for the share's results, not one each
        for source in sources:
            inputs = _article_inputs(source, internal_keys, memo.reads)
            load_it = partial(_load_alone, source, internal_keys)
            article, problems = load_it() if inputs is None else memo.get(
                inputs, load_it, slot=("article", source.src_uri), shown=source.display_path)
            found.problems += problems
            if article is not None:
                articles.append(article)
    return articles


def _article_inputs(source: Source, internal_keys: list[str], reads: Reads | None = None
                   ) -> tuple[object, ...] | None:
    """Everything reading an article depends on: its bytes, names and the internal keys
    (None for a file too big or unreadable: it is refused afresh every time); `reads`: the
    bytes a long-running process read before, taken while the file is unchanged."""
    try:
        info = source.path.stat()
        if info.st_size > MAX_ARTICLE_BYTES:
            return None
        data = source.path.read_bytes() if reads is None else reads.read(source.path, info)
    except OSError:
        return None
    return ("article", source.src_uri, internal_keys, data)  # shown path: Memo.get's `shown`


def _load_alone(source: Source, internal_keys: list[str]) -> tuple[Article | None,
                                                                  list[Problem]]:
    found = _Collector()
    return _load_article(source, found, internal_keys), found.problems


def _load_apart(sources: list[Source], internal_keys: list[str], memo: Memo
                ) -> tuple[list[Article], list[Problem]]:
    found = _Collector()
    return _load_share(sources, found, internal_keys, memo), found.problems


def gate_problems(content_dir: Path, config: KbConfig, kb: KnowledgeBase | None = None,
                  memo: Memo | None = None, site_host: str = "") -> list[Problem]:
    """Only the publishing gate's problems (for a build that runs it in another process):
    of `kb` as loaded with `gate=False`, or of the content as it is now."""
    if kb is None:
        kb, _ = load(content_dir, config, gate=False, memo=memo)
    ctx = checks.CheckContext(content_dir, config, memo=memo or Memo(), site_host=site_host)
    return [p for check in checks.GATE_CHECKS for p in check(kb, ctx)]


def count_files(content_dir: Path) -> int:
    """How many files `load` reads: Markdown and data files (static files are checked)."""
    tree = walk(content_dir)
    return len(tree.sources("", (".md",))) + sum(
        len(tree.sources(sub, (".yml", ".yaml"))) for sub in (TEAM_DIR, DATA_DIR))


def load_categories(content_dir: Path) -> dict[str, Category]:
    """The categories of `_data/categories.yml` (none when it is absent; an invalid entry is
    left out: `load` reports it)."""
    return _load_categories(content_dir, _Collector())


def _load_categories(content_dir: Path, found: _Collector, tree: Tree | None = None
                     ) -> dict[str, Category]:
    path = _readable(content_dir, CATEGORIES_FILE, tree)
    if path is None:
        return {}
    source = Source(CATEGORIES_FILE, path)
    document = _parse_yaml_file(source, found)
    if document is None:
        return {}
    data, key_lines = document
    if not isinstance(data, dict):
        found.add(source, 1, "expected one entry per category folder, e.g. `billing: {title: ...}`")
        return {}
    categories = {}
    for slug, entry in data.items():
        prefix = f"{slug}."  # a field's own line, not the category's (`billing.description`)
        origin = Located(source.src_uri, source.display_path,
                         {key.removeprefix(prefix): line for key, line in key_lines.items()
                          if key.startswith(prefix)}, key_lines.get(str(slug), 1))
        if not re.fullmatch(SLUG, str(slug)):
            found.add(origin, origin.first_line, f"category '{slug}' is not a folder name; use"
                      f" lowercase words joined by hyphens, e.g. billing ({ARTICLES_DIR}/billing/)")
            continue
        info = _validate(CategoryInfo, entry, origin, found, f"category '{slug}': ")
        if info:
            categories[str(slug)] = Category(str(slug), info, origin)
    return categories


def _load_data(content_dir: Path, src_uri: str, model: type[Model],
               found: _Collector, tree: Tree | None = None) -> tuple[Model, Located] | None:
    """A validated data file and its origin, or None when it is absent or invalid."""
    path = _readable(content_dir, src_uri, tree)
    if path is None:
        return None
    return _read_validated(Source(src_uri, path), model, found)


def _readable(content_dir: Path, src_uri: str, tree: Tree | None) -> Path | None:
    """The file to read, if it is one the walk accepted (never a link leaving the folder)."""
    if tree is not None:
        return (content_dir / src_uri).resolve() if tree.has(src_uri) else None
    return safe_file(content_dir, src_uri)


def _read_validated(source: Source, model: type[Model], found: _Collector
                    ) -> tuple[Model, Located] | None:
    """Parse a YAML file and validate it against `model`; problems go to `found`."""
    document = _parse_yaml_file(source, found)
    if document is None:
        return None
    data, key_lines = document
    origin = Located(source.src_uri, source.display_path, key_lines)
    validated = _validate(model, data, origin, found)
    return (validated, origin) if validated is not None else None


def load_synonyms(content_dir: Path, found: _Collector | None = None, tree: Tree | None = None
                  ) -> Synonyms:
    """The synonym groups of `_data/synonyms.yml` and kbgen's common ones (those alone when
    the file is absent or invalid)."""
    found = found or _Collector()
    path = _readable(content_dir, SYNONYMS_FILE, tree)
    source = Source(SYNONYMS_FILE, path) if path else None
    document = _parse_yaml_file(source, found) if source else None
    if source is None or document is None:
        return with_common([])
    data, key_lines = document
    origin = Located(source.src_uri, source.display_path, key_lines)
    loaded: SynonymGroups | SynonymSettings | None = (
        _validate(SynonymSettings, data, origin, found) if isinstance(data, dict)
        else _validate(SynonymGroups, data, origin, found))
    return loaded.synonyms() if loaded else with_common([])


def _load_member(source: Source, found: _Collector) -> TeamMember | None:
    loaded = _read_validated(source, TeamProfile, found)
    if loaded is None:
        return None
    profile, origin = loaded
    _check_bio(profile.bio, origin, found)
    if profile.photo and not (source.path.parent / profile.photo).is_file():
        found.add(origin, origin.line_of("photo"),
                  f"photo '{profile.photo}' does not exist next to this file;"
                  " add the image or remove the `photo` key")
    return TeamMember(source.path.stem, profile, origin)


def _check_bio(bio: str, origin: Located, found: _Collector) -> None:
    """A bio is Markdown: the limits of articles hold for it, and it has no internal notes
    (the whole profile is published)."""
    line = origin.line_of("bio")
    for number, message in pathologies(bio):
        found.add(origin, line, f"'bio', line {number} of its text: {message}")
    public, notes = split_internal(bio)
    for note in notes:
        found.add(origin, line, f"'bio', line {note.line} of its text: internal notes belong in"
                  " articles; a profile is published whole, so remove the note")
    for number, message in unrecognised_notes(public):
        found.add(origin, line, f"'bio', line {number} of its text: {message}")


def load_article(content_dir: Path, src_uri: str, internal_keys: list[str] | None = None
                 ) -> Article | None:
    """One article on its own (None when it cannot be read); for quick tools like search."""
    path = safe_file(content_dir, src_uri)
    if path is None:
        return None
    return _load_article(Source(src_uri, path), _Collector(), internal_keys or [])


def read_article(content_dir: Path, src_uri: str, internal_keys: list[str]
                 ) -> tuple[Article | None, list[Problem]]:
    """One article and the problems of reading it, as a build reads it (a preview's save)."""
    if safe_file(content_dir, src_uri) is None:
        return None, [Problem(src_uri, None, "error", "cannot be read")]
    return _load_alone(Source(src_uri, content_dir.resolve() / src_uri), internal_keys)


def load_page(content_dir: Path, src_uri: str) -> Page | None:
    """One page outside `articles/` (a news post...) on its own (None when it cannot be
    read); for quick tools like search."""
    path = safe_file(content_dir, src_uri)
    return _load_page(Source(src_uri, path), _Collector()) if path is not None else None


_MKDOCS_META = re.compile(r"^[ ]{0,3}[A-Za-z0-9_-]+:")
"""A first line MkDocs reads as a setting when there is no `---` (mkdocs.utils.meta)."""


@dataclass(frozen=True)
class _Markdown:
    """A Markdown file as read: its front matter's data and key lines, and its body."""

    data: Any
    key_lines: dict[str, int]
    """Line in the file of each front matter key."""
    body: str
    body_line: int


def _read_markdown(source: Source, found: _Collector, model: type[BaseModel],
                   ignored: Collection[str] = (), needs_front_matter: bool = True
                   ) -> _Markdown | None:
    """Read an article or page as strictly as any other: size, encoding, rendering limits,
    front matter (every broken key reported) and internal-note look-alikes."""
    if _too_big(source, MAX_ARTICLE_BYTES, "articles", found):
        return None
    try:
        text = read_text(source)
    except DecodeError as exc:
        found.add(source, exc.line, exc.message)
        if exc.shown is None:
            return None
        text = exc.shown  # refused, and read on as its page would show it: the gate's
        # findings in it are reported in the same run (gap58)
    troubles = pathologies(text)
    for line, message in troubles:
        found.add(source, line, message)
    if troubles:
        return None
    split = split_front_matter(text)
    if split.unclosed:
        found.add(source, 1, "front matter is not closed; add a line `---` after the last key")
        return None
    data: Any = {}
    key_lines: dict[str, int] = {}
    if split.front_matter is None and needs_front_matter:
        found.add(source, 1, "no front matter; start the file with `---`, the keys"
                  " (title, summary, status, ...) and `---` (see the README)")
        return None
    if split.front_matter is None and _MKDOCS_META.match(text):
        found.add(source, 1, "MkDocs reads a first line `key: value` as a page setting;"
                  " put settings between two `---` lines, or start with a heading")
        return None
    if split.front_matter is not None:
        try:
            document = load_yaml(split.front_matter)
        except YamlProblem as exc:  # report every key that is wrong, not only the first
            for at, message in broken_front_matter(split.front_matter, exc, model, ignored):
                found.add(source, at + 1 if at else 1, message)
            return None
        except RecursionError:
            found.add(source, 1, TOO_DEEP)
            return None
        data = document.data
        key_lines = {key: line + 1 for key, line in document.key_lines.items()}
    for line, message in unrecognised_notes(split_internal(split.body, split.body_line)[0],
                                            split.body_line):
        found.add(source, line, message)
    return _Markdown(data, key_lines, split.body, split.body_line)


def _load_article(source: Source, found: _Collector, internal_keys: list[str]
                  ) -> Article | None:
    read = _read_markdown(source, found, ArticleMeta, internal_keys)
    if read is None:
        return None
    origin = Located(source.src_uri, source.display_path, read.key_lines)
    data = read.data
    internal = {}
    if isinstance(data, dict):
        internal = {key: data[key] for key in internal_keys if key in data}
        data = {key: value for key, value in data.items() if key not in internal}
    meta = _validate(ArticleMeta, data, origin, found)
    if meta is None:
        return None
    parts = source.src_uri.split("/")
    return Article(nfc(parts[-1][: -len(".md")]), parts[1] if len(parts) > 2 else "", meta,
                   read.body, read.body_line, origin, internal, data)


def _load_page(source: Source, found: _Collector) -> Page | None:
    """A page outside `articles/`: front matter optional (a news post's is required), read as
    strictly as an article's."""
    news = is_news_post(source.src_uri)
    model = NewsMeta if news else PageMeta
    read = _read_markdown(source, found, model, needs_front_matter=news)
    if read is None:
        return None
    origin = Located(source.src_uri, source.display_path, read.key_lines)
    meta = _validate(model, read.data, origin, found)
    return Page(meta, read.body, read.body_line, origin) if meta is not None else None


TOO_DEEP = "YAML nested too deeply to read; flatten the lists and keys"


def _too_big(source: Source, limit: int, what: str, found: _Collector) -> bool:
    """True (and a problem) when the file is over `limit` bytes: it is not read at all."""
    try:
        message = size_problem(source.path.stat().st_size, limit, what)
    except OSError:
        return False  # reading it reports the problem
    if message:
        found.add(source, 1, message)
    return message is not None


def _parse_yaml_file(source: Source, found: _Collector) -> tuple[Any, dict[str, int]] | None:
    if _too_big(source, MAX_DATA_BYTES, "team profiles and data files", found):
        return None
    try:
        document = load_yaml(read_text(source))
    except DecodeError as exc:
        found.add(source, exc.line, exc.message)
        return None
    except YamlProblem as exc:
        found.add(source, exc.line, exc.message)
        return None
    except RecursionError:
        found.add(source, 1, TOO_DEEP)
        return None
    return document.data, document.key_lines


def _validate(model: type[Model], data: Any, origin: Located, found: _Collector,
              prefix: str = "") -> Model | None:
    if not isinstance(data, dict) and not issubclass(model, RootModel):
        found.add(origin, origin.first_line, f"{prefix}expected `key: value` lines, found"
                  f" {type(data).__name__ if data is not None else 'nothing'}")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for key, message in validation_messages(exc, model):
            found.add(origin, origin.line_of(key), prefix + message)
        return None

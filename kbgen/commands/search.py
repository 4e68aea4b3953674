"""`kbgen search`: find whether a problem is already solved, from the terminal.

The index is cached in `.kbgen-cache/`: unchanged files are not read again, and an unchanged
knowledge base loads the saved index instead of building one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lunr.index import Index

from kbgen.build.atomic import write_atomically
from kbgen.build.keys import software
from kbgen.commands.matched_words import joined
from kbgen.core.config import site_language
from kbgen.core.known_issues import build_day
from kbgen.core.loader import (
    CATEGORIES_FILE,
    load_article,
    load_categories,
    load_page,
    load_synonyms,
)
from kbgen.core.model import Category
from kbgen.core.news import NEWS_DIR, NewsMeta, is_news_post, is_scheduled
from kbgen.core.search import (
    COMPACT_VERSION,
    Hit,
    article_document,
    compact_index,
    excerpt,
    excerpt_source,
    load_compact,
    news_document,
    ranking,
)
from kbgen.core.search_language import DEFAULT, search_language
from kbgen.core.search_place import place_text
from kbgen.core.sources import ARTICLES_DIR, walk
from kbgen.core.synonyms import SYNONYMS_FILE
from kbgen.core.translations import TRANSLATIONS_DIR
from kbgen.errors import KbError
from kbgen.project import Project

CACHE_DIR = ".kbgen-cache"
CACHE_FILE = "search-index.json"


@dataclass(frozen=True)
class Result:
    """A hit with the document it points to."""

    hit: Hit
    doc: dict[str, Any]
    excerpt: str = ""
    """Where the query's words are in the body, matched words in `**`, as on the site."""


@dataclass(frozen=True)
class Found:
    """The best results of a query, and how many documents it matched in all."""

    results: list[Result]
    total: int


def search_project(project: Project, query: str, limit: int, language: str | None = None
                   ) -> list[Result]:
    """Ranked results for `query` over every article and news post (drafts, internal and
    scheduled ones too) of `language` (default: the site's first), as the site ranks them."""
    return find(project, query, limit, language).results


def find(project: Project, query: str, limit: int, language: str | None = None) -> Found:
    """`search_project`'s results, with how many documents matched in all."""
    documents, index = cached_index(project, language)
    ranked = ranking(index, query, limit)
    results = []
    for hit in ranked.hits:
        doc = documents[int(hit.ref)]
        parts = excerpt(excerpt_source(doc.get("body", "")), index, query,
                        doc.get("shown_summary") or doc.get("summary", ""))
        results.append(Result(hit, doc, "".join(f"**{text}**" if matched else text
                                                for text, matched in parts)))
    return Found(results, ranked.total)


def language_content(project: Project, language: str | None) -> tuple[str, Path]:
    """The search language and content folder of `language` (None: the site's first)."""
    codes = project.settings.languages
    if language is None:
        return site_language(project.settings, project.theme_language), project.content_dir
    if language not in codes:
        listed = ", ".join(codes) if codes else "none (one language: leave --language out)"
        raise KbError(f"'{language}' is not a language of this site; extra.kb.languages lists"
                      f" {listed}")
    if language == codes[0]:
        return language, project.content_dir
    return language, project.config_file.parent / TRANSLATIONS_DIR / language


def cached_index(project: Project, language: str | None = None
                 ) -> tuple[list[dict[str, Any]], Index]:
    """Documents and index of a language's articles, from the cache when nothing changed."""
    code, content_dir = language_content(project, language)
    name = CACHE_FILE if code == DEFAULT else CACHE_FILE.replace(".json", f"-{code}.json")
    cache_path = project.config_file.parent / CACHE_DIR / name
    cached = _read_cache(cache_path)
    tree = walk(content_dir)
    stamps = {s.src_uri: _stamp(s.path)
              for s in [*tree.sources(ARTICLES_DIR, (".md",)),
                        *tree.sources(NEWS_DIR, (".md",))]
              if s.src_uri.startswith(f"{ARTICLES_DIR}/") or is_news_post(s.src_uri)}
    synonyms_file = content_dir / SYNONYMS_FILE
    synonyms_stamp = _stamp(synonyms_file) if synonyms_file.is_file() else None
    reading = [software(), COMPACT_VERSION, _file_digest(project.config_file),
               sorted(project.settings.internal_keys), build_day().isoformat(),
               _file_digest(content_dir / CATEGORIES_FILE),
               *([code] if code != DEFAULT else [])]
    """What decides how a file is read: a change invalidates every cached document (kbgen's
    code and the installed packages, mkdocs.yml's settings, the day: known issues open and
    close by date, and the categories' titles: each article's place)."""
    fingerprint = hashlib.sha256(json.dumps(
        [reading, sorted(stamps.items()), synonyms_stamp]).encode()).hexdigest()
    if cached.get("fingerprint") == fingerprint:
        return cached["documents"], load_compact(cached["index"])
    previous = cached.get("files", {}) if cached.get("reading") == reading else {}
    documents: dict[str, dict[str, Any] | None] = {}
    categories = load_categories(content_dir)
    for src_uri, stamp in stamps.items():
        old = previous.get(src_uri)
        if old and old["stamp"] == stamp:
            if old["document"] is not None:
                documents[src_uri] = old["document"]
            continue
        documents[src_uri] = _document(project, content_dir, src_uri, categories)
    kept = [doc for doc in documents.values() if doc is not None]
    compacted = compact_index(kept, load_synonyms(content_dir), language=search_language(code))
    index = load_compact(compacted)
    _write_cache(cache_path, {
        "fingerprint": fingerprint, "reading": reading, "documents": kept, "index": compacted,
        "files": {uri: {"stamp": stamp, "document": documents.get(uri)}
                  for uri, stamp in stamps.items()},
    })
    return kept, index


def _document(project: Project, content_dir: Path, src_uri: str,
              categories: Mapping[str, Category]) -> dict[str, Any] | None:
    """The search document of an article or a news post (None when it cannot be read); a
    news post whose day has not come is marked `scheduled`."""
    if is_news_post(src_uri):
        page = load_page(content_dir, src_uri)
        if page is None or not isinstance(page.meta, NewsMeta):
            return None
        document = news_document(page, page.meta, page.origin.display_path)
        if page.meta.status == "published" and is_scheduled(page):
            document["status"] = "scheduled"
        return document
    article = load_article(content_dir, src_uri, project.settings.internal_keys)
    if article is None:
        return None
    return article_document(article, article.origin.display_path,
                            place=place_text(article, categories))


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_mtime_ns, info.st_size]


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _read_cache(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    """Keep the documents for the next search; a cache that cannot be written is no error."""
    if path.parent.is_symlink():
        return  # a cache folder elsewhere: nothing is written there
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path.parent / ".gitignore", b"*\n")  # replaces a link, never follows
        write_atomically(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def render_text(results: list[Result], query: str = "") -> str:
    """Numbered results: title, status, path (with the question it answers as `#id`, as the
    site links to it), summary, and why each matched (pairs of characters of `query` that
    follow each other shown joined, kbgen.commands.matched_words)."""
    blocks = []
    for number, result in enumerate(results, 1):
        doc, hit = result.doc, result.hit
        status = "" if doc["status"] == "published" else f"  [{doc['status']}]"
        if doc["status"] == "scheduled":
            status = f"  [scheduled for {doc['date']}]"
        title = doc.get("shown") or doc["title"]
        kind = "  (news)" if doc.get("kind") == "news" else ""
        why = "; ".join(f"{name}: {', '.join(joined(terms, query))}"
                        for name, terms in hit.why.items())
        shown = f"   {result.excerpt}\n" if result.excerpt else ""
        place = f"{doc['path']}#{hit.anchor}" if hit.anchor else doc["path"]
        blocks.append(f"{number}. {title}{kind}{status}\n   {place}\n"
                      f"   {doc.get('shown_summary') or doc['summary']}\n{shown}"
                      f"   matched {why} (score {hit.score:.1f})")
    return "\n".join(blocks)


def render_count(found: Found) -> str:
    """How many matched, as the site's search says it when it lists only the best."""
    if found.total > len(found.results):
        return f"The best {len(found.results)} of {found.total:,} matching articles."
    return f"{found.total:,} matching article{'' if found.total == 1 else 's'}."


def render_json(results: list[Result]) -> str:
    """Results as a JSON list."""
    return json.dumps([{"title": r.doc.get("shown") or r.doc["title"], "path": r.doc["path"],
                        "slug": r.doc["slug"], "kind": r.doc.get("kind", "article"),
                        "status": r.doc["status"],
                        "summary": r.doc.get("shown_summary") or r.doc["summary"],
                        "score": round(r.hit.score, 3), "matched": r.hit.why,
                        "excerpt": r.excerpt, **({"anchor": r.hit.anchor} if r.hit.anchor else {})}
                       for r in results], indent=2)

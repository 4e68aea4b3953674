"""`kbgen search`: find whether a problem is already solved, from the terminal.

The index is cached in `.kbgen-cache/`: unchanged files are not read again, and an unchanged
knowledge base loads the saved index instead of building one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lunr.index import Index

from kbgen import __version__
from kbgen.core.known_issues import build_day
from kbgen.core.loader import load_article, load_synonyms
from kbgen.core.search import (
    COMPACT_VERSION,
    Hit,
    article_document,
    compact_index,
    excerpt,
    excerpt_source,
    load_compact,
    search,
)
from kbgen.core.search_language import DEFAULT, search_language
from kbgen.core.sources import ARTICLES_DIR, iter_sources
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


def search_project(project: Project, query: str, limit: int, language: str | None = None
                   ) -> list[Result]:
    """Ranked results for `query` over every article (drafts and internal ones too) of
    `language` (default: the site's first)."""
    documents, index = cached_index(project, language)
    results = []
    for hit in search(index, query, limit):
        doc = documents[int(hit.ref)]
        parts = excerpt(excerpt_source(doc.get("body", "")), index, query)
        results.append(Result(hit, doc, "".join(f"**{text}**" if matched else text
                                                for text, matched in parts)))
    return results


def language_content(project: Project, language: str | None) -> tuple[str, Path]:
    """The search language and content folder of `language` (None: the site's first)."""
    codes = project.settings.languages
    if language is None:
        return (codes[0] if codes else DEFAULT), project.content_dir
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
    stamps = {s.src_uri: _stamp(s.path)
              for s in iter_sources(content_dir, ARTICLES_DIR, (".md",))}
    synonyms_file = content_dir / SYNONYMS_FILE
    synonyms_stamp = _stamp(synonyms_file) if synonyms_file.is_file() else None
    reading = [__version__, COMPACT_VERSION, sorted(project.settings.internal_keys),
               build_day().isoformat(), *([code] if code != DEFAULT else [])]
    """What decides how a file is read: a change invalidates every cached document (the
    day too: known issues open and close by date)."""
    fingerprint = hashlib.sha256(json.dumps(
        [reading, sorted(stamps.items()), synonyms_stamp]).encode()).hexdigest()
    if cached.get("fingerprint") == fingerprint:
        return cached["documents"], load_compact(cached["index"])
    previous = cached.get("files", {}) if cached.get("reading") == reading else {}
    documents: dict[str, dict[str, Any] | None] = {}
    for src_uri, stamp in stamps.items():
        old = previous.get(src_uri)
        if old and old["stamp"] == stamp:
            if old["document"] is not None:
                documents[src_uri] = old["document"]
            continue
        article = load_article(content_dir, src_uri, project.settings.internal_keys)
        documents[src_uri] = (article_document(article, article.origin.display_path)
                              if article else None)
    kept = [doc for doc in documents.values() if doc is not None]
    compacted = compact_index(kept, load_synonyms(content_dir), language=search_language(code))
    index = load_compact(compacted)
    _write_cache(cache_path, {
        "fingerprint": fingerprint, "reading": reading, "documents": kept, "index": compacted,
        "files": {uri: {"stamp": stamp, "document": documents.get(uri)}
                  for uri, stamp in stamps.items()},
    })
    return kept, index


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_mtime_ns, info.st_size]


def _read_cache(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.parent / ".gitignore").write_text("*\n")
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    temporary.replace(path)


def render_text(results: list[Result]) -> str:
    """Numbered results: title, status, path, summary, and why each matched."""
    blocks = []
    for number, result in enumerate(results, 1):
        doc, hit = result.doc, result.hit
        status = "" if doc["status"] == "published" else f"  [{doc['status']}]"
        why = "; ".join(f"{name}: {', '.join(terms)}" for name, terms in hit.why.items())
        shown = f"   {result.excerpt}\n" if result.excerpt else ""
        blocks.append(f"{number}. {doc['title']}{status}\n   {doc['path']}\n"
                      f"   {doc['summary']}\n{shown}   matched {why} (score {hit.score:.1f})")
    return "\n".join(blocks)


def render_json(results: list[Result]) -> str:
    """Results as a JSON list."""
    return json.dumps([{"title": r.doc["title"], "path": r.doc["path"], "slug": r.doc["slug"],
                        "status": r.doc["status"], "summary": r.doc["summary"],
                        "score": round(r.hit.score, 3), "matched": r.hit.why,
                        "excerpt": r.excerpt}
                       for r in results], indent=2)

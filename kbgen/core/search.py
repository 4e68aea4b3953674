"""Search over articles with lunr.py: the fields and boosts of the site's search.

Documents are plain dicts so they can be cached as JSON; queries are built clause by clause,
so characters of lunr's query syntax typed by a customer never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lunr import lunr
from lunr.index import Index
from lunr.query import Query
from lunr.stemmer import stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.trimmer import trimmer

from kbgen.core.model import Article
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR

_SPLIT = re.compile(SEPARATOR)
_SYNTAX = re.compile(r"[*~^+:]")
EXACT_BOOST = 10.0
PREFIX_BOOST = 1.0
FUZZY_BOOST = 0.1
FUZZY_MIN_LENGTH = 5


def tokens(text: str) -> list[str]:
    """Lowercase tokens split like the site's search (error codes stay whole)."""
    return [t for t in _SPLIT.split(text.lower()) if t]


def document(article: Article, path: str) -> dict[str, Any]:
    """The search document of an article (JSON-serialisable)."""
    meta = article.meta
    return {
        "ref": article.origin.src_uri, "path": path, "slug": article.slug,
        "status": meta.status, "title": meta.title, "summary": meta.summary,
        "symptoms": " ".join(meta.symptoms), "errors": " ".join(meta.errors),
        "tags": " ".join(meta.tags), "text": _plain(article.body),
    }


def _plain(markdown: str) -> str:
    """Body text without Markdown punctuation that would glue words together."""
    return re.sub(r"[#*_`>\[\]()!|]", " ", markdown)


def build_index(documents: list[dict[str, Any]]) -> Index:
    """A lunr index of `documents` with kbgen's fields and boosts."""
    fields = [{"field_name": name, "boost": boost,
               "extractor": (lambda doc, name=name: tokens(str(doc.get(name, ""))))}
              for name, boost in FIELD_BOOSTS.items()]
    return lunr(ref="ref", fields=fields, documents=documents)


def _stem(term: str) -> str:
    token = Token(term)
    for step in (trimmer, stop_word_filter, stemmer):
        token = step(token, 0, [token])
        if token is None:
            return ""
    return str(token)


@dataclass(frozen=True)
class Hit:
    """One ranked result."""

    ref: str
    score: float
    matched_terms: int
    """How many query words the document matched (ranked first)."""
    why: dict[str, list[str]] = field(default_factory=dict)
    """Field -> matched index terms."""


def search(index: Index, query: str, limit: int = 10) -> list[Hit]:
    """Rank documents for a customer's query: all words matched first, then lunr's score."""
    words = [w for w in tokens(_SYNTAX.sub(" ", query)) if w]
    stems = [(w, _stem(w)) for w in words]
    stems = [(w, s) for w, s in stems if s]
    if not stems:
        return []
    q = index.create_query()
    for word, stem in stems:
        q.term(stem, use_pipeline=False, boost=EXACT_BOOST)
        if len(word) >= 3:
            q.term(word, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING,
                   boost=PREFIX_BOOST)
        if len(word) >= FUZZY_MIN_LENGTH:
            q.term(stem, use_pipeline=False, edit_distance=1, boost=FUZZY_BOOST)
    hits = []
    for result in index.query(q):
        metadata = result["match_data"].metadata
        why: dict[str, list[str]] = {}
        for term, fields in metadata.items():
            for name in fields:
                why.setdefault(name, []).append(term)
        matched = sum(1 for word, stem in stems if any(_matches(t, word, stem) for t in metadata))
        hits.append(Hit(result["ref"], result["score"], matched,
                        {k: sorted(v) for k, v in why.items()}))
    hits.sort(key=lambda h: (-h.matched_terms, -h.score, h.ref))
    return hits[:limit]


def _matches(term: str, word: str, stem: str) -> bool:
    if term == stem or term.startswith(word):
        return True
    return len(word) >= FUZZY_MIN_LENGTH and _within_one_edit(term, stem)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) <= 1

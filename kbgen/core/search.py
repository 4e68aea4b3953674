"""Search with lunr: one index definition for the site and `kbgen search`.

The site ships the index prebuilt in a compact form (`compact`); the browser's worker
(`kbgen/theme/assets/javascripts/workers/kb-search.js`) and `load_compact` here turn it back
into the same lunr index, and both run the same query (`search`), so they rank alike.
Queries are built clause by clause: lunr's query syntax typed by a customer never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lunr.builder import Builder
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.query import Query
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.trimmer import trimmer

from kbgen.core.model import Article, TeamMember
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR
from kbgen.core.stemmer import porter, stemmer
from kbgen.core.synonyms import Synonyms

Pipeline.register_function(stemmer, "kbgen-stemmer")

_SPLIT = re.compile(SEPARATOR)
EXACT_BOOST = 10.0
PREFIX_BOOST = 1.0
PREFIX_MIN_LENGTH = 3
FUZZY_BOOST = 0.1
FUZZY_MIN_LENGTH = 5
"""Typo tolerance: words of five letters or more also match at one edit."""
WEIGHT_DECIMALS = 3
COMPACT_VERSION = 1


def tokens(text: str) -> list[str]:
    """Lowercase tokens split like the browser does (error codes stay whole)."""
    return [t for t in _SPLIT.split(text.lower()) if t]


SECTION_WORDS = 80
"""Words of the body's `## Symptoms` section that are indexed (customers describe it so)."""
_SECTION = re.compile(r"^##\s+Symptoms\s*$(.*?)(?=^##\s|\Z)", re.M | re.S | re.I)
_MARKUP = re.compile(r"[#*_`>\[\]()!|]|<[^>]+>")


def symptoms_section(body: str) -> str:
    """The first words of the `## Symptoms` section, without Markdown punctuation."""
    match = _SECTION.search(body)
    if not match:
        return ""
    return " ".join(_MARKUP.sub(" ", match.group(1)).split()[:SECTION_WORDS])


def article_document(article: Article, path: str, location: str = "") -> dict[str, Any]:
    """The search document of an article (JSON-serialisable)."""
    meta = article.meta
    return {"title": meta.title, "summary": meta.summary, "symptoms": " ".join(meta.symptoms),
            "errors": " ".join(meta.errors), "tags": " ".join(meta.tags),
            "details": symptoms_section(article.public_body),
            "status": meta.status, "slug": article.slug, "path": path, "location": location}


def member_document(member: TeamMember, path: str, location: str = "") -> dict[str, Any]:
    """A team profile: found by name, role and expertise."""
    profile = member.profile
    return {"title": profile.name, "summary": f"{profile.role}, {profile.team}",
            "symptoms": "", "errors": "", "tags": " ".join(profile.expertise), "details": "",
            "status": "published", "slug": member.id, "path": path, "location": location}


def build_index(documents: list[dict[str, Any]], synonyms: Synonyms | None = None) -> Index:
    """A lunr index of `documents` (refs are their positions) with kbgen's fields and boosts."""
    expand = (synonyms or Synonyms()).expand
    builder = Builder()
    builder.pipeline.add(trimmer, stop_word_filter, stemmer)
    builder.ref("ref")
    for name, boost in FIELD_BOOSTS.items():
        builder.field(name, boost=boost,
                      extractor=lambda doc, name=name: tokens(expand(str(doc.get(name, "")))))
    for number, doc in enumerate(documents):
        builder.add({**doc, "ref": str(number)})
    return builder.build()


# ---------------------------------------------------------------------------- Querying


@dataclass(frozen=True)
class Term:
    """One query word: as typed (trimmed) and as indexed (stemmed)."""

    word: str
    stem: str


def query_terms(query: str) -> list[Term]:
    """The words of a query that can match: stop words and punctuation dropped."""
    terms = []
    for raw in tokens(query):
        word = str(trimmer(Token(raw), 0, []))
        if not word:
            continue
        kept = stop_word_filter(Token(word), 0, [])
        if kept is None:
            continue
        stem = porter(str(kept))
        if stem and Term(word, stem) not in terms:
            terms.append(Term(word, stem))
    return terms


@dataclass(frozen=True)
class Hit:
    """One ranked result."""

    ref: str
    score: float
    matched_terms: int
    """How many query words the document matched: more comes first."""
    why: dict[str, list[str]] = field(default_factory=dict)
    """Field -> matched index terms."""


def search(index: Index, query: str, limit: int = 10) -> list[Hit]:
    """Rank documents for a customer's query: all words matched first, then lunr's score."""
    terms = query_terms(query)
    if not terms:
        return []
    q = index.create_query()
    for term in terms:
        q.term(term.stem, use_pipeline=False, boost=EXACT_BOOST)
        if len(term.word) >= PREFIX_MIN_LENGTH:
            q.term(term.word, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING,
                   boost=PREFIX_BOOST)
        if len(term.word) >= FUZZY_MIN_LENGTH:
            q.term(term.stem, use_pipeline=False, edit_distance=1, boost=FUZZY_BOOST)
    hits = []
    for result in index.query(q):
        metadata = result["match_data"].metadata
        why: dict[str, list[str]] = {}
        for matched, fields in metadata.items():
            for name in fields:
                why.setdefault(name, []).append(matched)
        count = sum(1 for term in terms if any(_matches(m, term) for m in metadata))
        hits.append(Hit(result["ref"], round(result["score"], 6), count,
                        {k: sorted(v) for k, v in why.items()}))
    hits.sort(key=lambda h: (-h.matched_terms, -h.score, h.ref))
    return hits[:limit]


def _matches(indexed: str, term: Term) -> bool:
    if indexed == term.stem or (len(term.word) >= PREFIX_MIN_LENGTH
                                and indexed.startswith(term.word)):
        return True
    return len(term.word) >= FUZZY_MIN_LENGTH and _within_one_edit(indexed, term.stem)


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


# ---------------------------------------------------------------------------- Compact form


def compact(index: Index, store: Iterable[list[Any]]) -> dict[str, Any]:
    """The index in a compact JSON form: terms once, then per document and field the
    (term number, weight) pairs; the inverted index is derived from them when loading."""
    serialized = index.serialize()
    terms = [term for term, _ in serialized["invertedIndex"]]
    position = {entry["_index"]: number
                for number, (_, entry) in enumerate(serialized["invertedIndex"])}
    fields = serialized["fields"]
    vectors: dict[str, list[list[float]]] = {}
    for field_ref, elements in serialized["fieldVectors"]:
        name, ref = field_ref.split("/", 1)
        remapped = sorted((position[elements[at]], round(elements[at + 1], WEIGHT_DECIMALS))
                          for at in range(0, len(elements), 2))
        pairs = [number for pair in remapped for number in pair]
        vectors.setdefault(ref, [[] for _ in fields])[fields.index(name)] = pairs
    count = len(vectors)
    return {"v": COMPACT_VERSION, "fields": fields, "terms": terms,
            "vectors": [vectors[str(ref)] for ref in range(count)], "store": list(store)}


def load_compact(data: dict[str, Any]) -> Index:
    """The lunr index back from its compact form (what the browser does too)."""
    fields, terms = data["fields"], data["terms"]
    inverted: list[list[Any]] = [[term, {"_index": n, **{f: {} for f in fields}}]
                                 for n, term in enumerate(terms)]
    field_vectors = []
    for ref, per_field in enumerate(data["vectors"]):
        for number, pairs in enumerate(per_field):
            name = fields[number]
            field_vectors.append([f"{name}/{ref}", pairs])
            for at in range(0, len(pairs), 2):
                inverted[int(pairs[at])][1][name][str(ref)] = {}
    return Index.load({"version": "2.3.9", "fields": fields, "fieldVectors": field_vectors,
                       "invertedIndex": inverted, "pipeline": []})

"""Search with lunr: one index definition for the site and `kbgen search`.

The site ships the index prebuilt in a compact form (`compact`); the browser's worker
(`kbgen/theme/assets/javascripts/workers/kb-search.js`) and `load_compact` here turn it back
into the same lunr index, and both run the same query (`search`), so they rank alike.
Queries are built clause by clause: lunr's query syntax typed by a customer never raises.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lunr.index import Index
from lunr.query import Query
from lunr.stop_word_filter import WORDS as STOP_WORDS

from kbgen.core.model import Article, TeamMember
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR
from kbgen.core.stemmer import porter
from kbgen.core.synonyms import Synonyms

_SPLIT = re.compile(SEPARATOR)
_TRIM = re.compile(r"^\W+|\W+$", re.ASCII)
"""lunr.js's trimmer: leading and trailing non-word characters (ASCII \\W, as in JavaScript)."""
EXACT_BOOST = 10.0
PREFIX_BOOST = 1.0
PREFIX_MIN_LENGTH = 3
FUZZY_BOOST = 0.1
FUZZY_MIN_LENGTH = 5
"""Typo tolerance: words of five letters or more also match at one edit."""
WEIGHT_SCALE = 100
"""Weights travel as integers in hundredths (two decimals are plenty for ranking)."""
COMPACT_VERSION = 2


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


K1 = 1.2
B = 0.75
"""lunr's BM25 parameters."""


def _pipeline(text: str) -> list[str]:
    """Index terms of a text: split, trimmed, stop words dropped, stemmed (as lunr does)."""
    terms = []
    for raw in tokens(text):
        word = _TRIM.sub("", raw)
        if word and word not in STOP_WORDS:
            terms.append(porter(word))
    return [t for t in terms if t]


def compact_index(documents: list[dict[str, Any]], synonyms: Synonyms | None = None,
                  store: Iterable[list[Any]] = ()) -> dict[str, Any]:
    """The compact index of `documents` (refs are positions), with lunr's scoring.

    The same field vectors lunr's builder computes (BM25 with k1=1.2, b=0.75, field boosts),
    written straight into the compact form `load_compact` and the browser read: per document
    and field, pairs of (term number minus the previous one, weight in hundredths). Several
    times faster than lunr.py's builder, and small enough to download before typing.
    """
    expand = (synonyms or Synonyms()).expand
    fields = list(FIELD_BOOSTS)
    counts: list[list[Counter[str]]] = []
    lengths: dict[str, int] = dict.fromkeys(fields, 0)
    documents_with: Counter[str] = Counter()
    for doc in documents:
        per_field = []
        for name in fields:
            terms = _pipeline(expand(str(doc.get(name, ""))))
            lengths[name] += len(terms)
            frequencies = Counter(terms)
            documents_with.update(frequencies.keys())
            per_field.append(frequencies)
        counts.append(per_field)
    total = len(documents) or 1
    average = {name: (lengths[name] / total) or 1.0 for name in fields}
    terms = sorted(documents_with)
    number = {term: n for n, term in enumerate(terms)}
    idf = {term: math.log(1 + abs((len(documents) - df + 0.5) / (df + 0.5)))
           for term, df in documents_with.items()}
    vectors = []
    for per_field in counts:
        row = []
        for name, frequencies in zip(fields, per_field):
            length = sum(frequencies.values())
            norm = K1 * (1 - B + B * (length / average[name]))
            boost = FIELD_BOOSTS[name]
            pairs: list[int] = []
            previous = 0
            for term in sorted(frequencies, key=number.__getitem__):
                tf = frequencies[term]
                score = idf[term] * ((K1 + 1) * tf) / (norm + tf) * boost
                pairs += [number[term] - previous, round(score * WEIGHT_SCALE)]
                previous = number[term]
            row.append(pairs)
        vectors.append(row)
    return {"v": COMPACT_VERSION, "fields": fields, "terms": terms, "vectors": vectors,
            "store": list(store)}


def build_index(documents: list[dict[str, Any]], synonyms: Synonyms | None = None) -> Index:
    """A lunr index of `documents` (refs are their positions) with kbgen's fields and boosts."""
    return load_compact(compact_index(documents, synonyms))


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
        word = _TRIM.sub("", raw)
        if not word or word in STOP_WORDS:
            continue
        stem = porter(word)
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


FUZZY_WHEN_FEWER = 5
"""Typos are tried only when the words as typed match fewer documents than this."""


def search(index: Index, query: str, limit: int = 10) -> list[Hit]:
    """Rank documents for a customer's query: all words matched first, then lunr's score.

    Each word is looked up as typed (stemmed) and as a prefix; only when that finds fewer
    than FUZZY_WHEN_FEWER documents is the query run again allowing one typo per long word.
    """
    terms = query_terms(query)
    if not terms:
        return []
    hits = _run(index, terms, fuzzy=False)
    if len(hits) < FUZZY_WHEN_FEWER:
        hits = _run(index, terms, fuzzy=True)
    hits.sort(key=lambda h: (-h.matched_terms, -h.score, h.ref))
    return hits[:limit]


def _run(index: Index, terms: list[Term], fuzzy: bool) -> list[Hit]:
    q = index.create_query()
    for term in terms:
        q.term(term.stem, use_pipeline=False, boost=EXACT_BOOST)
        if len(term.word) >= PREFIX_MIN_LENGTH:
            q.term(term.word, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING,
                   boost=PREFIX_BOOST)
        if fuzzy and len(term.word) >= FUZZY_MIN_LENGTH:
            q.term(term.stem, use_pipeline=False, edit_distance=1, boost=FUZZY_BOOST)
    hits = []
    for result in index.query(q):
        metadata = result["match_data"].metadata
        why: dict[str, list[str]] = {}
        for matched, fields in metadata.items():
            for name in fields:
                why.setdefault(name, []).append(matched)
        count = sum(1 for term in terms if any(_matches(m, term, fuzzy) for m in metadata))
        hits.append(Hit(result["ref"], round(result["score"], 6), count,
                        {k: sorted(v) for k, v in why.items()}))
    return hits


def _matches(indexed: str, term: Term, fuzzy: bool) -> bool:
    if indexed == term.stem or (len(term.word) >= PREFIX_MIN_LENGTH
                                and indexed.startswith(term.word)):
        return True
    return fuzzy and len(term.word) >= FUZZY_MIN_LENGTH and _within_one_edit(indexed, term.stem)


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


def load_compact(data: dict[str, Any]) -> Index:
    """The lunr index back from its compact form (what the browser does too)."""
    fields, terms = data["fields"], data["terms"]
    inverted: list[list[Any]] = [[term, {"_index": n, **{f: {} for f in fields}}]
                                 for n, term in enumerate(terms)]
    field_vectors = []
    for ref, per_field in enumerate(data["vectors"]):
        for number, pairs in enumerate(per_field):
            name = fields[number]
            elements: list[float] = []
            term = 0
            for at in range(0, len(pairs), 2):
                term += pairs[at]
                elements += [term, pairs[at + 1] / WEIGHT_SCALE]
                inverted[term][1][name][str(ref)] = {}
            field_vectors.append([f"{name}/{ref}", elements])
    return Index.load({"version": "2.3.9", "fields": fields, "fieldVectors": field_vectors,
                       "invertedIndex": inverted, "pipeline": []})

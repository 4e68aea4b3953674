"""Search with lunr's scoring: one index definition for the site and `kbgen search`.

The site ships the index prebuilt in a compact form (`compact_index`). The browser's worker
(`kbgen/theme/assets/javascripts/workers/kb-search.js`) and `search` here run the same query
on it the same way, so they rank alike: lunr's clauses and BM25 scores, added up straight from
the postings (lunr's own `Index.query` gives the same scores, only several times slower on
broad queries). Queries are built word by word: lunr's query syntax typed by a customer never
raises.
"""

from __future__ import annotations

import html
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.token_set import TokenSet
from lunr.token_set_builder import TokenSetBuilder
from lunr.vector import Vector

from kbgen.core.concepts import related_stems
from kbgen.core.excerpt_units import excerpt_units
from kbgen.core.known_issues import build_day, search_boost_text
from kbgen.core.model import Article, Page, TeamMember
from kbgen.core.news import NewsMeta
from kbgen.core.search_coordination import word_share
from kbgen.core.search_degrees import degree_terms
from kbgen.core.search_fields import FIELD_BOOSTS, SEPARATOR
from kbgen.core.search_hant import shipped
from kbgen.core.search_headings import HEADING_MIN, best_heading, heading_rank
from kbgen.core.search_joins import joined_known, joined_words
from kbgen.core.search_language import (
    SearchLanguage,
    compound_parts,
    search_language,
    vocabulary,
)
from kbgen.core.search_negations import with_negations
from kbgen.core.search_pairs import (
    bonus,
    bucket_count,
    bucket_of,
    buckets,
    holders,
    pairs,
    patched,
    query_pairs,
)
from kbgen.core.search_phrases import rewrite
from kbgen.core.search_questions import questions
from kbgen.core.search_sections import (
    asked_sections,
    best_section,
    question_anchor,
    question_places,
    section_masks,
    section_rank,
)
from kbgen.core.search_text import headings, plain_text
from kbgen.core.search_weak import weak_words
from kbgen.core.summary_echo import echoes
from kbgen.core.synonyms import Synonyms

assert SEPARATOR.startswith("[") and SEPARATOR.endswith("]+")
_TOKEN = re.compile(f"[^{SEPARATOR[1:]}")
"""A token: a run of what SEPARATOR's class does not hold, as splitting by SEPARATOR and
dropping the empty pieces leaves them (found, not split: a quarter faster)."""
ENGLISH = search_language()
EXACT_BOOST = 10.0
PREFIX_BOOST = 1.0
PREFIX_MIN_LENGTH = 3
TYPO_BOOST = 1.0
"""A likely typo: a letter left out, doubled, added or swapped, or a key next to the right one."""
UNKNOWN_TYPO_BOOST = EXACT_BOOST
"""A likely typo of a word the index does not hold at all: what the customer meant, so it
counts as the word would (`recieving`, `adress`); a rare word's typos stay at TYPO_BOOST."""
FUZZY_BOOST = 0.1
"""Any other single edit."""
RELATED_BOOST = TYPO_BOOST
"""A word of the same sense that the site also uses (kbgen.core.concepts): as much as a
likely typo of a word the index holds, a tenth of the word itself."""
MEANT_BOOST = EXACT_BOOST
"""A query word the site never uses, read as the site's word of its sense (`meant_clause`):
what the customer meant, so it counts as the word would (as UNKNOWN_TYPO_BOOST for a typo)."""
RELATED_MATCH = 3
"""A query word a document matches only through a related word (kbgen.core.concepts) counts
1/RELATED_MATCH of a word in the coordination (`rank`): `internet company replaced our
router` must not put an article about a web dashboard's company name first because an
embedding model places `internet` next to `web`."""
QUERY_WORDS = 32
"""A query reads its first 32 words (stop words and repeats left out): a pasted page of
error text would otherwise match, a little, nearly every article."""
FUZZY_MIN_LENGTH = 5
"""Typo tolerance: words of five letters or more also match at one edit."""
FUZZY_MAX_LENGTH = 64
"""... and of at most 64 letters: a word has 54 variants one edit away per letter, each as long
as the word, so a pasted 2,000-letter word cost seconds (20,000 letters, minutes) of the
reader's CPU; no word a customer types is that long."""
WEIGHT_SCALE = 100
"""Weights travel as integers in hundredths (two decimals are plenty for ranking)."""
BOOST_SCALE = 10
"""Query boosts in tenths: with weights in hundredths, a document's score adds up in whole
numbers, the same in Python and JavaScript whatever the order."""
COMPACT_VERSION = 13
DIGITS = "".join(chr(code) for code in range(0x23, 0x7F) if chr(code) != "\\")
"""The characters the compact index writes numbers with: `#` to `~` but `\\`, none of which
JSON escapes. A number's last digit is one of the first LAST_DIGITS and the digits before it
are of the other MORE_DIGITS (bijective base 27), so numbers follow one another with no
separator: 0 to 63 take one character, up to 1,791 two, up to 48,447 three."""
LAST_DIGITS = 64
MORE_DIGITS = len(DIGITS) - LAST_DIGITS
FIELD_END = " "
"""Ends a field's list in a term's postings (empty lists at the end are left out)."""


def tokens(text: str) -> list[str]:
    """Lowercase tokens split like the browser does (error codes stay whole)."""
    return _TOKEN.findall(text.lower())


def article_document(article: Article, path: str, location: str = "", place: str = ""
                     ) -> dict[str, Any]:
    """The search document of an article (JSON-serialisable): every published word, and
    `place`, the words of where it sits (`search_place.place_text`).

    `public_body` has no internal notes (`!!! internal`, kbgen.core.internal); drafts and
    internal articles are left out by the caller.
    """
    meta = article.meta
    body = article.public_body
    issue = meta.known_issue
    errors = list(dict.fromkeys([*meta.errors, *(issue.errors if issue else [])]))
    parts = asked_sections(body)
    asked = " ".join(question.title for question in questions(body))
    return {"title": meta.title, "summary": meta.summary, "symptoms": " ".join(meta.symptoms),
            "errors": " ".join(errors), "tags": " ".join(meta.tags),
            "headings": " ".join(filter(None, (headings(body), asked))),
            "body": plain_text(body), "sections": [text for text, _ in parts],
            "questions": question_places([made for _, made in parts]),
            "issue": search_boost_text(article, build_day()),
            "status": meta.status, "slug": article.slug, "path": path, "location": location,
            "place": place}


def news_document(page: Page, meta: NewsMeta, path: str, location: str = "") -> dict[str, Any]:
    """A news post: found by its title, summary, category, tags and published text, all at
    the weight of body text, so that news never pushes the article that solves a problem
    down (customers search for answers); `shown` is the title results show."""
    words = [meta.title, meta.summary, meta.category or "", *meta.tags,
             plain_text(page.public_body)]
    return {"title": "", "shown": meta.title, "summary": "", "symptoms": "", "errors": "",
            "tags": "", "headings": "", "body": " ".join(words), "status": meta.status,
            "slug": path, "path": path, "location": location, "shown_summary": meta.summary,
            "kind": "news", "date": meta.date.isoformat()}


def member_document(member: TeamMember, path: str, location: str = "") -> dict[str, Any]:
    """A team profile: found by name, role and expertise."""
    profile = member.profile
    return {"title": profile.name, "summary": f"{profile.role}, {profile.team}",
            "symptoms": "", "errors": "", "tags": " ".join(profile.expertise), "headings": "",
            "body": "",
            "status": "published", "slug": member.id, "path": path, "location": location}


K1 = 1.2
B = 0.75
"""lunr's BM25 parameters."""


@lru_cache(maxsize=1 << 17)
def _term(raw: str, language: SearchLanguage = ENGLISH) -> str:
    """The index term of a token: read as a word (`SearchLanguage.word_of`), stemmed; "" for
    a stop word."""
    word = language.word_of(raw)
    return language.stem(word) if word else ""


class _Terms(dict[str, str]):
    """Each token's index term (`_term`) in one language, kept as read: a dictionary
    look-up instead of `_term`'s cache, whose key hashes the language at every token."""

    KEPT = 1 << 18
    """Tokens kept at most; then the table starts again (a long `kbgen serve`)."""

    def __init__(self, language: SearchLanguage) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, raw: str) -> str:
        if len(self) >= self.KEPT:
            self.clear()
        term = self[raw] = _term(raw, self.language)
        return term


@lru_cache(maxsize=None)
def _terms_of(language: SearchLanguage) -> _Terms:
    """The token table of `language`."""
    return _Terms(language)


def _pipeline(text: str, language: SearchLanguage = ENGLISH) -> list[str]:
    """Index terms of a text: split, trimmed, stop words dropped, stemmed (as lunr does)."""
    terms = _terms_of(language)
    return list(filter(None, map(terms.__getitem__, tokens(language.segment(text)))))


def _with_parts(text: str, language: SearchLanguage, known: Callable[[str], bool]
                ) -> list[str]:
    """Index terms of a text, each compound word followed by its parts' terms (parts that
    `known` accepts: the corpus's own words)."""
    terms = []
    for raw in tokens(language.segment(text)):
        term = _term(raw, language)
        if term:
            terms.append(term)
            terms += [part for w in compound_parts(language.word_of(raw), known)
                      if (part := _term(w, language))]
    return terms


def _utf16(text: str) -> bytes:
    """Sort key of JavaScript's string order (UTF-16 code units), which the worker relies on."""
    return text.encode("utf-16-be")


def _number(value: int) -> str:
    """`value` (0 or more) written in DIGITS: _number(63) == "c", _number(64) == "d#"."""
    digits = [DIGITS[value % LAST_DIGITS]]
    value //= LAST_DIGITS
    while value:
        value -= 1
        digits.append(DIGITS[LAST_DIGITS + value % MORE_DIGITS])
        value //= MORE_DIGITS
    return "".join(reversed(digits))


_NUMBERS = [_number(value) for value in range(LAST_DIGITS * (1 + MORE_DIGITS))]
"""Every number of one or two digits, written (most of an index's numbers)."""


class _Written(dict[int, str]):
    """The numbers of _NUMBERS, written; any other read as `_number` writes it (not kept)."""

    def __missing__(self, value: int) -> str:
        return _NUMBERS[value] if value < len(_NUMBERS) else _number(value)


_written: Callable[[int], str] = _Written(enumerate(_NUMBERS)).__getitem__
"""`_number(value)`, from the table when it is there: a dictionary's look-up, not a Python
call (an index of 2,000 articles writes 1.2 million numbers)."""


_DIGIT = {char: digit for digit, char in enumerate(DIGITS)}


def _numbers(text: str) -> Iterator[int]:
    """The numbers written in `text` (DIGITS only), in order."""
    value = 0
    for char in text:
        digit = _DIGIT[char]
        if digit < LAST_DIGITS:
            yield value * LAST_DIGITS + digit
            value = 0
        else:
            value = value * MORE_DIGITS + digit - LAST_DIGITS + 1


def store_entry(document: dict[str, Any]) -> list[str]:
    """What a result shows of a document, as the index stores it: title, location and summary
    (title and summary HTML-escaped; `shown` and `shown_summary` when a document has them, as
    news posts do), then, when its body asks questions, where they are (`question_places`).
    The phrase bonus reads the title and the summary too."""
    entry = [html.escape(str(document.get("shown") or document.get("title", ""))),
             str(document.get("location", "")),
             html.escape(str(document.get("shown_summary") or document.get("summary", "")))]
    if document.get("questions"):
        entry.append(str(document["questions"]))
    return entry


Analysis = list[Counter[str]]
"""A document's index terms, counted, field by field (FIELD_BOOSTS' order), then the sections
of its body that hold each term (kbgen.core.search_sections.section_masks)."""


def analyse(document: dict[str, Any], expand: Callable[[str], str],
            language: SearchLanguage = ENGLISH, known: Callable[[str], bool] | None = None,
            seen: dict[str, list[str]] | None = None) -> Analysis:
    """The terms of each field of `document` (synonyms expanded by `expand`; with `known`,
    each compound word followed by its parts), counted; then the masks of the sections of its
    body (`document["sections"]`) that hold each body or heading term. `seen`: the terms of
    short texts already read with the same `expand`, `language` and `known` (a site's tags,
    categories, headings and error codes come back document after document), kept there."""
    def terms_of(text: str) -> list[str]:
        text = expand(text)
        return ((_with_parts(text, language, known) if known is not None
                 else _pipeline(text, language)) + _identifier_parts(text, language)
                + _joined_terms(text, language))

    def terms_once(text: str) -> list[str]:
        if seen is None or len(text) > SEEN_LENGTH:
            return terms_of(text)
        terms = seen.get(text)
        if terms is None:
            terms = seen[text] = terms_of(text)
        return terms

    found = [Counter(terms_once(str(document.get(name, "")))) for name in FIELD_BOOSTS]
    held = found[_BODY].keys() | found[_HEADINGS].keys()
    parts = document.get("sections") or ()
    found.append(section_masks([terms_once(text) for text in parts], held)
                 if len(parts) > 1 else Counter())  # one section holds every word: no masks
    return found


SEEN_LENGTH = 200
"""The longest text whose terms `analyse` keeps in `seen`: longer ones (bodies, most
sections) rarely come back."""


_BODY, _HEADINGS = list(FIELD_BOOSTS).index("body"), list(FIELD_BOOSTS).index("headings")
_PAGE = frozenset(list(FIELD_BOOSTS).index(name) for name in ("title", "summary"))
"""The fields whose terms count in every section of their page (search_sections)."""


_JOINED = re.compile(r"[_.]*([A-Za-z0-9]+(?:[_.][A-Za-z0-9]+)+)")
"""Words joined by `_` or `.` in a text: settings, variables, fields and file names
(SINGLE_USER_MODE, require_authenticated_user, Serial.begin, mastodon.conf), which the
tokenizer keeps whole. Camel case is not split: `DuckDuckGo` or `JavaScript` are one word to
their readers (split, two development sets lost)."""
_JOIN = re.compile(r"[_.](?=[A-Za-z0-9])")
_JOINS = re.compile(r"[_.]")
_JOINED_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")


def _identifier_parts(text: str, language: SearchLanguage) -> list[str]:
    """The index terms of the words inside a text's joined words (`_JOINED`), so that
    `single user mode` finds SINGLE_USER_MODE; the joined word itself stays a term too.
    Found from each join (`_JOIN`, a quick scan), then the whole word around it."""
    terms, found, end = _terms_of(language), [], 0
    for join in _JOIN.finditer(text):
        start = join.start()
        if start < end:
            continue  # a later join of the word already read
        while start > end and text[start - 1] in _JOINED_CHARS:
            start -= 1
        word = _JOINED.match(text, start)
        if not word:
            continue
        end = word.end()
        found += [term for part in _JOINS.split(word.group(1).lower())
                  if not part.isdigit() and (term := terms[part])]
    return found


def _joined_terms(text: str, language: SearchLanguage) -> list[str]:
    """The index terms of a text's hyphenated words written as one (kbgen.core.search_joins:
    `Wi-Fi` adds `wifi`), next to their parts' terms."""
    terms = _terms_of(language)
    return [term for word in joined_words(text) if (term := terms[word])]


def compact_index(documents: list[dict[str, Any]], synonyms: Synonyms | None = None,
                  store: Iterable[list[Any]] | None = None,
                  language: SearchLanguage = ENGLISH,
                  analysed: Sequence[Analysis | None] | None = None,
                  words: Collection[str] | None = None) -> dict[str, Any]:
    """The compact index of `documents` (refs are positions), with lunr's scoring.

    Written term by term, which is what a query reads, and with the parts of lunr's BM25
    weights (k1=1.2, b=0.75, field boosts) rather than the weights, which the reader works
    out (`CompactIndex`, and the browser's worker): the `lang`uage and its folded `stop`
    words (not for English, `SearchLanguage.head`); the terms `related` to each other
    (kbgen.core.concepts, when `synonyms` has concepts, and a word's `un-` form:
    kbgen.core.search_negations); `terms` in JavaScript's string order with
    their `idf` and the number of documents holding each (`df`, written in DIGITS); each
    field's `boosts` and `average` length; the number of `documents`; the `lengths` of their
    fields, document by document; and each term's `postings`, one string:
    for each field, the documents that hold the term, each as twice its number minus the
    previous one's, plus 1 when the term is there more than once, then followed by that count
    minus 2; fields are ended by FIELD_END; after the last field, written the same way with a
    mask for a count, the sections that hold the term in each page of two sections or more
    (kbgen.core.search_sections). Numbers are written in DIGITS (`_number`).
    In German and Dutch, each compound word is followed by its parts (`compound_parts`).
    `store` holds what results show, document by document (by default `store_entry` of each).
    `analysed` holds, document by document, its `analyse` with the same synonyms and language
    when known (None: analysed here); ignored for languages with compounds, where each
    document's terms depend on every other's words. `words`: the documents' `words_of`, when
    known (kbgen.core.concepts).

    JSON parses strings much faster than arrays of numbers, and with the lengths given, a
    reader needs a term's postings only when a query first reaches the term: the browser's
    worker is ready to search as soon as it has parsed the file. Several times faster than
    lunr.py's builder, and small enough to download before typing.
    """
    synonyms = synonyms or Synonyms()
    expand = synonyms.expand
    fields = list(FIELD_BOOSTS)
    known = _corpus_words(documents, expand, language) if language.compounds else None
    counts: list[list[Counter[str]]] = []
    lengths: list[str] = []
    totals: dict[str, int] = dict.fromkeys(fields, 0)
    documents_with: Counter[str] = Counter()
    given = analysed if analysed is not None and known is None else [None] * len(documents)
    for doc, analysis in zip(documents, given):
        per_field = analysis if analysis is not None else analyse(doc, expand, language, known)
        for name, frequencies in zip(fields, per_field):
            length = sum(frequencies.values())
            totals[name] += length
            lengths.append(_written(length))
            documents_with.update(frequencies.keys())
        counts.append(per_field)
    total = len(documents) or 1
    terms = sorted(documents_with, key=_utf16)
    number = {term: n for n, term in enumerate(terms)}
    postings: list[list[list[str]]] = [[[] for _ in range(len(fields) + 1)] for _ in terms]
    previous = [[0] * (len(fields) + 1) for _ in terms]
    for ref, per_field in enumerate(counts):
        for at, frequencies in enumerate(per_field):
            for term, tf in frequencies.items():
                n = number[term]
                gap = ref - previous[n][at]
                postings[n][at].append(_written(2 * gap) if tf == 1 else
                                       _written(2 * gap + 1) + _written(tf - 2))
                previous[n][at] = ref
    return _index_data(documents, synonyms, language, store, "".join(lengths),
                       [totals[name] / total for name in fields], documents_with, number,
                       [FIELD_END.join("".join(found) for found in per_field).rstrip(FIELD_END)
                        for per_field in postings], words)


def _head(language: SearchLanguage, terms: list[str]) -> dict[str, object]:
    """The language's head for the worker, its `letters` limited to the index's characters
    (kbgen.core.search_hant.shipped: Chinese's table is thousands of pairs)."""
    head = language.head()
    letters = head.pop("letters", None)
    if isinstance(letters, dict) and shipped(letters, terms):
        head["letters"] = shipped(letters, terms)
    return head


def _index_data(documents: list[dict[str, Any]], synonyms: Synonyms, language: SearchLanguage,
                store: Iterable[list[Any]] | None, lengths: str, averages: list[float],
                documents_with: Counter[str], number: dict[str, int], postings: list[str],
                words: Collection[str] | None = None, pair_data: list[str] | None = None,
                related_known: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """The compact index's data (see `compact_index`) from its parts: terms are `number`'s
    keys, in order; `pair_data`: the buckets of pairs when known (else made);
    `related_known`: the related terms, when known already."""
    fields = list(FIELD_BOOSTS)
    terms = list(number)
    if related_known is not None:
        related = related_known
    else:
        related = (with_negations(
            related_stems((str(doc.get(name, "")) for doc in documents for name in fields),
                          lambda word: _term(word, language), number, words), number)
                   if synonyms.concepts and language.code == ENGLISH.code else {})
    degrees = (degree_terms(number, lambda word: _term(word, language))
               if language.code == ENGLISH.code else {})
    return {"v": COMPACT_VERSION, **_head(language, terms), "related": related,
            **({"degrees": degrees} if degrees else {}), "fields": fields,
            "boosts": [FIELD_BOOSTS[name] for name in fields],
            "average": [average or 1.0 for average in averages],
            "documents": len(documents), "lengths": lengths, "terms": terms,
            "idf": [math.log(1 + abs((len(documents) - documents_with[term] + 0.5)
                                     / (documents_with[term] + 0.5))) for term in terms],
            "df": "".join(_written(documents_with[term]) for term in terms),
            "postings": postings,
            "store": [store_entry(doc) for doc in documents] if store is None else list(store),
            "pairs": pair_buckets([excerpt_source(str(doc.get("body", ""))) for doc in documents],
                                  language) if pair_data is None else pair_data}


def pair_buckets(texts: Sequence[str], language: SearchLanguage = ENGLISH) -> list[str]:
    """The pairs of consecutive index terms of each text in buckets, numbers in DIGITS
    (kbgen.core.search_pairs)."""
    return buckets([pairs(_pipeline(text, language)) for text in texts], _written)


def patch_index(before: dict[str, Any], old: dict[int, Analysis], new: dict[int, Analysis],
                documents: list[dict[str, Any]], synonyms: Synonyms | None = None,
                language: SearchLanguage = ENGLISH, words: Collection[str] | None = None,
                old_texts: dict[int, str] | None = None,
                words_before: Collection[str] | None = None) -> dict[str, Any]:
    """`compact_index(documents, synonyms, language=language)`, made from `before`, the
    compact index of the same documents but those numbered in `new`, whose terms were
    `old[ref]` (`analyse`) and now are `new[ref]`: only the changed documents' terms are
    written again (`words`: as for `compact_index`). With `old_texts` (the changed documents'
    `excerpt_source` before), the buckets of pairs are patched too, else made whole.
    `words_before`: the `words` `before` was made with, when known: the same words and terms
    keep its related terms, not read from the pairs again. ValueError when `before` cannot
    be patched (another format, another number of documents, a language with compounds):
    then make the index whole."""
    synonyms = synonyms or Synonyms()
    fields = list(FIELD_BOOSTS)
    width = len(fields)
    if (language.compounds or before.get("v") != COMPACT_VERSION or set(old) != set(new)
            or before.get("fields") != fields or before.get("documents") != len(documents)):
        raise ValueError("this index cannot be patched")
    lengths = list(_numbers(before["lengths"]))
    for ref, per_field in new.items():
        for at, frequencies in zip(range(width), per_field):
            lengths[ref * width + at] = sum(frequencies.values())
    total = len(documents) or 1
    averages = [sum(lengths[at::width]) / total for at in range(width)]
    documents_with: Counter[str] = Counter(dict(zip(before["terms"], _numbers(before["df"]))))
    postings = dict(zip(before["terms"], before["postings"]))
    for term in _recounted(old, new):
        fields_now = postings.get(term, "").split(FIELD_END)
        fields_now += [""] * (width + 1 - len(fields_now))
        count = documents_with[term]
        for at in range(width + 1):
            changes = {ref: per_field[at].get(term, 0) if at < len(per_field) else 0
                       for ref, per_field in new.items()}
            fields_now[at], more = _spliced(fields_now[at], changes)
            count += more if at < width else 0
        documents_with[term] = count
        postings[term] = FIELD_END.join(fields_now).rstrip(FIELD_END)
        if not documents_with[term]:
            del documents_with[term], postings[term]
    terms = sorted(documents_with, key=_utf16)
    number = {term: n for n, term in enumerate(terms)}
    store = before.get("store")
    if isinstance(store, list) and len(store) == len(documents):  # the others' as they were
        store = list(store)
        for ref in new:
            store[ref] = store_entry(documents[ref])
    else:
        store = None
    pair_data = None
    if (old_texts is not None and set(old_texts) == set(new)
            and isinstance(before.get("pairs"), list)
            and len(before["pairs"]) == bucket_count(len(documents))):
        pair_data = patched(before["pairs"], {
            ref: (pairs(_pipeline(old_texts[ref], language)), pairs(_pipeline(
                excerpt_source(str(documents[ref].get("body", ""))), language)))
            for ref in new}, _written, _numbers)
    return _index_data(documents, synonyms, language, store,
                       "".join(_written(length) for length in lengths), averages,
                       documents_with, number, [postings[term] for term in terms], words,
                       pair_data, _related_kept(before, terms, words, words_before))


def _related_kept(before: dict[str, Any], terms: list[str], words: Collection[str] | None,
                  words_before: Collection[str] | None) -> dict[str, list[str]] | None:
    """`before`'s related terms when a patch keeps them: made from the same words (known on
    both sides) and the same terms (`related_stems` reads nothing else); else None."""
    if (words is None or words_before is None or before.get("terms") != terms
            or not isinstance(before.get("related"), dict)
            or frozenset(words) != frozenset(words_before)):
        return None
    return {term: list(partners) for term, partners in before["related"].items()}


def _recounted(old: dict[int, Analysis], new: dict[int, Analysis]) -> set[str]:
    """The terms some document of `new` holds another number of times in some field than
    it did (`old`): the only terms whose postings a patch writes again (an edit that keeps a
    term's counts leaves its postings as they were)."""
    found: set[str] = set()
    for ref, per_field in new.items():
        for was, now in zip(old[ref], per_field):
            found.update(term for term, count in now.items() if was.get(term) != count)
            found.update(term for term in was if term not in now)
    return found


_NUMBER = re.compile(f"[{re.escape(DIGITS[LAST_DIGITS:])}]*[{re.escape(DIGITS[:LAST_DIGITS])}]")
"""One number as DIGITS write it: digits of the others, then a last digit."""
_VALUES = {written: value for value, written in enumerate(_NUMBERS)}


def _value(written: str) -> int:
    """The number `written` (one number's digits)."""
    found = _VALUES.get(written)
    return found if found is not None else next(_numbers(written))


def _spliced(field: str, changes: dict[int, int]) -> tuple[str, int]:
    """One field's postings of a term (as `compact_index` writes them) with the documents of
    `changes` holding the term `changes[ref]` times (0: not at all), and how many documents
    more hold it. Only the entries from the first changed document to the one after the last
    are read and written again: an entry is its gap from the one before (and its count)."""
    low, high = min(changes), max(changes)
    numbers = _NUMBER.finditer(field)
    start, end, base, ref = 0, len(field), 0, 0
    entries: list[tuple[int, int]] = []
    for match in numbers:
        value = _value(match.group())
        ref += value >> 1
        if value & 1:  # a count of 2 or more follows
            after = next(numbers)
            count, stop = _value(after.group()) + 2, after.end()
        else:
            count, stop = 1, match.end()
        if ref < low:
            base, start = ref, stop
            continue
        entries.append((ref, count))
        if ref > high:
            end = stop
            break
    more = -sum(1 for ref, _ in entries if ref in changes)
    entries = [(ref, count) for ref, count in entries if ref not in changes]
    added = [(ref, count) for ref, count in changes.items() if count]
    more += len(added)
    written, previous = [], base
    for ref, count in sorted(entries + added):
        gap = ref - previous
        written.append(_written(2 * gap) if count == 1 else
                       _written(2 * gap + 1) + _written(count - 2))
        previous = ref
    return field[:start] + "".join(written) + field[end:], more


def _corpus_words(documents: list[dict[str, Any]], expand: Callable[[str], str],
                  language: SearchLanguage) -> Callable[[str], bool]:
    """Whether a word is one of the documents' own (trimmed, folded, no stop words), or
    stems as one of them does: what compounds split into."""
    words = vocabulary(word for doc in documents for name in FIELD_BOOSTS
                       for raw in tokens(language.segment(expand(str(doc.get(name, "")))))
                       if (word := language.word_of(raw)))
    stems = {language.stem(word) for word in words}
    return lambda part: part in words or language.stem(part) in stems


def weight(idf: float, tf: int, length: int, average: float, boost: float) -> int:
    """lunr's BM25 weight of a term in a document's field, in hundredths.

    The browser's worker computes it with the same operations in the same order, so both
    get the same number.
    """
    norm = K1 * (1 - B + B * (length / average))
    score = idf * ((K1 + 1) * tf) / (norm + tf) * boost
    return math.floor(score * WEIGHT_SCALE + 0.5)


class CompactIndex(Index):
    """The lunr index of a compact form, with the postings `search` scores from.

    `terms` are in the compact form's order, `numbers` finds a term's position, and
    `postings[n]` lists (document, field position, weight in hundredths) for term `n`.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        fields, terms = data["fields"], data["terms"]
        self.terms: list[str] = terms
        self.language = search_language(data.get("lang", ENGLISH.code))
        """How the index's words were read (queries are read the same way)."""
        self.store: list[list[str]] = data.get("store") or []
        self.related: dict[str, list[str]] = data.get("related") or {}
        """Each term's partners of the same sense (kbgen.core.concepts)."""
        self.degrees: dict[str, list[str]] = data.get("degrees") or {}
        """The site's terms of one adjective in other degrees (kbgen.core.search_degrees)."""
        self._phrases: dict[int, list[list[str]]] = {}
        self.pair_buckets: list[str] = data.get("pairs") or []
        """Pairs of consecutive terms of each text (kbgen.core.search_pairs), in buckets."""
        self._pairs: dict[str, frozenset[int]] = {}
        self.numbers: dict[str, int] = {term: n for n, term in enumerate(terms)}
        lengths = list(_numbers(data["lengths"]))
        self.df = list(_numbers(data["df"]))
        self.postings: list[list[tuple[int, int, int]]] = []
        self.masks: list[dict[int, int]] = []
        """Term by term, the sections holding it in each page of two or more (by bits)."""
        for idf, text in zip(data["idf"], data["postings"]):
            found = []
            self.masks.append({})
            for at, written in enumerate(text.split(FIELD_END)):
                if at == len(fields):
                    self.masks[-1] = _masks(written)
                    break
                average, boost = data["average"][at], data["boosts"][at]
                ref, values = 0, _numbers(written)
                for value in values:
                    tf = next(values) + 2 if value & 1 else 1
                    ref += value >> 1
                    found.append((ref, at, weight(idf, tf, lengths[ref * len(fields) + at],
                                                  average, boost)))
            self.postings.append(found)
        inverted: dict[str, dict[str, Any]] = {}
        elements: dict[str, list[float]] = {}
        for n, (term, postings) in enumerate(zip(terms, self.postings)):
            entry: dict[str, Any] = {"_index": n, **{name: {} for name in fields}}
            for ref, at, points in postings:
                entry[fields[at]][str(ref)] = {}
                elements.setdefault(f"{fields[at]}/{ref}", []).extend((n, points / WEIGHT_SCALE))
            inverted[term] = entry
        builder = TokenSetBuilder()
        for term in sorted(terms):  # lunr.py's builder wants Python's string order
            builder.insert(term)
        builder.finish()
        super().__init__(inverted_index=inverted, token_set=builder.root, fields=fields,
                         field_vectors={ref: Vector(v) for ref, v in elements.items()},
                         pipeline=Pipeline())

    def word_sections(self, word: Collection[int]) -> tuple[dict[int, int], set[int]]:
        """Where a query word (the terms its clauses reach) is: the sections holding it in
        each page of two or more (masks, `search_sections`), and the documents holding it
        in their title or summary."""
        masks: dict[int, int] = {}
        for n in word:
            for ref, mask in self.masks[n].items():
                masks[ref] = masks.get(ref, 0) | mask
        return masks, {ref for n in word for ref, at, _ in self.postings[n] if at in _PAGE}

    def heading_documents(self, word: Collection[int]) -> set[int]:
        """The documents holding a query word (the terms its clauses reach) in a heading."""
        return {ref for n in word for ref, at, _ in self.postings[n] if at == _HEADINGS}

    def phrases(self, ref: int) -> list[list[str]]:
        """The index terms of document `ref`'s title and of its summary, in order."""
        found = self._phrases.get(ref)
        if found is None:
            entry = self.store[ref] if ref < len(self.store) else ["", "", ""]
            found = self._phrases[ref] = [_pipeline(html.unescape(entry[0]), self.language),
                                          _pipeline(html.unescape(entry[2]), self.language)]
        return found

    def pair_documents(self, key: str) -> frozenset[int]:
        """The documents whose text holds pair `key` (`search_pairs.pairs`)."""
        found = self._pairs.get(key)
        if found is None:
            refs: list[int] = []
            if self.pair_buckets:
                bucket, number = bucket_of(key, len(self.pair_buckets))
                refs = holders(_numbers(self.pair_buckets[bucket]), number)
            found = self._pairs[key] = frozenset(refs)
        return found

    def documents_with(self, n: int) -> int:
        """How many documents hold term `n`."""
        return self.df[n]

    def expand(self, text: str, wildcard: bool = False, edit_distance: int = 0) -> list[int]:
        """Numbers of the terms a query clause reaches, as lunr's token sets reach them.

        A plain word is looked up and a prefix (`wildcard`) found by bisection; a typo
        (`edit_distance`) or a `*` typed inside a word goes through lunr's token sets.
        """
        if edit_distance or "*" in text:
            clause = (TokenSet.from_fuzzy_string(text, edit_distance) if edit_distance
                      else TokenSet.from_string(text + "*" if wildcard else text))
            return [self.numbers[t] for t in self.token_set.intersect(clause).to_list()]
        if not wildcard:
            return [self.numbers[text]] if text in self.numbers else []
        found = []
        at = bisect_left(self.terms, _utf16(text), key=_utf16)
        while at < len(self.terms) and self.terms[at].startswith(text):
            found.append(at)
            at += 1
        return found


def _masks(written: str) -> dict[int, int]:
    """The documents and masks of a term's sections (`compact_index`), read."""
    found, ref, values = {}, 0, _numbers(written)
    for value in values:
        ref += value >> 1
        found[ref] = next(values) + 2 if value & 1 else 1
    return found


PART_BYTES = 16_000
"""About how many characters of postings each part of a split index holds."""


def split_index(data: dict[str, Any], part_bytes: int = PART_BYTES
                ) -> tuple[dict[str, Any], list[list[str]]]:
    """A compact index cut in two: the head (everything but the postings, and `parts`, the
    number of the first term of each part) and the parts, each the postings of a run of
    terms in order. A reader fetches the head first and a part only when a query reaches one
    of its terms. The buckets of pairs (`data["pairs"]`) are left out of the head too, which
    says how many there are (`pair_buckets`): each is a file of its own, fetched when a
    query's pair is in it."""
    parts: list[list[str]] = []
    starts: list[int] = []
    size = part_bytes
    for n, text in enumerate(data["postings"]):
        if size >= part_bytes:
            starts.append(n)
            parts.append([])
            size = 0
        parts[-1].append(text)
        size += len(text) + 3
    head = {key: value for key, value in data.items() if key not in ("postings", "pairs")}
    return {**head, "parts": starts, "pair_buckets": len(data.get("pairs") or [])}, parts


def join_index(head: dict[str, Any], parts: list[list[str]],
               pairs: list[str] | None = None) -> dict[str, Any]:
    """The compact index of a head, its parts and its buckets of pairs (`split_index`) in
    one piece again."""
    data = {key: value for key, value in head.items() if key not in ("parts", "pair_buckets")}
    return {**data, "postings": [text for part in parts for text in part],
            "pairs": pairs or []}


def load_compact(data: dict[str, Any]) -> CompactIndex:
    """The index back from its compact form (what the browser reads too)."""
    if data.get("v") != COMPACT_VERSION:
        raise ValueError(f"search index format {data.get('v')!r}, expected {COMPACT_VERSION}")
    return CompactIndex(data)


def build_index(documents: list[dict[str, Any]], synonyms: Synonyms | None = None,
                language: SearchLanguage = ENGLISH) -> CompactIndex:
    """An index of `documents` (refs are their positions) with kbgen's fields and boosts."""
    return load_compact(compact_index(documents, synonyms, language=language))


# ---------------------------------------------------------------------------- Querying


@dataclass(frozen=True)
class Term:
    """One query word: as typed (trimmed) and as indexed (stemmed)."""

    word: str
    stem: str


def query_terms(query: str, language: SearchLanguage = ENGLISH) -> list[Term]:
    """The words of a query that can match: stop words and punctuation dropped (accents
    folded, in other languages than English), each once, the first QUERY_WORDS of them; in
    English, a phrasal verb read as the word it means (kbgen.core.search_phrases)."""
    terms: list[Term] = []
    raws = tokens(language.segment(query))
    for raw in rewrite(raws) if language.code == ENGLISH.code else raws:
        word = language.word_of(raw)
        if not word:
            continue
        stem = language.stem(word)
        if stem and Term(word, stem) not in terms:
            terms.append(Term(word, stem))
            if len(terms) == QUERY_WORDS:
                break
    return terms


@dataclass(frozen=True)
class Hit:
    """One ranked result."""

    ref: str
    score: float
    """lunr's score, rounded to six decimals."""
    matched_terms: int
    """How many query words the document matched: more comes first."""
    why: dict[str, list[str]] = field(default_factory=dict)
    """Field -> matched index terms."""
    related_terms: int = 0
    """How many other query words it matched only through a related word (RELATED_MATCH)."""
    anchor: str = ""
    """The id of the question of its page that holds the query's words best
    (kbgen.core.search_sections.question_anchor): its location's fragment, "" for none."""


TYPO_WHEN_FEWER = 3
"""A word is also read with one typo when its own stem is in fewer documents than this (most
often none): whatever the other words of the query find."""
TYPO_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Ranking:
    """The best hits of a query, and how many documents it matched in all."""

    hits: list[Hit]
    total: int
    """Every document the query matched, listed or not (the site's search says it too)."""


def search(index: Index, query: str, limit: int = 10) -> list[Hit]:
    """The best `limit` hits for a customer's query (`ranking`)."""
    return ranking(index, query, limit).hits


def ranking(index: Index, query: str, limit: int = 10) -> Ranking:
    """Rank documents for a customer's query: lunr's score, times the cube of the words matched.

    A hyphenated word is read joined when the index holds it so (`joined_known`). Each word
    is looked up as typed (stemmed) and as a prefix; a word of FUZZY_MIN_LENGTH
    letters or more whose stem is rare or absent is also read with one typo (`typo_terms`);
    a matched word counts by its points in the document (kbgen.core.search_coordination),
    its related words count a third of a word (`related_clause`, `rank`), and in an English
    query of three words or more, an everyday word counts half (kbgen.core.search_weak).
    The first QUERY_WORDS words are read. `index` comes from `load_compact` or `build_index`.
    """
    if not isinstance(index, CompactIndex):
        raise TypeError("search needs the index of load_compact or build_index")
    terms = index_query_terms(index, query)
    if not terms:
        return Ranking([], 0)
    run = _Run(index, terms)
    return Ranking(run.hits(limit), len(run.points))


def index_query_terms(index: CompactIndex, query: str) -> list[Term]:
    """`query_terms` of a query as `index` reads it: a hyphenated word joined when the index
    holds it so (kbgen.core.search_joins.joined_known)."""
    return query_terms(joined_known(query, lambda word: _term(word, index.language)
                                    in index.numbers), index.language)


def clauses(index: CompactIndex, term: Term) -> list[tuple[list[int], float]]:
    """The terms a query word reaches, clause by clause, with the clause's boost: as typed
    (stemmed) and in its adjective's other degrees (`degree_clause`), as a prefix, and with
    one typo when the word itself is rare (likely typos, TYPO_BOOST, or UNKNOWN_TYPO_BOOST
    when the index lacks the word, apart from other ones, FUZZY_BOOST). A word the index
    lacks is also read as the site's words of its sense (`meant_clause`); its related words
    come on their own (`related_clause`)."""
    exact = index.expand(term.stem)
    found = [(exact, EXACT_BOOST)]
    if not exact and (meant := meant_clause(index, term)):
        found.append((meant, MEANT_BOOST))
    if degrees := degree_clause(index, term):
        found.append((degrees, EXACT_BOOST))
    if len(term.word) >= PREFIX_MIN_LENGTH:
        found.append((index.expand(term.word, wildcard=True), PREFIX_BOOST))
    if (FUZZY_MIN_LENGTH <= len(term.word) <= FUZZY_MAX_LENGTH
            and (not exact or index.documents_with(exact[0]) < TYPO_WHEN_FEWER)):
        reached = {n for numbers, _ in found for n in numbers}
        typos = {n: likely for n, likely in typo_terms(index, term).items() if n not in reached}
        found.append((sorted(n for n, likely in typos.items() if likely),
                      TYPO_BOOST if exact else UNKNOWN_TYPO_BOOST))
        found.append((sorted(n for n, likely in typos.items() if not likely), FUZZY_BOOST))
    return found


def meant_clause(index: CompactIndex, term: Term) -> list[int]:
    """The terms of the site's words for a query word the site never uses (kbgen.core.concepts
    `unused_partners`: `hot` -> `temperatur`, `die` -> `death`): the word the customer meant,
    reached at MEANT_BOOST and matched as the word itself. Only for a word whose stem is no
    index term (`clauses` asks only then): such a word has related terms only this way."""
    return sorted(index.numbers[p] for p in index.related.get(term.stem, ()))


def degree_clause(index: CompactIndex, term: Term) -> list[int]:
    """The site's terms of the query word's adjective in its other degrees (`slow` ->
    `slower`, `slowest`; kbgen.core.search_degrees): the word itself, at EXACT_BOOST."""
    return sorted(index.numbers[p] for p in index.degrees.get(term.stem, ()))


def related_clause(index: CompactIndex, term: Term,
                   found: list[tuple[list[int], float]]) -> list[int]:
    """The terms of a query word's related words (kbgen.core.concepts) that its `clauses`,
    `found`, do not reach: searched at RELATED_BOOST, and a document that holds only these
    matches the word at 1/RELATED_MATCH (`rank`)."""
    partners = index.related.get(term.stem)
    if not partners:
        return []
    reached = {n for numbers, _ in found for n in numbers}
    return sorted(n for p in partners if (n := index.numbers[p]) not in reached)


def typo_terms(index: CompactIndex, term: Term) -> dict[int, bool]:
    """The index terms one typo from a word: the stems of the words one edit from the word
    as typed (so `heatng`, one letter short of `heating`, reaches `heat`), each with whether
    that is a likely typo (`one_edit`)."""
    found: dict[int, bool] = {}
    for variant, likely in one_edit(term.word).items():
        n = index.numbers.get(index.language.stem(variant))
        if n is not None:
            found[n] = found.get(n, False) or likely
    return found


_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_KEYS = {key: (row, 4 * column + (0, 1, 3)[row])
         for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}
"""Where each letter is on a QWERTY keyboard: row, and column in quarters of a key."""


def _neighbours(a: str, b: str) -> bool:
    """Whether two letters are next to each other on a QWERTY keyboard."""
    if a not in _KEYS or b not in _KEYS:
        return False
    (row_a, x_a), (row_b, x_b) = _KEYS[a], _KEYS[b]
    return (row_a == row_b and abs(x_a - x_b) == 4) or (abs(row_a - row_b) == 1
                                                         and abs(x_a - x_b) <= 3)


VOWELS = frozenset("aeiouy")
"""A vowel written for another is a likely misspelling (`kernal`, `calender`, `seperate`):
people spell by ear. Measured on the development sets' queries with one vowel of the longest
word changed (bench/RESULTS.md, 4 December): MRR higher on all four."""


def _likely_letter(a: str, b: str) -> bool:
    """Whether `b` written for `a` is a likely slip: keys next to each other, or two vowels."""
    return _neighbours(a, b) or (a in VOWELS and b in VOWELS)


def one_edit(word: str) -> dict[str, bool]:
    """The words one edit from `word` (a letter left out, doubled or added, two letters
    swapped, a letter replaced; letters a to z), `word` itself left out, each with whether
    it is a likely typo: any but a letter replaced by one neither next to it on the keyboard
    nor, for a vowel, another vowel (`_likely_letter`)."""
    variants: dict[str, bool] = {}

    def add(variant: str, likely: bool) -> None:
        variants[variant] = variants.get(variant, False) or likely

    for at in range(len(word) + 1):
        head, tail = word[:at], word[at:]
        if tail:
            add(head + tail[1:], True)
            if len(tail) > 1:
                add(head + tail[1] + tail[0] + tail[2:], True)
        for letter in TYPO_LETTERS:
            if tail:
                add(head + letter + tail[1:], _likely_letter(tail[0], letter))
            add(head + letter + tail, True)
    variants.pop(word, None)
    return variants


COORDINATION = 3
"""How much matching more of the query's words counts: a document's points are multiplied by
the number of words it matched to this power. Every word in the body is indexed, so a long
article often matches most words of a question somewhere; matching one more word must not
outweigh everything else (as ranking by words matched first did), but counts a lot."""


PHRASE_DEPTH = 50
"""How many of the best results the phrase bonus re-ranks (as many as the browser shows)."""
PHRASE_BASE = 4
"""The phrase bonus: among the first PHRASE_DEPTH results, a rank is multiplied by
PHRASE_BASE plus the number of pairs of consecutive query words that stand next to each
other (either order) in the document's title or in its summary: a quarter more for each.
Measured on three sets (bench/relevance.py), next to each other in the title or summary
helps on all; anywhere in the body, or further apart, does not."""


def phrase_pairs(phrases: list[list[str]], stems: list[str]) -> int:
    """How many pairs of consecutive query stems stand next to each other in a phrase."""
    found = 0
    for a, b in zip(stems, stems[1:]):
        if a != b and any({terms[k], terms[k + 1]} == {a, b}
                          for terms in phrases for k in range(len(terms) - 1)):
            found += 1
    return found


def rank(points: int, matched: float, related: int = 0, weak: float = 0,
         halves: bool = False) -> float:
    """What results are sorted by (highest first; ties by reference): points times the cube
    of the words matched (`matched`: the sum of their shares, kbgen.core.search_coordination),
    a word matched only through a related word (`related` of them) counting 1/RELATED_MATCH;
    in a query whose everyday words count half (`halves`, kbgen.core.search_weak), counted
    in halves, `weak` of the shares matched being such words'. Computed as the browser's
    worker does (`rank` in kb-search.js): in doubles, one operation at a time, so the two
    agree to the last bit."""
    words, value = RELATED_MATCH * matched + related, float(points)
    if halves:
        words = 2 * words - RELATED_MATCH * weak
    for _ in range(COORDINATION):
        value *= words
    return value


def phrase_rank(ranked: float, extra: int) -> float:
    """A rank times the phrase and pair bonuses (`extra`, a small whole number): one double
    multiplication, as the worker's `hit.rank *= ...`."""
    return ranked * extra


class _Run:
    """A query: lunr's clauses for every word, scored from the postings.

    lunr's query vector holds, for every term a clause reaches, the sum of those clauses'
    boosts, in every field; a document's score is the sum over its fields of that vector's
    dot product with the field's vector, divided by the query vector's length. Here boosts
    are counted in tenths and weights in hundredths, so `points` are whole numbers and
    score = points / (WEIGHT_SCALE * length of the boosts in tenths). A document matches a
    word when it holds a term one of the word's clauses reached.
    """

    def __init__(self, index: CompactIndex, terms: list[Term]) -> None:
        self.index, self.terms = index, terms
        self.boosts: dict[int, int] = {}
        reached: list[tuple[set[int], list[int]]] = []
        for term in terms:
            numbers: set[int] = set()
            found = clauses(index, term)
            for reaching, boost in found:
                self._add(reaching, boost)
                numbers.update(reaching)
            related = related_clause(index, term, found)
            self._add(related, RELATED_BOOST)
            reached.append((numbers, related))
        self.words = [numbers for numbers, _ in reached]
        """The terms each query word's clauses reach (not its related words)."""
        self.points: dict[int, int] = {}
        for n, boost in self.boosts.items():
            for ref, _, weight in index.postings[n]:
                self.points[ref] = self.points.get(ref, 0) + boost * weight
        self.matched: Counter[int] = Counter()
        self.related: Counter[int] = Counter()
        self.counted: dict[int, float] = {}
        """The words each document matched, each counting its share (search_coordination)."""
        self.weak: dict[int, float] = {}
        """The shares of those words that count half (search_weak)."""
        weak = weak_words([term.word for term in terms], index.language.code == ENGLISH.code)
        self.halves = any(weak)
        for (numbers, related), everyday in zip(reached, weak, strict=True):
            held: dict[int, int] = {}  # the word's points in each document that holds it
            for n in numbers:
                boost = self.boosts[n]
                for ref, _, weight in index.postings[n]:
                    held[ref] = held.get(ref, 0) + boost * weight
            self.matched.update(held.keys())
            for ref, points in held.items():  # summed in the query's order, as the worker
                share = word_share(points)
                self.counted[ref] = self.counted.get(ref, 0.0) + share
                if everyday:
                    self.weak[ref] = self.weak.get(ref, 0.0) + share
            self.related.update({ref for n in related for ref, _, _ in index.postings[n]}
                                - held.keys())

    def _add(self, numbers: list[int], boost: float) -> None:
        for n in numbers:
            self.boosts[n] = self.boosts.get(n, 0) + round(boost * BOOST_SCALE)

    def hits(self, limit: int) -> list[Hit]:
        """The best `limit` documents: points times the cube of the words matched (`rank`),
        the first PHRASE_DEPTH of them re-ranked with the phrase bonus and the query's pairs
        in their texts (kbgen.core.search_pairs), their best section's share of the query's
        words (search_sections) and the query's words in one section's heading
        (search_headings)."""
        ranks = {ref: rank(points, self.counted.get(ref, 0.0), self.related[ref],
                           self.weak.get(ref, 0.0), self.halves)
                 for ref, points in self.points.items()}
        ordered = sorted(ranks, key=lambda ref: (-ranks[ref], str(ref)))
        stems = [term.stem for term in self.terms]
        if len(stems) > 1:
            top = ordered[:PHRASE_DEPTH]
            in_text = bonus(self.index.pair_documents, query_pairs(stems))
            extra = {ref: (PHRASE_BASE + phrase_pairs(self.index.phrases(ref), stems))
                     * in_text(ref) for ref in top}
            held = [self.index.word_sections(word) for word in self.words]
            heads = ([self.index.heading_documents(word) for word in self.words]
                     if len(self.words) >= HEADING_MIN else [set()] * len(self.words))
            final = {}
            for ref in top:
                masks = [found.get(ref, 0) for found, _ in held]
                in_page = [ref in page for _, page in held]
                ranked = section_rank(phrase_rank(ranks[ref], extra[ref]),
                                      *best_section(masks, in_page))
                final[ref] = heading_rank(ranked, best_heading(masks, [ref in h for h in heads]),
                                          sum(in_page))
            top.sort(key=lambda ref: (-final[ref], str(ref)))
            ordered[:PHRASE_DEPTH] = top
        best = ordered[:limit]
        why: dict[int, dict[str, set[str]]] = {ref: {} for ref in best}
        for n in self.boosts:
            for ref, at, _ in self.index.postings[n]:
                if ref in why:
                    why[ref].setdefault(self.index.fields[at], set()).add(self.index.terms[n])
        length = WEIGHT_SCALE * math.sqrt(sum(b * b for b in self.boosts.values()))
        anchors = self._anchors(best)
        return [Hit(str(ref), round(self.points[ref] / length, 6), self.matched[ref],
                    {name: sorted(found) for name, found in why[ref].items()}, self.related[ref],
                    anchors.get(ref, ""))
                for ref in best]

    def _anchors(self, refs: list[int]) -> dict[int, str]:
        """The question each of `refs` links to, for those whose page asks any
        (kbgen.core.search_sections.question_anchor)."""
        store = self.index.store
        asking = [ref for ref in refs if ref < len(store) and len(store[ref]) > 3]
        if not asking:
            return {}
        held = [self.index.word_sections(word)[0] for word in self.words]
        return {ref: question_anchor(store[ref][3], [found.get(ref, 0) for found in held])
                for ref in asking}


# ---------------------------------------------------------------------------- Excerpts


EXCERPT_WORDS = 24
"""Words of the body shown under a result, around the query's words."""
EXCERPT_LEAD = 3
"""Words shown before the first matched word of an excerpt."""
EXCERPT_SOURCE_CHARS = 4000
"""How much of each body the site ships for excerpts (whole words)."""


def excerpt_source(body: str) -> str:
    """The start of a body's plain text that excerpts are taken from (whole words)."""
    if len(body) <= EXCERPT_SOURCE_CHARS:
        return body
    cut = body.rfind(" ", 0, EXCERPT_SOURCE_CHARS + 1)
    return body[:cut if cut > 0 else EXCERPT_SOURCE_CHARS]


def excerpt(text: str, index: CompactIndex, query: str, summary: str = ""
            ) -> list[tuple[str, bool]]:
    """A short passage of `text` where the most query words are, as (text, matched) pieces;
    empty when no word of the body matches. A body word matches when its stem is a term that
    one of the query's clauses reached (typos and prefixes too). A passage that says the
    result's `summary` again is passed over (kbgen.core.summary_echo). The browser's worker
    picks the same passage (`excerpt` in kb-search.js) and escapes it."""
    reached: list[set[int]] = []
    for term in index_query_terms(index, query):
        reaching = clauses(index, term)
        reached.append({n for numbers, _ in reaching for n in numbers}
                       | set(related_clause(index, term, reaching)))
    units = excerpt_units(text, index.language)
    pieces = units.pieces
    words: list[tuple[int, int]] = []  # (piece, query word matched or -1)
    stems: list[str] = []  # each word's index term ("" for a stop word)
    ends: dict[int, int] = {}  # each word's last piece (a character pair's second one)
    for unit in units.words:
        stem = index.language.stem(unit.word) if unit.word else ""
        n = index.numbers.get(stem) if stem else None
        words.append((unit.first,
                      next((i for i, numbers in enumerate(reached) if n in numbers), -1)))
        stems.append(stem)
        ends[unit.first] = unit.last
    said = _pipeline(summary, index.language)
    best, start = 0, 0
    for first in sorted({max(0, k - EXCERPT_LEAD) for k, (_, i) in enumerate(words) if i >= 0}):
        found = len({i for _, i in words[first:first + EXCERPT_WORDS] if i >= 0})
        if found > best and not echoes(
                [stem for stem in stems[first:first + EXCERPT_WORDS] if stem], said):
            best, start = found, first
    if not best:
        return []
    window = words[start:start + EXCERPT_WORDS]
    matched = {piece for at, i in window if i >= 0 for piece in range(at, ends[at] + 1, 2)}
    parts: list[tuple[str, bool]] = [("… ", False)] if start else []
    for at in range(window[0][0], max(ends[at] for at, _ in window) + 1):
        if not pieces[at]:
            continue
        if parts and parts[-1][1] == (at in matched):  # a run of marked characters: one part
            parts[-1] = (parts[-1][0] + pieces[at], parts[-1][1])
        else:
            parts.append((pieces[at], at in matched))
    if start + EXCERPT_WORDS < len(words):
        parts.append((" …", False))
    return [part for part in parts if part[0]]

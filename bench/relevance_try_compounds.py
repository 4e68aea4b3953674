"""A try for `bench/relevance_tries.py --try`: one word written as two and two written as one
(`back up` / `backup`, `pass word` / `password`, `screen shot` / `screenshot`), read from the
site's own words, in the query only (the index unchanged).

- two adjacent words of a query whose concatenation's stem is an index term each also reach
  that term, at JOINED_BOOST (`joined_stems`);
- a word of a query whose stem is no index term and that is two words whose stems are, written
  together, is read as those two words (`split_unknown`: the split whose shorter part is
  longest, the earliest of those).
Parts are words of letters only, no stop word, MIN_PART letters or more. Hyphenated words are
kbgen.core.search_joins' already.

voc58 wrote it into kbgen and the worker (commit 9a264085, `kbgen/core/search_compounds.py`,
`Term.joined`, kb-search.js `splitUnknown`/`joinedStems`, with
tests/core/test_search_compounds.py, the worker ranking as Python does), then took it out
again: on the ten tuning sets no variant passes (bench/RESULTS.md, voc58). The joins reach
terms that hyphenated and dotted names add (`tor browser` -> `torbrowser`, `vs code` ->
`vscode`, `arduino ide`), which outrank the pages that say the two words; the splits read a
product's name the site never writes as two everyday words (`nextdns` -> `next dns`).

Example:
    python bench/relevance_tries.py --kept /tmp/sets.pkl --try bench/relevance_try_compounds.py
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kbgen.core import search
from kbgen.core.search_joins import joined_known
from kbgen.core.search_words import trim, word_of

MIN_PART = 2
"""The shortest part of a compound: `up` of `backup`."""
JOINED_BOOST = search.EXACT_BOOST
"""What a joined word counts for each of its two words (TYPO_BOOST tried too)."""
SPLITS, JOINS = True, True
"""Which half to install (each was measured alone too)."""
ADJACENT = False
"""Split a word only into two words that stand next to each other in some page's text (the
index's pairs, kbgen.core.search_pairs: the start of each body)."""


def _part(raw: str) -> str:
    """`raw` as one part of a compound: its word when it is letters only, else ""."""
    word = word_of(raw)
    return word if len(word) >= MIN_PART and word.isalpha() else ""


def joined_stems(raws: list[str], stem_known: Callable[[str], str]) -> dict[int, str]:
    """Position -> the stem (`stem_known`: "" when the index lacks it) of the word a token
    and the next one make joined, at both positions; a token joins once; a token that ends
    with punctuation joins nothing."""
    found: dict[int, str] = {}
    for at in range(len(raws) - 1):
        if at in found or trim(raws[at]) != raws[at]:
            continue
        first, second = _part(raws[at]), _part(raws[at + 1])
        if first and second and (stem := stem_known(first + second)):
            found[at] = found[at + 1] = stem
    return found


def split_unknown(raws: list[str], known: Callable[[str], bool],
                  adjacent: Callable[[str, str], bool] | None = None) -> list[str]:
    """`raws` with each word `known` refuses that is two words it accepts read as those
    (with `adjacent`, two words it accepts as written next to each other)."""
    found: list[str] = []
    for raw in raws:
        word = _part(raw)
        best: tuple[str, str] | None = None
        if len(word) >= 2 * MIN_PART and not known(word):
            for at in range(MIN_PART, len(word) - MIN_PART + 1):
                first, second = word[:at], word[at:]
                if (best is None or min(len(first), len(second)) > min(map(len, best))) and (
                        _part(first) and _part(second) and known(first) and known(second)
                        and (adjacent is None or adjacent(first, second))):
                    best = (first, second)
        found.extend(best if best is not None else (raw,))
    return found


@dataclass(frozen=True)
class JoinedTerm(search.Term):
    """A query word and the stem of the word it makes with its neighbour ("" if none)."""

    __module__ = search.__name__  # exec'd by relevance_tries: no module of its own
    joined: str = ""


def index_query_terms(index: search.CompactIndex, query: str) -> list[search.Term]:
    """kbgen's query terms, with the splits and joins."""
    def stem_known(word: str) -> str:
        stem = search._term(word, index.language)
        return stem if stem in index.numbers else ""

    language = index.language
    raws = search.tokens(language.segment(joined_known(query, lambda w: bool(stem_known(w)))))
    english = language.code == search.ENGLISH.code
    def adjacent(first: str, second: str) -> bool:
        return bool(index.pair_documents(f"{stem_known(first)} {stem_known(second)}"))

    if english and SPLITS:
        raws = split_unknown(raws, lambda word: bool(stem_known(word)),
                             adjacent if ADJACENT else None)
    if english:
        raws = search.rewrite(raws)
    joins = joined_stems(raws, stem_known) if english and JOINS else {}
    terms: list[search.Term] = []
    for at, raw in enumerate(raws):
        word = language.word_of(raw)
        if not word:
            continue
        stem = language.stem(word)
        if stem and (term := JoinedTerm(word, stem, joins.get(at, ""))) not in terms:
            terms.append(term)
            if len(terms) == search.QUERY_WORDS:
                break
    return terms


def install() -> None:
    """Make kbgen's search read compounds."""
    clauses = search.clauses

    def with_joined(index: search.CompactIndex, term: search.Term
                    ) -> list[tuple[list[int], float]]:
        found = clauses(index, term)
        joined = getattr(term, "joined", "")
        if joined and (n := index.numbers[joined]) not in found[0][0]:
            found.insert(1, ([n], JOINED_BOOST))
        return found

    search.clauses = with_joined  # type: ignore[assignment]
    search.index_query_terms = index_query_terms  # type: ignore[assignment]


if __name__ == "kbgen_try":
    install()

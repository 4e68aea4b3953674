"""A query's everyday words count half: `see`, `make`, `same`, `two` against `notebook`.

Ranking multiplies a document's points by the cube of the query words it matched, each word
alike. A customer's question mixes the words that say what it is about (`notebooks`,
`webhook`, `onion`) with everyday words any page may hold (`show`, `same`, `each`, `work`,
`new`): a long page that holds the everyday words somewhere outranked the short page that
holds the few words that matter. So in an English query of WEAK_QUERY_WORDS words or more,
a word of WEAK_WORDS counts half a word in that cube (its points are unchanged). A query of
two words is left alone: there the everyday word is half of what the customer said
(`make a poll`).

WEAK_WORDS are the most frequent words of everyday English by meaning, not by the site:
WordNet 3.0's sense-tagged counts (`cntlist.rev`, from the SemCor corpus), summed over each
word's senses, WEAK_COUNT or more, single words only, less `person`, `group` and
`location` (SemCor tags every name of a person, group or place as these). A site's own
frequent words (`tor`, `duckduckgo`, `sync`) are not everyday English and keep their full
weight: measured, counting the site's frequent words less lost queries (bench/RESULTS.md,
rel30b), and this list did not (rel46). Compared as the customer typed them: `seeing`,
`loses` and `changing` are whole words (their stems' forms lost a tuning query).
`bench/wordnet_pairs.py --weak` prints the list again. The browser's worker holds the same
list (WEAK_WORDS in kb-search.js) and ranks the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

WEAK_COUNT = 200
"""The least WordNet sense-tagged count of a weak word (150 and 300 measured alike)."""
WEAK_QUERY_WORDS = 3
"""The fewest words a query has for its weak words to count half."""
WEAK_WORDS = frozenset("""
    add again all also appear area ask back be become begin believe boy bring call change
    child come consider continue day develop do end even expect eye face feel fight figure
    find first follow form get give go good great hand have head hear help here high hold
    however include increase just keep know last lead leave let lie life like line little
    live long look make man many mean meet more most move much n't need never new not now
    number old one only open other own part pay people place play point present problem
    provide put reach receive remain report result return right run same say see seem serve
    show small so some stand start state still study such take tell then thing think three
    time too try turn two use very walk want way work world write year youth
""".split())
"""Everyday English words by WordNet's counts (see the module's docstring)."""


def weak_words(words: Sequence[str], english: bool) -> list[bool]:
    """Which of a query's words (as read, before stemming) count half: none unless the
    query is English and has WEAK_QUERY_WORDS words or more."""
    if not english or len(words) < WEAK_QUERY_WORDS:
        return [False] * len(words)
    return [word in WEAK_WORDS for word in words]

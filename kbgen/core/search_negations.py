"""A word and its `un-` form, both the site's own terms, read as related words.

A customer writes `i dont want to see posts about a topic`; the page that answers is titled
"Dealing with unwanted content". `unban a user` is answered by the page on bans, `unlock the
app` sits beside `lock`. The stemmer keeps `unwant` and `want` apart, and no dictionary pair
joins them. The site's own terms do: where both `X` and `unX` are index terms, each is related
to the other (the index's `related`, kbgen.core.concepts' channel, which the browser's worker
reads already): reached at the weight of a likely typo, and a document holding only the other
form counts the word a third (kbgen.core.search `related_clause`). Nothing is listed by hand;
only pairs a site writes both halves of are made.

Only `un-`: `re-` and `pre-` join as many unrelated words as related ones in the tuning sets'
terms (`research`/`search`, `report`/`port`, `return`/`turn`, `present`/`sent`,
`preserve`/`serve`), `un-` hardly any (`unless`/`less`), bench/RESULTS.md (find62).
"""

from __future__ import annotations

from collections.abc import Collection

PREFIX = "un"
BASE_LETTERS = 4
"""The word after `un-` has at least this many letters, all letters (`until`, `unit`,
`union` are not negations: their rest is too short)."""


def negation_terms(terms: Collection[str]) -> dict[str, set[str]]:
    """Each index term `unX` whose `X` is an index term too, with `X`, and `X` with `unX`."""
    found: dict[str, set[str]] = {}
    for term in terms:
        base = term[len(PREFIX):]
        if (term.startswith(PREFIX) and len(base) >= BASE_LETTERS and base.isalpha()
                and base in terms):
            found.setdefault(term, set()).add(base)
            found.setdefault(base, set()).add(term)
    return found


def with_negations(related: dict[str, list[str]], terms: Collection[str]
                   ) -> dict[str, list[str]]:
    """`related` (term -> sorted related terms, in term order) with `negation_terms` added."""
    negations = negation_terms(terms)
    if not negations:
        return related
    joined = {term: set(partners) for term, partners in related.items()}
    for term, partners in negations.items():
        joined.setdefault(term, set()).update(partners)
    return {term: sorted(partners) for term, partners in sorted(joined.items())}

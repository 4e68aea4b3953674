"""An adjective's degrees, and a verb's irregular forms, read as one word: `slow`, `slower`
and `slowest`; `forget` and `forgot`, `freeze` and `froze`.

The search's stemmer leaves comparatives and superlatives apart (`slower` is its own term), so
a customer's `slow` reached a page titled "Make Tor faster" only through `slower` as a prefix,
at a tenth of the word's weight, below a page that says `slow` once in its body. The site's
own words that are one adjective in two degrees are written in the index's head, each with
the others (`degrees`: term -> terms), and a query word reaches them as it reaches itself
(kbgen.core.search `degree_clause`, `degreeClause` in the worker).

The degrees come from `wordnet_degrees.txt.gz` (bench/wordnet_pairs.py `--degrees`): each
WordNet 3.0 adjective of at most two syllables with its comparative and superlative (`-er`,
`-est`; `-r`, `-st` after an `e`; `-ier`, `-iest` for a `y`; WordNet's irregular ones),
less the forms that are a noun or a verb of their own (`owner`, `opener`, `longer`): an
agent noun is another word. Only pairs whose two words both are the site's terms are
written, so the head grows by a few entries and nothing is reached that the site lacks.

A verb's irregular forms are left apart by the stemmer the same way (`forgot` is no `forget`,
`froze` no `freeze`): a customer's `forgot my password` reached a page saying "if you forget your
password" only through other words. `wordnet_forms.txt.gz` (bench/wordnet_pairs.py `--forms`)
holds WordNet 3.0's irregular verb forms (`verb.exc`), less the forms that are a noun or an
adjective of their own (`left`, `saw`, `stuck`, `lost`: a customer's `stuck` is the state,
not `stick`) and the everyday verbs of kbgen.core.search_weak (`made`, `seen`, `shown` are on
every page); they join the degrees' pairs (the same head entry, `degrees`, so the worker
reads them as it reads the degrees).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from pathlib import Path

from kbgen.core.concepts import read_pairs

DEGREES_FILE = Path(__file__).with_name("wordnet_degrees.txt.gz")
"""Pairs of an adjective's comparative or superlative and the adjective (`slower slow`)."""
FORMS_FILE = Path(__file__).with_name("wordnet_forms.txt.gz")
"""Pairs of a verb's irregular form and the verb (`forgot forget`)."""


@lru_cache(maxsize=1)
def degree_pairs() -> tuple[tuple[str, str], ...]:
    """The shipped pairs (form, adjective or verb): the degrees, then the verbs' forms."""
    return (*read_pairs(DEGREES_FILE), *read_pairs(FORMS_FILE))


def degree_terms(terms: Collection[str], term_of: Callable[[str], str]
                 ) -> dict[str, list[str]]:
    """Each of the site's `terms` that is an adjective or one of its degrees (or a verb or one
    of its irregular forms), with the site's other terms of that word (`term_of`: a word's
    index term), in sorted order.
    A degree counts when it is a term as it is written (the stemmer leaves `slower` whole; a
    form it cuts, `abrupter` -> `abrupt`, is its adjective's term already): so only the few
    forms a site uses are stemmed, a few milliseconds a build."""
    found: dict[str, set[str]] = {}
    for form, adjective in degree_pairs():
        if form not in terms:
            continue
        a, b = form, term_of(adjective)
        if a != b and b in terms:
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
    return {term: sorted(partners) for term, partners in sorted(found.items())}

"""Relevance on misspelt queries: the development sets' queries with one vowel changed.

People spell by ear (`kernal`, `calender`, `seperate`): each query of the sample, DuckDuckGo,
Tor and Arduino sets whose longest word has 5 letters or more has one vowel of that word (the
middle one of those inside the word) replaced by the next vowel (a->e, e->i, i->o, o->u,
u->a); the expected articles stay. Queries only derived, never written, and from development
sets only: the held-out sets are left alone.

Example:
    python bench/misspelt.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import relevance  # noqa: E402

SETS = ("sample", "real", "tor", "arduino")
VOWELS = "aeiou"


def misspelt(query: str) -> str | None:
    """`query` with one vowel of its longest word changed, or None (no word long enough)."""
    words = query.split()
    at = max(range(len(words)), key=lambda k: (len(words[k]), -k))
    word = words[at]
    inside = [k for k, char in enumerate(word) if char in VOWELS and 0 < k < len(word) - 1]
    if len(word) < 5 or not inside:
        return None
    k = inside[len(inside) // 2]
    words[at] = word[:k] + VOWELS[(VOWELS.index(word[k]) + 1) % 5] + word[k + 1:]
    return " ".join(words)


def main() -> int:
    """Command line: recall@5 / MRR of kbgen on each development set's misspelt queries."""
    with tempfile.TemporaryDirectory(prefix="kbgen-misspelt-") as work:
        for name, (config, queries, expected) in relevance.sets(Path(work)).items():
            if name not in SETS:
                continue
            pairs = [(wrong, want) for query, want in zip(queries, expected)
                     if (wrong := misspelt(query))]
            articles, synonyms, places = relevance.corpus(config)
            wrong = [query for query, _ in pairs]
            figures = relevance.scores(relevance.kbgen_rankings(articles, synonyms, wrong, places),
                                       [want for _, want in pairs], wrong)
            print(f"{name:<9}{len(wrong):>4} queries   "
                  f"{figures['recall_at_5']:.3f} / {figures['mrr']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

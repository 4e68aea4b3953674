"""Query words in order in a text, known from the index: pairs of consecutive words.

The first ranking reads the postings of single words: a long page that holds the query's
words far apart, by chance, can come before a short one that says them together. So the
index also holds, for each document, the pairs of index terms that stand one right after the
other in the start of its body (the text excerpts come from, stop words skipped), written as
`"first second"`. A query looks up only its own pairs (consecutive query words, in the
query's order), and among the first results a rank is multiplied by PAIR_BASE plus the number
of those pairs the document holds, when it holds PAIR_MIN of them or more: a pasted error line
found word for word counts every pair; two words side by side by chance count nothing.

The pairs travel in buckets (`buckets`), a pair's bucket found by a hash of its text
(`bucket_of`), so a reader fetches only the buckets of its query's pairs, as it fetches only
the parts of its words' postings. The browser's worker ranks the same way (kb-search.js).
Measured on the tuning sets (bench/RESULTS.md, rel34); rel33 did the same with the texts
after a first answer, which re-ordered what the reader saw.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

PAIR_BASE = 4
"""Each of the query's pairs a document holds adds a quarter (PAIR_BASE 4)."""
PAIR_MIN = 2
"""Fewer pairs held than this count as none (common pairs, `search engine`, are on most
pages of a site about them)."""
BUCKET_BYTES = 16_000
"""About how many characters each bucket of pairs holds (as the postings' parts)."""
_FNV_OFFSET, _FNV_PRIME = 0x811C9DC5, 0x01000193


def pairs(terms: Sequence[str]) -> set[str]:
    """The pairs of consecutive, different terms of a text's index terms, as `"a b"`."""
    return {f"{a} {b}" for a, b in zip(terms, terms[1:]) if a != b}


def query_pairs(stems: Sequence[str]) -> list[str]:
    """The pairs of a query's consecutive, different stems, in the query's order."""
    return [f"{a} {b}" for a, b in zip(stems, stems[1:]) if a != b]


def bucket_of(key: str, count: int) -> int:
    """The bucket of pair `key` among `count`: FNV-1a over its UTF-16 code units (the
    worker's `bucketOf` computes the same)."""
    value = _FNV_OFFSET
    data = key.encode("utf-16-le")
    for at in range(0, len(data), 2):
        value = ((value ^ (data[at] | data[at + 1] << 8)) * _FNV_PRIME) & 0xFFFFFFFF
    return value % count


def buckets(per_document: Sequence[Collection[str]], written: Callable[[list[int]], str],
            size: int = BUCKET_BYTES) -> list[dict[str, str]]:
    """The pairs of every document (`pairs`), in buckets of about `size` characters: each
    bucket maps a pair to the documents holding it, ascending, as `written` writes them."""
    holders: dict[str, list[int]] = {}
    for ref, held in enumerate(per_document):
        for key in held:
            holders.setdefault(key, []).append(ref)
    texts = {key: written(refs) for key, refs in holders.items()}
    count = -(-sum(len(key) + len(text) + 6 for key, text in texts.items()) // size)
    found: list[dict[str, str]] = [{} for _ in range(count)]
    for key in sorted(texts):
        found[bucket_of(key, count)][key] = texts[key]
    return found


def bonus(held: Callable[[str], Collection[int]], keys: Iterable[str]) -> Callable[[int], int]:
    """A document's pair bonus for a query's pairs `keys`: PAIR_BASE plus the pairs it holds
    (`held(key)`: the documents holding `key`), counted from PAIR_MIN on."""
    lists = [held(key) for key in keys]

    def of(ref: int) -> int:
        found = sum(1 for refs in lists if ref in refs)
        return PAIR_BASE + (found if found >= PAIR_MIN else 0)
    return of

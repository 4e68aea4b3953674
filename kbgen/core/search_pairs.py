"""Query words in order in a text, known from the index: pairs of consecutive words.

The first ranking reads the postings of single words: a long page that holds the query's
words far apart, by chance, can come before a short one that says them together. So the
index also holds, for each document, the pairs of index terms that stand one right after the
other in the start of its body (the text excerpts come from, stop words skipped), written as
`"first second"`. A query looks up only its own pairs (consecutive query words, in the
query's order), and among the first results a rank is multiplied by PAIR_BASE plus the number
of those pairs the document holds, when it holds PAIR_MIN of them or more, or every one of a
query that has fewer: a pasted error line found word for word counts every pair; two words of
a longer query side by side by chance count nothing; a two-word query side by side in the text
(`sketches saved`, `max retransmit`) is the whole query said as typed.

The pairs travel in buckets (`buckets`), a pair known by a hash of its text (`bucket_of`),
so a reader fetches only the buckets of its query's pairs, as it fetches only the parts of its
words' postings. The browser's worker ranks the same way (kb-search.js).
Measured on the tuning sets (bench/RESULTS.md, rel34); rel33 did the same with the texts
after a first answer, which re-ordered what the reader saw.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

PAIR_BASE = 4
"""Each of the query's pairs a document holds adds a quarter (PAIR_BASE 4)."""
PAIR_MIN = 2
"""Fewer pairs held than this count as none (common pairs, `search engine`, are on most
pages of a site about them), unless the query has fewer: a two-word query's one pair counts
(measured on the tuning sets, bench/RESULTS.md, rel52: two queries up, none down)."""
BUCKET_DOCUMENTS = 32
"""Documents per bucket of pairs (a bucket of 10,000 articles of real words: about 7 kB, 5 kB
gzip). By the number of documents, so that a patched index (`patched`) has as many buckets
as one made whole."""
_FNV_OFFSET, _FNV_PRIME = 0x811C9DC5, 0x01000193
_NATIVE_UTF16 = "utf-16-be" if sys.byteorder == "big" else "utf-16-le"
"""UTF-16 in the machine's order, read as code units by `memoryview.cast("H")`."""


def pairs(terms: Sequence[str]) -> set[str]:
    """The pairs of consecutive, different terms of a text's index terms, as `"a b"`."""
    return {f"{a} {b}" for a, b in zip(terms, terms[1:]) if a != b}


def query_pairs(stems: Sequence[str]) -> list[str]:
    """The pairs of a query's consecutive, different stems, in the query's order."""
    return [f"{a} {b}" for a, b in zip(stems, stems[1:]) if a != b]


def pair_hash(key: str) -> int:
    """FNV-1a (32 bits) over the UTF-16 code units of pair `key` (the worker's `pairHash`)."""
    value = _FNV_OFFSET
    for unit in memoryview(key.encode(_NATIVE_UTF16)).cast("H"):
        value = ((value ^ unit) * _FNV_PRIME) & 0xFFFFFFFF
    return value


def bucket_of(key: str, count: int) -> tuple[int, int]:
    """The bucket of pair `key` among `count`, and the pair's number within it (its hash
    divided by `count`)."""
    return divmod(pair_hash(key), count)[::-1]


def bucket_count(documents: int) -> int:
    """How many buckets the pairs of `documents` documents are in."""
    return -(-documents // BUCKET_DOCUMENTS)


def buckets(per_document: Sequence[Collection[str]], written: Callable[[int], str]
            ) -> list[str]:
    """The pairs of every document (`pairs`), in one bucket per BUCKET_DOCUMENTS documents.
    A bucket is one string of numbers (as `written` writes each): for each pair, by its
    number (`bucket_of`), ascending: that number's gap from the one before, how many
    documents hold the pair less one, and their numbers as gaps (the first from 0). Two pairs
    of the same hash are one (at 10,000 articles of 150,000 pairs, a few: such a pair's
    documents count for both)."""
    count = bucket_count(len(per_document))
    hashes: dict[str, int] = {}
    found: list[dict[int, list[int]]] = [{} for _ in range(count)]
    for ref, held in enumerate(per_document):
        for key in held:
            if key not in hashes:
                hashes[key] = pair_hash(key)
        for value in {hashes[key] for key in held}:
            number, bucket = divmod(value, count)
            found[bucket].setdefault(number, []).append(ref)
    return [_bucket_text(entries, written) for entries in found]


def _bucket_text(entries: dict[int, list[int]], written: Callable[[int], str]) -> str:
    """One bucket's string (`buckets`) of its pairs' numbers and documents (ascending)."""
    out, before = [], 0
    for number in sorted(entries):
        refs = entries[number]
        out += [written(number - before), written(len(refs) - 1)]
        out += [written(ref - was) for ref, was in zip(refs, [0, *refs])]
        before = number
    return "".join(out)


def patched(found: Sequence[str], changes: dict[int, tuple[Collection[str], Collection[str]]],
            written: Callable[[int], str], read: Callable[[str], Iterator[int]]
            ) -> list[str]:
    """The buckets `found` with each changed document's pairs, `changes[ref]` = (before,
    now), put right: only the buckets of pairs that came or went are read and written again,
    and the result is what `buckets` makes of the documents now."""
    count, out = len(found), list(found)
    edits: dict[int, dict[int, dict[int, bool]]] = {}
    for ref, (before, now) in changes.items():
        was, held = {pair_hash(key) for key in before}, {pair_hash(key) for key in now}
        for value in was ^ held:
            number, bucket = divmod(value, count)
            edits.setdefault(bucket, {}).setdefault(number, {})[ref] = value in held
    for bucket, numbers in edits.items():
        entries = bucket_entries(read(out[bucket]))
        for number, refs_changed in numbers.items():
            refs_now = set(entries.get(number, ()))
            refs_now |= {ref for ref, held in refs_changed.items() if held}
            refs_now -= {ref for ref, held in refs_changed.items() if not held}
            if refs_now:
                entries[number] = sorted(refs_now)
            else:
                entries.pop(number, None)
        out[bucket] = _bucket_text(entries, written)
    return out


def bucket_entries(values: Iterator[int]) -> dict[int, list[int]]:
    """A bucket's pairs' numbers and their documents, from the bucket's numbers (`buckets`)
    as read."""
    entries: dict[int, list[int]] = {}
    at = 0
    for gap in values:
        at += gap
        refs, ref = [], 0
        for _ in range(next(values) + 1):
            ref += next(values)
            refs.append(ref)
        entries[at] = refs
    return entries


def holders(numbers: Iterator[int], number: int) -> list[int]:
    """The documents of the pair numbered `number` in a bucket read as `numbers` (`buckets`);
    none when the bucket lacks it."""
    at = 0
    for gap in numbers:
        at += gap
        count, refs, ref = next(numbers) + 1, [], 0
        for _ in range(count):
            ref += next(numbers)
            refs.append(ref)
        if at >= number:
            return refs if at == number else []
    return []


def bonus(held: Callable[[str], Collection[int]], keys: Iterable[str]) -> Callable[[int], int]:
    """A document's pair bonus for a query's pairs `keys`: PAIR_BASE plus the pairs it holds
    (`held(key)`: the documents holding `key`), counted from PAIR_MIN on, or when it holds
    every one of fewer."""
    lists = [held(key) for key in keys]
    least = min(PAIR_MIN, len(lists))

    def of(ref: int) -> int:
        found = sum(1 for refs in lists if ref in refs)
        return PAIR_BASE + (found if found and found >= least else 0)
    return of

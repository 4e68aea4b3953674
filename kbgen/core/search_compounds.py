"""One word written as two and two words written as one: `back up` and `backup`, `pass word`
and `password`, `screen shot` and `screenshot`.

lunr's stemmer reads each word alone, so a customer's `backup` missed a site that writes
`back up`, and `pass word` a site that writes `password`. Read from the site's own words (its
index terms), in the query only, so the index is unchanged and the browser's worker reads the
same (`splitUnknown` and `joinedStems` in kb-search.js):
- two adjacent words of a query whose concatenation is a word of the site (its stem an index
  term) each also reach that term, as the word itself (`joined_stems`): `pass word` finds the
  pages that say `password`, and still those that say `pass` and `word`;
- a word of a query that the site never uses (its stem no index term) and that is two of the
  site's words written together is read as those two words (`split_unknown`): `screenshot`
  finds a site that writes `screen shot`.
Words of letters only, neither a stop word, each MIN_PART letters or more; hyphenated words
are kbgen.core.search_joins' (`wi-fi` joined where the site writes `wifi`).
"""

from __future__ import annotations

from collections.abc import Callable

from kbgen.core.search_words import trim, word_of

MIN_PART = 2
"""The shortest part of a compound: `up` of `backup`, `in` being a stop word anyway."""


def _part(raw: str) -> str:
    r"""`raw` as one part of a compound: its word when it is letters only (Unicode's L, as
    `\p{L}` in kb-search.js; a stop word, a code or a word with punctuation inside is no
    part), else ""."""
    word = word_of(raw)
    return word if len(word) >= MIN_PART and word.isalpha() else ""


def joined_stems(raws: list[str], stem_known: Callable[[str], str]) -> dict[int, str]:
    """For the tokens `raws` of a query, each position whose token and the next one joined
    make a word whose stem `stem_known` returns (the index holds it; "" when not), that stem,
    at both positions; a token takes the first join it is part of. A token that ends with
    punctuation joins nothing (`back. up`; the tokens of a query are split at `,;:!?`)."""
    found: dict[int, str] = {}
    for at in range(len(raws) - 1):
        if at in found or trim(raws[at]) != raws[at]:
            continue
        first, second = _part(raws[at]), _part(raws[at + 1])
        if first and second and (stem := stem_known(first + second)):
            found[at] = found[at + 1] = stem
    return found


def split_unknown(raws: list[str], known: Callable[[str], bool]) -> list[str]:
    """The tokens `raws` of a query with each word that `known` refuses (its stem is no index
    term) and that is two words `known` accepts, written together, read as those two: of its
    splits, the one whose shorter part is longest (`screen shot`, not `screens hot`), the
    earliest of those (`work space`, not `works pace`)."""
    found: list[str] = []
    for raw in raws:
        word = _part(raw)
        best: tuple[str, str] | None = None
        if len(word) >= 2 * MIN_PART and not known(word):
            for at in range(MIN_PART, len(word) - MIN_PART + 1):
                first, second = word[:at], word[at:]
                if (best is None or min(len(first), len(second)) > min(map(len, best))) and (
                        _part(first) and _part(second) and known(first) and known(second)):
                    best = (first, second)
        found.extend(best if best is not None else (raw,))
    return found

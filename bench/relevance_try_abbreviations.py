"""A try for `bench/relevance_tries.py --try`: abbreviations a site defines in its own text
(`OpenID Connect (OIDC)`, `SSO (single sign-on)`), read as related to their long forms' words.

Found as Schwartz and Hearst's algorithm finds them ("A simple algorithm for identifying
abbreviation definitions in biomedical text", 2003): the short form's letters in order in the
words before the parenthesis (or inside it), right to left, its first letter at a word's start;
the long form the shortest run of whole words that holds them. Nothing listed by hand. The pairs
go into the index's `related` terms (kbgen.core.concepts' channel, which the worker reads
already): `ABBR_MODE=short` relates the abbreviation's term to its long form's words,
`ABBR_MODE=both` each long-form word back to the abbreviation too.

Not shipped (bench/RESULTS.md, find62): on the thirteen tuning sets `short` lowers both sums
(MRR 10.971 -> 10.970, recall@5 12.130 -> 12.118: IVPN's `ssh into my server drops when vpn
connects` 5th -> 6th: `vpn` is defined as "virtual private network" and also reaches the pages
saying `network`), `both` raises them by one query's worth
(10.972 / 12.131) but drops the same IVPN query out of the top 5; with the `un-` pairs it adds
0.001 MRR. The sets' vocabulary misses are rarely abbreviations (`oidc`: the answer holds the
word already).

Example:
    ABBR_MODE=both python bench/relevance_tries.py --kept /tmp/sets.pkl \
        --try bench/relevance_try_abbreviations.py
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator

_PARENTHESIS = re.compile(r"\(([^()]{1,80})\)")
_WORD = re.compile(r"[A-Za-z0-9]+")
_SHORT = re.compile(r"[A-Za-z][A-Za-z0-9]{1,7}")
_SHORT_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9]{1,7})\s*$")
BEFORE_CHARS = 200
"""How far before a parenthesis a long form is looked for."""
UPPER_LETTERS = 2
"""A short form holds at least this many capitals (`OIDC`, `SSO`, `PKCE`, `WebAuthn`):
lower-case words in parentheses are prose, not abbreviations."""
EXTRA_WORDS = 2
"""A long form holds at most this many words more than its short form has letters (`IAM`,
"identity and access management"; `FTPS`, "FTP over TLS")."""


def definitions(text: str) -> Iterator[tuple[str, list[str]]]:
    """(short form, its long form's words), lowercase, for each `Long Form (SF)` and each
    `SF (Long Form)` of `text`."""
    for found in _PARENTHESIS.finditer(text):
        inside = found.group(1).strip()
        if _SHORT.fullmatch(inside) and _capitals(inside) >= UPPER_LETTERS:
            short = inside
            before = _WORD.findall(text[max(0, found.start() - BEFORE_CHARS):found.start()])
            words = before[-min(len(short) + 5, 2 * len(short)):]
        else:
            named = _SHORT_BEFORE.search(text, max(0, found.start() - 12), found.start())
            if named is None or _capitals(named.group(1)) < UPPER_LETTERS:
                continue
            short, words = named.group(1), _WORD.findall(inside)
            if len(words) > len(short) + 5:
                continue
        used = long_form(short.lower(), [word.lower() for word in words])
        if (used and 2 <= len(used) <= len(short) + EXTRA_WORDS and short.lower() not in used
                and not any(word.isdigit() for word in used)):
            yield short.lower(), used


def _capitals(text: str) -> int:
    return sum(char.isupper() for char in text)


def long_form(short: str, words: list[str]) -> list[str] | None:
    """The shortest tail of `words` that holds `short`'s letters in order, right to left, the
    first at a word's start (Schwartz and Hearst); None when there is none."""
    text = " ".join(words)
    at = len(text) - 1
    for position in range(len(short) - 1, -1, -1):
        char = short[position]
        while at >= 0 and (text[at] != char
                           or (position == 0 and at > 0 and text[at - 1] != " ")):
            at -= 1
        if at < 0:
            return None
        at -= 1
    return text[at + 1:].split()


def abbreviation_terms(texts: Iterable[str], term_of: Callable[[str], str],
                       terms: Collection[str]) -> dict[str, set[str]]:
    """Each abbreviation the `texts` define whose term is an index term, with the terms of its
    long forms' words (`term_of`: a word's index term; stop words, which have none, and the
    abbreviation's own term left out)."""
    found: dict[str, set[str]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for short, words in definitions(text):
            term = term_of(short)
            if not term or term not in terms:
                continue
            parts = {part for part in map(term_of, words) if part and part != term
                     and part in terms}
            if parts:
                found.setdefault(term, set()).update(parts)
    return found


def install(mode: str = "short") -> None:
    """Make kbgen.core.search relate each abbreviation the documents define to its long form's
    words (`mode` "both": and each of those words back)."""
    from kbgen.core import search

    made = search.related_stems

    def related_stems(texts: Iterable[str], stem: Callable[[str], str], terms: Collection[str],
                      words: Collection[str] | None = None) -> dict[str, list[str]]:
        texts = list(texts)
        related = {term: set(partners)
                   for term, partners in made(texts, stem, terms, words).items()}
        for short, parts in abbreviation_terms(texts, stem, terms).items():
            related.setdefault(short, set()).update(parts)
            if mode == "both":
                for part in parts:
                    related.setdefault(part, set()).add(short)
        return {term: sorted(partners) for term, partners in sorted(related.items())}

    search.related_stems = related_stems  # type: ignore[assignment]


if __name__ == "kbgen_try":
    import os

    install(os.environ.get("ABBR_MODE", "short"))

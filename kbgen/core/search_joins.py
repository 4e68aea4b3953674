"""A word written with a hyphen also read as one word: `Wi-Fi` is `wifi`, `e-mail` `email`,
`self-hosted` `selfhosted`, `set-up` `setup`.

Help centres and their customers write the same word both ways (the Arduino Help Center says
`Wi-Fi` 94 times and `WiFi` 296 times); the tokenizer splits at hyphens, so a page that says
only `Wi-Fi` held `wi` and `fi`, and the query `wifi` missed it (too short for a typo, and no
prefix of it). Each hyphenated word of letters in an indexed text also adds its joined form
(`joined_words`), so either spelling finds the page; its parts stay terms too. Only a word
of two parts, one of them short (SHORT_PART).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")
"""Two words of letters joined by a hyphen (`wi-fi`), not codes with digits (`f-12`,
`x86-64`) nor parts of longer hyphenated words (`end-to-end`) or identifiers."""
SHORT_PART = 3
"""A hyphenated word is one word written two ways when one of its parts is this short: a
prefix or particle (`e-mail`, `re-install`, `log-in`, `add-on`, `wi-fi`). Two longer words
(`link-header`, `followed-tags`) are a compound customers type as two words; joined, each
added a term that the first word's prefix reaches (measured: Mastodon's MRR fell)."""


def joined_words(text: str) -> list[str]:
    """The hyphenated words of `text`, each written without its hyphens, in order."""
    if "-" not in text:
        return []
    return [first + second for first, second in _HYPHENATED.findall(text)
            if min(len(first), len(second)) <= SHORT_PART]


def joined_known(query: str, known: Callable[[str], bool]) -> str:
    """`query` with each hyphenated word (as `joined_words` reads them) written joined when
    `known` accepts the joined word (the index holds it): a customer's `wi-fi` or `e-mail`
    finds a site that writes `WiFi` or `email`, and, since the index adds the joined word of
    every such hyphenated word, still every page that writes `Wi-Fi`. `joinKnown` in
    kb-search.js does the same (its letters are Unicode's L; Python's also count the few
    numerals that are not digits)."""
    if "-" not in query:
        return query

    def joined(match: re.Match[str]) -> str:
        first, second = match.groups()
        word = first + second
        return word if min(len(first), len(second)) <= SHORT_PART and known(word) else match[0]

    return _HYPHENATED.sub(joined, query)

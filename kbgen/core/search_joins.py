"""A word written with a hyphen also read as one word: `Wi-Fi` is `wifi`, `e-mail` `email`,
`add-on` `addon`, `set-up` `setup`.

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


_HYPHEN = re.compile(r"-(?=[^\W\d_])")
"""A hyphen before a letter: found by a quick scan for `-`, where `_HYPHENATED` alone tries
every word of a text (six times the CPU on 10,000 generated articles)."""


def joined_words(text: str) -> list[str]:
    """The hyphenated words of `text` (`_HYPHENATED`, one part of SHORT_PART letters or
    fewer), each written without its hyphen, in order."""
    found = []
    for hyphen in _HYPHEN.finditer(text) if "-" in text else ():
        start = hyphen.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1  # back to the start of the word (\w), where _HYPHENATED begins
        match = _HYPHENATED.match(text, start)
        if match and min(len(match[1]), len(match[2])) <= SHORT_PART:
            found.append(match[1] + match[2])
    return found


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

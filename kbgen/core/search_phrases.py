"""Phrasal verbs also read as the one word they mean: `turn off` is `disable`, `send back`
`return`, `log in` `login`.

A customer writes "turn off two factor", the article is titled "Disable 2-step
verification". The words of the phrase say little (`off` and `on` are stop words, `turn` is
in every "turn on" article), so the phrase also stands for the word it means: in a query,
the verb is followed by that word (`rewrite`: `turn off 2fa` reads `turn disable 2fa`; the
browser's worker does the same, PHRASES in kb-search.js), and in the text indexed each
phrase adds that word (`meant`), so an article that says "turn off" is found by "disable".
One-way: a text that says `return` is not indexed as `send back`. A participle of `turn` or
`switch` is left alone: "when the VPN is turned on" tells a state, not how to enable it
(measured: read as `enable` it put another article first on the DuckDuckGo set). English
only. WordNet's multi-word lemmas
were tried as the source and do not hold these senses (its `turn off` is `switch off`, its
`send back` `remand`, its `set up` `establish`/`found`), so the list is kbgen's, kept to
verbs that mean the same in any help centre.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Set

from kbgen.core.search_words import trim

_FORMS = {"turn": "turn turns turning", "switch": "switch switches switching",
          "send": "send sends sent sending", "log": "log logs logged logging",
          "sign": "sign signs signed signing", "set": "set sets setting"}
"""A verb's forms as customers and writers type them."""
_MEANINGS = (("turn", "off", "disable"), ("switch", "off", "disable"),
             ("turn", "on", "enable"), ("switch", "on", "enable"),
             ("send", "back", "return"),
             ("log", "in", "login"), ("log", "into", "login"), ("log", "on", "login"),
             ("sign", "in", "login"), ("sign", "into", "login"),
             ("log", "out", "logout"), ("log", "off", "logout"), ("sign", "out", "logout"),
             ("sign", "up", "signup"), ("set", "up", "setup"))
PHRASES: dict[str, str] = {f"{form} {particle}": word for verb, particle, word in _MEANINGS
                           for form in _FORMS[verb].split()}
"""Each phrase (a verb's form and its particle) -> the word it means."""
_PATTERN = re.compile(r"(" + "|".join(sorted({f.split()[0] for f in PHRASES}, key=len,
                                                          reverse=True))
                      + r")\s+(" + "|".join(sorted({f.split()[1] for f in PHRASES}, key=len,
                                                   reverse=True)) + r")(?![\w'])")
"""A phrase: a verb's form, spaces, its particle, no word character or `'` after; and none
before (`_BEFORE`), looked at apart: a pattern that starts with its verbs is searched for by
their first letters (with the look-behind first, at every character: a third slower)."""
_BEFORE = re.compile(r"(?<![\w'])")


def rewrite(tokens: Iterable[str]) -> list[str]:
    """A query's tokens (lowercase) with each phrase of two in PHRASES read as its verb and
    the word it means (`turn`, `off` -> `turn`, `disable`), punctuation around them ignored."""
    words = list(tokens)
    found: list[str] = []
    at = 0
    while at < len(words):
        if at + 1 < len(words):
            meant = PHRASES.get(f"{trim(words[at])} {trim(words[at + 1])}")
            if meant is not None:
                found.append(words[at])
                found.append(meant)
                at += 2
                continue
        found.append(words[at])
        at += 1
    return found


_VERB_FORMS = frozenset(form.split()[0] for form in PHRASES)
"""The first words of the phrases: a text whose words hold none has no phrase."""


def meant(text: str, words: Set[str] | None = None) -> list[str]:
    """The words the phrases of `text` (lowercase) mean, each once, in order. `words`: the
    text's runs of word characters (`\\w+`), when known: without a verb's form among them the
    text is not searched (a phrase's verb is such a run: no word character on either side)."""
    if words is not None and words.isdisjoint(_VERB_FORMS):
        return []
    found = (PHRASES.get(f"{m.group(1)} {m.group(2)}") for m in _phrases(text))
    return list(dict.fromkeys(word for word in found if word))


def _phrases(text: str) -> Iterator[re.Match[str]]:
    r"""The phrases of `text`, as `(?<![\w'])` then _PATTERN, searched one after another,
    would find them: a match with a word character or `'` before is passed over and the
    search goes on from its next character."""
    at = 0
    while (found := _PATTERN.search(text, at)) is not None:
        if _BEFORE.match(text, found.start()) is None:
            at = found.start() + 1
        else:
            yield found
            at = found.end()

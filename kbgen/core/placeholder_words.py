"""Whether a value with a placeholder word in it is a placeholder (issue 19).

`your_password`, `example-token` and `<your key>` are stand-ins, but a real password may hold
such a word too (`Kq9example1x`, `Yourx7Qm2`): a word inside accepts the value only when what
is left around it is not a password of its own (upper case, lower case and a digit mixed).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kbgen.core.concepts import pair_words

_SEPARATORS = re.compile(r"[-_.\s]")


def placeholder_by_word(value: str, words: tuple[str, ...]) -> bool:
    """`value` holds one of `words` (lower case) and the rest of it is no password."""
    lowered = value.lower()
    if not any(word in lowered for word in words):
        return False
    rest = value
    for word in words:
        rest = re.sub(re.escape(word), "", rest, flags=re.I)
    rest = _SEPARATORS.sub("", rest)
    return not (any(ch.isupper() for ch in rest) and any(ch.islower() for ch in rest)
                and any(ch.isdigit() for ch in rest))


_VOWELS = frozenset("aeiouyAEIOUY")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{5}", re.I)


def word_like(chunk: str) -> bool:
    """`robot`, `Now`: letters that read as a word, as an example's own word does (`my_robot
    _password`); not random letters a real password adds to placeholder words (`Kqzx`, `Xq`,
    `vbnmqz`: no vowel, or five consonants in a row)."""
    return (len(chunk) >= 3 and any(ch in _VOWELS for ch in chunk)
            and not _CONSONANT_RUN.search(chunk))


ENGLISH_PAIR_WORDS = 20
"""A letter pair English spells is one at least this many words of kbgen's word lists hold."""


@lru_cache(maxsize=1)
def _english_pairs() -> frozenset[str]:
    """The letter pairs English words spell (`th`, `ss`; not `hq`, `vb`, `kw`)."""
    counts = Counter(pair for word in pair_words()
                     for pair in {word[i:i + 2] for i in range(len(word) - 1)})
    return frozenset(pair for pair, words in counts.items() if words >= ENGLISH_PAIR_WORDS)


def reads_as_words(value: str) -> bool:
    """`testtest`, `pgpass`, `ente`: lower-case letters a reader takes for words, as an accepting
    rule asks of a stand-in; not random letters `word_like` lets through (`hqvneakwpruyteoz`,
    `qovb`: pairs English never spells). The first two letters may be an abbreviation (`pg`)
    (rev43)."""
    english = _english_pairs()
    return word_like(value) and all(value[i:i + 2] in english for i in range(2, len(value) - 1))

"""A passphrase after a secret's key that holds a two-letter word or a letter beyond ASCII
(hostile round 25): `| Mot de passe | TA-MAISON-BLEUE-JAUNE |`, `password: in-der-küche-
brennt-licht`, `WLAN_PASSWORD=EL_GATO_NEGRO_DUERME`. kbgen.core.privacy.passphrases reads
words of three to twelve ASCII letters, so a phrase with `ta`, `in`, `el` or `küche` in it was
no passphrase to it, and main published it (in capitals in a table cell, unquoted).

Read by the same structure, with a wider word: passphrases' key (a name of a password,
secret, token or key), `:`, `=`, `is` or a table cell's pipe, then three to ten words of two
to twelve letters of any script, all in one case, joined by one `-` or `_`, of which at least
three have three letters or more; only a phrase passphrases' own word misses (a two-letter
word or a non-ASCII letter) is read here. Judged as passphrases judges (no word naming a
thing, a role or a placeholder: `MY-APP-SECRET`, `NO-REUSE-OF-OLD`; no word twice; not after a
key about the secret, `password_policy`; a translated stand-in, `TON_MOT_DE_PASSE`, and a
famous published example publish; so does a translated instruction, `IN_DER_DATEI_ANGEBEN`,
`siehe-in-der-doku`, as `see-the-docs` does: translated_yours.translated_instruction)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.passphrases import _ABOUT_KEY, _KEY, _OBJECT_KEY, _passphrase
from kbgen.core.privacy.passphrases import needs as key_needs
from kbgen.core.privacy.translated_yours import translated_instruction, translated_stand_in

_WORD = r"[^\W\d_]{2,12}"
_PHRASE = re.compile(
    rf"(?i)(?<![\w.-]){_KEY}[\"'`*]*[ \t]*(?:[:=]|\bis\b|\|)[ \t]*[`*]*"
    rf"(?P<value>{_WORD}(?:(?P<s>[_-]){_WORD})(?:(?P=s){_WORD}){{1,8}})"
    r"(?![\w(-]|[.:/@]\w)")
_ASCII_WORD = re.compile(r"[a-z]{3,12}", re.IGNORECASE)
MIN_LONG_WORDS = 3


def _read_here(words: list[str]) -> bool:
    """Whether passphrases' own word misses the phrase, and it is one phrase in one case."""
    long_words = sum(len(word) >= 3 for word in words)
    one_case = all(word.isupper() for word in words) or all(word.islower() for word in words)
    missed = any(not _ASCII_WORD.fullmatch(word) for word in words)
    return one_case and missed and long_words >= MIN_LONG_WORDS


def short_word_passphrases(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each passphrase with a short or non-ASCII word after a key."""
    for index, line in enumerate(lines):
        if not any(mark in line for mark in "-_") or not key_needs(line.lower()):
            continue
        for match in _PHRASE.finditer(line):
            value, key = match.group("value"), match.group("key")
            words = re.split(r"[_-]", value)
            if (_ABOUT_KEY.search(key) or not _read_here(words) or translated_stand_in(value)
                    or translated_instruction(words)
                    or not _passphrase(words, bool(_OBJECT_KEY.search(key)))):
                continue
            hit = _famous_or_hit(line, match.start("value"), value)
            if not hit.allowed:
                yield index, hit

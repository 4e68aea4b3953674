"""A password of letters alone after its word and a colon (`passwd: sunflower`, `пароль:
подсолнух`), and letters of any script stated in prose (`Пароль от сети — подсолнух.`)
(issue 19, branch leak35).

letter_passwords reads a statement's value in Latin letters and leaves a colon to
configurations' documented defaults (`password: postgres`). Those stay accepted: a default
credential, a placeholder or a value that names its field is an example
(kbgen.core.examples), and so is one word that describes (`Password: required`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _famous_or_hit, _fold, _Hit
from kbgen.core.privacy.letter_passwords import _FORMS, _STATED, plain_password
from kbgen.core.privacy.world_passwords import _FORMS as _WORLD_FORMS
from kbgen.core.word_needs import Words

_WORDS = sorted({*_FORMS, *_WORLD_FORMS, "passwd", "pwd"}, key=len, reverse=True)
SHORT_LABELS = ("pass", "pw", "pword", "passw", "pswd", "psw", "mdp", "kennw")
"""Short labels a password is noted under (`pass: sunflower`, `PW: Sonnenblume`, `mdp :
tournesol`), read like the words when a colon or `=` follows (issue 19, leak44)."""

_LATIN_VALUE = r"(?<![A-Za-z])(?P<value>[A-Za-z]{4,64})"
assert _LATIN_VALUE in _STATED.pattern
_STATED_WORDS = re.compile(folded_pattern(_STATED.pattern.replace(
    _LATIN_VALUE, r"(?<![^\W\d_])(?P<value>[^\W\d_]{4,64})")))
"""letter_passwords' statement, its value in letters of any script."""


def _colon(words: list[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<![^\W\d_])(?<![_.-])(?:{'|'.join(re.escape(word) for word in words)})\.?"
        + _AFTER_WORD)


_AFTER_WORD = (
    r"(?![^\W\d_])[ \t]*(?:\*\*|__)?[ \t]*(?:[:：]|(?<=[ \t])(?P<equals>=)(?=[ \t]))[ \t]*"
    r"(?:\*\*|__)?[ \t]*"
    r"(?:\|[ \t]*|</t[dh]>[ \t]*<t[dh](?:[ \t][^<>]*)?>)?"
    r"(?:(?P<open>[\"'`“‘「『]|\*\*|__)[ \t]*)?(?P<value>[^\W\d_]{4,64})"
    r"(?(open)[ \t]*(?:[\"'`”’」』]|\*\*|__)|)"
    r"(?=[ \t]*(?:[.!;,]+[ \t]*)?(?:$|[<|\"'])|[ \t]+\([^()]{1,40}\)[ \t]*[.!;,]?[ \t]*$)")
_COLON = _colon(_WORDS)
"""A password word, a colon (or `=` between spaces), one word of letters ending the line, the
sentence, the cell or the attribute (quoted or not), maybe before a note in brackets (`pass:
sunflower (Wi-Fi)`); in the next cell too. Read in the line as written, not as shown:
a view joins a nested key's indentation (`+    password:` is shown `+ password:`)."""
_SHORT_COLON = _colon(list(SHORT_LABELS))
_SHORT_HINT = re.compile(r"(?:pass|pw|pword|pswd|psw|mdp|kennw)\.?[ \t*_]*[:：=]")
"""A short label before its colon or `=` (folded): asked before _SHORT_COLON."""

_NOT_LATIN = re.compile(r"[^\W\d_A-Za-z]")

_RUSSIAN_ENDINGS = ("ый", "ий", "ой", "ая", "ое", "ые", "ие", "ен", "ён", "на", "но", "ны",
                    "ть", "ся", "ым", "ом", "ан", "ят", "ет", "ит")
_RUSSIAN_DESCRIBING = re.compile("(?:" + "|".join(sorted(
    {*_RUSSIAN_ENDINGS, *(normalize_text(end).lower() for end in _RUSSIAN_ENDINGS)})) + ")$")
"""Endings of Russian adjectives, short participles and verbs (`неверный`, `обязателен`,
`изменён`, `требуется`), as written and as the gate reads them (look-alike letters made
Latin: `обязателен` is read `oбязateлeh`)."""


_NESTED_KEY = re.compile(r"[+-]?(?:[ ]{2,}|\t)[a-z_]+[ \t]*:")
"""A key of a nested mapping, maybe in a diff (`+    password: pardo` under `db.yaml: |`): a
configuration's example, whose defaults look like this; a key opening the line is read."""


_CODE_WORDS = frozenset("""
input getpass prompt self this args kwargs argv value values env environ config settings conf
options opts params request req data form result response secret secrets hashed hash get
undefined nil os sys
""".split())
"""Names code assigns a password from (`password = getpass`): no value, after `=`."""


def _colon_letters(line: str, context: _Context) -> Iterator[_Hit]:
    """A word of letters after a password word (or a short label) and a colon, but as a nested
    mapping's key."""
    folded = _fold(line)
    matches = [*(_COLON.finditer(line) if _NEEDED(folded) else ()),
               *(_SHORT_COLON.finditer(line) if _SHORT_HINT.search(folded) else ())]
    for match in matches:
        value = match.group("value")
        if match.group("equals"):
            if value.lower() in _CODE_WORDS:
                continue
        elif match.start() and _NESTED_KEY.fullmatch(
                line, 0, line.index(":", match.start()) + 1):
            continue
        if _plain(value, bool(match.group("open"))):
            yield _famous_or_hit(line, match.start("value"), value)


def _any_script_stated(line: str, context: _Context) -> Iterator[_Hit]:
    """A word of letters not all Latin stated as the password (`Пароль — подсолнух.`):
    letter_passwords' statement with any letters for the value."""
    for match in _STATED_WORDS.finditer(line):
        value = match.group("value")
        if _NOT_LATIN.search(value) and _plain(value, bool(match.group("open"))):
            yield _famous_or_hit(line, match.start("value"), value)


def _plain(value: str, quoted: bool) -> bool:
    """A word that can be a password (letter_passwords.plain_password), in any script."""
    if not quoted and _NOT_LATIN.search(value) and _RUSSIAN_DESCRIBING.search(value.lower()):
        return False
    return plain_password(value, quoted)


_NEEDED = Words(_WORDS)
"""_WORDS, asked quickly (word_needs)."""


def needs(folded: str) -> bool:
    """A folded text holds a password word or a short label before a colon."""
    return _NEEDED(folded) or bool(_SHORT_HINT.search(folded))

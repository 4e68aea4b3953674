"""A secret written in groups the service shows it in (issue 19, branch atk54): a Google app
password's four groups of four letters after a password's word (`App password: abcd efgh ijkl
mnop`), and a VPN account's number, which is its login (Mullvad's 16 digits), after `account
number` (`Account number: 1234 5678 9012 3456`). The password rules read one token after the
sign, and a word of four letters is no password's shape; a number of digits in groups was read
as no secret at all (fs54 found both in a customer's message).

Only right after the word and its sign or verb (`:`, `=`, `is`), the groups alone up to the
line's or sentence's end: `password: abcd efgh` (two groups) or an account number of another
length is judged as before."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.letter_passwords import _FORMS
from kbgen.core.privacy.letter_passwords import needs as letter_needs
from kbgen.core.word_needs import Words

_SIGN = r"[ \t]*(?:[:=]|[ \t](?:is|was|ist|lautet|est|es))[ \t]*[\"'`*]*[ \t]*"
"""The sign or verb between the word and its value."""
_APP_PASSWORD = re.compile(
    folded_pattern(rf"(?i)(?<![a-z])(?:{'|'.join(re.escape(form) for form in _FORMS)})(?![a-z])"
    r"(?:[ \t]+(?:for|für|pour|para)[ \t]+[\w.@-]{1,60})?" + _SIGN
    + r"(?P<value>(?-i:[a-z]{4}(?:[ \t][a-z]{4}){3}))(?![\w-]|[ \t][a-z])"))
"""A password word, the sign, four groups of four lower-case letters (Google's app password)."""
_ACCOUNT_NUMBER = re.compile(
    r"(?i)(?<![a-z])(?:account[ \t]+(?:number|no\.?|#|id)|account[ \t]*#|kontonummer"
    r"|num[ée]ro[ \t]+de[ \t]+compte|n[úu]mero[ \t]+de[ \t]+cuenta|numero[ \t]+di[ \t]+account"
    r"|accountnummer)" + _SIGN
    + r"(?P<value>\d{4}(?P<gap>[ \t-]?)\d{4}(?P=gap)\d{4}(?P=gap)\d{4})(?![\w-])")
"""An account number's words, the sign, 16 digits (in groups of four or not)."""


_ACCOUNT_WORDS = Words(("account", "konto", "compte", "cuenta"))
"""What each of _ACCOUNT_NUMBER's labels holds, folded."""


def line_needs(folded: str) -> bool:
    """A folded line _APP_PASSWORD or _ACCOUNT_NUMBER may match: one of _FORMS (asked as
    letter_passwords asks them) or an account's word, or any line with a letter beyond ASCII
    (re.I matches Cyrillic `о` with `ᲂ`, which folds to neither: only ASCII words are found
    in a folded text wherever re.I finds them). A superset for a line, unlike `needs`, which
    holds only `pass` of _FORMS' words (cpu55: `Wachtwoord: abcd efgh ijkl mnop` alone in a
    text is not read)."""
    return not folded.isascii() or letter_needs(folded) or _ACCOUNT_WORDS(folded)


def _grouped_secrets(line: str, context: _Context) -> Iterator[_Hit]:
    """An app password in four groups of letters, an account number in 16 digits."""
    for pattern in (_APP_PASSWORD, _ACCOUNT_NUMBER):
        for match in pattern.finditer(line):
            value = match.group("value")
            if len(set(value.replace(" ", ""))) > 2:  # not `aaaa aaaa aaaa aaaa`, `0000 …`
                yield _famous_or_hit(line, match.start("value"), value)

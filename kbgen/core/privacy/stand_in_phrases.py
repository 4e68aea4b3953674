"""Values spelt as a phrase naming the secret and where it goes, for the gate (issue 19, branch
fh52).

matrix-docker-ansible-deploy's guides give every bot's password as `"PASSWORD_FOR_THE_BOT"`,
a GitHub key as `"GITHUB_PRIVATE_KEY_HERE"`, S3's as `"secret-key-goes-here"` and a bridge's
tokens as `'secret token from bridge'`: the reader's own value goes there. The spelt
placeholders of kbgen.core.examples allow one word of the value's own beside the credential's
name and its qualifiers (`my_robot_password`); these phrases say where the value goes (`for`,
`here`, `from`) and hold two (`for the bot`, `GITHUB_PRIVATE`).

Accepted only when all of these hold: a password or token (never a service's key); the value
is 2 to 6 words of letters alone, all upper or all lower case, joined by `_`, `-` or single
spaces; one word names a secret (`password`, `secret`, `key`, `token`, `passphrase`), one says
where it goes (`here`, `goes`, `for`, `from`, `your`, `insert`, `paste`, `replace`, `put`), and
at most MAX_OWN_WORDS others of its own read as words (kbgen.core.placeholder_words.word_like);
an htpasswd pair may follow the phrase with an elided digest (`YOUR_USERNAME_HERE:$apr1$...`,
the user's name in place of the secret's); and the line says whose nothing
(told_cases.says_whose: `the customer's`, `Jane's`). A digit, a mixed case (`Jane_Doe`), a
third word of its own (`mango-tango-kiwi-secret-here`) or a phrase naming no place
(`SUNFLOWER_PASSWORD`) stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.told_cases import says_whose
from kbgen.core.stand_in_words import own_word

REASON = ("a phrase naming the secret and where it goes in its place (`PASSWORD_FOR_THE_BOT`,"
          " `secret-key-goes-here`)")

SECRET_WORDS = frozenset({"password", "passwd", "pass", "passphrase", "secret", "key", "token",
                          "apikey", "credential", "credentials"})
"""Words naming the secret the phrase stands for."""
PLACE_WORDS = frozenset({"here", "goes", "for", "from", "your", "insert", "paste", "replace",
                         "put"})
"""Words saying where the reader's own value goes (`…_HERE`, `…_FOR_THE_BOT`)."""
WEAK_PLACE_WORDS = frozenset({"for", "from"})
"""Place words a passphrase holds as often (`secret-from-grandma`, `key-for-paris-zoe`): alone,
they name a place only in a stand-in's spelling, upper case or spaced words (`PASSWORD_FOR_THE
_BOT`, `secret token from bridge`), never in a lower-case joined phrase (rev53)."""
FILLERS = frozenset({"the", "a", "an", "of", "to", "this", "that"})
"""Words joining the others."""
MAX_OWN_WORDS = 2
"""Words of the phrase's own (`GITHUB_PRIVATE`, `bridge`); a third makes it a passphrase."""

_PHRASE = re.compile(r"(?P<phrase>[A-Za-z]+(?:[-_ ][A-Za-z]+){1,5})"
                     r"(?P<pair>:\$[a-z0-9]{1,8}\$(?:\.{3}|…))?")
"""The value: words joined by `_`, `-` or a space, maybe an htpasswd pair's elided digest."""
_ELIDED_PAIR_WORDS = frozenset({"user", "username", "name", "login"})
"""What an htpasswd pair's phrase stands for instead of a secret (its first half)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values spelt as a phrase naming the secret and where it goes, on lines
    saying whose nothing."""
    return line_rules.accepted(found, context, REASON,
                               lambda _, line, hit: stand_in(line[hit.start:hit.end]),
                               lambda _, line: not says_whose(line))


def stand_in(value: str) -> bool:
    """`value` is a phrase naming the secret and where it goes (`PASSWORD_FOR_THE_BOT`)."""
    if own_word(value):
        return False  # `your-sunflower-key`: `your` and a word describing nothing (leak54)
    match = _PHRASE.fullmatch(value)
    if match is None:
        return False
    phrase = match.group("phrase")
    if not (phrase.isupper() or phrase.islower()):
        return False
    words = re.split(r"[-_ ]", phrase.lower())
    named = SECRET_WORDS | (_ELIDED_PAIR_WORDS if match.group("pair") else frozenset())
    own = [word for word in words
           if word not in named and word not in PLACE_WORDS and word not in FILLERS]
    places = PLACE_WORDS.intersection(words)
    if places and places <= WEAK_PLACE_WORDS and not (phrase.isupper() or " " in phrase):
        return False
    return (bool(named.intersection(words)) and bool(places)
            and len(own) <= MAX_OWN_WORDS and all(word_like(word) for word in own))

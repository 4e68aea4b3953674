"""Spelt placeholders stated in prose as a password (`the password is mysecretpassword`,
`Passwort lautet supersecret`, `password mysecretpassword`).

In code and configuration a value spelt from credential words (`POSTGRES_PASSWORD=
mysecretpassword`, the Postgres image's documented example) is a template's stand-in, and
kbgen.core.examples accepts it. A sentence that tells the reader what a password *is* states
a real one: a placeholder in prose is written `<password>` or "a password of your choice", so
there the same value is a finding. Letters-only values count only when every word of them is a
credential word or a qualifier (`mysecretpassword`, `supersecret`): `the password is
incorrect` stays prose."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import examples
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.word_needs import Words

_WORDS = (r"password|passphrase|passcode|passwort|kennwort|wachtwoord|contrase[ñn]a|senha"
          r"|mot de passe|l[öo]senord|salasana|has[łl]o")

_STATED = re.compile(
    rf"(?i)(?<![\w-])(?:{_WORDS})(?![\w-])"
    r"(?:[ \t]+(?:[\w.-]+[ \t]+){0,4}?(?:is|was|remains|stays|ist|lautet|hei(?:ß|ss)t|est|es"
    r"|é|är|on|jest|to|as))?"
    r"(?:[ \t]+(?:now|still|currently|set[ \t]+to|changed[ \t]+to))*"
    r"""[ \t]+(?:\*\*|__|["'`“‘])*(?P<value>[A-Za-z0-9_.-]{6,48})(?![\w@/=:-])""")
"""A password word, a few words and a verb (or none), then one word: a statement in prose,
not an assignment (no `=`, `:`) or a command's argument."""


_STAND_IN = re.compile(r"(?i)your|<|\{")


def _stated_value(value: str) -> bool:
    """A value a person would set: not a stand-in's convention, capitals (`YOUR_PASSWORD`,
    `ALTER USER … WITH PASSWORD 'NEW_PASSWORD'`) or `your` addressed to the reader."""
    return not value.isupper() and not _STAND_IN.search(value)


_HINTS = ("pass", "wort", "wachtwoord", "contrase", "senha", "senord", "salasana", "hasł",
          "hasl")
"""What a folded line holds for _STATED to match in it: searched first, cheaply."""
_HINTED = Words(_HINTS)


def stated_in_prose(line: str, start: int) -> bool:
    """The value at `start` is stated as a password by the sentence before it."""
    for match in _STATED.finditer(line, max(0, start - 120), start + 49):
        if match.start("value") == start:
            return _stated_value(match.group("value"))
    return False


_COMPOUND_NOUNS = frozenset({"credential", "credentials"})
_WORD_BEFORE = re.compile(rf"(?i)(?:{_WORDS})[ \t]+$")


def _compound_noun(line: str, match: re.Match[str]) -> bool:
    """`Password Credentials` (OAuth's grant), `password credential`: a noun after the
    password word with no verb between, a term, not a password stated; `the password is
    credentials` stays one."""
    return (match.group("value").rstrip(".").lower() in _COMPOUND_NOUNS
            and bool(_WORD_BEFORE.search(line, match.start(), match.start("value"))))


def _stated_placeholders(line: str, context: _Context) -> Iterator[_Hit]:
    """A value spelt from credential words stated in prose as the password."""
    folded = line.lower()
    if not _HINTED(folded):
        return
    for match in _STATED.finditer(line):
        value = match.group("value").rstrip(".")
        if _compound_noun(line, match):
            continue
        if _stated_value(value) and examples.spelt_placeholder(value):
            start = match.start("value")
            yield _Hit(start, start + len(value), PASSWORD, _mask_secret(value))

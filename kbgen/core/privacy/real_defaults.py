"""A default credential given as a deployment's own (issue 19, branch leak42): `Our production
database login is postgres / postgres`, `user: postgres, password: postgres (production)`,
`Unser Server: Benutzer root, Passwort root`. kbgen accepts `postgres`, `admin` and `root` as
what every installation starts with (examples.DEFAULT_CREDENTIALS) unless a real case is named
before the value; a line saying whose (`our`, `unser`, `notre`, `наш`) or which system
(`production`, `live`, after the value too) states the live one, and an installation left at
its default is as open as any published password.

The finding covers the stated credential (the pair, or the password word and its value), so
the default rule, which reads the value alone, does not accept it. A line that tells the
reader to change a default or never to use it (`change`, `never`, `don't`, `by default`,
`factory`), or says it is a demo's or an example's, is advice, not a statement."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.examples import DEFAULT_CREDENTIALS
from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.word_needs import Words

_DEFAULT_WORDS = DEFAULT_CREDENTIALS - {"user", "password", "pass", "secret", "test", "demo",
                                        "default"}
"""Defaults a live system can be left at (not the words that name a field or a test)."""
_DEFAULTS = "|".join(sorted(_DEFAULT_WORDS, key=len, reverse=True))

_OWNED_WORDS = ("our", "ours", "unser", "unsere", "unserem", "unseren", "unserer", "notre",
                "nos", "nuestro", "nuestra", "nuestros", "nossa", "nosso", "nostro", "nostra",
                "onze", "vår", "vårt", "наш", "наша", "наши", "нашего", "production", "prod",
                "live", "produktiv", "produktion", "produktionsserver", "producción",
                "produção", "produzione", "productie", "продакшн", "прод", "боевой")
"""Words saying the credential is a deployment's own or its live system's; folded."""

_OWNED = re.compile(folded_pattern("(?i)(?<![^\\W\\d_])(?:" + "|".join(sorted(
    {*_OWNED_WORDS, *(normalize_text(word).lower() for word in _OWNED_WORDS)}, key=len,
    reverse=True)) + ")(?![^\\W\\d_])"))

_ADVICE = re.compile(r"(?i)\b(?:change[sd]?|changing|never|don'?t|do[ \t]+not|must[ \t]+not"
                     r"|by[ \t]+default|defaults?|factory|out[ \t]+of[ \t]+the[ \t]+box|example"
                     r"|demo|sample|tutorial|test(?:ing)?|beispiel|exemple|ejemplo"
                     r"|replace|ändern|niemals|standard|changez|jamais|cambia|nunca|wijzig)\b")



def _read(pattern: str) -> str:
    """`pattern`, its Cyrillic words also as the scanner reads them (look-alikes made Latin)."""
    return pattern + "|" + normalize_text(pattern).lower()


_LOGIN_WORD = _read(r"log[ \t-]?in|user(?:[ \t]*name)?|credentials?|creds|account|benutzer(?:name)?"
                    r"|anmeldung|zugang(?:sdaten)?|identifiants?|usuario|usu[áa]rio|utente"
                    r"|gebruiker|логин|пользователь")
_PASSWORD_WORD = _read(r"pass(?:word|wd)?|pwd|passwort|kennwort|mot[ \t]+de[ \t]+passe"
                       r"|contrase[ñn]a|senha|wachtwoord|пароль")

_STATED = re.compile(
    folded_pattern(
    rf"(?i)(?<![\w-])(?:(?:{_LOGIN_WORD})\S{{0,3}}(?:[ \t]+\S+){{0,3}}?[ \t]*(?:is|ist|est|:|=)?"
    rf"[ \t]*[\"'`]?(?P<user>[a-z][\w.-]{{0,30}})[\"'`]?[ \t]*(?:/|:)[ \t]*[\"'`]?"
    rf"(?P<pair>{_DEFAULTS})[\"'`]?(?![\w@/-])"
    rf"|(?:{_PASSWORD_WORD})(?:[ \t]+(?:is|ist|est|es|é|lautet))?[ \t]*[:=]?[ \t]*[\"'`]?"
    rf"(?P<value>{_DEFAULTS})[\"'`]?(?![\w@/-]|\.\w)"
    rf"|(?<![\w/.-])(?:{_DEFAULTS})[ \t]*/[ \t]*(?P<both>{_DEFAULTS})(?![\w/.-]))"))
"""A login and a default password (`login is postgres / postgres`), a password word and a
default value (`password: postgres`, `with password postgres`, `Passwort root`), or a pair of
defaults alone (`admin / admin`)."""


def _real_defaults(line: str, context: _Context) -> Iterator[_Hit]:
    """A default credential stated on a line saying whose or which live system it is."""
    if not _DEFAULTED(line.lower()) or not _stated_as_live(line):
        return  # asked of every line of a text holding a default: its words first
    for match in _STATED.finditer(line):
        yield _Hit(match.start(), match.end(), PASSWORD,
                   _mask_secret(match.group("pair") or match.group("value") or match.group("both")))


_COMMENT = re.compile(r"[ \t](?:#|//)[ \t]")

_ELSEWHERE = re.compile(r"(?i)\b(?:from|in|via|vault|stored|kept|env|environment|secrets?"
                        r"|set[ \t]+by|aus|dans|desde)\b")
"""A comment saying where the live value is kept (`password: changeme  # prod: from vault`)."""


def _stated_as_live(line: str) -> bool:
    """The line says whose or which live system the credential is (_OWNED) and gives no advice
    (_ADVICE); said only in a trailing comment naming where the live value is kept, it points
    elsewhere."""
    if _ADVICE.search(line):
        return False
    comment = _COMMENT.search(line)
    code = line[:comment.start()] if comment else line
    if _OWNED.search(code):
        return True
    return comment is not None and bool(_OWNED.search(line, comment.end())) and not \
        _ELSEWHERE.search(line, comment.end())


_DEFAULTED = Words(_DEFAULT_WORDS)
"""_DEFAULT_WORDS, asked quickly (word_needs)."""


def needs(text: str, folded: str) -> bool:
    """A folded text holds a default credential's word."""
    return _DEFAULTED(folded)

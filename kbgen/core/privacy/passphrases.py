"""A passphrase of words as a secret's value (issue 19, branch leak39).

`existingSecret: correct-horse-battery-staple`, `password: "tangerine walrus obelisk fjord"`,
`DB_PASSPHRASE=maple_orbit_canyon_velvet`: every password rule asks for digits or symbols
(a word is prose), so a diceware passphrase after a secret's key was published. Here three
or more plain words joined by one `-` or `_` (or by spaces, quoted; dots join code's names:
`req.cookies.get`), none of them a word
that names a thing (`grafana-admin-credentials`, `my-release-postgresql`, `your-secret-here`
name a Kubernetes Secret or ask for a value), are a password; after a key that names a
secret object (`existingSecret`, `secretName`), four or more."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _famous_or_hit, _Hit
from kbgen.core.privacy.translated_yours import translated_stand_in
from kbgen.core.word_needs import Words

_KEY = (r"(?P<key>[\w.-]{0,40}?(?:pass(?:word|phrase|wd)?|pwd|secret|token|api[_-]?key)"
        r"[\w.-]{0,20})")
"""A key naming a secret."""

_WORD = r"[a-z]{3,12}"

_PHRASE = re.compile(
    rf"(?i)(?<![\w.-]){_KEY}[\"'`*]*[ \t]*(?:[:=]|\bis\b|\|)[ \t]*[`*]*"
    rf"(?:(?P<q>[\"'])(?P<quoted>{_WORD}"
    rf"(?:(?P<qs>[ _-]){_WORD})(?:(?P=qs){_WORD}){{1,8}})(?P=q)"
    rf"|(?P<value>{_WORD}(?:(?P<s>[_-]){_WORD})(?:(?P=s){_WORD}){{1,8}})"
    r"(?![\w(-]|[.:/@]\w))")
"""The key, `:`, `=`, `is` or a cell's end, three to ten words (joined by one mark, or quoted
and spaced)."""

_OBJECT_KEY = re.compile(r"(?i)existing|name|ref|object|file|path|store|provider|mount|volume"
                         r"|manager|backend|engine")
"""A key whose value may name where a secret is kept (a Kubernetes Secret, a file)."""

_ABOUT_KEY = re.compile(r"(?i)type|kind|class|length|policy|rotation|mode|format|strategy"
                        r"|method|algorithm|hash|min|max|expir|ttl|lifetime|prompt|hint|reset"
                        r"|label|field|help|description|title|complexity|rule")
"""A key whose value says what a secret is like, not the secret."""

THING_WORDS = frozenset((
    "secret secrets credential credentials creds cred tls ssl cert certs certificate key keys "
    "token tokens password passwords passwd pass passphrase auth oauth admin user users root "
    "database postgres postgresql mysql mariadb redis mongo mongodb sqlite app apps api env "
    "config conf settings prod production staging stage dev develop development test tests "
    "testing release chart name names my your our their the this that example examples sample "
    "default changeme change placeholder here value values local vault store file files path "
    "ref kube cluster service services server client web backend frontend ingress issuer "
    "letsencrypt acme smtp mail email ldap sso oidc saml jwt aws gcp azure bucket registry "
    "docker helm operator controller not real use own set new old generated random strong long "
    "replace insert enter put with from for and none null true false empty unset required "
    "optional hidden masked redacted dummy fake foo bar baz qux demo temp tmp xxx abc private "
    "public internal external access read write only login account system main master primary "
    "replica backup cache queue worker job cron data storage disk volume mount pod pods node "
    "nodes namespace deployment stack project team org company site website domain host "
    "hostname network proxy gateway webhook hook bot sops sealed encrypted plain text string"
).split())
"""Words that name a thing, a role or a placeholder: a value holding one is a name or a
request, not a passphrase."""


def _passphrase(words: list[str], object_key: bool) -> bool:
    lowered = [word.lower() for word in words]
    return (len(words) >= (4 if object_key else 3)
            and THING_WORDS.isdisjoint(lowered) and len(set(lowered)) == len(lowered))


def _passphrases(line: str, context: _Context) -> Iterator[_Hit]:
    """A passphrase of plain words after a secret's key."""
    if not any(mark in line for mark in "-_\"'"):
        return  # words are joined by a mark or quoted
    for match in _PHRASE.finditer(line):
        group = "quoted" if match.group("quoted") is not None else "value"
        value = match.group(group)
        key = match.group("key")
        if _ABOUT_KEY.search(key):
            continue
        if translated_stand_in(value):
            continue  # `JOUW_GEHEIME_SLEUTEL`: `YOUR_SECRET_KEY` in Dutch
        if _passphrase(re.split(r"[ _-]", value), bool(_OBJECT_KEY.search(key))):
            yield _famous_or_hit(line, match.start(group), value)


_NEEDED = Words(("pass", "pwd", "secret", "token", "key"))


def needs(folded: str) -> bool:
    """A folded text may hold a secret's key (a cheap superset)."""
    return _NEEDED(folded)

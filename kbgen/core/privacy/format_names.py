"""The name of an encoding, a digest or a protocol that a sentence about a secret says, for the
gate (issue 19, branch fr52).

Traefik's API key middleware describes `secretNonBase64Encoded` as "Defines whether the secret
sent by the client is base64 encoded."; NetBird's and Synapse's configuration references
describe `client_secret` as "OAuth2 client secret to use". The password rules read the word
after `secret … is` or after the setting's name as its value; the word names a format
(`base64`, `sha256`) or a protocol (`OAuth2`) and the sentence goes on to say what is done in
it (`encoded`, `hashed`, `client secret`).

Accepted only when all of these hold: a password or token (never a service's key) that is one
of those names (`_NAMES`), followed on its line by a word saying what is done in it or what
it is for (`_SAID_OF`: `encoded`, `hashed`, `client`, `format`, …), and a line saying nothing
of whose (`our oauth2 client password`, a customer's; `client` alone names the software
that sends the secret, as `_SOFTWARE_CLIENT` reads it); and the rest of its sentence gives no
value: no `:`, `=`, quote or digit (atk52: `The password is base64 encoded: S3cr3tPass99`,
`OAuth2 client secret Kq8vTz2mWx9pLr4n`, whose value the rule's hit stood in for).
`password: sha256` alone, or `The password is base64 until Monday`, stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit

REASON = "the name of an encoding, a digest or a protocol in a sentence about a secret"

_NAMES = frozenset({
    "base16", "base32", "base58", "base62", "base64", "base64url", "base85", "hex", "ascii",
    "utf8", "utf-8", "utf16", "utf-16", "md5", "sha1", "sha-1", "sha224", "sha256", "sha-256",
    "sha384", "sha512", "sha-512", "sha3", "bcrypt", "scrypt", "argon2", "argon2i", "argon2id",
    "pbkdf2", "hmac", "aes128", "aes256", "aes-256", "rsa", "ecdsa", "ed25519", "x509",
    "x.509", "pem", "der", "pkcs8", "pkcs12", "oauth", "oauth1", "oauth2", "oidc", "saml",
    "saml2", "totp", "hotp", "jwt", "jwk", "jwks"})
"""Formats, digests, ciphers and protocols that a secret is written, kept or used in."""
_SAID_OF = re.compile(
    r"(?i)[ \t]+(?:encoded|encoding|decoded|hashed|hash(?:es)?|digests?|signed|signatures?"
    r"|encrypted|encryption|formatted|format|strings?|text|client|clients|flow|grants?"
    r"|tokens?|keys?|secrets?|credentials?|providers?|scheme|standard|algorithm)\b")
"""A word after the name saying what is done in it or what it is for."""
MAX_SENTENCE = 200
"""How much of the sentence after the name is read (a line of many names reads each once)."""
_SENTENCE_END = re.compile(r"\.(?:\s|$)|\||$")
_GIVES_VALUE = re.compile(r"[:=\"'`\d]|[a-z][A-Z]")
"""What in the rest of the sentence sets or shows a value (`: S3cr3t`, `Kq8vTz`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but format names in a sentence saying what is done in them."""
    return line_rules.accepted(found, context, REASON, lambda _, line, hit: named(line, hit),
                               lambda _, line: not _says_whose(line))


_SOFTWARE_CLIENT = re.compile(
    r"(?i)\b(?:(?:the|a|an|each|every|your|public|confidential|oauth2?|oidc)[ \t]+clients?"
    r"|clients?(?=[ \t]+(?:secrets?|ids?|credentials?|apps?|applications?|certificates?)\b))"
    r"\b(?!['’])")
"""`client` as software: after an article or a kind of client (`sent by the client`, `public
clients`) or before what a client holds (`client secret`); a client's case keeps its possessive
(`the client's secret`) and other languages' articles (`le secret du client`)."""


def _says_whose(line: str) -> bool:
    """The line places the value with someone (surroundings.names_whose), `client` read as
    software."""
    return surroundings.names_whose(_SOFTWARE_CLIENT.sub(" ", line))


def named(line: str, hit: _Hit) -> bool:
    """The value `hit` found in `line` names a format the words after it say is used."""
    if line[hit.start:hit.end].lower() not in _NAMES or _SAID_OF.match(line, hit.end) is None:
        return False
    end = _SENTENCE_END.search(line, hit.end, hit.end + MAX_SENTENCE)
    return _GIVES_VALUE.search(line, hit.end, end.start() if end else len(line)) is None

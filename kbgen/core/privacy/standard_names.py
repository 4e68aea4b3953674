"""A standard's name opening a setting's description, read as its value, for the gate (issue
19, branch fq52).

Reference pages describe a secret setting in a sentence that starts with the standard it
belongs to: Synapse's `` * `client_secret` (string|null): OAuth2 client secret to use. ``,
NetBird's `` | `AUTH_CLIENT_SECRET` | OAuth2 client secret for confidential clients. ``. The
password rules read the word after the setting's name as its value, and `OAuth2` has capitals
and a digit.

Accepted only when all of these hold: the value is a standard's or scheme's name and a short
version, nothing else (`OAuth2`, `SHA256`, `HS256`, `AES-256`, `X509`, `IPv6`, `TLS1.3`,
`Base64`, `UTF-8`, `PKCS12`, `Ed25519`); the word after it names what the standard makes
(the sentence describing the setting: `OAuth2 client secret to use`, `SHA256 hash`, `X509
certificate`); and the line says
nothing of whose (surroundings._placed_case: a customer's case, our side, a company,
someone's; `client` alone names the setting's kind, `client secret`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a standard's name opening the description of a setting (`OAuth2 client secret …`)"

_STANDARD = re.compile(
    r"(?i)(?:oauth|sha|aes|hs|rs|es|ps|x|ipv|tls|ssl|base|utf|md|pkcs|ed|rsa|http)[-_]?"
    r"(?!(?:19|20)\d\d(?!\d))\d{1,5}(?:\.\d)?")
"""A standard's or scheme's name and its version (`OAuth2`, `SHA256`, `Ed25519`; never a year:
`Oauth2024` is a password's shape)."""
_DESCRIBED = re.compile(
    r"[ \t]+(?:client|secret|key|token|signature|hash|digest|algorithm|certificate|encryption"
    r"|flow|grant|provider|scope|cipher|encoding)s?\b")
"""The description going on with what the standard names (` client secret to use`, ` hash`)."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but standards' names opening a setting's description."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor \
                and _STANDARD.fullmatch(line, hit.start, hit.end) \
                and _DESCRIBED.match(line, hit.end) and not surroundings._placed_case(line):
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit

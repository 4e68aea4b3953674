"""The address of a public key set or a discovery document, for the gate (issue 19).

NetBird's `"AuthKeysLocation": "https://auth.example.org/jwks.json"`: the setting's name says
keys, but its value is where an identity provider publishes its public keys (a JSON Web Key
Set) or its OpenID discovery document (`/.well-known/...`), served to everyone. Only such an
address alone: a user and password in it (`https://admin:Kq8v...@...`), a query or a fragment
(`jwks.json?token=...`), any other path (a webhook's secret path), or a folder on the way that
is no word (`/Kq8vNz3Lw2PdXy7T/jwks.json`, a capability's path) stay findings.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import word_like

REASON = "the address of a public key set or discovery document (jwks.json, .well-known)"

_PUBLIC_URL = re.compile(
    r"""(?i)["'`]?https?://[A-Za-z0-9.-]*(?::\d{1,5})?"""
    r"""((?:/[A-Za-z0-9._~-]+)*?)(?:/jwks(?:\.json)?|/certs|/\.well-known/[a-z0-9._/-]+)"""
    r"""/?["'`]?""")
_VERSION = re.compile(r"v\d{1,2}")


def public_key_url(value: str) -> bool:
    """`value` is the address of a public key set or discovery document, and nothing else."""
    found = _PUBLIC_URL.fullmatch(value)
    return found is not None and all(_worded(folder) for folder in found.group(1).split("/")[1:])


def _worded(folder: str) -> bool:
    """A folder of the path is a version or lower-case words (`oauth2`, `openid-connect`)."""
    return bool(_VERSION.fullmatch(folder)) or bool(re.fullmatch(r"[a-z0-9-]+", folder)) and all(
        len(part) <= 3 or _word(part.rstrip("0123456789")) for part in folder.split("-"))


def _word(letters: str) -> bool:
    return letters.isalpha() and word_like(letters)

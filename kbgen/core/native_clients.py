"""The secret of a native app's OAuth client, for the gate (issue 19): a warning, not an
error.

Authelia's ownCloud guide registers ownCloud's desktop, Android and iOS apps: each client's
`redirect_uris` are the app itself (`http://127.0.0.1`, `oc://android.owncloud.com`), and its
`client_secret` is the one ownCloud builds into every copy of the app. RFC 8252 (8.5):
"Secrets that are statically included as part of an app distributed to multiple users should
not be treated as confidential secrets". So the secret of a client entry whose every redirect
URI is a loopback address with no port or path, or a private-use scheme (not http/https),
publishes with advice (check it is the vendor's published one). A client redirecting to a web
address (`https://app.acme-corp.com/callback`), to a server on the reader's computer
(`http://localhost:3000/callback`: a web app in development), to a network's scheme
(`wss://`, `ftp://`, `redis://`, `smb://`), to both kinds, or with no redirect URIs stays an
error; so does an entry saying it is a deployment's (`# our production portal`), and a secret
outside that client's entry.
"""

from __future__ import annotations

import re

from kbgen.core.claim_words import CASE, LIVE, OUR, words

ADVICE = ("the secret of a native app's client (its redirect URIs are the app itself; RFC 8252 "
          "says such secrets ship in every copy of the app): check it is the one the vendor "
          "publishes; this is a warning, the page is published")
MAX_ENTRY_LINES = 60
"""How far a client's entry is read above and below its secret."""

_WHOSE = re.compile(r"(?i)(?<![a-z])(?:our|my|prod|production|live|staging|internal|customers?|"
                    + words(OUR, LIVE, CASE, english=False) + r")(?![a-z])")
"""Words saying the entry is a real deployment's (`# our production portal`): no app's."""
_SECRET_KEY = re.compile(r"""^([ \t]*(?:-[ \t]+)?)["']?client_?secret["']?[ \t]*:""", re.I)
_ENTRY = re.compile(r"^([ \t]*)-[ \t]+\S")
_REDIRECTS = re.compile(r"""^([ \t]*)["']?redirect_?uris["']?[ \t]*:[ \t]*$""", re.I)
_ITEM = re.compile(r"""^([ \t]*)-[ \t]+["']?([^"'\s]+)["']?[ \t]*$""")
_LOOPBACK = re.compile(r"(?i)http://(?:127\.0\.0\.1|localhost|\[::1\])/?")
_NETWORK_SCHEMES = (
    r"https?|wss?|s?ftps?|ssh|scp|rsync|ldaps?|smtps?|imaps?|pop3s?|file|mailto|data|javascript"
    r"|redis|rediss|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|mariadb|jdbc|amqps?|mqtts?|kafka"
    r"|nats|smb|cifs|nfs|afp|webdavs?|davs?|git|svn|s3|gs|tcp|udp|telnet|vnc|rdp|sips?|xmpp"
    r"|ircs?|rtsps?|rtmps?|ipfs")
"""Schemes of network services (a database, a file share, a queue): a server's, not an app's."""
_APP_SCHEME = re.compile(rf"(?i)(?!(?:{_NETWORK_SCHEMES})[:+])[a-z][a-z0-9+.-]*:/{{0,2}}[\w.-]*/?")
"""An app's own scheme (`oc://android.owncloud.com`, `com.example.app:/`), not a network's."""


def native_client_secret(lines: list[str], index: int) -> bool:
    """Line `index` gives the `client_secret` of a client entry whose redirect URIs all lead
    back to a native app."""
    secret = _SECRET_KEY.match(lines[index])
    if secret is None:
        return False
    indent = len(secret.group(1))
    start = _entry_start(lines, index, indent)
    if start is None:
        return False
    dash = len(lines[start]) - len(lines[start].lstrip())
    uris: list[str] = []
    end = min(len(lines), start + MAX_ENTRY_LINES)
    position = start + 1
    while position < end:
        line = lines[position]
        if line.strip() and len(line) - len(line.lstrip()) <= dash:
            break  # the next client, or the list's end
        redirects = _REDIRECTS.match(line)
        if redirects:
            position, found = _items(lines, position + 1, end, len(redirects.group(1)))
            uris += found
            continue
        position += 1
    entry = lines[max(0, start - 1):position]  # with a comment line above it
    return bool(uris) and all(_native(uri) for uri in uris) and not any(
        map(_WHOSE.search, entry))


def _entry_start(lines: list[str], index: int, indent: int) -> int | None:
    """The line opening the list item (`- client_id: ...`) that holds line `index`, whose keys
    are indented `indent`."""
    for above in range(index, max(-1, index - MAX_ENTRY_LINES), -1):
        line = lines[above]
        if not line.strip():
            continue
        entry = _ENTRY.match(line)
        if entry and len(entry.group(0)) - 1 == indent:
            return above
        if len(line) - len(line.lstrip()) < indent:
            return None  # left the entry without finding its start
    return None


def _items(lines: list[str], position: int, end: int, indent: int) -> tuple[int, list[str]]:
    """(line after the list, its values) of the list under a key indented `indent`."""
    values = []
    while position < end:
        item = _ITEM.match(lines[position])
        if item is None or len(item.group(1)) < indent:
            break
        values.append(item.group(2))
        position += 1
    return position, values


def _native(uri: str) -> bool:
    return bool(_LOOPBACK.fullmatch(uri) or _APP_SCHEME.fullmatch(uri))

"""Fediverse handles: public account names, not e-mail addresses.

Mastodon and the other ActivityPub servers name an account `@user@server`
(`@Gargron@mastodon.social`), and their APIs and WebFinger write it `acct:user@server` or
`"acct": "user@server"`. A handle is published by design (it is the account's public address
on the web), but it reads as an e-mail address.
It is accepted only where a leaked customer's address would not be:

- the page is about the fediverse (names Mastodon, ActivityPub, WebFinger, the fediverse or a
  well-known server software), and
- the name is written as a handle: a leading `@` glued to it, the `acct:` URI scheme (RFC 7565),
  or the value of an `acct` field or query parameter, and
- the user name is one a fediverse server allows (letters, digits and `_`, 30 at most): no dot,
  so `jane.doe@acme.com` is never one, and
- the server is no free mail provider's (`@jane@gmail.com` is an e-mail address with an `@`
  typed before it: no fediverse server runs at gmail.com).

A pasted e-mail address has none of these shapes, and an address written as a handle at a mail
provider is still found.
"""

from __future__ import annotations

import re

from kbgen.core.mailboxes import FREE_MAIL

REASON = "a fediverse handle (`@user@server`), a public account name, not an e-mail address"
_ABOUT = re.compile(r"(?i)(?<![\w.@/-])(?:mastodon|fediverse|activitypub|webfinger|pleroma|akkoma"
                    r"|misskey|pixelfed|friendica|gotosocial|lemmy|peertube)(?![\w-]|\.\w)")
"""A word naming the fediverse in prose, not inside a host name (`mastodon.social`)."""
_USER_NAME = re.compile(r"[A-Za-z0-9_]{1,30}")
_HANDLE_BEFORE = re.compile(r"""(?:(?<![\w.%+-])@|(?<![\w-])acct:|["']acct["']\s*:\s*["']"""
                            r"""|[?&]acct=)$""")
_LOOK_BACK = 16


def about_fediverse(text: str) -> bool:
    """The text names the fediverse or one of its server programs."""
    return bool(_ABOUT.search(text))


def handle(line: str, start: int, local: str, domain: str) -> bool:
    """The e-mail-like `local@domain` at `start` of `line` is written as a fediverse handle at
    a server that is no mail provider's (the page's subject is checked by the caller)."""
    if not _USER_NAME.fullmatch(local):
        return False
    if domain.lower().split(".", 1)[0] in FREE_MAIL:
        return False
    return bool(_HANDLE_BEFORE.search(line[max(0, start - _LOOK_BACK):start]))

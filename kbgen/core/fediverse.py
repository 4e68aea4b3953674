"""Fediverse handles: public account names, not e-mail addresses.

Mastodon and the other ActivityPub servers name an account `@user@server`
(`@Gargron@mastodon.social`), and their APIs and WebFinger write it `acct:user@server` or
`"acct": "user@server"`. A handle is published by design (it is the account's public address
on the web), but it reads as an e-mail address.
It is accepted only where a leaked customer's address would not be:

- the name is written as a handle: a leading `@` glued to it on a page about the fediverse
  (one naming Mastodon, ActivityPub, WebFinger, the fediverse or a well-known server program
  in its prose), or in the `acct:` URI scheme (RFC 7565) or as the value of an `acct` field
  or query parameter, on such a page or beside the account's `"username"` (Mastodon's
  account JSON gives both, `"username": "amic"`, `"acct": "amic@nulled.red"`), and
- the user name is one a fediverse server allows (letters, digits and `_`, 30 at most): no dot,
  so `jane.doe@acme.com` is never one, and
- the server is no free mail provider's (`@jane@gmail.com` is an e-mail address with an `@`
  typed before it: no fediverse server runs at gmail.com).

A pasted e-mail address has none of these shapes, and an address written as a handle at a mail
provider is still found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kbgen.core.mailboxes import FREE_MAIL

REASON = "a fediverse handle (`@user@server`), a public account name, not an e-mail address"
_ABOUT = re.compile(r"(?i)(?<![\w.@/-])(?:mastodon|fediverse|activitypub|webfinger|pleroma|akkoma"
                    r"|misskey|pixelfed|friendica|gotosocial|lemmy|peertube)(?![\w-]|\.\w)")
"""A word naming the fediverse in prose, not inside a host name (`mastodon.social`)."""
_USER_NAME = re.compile(r"[A-Za-z0-9_]{1,30}")
_GLUED = re.compile(r"[\w.%+-]@$")
"""`a.b@jane@host`: the `@` ends another word, it does not start a handle."""
_LOOK_BACK = 16
_USER_NAME_FIELD = re.compile(r'"username\\?"\s*:\s*\\?"([A-Za-z0-9_]{1,30})\\?"')
"""A `"username"` field, also in JSON written inside a JSON string (`\\"username\\":\\"a\\"`)."""
_ACCT_BEFORE = re.compile(r"""(?:(?<![\w-])acct:|["']acct\\?["']\s*:\s*\\?["']|[?&]acct=)$""")


@dataclass(frozen=True)
class Page:
    """What a page says that makes `@user@server` a handle there."""

    about: bool = False
    """The page names the fediverse or one of its server programs in its prose."""
    user_names: frozenset[str] = frozenset()
    """Values of its `"username"` fields."""

    @classmethod
    def of(cls, text: str) -> Page:
        return cls(bool(_ABOUT.search(text)),
                   frozenset(_USER_NAME_FIELD.findall(text)) if '"username' in text
                   else frozenset())


NOT_FEDIVERSE = Page()


def handle(line: str, start: int, local: str, domain: str, page: Page) -> bool:
    """The e-mail-like `local@domain` at `start` of `line` is written as a fediverse handle at
    a server that is no mail provider's, where `page` makes it one."""
    if not (page.about or page.user_names) or not _USER_NAME.fullmatch(local):
        return False
    if domain.lower().split(".", 1)[0] in FREE_MAIL:
        return False
    before = line[max(0, start - _LOOK_BACK):start]
    if _ACCT_BEFORE.search(before):
        return page.about or local in page.user_names
    return page.about and before.endswith("@") and not _GLUED.search(before)

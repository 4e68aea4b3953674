"""Fediverse handles: public account names, not e-mail addresses.

Mastodon and the other ActivityPub servers name an account `@user@server`
(`@Gargron@mastodon.social`), and their APIs and WebFinger write it `acct:user@server` or
`"acct": "user@server"`. A handle is published by design (it is the account's public address
on the web), but it reads as an e-mail address.
It is accepted only where a leaked customer's address would not be:

- the name is written as a handle: a leading `@` glued to it, or in the `acct:` URI scheme
  (RFC 7565) or as the value of an `acct` field or query parameter, and
- the page shows it is one: a word naming the fediverse (Mastodon, ActivityPub, WebFinger,
  the fediverse or a well-known server program) in its prose within three lines of it, or the
  account's profile address (`https://nulled.red/@amic`) anywhere on the page (Mastodon's
  account JSON gives it beside `"username": "amic"` and `"acct": "amic@nulled.red"`), or, for
  `acct`, the account's `"username"` on the page (the API examples of Mastodon's docs leave the
  rest out, and some pages never name Mastodon); one mention of Mastodon at the top of a page
  makes no `@name@company.com` further down a handle. Known gap: a customer record with an
  `"acct"` field holding `name@company.com` beside `"username": "name"` is accepted as
  Mastodon's account JSON is (the two cannot be told apart by shape), and
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

from kbgen.core.mailboxes import at_free_mail

REASON = "a fediverse handle (`@user@server`), a public account name, not an e-mail address"
_ABOUT_WORDS = ("mastodon", "fediverse", "activitypub", "webfinger", "pleroma", "akkoma",
                "misskey", "pixelfed", "friendica", "gotosocial", "lemmy", "peertube")
_ABOUT = re.compile(r"(?i)(?<![A-Za-z0-9_.@/-])(?:" + "|".join(_ABOUT_WORDS) + r")"
                    r"(?![A-Za-z0-9_-]|\.\w)")
"""A word naming the fediverse in prose, not inside a host name (`mastodon.social`) or a
longer Latin word; a particle of another script may be glued to it (`Misskey의`,
`Mastodonの`: Korean and Japanese write no space there)."""


def _may_name(text: str) -> bool:
    """Whether a line of `text` may match _ABOUT: in ASCII (where re.I matches only ASCII
    letters) one of its words in the lower-cased text, a search each much quicker than
    _ABOUT's, which is tried at every character."""
    if not text.isascii():
        return bool(_ABOUT.search(text))
    lowered = text.lower()
    return any(word in lowered for word in _ABOUT_WORDS)


_USER_NAME = re.compile(r"[A-Za-z0-9_]{1,30}")
_GLUED = re.compile(r"[\w.%+-]@$")
"""`a.b@jane@host`: the `@` ends another word, it does not start a handle."""
_LOOK_BACK = 16
_USER_NAME_FIELD = re.compile(r'"username\\?"\s*:\s*\\?"([A-Za-z0-9_]{1,30})\\?"')
"""A `"username"` field, also in JSON written inside a JSON string (`\\"username\\":\\"a\\"`)."""
_PROFILE = re.compile(r"https?://([A-Za-z0-9.-]{1,253})/@([A-Za-z0-9_]{1,30})(?![\w@.])")
"""An account's profile address on its server (`https://mastodon.social/@Gargron`)."""
_NEAR = 3
_ADDRESS = re.compile(r"(?<![\w.%+-])[A-Za-z0-9_]{1,30}@[A-Za-z0-9.-]{1,253}")
"""How many lines from a word naming the fediverse a handle may be written."""
_ACCT_BEFORE = re.compile(r"""(?:(?<![\w-])acct:|["']acct\\?["']\s*:\s*\\?["']|[?&]acct=)$""")


@dataclass(frozen=True)
class Page:
    """What a page says that makes `@user@server` a handle there."""

    about: bool = False
    """The page names the fediverse or one of its server programs in its prose."""
    user_names: frozenset[str] = frozenset()
    """Values of its `"username"` fields."""
    near: frozenset[str] = frozenset()
    """`user@server` written within `_NEAR` lines of a word naming the fediverse, in lower
    case (compared with the address, so the same in a line and in its rendered view)."""
    profiles: frozenset[tuple[str, str]] = frozenset()
    """(user, server) of each profile address on it, in lower case."""

    @classmethod
    def of(cls, text: str) -> Page:
        lines = text.split("\n")
        named = [index for index, line in enumerate(lines) if _ABOUT.search(line)] \
            if _may_name(text) else []
        near_lines = sorted({near for index in named
                             for near in range(max(0, index - _NEAR),
                                               min(len(lines), index + _NEAR + 1))})
        near = {address.lower().rstrip(".-") for index in near_lines
                for address in _ADDRESS.findall(lines[index])}
        return cls(bool(named),
                   frozenset(_USER_NAME_FIELD.findall(text)) if '"username' in text
                   else frozenset(),
                   frozenset(near),
                   frozenset((user.lower(), server.lower())
                             for server, user in _PROFILE.findall(text)) if "/@" in text
                   else frozenset())


NOT_FEDIVERSE = Page()


def handle(line: str, start: int, local: str, domain: str, page: Page) -> bool:
    """The e-mail-like `local@domain` at `start` of `line` is written as a fediverse handle at
    a server that is no mail provider's, where `page` makes it one."""
    if not (page.about or page.user_names) or not _USER_NAME.fullmatch(local):
        return False
    if at_free_mail(domain):
        return False
    shown = ((local.lower(), domain.lower()) in page.profiles
             or f"{local}@{domain}".lower() in page.near)
    before = line[max(0, start - _LOOK_BACK):start]
    if _ACCT_BEFORE.search(before):
        return shown or local in page.user_names
    return shown and before.endswith("@") and not _GLUED.search(before)

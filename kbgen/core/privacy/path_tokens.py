"""A token as the segment of a URL's path after a word saying that the link opens something
(issue 19, branch leak42): `/invite/web-7d9f8b6c5-x2kqz`, `/reset-password/Kq8vNz3Lw2Pd`,
`/magic-link/…`, `/verify/…`. Path segments are read as record ids and names (url_parts), and
a pod-shaped value as a pod's name (workload_ids), so a capability link's key was published
unless it was hex. After such a word the segment is a key when it mixes letters and digits
(8-128 characters; a UUID stays a record's id). A public community's invitation
(`discord.com/invite/…`, `join.slack.com`, `t.me`, `chat.whatsapp.com`) is published on purpose
and stays, as do a documented example's hosts (`example.com`).

A URL's fragment that looks random is a key too (`…/jwks.json#Kq8vNz3Lw2Pd`: a fragment never
reaches the server, so capability links keep their keys there); an anchor's words and numbers
stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.image_urls import embedded_image
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.emails import _domain_allowed
from kbgen.core.privacy.model import NOTHING_ALLOWED, TOKEN
from kbgen.core.privacy.values import _is_placeholder, _word_share
from kbgen.core.word_needs import Words

_OPENING = (r"invite|invites|invitation|invitations|join|accept-invite|accept-invitation"
            r"|reset|reset-password|password-reset|reset_password|password_reset"
            r"|forgot-password|set-password|new-password|verify|verify-email|verification"
            r"|confirm|confirm-email|confirmation|activate|activation|magic|magic-link"
            r"|magic_link|login-link|signin-link|sign-in-link|one-time-login|otp|claim"
            r"|redeem|onboard|onboarding|unlock|tokens?|secret|private|capability|key")
"""A path's word saying that the next segment opens something (an invitation, a password's
reset, a login link)."""

_PATH_TOKEN = re.compile(
    rf"(?i)(?:(?P<scheme>\b[a-z][a-z0-9+.-]*://)(?P<host>[^/\s<>\"'`\])]{{1,253}})"
    r"|(?<![\w.:/-]))(?:/[^/\s<>\"'`\])?#]{0,100}){0,8}?"
    rf"/(?:{_OPENING})/(?P<value>[A-Za-z0-9_-]{{8,128}})(?=[/?#\s<>\"'`\]).,;:!|*]|$)")
"""A path (maybe after a scheme and host), one of _OPENING's words, then the segment."""

_PUBLIC_INVITES = re.compile(
    r"(?i)(?:^|\.)(?:discord\.com|discord\.gg|discordapp\.com|slack\.com|t\.me|telegram\.me"
    r"|whatsapp\.com|matrix\.to|gitter\.im|meetup\.com|zulipchat\.com|element\.io)$")
"""Hosts whose invitations a community publishes for anyone to join."""

_IMAGE_FILE = re.compile(r"(?i)\.(?:png|jpe?g|gif|webp|avif|svg)(?=[)\s\"'>?#]|$)")
"""An image file's extension ending the address: the segment is the file's name."""

_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?"
                   r"[0-9a-fA-F]{12}")


_FRAGMENT = re.compile(
    r"(?i)\b[a-z][a-z0-9+.-]*://(?P<address>[^\s<>\"'`\])#?]{1,2000})(?:\?[^\s<>\"'`\])#]*)?"
    r"#!?(?:[\w.-]{1,40}=)?(?P<value>[A-Za-z0-9_-]{8,128})(?=[\s<>\"'`\]).,;:!|*&]|$)")
"""A URL's fragment (`…/jwks.json#Kq8vNz3Lw2Pd`, `#!key`, `#key=…`): a browser never sends it,
so capability links keep their key there."""

_NO_ANCHORS = re.compile(r"(?i)(?:\.json|/jwks|/certs|/\.well-known/[\w./-]*)/?$")
"""An address serving JSON (a key set, a discovery document): it has no anchors, so any
fragment with digits is something else. An API's address is often its reference's page, whose
anchors carry numbers (`/api/v2#section-2-3`)."""

_RANDOM_PIECE = re.compile(r"(?=[^-_]*[a-z])(?=[^-_]*[A-Z])(?=[^-_]*\d)[A-Za-z0-9]{8,}")
"""A piece of a fragment as a generator writes it: both cases and a digit (an anchor is words:
`#step-2`, `#L10-L20`, `#cite_note-5`, `#WindowsVersion=Windows_10`)."""


def _path_tokens(line: str, context: _Context) -> Iterator[_Hit]:
    """The key of a capability link (_PATH_TOKEN) on a host that is no public community's, or
    a random URL fragment (_FRAGMENT)."""
    if "/" not in line:
        return
    for match in _PATH_TOKEN.finditer(line) if _OPENED(line.lower()) else ():
        host = (match.group("host") or "").split("@")[-1].split(":")[0]
        value = match.group("value")
        if _PUBLIC_INVITES.search(host) or _placeholder(host) or not _key_like(value):
            continue
        if not match.group("scheme") and _IMAGE_FILE.match(line, match.end("value")) \
                and embedded_image(line, match.start()):
            continue  # the site's own image the page shows (`/onboarding/01_netbird-sso.jpeg`)
        yield _Hit(match.start("value"), match.end("value"), TOKEN, _mask_secret(value))
    for match in _FRAGMENT.finditer(line) if "#" in line and "://" in line else ():
        value = match.group("value")
        if _placeholder(match.group("address").split("/")[0].split("@")[-1].split(":")[0]):
            continue
        if _fragment_key(value, bool(_NO_ANCHORS.search(match.group("address")))):
            yield _Hit(match.start("value"), match.end("value"), TOKEN, _mask_secret(value))


def _fragment_key(value: str, no_anchors: bool) -> bool:
    """A fragment that is a key: on an address with no anchors, any with two digits; else one
    with a random piece (_RANDOM_PIECE) that is mostly no words (camelCase anchors are)."""
    if _UUID.fullmatch(value) or _is_placeholder(value) or sum(ch.isdigit() for ch in value) < 2:
        return False
    if no_anchors:
        return True
    return any(_RANDOM_PIECE.fullmatch(piece) and _word_share(piece) < 0.5
               for piece in re.split(r"[-_]", value))


def _placeholder(host: str) -> bool:
    """A documented example's host (`example.com`, `*.test`): its links are made up."""
    return bool(host) and _domain_allowed(host, NOTHING_ALLOWED, organisations=False)


def _key_like(value: str) -> bool:
    """Letters and digits mixed as a generator writes them: not a UUID, a placeholder, a
    version or a word with a number (`step-2`, `v2-guide`, `team2024`)."""
    letters = sum(ch.isalpha() for ch in value)
    digits = sum(ch.isdigit() for ch in value)
    if not letters or digits < 2 or _UUID.fullmatch(value) or _is_placeholder(value):
        return False
    words = re.findall(r"[A-Za-z]+", value)
    return not all(len(word) >= 4 and word.islower() for word in words) or len(words) > 3 \
        and all(len(word) <= 5 for word in words)


def needs(text: str, folded: str) -> bool:
    """A text may hold such a path: a `/` and one of the words."""
    return "/" in text and ("#" in text or _OPENED(folded))


_NEEDED = ("invit", "join", "reset", "password", "verif", "confirm", "activat", "magic",
           "link", "login", "otp", "claim", "redeem", "onboard", "unlock", "token", "secret",
           "private", "capabilit", "key")
_OPENED = Words(_NEEDED)
"""What each word of _OPENING holds, asked quickly (word_needs)."""

"""A password in a Caddyfile's basic authentication (hostile round 24): Caddy 2's `basic_auth`
(`basicauth` before 2.8) block lists one account a line, a user name and its password's hash
(`mary $2a$14$…`), but a pasted config often holds the password itself (`admin Hunter2Summer`),
and Caddy 1's one-line form takes it plain (`basicauth /admin mary Sommer2024Haus`). No rule
read a value after a bare user name, so main published the plain ones (the bcrypt hashes and
their base64 are found by the token readers and stay theirs).

Read by structure: a `basic_auth`/`basicauth` directive line ending in `{` opens a block; each
line up to its `}` that is two words (a user and a value, maybe a `#` comment after) gives its
value; Caddy 1's line is the directive, maybe a path, a user and a value. The value is judged
as a password is (kbgen.core.privacy.values._looks_like_password: no placeholder, template,
environment reference such as `{env.ADMIN_PASS}`, or repeated letter), then as the gate judges
an example's (`_clearly_example`: `password`, `changeme`, a value the page spells as a
stand-in).

Caddy 1's block form names the account on its opening line (`basicauth mary Sommer2024Haus {`
over `realm` and paths; fixcard67, rev67 19): read as the one-line form, unless its first word
is Caddy 2's hash algorithm or matcher (`basicauth bcrypt "Realm" {`, `basicauth @admins {`).
Caddy 1's own documentation example, `basicauth /secret Bob hiccup` (caddyserver.com/v1/docs/
basicauth, in every tutorial), publishes: only that account exactly, as
kbgen.core.published_passwords publishes xkcd 936's passphrase; `Bob hiccup2` or `bob
Sommer2024` stay findings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.values import _looks_like_password

_TAGS = r"^[ \t>]*(?:<(?:pre|code)\b[^>]*>)*"
"""A quote's `>` or an HTML code block's opening tags before a directive."""
_OPENS = re.compile(_TAGS + r"basic_?auth\b[^{}\n]*\{[ \t]*$", re.IGNORECASE)
"""`basic_auth {`, `basicauth /admin/* {`, `basic_auth bcrypt "Realm" {`."""
_ACCOUNT = re.compile(r"^[ \t>]*(?P<user>[^\s{}#]+)[ \t]+(?P<value>[^\s{}]+)[ \t]*"
                      r"(?:[ \t]#.*)?$")
"""A block's line: a user and a value."""
_ONE_LINE = re.compile(_TAGS + r"basicauth[ \t]+(?:/\S*[ \t]+)?(?!(?:bcrypt|scrypt)[ \t])"
                       r"(?P<user>[^\s{}#/@\"']+)[ \t]+(?P<value>[^\s{}<]+)[ \t]*"
                       r"(?:\{[ \t]*)?(?:</(?:pre|code)>)*$", re.IGNORECASE)
"""Caddy 1: `basicauth [path] user password`, maybe opening a block (`… {`)."""
_DOCUMENTED = ("Bob", "hiccup")
"""Caddy 1's documentation's example account."""
_CLOSES = re.compile(r"^[ \t>]*\}")
_HASHES = re.compile(r"\$2[abxy]?\$|JDJ[hieEJ]")
"""A bcrypt hash or its base64 (`$2a$`, `JDJh…`): the token readers' (a hash, not a password)."""
MAX_BLOCK = 50
"""The most lines one block is read across."""


def needs(text: str) -> bool:
    """Whether a text may hold a Caddyfile's basic authentication."""
    folded = text.lower()
    return "basicauth" in folded or "basic_auth" in folded


def _hit(line: str, match: re.Match[str]) -> _Hit | None:
    value = match.group("value")
    if (match.group("user"), value) == _DOCUMENTED and match.re is _ONE_LINE:
        return None  # Caddy 1's documented example, published in every tutorial
    if _HASHES.match(value) or not _looks_like_password(value, assigned=True):
        return None
    hit = _Hit(match.start("value"), match.end("value"), PASSWORD, _mask_secret(value))
    return None if _clearly_example(line, hit).allowed else hit


def caddy_basic_auth(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each plain password a Caddyfile's basic authentication gives."""
    if not needs("\n".join(lines)):
        return
    index = 0
    while index < len(lines):
        line = lines[index]
        if (one := _ONE_LINE.match(line)) is not None and (hit := _hit(line, one)) is not None:
            yield index, hit
        if _OPENS.match(line):
            for inside in range(index + 1, min(index + 1 + MAX_BLOCK, len(lines))):
                if _CLOSES.match(lines[inside]):
                    index = inside
                    break
                account = _ACCOUNT.match(lines[inside])
                if account is not None and (hit := _hit(lines[inside], account)) is not None:
                    yield inside, hit
        index += 1

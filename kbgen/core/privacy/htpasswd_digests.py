"""An htpasswd or htdigest line whose digest is made from a stand-in password (issue 19, fp43).

Traefik's docs configure Basic and Digest authentication with the same example users on every
page: `test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/` (an Apache MD5 digest of `test`),
`test2:traefik:518845800f9e2bfb1f1f740ec24f074e` (htdigest's MD5 of `test2:traefik:test2`),
in labels with `$` doubled (`test:$$apr1$$H6uskkkW$$…`). Such a digest opens nothing the
reader does not know already: it is checked by making it again, as verified_digests does for
Authelia's PBKDF2 digests, from

- the line's own user name (`test:` made from `test`), or
- a placeholder password (examples.placeholder_password) the page quotes, or one of
  STAND_INS, each a placeholder as the gate judges one.

Only the formats `htpasswd` writes without a library this package lacks: MD5-crypt (`$apr1$`,
`$1$`), `{SHA}` and htdigest's MD5. A digest of anything else (`test:$apr1$…` of a real
password), a bcrypt digest (`$2y$`, not made here) or a malformed one stays a finding. Each
digest costs about a millisecond: a text gets at most MAX_CHECKS of them.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kbgen.core.examples import placeholder_password
from kbgen.core.privacy.context import _Context, _Hit, line_holds
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.verified_digests import page_placeholders

REASON = ("an htpasswd/htdigest line whose digest is made from its own user name or a "
          "placeholder (checked by making it again)")

_USER = r"(?<![\w.-])([\w.-]{1,64})"
_MD5_CRYPT = re.compile(_USER + r":(\$\$?(?:apr1|1)\$\$?)([./0-9A-Za-z]{1,8})\$\$?"
                        r"([./0-9A-Za-z]{22})(?![./\w])")
_SHA = re.compile(_USER + r":\{SHA\}([A-Za-z0-9+/]{27}=)")
_HTDIGEST = re.compile(_USER + r":([\w .-]{1,64}):([0-9a-f]{32})(?![0-9a-f])")
STAND_INS = ("test", "password", "admin", "example", "changeme", "secret")
"""Placeholders a guide's example user is given without quoting it (`htpasswd -nb test test`)."""
MAX_CHECKS = 64
"""Digests made again per text (a millisecond each): a bound on a hostile page's cost."""
_ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def md5_crypt(password: str, salt: str, magic: str) -> str:
    """The MD5-crypt digest (`$1$`, Apache's `$apr1$`) of `password` with `salt`."""
    secret, salt_bytes = password.encode(), salt.encode()
    alternate = hashlib.md5(secret + salt_bytes + secret).digest()
    data = secret + magic.encode() + salt_bytes
    data += (alternate * (len(secret) // 16 + 1))[:len(secret)]
    length = len(secret)
    while length:
        data += b"\0" if length & 1 else secret[:1]
        length >>= 1
    digest = hashlib.md5(data).digest()
    for round_ in range(1000):
        data = secret if round_ & 1 else digest
        data += (salt_bytes if round_ % 3 else b"") + (secret if round_ % 7 else b"")
        digest = hashlib.md5(data + (digest if round_ & 1 else secret)).digest()
    written = ""
    for a, b, c in ((0, 6, 12), (1, 7, 13), (2, 8, 14), (3, 9, 15), (4, 10, 5), (11, 11, 11)):
        value = (digest[a] << 16 | digest[b] << 8 | digest[c]) if a != 11 else digest[11]
        for _ in range(4 if a != 11 else 2):
            written += _ITOA64[value & 63]
            value >>= 6
    return written


def _made(match: re.Match[str], password: str) -> bool:
    """The digest `match` found is made from `password`."""
    if match.re is _MD5_CRYPT:
        magic = match.group(2).replace("$$", "$")
        return md5_crypt(password, match.group(3), magic) == match.group(4)
    if match.re is _SHA:
        return base64.b64encode(hashlib.sha1(password.encode()).digest()).decode() \
            == match.group(2)
    text = f"{match.group(1)}:{match.group(2)}:{password}"
    return hashlib.md5(text.encode()).hexdigest() == match.group(3)


@dataclass
class Checker:
    """htpasswd lines checked in one text; the results and the budget spent are kept."""

    page: list[str]
    checks_left: int = MAX_CHECKS
    _plains: list[str] | None = None
    _known: dict[tuple[str, str], bool] = field(default_factory=dict)

    def explained(self, line: str, start: int, end: int) -> bool:
        """The value at [start, end) of `line` is inside an htpasswd or htdigest digest made
        from its user name or a placeholder."""
        for regex in (_MD5_CRYPT, _SHA, _HTDIGEST):
            for match in regex.finditer(line, max(0, start - 200), min(len(line), end + 80)):
                if match.start() <= start and end <= match.end():
                    return any(self._made_from(match, plain) for plain in self._tried(match))
        return False

    def _tried(self, match: re.Match[str]) -> list[str]:
        if self._plains is None:
            quoted = page_placeholders(self.page)
            self._plains = [*quoted, *(word for word in STAND_INS if word not in quoted
                                       and placeholder_password(word) is not None)]
        return [match.group(1), *(plain for plain in self._plains if plain != match.group(1))]

    def _made_from(self, match: re.Match[str], plain: str) -> bool:
        key = (match.group(), plain)
        if key not in self._known:
            if self.checks_left <= 0:
                return False
            self.checks_left -= 1
            self._known[key] = _made(match, plain)
        return self._known[key]


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but parts of htpasswd/htdigest digests made from a stand-in password."""
    checker = Checker(lines)
    for index, line, hit in found:
        if hit.kind in (TOKEN, PASSWORD) and not hit.vendor and line_holds(line, ":") \
                and checker.explained(line, hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit

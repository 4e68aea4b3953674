"""An htpasswd file's account lines pasted whole (hostile round 25): `mary:rl0vkWgq3VXU2` (a
DES crypt digest, 13 characters, cracked in hours), `admin:{PLAIN}Sommer2024` (nginx reads
`{PLAIN}` as the password itself) or `jdoe:Kissa2024koira` (nginx and Apache on Windows, and
many a ticket, keep it plain). The readers of `$apr1$`, `{SHA}` and bcrypt digests found the
others; main published these.

Read by structure: a line that is one account and nothing else, `user:value` with no space
(a quote's `>`, a list's mark, an HTML code block's tags around it), is an htpasswd line

- anywhere when its value opens with `{PLAIN}` (no other format writes that; in prose too);
- else when one of the SCOPE lines before it (and no heading between) names an htpasswd file
  or nginx's or Apache's directive that reads one (`.htpasswd`, `auth_basic_user_file`,
  `AuthUserFile`, `htpasswd -c`, `Require valid-user`).

A value of DES crypt's shape (13 of `./0-9A-Za-z`, letters and a digit, not a word with a
number) is a digest; any other value is judged as a password is
(kbgen.core.privacy.values._looks_like_password), then as an example's
(`_clearly_example`: `password`, `changeme`, a stand-in the page spells). Other schemes'
digests (`$…$`, `{SHA}`, `{SSHA}`) stay their readers'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.clear_examples import _clearly_example
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.values import _looks_like_password

_ACCOUNT = re.compile(r"^[ \t>]*(?:[-*+][ \t]+)?(?:<(?:pre|code)\b[^>]*>)*`?"
                      r"(?P<user>[A-Za-z0-9_][\w.@-]{0,63}):(?P<value>[^\s:`<>]{1,128})`?"
                      r"(?:</(?:pre|code)>)*[ \t]*$")
"""`user:value` alone on its line."""
_PLAIN = "{PLAIN}"
_PLAIN_ANYWHERE = re.compile(r"(?<![\w.@-])(?P<user>[A-Za-z0-9_][\w.@-]{0,63}):"
                             r"(?P<value>\{PLAIN\}[^\s`<>\"']{1,128})", re.IGNORECASE)
"""`user:{PLAIN}value` anywhere in a line (in prose's backticks too)."""
_NAMED = re.compile(r"htpasswd|auth_basic_user_file|AuthUserFile|Require\s+valid-user|"
                    r"\bpasswd\s+file|AuthBasicProvider", re.IGNORECASE)
"""A line naming an htpasswd file or a directive that reads one."""
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]|^[ \t]*<h[1-6]\b", re.IGNORECASE)
_DES = re.compile(r"[./0-9A-Za-z]{13}")
_WORD_NUMBER = re.compile(r"[A-Za-z]+[0-9]*|[0-9]*[A-Za-z]+")
"""`Passwort12345`, `administrator`: a word (maybe with a number), not a digest."""
_OTHER_SCHEMES = re.compile(r"\$|\{S?SHA\}|\{SSHA|\{MD5\}|\{CRYPT\}", re.IGNORECASE)
_VERSION_TAG = re.compile(r"(?:v?\d+(?:\.\d+)+|v\d+)(?:-[a-z][a-z0-9.]*)*"
                          r"|\d{1,2}-(?:alpine|slim|bookworm|bullseye|jammy|focal)[\w.]*")
"""An image's version tag (`1.25.3-alpine`, `v2.10.4`, `2.4-alpine`, `16-alpine`): a release,
not a password (a number alone, `19840512`, stays judged)."""
_TAG_WORDS = frozenset({
    "latest", "stable", "mainline", "alpine", "slim", "edge", "lts", "nightly", "beta", "alpha",
    "rc", "bookworm", "bullseye", "jammy", "focal", "enabled",
    "disabled", "strict", "lax", "permissive", "on", "off", "true", "false", "yes", "no", "auto",
    "none", "hit", "miss", "ro", "rw", "debug", "info", "warn", "error", "json", "text"})
"""Docker's image tags and a setting's values (`nginx:stable`, `api:latest`, `mode:strict`):
the words an image list or a `key:value` setting ends in. Only these whole words publish: a
password that is one of them is a stand-in (`admin:stable`), any other word stays judged."""
_NOT_USERS = frozenset({"http", "https", "ftp", "mailto", "tel", "file", "urn", "data",
                        "localhost", "c", "d"})
"""A scheme, a host before its port or a drive letter: `user:value`'s shape, not a user."""
SCOPE = 8
"""Lines before an account line where an htpasswd file may be named."""


def needs(text: str) -> bool:
    """Whether a text may hold an htpasswd line this module reads."""
    return "{plain}" in text.lower() or _NAMED.search(text) is not None


def _named_above(lines: list[str], index: int) -> bool:
    for above in range(index - 1, max(-1, index - 1 - SCOPE), -1):
        if _NAMED.search(lines[above]):
            return True
        if _HEADING.match(lines[above]):
            return False
    return False


def _is_des(value: str) -> bool:
    return (_DES.fullmatch(value) is not None and not _WORD_NUMBER.fullmatch(value)
            and any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value))


def _hit(line: str, match: re.Match[str], plain: bool) -> _Hit | None:
    value = match.group("value")
    start = match.start("value") + (len(_PLAIN) if plain else 0)
    if plain:
        value = value[len(_PLAIN):].split(":")[0]  # nginx and Dovecot: `:` opens the next field
        if not value:
            return None
    elif _OTHER_SCHEMES.match(value):
        return None
    elif _VERSION_TAG.fullmatch(value) or value.lower() in _TAG_WORDS:
        return None  # `nginx:1.25.3-alpine`, `api:latest`, `mode:strict`
    elif _is_des(value):
        return _Hit(start, match.end("value"), PASSWORD, _mask_secret(value))
    if (value.isdigit() and len(value) <= 5) or not _looks_like_password(value, assigned=True):
        return None  # a port (`db:5432`) or no password
    hit = _Hit(start, start + len(value), PASSWORD, _mask_secret(value))
    return None if _clearly_example(line, hit).allowed else hit


def htpasswd_lines(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each password or DES digest an htpasswd line gives."""
    if not needs("\n".join(lines)):
        return
    for index, line in enumerate(lines):
        if ":" not in line:
            continue
        if (plain := _PLAIN_ANYWHERE.search(line)) is not None:
            if hit := _hit(line, plain, True):
                yield index, hit
            continue
        match = _ACCOUNT.match(line)
        if match is None or match.group("user").lower() in _NOT_USERS:
            continue
        if _named_above(lines, index) and (hit := _hit(line, match, False)):
            yield index, hit

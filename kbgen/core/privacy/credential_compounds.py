"""The password word naming a thing that checks passwords, not a password, for the gate (issue
19, branch fh52).

matrix-docker-ansible-deploy's guides to Synapse's password providers (LDAP, REST, shared
secret) have the heading `### Authenticating only using a password provider` (the letter rules
read `using a password X` as a password given) and settings named after the provider
(`matrix_synapse_ext_password_provider_rest_auth_endpoint: "http://matrix-corporal:41080/…"`,
`…_password_provider_ldap_attributes_mail: "mail"`: a keyword detector reads any value of a
setting whose name holds `password`).

Accepted only when all of these hold: a password (never a service's key or a token); either
- a heading whose value is a word THINGS names, right after the password word
  (`using a password provider`): a title names a subject, and `provider` a thing; or
- a setting whose name has the password word followed by a word THINGS names
  (`password_provider_…`), and nothing after it naming a secret (`…_bind_password`,
  `…_shared_secret`, `…_token` stay findings), given a value of what its last word names: an
  address without a login (`http://host:41080/path`) to an `endpoint`, `url`, `uri`, `host` or
  `server` (no query, each piece of its path a number, short or a word: a random piece is a
  key it carries, rev53), or one lower-case word (`mail`, `uid`, `cn`) to an `attributes`
  entry, a `name`, `mail`, `uid` or `field`; or the value found is itself the name's last
  part, one lower-case word (`…_password_provider_ldap_attributes_mail:`, as another
  detector reads it);
and the line says whose nothing (told_cases.says_whose).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.told_cases import says_whose

REASON = ("the password word names a thing that checks passwords (`password provider`), not a"
          " password")

THINGS = frozenset({"provider", "providers", "backend", "backends", "plugin", "plugins",
                    "module", "modules"})
"""What the password word qualifies there (`password provider`, `password backend`)."""
SECRET_PARTS = frozenset({"password", "passwd", "pass", "pw", "pwd", "secret", "secrets", "key",
                          "keys", "token", "tokens", "passphrase", "credential", "credentials",
                          "hash", "salt", "pin"})
"""Parts of a setting's name that make its value a secret whatever came before."""
ADDRESS_PARTS = frozenset({"endpoint", "url", "uri", "host", "server"})
"""A setting's last part naming an address."""
NAME_PARTS = frozenset({"attributes", "attribute", "name", "mail", "uid", "field"})
"""A setting's last part naming an attribute or field (LDAP's `attributes_mail: "mail"`)."""

_HEADING_VALUE = re.compile(r"#{1,6}[ \t].*\bpass(?:word|phrase)[ \t]+$")
"""A heading's text up to a value right after the password word."""
_SETTING = re.compile(r"([A-Za-z][\w.-]{0,127})[\"']?[ \t]*[:=][ \t]*[\"']?$")
"""The setting a value is given to, right before it."""
SETTING_WINDOW = 140
"""Characters before a value in which its setting's name is read."""
_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]{0,15}://[A-Za-z0-9._-]+(?::\d{1,5})?"
                      r"(?P<path>/[A-Za-z0-9._~/-]*)?")
"""An address without a login, a query or a fragment in it (`?access_token=` is a secret's)."""
_PATH_PIECE = re.compile(r"[^/._~-]+")
SHORT_PIECE = 3
"""Letters of a path's piece read as a word whatever they spell (`/x`, `/v1`)."""
_WORD = re.compile(r"[a-z]{2,32}")
_LINE_END = re.compile(r"[ \t]*$")
_NAME_END = re.compile(r"[\"']?[ \t]*[:=]")
"""What follows a setting's name."""
_NAME_START = re.compile(r"(?<![\w.-])[A-Za-z][\w.-]*$")
"""A setting's name up to where a value found in it ends."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but values a heading or a setting's name gives a thing that checks passwords,
    on lines saying whose nothing."""
    return line_rules.accepted(found, context, REASON, _compound,
                               lambda _, line: not says_whose(line))


def _compound(_: int, line: str, hit: _Hit) -> bool:
    """The heading or setting gives the value `hit` found in `line` a thing, not a password."""
    if hit.kind != PASSWORD:
        return False
    value = line[hit.start:hit.end]
    if _LINE_END.match(line, hit.end) and line.startswith("#"):  # one value a line ends
        return value in THINGS and bool(_HEADING_VALUE.match(line, 0, hit.start))
    named = _NAME_END.match(line, hit.end)
    if named:  # the hit is the last part of the setting's own name (`…_attributes_mail:`)
        name = _NAME_START.search(line, max(0, hit.start - SETTING_WINDOW), hit.end)
        return (name is not None and thing_name(name.group(0)) is not None
                and bool(_WORD.fullmatch(value)))
    setting = _SETTING.search(line, max(0, hit.start - SETTING_WINDOW), hit.start)
    return setting is not None and thing_setting(setting.group(1), value)


def thing_name(name: str) -> list[str] | None:
    """The parts of a setting's name after the password word and a thing that checks passwords
    (`password_provider_ldap_attributes_mail`), none naming a secret, or None."""
    parts = re.split(r"[_.-]", name.lower())
    after = next((i + 1 for i, part in enumerate(parts[:-1])
                  if part in SECRET_PARTS and parts[i + 1] in THINGS), None)
    if after is None or SECRET_PARTS.intersection(parts[after:]):
        return None
    return parts[after:]


def thing_setting(name: str, value: str) -> bool:
    """A setting named after a thing that checks passwords (`…_password_provider_…_endpoint`)
    is given `value`, of the kind its last part names."""
    parts = thing_name(name)
    if parts is None:
        return False
    last = parts[-1]
    if last in ADDRESS_PARTS:
        address = _ADDRESS.fullmatch(value)
        return address is not None and _worded(address.group("path") or "")
    return last in NAME_PARTS and bool(_WORD.fullmatch(value))


def _worded(path: str) -> bool:
    """Each piece of the path is a number, short or reads as a word (`/_matrix/corporal`); a
    random-looking piece (`/Kq8vTz2mWx9pLr4nQ7s8/`) is a key the address carries (rev53)."""
    return all(piece.isdigit() or len(piece) <= SHORT_PIECE or word_like(piece)
               for piece in _PATH_PIECE.findall(path))

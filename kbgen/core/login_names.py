"""A password that repeats the name of the account or service it is given to, for the gate
(issue 19): a warning, not an error.

- **Its sibling user name**: `username: 'authelia'` / `password: 'authelia'` (Authelia's Redis
  example), `secret: "escapeHatch"` / `username: "escapeHatch"` (Jenkins' OIDC plugin), a line
  or two away in the same mapping.
- **A key it is under**: `- escapeHatch:` above that `secret:`, or a compose service
  `opengist:` / `environment:` / `OG_OIDC_CLIENT_KEY: 'opengist'`.
- **The user its sentence names**: "change the username of the `authelia` user ... The
  default password is `authelia`" (Authelia's Docker guide), on its line or the two above.

A password equal to its account's or service's name is the first one anyone tries, so a page
showing it tells no more than the name does; it may still be a real server's (a weak one), so
it publishes with advice (change it), never silently. Only a value of letters that reads as a
word counts (`word_like`): a random value written as both user and password
(`kq8vnz3lw2pd`), one with digits or more letters (`authelia2024`, `autheliaKq8v`), or a user
name of another mapping (a line between them at a smaller indent: `ldap:` / `user: x` /
`redis:` / `password: x`) stays an error. Another placeholder user's password (`user: pepe`)
is kbgen.core.placeholder_logins'.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import word_like

NEAR = 2
"""Lines above or below a password its sibling user name may be on."""
PARENTS = 3
"""How many keys above a password (each less indented than the last) are read."""
PARENT_LINES = 12
"""How far above a password its parent keys are looked for."""
ADVICE = ("a password equal to the name of its account or service (authelia/authelia): the "
          "first one anyone tries; check it is a default your readers change; this is a "
          "warning, the page is published")

_SIBLING_USER = re.compile(
    r"""(?i)^([+> \t]*(?:-[ \t]+)?)["']?(?:user(?:_?name)?|login)["']?[ \t]*[:=][ \t]*"""
    r"""["']?([A-Za-z]+)["']?[ \t]*,?[ \t]*(?:#.*)?$""")
_KEY = re.compile(r"""^([+> \t]*(?:-[ \t]+)?)["']?([A-Za-z][\w-]*)["']?[ \t]*:[ \t]*(?:#.*)?$""")
_INDENT = re.compile(r"[+> \t]*(?:-[ \t]+)?")
_USER = re.compile(r"(?i)user")
"""What both of `_user_named`'s readings need (as case-blind as they are: `uſer` too)."""


def names_its_login(lines: list[str], index: int, value: str) -> bool:
    """The password `value` on line `index` is the user name a sibling line gives, or a key
    the line is under, and reads as a word."""
    value = value.strip("\"'`")
    if len(value) < 4 or not value.isalpha() or not word_like(value):
        return False
    lowered = value.lower()
    return (_sibling_user(lines, index, lowered) or _parent_key(lines, index, lowered)
            or _user_named(lines, index, value))


def _user_named(lines: list[str], index: int, value: str) -> bool:
    """Line `index` or one of the NEAR lines above it calls `value` a user ("the `authelia`
    user", "user authelia")."""
    near = [line for line in lines[max(0, index - NEAR):index + 1] if _USER.search(line)]
    if not near:  # most lines name no user: the value's own expression is not built
        return False
    name = re.escape(value)
    named = re.compile(rf"(?i)(?<![\w-])[`'\"*_]*{name}[`'\"*_]*[ \t]+user\b"
                       rf"|\buser(?:[ \t]+(?:name|account))?[ \t]+[`'\"*_]*{name}(?![\w-])")
    return any(named.search(line) for line in near)


def _indent(line: str) -> int:
    found = _INDENT.match(line)
    return found.end() if found else 0


def _sibling_user(lines: list[str], index: int, value: str) -> bool:
    """A line at most NEAR lines away, indented as line `index` is and with no less indented
    line between, gives `value` as the user name."""
    indent = _indent(lines[index])
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and abs(near - index) <= NEAR:
            line = lines[near]
            if line.strip() and _indent(line) < indent:
                break  # another mapping begins or ends here
            user = _SIBLING_USER.match(line)
            if user and len(user.group(1)) == indent and user.group(2).lower() == value:
                return True
            near += step
    return False


def _parent_key(lines: list[str], index: int, value: str) -> bool:
    """One of the PARENTS keys line `index` is under (each less indented than the one below
    it, within PARENT_LINES lines) is `value`."""
    indent = _indent(lines[index])
    seen = 0
    for above in range(index - 1, max(-1, index - PARENT_LINES - 1), -1):
        line = lines[above]
        if not line.strip():
            continue
        own = _indent(line)
        if own >= indent:
            continue
        key = _KEY.match(line)
        if key is None:
            return False  # a line less indented that opens no mapping: no parent
        if key.group(2).lower() == value:
            return True
        indent, seen = own, seen + 1
        if seen == PARENTS or own == 0:
            return False
    return False

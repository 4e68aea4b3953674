"""Credentials a page marks as made up, for the gate (issue 19): warnings, not errors.

- A password given with a placeholder user name in the same command (CSC's `ansible-playbook
  main.yml -e csc_username='johndoe' -e csc_password='easyaccess'`): the login is John Doe's,
  so the pair is an illustration. A warning (someone may still paste their own password next
  to a placeholder); with anyone else's name (`csc_username='jvirtanen'`) an error.
- A password whose mapping gives a placeholder user a line or two away (CSC's ConfigMap in a
  diff: `+    user: pepe` / `+    password: pardo`, leak37): the same warning. Placeholder
  names of the languages whose docs the gate has read: John/Jane Doe, Pepe, Fulano, Mengano,
  Zutano (es), Max/Erika Mustermann (de), Jean Dupont (fr), Mario Rossi (it), Jan Kowalski (pl),
  Vasya Pupkin (ru). Only a password that reads as a word (`pardo`) is made up that way: one
  with digits or random letters (`Kq8vNz3Lw2Pd`, `hunter2024`) beside `user: pepe` stays an
  error (rev37: a line naming Pepe could be written above any real password).
- A package author's address in the package's public metadata as `pip show` prints it
  (`Name:`, `Version:` above, then `Author-email: kislyuk@gmail.com`): published on the package
  index by its author. A warning; an `Author-email:` line without that listing is an error.
  The same for a Debian package's stanza as `apt show` or `dpkg -s` print it (`Package:`,
  `Version:` above, then `Maintainer: Libretro Team <libretro@gmail.com>`, `Original-
  Maintainer:`, `Uploaders:`, `Changed-By:`; fp65), and for a file's REUSE licence header
  (`SPDX-FileCopyrightText: 2024 Catalan Lover <…>` with an `SPDX-License-Identifier:` line
  near it): the copyright holder's own line, published with the file. A `Maintainer:` line
  without its stanza's `Package:` and `Version:`, or a copyright line with no licence
  identifier near it, is still an error.
"""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import word_like

_PLACEHOLDER_USER = re.compile(
    r"""(?i)user(?:_?name)?["']?\s*[=:]\s*["']?(?:john|jane)[._-]?doe\b|(?:^|\s)-u\s+["']?"""
    r"""(?:john|jane)[._-]?doe\b""")
_PLACEHOLDER_NAME = (r"(?:(?:john|jane)[._-]?doe|j[._-]?doe|pepe|pepito|fulano|mengano|zutano|"
                     r"(?:max|erika)[._-]?mustermann|mustermann|jean[._-]?dupont|"
                     r"mario[._-]?rossi|jan[._-]?kowalski|vasya[._-]?pupkin)")
_SIBLING_USER = re.compile(
    r"""(?i)^[+> \t-]*["']?(?:user(?:_?name)?|login)["']?[ \t]*[:=][ \t]*["']?"""
    + _PLACEHOLDER_NAME + r"""["']?[ \t]*(?:#.*)?$""")
NEAR = 2
"""Lines above or below a password its mapping's placeholder user may be on."""
_METADATA_EMAIL = re.compile(r"^\s*(?:Author|Maintainer)-email:\s")
_NAME = re.compile(r"^\s*Name:\s+\S")
_VERSION = re.compile(r"^\s*Version:\s+\d")
_ADDRESS = r"<?[^\s<>@,;:]+@[^\s<>@,;:]+>?"
_NAMED_ADDRESS = rf"(?:[^<>@,;:=|\s][^<>@,;:=|]*\s)?{_ADDRESS}"
"""`Jane Doe <jane@example.org>` or a bare address: a name of no punctuation, one address."""
_DEBIAN_PEOPLE = re.compile(
    r"^\s*(?:(?:Original-)?Maintainer|Changed-By):\s+" + _NAMED_ADDRESS + r"\s*$"
    r"|^\s*Uploaders:\s+" + _NAMED_ADDRESS + r"(?:\s*,\s*" + _NAMED_ADDRESS + r")*\s*$")
"""A Debian stanza's people fields, holding names and addresses and nothing else."""
_DEBIAN_PACKAGE = re.compile(r"^\s*Package:\s+[a-z0-9][a-z0-9.+-]*\s*$")
_DEBIAN_VERSION = re.compile(r"^\s*Version:\s+[+~]?[A-Za-z]?\d[\w.+~:-]*\s*$")
"""A package's name and version, one token each (`3 months` is no version)."""
_DEBIAN_ONLY = re.compile(r"^\s*(?:Priority|Section|Status|Architecture|Installed-Size|Source"
                          r"|Multi-Arch|Essential|Distribution|Urgency|Binary|Origin|Bugs"
                          r"|Pre-Depends|Depends|APT-Sources):\s")
"""A field only a Debian stanza has, beside the names a ticket may share (`Package:`)."""
_FIELD = re.compile(r"^\s*[A-Z][A-Za-z0-9-]*:\s|^\s+\S")
"""A stanza's field, or a field's continuation line."""
_COPYRIGHT_TEXT = re.compile(r"^\s*(?:<!--|#|//|\*)?\s*SPDX-FileCopyrightText:\s+"
                             r"(?:(?:©|\([Cc]\)|Copyright)\s+)?"
                             r"(?:\d{4}(?:\s*-\s*\d{4})?,?\s+)?" + _NAMED_ADDRESS
                             + r"\s*(?:-->)?\s*$")
"""A REUSE copyright line: a year, the holder's name and one address, nothing after."""
_LICENCE_ID = re.compile(r"^\s*(?:<!--|#|//|\*)?\s*SPDX-License-Identifier:\s+\S")
_HEADER_LINE = re.compile(r"^\s*(?:(?:<!--|#|//|/?\*)?\s*SPDX-[A-Za-z-]+:.*|<!--|-->|#|//|/\*|"
                          r"\*/|\*)?\s*$")
"""A line of a licence header: an SPDX line, a comment's opening or closing, or blank."""
HEADER_LINES = 10
"""How far from `SPDX-FileCopyrightText:` the header's `SPDX-License-Identifier:` may be,
through header lines only."""
LISTING_LINES = 8
"""How far above `Author-email:` the listing's `Name:` and `Version:` may be."""

LOGIN_ADVICE = ("a password given with a placeholder user (johndoe): check it is made up too; "
                "this is a warning, the page is published")
METADATA_ADVICE = ("a package author's or maintainer's address from its public metadata (pip"
                   " show, apt show) or a file's licence header: check it is the package's;"
                   " this is a warning, the page is published")


def placeholder_login(line: str) -> bool:
    """`line` gives a placeholder user name (johndoe) with the password on it."""
    return bool(_PLACEHOLDER_USER.search(line))


def beside_placeholder_user(lines: list[str], index: int) -> bool:
    """A line at most NEAR lines from line `index`, indented as it is, gives a placeholder
    user name alone (`user: pepe`): the password on line `index` is that user's."""
    indent = _indent(lines[index])
    return any(_SIBLING_USER.match(lines[near]) and _indent(lines[near]) == indent
               for near in range(max(0, index - NEAR), min(len(lines), index + NEAR + 1))
               if near != index)


def made_up_word(value: str) -> bool:
    """`value` (quotes aside) is letters that read as a word, as `pardo` or `easyaccess` do."""
    value = value.strip("\"'`")
    return value.isalpha() and word_like(value.lower())


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip("+-> \t"))]


def package_metadata(lines: list[str], index: int) -> bool:
    """Line `index` is an author's or maintainer's address in a `pip show` listing or a
    Debian package's stanza, or a copyright holder's in a REUSE licence header."""
    if _COPYRIGHT_TEXT.match(lines[index]):
        return _in_licence_header(lines, index)
    if _DEBIAN_PEOPLE.match(lines[index]):
        return _in_debian_stanza(lines, index)
    if not _METADATA_EMAIL.match(lines[index]):
        return False
    above = lines[max(0, index - LISTING_LINES):index]
    return any(_NAME.match(line) for line in above) and any(
        _VERSION.match(line) for line in above)


def _in_licence_header(lines: list[str], index: int) -> bool:
    """A `SPDX-License-Identifier:` line is reached from line `index` through header lines
    only (no prose between: a ticket's notes end the header, fixfp65)."""
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and abs(at - index) <= HEADER_LINES \
                and _HEADER_LINE.match(lines[at]):
            if _LICENCE_ID.match(lines[at]):
                return True
            at += step
    return False


def _in_debian_stanza(lines: list[str], index: int) -> bool:
    """Line `index` is in one stanza (field lines only, no blank) with a `Package:` and a
    `Version:` of one token each and a field only Debian's stanzas have (fixfp65)."""
    start = index
    while start > 0 and index - start < LISTING_LINES and _FIELD.match(lines[start - 1]):
        start -= 1
    stanza = lines[start:index]
    return (any(_DEBIAN_PACKAGE.match(line) for line in stanza)
            and any(_DEBIAN_VERSION.match(line) for line in stanza)
            and any(_DEBIAN_ONLY.match(line) for line in stanza))

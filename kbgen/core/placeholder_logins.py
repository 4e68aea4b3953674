"""Credentials a page marks as made up, for the gate (issue 19): warnings, not errors.

- A password given with a placeholder user name in the same command (CSC's `ansible-playbook
  main.yml -e csc_username='johndoe' -e csc_password='easyaccess'`): the login is John Doe's,
  so the pair is an illustration. A warning (someone may still paste their own password next
  to a placeholder); with anyone else's name (`csc_username='jvirtanen'`) an error.
- A package author's address in the package's public metadata as `pip show` prints it
  (`Name:`, `Version:` above, then `Author-email: kislyuk@gmail.com`): published on the package
  index by its author. A warning; an `Author-email:` line without that listing is an error.
"""

from __future__ import annotations

import re

_PLACEHOLDER_USER = re.compile(
    r"""(?i)user(?:_?name)?["']?\s*[=:]\s*["']?(?:john|jane)[._-]?doe\b|(?:^|\s)-u\s+["']?"""
    r"""(?:john|jane)[._-]?doe\b""")
_METADATA_EMAIL = re.compile(r"^\s*(?:Author|Maintainer)-email:\s")
_NAME = re.compile(r"^\s*Name:\s+\S")
_VERSION = re.compile(r"^\s*Version:\s+\d")
LISTING_LINES = 8
"""How far above `Author-email:` the listing's `Name:` and `Version:` may be."""

LOGIN_ADVICE = ("a password given with a placeholder user (johndoe): check it is made up too; "
                "this is a warning, the page is published")
METADATA_ADVICE = ("a package author's address from its public metadata (pip show): check it "
                   "is the package's; this is a warning, the page is published")


def placeholder_login(line: str) -> bool:
    """`line` gives a placeholder user name (johndoe) with the password on it."""
    return bool(_PLACEHOLDER_USER.search(line))


def package_metadata(lines: list[str], index: int) -> bool:
    """Line `index` is an author's address in a `pip show` listing."""
    if not _METADATA_EMAIL.match(lines[index]):
        return False
    above = lines[max(0, index - LISTING_LINES):index]
    return any(_NAME.match(line) for line in above) and any(
        _VERSION.match(line) for line in above)

"""Names the text calls a file: `Modify the `jail.local` file.` (issue 19, branch fp37).

fail2ban's `jail.local`, `rc.local` and other `*.local` overrides are files, though their names
end as a private host's do. A name counts as a file's where the words right after it call it a
file (`` `jail.local` file``, `jail.local files`), never a file share, server or system (`the
`dc01.local` file share` is a host), nor a URL's or a login's host. Anywhere else (`copy it
to jail.local`) it stays a finding; a name inside a path (`/etc/fail2ban/jail.local`) is not
found at all.
"""

from __future__ import annotations

import re

_CALLED_A_FILE = re.compile(
    r"(?i)[`'\"*_]{0,2}[ \t]+files?\b(?:[ \t]*(?:$|[.,;:!?)\]]|(?:to|and|or|in|on|at|for|from"
    r"|with|is|are|was|as|that|which|where|if|then|by|of|under|first|again|too|also|instead"
    r"|you|we|should|must|can|will|has|have|but|so|and|\()\b))")
"""What follows a name the text calls a file: a closing mark, then `file` or `files`, then
the clause's end or a word that is no noun (`file to`, `file, and`): `the nas01.local file
store`, `file manager` or `file share` call it a host's (rev37: the nouns that follow a host
are many, so the words that may follow a file are listed instead)."""
_ONE_LABEL = re.compile(r"[^.\s]+\.local")
"""A file's name is one word before `.local` (`jail.local`); `dc01.corp.local` is a host's."""

REASON = "a file's name: the text calls it a file (`jail.local` file)"


def called_a_file(line: str, start: int, end: int) -> bool:
    """The name at [start, end) of `line` is followed by words calling it a file, and is no
    URL's, login's or share's host (`://`, `@`, `\\` before it)."""
    if line[max(0, start - 3):start].endswith(("://", "@", "\\", "//")):
        return False
    if not _ONE_LABEL.fullmatch(line, start, end):
        return False
    return _CALLED_A_FILE.match(line, end, min(len(line), end + 40)) is not None

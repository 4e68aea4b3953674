"""An htpasswd file's account line far below the file's name (hostile round 26): a section
that names `.htpasswd` (or a directive reading one) in its first lines, then explains for ten
lines before showing the file. kbgen.core.privacy.htpasswd_lines reads an account line when
the name is within its SCOPE lines above; main published one further down.

Read by structure: an account line (htpasswd_lines' shape: `user:value` alone on its line)
inside a code block (a fence, an indented block, `<pre>`/`<code>`) of a section whose lines
above it name an htpasswd file, no heading between, is an htpasswd line, judged as
htpasswd_lines judges one (a DES digest; a value that looks like a password and is no example;
not a port, a version tag or a setting's word). Lines already within SCOPE are left to it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.htpasswd_lines import _ACCOUNT, _HEADING, _NAMED, _NOT_USERS, SCOPE, _hit

_FENCE = re.compile(r"^[ \t>]*(?:```|~~~)")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_PRE = re.compile(r"(?i)<(?:pre|code)\b")


_STEMS = ("passwd", "auth_basic_user_file", "authuserfile", "valid-user", "authbasicprovider")
"""What each of htpasswd_lines' names holds, folded."""


def needs(text: str) -> bool:
    """Whether a text names an htpasswd file (its stems first: a search of the names through
    every text cost ten times more)."""
    folded = text.lower()
    return any(stem in folded for stem in _STEMS) and _NAMED.search(text) is not None


def htpasswd_sections(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each account line in a code block of a section naming htpasswd."""
    if not needs("\n".join(lines)):
        return
    named_at: int | None = None
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and _HEADING.match(line):
            named_at = None
        if _NAMED.search(line):
            named_at = index
            continue
        if named_at is None or index - named_at <= SCOPE or ":" not in line:
            continue
        in_block = fenced or _INDENTED.match(line) is not None or _PRE.search(line) is not None
        match = _ACCOUNT.match(line)
        if not in_block or match is None or match.group("user").lower() in _NOT_USERS:
            continue
        if hit := _hit(line, match, False):
            yield index, hit

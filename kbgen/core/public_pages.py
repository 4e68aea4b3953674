"""Addresses of pages their service publishes for anyone, for the gate (issue 19).

A help centre links its YouTube channel (`youtube.com/channel/UCT5kq9w0wSjogzJb81C9U0w`) or a
Google form readers fill in (`docs.google.com/forms/d/e/1FAIpQL…/viewform`): the id in the
path is random, so it looks like a key, but the service made that address to be shared with
everyone. Only those exact shapes count: a Google document, sheet or drive link (`/document/d/
…/edit`, shared with whoever has the link), a form's edit link (`/forms/d/<id>/edit`), or a
query value (`?key=`, `?token=`) on these hosts stay findings.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kbgen.core.sessions import URL

PUBLIC_PATHS = {
    "youtube.com": re.compile(r"/channel/UC[\w-]{22}/?"),
    "docs.google.com": re.compile(r"/forms/d/e/1FAIpQL[\w-]{20,80}/viewform"),
}
"""Per host (and its `www.`/`m.`): the path of a page published for everyone."""

REASON = "the address of a page its service publishes for everyone (a channel, a public form)"


def public_page(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` lies in the path of a URL of PUBLIC_PATHS, with
    no query."""
    if "://" not in line:
        return False
    for match in URL.finditer(line):
        if match.start() <= start and end <= match.end():
            parts = urlsplit(match.group().rstrip(".,;:"))
            host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
            path = PUBLIC_PATHS.get(host)
            return bool(path and path.fullmatch(parts.path) and not parts.query)
    return False

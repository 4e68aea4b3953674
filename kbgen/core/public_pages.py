"""Addresses of pages their service publishes for anyone, for the gate (issue 19).

A help centre links its YouTube channel (`youtube.com/channel/UCT5kq9w0wSjogzJb81C9U0w`) or a
Google form readers fill in (`docs.google.com/forms/d/e/1FAIpQL…/viewform`): the id in the
path is random, so it looks like a key, but the service made that address to be shared with
everyone. Only those exact shapes count: a Google document, sheet or drive link (`/document/d/
…/edit`, shared with whoever has the link), a form's edit link (`/forms/d/<id>/edit`), or a
query value (`?key=`, `?token=`) on these hosts stay findings. The ids are read to their
format (review s32: any value wrapped in `UC…` or `1FAIpQL…` passed): a channel's is `UC` and
22 characters of base64url encoding 16 bytes (so its last one is `A`, `Q`, `g` or `w`); a
public form's is `1FAIpQL` and 49 more, 56 in all; a URL with a fragment, a user or a port
counts as none.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kbgen.core.sessions import URL

PUBLIC_PATHS = {
    "youtube.com": re.compile(r"/channel/UC[A-Za-z0-9_-]{21}[AQgw]/?"),
    "docs.google.com": re.compile(r"/forms/d/e/1FAIpQL[A-Za-z0-9_-]{49}/viewform"),
}
"""Per host (and its `www.`/`m.`): the path of a page published for everyone."""

MAX_BEFORE = 40
"""How far before the value its URL may start (`https://www.youtube.com/`): the value is
read from the host's last label on (`com/channel/UC…`), so only a look back this far, never the
whole line (a line of thousands of URLs stays linear)."""

REASON = "the address of a page its service publishes for everyone (a channel, a public form)"


def public_page(line: str, start: int, end: int) -> bool:
    """The value at [start, end) of `line` lies in the path of a URL of PUBLIC_PATHS, with
    no query."""
    begin = line.rfind("http", max(0, start - MAX_BEFORE), start + 1)
    match = URL.match(line, begin) if begin >= 0 else None
    if match is None or end > match.end():
        return False
    parts = urlsplit(match.group().rstrip(".,;:"))
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    path = PUBLIC_PATHS.get(host)
    return bool(path and path.fullmatch(parts.path) and not parts.query
                and not parts.fragment and "@" not in parts.netloc and ":" not in parts.netloc)

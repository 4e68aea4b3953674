"""A URL's host on a home or private network (issue 19, branch leak41): `http://nas.home/`,
`https://router.private:8443`. `.home` and `.private` are no top-level domains; routers and
home servers name their LAN with them. Alone, `file.home` is as often a file's name, so the
host rule leaves them out; after a URL's scheme (or a login: host_logins) the name is a
host's."""

from __future__ import annotations

import re

URL_HOST = re.compile(
    r"(?i)(?<![\w+.-])(?:https?|ftps?|s?ftp|ssh|smb|nfs|rtsp|wss?|mqtts?|rdp|vnc)://"
    r"(?:[^\s/@<>\"'`]*@)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:home|private))"
    r"(?=[:/?#\s\"'`<>)\]|,;]|\.?$)")
"""A URL's scheme, maybe a login, a host under `.home` or `.private`, then its end (a port,
a path, a quote or the line's end)."""

SUFFIXES = ("home", "private")
"""What URL_HOST (and a login: host_logins) reads as a home network's suffix."""


def needs(folded: str) -> bool:
    """A folded text may hold a URL at such a host."""
    return "://" in folded and (".home" in folded or ".private" in folded)

"""Session keys of servers the reader starts on their own computer, shown in their output.

Jupyter, Marimo, Pluto and the like print a URL with a one-time key when they start
(`http://127.0.0.1:8888/lab?token=…`, `http://0.0.0.0:9929?access_token=…`); a tutorial
shows that output so that the reader finds the same line in theirs. The key opens only that
server, on that computer, while it runs: publishing it exposes nothing. A query value is such
a session key when its URL

- is written in code (a command's output, a configuration, inline code),
- names the reader's own computer as its host (`localhost`, a loopback address, `0.0.0.0`,
  `[::]`) with a port,
- and is no sign-in callback: no path word `callback`, `oauth`, `auth`, `login`, `redirect`,
  `signin`, no `code`, `state`, `id_token`, `refresh_token` or `client_secret` parameter
  (a sign-in to a remote service comes back to the reader's computer with that service's
  real tokens).

The same key is a session key wherever the text repeats it: in prose quoting the URL, in the
same output's `Network: http://10.232.1.62:9929?access_token=…` line, in a node's own URL.
A vendor's key (`ghp_…`, a JWT: detect-secrets names it) is never one: the gate keeps those.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import parse_qsl, urlsplit

from kbgen.core.markdown_code import code_map

URL = re.compile(r"""(?i)\bhttps?://(?:\[[0-9a-f:.]+\]|[^\s<>"'`\])/?#\[]+)[^\s<>"'`\])]*""")
"""A URL as written in text; its host may be an IPv6 address in brackets (`[::1]`)."""

_SIGN_IN_PATH = re.compile(r"(?i)callback|oauth|auth|login|redirect|sign-?in|sso|saml")
_SIGN_IN_PARAMETERS = frozenset({"code", "state", "id_token", "refresh_token", "client_secret",
                                 "client_id", "nonce", "session_state"})
MIN_SESSION_KEY = 6
"""Shorter query values are flags or numbers, not keys."""


@dataclass
class Sessions:
    """The session keys shown in one text (its lines)."""

    lines: list[str]
    _code: list[str] | None = field(default=None, repr=False)

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every session key in the text."""
        if not any("://" in line and "?" in line for line in self.lines):
            return frozenset()
        blanked = code_map("\n".join(self.lines)).blanked().split("\n")
        keys = set()
        for line, prose in zip(self.lines, blanked):
            for url in URL.finditer(line):
                if prose[url.start()] == line[url.start()]:
                    continue  # in prose: not a program's output
                keys.update(_session_keys(url.group()))
        return frozenset(keys)

    def holds(self, value: str) -> bool:
        """`value` is a session key, or a key's two halves joined across a line break."""
        return any(key == value or len(key) >= len(value) // 2 and key in value
                   for key in self.keys)

    def shown_in(self, text: str) -> bool:
        """A session key is written in `text` (a line and the next, as shown)."""
        return any(key in text for key in self.keys)

    def host_of_session(self, line: str, start: int, end: int) -> bool:
        """[start, end) of `line` is the host of a URL whose query holds a session key (the
        node's address in `Network: http://10.232.1.62:9929?access_token=…`)."""
        if not self.keys:
            return False
        for url in URL.finditer(line):
            if url.start() < start < end <= url.end() and line[url.start():start].endswith(
                    "://") and any(value in self.keys for _, value in _query(url.group())):
                return True
        return False


def _query(url: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(urlsplit(url).query)
    except ValueError:
        return []


def _session_keys(url: str) -> list[str]:
    """The query values of a URL to a server on the reader's own computer, but sign-ins."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return []
    if port is None or not _own_computer(parts.hostname or ""):
        return []
    parameters = _query(url)
    if _SIGN_IN_PATH.search(parts.path) or any(
            name.lower() in _SIGN_IN_PARAMETERS for name, _ in parameters):
        return []
    return [value for _, value in parameters if len(value) >= MIN_SESSION_KEY]


def _own_computer(host: str) -> bool:
    """`localhost`, a loopback address or the unspecified address (a server listening on
    every interface of the reader's computer)."""
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified

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
SESSION_PARAMETERS = frozenset({"token", "access_token", "secret", "auth"})
"""The names these servers give their key (Jupyter, Marimo, Pluto, Supernova); a `password=`
or `api_key=` on a local URL is a real credential the reader's server was given."""
_SESSION_KEY = re.compile(r"[A-Za-z0-9_-]+")
"""A session key is URL-safe; `/` and `+` are a cloud key's (an AWS secret access key)."""
MIN_SESSION_KEY = 6
"""Shorter query values are flags or numbers, not keys."""


@dataclass
class Sessions:
    """The session keys shown in one text (its lines)."""

    lines: list[str]
    _session_urls: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    """Per line: the spans of its URLs whose query holds a session key."""
    _server_urls: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    """Per line: the queries of its URLs with a port that hold a session key."""

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

    def in_server_url(self, line: str, start: int, end: int) -> bool:
        """[start, end) of `line` lies in the query of a URL with a port that holds a session
        key: the server's own output, quoted; not a header, a prose mention or a remote API's
        URL carrying the same value (a production token pasted into a local example)."""
        if line not in self._server_urls:
            self._server_urls[line] = [
                (url.start() + url.group().find("?"), url.end()) for url in URL.finditer(line)
                if "?" in url.group() and _has_port(url.group())
                and any(value in self.keys for _, value in _query(url.group()))]
        return any(query_start < start and end <= url_end
                   for query_start, url_end in self._server_urls[line])

    def shown_in(self, text: str) -> bool:
        """A session key is written in `text` (a line and the next, as shown)."""
        return any(key in text for key in self.keys)

    def host_of_session(self, line: str, start: int, end: int) -> bool:
        """[start, end) of `line` is the host of a URL whose query holds a session key (the
        node's address in `Network: http://10.232.1.62:9929?access_token=…`)."""
        if not self.keys:
            return False
        if line not in self._session_urls:
            self._session_urls[line] = [
                url.span() for url in URL.finditer(line)
                if any(value in self.keys for _, value in _query(url.group()))]
        return any(url_start < start < end <= url_end
                   and line[url_start:start].endswith("://")
                   for url_start, url_end in self._session_urls[line])


def _query(url: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(urlsplit(url).query)
    except ValueError:
        return []


def _has_port(url: str) -> bool:
    try:
        return urlsplit(url).port is not None
    except ValueError:
        return False


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
    return [value for name, value in parameters
            if name.lower() in SESSION_PARAMETERS and len(value) >= MIN_SESSION_KEY
            and _SESSION_KEY.fullmatch(value)]


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

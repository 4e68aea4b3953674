"""What an echo server printed back to the reader's own `curl` (issue 19, fp43).

Reverse-proxy guides test a route with an echo service (`traefik/whoami`, `mendhak/http-https-
echo`, `ealen/echo-server`): `curl http://whoami.localhost` and, below it, the request as the
service saw it: `Hostname: 068c0a29a8b7`, `IP: 192.168.147.3`, `RemoteAddr:
192.168.147.2:56006`, `GET / HTTP/1.1`, `X-Forwarded-For: 192.168.147.1`. The addresses are
those the container runtime gave the tutorial's containers on the reader's own machine, the
host names container or pod ids: a tool's output, as `kubectl get` listings are.

A code block counts as an echo when it holds a request line (`GET / HTTP/1.1`) and a `curl`
command to the reader's own machine (`localhost`, `*.localhost`, loopback) comes first in it or
ends the code block just before it (up to MAX_GAP lines of prose between). Only its `Field:
value` lines after the command are read, and on them only private addresses and, in
`Hostname:` / `X-Forwarded-Server:`, a container id or a pod or task name. A key or a cookie
in the echo (`Authorization: Bearer …`), a `curl` to a company's host, or addresses in a block
without the request line stay findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import INTERNAL_IP, TOKEN
from kbgen.core.privacy.placed_blocks import unplaced

REASON = "what an echo service printed back to the reader's own curl (a request echo)"

_FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})")
_REQUEST = re.compile(r"[ \t]*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /\S* HTTP/[12](?:\.\d)?"
                      r"[ \t]*")
_CURL = re.compile(r"[ \t]*(?:\$[ \t]+)?curl\b[^\n]*?\bhttps?://(?:[\w-]+\.)*(?:localhost"
                   r"|127\.0\.0\.1|\[::1\])(?=[:/\s]|$)")
_FIELD = re.compile(r"[ \t]*([A-Za-z][\w-]{0,40}):[ \t]")
_ID_FIELDS = frozenset({"hostname", "x-forwarded-server"})
_RUNTIME_ID = re.compile(r"[0-9a-f]{12}|[a-z][a-z0-9-]*-[a-z0-9]{8,10}-[a-z0-9]{5}"
                         r"|[a-z][a-z0-9-]*\.\d{1,3}\.[a-z0-9]{25}")
"""A container id (12 hex), a Deployment's pod name, a Swarm task's name."""
MAX_GAP = 3
"""Lines of prose allowed between the `curl` block and the echo block."""


def _blocks(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first, last) line indexes of the inside of each fenced code block."""
    start = None
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            if start is None:
                start = index + 1
            else:
                yield start, index - 1
                start = None


def echo_lines(lines: list[str]) -> frozenset[int]:
    """Indexes of the `Field: value` lines of request echoes in `lines`."""
    found: set[int] = set()
    previous: tuple[int, int] | None = None
    for first, last in _blocks(lines):
        inside = range(first, last + 1)
        curl = next((index for index in inside if lines[index].strip()), None)
        if curl is not None and not _CURL.match(lines[curl]):
            curl = None
            if previous and first - previous[1] - 3 <= MAX_GAP \
                    and _CURL.match(lines[previous[1]]):
                curl = first - 1
        if curl is not None and any(_REQUEST.fullmatch(lines[index]) for index in inside):
            found.update(index for index in inside if index > curl
                         and _FIELD.match(lines[index]))
        previous = (first, last)
    return frozenset(found)


def _printed(line: str, hit: _Hit) -> bool:
    """A private address, or a runtime's id in a host-name field."""
    if hit.kind == INTERNAL_IP:
        return True
    field = _FIELD.match(line)
    return (hit.kind == TOKEN and not hit.vendor and field is not None
            and field.group(1).lower() in _ID_FIELDS
            and bool(_RUNTIME_ID.fullmatch(line[field.end():].strip())))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but what request echoes printed, where nothing says whose (placed_blocks: `The
    customer pasted this from ticket #4821:` over the echo is their network's, rev51)."""
    echoes = echo_lines(lines) if any(hit.kind in (INTERNAL_IP, TOKEN) for _, _, hit in found) \
        and "curl" in "\n".join(lines) else frozenset()
    return unplaced(found, lines, context, lambda index, line, hit: (
        index in echoes and line == lines[index] and _printed(line, hit)), REASON)

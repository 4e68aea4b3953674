"""A database URL's password that the same Compose file sets for the database it creates
(issue 19, branch fp50).

Kanboard's Docker page gives whole `docker-compose.yml` files: the `db` service is created with
`MYSQL_PASSWORD: kanboard-secret`, and the app reaches it with `DATABASE_URL:
mysql://kanboard:kanboard-secret@db/kanboard`. The gate passes the setting (a spelt
placeholder) but reads every password in a URL strictly, as a connection string copied from a
live system would hold one. Here the text shows where the password comes from: the same file
makes the database, on the containers' own network, with that password; the URL only repeats
it to the service that file defines.

Accepted only when all of these hold: the URL's host is a service the same code block defines
under `services:`; the block sets the same value to a password's key (`MYSQL_PASSWORD:`,
`POSTGRES_PASSWORD=`), and that line alone passes the gate (a random or real password there
is a finding, and so stays its URL); and neither the URL's line, the block's introduction, its
headings nor a comment in the block says whose it is (placed_blocks: `Our production compose
file:`, a customer's, a company's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import URL_PASSWORD
from kbgen.core.privacy.placed_blocks import unplaced

REASON = "a database URL's password the same Compose file sets for the database it creates"

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^:/@\s]+:([^@\s/]+)@([A-Za-z0-9_-]+)(?=[:/\s\"']|$)")
_KEY = re.compile(r"^\s*(?:-\s*)?[\"']?([A-Za-z0-9_]+)[\"']?\s*[:=]\s*[\"']?([^\"'\s]+)[\"']?\s*$")
_SERVICES = re.compile(r"^(\s*)services:\s*$")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but URL passwords a Compose file sets for the service the URL reaches."""
    return unplaced(found, lines, context, _ComposeBlocks(lines).sets, REASON)


class _ComposeBlocks:
    """What each code block of a page sets: its services and the passwords it writes on lines
    the gate passes, each read once per block, and each line's URLs once per line (a page of
    many URLs asks for each)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.blocks = lines, Blocks(lines)
        self.urls: dict[int, list[re.Match[str]]] = {}
        self.settings: dict[tuple[int, int], tuple[set[str], set[str]]] = {}

    def sets(self, index: int, line: str, hit: _Hit) -> bool:
        """The URL holding the hit reaches a service its code block defines, with a password
        the block sets, on a line the gate passes."""
        if hit.kind != URL_PASSWORD or line != self.lines[index]:
            return False
        span = self.blocks.span(index)
        if span is None:
            return False
        if index not in self.urls:
            self.urls[index] = list(_URL.finditer(line))
        url = next((match for match in self.urls[index]
                    if match.start(1) <= hit.start and hit.end <= match.end(1)), None)
        if url is None:
            return False
        if span not in self.settings:
            lines_of_block = self.lines[span[0]:span[1]]
            self.settings[span] = (_services(lines_of_block), _passwords(lines_of_block))
        services, passwords = self.settings[span]
        return url.group(2) in services and url.group(1) in passwords


def _passwords(lines_of_block: list[str]) -> set[str]:
    """The passwords a block sets (`POSTGRES_PASSWORD=...`) on lines the gate passes."""
    from kbgen.core.privacy.scanner import scan_part  # here: the scanner imports this module

    return {key.group(2) for each in lines_of_block
            if (key := _KEY.match(each)) and "PASSWORD" in key.group(1).upper()
            and not scan_part(each)}


def _services(block: list[str]) -> set[str]:
    """The names of the services a Compose file in `block` defines."""
    names: set[str] = set()
    outer: int | None = None
    inner: int | None = None
    for line in block:
        if (services := _SERVICES.match(line)) is not None:
            outer, inner = len(services.group(1)), None
            continue
        if outer is None or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= outer:
            outer = None
        elif inner is None or indent == inner:
            inner = indent
            if line.rstrip().endswith(":"):
                names.add(line.strip().rstrip(":").strip("\"'"))
    return names

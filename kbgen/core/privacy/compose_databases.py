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
from kbgen.core.privacy.model import URL_PASSWORD
from kbgen.core.privacy.placed_blocks import block, unplaced

REASON = "a database URL's password the same Compose file sets for the database it creates"

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^:/@\s]+:([^@\s/]+)@([A-Za-z0-9_-]+)(?=[:/\s\"']|$)")
_KEY = re.compile(r"^\s*(?:-\s*)?[\"']?([A-Za-z0-9_]+)[\"']?\s*[:=]\s*[\"']?([^\"'\s]+)[\"']?\s*$")
_SERVICES = re.compile(r"^(\s*)services:\s*$")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but URL passwords a Compose file sets for the service the URL reaches."""
    return unplaced(found, lines, context, lambda index, line, hit: (
        hit.kind == URL_PASSWORD and line == lines[index] and _set_by_block(lines, index, hit)),
        REASON)


def _set_by_block(lines: list[str], index: int, hit: _Hit) -> bool:
    """The URL holding the hit reaches a service its code block defines, with a password the
    block sets, on a line the gate passes."""
    line = lines[index]
    url = next((match for match in _URL.finditer(line)
                if match.start(1) <= hit.start and hit.end <= match.end(1)), None)
    lines_of_block = block(lines, index)
    if url is None or not lines_of_block or url.group(2) not in _services(lines_of_block):
        return False
    from kbgen.core.privacy.scanner import scan  # here: the scanner imports this module

    return any((key := _KEY.match(each)) and "PASSWORD" in key.group(1).upper()
               and key.group(2) == url.group(1) and not scan(each)
               for each in lines_of_block)


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

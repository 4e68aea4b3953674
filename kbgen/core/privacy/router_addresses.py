"""A home router's own factory address, where a step tells the reader to reach the router
(issue 19, branch gen54).

Every consumer router answers at the first (or last) address of the network it creates out of
the box: `192.168.1.1` (OpenWrt, TP-Link, Netgear, Linksys), `192.168.0.1`, `192.168.178.1`
(FRITZ!Box), `10.0.0.1`. A help centre that tells readers to log in to their router shows that
address (`Connect to the router via SSH (ex: ssh root@192.168.1.1)`, `open
http://192.168.1.1 in your browser`): the same in millions of homes, it names no one's network.
`default_networks` warns of such addresses in prose but keeps them errors where they are a
service to connect to (a URL's host, a login's), which is exactly how a step reaches the router;
`readers_devices` (fp50) passes only an ssh command in a code block introduced as "your router".

Accepted only where all of these hold: the address is a router's own, `.1` or `.254` of a
network home routers create (default_networks, not Docker's or a phone's tethering network);
it is reached as the router is, bare, by `ssh`/`telnet` with a generic login (`root`, `admin`:
never a person's) or as a URL's host with no port and no path but `/` (`/admin` may be any
service); its line (or, in a code block, the paragraph introducing the block) speaks of a
router, modem, gateway or access point; no line of the page that writes the address says whose
it is (`Our office router is 192.168.1.1.`), and neither its line, headings, introduction nor a
block comment does (placed_blocks); no secret is named on its line.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import default_networks
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.surroundings import names_secret, names_whose

REASON = "a home router's own factory address (`ssh root@192.168.1.1`), the same in every home"

_NOT_ROUTERS = tuple(ipaddress.IPv4Network(network) for network in (
    "172.17.0.0/24", "192.168.42.0/24", "192.168.43.0/24", "192.168.44.0/24"))
"""Default networks no router creates: Docker's bridge, Android's tethering."""
_DEVICE = re.compile(r"(?i)\b(?:routers?|modems?|gateways?|access[ -]points?|openwrt"
                     r"|fritz!?box|routeur|enrutador)\b")
"""What answers at the address: the router and its kin."""
_REACHED = re.compile(
    r"(?:\b(?:ssh|telnet)[ \t]+(?:-\S+[ \t]+)*(?:(?:root|admin|user|ubnt|pi)@)?"
    r"|https?://)$")
"""How a step reaches the router: a shell's login (generic) or a browser's URL."""
_GENERIC_LOGIN = re.compile(r"\b(?:root|admin|user|ubnt|pi)@$")
_AFTER = re.compile(r"(?:/|/?(?=[\s`'\")\]<>,;!?]|\.(?:\s|$)|$))")
"""What may follow: the end of the address (a sentence's stop too), or the root path alone."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but home routers' own addresses a step reaches them at, kept by no one."""
    if not any(hit.kind == INTERNAL_IP for _, _, hit in found):
        return iter(found)
    return unplaced(found, lines, context, _Routers(lines).reached, REASON)


class _Routers:
    """A page's router steps: whether a page's lines that write an address say whose, read once
    per address."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.blocks = lines, Blocks(lines)
        self.kept: dict[str, bool] = {}

    def reached(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit is a router's own address a step about the router reaches it at."""
        if hit.kind != INTERNAL_IP or line != self.lines[index]:
            return False
        value = line[hit.start:hit.end]
        if not _router_address(value) or _AFTER.match(line, hit.end) is None:
            return False
        before = line[max(0, hit.start - 40):hit.start]
        if before.endswith("@") and not _GENERIC_LOGIN.search(before):
            return False  # a person's login (`jane.doe@192.168.1.1`)
        if before.endswith(("://", "@")) and not _REACHED.search(before):
            return False
        about = line if self.blocks.span(index) is None else self.blocks.introduction(index)
        if not _DEVICE.search(about) or names_secret(line):
            return False
        if value not in self.kept:
            self.kept[value] = any(value in each and names_whose(each) for each in self.lines)
        return not self.kept[value]


def _router_address(value: str) -> bool:
    """`value` is `.1` or `.254` of a network home routers create."""
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return default_networks.in_default_network(value) and str(address).endswith((".1", ".254")) \
        and not any(address in network for network in _NOT_ROUTERS)

"""Networks a page writes out, and the addresses inside them, for the gate (issue 19).

A how-to gives its network once (`An IP range / CIDR, e.g. 10.10.0.0/16`, a `## Example`
list's `Site B: 10.1.0.0/24`) and then routes, pings and logs hosts of it far from there
(NetBird's `route -p add 10.1.0.0 mask 255.255.255.0 10.0.0.50`, `10.10.0.5 → 10.10.1.10:5432`).
The caller (kbgen.core.surroundings) decides which written networks the text gives as examples;
this module finds them and says whether an address lies inside one.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator

MIN_PREFIX = 16
"""A network narrow enough to be one set-up's: `e.g. allow 10.0.0.0/8` names every 10.x
network, none of the page's own."""

_CIDR = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})/(\d{1,2})(?![\w/])")


def written(lines: list[str]) -> Iterator[tuple[int, int, ipaddress.IPv4Network]]:
    """Each private IPv4 network of MIN_PREFIX bits or more written in `lines` (`10.1.0.0/24`),
    as its line's index, where its address starts on the line, and the network."""
    for index, line in enumerate(lines):
        if "/" not in line:
            continue
        for match in _CIDR.finditer(line):
            try:
                network = ipaddress.IPv4Network(f"{match[1]}/{match[2]}", strict=False)
            except ValueError:
                continue
            if network.prefixlen >= MIN_PREFIX and network.is_private:
                yield index, match.start(1), network


def holding(networks: Iterable[ipaddress.IPv4Network], value: str) -> bool:
    """The IPv4 address `value` lies inside one of `networks`."""
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return any(address in network for network in networks)

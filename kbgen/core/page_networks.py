"""Private addresses in the network a page itself sets up, and link-local addresses, for the
gate (issue 19).

A VPN or router how-to writes its example network (`Address = 10.100.0.1/24,
fd08:4711::1/64`, `inet 10.0.51.2 netmask 255.255.255.0`) and then names hosts in it
(`the first client gets 10.100.0.2 and fd08:4711::2`). Such an address is the tutorial's
own network, declared on the page; a link-local address (`fe80::1234`, `169.254.x.x`) is
valid on one cable or Wi-Fi only. Neither names anyone's network, so, like a default home
network's (`default_networks`), it is a **warning** (the page is published, `--strict`
stops), never dropped; and it stays an error with a URL or a port, where its setting places it
with someone (`default_networks._placed`), or where the page maps a network
(`default_networks.MAP_SIZE`).

Only narrow networks declare: an IPv4 network of /24 or longer, an IPv6 one of /64 or longer
(`10.0.0.0/8` in a firewall rule would otherwise cover every private address).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

MIN_PREFIX = {4: 24, 6: 64}
"""The widest network a page declares, per IP version."""

_CIDR = re.compile(r"(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4})"
                   r"{2,7})/(\d{1,3})(?![\w/])")
_NETMASK = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})\s+(?:netmask|mask)\s+"
                      r"(255\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\w.])")
"""`inet 10.0.51.2  netmask 255.255.255.0`, as `ifconfig` prints an interface."""
_HINT = re.compile(r"/\d|mask")

LINK_LOCAL = (ipaddress.ip_network("fe80::/10"), ipaddress.ip_network("169.254.0.0/16"))

ADVICE = ("a private address in the network the page itself sets up (or a link-local one):"
          " it names no one's network, but check that it is an example (or use 192.0.2.0/24,"
          " 2001:db8::/32); this is a warning, the page is published")


def declared(lines: Iterable[str]) -> tuple[Network, ...]:
    """The narrow private networks `lines` write (CIDR, or an address and its netmask)."""
    found: set[Network] = set()
    for line in lines:
        if not _HINT.search(line):
            continue
        pairs = [(m.group(1), m.group(2)) for m in _CIDR.finditer(line)]
        pairs += [(m.group(1), m.group(2)) for m in _NETMASK.finditer(line)]
        for address, prefix in pairs:
            try:
                network = ipaddress.ip_network(f"{address}/{prefix}", strict=False)
            except ValueError:
                continue
            if network.is_private and network.prefixlen >= MIN_PREFIX[network.version] \
                    and not network.is_loopback:
                found.add(network)
    return tuple(found)


def in_page_network(value: str, networks: tuple[Network, ...]) -> bool:
    """`value` is a host (not the network's own address) of one of `networks`, or a
    link-local address."""
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if any(address in net for net in LINK_LOCAL if net.version == address.version):
        return True
    return any(address in net and (address != net.network_address or net.num_addresses == 1)
               for net in networks if net.version == address.version)

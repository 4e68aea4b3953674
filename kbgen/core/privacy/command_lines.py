"""The reader's own computer in a network command written outside code (issue 19, branch fs55).

A loopback address in a code block is the reader's computer talking to itself, the same on
every computer (surroundings: "the reader's own computer in code"). Set-up guides of network
services also give their commands as plain lines, where a translation lost the fence (Quad9's
Spanish and Romanian OpenBSD guides: `dig +short quad9.net @127.0.0.1`) or a site's own fence
syntax is no fence to Python-Markdown (Xray's VitePress code groups, `` ```bash
[iptables.rules] ``: `iptables … -j TPROXY --on-ip 127.0.0.1 --on-port 12345`). The line is
still the command the reader types on their own machine.

Accepted only where all of these hold: the line is a command (its first word, after a `$` or
`#` prompt and `sudo` at most, is a network tool a set-up guide runs: a DNS query, a ping or
trace, a firewall's rule, a socket or TLS probe, a capture); the value is a loopback address
(`127.0.0.0/8`, `::1`; a private or public address on the same line is judged alone) standing
as an argument (after a blank, `=`, a quote, a blank's `@` as `dig @server` writes it; a
prefix length at most after it, no path: `curl http://127.0.0.1:8080/admin` and a login's
`jane@127.0.0.1` stay findings); the line names no secret, says whose of nothing and places
nothing (surroundings.names_whose, names_secret; default_networks.placed: `production`,
`payroll`, `unser`; front_pages.PLACED_ELSEWHERE in Romanian, Russian, Chinese), and neither
its headings, the text introducing it nor a block comment says whose (placed_blocks).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from kbgen.core import default_networks
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.front_pages import PLACED_ELSEWHERE
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.surroundings import names_secret, names_whose

REASON = "the reader's own computer in a network command written outside code"

_COMMAND = re.compile(
    r"[ \t]*(?:[$#][ \t]+)?(?:sudo[ \t]+)?"
    r"(?:dig|drill|kdig|delv|nslookup|host|resolvectl|unbound-host|unbound-control"
    r"|ping6?|traceroute6?|tracepath|mtr|iptables|ip6tables|nft|ufw|firewall-cmd|ip|ss|netstat"
    r"|nc|ncat|socat|telnet|openssl|curl|wget|tcpdump|tshark)[ \t]+\S")
"""A command line: a prompt and `sudo` at most, then a network tool and an argument."""
_BEFORE = re.compile(r"(?:^|[\s='\"]|(?<=\s)@)$")
"""What an argument starts after: a blank, `=`, a quote, or `@` after a blank (`dig @server`)."""
_AFTER = re.compile(r"(?:/\d{1,3})?(?::\d{1,5})?(?=[\s'\",;)]|$)")
"""After the address: a prefix length or a port at most, then the argument's end."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but loopback addresses given as arguments of a network command outside code,
    placed with no one."""
    return unplaced(found, lines, context, _Lines().own_computer_argument, REASON)


class _Lines:
    """Whether each line names a secret or places its values, read once per line (a command
    of many loopback arguments asks for each)."""

    def __init__(self) -> None:
        self.kept: dict[str, bool] = {}

    def own_computer_argument(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit is a loopback address standing as an argument of a network command line
        that names no secret and places nothing."""
        if hit.kind != INTERNAL_IP or not _COMMAND.match(line) \
                or not _BEFORE.search(line[max(0, hit.start - 2):hit.start]) \
                or not _AFTER.match(line, hit.end) or not _loopback(line[hit.start:hit.end]):
            return False
        if line not in self.kept:
            self.kept[line] = names_secret(line) or names_whose(line) \
                or default_networks.placed(line) or bool(PLACED_ELSEWHERE.search(line))
        return not self.kept[line]


def _loopback(value: str) -> bool:
    """A loopback address (IPv4 or IPv6)."""
    try:
        return ipaddress.ip_address(value).is_loopback
    except ValueError:
        return False

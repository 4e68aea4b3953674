"""Private addresses in the networks home and small-office routers hand out by default, for the
gate (issue 19).

A networking how-to (a DNS filter, a VPN, a router's settings) shows addresses such as
`192.168.0.101` or `192.168.1.10`: the networks that consumer routers create out of the box.
Millions of networks use the same addresses, none of them routable from the internet, so such
an address names no one's network and carries no secret: publishing it leaks nothing. An
internal note's address there still cannot help customers, so the gate reports it as a
**warning** (`Finding.advisory`: the page is published, `--strict` stops), never drops it.
A page with more than MAP_SIZE of them maps a network: they are all errors there.

It stays an error where its setting (paragraph, heading, the text introducing its code block)
places it with someone: a customer or a ticket, the company's own side (`our`, `office`,
`production`, `internal`), a company's legal name, a person's (`Jane's laptop`, `le poste de Mme
Dupont`: kbgen.core.person_names), a machine's job
in an organisation (`payroll`, `NAS`, `LDAP`), or a secret or a password, in English, German,
French, Spanish, Italian or Dutch alike (kbgen.core.claim_words: `Unsere Datenbank läuft auf
10.0.0.5` as `our database runs on 10.0.0.5`); and where it is a service to connect to: a
URL's host (`http://192.168.1.1/admin`) or an address with a port
(`10.0.0.7:8080`), which an internal note's configuration has and a reader's network does not.
Any other private network (`10.20.30.40`, `192.168.57.3`, `172.16.x.x`) stays an error: a
company picks those, so they map its network.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from functools import lru_cache

from kbgen.core import (
    marked_possessives,
    owned_devices,
    row_owners,
    stated_owners,
    translated_claims,
)
from kbgen.core.cased_letters import NAME
from kbgen.core.claim_words import CASE, JOBS, LIVE, OUR, PREMISES, SECRETS, words
from kbgen.core.person_names import logged_person, named_person
from kbgen.core.possessives import someones_device

DEFAULT_NETWORKS = tuple(ipaddress.IPv4Network(network) for network in (
    "192.168.0.0/24", "192.168.1.0/24",  # most consumer routers (TP-Link, Netgear, Linksys...)
    "192.168.2.0/24",  # Belkin, Telekom Speedport, Edimax
    "192.168.178.0/24",  # AVM FRITZ!Box
    "10.0.0.0/24", "10.0.1.0/24",  # Xfinity and Apple AirPort routers
    "192.168.42.0/24", "192.168.43.0/24", "192.168.44.0/24",  # Android's USB, Wi-Fi hotspot
    # and Bluetooth tethering (its tethering service's default DHCP ranges)
    "172.17.0.0/24",  # Docker's default bridge (docker0 172.17.0.1, its first containers)
))
"""The LAN networks consumer routers and phones create out of the box (their manuals'
defaults), and the first addresses of the bridge network Docker creates on every host
(`docker0` is 172.17.0.1, containers get 172.17.0.2 on: docs.docker.com, "Bridge network
driver"), reachable from that host only."""

ADVICE = ("a private address in a network home routers create by default: it names no one's"
          " network, but check that it is an example (or use 192.0.2.0/24); this is a warning,"
          " the page is published")

_PLACED = re.compile(r"(?i)\b(?:" + words(CASE, OUR, PREMISES, LIVE, JOBS, SECRETS) + r")\b|"
                     + translated_claims.pattern(*translated_claims.PLACING))
"""Words that place an address with a real case, the company's own side, a machine's job in an
organisation, or a secret, in six languages (kbgen.core.claim_words: `client`, a device in
networking, is not among them; nor `internal` after a hyphen: `WireGuard-internal IPs` are the
tunnel's own, no intranet), and in seven more (kbgen.core.translated_claims: `routerul
clientului`, `сервер клиента`, `客户的路由器`, `お客様のルーター`, `고객의 라우터`)."""
_PERSON_OR_COMPANY = re.compile(
    r"\b(?!(?:Let|It|That|What|Here|There|Who|Where|How)['’]s)" + NAME + r"['’]s\b"
    r"|\b[A-Z][\w&'’.-]*[ \t,]+(?:Limited|Ltd\.?|LLC|Inc\.?|Corp\.?|Corporation|plc|GmbH|AG"
    r"|S\.A\.|SAS|SARL|B\.V\.|BV|N\.V\.|Oy|Oyj|AB|A/S|ApS|Pty)(?!\w)")
"""Someone's (`Jane's laptop`, `Frau Müller's PC`, `O'Brien's laptop`: a name in any cased
script, gap64; not a contraction such as `Let's`) or a company's legal name (`Acme Ltd`)."""
_PORT = re.compile(r":\d")
_REACH = 64
"""How far either side of the address its sentence's subject and predicate are read (as
kbgen.core.privacy.marked_examples reads them)."""
"""A port after the address: a service someone runs there (`HTTPSProxy 10.0.0.7:8080`)."""


MAP_SIZE = 12
"""More distinct default-network addresses than this on one page map a network: a how-to
shows a router, a DNS filter and a few devices (Pi-hole's docs show 10 at most on a page); a
list of an office's hosts, each a warning alone, would otherwise publish the whole map."""


def host_map(values: Iterable[str]) -> bool:
    """The private addresses `values` (one page's) hold more than MAP_SIZE distinct ones in
    default networks: they are errors, not warnings."""
    return len({value for value in set(values) if in_default_network(value)}) > MAP_SIZE


def in_default_network(value: str) -> bool:
    """`value` is an IPv4 address in one of DEFAULT_NETWORKS (not its network address)."""
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return any(address in network and address != network.network_address
               for network in DEFAULT_NETWORKS)


def default_network_example(line: str, start: int, end: int, setting: str) -> bool:
    """True if the private address at [start, end) of `line` is in a default home network, is
    no service to connect to (no URL before it, no port after it) and its setting (paragraph,
    heading, the text introducing it) places it with no one: a warning, not an error."""
    return in_default_network(line[start:end]) and unplaced(line, start, end, setting)


def unplaced(line: str, start: int, end: int, setting: str) -> bool:
    """The value at [start, end) of `line` is no service to connect to (no URL before it, no
    port after it), its setting places it with no one and its line is no log of someone's
    session (`… Jane Doe logged in from …`: kbgen.core.person_names) and its sentence names
    no possessor of the thing it is, in words that are no network's (kbgen.core.stated_owners:
    `For example, the boss's computer is 192.168.1.20.`, `the router of the subscriber is …`;
    gap58) and no label names its owner alone (kbgen.core.row_owners: `| Jensen Dental |
    192.168.1.20 |`; gap61)."""
    return (not line.endswith(("://", "://[", "@", "//", "\\"), 0, start)
            and _PORT.match(line, end) is None
            and not _placed(setting) and not logged_person(line)
            and not stated_owners.owned(line[max(0, start - _REACH):start],
                                        line[end:end + _REACH])
            and not row_owners.labelled_owner(line, start, end))


def owner_named(text: str) -> bool:
    """`text` names someone's (`Jane's laptop`, `Acme Corp's firewall`; not `Let's`) or a
    company by its legal name (`Acme Ltd`)."""
    return _PERSON_OR_COMPANY.search(text) is not None


def placed(setting: str) -> bool:
    """The setting places its addresses with a real case, the company's own side, a machine's
    job in an organisation, someone, a company, or a secret."""
    return _placed(setting)


@lru_cache(maxsize=256)
def _placed(setting: str) -> bool:
    """The setting places its addresses with someone: read once however many addresses it
    holds (a line of thousands would otherwise be read once for each)."""
    return bool(_PLACED.search(setting) or _PERSON_OR_COMPANY.search(setting)
                or named_person(setting) or someones(setting))


def someones(text: str) -> bool:
    """`text` says a device is someone's by a possessive, in any language the gate reads
    (`Müllers Rechner`, `Jans laptop`, `张伟的电脑`, `田中さんのPC`, `компьютер Иванова`,
    `Ayşe'nin bilgisayarı`: possessives, owned_devices; `Mikon tietokone`, `Péter laptopja`,
    `ο υπολογιστής του Γιώργου`, `máy tính của Lan`: marked_possessives)."""
    return (someones_device(text) or owned_devices.owned(text)
            or owned_devices.owned_spaced(text) or marked_possessives.owned(text))

"""A private address in the network the page itself sets up (`Address = 10.100.0.1/24`,
`inet 10.0.51.2 netmask 255.255.255.0`), or a link-local one (`fe80::1234`), is a warning, not
an error: a VPN or router how-to's own example network (kbgen.core.page_networks). Outside
that network, in a wide network (`10.0.0.0/8`), with a URL or a port, placed with someone, or
among more addresses than a how-to shows, it stays an error."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

WIREGUARD = "```\n[Interface]\nAddress = 10.100.0.1/24, fd08:4711::1/64\n```\n\n"

WARNINGS = [
    WIREGUARD + "The first client gets `10.100.0.2` and `fd08:4711::2`.",
    "```\ninet 10.0.51.2  netmask 255.255.255.0\n```\n\nThe device 10.0.51.10 asks it.",
    "Set `Preferred DNS` to `fe80::192:168:1:10` (the `IPv6 eth0` address).",
    "- `;reply=fe80::1234` (any valid IPv6 address)",
]

ERRORS = [
    ("outside the page's network", WIREGUARD + "The first client gets `10.100.1.2`."),
    ("a wide network declares nothing", "Allow 10.0.0.0/8.\n\nThe proxy is 10.20.30.40."),
    ("a URL's host", WIREGUARD + "Open http://10.100.0.2/admin to sign in."),
    ("a port", WIREGUARD + "Connect to 10.100.0.2:5432."),
    ("our side", WIREGUARD + "Our payroll server is 10.100.0.9."),
    ("someone's", WIREGUARD + "Jane's laptop is 10.100.0.23."),
    ("a secret beside it", WIREGUARD + "The admin password of 10.100.0.7 is in the vault."),
    ("a link-local address in a URL", "Open http://[fe80::1]/admin."),
    ("a map of hosts", WIREGUARD + "\n".join(f"- host{n}: 10.100.0.{n}" for n in range(2, 20))),
]


@pytest.mark.parametrize("text", WARNINGS)
def test_page_network_address_is_a_warning(text: str) -> None:
    findings = [f for f in scan(text) if f.kind == INTERNAL_IP]
    assert findings and all(f.advisory for f in findings)


@pytest.mark.parametrize(("case", "text"), ERRORS, ids=[case for case, _ in ERRORS])
def test_other_private_address_stays_an_error(case: str, text: str) -> None:
    assert any(f.kind == INTERNAL_IP and not f.advisory for f in scan(text)), case

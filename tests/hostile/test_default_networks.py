"""A private address in a network home routers create by default (`192.168.0.101`, `10.0.1.39`)
is a warning, not an error: it names no one's network (kbgen.core.default_networks). Placed
with a customer, the company's side, a company, someone, a machine's job or a secret, a service
to connect to (a URL, a port), or in any other private network, it stays an error."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

WARNINGS = [
    "Set the DNS server to `192.168.1.10` on each device.",
    "| 192.168.0.101 |   Group 1   | doubleclick.net | Yes |",
    "Still rate-limiting 10.0.1.39 as it made additional queries.",
    "```\nhosts = [ \"00:20:e0:3b:13:af,192.168.0.123,laptop,24h\" ]\n```",
    "The box answers at 192.168.178.20 once it has booted.",
    "Set the DNS server to ::ffff:192.168.1.10.",  # the same host, mapped into IPv6
    '```json\n{"ip": "192.168.42.1", "confirmed": true}\n```',  # Android's USB tethering
    "Let's decrypt it! The packet is from `192.168.43.89`.",  # a contraction, not someone's
]

ERRORS = [
    ("our office", "Our office NAS is at 192.168.1.20."),
    ("a customer's", "The customer's router answers at 192.168.0.1 and drops DNS."),
    ("someone's", "Jane's laptop is 192.168.1.23."),
    ("a company", "Acme Ltd runs its VPN gateway at 10.0.0.5."),
    ("a machine's job", "The payroll box is 192.168.178.20."),
    ("a secret on the line", "The admin password for 192.168.1.1 is in the vault."),
    ("staging", "Staging runs at 192.168.2.40."),
    ("the paragraph's production", "We moved it last week.\nThe production DNS is now\n"
                                   "192.168.0.53 for everyone."),
    ("a hosts line of a company host", "```\n192.168.1.50  payroll.corp\n```"),
    ("a ticket", "Ticket 4411: the user cannot reach 192.168.1.77."),
    ("a network a company picks", "Connect to 10.20.30.40 for the build."),
    ("another 192.168 network", "Point every device at 192.168.57.3."),
    ("172.16", "The resolver is 172.16.0.5."),
    ("a container network", "The proxy container is 172.18.0.4."),
    ("a zero-padded address", "Set the DNS server to 192.168.001.010."),
    ("a URL's host", "Open http://192.168.1.1/admin and sign in."),
    ("a port after it", "Set it in your torrc:\n\n```\nHTTPSProxy 10.0.0.7:8080\n```"),
    ("a customer's, introducing the block",
     "The customer's setup, for example:\n\n```\nserver 192.168.1.53\n```"),
    ("under an internal heading", "## Internal resolvers\n\nUse 192.168.0.53 first."),
    ("a tethering address with a port", "The phone's proxy is 192.168.43.1:8080."),
    ("a tethering address of someone's", "Jane's phone shares 192.168.43.7."),
]


@pytest.mark.parametrize("text", WARNINGS)
def test_default_network_address_is_a_warning(text: str) -> None:
    findings = [f for f in scan(text) if f.kind == INTERNAL_IP]
    assert findings and all(f.advisory for f in findings)
    assert "default" in findings[0].advice


@pytest.mark.parametrize(("case", "text"), ERRORS, ids=[case for case, _ in ERRORS])
def test_placed_or_chosen_address_stays_an_error(case: str, text: str) -> None:
    assert any(f.kind == INTERNAL_IP and not f.advisory for f in scan(text)), case

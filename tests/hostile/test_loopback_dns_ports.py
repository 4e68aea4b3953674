"""A loopback address with a port written as DNS software writes it (`127.0.0.1#5335`, dnsmasq
and unbound) in prose is a warning, as `127.0.0.1:5335` is: the reader's own computer. A path
after it, a user before it, or a private address stays an error."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

WARNINGS = [
    "If you see the reply to queries from 127.0.0.1#5335, then Pi-hole is using unbound.",
    "Point Pi-hole at 127.0.0.1#5335 as its upstream.",
]
ERRORS = [
    ("a path after it", "Forward to 127.0.0.1#5335/admin now."),
    ("a user before it", "Log in as admin@127.0.0.1#22 first."),
    ("a private address", "Set the upstream to 10.20.30.40#53."),
    ("more after the port", "Use 127.0.0.1#5335.secret for that."),
]


@pytest.mark.parametrize("text", WARNINGS)
def test_loopback_with_a_dns_port_is_a_warning(text: str) -> None:
    findings = [f for f in scan(text) if f.kind == INTERNAL_IP]
    assert findings and all(f.advisory for f in findings)


@pytest.mark.parametrize(("case", "text"), ERRORS, ids=[case for case, _ in ERRORS])
def test_path_user_or_private_address_stays_an_error(case: str, text: str) -> None:
    assert any(f.kind == INTERNAL_IP and not f.advisory for f in scan(text)), case

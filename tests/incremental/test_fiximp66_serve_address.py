"""rev66 F16: `kbgen serve -a ::ffff:127.0.0.1` (an IPv4-mapped IPv6 address) was refused as
"::ffff port 127.0.0.1", and `-a LOCALHOST` as no IP address (host names ignore case): both
are served on; an IPv6 address ending in a number stays ambiguous (`::1:8000`)."""

from __future__ import annotations

import pytest
from mkdocs.config.config_options import IpAddress

from kbgen.commands.serve_address import dev_address
from kbgen.errors import KbError

TAKEN = [
    ("::ffff:127.0.0.1", "[::ffff:127.0.0.1]:8000"),
    ("::ffff:192.168.1.20", "[::ffff:192.168.1.20]:8000"),
    ("[::ffff:127.0.0.1]:8001", "[::ffff:127.0.0.1]:8001"),
    ("64:ff9b::10.0.0.1", "[64:ff9b::10.0.0.1]:8000"),
    ("LOCALHOST", "localhost:8000"), ("LocalHost:9000", "localhost:9000"),
    (" Localhost ", "localhost:8000"), ("localHOST:0", "localhost:0"),
]
REFUSED = [
    ("::ffff:8000", "it reads as the address ::ffff:8000 or as ::ffff port 8000"),
    ("::1:80", "it reads as the address ::1:80 or as ::1 port 80"),
    ("fe80::1:443", "or as fe80::1 port 443"),
    ("::ffff:127.0.0.1:8000", "an IPv6 address with a port is written in brackets"),
    ("LOCALHOST.example:80", "'LOCALHOST.example' is no IP address"),
    ("localhost:port", "'port' is no port"), ("LOCALHOST:", "no port after the colon"),
]


@pytest.mark.parametrize(("given", "address"), TAKEN)
def test_mapped_addresses_and_any_case_localhost_are_served_on(given: str, address: str) -> None:
    assert dev_address(given) == address
    IpAddress().validate(address)  # MkDocs' own reading of dev_addr accepts it


@pytest.mark.parametrize(("given", "why"), REFUSED)
def test_what_stays_refused_is_named(given: str, why: str) -> None:
    with pytest.raises(KbError) as refused:
        dev_address(given)
    message = str(refused.value)
    assert why in message and "port 127.0.0.1" not in message, message

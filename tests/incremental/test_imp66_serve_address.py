"""`kbgen serve -a` without a port serves on port 8000 (`-a '[::1]'`, `-a ::1`, `-a 0.0.0.0`,
`-a localhost`), where MkDocs split `[::1]` at its last colon and answered "'[:' does not
appear to be an IPv4 or IPv6 address"; an address it cannot serve on is named with what is
wrong and an example, before anything is built, and the command exits 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config.config_options import IpAddress

from kbgen.commands.serve_address import dev_address
from kbgen.errors import KbError
from tests.conftest import SMALL_PROJECT, write_files
from tests.hostile.refusals import run_in

TAKEN = [
    ("[::1]", "[::1]:8000"), ("::1", "[::1]:8000"), ("[::1]:0", "[::1]:0"),
    ("[::1]:8001", "[::1]:8001"), ("[fe80::1]", "[fe80::1]:8000"), ("fe80::1", "[fe80::1]:8000"),
    ("[::]", "[::]:8000"), ("127.0.0.1", "127.0.0.1:8000"), ("0.0.0.0", "0.0.0.0:8000"),
    ("localhost", "localhost:8000"), ("localhost:9000", "localhost:9000"),
    ("127.0.0.1:0", "127.0.0.1:0"), (" 127.0.0.1:8002 ", "127.0.0.1:8002"),
    ("[2001:db8::5]:65535", "[2001:db8::5]:65535"), ("127.0.0.1:08000", "127.0.0.1:8000"),
    # rev66 F16: an IPv4-mapped IPv6 address and localhost in any case are served on
    ("::ffff:127.0.0.1", "[::ffff:127.0.0.1]:8000"),
    ("::ffff:192.168.1.20", "[::ffff:192.168.1.20]:8000"),
    ("[::ffff:127.0.0.1]:8001", "[::ffff:127.0.0.1]:8001"),
    ("64:ff9b::10.0.0.1", "[64:ff9b::10.0.0.1]:8000"),
    ("LOCALHOST", "localhost:8000"), ("LocalHost:9000", "localhost:9000"),
    (" Localhost ", "localhost:8000"), ("localHOST:0", "localhost:0"),
]
REFUSED = [
    ("[::1]:", "no port after the colon"), ("127.0.0.1:", "no port after the colon"),
    (":8000", "no address before the port"), ("", "no address before the port"),
    ("[::1]:abc", "'abc' is no port: a port is a number from 0 to 65535"),
    ("[::1]:70000", "'70000' is no port"), ("localhost:-1", "'-1' is no port"),
    ("127.0.0.1:٨٠٠٠", "is no port"), ("[::1", "an IPv6 address is written in brackets"),
    ("[::1]8000", "an IPv6 address is written in brackets"),
    ("[127.0.0.1]:80", "'127.0.0.1' is no IPv6 address"),
    ("::1:8000", "it reads as the address ::1:8000 or as ::1 port 8000"),
    ("myhost:80", "'myhost' is no IP address"), ("help.example.com", "is no IP address"),
    ("256.1.1.1:80", "'256.1.1.1' is no IP address"), ("::g", "written in brackets"),
    ("::ffff:8000", "it reads as the address ::ffff:8000 or as ::ffff port 8000"),
    ("::1:80", "it reads as the address ::1:80 or as ::1 port 80"),
    ("fe80::1:443", "or as fe80::1 port 443"),
    ("::ffff:127.0.0.1:8000", "an IPv6 address with a port is written in brackets"),
    ("LOCALHOST.example:80", "'LOCALHOST.example' is no IP address"),
    ("localhost:port", "'port' is no port"), ("LOCALHOST:", "no port after the colon"),
]


@pytest.mark.parametrize(("given", "address"), TAKEN)
def test_an_address_takes_the_default_port_and_mkdocs_reads_it(given: str, address: str) -> None:
    assert dev_address(given) == address
    IpAddress().validate(address)  # MkDocs' own reading of dev_addr accepts it


@pytest.mark.parametrize(("given", "why"), REFUSED)
def test_a_bad_address_is_named_with_what_is_wrong(given: str, why: str) -> None:
    with pytest.raises(KbError) as refused:
        dev_address(given)
    message = str(refused.value)
    assert message.startswith(f"kbgen serve -a '{given}': ") and why in message, message
    assert "-a '[::1]:8000'" in message and "port 127.0.0.1" not in message


def test_serve_refuses_it_before_building(tmp_path: Path) -> None:
    write_files(tmp_path, SMALL_PROJECT)
    code, output = run_in(tmp_path, "serve", "-a", "[::1]:")
    assert code == 1
    assert "kbgen serve -a '[::1]:': no port after the colon" in output, output
    assert "does not appear to be" not in output and not (tmp_path / "site").exists()

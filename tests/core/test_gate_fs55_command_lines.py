"""Issue 19 (fs55): a loopback address given as an argument of a network command written
outside code, as Quad9's translated guides (their fence lost) and Xray's VitePress code groups
(a fence Python-Markdown does not open) write them, is the reader's own computer
(kbgen.core.privacy.command_lines). A path, a login, a placed line and other addresses on the
line stay findings (more are rows `fs55-command line` of bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.examples import Acceptance
from kbgen.core.privacy import Allowed, command_lines, scan

# Quad9's Spanish OpenBSD guide (the rule was written on it) and Xray's transparent proxy
# guide (moved blind).
QUAD9 = "Abra una segunda sesión.\n\ndig +short quad9.net @127.0.0.1\n\nEl resultado debe ser:\n"
XRAY = ("::: code-group\n\n```bash [iptables.rules]\n"
        "iptables -t mangle -A XRAY -p udp -j TPROXY --on-ip 127.0.0.1 --on-port 12345"
        " --tproxy-mark 1\n"
        "ip6tables -t mangle -A XRAY6 -p tcp -j TPROXY --on-ip ::1 --on-port 12345"
        " --tproxy-mark 1\n```\n")


@pytest.mark.parametrize("text", [QUAD9, XRAY, "nslookup quad9.net 127.0.0.1\n",
                                  "$ sudo ss -tlnp src 127.0.0.1:53\n"])
def test_a_loopback_argument_of_a_command_line_passes_with_its_reason(text: str) -> None:
    explained: list[Acceptance] = []
    assert [finding for finding in scan(text, Allowed(), explain=explained)
            if not finding.advisory] == []
    assert command_lines.REASON in {acceptance.reason for acceptance in explained}


@pytest.mark.parametrize("text, line", [
    ("curl http://127.0.0.1:8080/admin/payroll\n", 1),
    ("dig +short intranet.example.com @127.0.0.1 # our production resolver\n", 1),
    ("ssh jane@127.0.0.1\n", 1),
    ("nslookup intranet.example.com 127.0.0.1 # el resolvedor del cliente\n", 1),
    ("The hub talks to 127.0.0.1 on port 8883.\n", 1),
    ("## Ticket 4821 from the customer\n\ndig +short quad9.net @127.0.0.1\n", 3),
])
def test_a_path_a_login_or_a_placed_loopback_is_still_found(text: str, line: int) -> None:
    assert (line, "internal IP address") in {(finding.line, finding.kind)
                                             for finding in scan(text, Allowed())}


def test_other_addresses_and_secrets_on_the_command_line_stay_found() -> None:
    text = ("iptables -t nat -A PREROUTING -d 10.20.30.40 -j DNAT --to-destination"
            " 127.0.0.1:8443\n")
    found = scan(text, Allowed())
    assert [(finding.kind, finding.excerpt) for finding in found] == [
        ("internal IP address", "10.**.**.**")]

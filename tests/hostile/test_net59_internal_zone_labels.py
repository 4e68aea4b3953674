"""Issue 19 (net59, rev59b): an address beside an `.internal` host name stays found when
anything places it. net59 read `internal` as a host name's label as placing nothing (OPNsense's
`**Domain** ``lan.internal``` row beside a DHCP range); rev59b then put 35 owned addresses
through that reading (a public `host.docker.internal` or a code package's `okhttp3.internal.`
on the page unplaced a person's laptop), so it was taken out: these are the riders of both."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

LEAKS = [
    ("our zone", "Our DNS zone is lan.internal; the resolver is 192.168.1.1.\n"),
    ("the payroll host", "The payroll host payroll.corp.internal is 192.168.1.20.\n"),
    ("a company's zone", "Acme's zone acme.internal: gateway 192.168.1.1\n"),
    ("the office zone", "The office zone office.internal uses 192.168.1.1 as its gateway.\n"),
    ("the intranet zone", "intranet.internal answers at 192.168.1.5\n"),
    ("internal as prose beside the zone",
     "The internal DNS server for lan.internal is 192.168.1.53.\n"),
    ("Internal as a label", "Internal zone lan.internal: resolver 192.168.1.53\n"),
    ("the customer's zone", "The customer zone lan.internal has its router at 192.168.1.1.\n"),
    ("someone's laptop", "Jane's laptop jane.lan.internal is 192.168.1.77.\n"),
    ("our gateway", "Our lan.internal gateway: 192.168.1.1\n"),
    ("production", "The production zone lan.internal: 192.168.1.10\n"),
    ("our as a label", "our-lan.internal resolves to 192.168.1.1\n"),
    ("staging", "corp.internal (staging) points at 192.168.1.4\n"),
    ("HR", "HR zone hr.internal: 192.168.1.9\n"),
    ("a ticket", "Ticket 4411: lan.internal resolves 192.168.1.1 and fails.\n"),
    ("French our", "Notre zone lan.internal : passerelle 192.168.1.1\n"),
    ("German our", "Unsere Zone lan.internal: Gateway 192.168.1.1\n"),
    ("a company's legal name", "Zone lan.internal of Initech Ltd: gateway 192.168.1.1\n"),
    ("a settings table of our office",
     "Our office network:\n\n**Domain**        ``lan.internal``\n"
     "**Gateway**       ``192.168.1.1``\n"),
    ("a settings table under a customer's heading",
     "## Initech's DHCP\n\n**Domain**        ``lan.internal``\n"
     "**Start address**   ``192.168.1.100``\n"),
    ("a settings table with a password row",
     "**Domain**        ``lan.internal``\n**Server**        ``192.168.1.10``\n"
     "**Password**      see the vault\n"),
    ("a port after the address", "Zone lan.internal: resolver 192.168.1.53:53\n"),
    ("a URL's host", "Zone lan.internal: open http://192.168.1.1/admin\n"),
    ("a company's network, not a home default", "Zone lan.internal: gateway 10.20.30.1\n"),
    ("the NAS", "The NAS nas.lan.internal is 192.168.1.20.\n"),
]


def _errors(text: str) -> list[int]:
    return [finding.line for finding in scan(text)
            if finding.kind == INTERNAL_IP and not finding.advisory]


@pytest.mark.parametrize(("name", "text"), LEAKS, ids=[name for name, _ in LEAKS])
def test_an_address_placed_otherwise_beside_a_zone_stays_found(name: str, text: str) -> None:
    assert _errors(text) != []

"""Issue 19 (topo60): the addresses a network manual draws as its example topology's nodes
(`nwdiag`, Mermaid, boxes in a code block) are the page's own network, a warning like a network
it writes in CIDR (kbgen.core.diagram_hosts); an address anything places, one the drawing does
not hold, a service's, a table of hosts or a page that maps a network stay errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core import diagram_hosts
from kbgen.core.privacy import INTERNAL_IP, scan
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, write

NWDIAG = """## Network topology

The schema below describes the set-up of this guide.

.. nwdiag::

    nwdiag {
      network transit {
          label = "VTI {left} <--> {right}";
          fwa [shape = "cisco.firewall", address="10.10.1.1/24"];
          fwb [shape = "cisco.firewall", address="10.10.1.2/24"];
      }
    }

"""
BOXES = """## Network diagram

::

      +-----------+ {left}        {right} +-----------+
      |  Router A |------------------------|  Router B |
      +-----------+                        +-----------+

"""
MERMAID = """## How the tunnel runs

```mermaid
graph LR
  A["Site A {left}"] --> B["Site B {right}"]
```

"""


def _drawn(template: str, left: str = "192.168.123.1", right: str = "192.168.123.2") -> str:
    return template.replace("{left}", left).replace("{right}", right)


def _errors(text: str) -> list[int]:
    return [finding.line for finding in scan(text)
            if finding.kind == INTERNAL_IP and not finding.advisory]


def _warnings(text: str) -> list[int]:
    return [finding.line for finding in scan(text)
            if finding.kind == INTERNAL_IP and finding.advisory]


SETTINGS = ("Set **Tunnel local address** to ``192.168.123.1`` and **Tunnel remote address**"
            " to ``192.168.123.2``.\n")

ACCEPTED = [
    ("an nwdiag's nodes, then the settings", _drawn(NWDIAG) + SETTINGS),
    ("boxes drawn in a literal block, then the settings", _drawn(BOXES) + SETTINGS),
    ("a Mermaid chart, then the settings", _drawn(MERMAID) + SETTINGS),
    ("an nwdiag in a Markdown fence (Kroki)",
     "## Lab\n\n```nwdiag\nnwdiag {\n  network lab {\n    r1 [address = \"10.77.0.1\"];\n"
     "    r2 [address = \"10.77.0.2\"];\n  }\n}\n```\n\nPing ``10.77.0.2`` from r1.\n"),
    ("Unicode boxes in a fence",
     "```text\n┌────────┐ 10.1.1.5     10.1.1.6 ┌────────┐\n"
     "│ R1     │───────────────────│ R2     │\n"
     "└────────┘                   └────────┘\n```\n\nThen ping 10.1.1.6.\n"),
]


@pytest.mark.parametrize(("name", "text"), ACCEPTED, ids=[name for name, _ in ACCEPTED])
def test_a_drawn_topologys_addresses_are_warnings(name: str, text: str) -> None:
    assert _errors(text) == []
    assert _warnings(text) != []


LEAKS = [
    ("our office's server in prose beside the drawing",
     _drawn(NWDIAG) + "Our office's server is 192.168.123.1.\n"),
    ("the drawing's caption names a company by possessive",
     _drawn(NWDIAG).replace("The schema below describes the set-up of this guide.",
                            "Jensen Dental's network:") + SETTINGS),
    ("the caption names a company by legal form",
     _drawn(BOXES).replace("## Network diagram", "## Initech GmbH, Berlin") + SETTINGS),
    ("a NAS as a node", _drawn(MERMAID, "NAS 10.20.30.5", "10.20.30.6")
     + "Mount the share from 10.20.30.5.\n"),
    ("payroll as a node", _drawn(BOXES).replace("Router A", "Payroll  ") + SETTINGS),
    ("a person's laptop as a node", _drawn(MERMAID).replace("Site A", "Jane's laptop")
     + SETTINGS),
    ("the boss's computer as a node", _drawn(MERMAID).replace("Site A", "the boss's computer")
     + SETTINGS),
    ("a subscriber's router as a node", _drawn(MERMAID).replace("Site A",
                                                                 "Router of the subscriber")
     + SETTINGS),
    ("a tenant's laptop as a box", _drawn(BOXES).replace("Router A", "Tenant's ") + SETTINGS),
    ("a customer's router as a node", _drawn(MERMAID).replace("Site B", "Customer router")
     + SETTINGS),
    ("a ticket in the heading", _drawn(NWDIAG).replace("Network topology", "Ticket 4821")
     + SETTINGS),
    ("our network as the caption", _drawn(NWDIAG).replace(
        "The schema below describes the set-up of this guide.", "Our network:") + SETTINGS),
    ("the office in German", _drawn(BOXES).replace("## Network diagram", "## Unser Büro")
     + SETTINGS),
    ("the office in Spanish", _drawn(MERMAID).replace("## How the tunnel runs",
                                                       "## La red de nuestra oficina")
     + SETTINGS),
    ("production in the drawing", _drawn(NWDIAG).replace("VTI", "production VTI") + SETTINGS),
    ("internal in the drawing", _drawn(NWDIAG).replace("VTI", "internal VTI") + SETTINGS),
    ("staging in the heading", _drawn(BOXES).replace("Network diagram", "Staging") + SETTINGS),
    ("a person's name in the caption", _drawn(NWDIAG).replace(
        "The schema below describes the set-up of this guide.", "Network of Jane Doe:")
     + SETTINGS),
    ("an address the drawing does not hold",
     _drawn(NWDIAG) + "The file server is 192.168.123.9.\n"),
    ("a drawn address with a port", _drawn(BOXES) + "Connect to 192.168.123.1:8443.\n"),
    ("a drawn address as a URL's host", _drawn(MERMAID) + "Open http://192.168.123.2/admin.\n"),
    ("a drawn address someone owns elsewhere",
     _drawn(NWDIAG) + "Jane's laptop is 192.168.123.2.\n"),
    ("a drawn address in a customer's sentence",
     _drawn(BOXES) + "The customer reported that 192.168.123.1 drops every hour.\n"),
    ("a drawn address beside our",
     _drawn(MERMAID) + "Our firewall answers on 192.168.123.1.\n"),
    ("a grid table of hosts is no drawing",
     "+--------+-------------+\n| srv01  | 10.20.30.5  |\n+--------+-------------+\n"
     "| srv02  | 10.20.30.6  |\n+--------+-------------+\n\nssh to 10.20.30.5.\n"),
    ("one box a line is no drawing",
     "::\n\n    +--------+\n    | srv01  | 10.20.30.5\n    +--------+\n\nssh to 10.20.30.5.\n"),
    ("a ticket two paragraphs above the drawing",
     "## Network\n\nTicket 4821 from Initech about their VPN.\n\nHere is the diagram:\n\n"
     + _drawn(MERMAID).replace("## How the tunnel runs", "") + SETTINGS),
    ("a customer's name as a bare label in a drawing under a customer's section",
     "## The customer's sites\n\nThey sent this.\n\n" + _drawn(BOXES).replace(
         "## Network diagram", "").replace("Router A", "Hansen   ") + SETTINGS),
    ("the caption under the drawing names the customer",
     _drawn(BOXES) + "Above: the customer's network.\n\n" + SETTINGS),
    ("the caption under the drawing names a company",
     _drawn(MERMAID) + "This is how Initech Ltd routes its sites.\n\n" + SETTINGS),
    ("a page of many drawn hosts maps a network",
     "```mermaid\ngraph LR\n" + "".join(f"  N{n}[\"10.20.30.{n}\"] --> G\n" for n in range(1, 15))
     + "```\n\nThe gateway is 10.20.30.1.\n"),
    ("an nwdiag left open does not reach far",
     "nwdiag {\n  network a {\n    r1 [address = \"10.9.9.1\"];\n" + "  x;\n" * 450
     + "\nThe server is 10.20.30.40.\n"),
    ("a drawing in a ticket's quote",
     "Ticket 7781, the customer's diagram:\n\n```mermaid\ngraph LR\n  A[\"10.20.30.5\"] --> B\n"
     "```\n\nPing 10.20.30.5.\n"),
    ("French our", _drawn(NWDIAG).replace("## Network topology", "## Notre réseau") + SETTINGS),
]


@pytest.mark.parametrize(("name", "text"), LEAKS, ids=[name for name, _ in LEAKS])
def test_a_placed_or_undrawn_address_stays_found(name: str, text: str) -> None:
    assert _errors(text) != []


def test_a_grid_table_is_no_drawing() -> None:
    table = ["+------+------------+", "| fw   | 10.20.30.1 |", "+------+------------+"]
    assert list(diagram_hosts.drawings(table)) == []
    assert diagram_hosts.drawn_hosts(table) == frozenset()


def test_the_nodes_of_an_nwdiag_label_are_read() -> None:
    lines = _drawn(NWDIAG.replace("VTI {left}", "VTI\\n{left}")).split("\n")
    assert {str(host) for host in diagram_hosts.drawn_hosts(lines)} >= {
        "192.168.123.1", "192.168.123.2", "10.10.1.1", "10.10.1.2"}


def _check(root: Path, body: str) -> tuple[int, str]:
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES})
    write(root, body)
    result = CliRunner().invoke(cli, ["check", "-f", str(root / "mkdocs.yml")])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def test_kbgen_check_warns_on_a_drawn_topology_and_refuses_its_placed_twin(
        tmp_path: Path) -> None:
    body = _drawn(BOXES) + SETTINGS
    settings_line = LINE + body.split("\n").index(SETTINGS.rstrip("\n"))
    code, output = _check(tmp_path / "drawn", body)
    assert code == 0, output
    assert f"{ARTICLE}:{settings_line}: warning: internal IP address" in output
    code, output = _check(tmp_path / "placed", body.replace("## Network diagram",
                                                            "## Our office network"))
    assert code == 1
    assert f"{ARTICLE}:{settings_line}: error: internal IP address" in output

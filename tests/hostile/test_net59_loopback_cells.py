"""Issue 19 (net59): a loopback address alone in a settings table's cell (OPNsense's field
tables, `**Redirect target IP**       127.0.0.1`; a Markdown or grid table's `| 127.0.0.1 |`)
is read as the same value in code is, the reader's own computer (kbgen.core.settings_cells).
Only the whole cell counts, and a row, heading or introduction placing it (our, a customer, a
company, someone's, production, a machine's job) keeps it found; a private address that is no
loopback, prose, a port, a URL or a login are other readings' and stay as they were."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan
from kbgen.core.settings_cells import whole_cell

ACCEPTED = [
    ("OPNsense's transparent proxy rule",
     "- :menuselection:`Firewall --> NAT --> Port Forward`\n\n"
     "============================ ===========\n**Interface**                LAN\n"
     "**Protocol**                 TCP\n**Redirect target IP**       127.0.0.1\n"
     "**Redirect target port**     3128\n============================ ===========\n"),
    ("a Markdown settings table",
     "| Setting | Value |\n| --- | --- |\n| Listen address | 127.0.0.1 |\n| Port | 8080 |\n"),
    ("an IPv6 loopback cell", "| Setting | Value |\n| --- | --- |\n| Bind address | ::1 |\n"),
    ("a grid table's cell",
     "+-----------+-----------+\n| Server IP | 127.0.0.1 |\n+-----------+-----------+\n"),
]

TABLE = "| Service | Address |\n| --- | --- |\n| {row} | {cell} |\n"
LEAKS = [
    ("production in the row", TABLE.format(row="Production proxy", cell="127.0.0.1")),
    ("a company's in the row", TABLE.format(row="Acme's broker", cell="127.0.0.1")),
    ("our in the row", TABLE.format(row="Our proxy", cell="127.0.0.1")),
    ("the customer's in the row", TABLE.format(row="The customer's agent", cell="127.0.0.1")),
    ("payroll in the row", TABLE.format(row="Payroll database", cell="127.0.0.1")),
    ("office in the row", TABLE.format(row="Office proxy", cell="127.0.0.1")),
    ("staging in the row", TABLE.format(row="Staging API", cell="127.0.0.1")),
    ("a company's legal name in another cell",
     "| Service | Address | Owner |\n| --- | --- | --- |\n| Proxy | 127.0.0.1 | Acme GmbH |\n"),
    ("a person's laptop in the row", TABLE.format(row="Jane's laptop", cell="127.0.0.1")),
    ("a heading placing the table",
     "## Acme Corp's production servers\n\n" + TABLE.format(row="Proxy", cell="127.0.0.1")),
    ("an introduction placing the table",
     "Our office proxies:\n\n" + TABLE.format(row="Proxy", cell="127.0.0.1")),
    ("a ticket introducing the table",
     "From ticket #4821, the customer's settings:\n\n"
     + TABLE.format(row="Proxy", cell="127.0.0.1")),
    ("words after the address in its cell",
     TABLE.format(row="Proxy", cell="127.0.0.1 on the production server")),
    ("behind the firewall in its cell",
     TABLE.format(row="Hub", cell="127.0.0.1 behind the firewall")),
    ("a URL in the cell", TABLE.format(row="Admin page", cell="http://127.0.0.1/admin")),
    ("a login in the cell", TABLE.format(row="Shell", cell="jane@127.0.0.1")),
    ("a private address, not loopback", TABLE.format(row="Gateway", cell="10.20.30.1")),
    ("a private address in a field row", "**Gateway**          10.20.30.1\n"),
    ("a field row with our proxy after it",
     "**Redirect target IP**       127.0.0.1   *our production proxy*\n"),
    ("a field row naming a company's box", "**Server**           127.0.0.1 on Acme's box\n"),
    ("a field row with a ticket after it",
     "**Redirect target IP**       127.0.0.1 (ticket 4821)\n"),
    ("a field row labelled our", "**Our proxy**        127.0.0.1\n"),
    ("a field row labelled in German", "**Unser Produktionsproxy**        127.0.0.1\n"),
    ("a field row labelled in French", "**Notre serveur de paie**        127.0.0.1\n"),
    ("a field row of HR", "**HR server**        127.0.0.1\n"),
    ("a field row with one blank", "**Redirect target IP** 127.0.0.1 for the Berlin office\n"),
    ("prose, the hub's port", "The hub talks to 127.0.0.1 on port 8883.\n"),
    ("prose after a label", "Redirect target IP: 127.0.0.1 on our proxy.\n"),
    ("a heading naming the customer over a field table",
     "## Initech's firewall\n\n**Redirect target IP**       127.0.0.1\n"),
    ("a person's name as the field's label", "**Jane Doe**        127.0.0.1\n"),
    ("a doctor named in the row", TABLE.format(row="Dr. Priya Natarajan", cell="127.0.0.1")),
    ("a customer's legal name in the row",
     TABLE.format(row="Kunde: Müller GmbH", cell="127.0.0.1")),
    ("a company in the field's label", "**Server (Acme Corp)**     127.0.0.1\n"),
    ("the cell's row names the site",
     "| Site | Proxy |\n| --- | --- |\n| Acme Corp headquarters | 127.0.0.1 |\n"),
]


def _errors(text: str) -> list[int]:
    return [finding.line for finding in scan(text)
            if finding.kind == INTERNAL_IP and not finding.advisory]


@pytest.mark.parametrize(("name", "text"), ACCEPTED, ids=[name for name, _ in ACCEPTED])
def test_a_loopback_address_alone_in_a_settings_cell_is_the_reader_s_own_computer(
        name: str, text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize(("name", "text"), LEAKS, ids=[name for name, _ in LEAKS])
def test_a_placed_or_partial_cell_stays_found(name: str, text: str) -> None:
    assert _errors(text) != []


@pytest.mark.parametrize(("line", "value", "whole"), [
    ("**Redirect target IP**       127.0.0.1", "127.0.0.1", True),
    ("| Listen | 127.0.0.1 |", "127.0.0.1", True),
    ("| Listen |127.0.0.1|", "127.0.0.1", True),
    ("| Listen | 127.0.0.1:80 |", "127.0.0.1", False),
    ("| Listen | on 127.0.0.1 |", "127.0.0.1", False),
    ("**Redirect target IP** 127.0.0.1", "127.0.0.1", False),
    ("**Redirect target IP**       127.0.0.1  *ours*", "127.0.0.1", False),
    ("Listen | 127.0.0.1 |", "127.0.0.1", False),
    ("text **bold**   127.0.0.1", "127.0.0.1", False),
])
def test_whole_cell_reads_only_a_cell_holding_nothing_else(line: str, value: str,
                                                           whole: bool) -> None:
    start = line.index(value)
    assert whole_cell(line, start, start + len(value)) is whole

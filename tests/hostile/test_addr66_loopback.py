"""A loopback address written alone (`configure 127.0.0.1 as the server`, `if the resolver is
not 127.0.0.1 or ::1`) is the reader's own computer: a warning, the page is published (main
refused it). Wherever it says more than "this computer" it stays an error: an owner in its
setting or the page's front matter (any language the gate reads, a table row, a field, HTML, a
quoted ticket, a heading), a port, path or login, a number in its sentence, a network's layout
(`behind the firewall`, `in the DMZ`). The leaks are also rows `addr66: …` of
bench/gatecorpus/hostile.yml. One scan per text, shared by the asserts."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

LEAKS = [
    ("a person's possessive", "Jane's laptop: 127.0.0.1\n"),
    ("German, a person's notebook", "Das Notebook von Frau Müller hat 127.0.0.1 als DNS-Server.\n"),
    ("table row, a company's resolver",
     "| Resolver | Address |\n| --- | --- |\n| Acme GmbH resolver | 127.0.0.1 |\n"),
    ("HTML cells, our payroll database",
     "<table><tr><td>Our payroll DB</td><td>127.0.0.1</td></tr></table>\n"),
    ("front matter naming a customer",
     "---\ntitle: DNS\ncustomer: Initech\n---\n\nThe resolver is 127.0.0.1.\n"),
    ("a quoted ticket", "> Ticket #4821: the customer's agent listens on 127.0.0.1.\n"),
    ("a password beside it",
     "The database listens on 127.0.0.1, user root, password Tr0ub4dor3.\n"),
    ("a number without the word port", "The hub talks to 127.0.0.1 on 8883.\n"),
    ("German port", "Der Hub spricht mit 127.0.0.1 auf Port 8883.\n"),
    ("Russian, the customer's server", "Сервер клиента слушает 127.0.0.1.\n"),
    ("Chinese, a person's computer", "张伟的电脑上 DNS 设为 127.0.0.1。\n"),
    ("Japanese, a person's PC", "田中さんのPCは127.0.0.1を使います。\n"),
    ("a path after it", "Set the callback to 127.0.0.1/oauth/jane.doe for the login.\n"),
    ("our staging resolver", "Our staging resolver is 127.0.0.1.\n"),
    ("in the DMZ", "The agent listens on 127.0.0.1 in the DMZ.\n"),
    ("a heading placing it",
     "## Initech's production servers\n\nThe agent listens on 127.0.0.1.\n"),
    ("IPv6 loopback with a port", "The admin API answers on [::1]:8080.\n"),
    ("a list item naming a person", "- Marta Jensen: 127.0.0.1\n"),
    ("a ticket number in the line", "Resolver 127.0.0.1 (ticket HD-4821)\n"),
    ("Polish possessive", "komputer Jana Kowalskiego: 127.0.0.1\n"),
    ("Spanish, the customer's resolver", "El resolvedor del cliente es 127.0.0.1.\n"),
    ("French, our office", "Le serveur de notre bureau écoute sur 127.0.0.1.\n"),
    ("a VPN layout", "The VPN hands out 127.0.0.1 as the DNS server to staff.\n"),
    ("IPv6 loopback, the customer's", "The customer's proxy binds ::1 only.\n"),
    ("another loopback address, a payroll service", "The payroll service binds 127.0.0.7.\n"),
    ("a field row naming a person", "**Jane Doe**        127.0.0.1\n"),
    ("Italian, a company's", "Il server dell'azienda Rossi ascolta su 127.0.0.1.\n"),
    ("a firewall in German", "Der Agent hört auf 127.0.0.1 hinter der Firewall.\n"),
    ("a firewall in French", "L'agent écoute sur 127.0.0.1 derrière le pare-feu.\n"),
]
"""Leaks that must stay errors (each also a hostile row)."""

ALONE = [
    ("a resolver that is not the loopback (maddy)",
     "measure, if the resolver is not 127.0.0.1 or ::1, the AD flag is ignored.\n"),
    ("a plugin set up on the loopback (OPNsense)",
     "If you want to use the FreeRADIUS plugin set up the server as 127.0.0.1 and don't forget"
     " to add a **Client** in the FreeRADIUS configuration.\n"),
    ("a proxy listening on the loopback only (Authelia)",
     "This can be done by only listening on 127.0.0.1 (or another IP only the proxy can"
     " reach).\n"),
    ("a settings field set to the loopback (OPNsense)",
     "802.1X Server IP Address         127.0.0.1 (if you want RADIUS)\n"),
    ("an application listening on the loopback only (LinuxServer)",
     "Usually this should be 0.0.0.0, but if the app only listens on 127.0.0.1 the proxy"
     " cannot reach it.\n"),
]
"""The reader's own computer in a product's docs: a warning (an error on main)."""


@pytest.fixture(scope="module")
def judged() -> dict[str, tuple[bool, bool]]:
    """(an error, a warning) of an internal address for each text, scanned once."""
    results = {}
    for name, text in LEAKS + ALONE:
        found = [f for f in scan(text) if f.kind == INTERNAL_IP]
        results[name] = (any(not f.advisory for f in found), any(f.advisory for f in found))
    return results


@pytest.mark.parametrize("name", [name for name, _ in LEAKS])
def test_a_placed_loopback_address_stays_an_error(judged: dict[str, tuple[bool, bool]],
                                                  name: str) -> None:
    assert judged[name][0], name


@pytest.mark.parametrize("name", [name for name, _ in ALONE])
def test_a_loopback_address_alone_is_a_warning(judged: dict[str, tuple[bool, bool]],
                                               name: str) -> None:
    error, warning = judged[name]
    assert warning and not error, name

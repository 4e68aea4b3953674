"""A private address in what a tool printed stays found when the text introducing the code (or
the code itself) names whose it is by a company's legal name or someone's possessive, and an
interface's or a login's address (`inet 10.…`, `Last login: … from 10.…`) when anything places
it with a case, our side or someone: main published these (net61 found the first: `Acme
Corp's firewall log:` over a connection line); and a page's own example network (declared by
the block's netmask, or a home router's) stays an error where the sentence after its code names
a case, someone's or a company. The leaks are also rows `fp62: placed output …` of
bench/gatecorpus/hostile.yml. A tutorial's own output and network stay published."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_IP, scan

CONNECTION = "10.20.30.40:59348 -> 9.9.9.9:443"
INTERFACE = "2: eth0: <BROADCAST,UP>\n    inet 10.20.30.40/24 brd 10.20.30.255 scope global eth0"
IFCONFIG = ("eth0: flags=4163<UP>\n"
            "        inet 172.20.1.15  netmask 255.255.255.0  broadcast 172.20.1.255")
LOGIN = "Last login: Mon Jan  6 09:12:44 2026 from 192.168.57.3"
ROUTE = "9.9.9.9 via 10.20.30.1 dev eth0 src 10.20.30.40 uid 0"


def block(introduction: str, code: str, after: str = "") -> str:
    """An introduction, a fenced block of code, and a paragraph after it."""
    return f"{introduction}\n\n```\n{code}\n```\n" + (f"\n{after}\n" if after else "")


LEAKS = [
    ("a company's possessive over a firewall log (net61)",
     block("Acme Corp's firewall log:", CONNECTION)),
    ("a legal form over a firewall log", block("Acme Corp firewall log:", CONNECTION)),
    ("a GmbH over the output", block("Initech GmbH firewall output:", ROUTE)),
    ("a person's possessive over what a router printed",
     block("Jensen's router printed:", CONNECTION)),
    ("a Ltd over an error", block("The error Globex Ltd got:", CONNECTION)),
    ("an SARL over the result", block("Résultat chez Dupont SARL (output):", CONNECTION)),
    ("a Sp. z o.o. over the log", block("Kowalski Sp. z o.o. log:", CONNECTION)),
    ("a customer's ip addr", block("Our customer Jensen sent this:", INTERFACE)),
    ("a company's ifconfig", block("Acme Corp's office server:", IFCONFIG)),
    ("a legal name's ifconfig", block("Müller GmbH, Berlin:", IFCONFIG)),
    ("a ticket's ip addr", block("From ticket #4821:", INTERFACE)),
    ("our production database's login", block("Our production database:", LOGIN)),
    ("a person's login", block("Anna's laptop after the update:", LOGIN)),
    ("our office's route", block("Route from our office:", ROUTE)),
    ("a customer named after the code", block("Sign in again:", LOGIN,
                                              "That is the customer's laptop.")),
    ("German: our server's ifconfig", block("Unser Server:", IFCONFIG)),
    ("French: the client's ip addr", block("Serveur du client :", INTERFACE)),
    ("Spanish: our office's login", block("Nuestra oficina:", LOGIN)),
    ("a quoted customer's ip addr",
     "> Customer wrote:\n>\n> ```\n"
     "> inet 10.20.30.40/24 brd 10.20.30.255 scope global eth0\n> ```\n"),
    ("a company's ip addr in a list step",
     "1. Acme Corp's gateway shows:\n\n    ```\n"
     "    inet 10.20.30.40 netmask 255.255.255.0\n    ```\n"),
    ("a customer named after an ifconfig whose netmask declares the network",
     block("Run `ifconfig`:", IFCONFIG, "That is the customer's server.")),
    ("someone's possessive after an ifconfig", block("Run `ifconfig`:", IFCONFIG,
                                                     "This is Jensen's laptop.")),
    ("a customer after a home router's address in code",
     block("Set the gateway:", "gateway 192.168.1.20",
           "That was the router of the customer who reported it.")),
    ("a legal name after a home router's address in code",
     block("Set the gateway:", "gateway 192.168.1.20", "The router belongs to Initech GmbH.")),
    ("a German case after a home router's address in code",
     block("Gateway setzen:", "gateway 192.168.1.20", "So war es beim Kunden eingestellt.")),
]


PUBLISHED = [
    ("a tutorial's ip addr", block("Run `ip addr` and look for `inet`:", INTERFACE)),
    ("a tutorial's ifconfig output", block("The output looks like this:", IFCONFIG)),
    ("a login's output", block("You will see:", LOGIN)),
    ("a contraction over the output", block("Let's look at the output:", ROUTE)),
    ("here's the log", block("Here's the log:", CONNECTION)),
    ("the client after an ifconfig", block("Run `ifconfig`:", IFCONFIG,
                                           "The client gets its address from the server.")),
    ("a contraction after an ifconfig", block("Run `ifconfig`:", IFCONFIG,
                                              "Let's check the address.")),
    ("a home router's address in code, then a step", block("Set the gateway:",
                                                           "gateway 192.168.1.20",
                                                           "Save the file.")),
]


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[bool]]:
    """Each case's internal-address findings: errors (True) and warnings (False)."""
    return {name: [not finding.advisory for finding in scan(text)
                   if finding.kind == INTERNAL_IP]
            for name, text in [*LEAKS, *PUBLISHED]}


@pytest.mark.parametrize("name", [name for name, _ in LEAKS])
def test_placed_output_is_found(verdicts: dict[str, list[bool]], name: str) -> None:
    assert any(verdicts[name]), name


@pytest.mark.parametrize("name", [name for name, _ in PUBLISHED])
def test_a_tutorials_output_stays_published(verdicts: dict[str, list[bool]], name: str) -> None:
    assert not any(verdicts[name]), name

"""A value given once as an example and written again where the text claims it as real (issue
19, branch same44): each mention is judged in its own sentence. The gate accepts a value its
sentence marks as an example (`e.g. 10.0.0.5`, `Replace 10.20.30.40 with your own address`)
wherever the page repeats it, but not in a repeat that places it with the company's own side, a
customer, a company or someone (`our database stays at 10.20.30.40`). bench/gate.py counts
these in its hostile set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core.privacy import EMAIL, INTERNAL_HOST, INTERNAL_IP, PASSWORD, TOKEN, scan
from tests.conftest import article

HOST = "grafana.berlin.internal"
TABLE = "| Host | Address |\n|---|---|\n"

# (case, text, line of the repeat that claims the value, kind)
REPEATED = [
    ("address: replace, then ours on the same line",
     "Replace 10.20.30.40 with your own address; our database stays at 10.20.30.40.\n", 1,
     INTERNAL_IP),
    ("address: ours first, then replace",
     "Our database stays at 10.20.30.40.\nReplace 10.20.30.40 with your own address.\n", 1,
     INTERNAL_IP),
    ("address: e.g., then production two lines on",
     "Use a private address, e.g. 10.0.0.5.\n\nOur production VPN gateway is 10.0.0.5.\n", 3,
     INTERNAL_IP),
    ("address: e.g., then ours in the next sentence",
     "Use a private address, e.g. 10.0.0.5. Our production VPN gateway is 10.0.0.5.\n", 1,
     INTERNAL_IP),
    ("address: e.g., then ours in a table row",
     f"Enter an address, for example 10.0.0.5.\n\n{TABLE}| our production database |"
     " 10.0.0.5 |\n", 5, INTERNAL_IP),
    ("address: e.g., then ours in a code comment",
     "Use a private address, e.g. 10.0.0.5.\n\n```\nserver = 10.0.0.5  # our production"
     " database\n```\n", 4, INTERNAL_IP),
    ("address: e.g., then a sentence of ours over two lines",
     "Use a private address, e.g. 10.0.0.5.\n\nOur production\ndatabase is at 10.0.0.5.\n", 4,
     INTERNAL_IP),
    ("address: an example written as we, then production",
     "For this example, we'll be using 10.0.51.2.\n\nOur production database is at 10.0.51.2.\n",
     3, INTERNAL_IP),
    ("address: e.g., then we", "Use a private address, e.g. 10.0.0.5.\n\nWe host the ticket"
     " system at 10.0.0.5.\n", 3, INTERNAL_IP),
    ("address: e.g., then a customer's", "Use a private address, e.g. 10.0.0.5.\n\nThe"
     " customer's server is at 10.0.0.5.\n", 3, INTERNAL_IP),
    ("address: e.g., then someone's", "Use a private address, e.g. 10.0.0.5.\n\nJane's laptop"
     " is 10.0.0.5.\n", 3, INTERNAL_IP),
    ("address: German zum Beispiel, then unsere",
     "Zum Beispiel 10.20.30.40.\n\nUnsere Datenbank läuft auf 10.20.30.40.\n", 3, INTERNAL_IP),
    ("address: French par exemple, then notre",
     "Par exemple 10.20.30.40.\n\nNotre base de données de production est sur 10.20.30.40.\n",
     3, INTERNAL_IP),
    ("address: Dutch bijvoorbeeld, then onze",
     "Bijvoorbeeld 10.20.30.40.\n\nOnze database staat op 10.20.30.40.\n", 3, INTERNAL_IP),
    ("address: Italian ad esempio, then il nostro",
     "Ad esempio 10.20.30.40.\n\nIl nostro database di produzione è 10.20.30.40.\n", 3,
     INTERNAL_IP),
    ("address: an example's assumption, then ours", "This example makes the following"
     " assumptions:\n\n* Reverse Proxy IP: `172.16.0.1`\n\nOur production proxy is 172.16.0.1.\n",
     5, INTERNAL_IP),
    ("address: under an Example heading, then ours", "## Example\n\nThe server is 10.0.0.7.\n\n"
     "## Our network\n\nOur production database is 10.0.0.7.\n", 7, INTERNAL_IP),
    ("address: mapped to an example domain, then ours", "```\naddress=/example.com/192.168.1.1"
     "\n```\n\nOur office router is 192.168.1.1.\n", 5, INTERNAL_IP),
    ("address: the reader's network, then ours", "Assuming your Pi-hole is at 192.168.1.53, open"
     " it.\n\nOur production DNS is 192.168.1.53.\n", 3, INTERNAL_IP),
    ("address: e.g., then a setting's label", "e.g. 10.0.0.5\n\nproduction db: 10.0.0.5\n", 3,
     INTERNAL_IP),
    ("address: e.g., then staging", "For example 10.0.0.5.\n\nStaging runs on 10.0.0.5.\n", 3,
     INTERNAL_IP),
    ("address: e.g., then ours after it in one sentence", "Use an address, e.g. 10.20.30.40,"
     " which is our production database.\n", 1, INTERNAL_IP),
    ("host: for example, then ours", f"Name the host, for example {HOST}.\n\nOur production"
     f" Grafana runs at {HOST}.\n", 3, INTERNAL_HOST),
    ("host: ours first, then for example", f"Our production Grafana runs at {HOST}.\n\nName"
     f" the host, for example {HOST}.\n", 1, INTERNAL_HOST),
    ("host: Spanish por ejemplo, then nuestro", f"Por ejemplo {HOST}.\n\nNuestro servidor de"
     f" producción es {HOST}.\n", 3, INTERNAL_HOST),
    ("e-mail: for example, then a customer's", "Enter an address, for example brian@gmail.com."
     "\n\nThe customer's address is brian@gmail.com.\n", 3, EMAIL),
    ("e-mail: a customer's first, then for example", "The customer's address is"
     " brian@gmail.com.\n\nEnter an address, for example brian@gmail.com.\n", 1, EMAIL),
    ("e-mail: for example, then someone's", "For example brian@gmail.com.\n\nJane's private"
     " address is brian@gmail.com.\n", 3, EMAIL),
    ("e-mail: for example, then a company's", "For example brian@gmail.com.\n\nAcme Ltd uses"
     " brian@gmail.com for invoices.\n", 3, EMAIL),
    ("phone: for example, then someone's", "Write the number in international form, for"
     " example +44 20 7946 0958.\n\nJane's mobile is +44 20 7946 0958.\n", 3, "phone number"),
    ("password: e.g., then ours", "Pick a password, e.g. `mysecretpassword`.\n\nOur production"
     " database uses the password mysecretpassword.\n", 3, PASSWORD),
    ("password: its field's name, then a customer's", "```\nDB_PASSWORD=db_password\n```\n\n"
     "The customer's password is db_password.\n", 5, PASSWORD),
    ("token: a checksum, then our API token", "The SHA-256 checksum is 9f86d081884c7d659a2feaa"
     "0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.\n\nOur API token: 9f86d081884c7d659a2feaa0c55"
     "ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n", 3, TOKEN),
]

# A value given as an example and repeated where nothing claims it: still accepted.
REPEATED_CLEAN = [
    "Use a private address, e.g. 10.0.0.5.\n\nThen open http://10.0.0.5:8080 in your browser.\n",
    f"Name the host, for example {HOST}.\n\nThen browse to {HOST}.\n",
    "Enter an address, for example brian@gmail.com.\n\nA message goes to brian@gmail.com.\n",
    "Replace 10.20.30.40 with your own address.\n\n```\nping 10.20.30.40\n```\n",
    "For example 169.254.1.100.\n\nWith our example above, the server is at 169.254.1.100.\n",
    "For this example, we'll be using `10.0.51.2`.\n\nNo rule is needed to reach our Pi-hole at"
    " 10.0.51.2.\n",
    "Use a private address, e.g. 10.0.0.5.\n\n```\n# Test if the proxy reaches 10.0.0.5 through"
    " the client\nping 10.0.0.5\n```\n",
    "For example 10.10.0.5.\n\nThe Berlin office has an internal wiki at 10.10.0.5.\n",
    "For example 192.168.0.68.\n\n- Private network with internal services:\n- Database:"
    " `192.168.0.68`\n",
    "For example 10.100.0.1.\n\nWe add the first peer in this example (`10.100.0.1` is the"
    " server).\n",
    f"For example {HOST}.\n\nHere's what happens when a developer connects to {HOST}:\n",
    "Zum Beispiel 10.0.0.5.\n\nÖffnen Sie dann http://10.0.0.5:8080 im Browser.\n",
]


@pytest.mark.parametrize("case, text, line, kind", REPEATED, ids=[row[0] for row in REPEATED])
def test_a_repeat_claimed_as_real_is_found(case: str, text: str, line: int, kind: str) -> None:
    assert (line, kind) in {(found.line, found.kind) for found in scan(text)
                            if not found.advisory}  # a warning publishes the page


@pytest.mark.parametrize("text", REPEATED_CLEAN)
def test_an_example_repeated_plainly_stays_accepted(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("summary, body, line", [
    ("Use a private address, e.g. 10.0.0.5.", "Our production database is 10.0.0.5.\n", 8),
    ("Our production database is 10.0.0.5.", "Use a private address, e.g. 10.0.0.5.\n", 3),
], ids=["example in front matter, ours in the body", "ours in front matter, example in body"])
def test_front_matter_and_body_are_judged_apart(project: Path, summary: str, body: str,
                                                line: int) -> None:
    path = project / "content/articles/billing/case.md"
    path.parent.mkdir(parents=True)
    path.write_text(article("Case", body=body).replace(
        "summary: One sentence about case.", f"summary: {summary}"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1, result.output
    assert [printed.split(": error: ")[0] for printed in result.output.splitlines()
            if ": error: internal IP address" in printed] == [
        f"content/articles/billing/case.md:{line}"], result.output

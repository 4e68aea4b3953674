"""A private address the text claims as real is an error in German, French, Spanish, Italian and
Dutch as in English (issue 19, branch claims45): the rules that let an address pass where
nothing places it with someone (a default home network's, the page's own network, a home
device's name, a text about addressing, a command's output) read one multilingual word set
(kbgen.core.claim_words). bench/gate.py counts these in its hostile set.
"""

from __future__ import annotations

import pytest

from kbgen.core.privacy import INTERNAL_HOST, INTERNAL_IP, scan


def _table(role: str, address: str) -> str:
    return f"| Host | IP |\n|---|---|\n| {role} | {address} |\n"


# (case, text, line of the claimed address, kind)
CLAIMED = [
    ("German, ours, prose", "Unsere Datenbank läuft auf 10.0.0.5.\n", 1, INTERNAL_IP),
    ("German, a customer's, prose", "Der Router des Kunden antwortet auf 192.168.0.1.\n", 1,
     INTERNAL_IP),
    ("German, a password, prose", "Das Kennwort für 192.168.1.1 liegt im Tresor.\n", 1,
     INTERNAL_IP),
    ("German, a machine's job, table", _table("Buchhaltung", "192.168.1.20"), 3, INTERNAL_IP),
    ("German, ours, code comment", "```\nserver = 192.168.178.20  # unser Mailserver\n```\n", 2,
     INTERNAL_IP),
    ("French, ours, prose", "Notre serveur de fichiers est à 192.168.1.20.\n", 1, INTERNAL_IP),
    ("French, a customer's, prose", "Le routeur du client répond sur 192.168.0.1.\n", 1,
     INTERNAL_IP),
    ("French, a machine's job, table", _table("contrôleur de domaine", "192.168.0.10"), 3,
     INTERNAL_IP),
    ("French, production, code comment", "```\nnameserver 192.168.1.53  # serveur de production"
     "\n```\n", 2, INTERNAL_IP),
    ("Spanish, production, prose", "El servidor de producción está en 192.168.0.20.\n", 1,
     INTERNAL_IP),
    ("Spanish, a customer's, prose", "El cliente reportó que 192.168.1.77 no responde.\n", 1,
     INTERNAL_IP),
    ("Spanish, payroll, table", _table("nóminas", "10.0.0.30"), 3, INTERNAL_IP),
    ("Spanish, ours, code comment", "```\nhost 10.0.1.5  # nuestra impresora\n```\n", 2,
     INTERNAL_IP),
    ("Italian, ours, prose", "Il nostro database è su 192.168.2.40.\n", 1, INTERNAL_IP),
    ("Italian, a secret, prose", "Le credenziali di 192.168.1.1 sono nel vault.\n", 1,
     INTERNAL_IP),
    ("Italian, a machine's job, table", _table("server di posta", "192.168.1.25"), 3,
     INTERNAL_IP),
    ("Italian, the office, code comment", "```\ndns 192.168.178.2  # ufficio di Milano\n```\n",
     2, INTERNAL_IP),
    ("Dutch, ours, prose", "Onze database draait op 10.0.0.5.\n", 1, INTERNAL_IP),
    ("Dutch, a customer's, prose", "De klant meldde dat 192.168.1.77 niet reageert.\n", 1,
     INTERNAL_IP),
    ("Dutch, payroll, table", _table("salarisadministratie", "192.168.1.30"), 3, INTERNAL_IP),
    ("Dutch, production, code comment", "```\nserver 192.168.0.8  # productie\n```\n", 2,
     INTERNAL_IP),
    ("German, the page's own network, ours", "```\nAddress = 10.100.0.1/24\n```\n\nUnsere"
     " Datenbank ist 10.100.0.5.\n", 5, INTERNAL_IP),
    ("German, a home device's name, the office", "Der Laptop im Büro heißt laptop.lan.\n", 1,
     INTERNAL_HOST),
    ("German, a text about addressing, ours", "Unsere Firewall erlaubt 10.20.30.0/24 und"
     " 10.20.30.40.\n", 1, INTERNAL_IP),
    ("Dutch, a command's output, ours", "De uitvoer van onze productie:\n\n```\n$ kubectl get"
     " pods -o wide\nNAME    READY   STATUS    IP\napi-1   1/1     Running   10.20.30.41\n```\n",
     6, INTERNAL_IP),
]

# Foreign sentences that place the address with no one: still a warning (the page publishes).
UNPLACED = [
    "Stellen Sie den DNS-Server auf jedem Gerät auf 192.168.1.10 ein.\n",
    "Le client VPN se connecte à 192.168.1.10.\n",  # `client` alone is software
    "Configura il DNS all'interno della rete su 192.168.1.10.\n",  # `all'interno`: within
    "Stel de DNS-server in op 192.168.1.10.\n",
    "Configure el servidor DNS en 192.168.1.10 en cada equipo.\n",
    "Install the add-ons, then set the DNS server to 192.168.1.10.\n",  # not Dutch `ons`
    "Set the plaintext DNS server to 192.168.1.10.\n",  # not French `plainte`
    "Esto nos permite usar 192.168.1.10 como servidor DNS.\n",  # Spanish `nos`: us
    "Lukt het niet met 192.168.1.10, neem dan contact met ons op.\n",  # Dutch `ons`: us
]

# The reader's own side given an example, as in English (`your internal server, for example`):
# accepted, no finding.
READERS_OWN = [
    "Enter your internal server, for example 10.0.0.5.\n",
    "Geben Sie Ihren internen Server an, zum Beispiel 10.0.0.5.\n",
    "Indiquez votre serveur interne, par exemple 10.0.0.5.\n",
    "Indique su servidor, por ejemplo 10.0.0.5, o tu servidor interno, por ejemplo 10.0.0.6.\n",
    "Inserisci il tuo server interno, ad esempio 10.0.0.5.\n",
    "Vul uw interne server in, bijvoorbeeld 10.0.0.5.\n",
]


@pytest.mark.parametrize("case, text, line, kind", CLAIMED, ids=[row[0] for row in CLAIMED])
def test_an_address_claimed_in_any_language_is_an_error(case: str, text: str, line: int,
                                                       kind: str) -> None:
    assert (line, kind) in {(found.line, found.kind) for found in scan(text)
                            if not found.advisory}  # a warning publishes the page


@pytest.mark.parametrize("text", UNPLACED)
def test_an_address_placed_with_no_one_stays_a_warning(text: str) -> None:
    findings = scan(text)
    assert findings and all(found.advisory for found in findings), findings


@pytest.mark.parametrize("text", READERS_OWN)
def test_the_readers_own_side_given_an_example_is_accepted(text: str) -> None:
    assert scan(text) == []

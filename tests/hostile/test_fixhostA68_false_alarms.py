"""rev68's findings 5-7 (issue 19): false alarms of hostile68's readers. An `Address` column of
stores, offices, landmarks or events (kbgen/core/privacy/place_code_cells.py), image tags and
`key:value` settings after a named .htpasswd and Dovecot's `user:{PLAIN}password::::::`
(htpasswd_lines.py), lists of models, parts or routes and the documented `JBSW Y3DP EHPK 3PXP`
(grouped_base32.py) were refused; each leak beside them stays refused. All texts are scanned
once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, POSTAL_ADDRESS, scan

F = "```"
SEP = "\n|---|---|\n"
FINDINGS = {POSTAL_ADDRESS, PASSWORD, "API key or token"}


def _table(first: str, second: str, row: str, code: str = "9F4MGC9M+R5") -> str:
    return f"| {first} | {second} |{SEP}| {row} | {code} |"


REFUSE: dict[str, str] = {
    # place_code_cells: the table says nothing of its places, or says they are homes or people's
    "address name": _table("Name", "Address", "Anna"),
    "address ticket": _table("Ticket", "Address", "4711"),
    "address employee": _table("Employee", "Address", "Jan Kowalski", "9F2RR3J2+VV"),
    "store possessive": _table("Store", "Address", "Anna's flat"),
    "branch customer": _table("Branch", "Address", "customer Jan"),
    "office note home": ("| Office | Address | Note |\n|---|---|---|\n"
                         "| Berlin | 9F4MGC9M+R5 | my home |"),
    "store residence header": _table("Store", "Residence address", "Mitte"),
    "office private header": _table("Office", "Private address", "Mitte"),
    "event my place": _table("Event", "Address", "Meetup at my place"),
    "manager not a place": _table("Name", "Address", "Anna (store manager)"),
    "german customer": _table("Kunde", "Adresse", "Hans", "///tisch.lampe.wolke"),
    "japanese person": _table("氏名", "住所", "田中", "8Q7XMQJ3+F5"),
    "quoted ticket": "> | Name | Address |\n> |---|---|\n> | Ole | 9F7JMH2X+5C |",
    # htpasswd_lines: real account lines
    "htpasswd word number": ".htpasswd:\n\n    admin:Sommer2024",
    "htpasswd des": "auth_basic_user_file /etc/nginx/.htpasswd;\n\n    mary:rl0vkWgq3VXU2",
    "htpasswd dovecot real": "Dovecot passwd-file:\n\n    jan:{PLAIN}Gartenzwerg77::::::",
    "htpasswd plain comment": "admin:{PLAIN}Tr0ub4dor3x:ops team",
    "htpasswd after images": ("auth_basic_user_file .htpasswd;\n- nginx:1.25.3-alpine\n"
                              "- admin:Kissa2024koira"),
    "htpasswd version-like": ".htpasswd:\n\n    bob:v2.10.4Secret",
    "htpasswd year word": ".htpasswd:\n\n    bob:2024-sommer",
    "htpasswd branch word": ".htpasswd:\n\n    root:Master2024",
    "customer header beside store": ("| Customer | Address | Store |\n|---|---|---|\n"
                                     "| Anna | 9F4MGC9M+R5 | Mitte |"),
    # grouped_base32: real keys in groups, beside prose and codes
    "key mixed": "Setup key: HXDM VJEC JJWS RB3H WIZR 4IFU GFTM XBOZ",
    "key lower": "I typed hxdm vjec jjws rb3h wizr 4ifu gftm xboz into Authy",
    "key after model word": "Model RT42: key JBSW Y3DP EHPK 3PXQ 4KZA",
    "key short": "Clé : K7QM 2XPA R5TZ W3NB",
    "key beside year": "Since 2024 my key is MZXW 6YTB OI2D K5QA",
}
"""Leaks: a postal address or a password finding."""

PUBLISH: dict[str, str] = {
    # rev68's fa_place.txt
    "store": _table("Store", "Address", "Berlin Mitte"),
    "office": _table("Office", "Address", "HQ Zurich", "8FVC9G8F+6X"),
    "landmark": _table("Landmark", "Address", "Eiffel Tower", "8FW4V75V+8Q"),
    "format": ("| Format | Address |" + SEP + "| Plus Code | 8FVC9G8F+6X |\n"
               "| what3words | ///filled.count.soap |"),
    "japanese shop": _table("店舗", "住所", "渋谷店", "8Q7XMP5J+2C"),
    "depot": _table("Depot", "Address", "North depot", "9C3XGV4C+QR"),
    "german branch": _table("Filiale", "Adresse", "Hamburg", "9F5FHX4P+XR"),
    "event": _table("Event", "Address", "Meetup 2026", "9F4MGCC2+5X"),
    "warehouse": _table("Customer", "Warehouse address", "ACME GmbH"),
    # new variants
    "branch": _table("Branch", "Address", "Mitte"),
    "row main office": _table("Name", "Address", "Main office"),
    "row store number": _table("Name", "Address", "Store 12"),
    "shop w3w": _table("Shop", "Address", "Soho", "///filled.count.soap"),
    "spanish": _table("Tienda", "Dirección", "Centro", "8CGRC7X3+2P"),
    "italian": _table("Negozio", "Indirizzo", "Roma centro", "8FHJVHGF+RW"),
    "dutch": _table("Winkel", "Adres", "Utrecht", "9F469V2C+QW"),
    "japanese branch": _table("支店", "住所", "大阪", "8Q6QMG93+42"),
    "venue": _table("Venue", "Address", "Hall B"),
    "store address header": _table("City", "Store address", "Berlin"),
    "german site": _table("Standort", "Adresse", "Köln", "9F28WXR4+Q4"),
    "three columns": ("| Store | Phone | Address |\n|---|---|---|\n"
                      "| Mitte | 030 1234 | 9F4MGC9M+R5 |"),
    # rev68's fa_htpasswd.txt, fa_htpasswd2.txt
    "image list": ("Protect the registry with `auth_basic_user_file /etc/nginx/.htpasswd;` and run "
                   "these images:\n- nginx:1.25.3-alpine\n- registry:2.8.3"),
    "settings": ("Create the file with `htpasswd -c /etc/nginx/.htpasswd alice`. Then check:\n"
                 + F + "\nstatus:enabled\nmode:strict\n" + F),
    "traefik tag": "Traefik reads the htpasswd users from a label; image:\ntraefik:v2.10.4",
    "dovecot fields": "Dovecot passwd-file: `user:{PLAIN}password::::::`",
    "compose images": ("The htpasswd file is mounted into the proxy:\n" + F
                       + "\nnginx:stable\nhttpd:2.4-alpine\n" + F),
    "service tags": "After `htpasswd -B -c .htpasswd admin`, these services restart:\n"
                    "- api:latest\n- web:v1.2.3",
    # new variants
    "image postgres": "AuthUserFile /srv/.htpasswd\n\n    postgres:16.2-bookworm",
    "image redis": "htpasswd file mounted; cache:\n- redis:7",
    "image node": "htpasswd in the proxy; build with\n- node:20-alpine",
    "setting level": ".htpasswd is read; the log:\n\n    level:debug",
    "dovecot changeme": "passwd-file:\n\n    user:{PLAIN}changeme::::::",
    "dovecot quoted": "> Dovecot: `jane:{PLAIN}password::::::`",
    # rev68's fa_codes.txt
    "parts": "Parts: AB12 CD34 EF56 GH7Q 2ZZA",
    "route": "Route: LHR2 JFK4 SFO6 LAX7 ORD3",
    "models": "Compatible models: RT42 RT43 RT45 RT46 RT47 RT52",
    "rows": "Seats: A2 B3 C4 ... Rows: ROW2 ROW3 ROW4 ROW5 ROW6",
    "jbswy": "For example, the key JBSW Y3DP EHPK 3PXP is shown under the QR code.",
    # new variants
    "jbswy lower": "Enter `jbsw y3dp ehpk 3pxp` to try the app.",
    "models lower": "Fits rt42 rt43 rt45 rt46 rt47.",
    "gates": "Gates: GA12 GB14 GC16 GD23 GE25",
    "sku after foreign": "SKUs: KB10 KB2A KB3B KB4C KB5D",
    "platforms": "Platforms: PL2A PL3B PL4C PL5D",
    "routes japanese": "路線: NH23 NH24 NH25 NH26",
}
"""Stores, formats, image tags, settings, documented examples, lists of codes."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text) if not finding.advisory}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_leak_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert kinds[name] & FINDINGS


@pytest.mark.parametrize("name", PUBLISH)
def test_no_false_alarm(kinds: dict[str, set[str]], name: str) -> None:
    assert not kinds[name] & FINDINGS

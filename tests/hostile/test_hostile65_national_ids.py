"""National identity numbers (hostile round 22): no rule read a Social Security number, a
National Insurance number, a CPF, a DNI, a BSN, an Aadhaar, a Steuer-ID, a PESEL or any other
country's identity number; main published every case below. Each is now an error at its line
(kbgen.core.privacy.national_ids): its scheme's name labels it (before it, in brackets after
it, as its table column's heading) and it passes the scheme's own check. A field's
description, a number of the wrong check, a famous published example and a number no scheme
names publish. One `kbgen check` of one project judges every case."""

from __future__ import annotations

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import case_paragraphs, run_in

REFUSED = {
    "ssn in prose": "Customer Mary Quinn, SSN 524-44-8377, asked for a refund.",
    "ssn spelt out": "Her Social Security number is 524448377.",
    "ssn bold label": "**Social Security number:** 524-44-8377",
    "ssn in brackets after": "Verified the caller with 524-44-8377 (SSN).",
    "ssn in a list": "- Caller: Mary Quinn\n- SSN: 524 44 8377",
    "ssn in a quote": "> From the ticket: my ssn is 524-44-8377, please fix it",
    "ssn in code": "```\ncustomer.ssn = \"524-44-8377\"\n```",
    "ssn table row": "| Field | Value |\n|---|---|\n| SSN | 524-44-8377 |",
    "ssn table column": "| Name | SSN |\n|---|---|\n| Mary Quinn | 524-44-8377 |",
    "ssn html column": ("<table><tr><th>Name</th><th>SSN</th></tr>\n"
                        "<tr><td>Mary Quinn</td><td>524-44-8377</td></tr></table>"),
    "ssn in an attribute": '<span title="SSN 524-44-8377">Mary</span>',
    "ssn spanish": "El número de seguro social del cliente es 524-44-8377.",
    "ssn before its name": "She read out 524-44-8377 as her SSN.",
    "ssn on the line below": "Caller's SSN:\n\n524-44-8377",
    "ssn far from its name": "Mary's SSN, as she told us on the phone yesterday, is 524-44-8377.",
    "ssn abbreviated": "S.S.N. 524-44-8377 and soc. sec. no. 524-44-8377 on file.",
    "ssn camel case key": "```json\n{\"customerSsn\": \"524448377\"}\n```",
    "ssn split by a comment": "SSN: 524-44-83<!-- x -->77",
    "nino": "Her NI number is AB 12 34 56 C.",
    "nino compact": "National Insurance no. AB123456C on the form.",
    "sin": "Client SIN: 621 255 959.",
    "sin french": "Numéro d'assurance sociale du client : 621-255-959",
    "cpf": "CPF do cliente: 698.051.637-09",
    "cpf compact": "Cliente Maria Silva (CPF 69805163709) pediu reembolso.",
    "dni": "Cliente María García, DNI 15695155R.",
    "dni with dots": "DNI nº 15.695.155-R",
    "nie": "Cliente con NIE X4800907W.",
    "bsn": "Klant BSN 746596078 belde over de factuur.",
    "burgerservicenummer": "Burgerservicenummer: 7465.96.078",
    "aadhaar": "Customer Aadhaar: 6671 8542 3117",
    "aadhaar hindi": "ग्राहक का आधार 6671-8542-3117 है",
    "steuer-id": "Steuer-ID der Kundin: 50552301417",
    "pesel": "Klient PESEL 11012483956 zgłosił błąd.",
    "personnummer": "Kundens personnummer är 880425-5217.",
    "fødselsnummer": "Kundens fødselsnummer: 25103091252",
    "cpr": "Kundens CPR-nummer er 240681-2806.",
    "henkilötunnus": "Asiakkaan henkilötunnus 271219-8414",
    "nir": "Numéro de sécurité sociale : 2 42 09 39 810 990 64",
    "belgian": "Rijksregisternummer van de klant: 78.03.23-291.28",
    "codice fiscale": "Codice fiscale del cliente: GPRTRD84D55G216N",
    "chinese": "客户身份证号码：997605195703216338",
    "korean": "고객 주민등록번호 830224-1028465",
    "my number": "お客様のマイナンバー：9070 1519 4729",
    "tfn": "Customer TFN 597 866 198 on the payslip.",
    "ppsn": "Customer PPS number 0831240G.",
}
"""Identity numbers that must be refused, each alone in a paragraph of one article."""
KEPT = {
    "field description": "The SSN field takes nine digits; we never store it.",
    "wrong check": "SSN 524-44-0000 is refused by the form.",
    "famous example": "Type a number such as 078-05-1120 (SSN) to see the error.",
    "textbook example": "For example SSN 123-45-6789.",
    "cpf of one digit": "CPF 111.111.111-11 is refused by the form.",
    "dni without its letter": "DNI 12345678",
    "sine": "sin(30) = 0.5 and the result is 621255959",
    "no scheme named": "Order 524-44-8377 shipped.",
    "nas size": "Our NAS holds 621 255 958 files.",
    "ni without number": "NI 12345 of the thermostat.",
    "name in another sentence": "Order 524-44-8377 shipped; no SSN needed.",
    "name inside a word": "The casino 524448377 and the basin 621255959.",
    "reviewed": "The sandbox's test SSN 524-44-8377 works. <!-- kb:allow national-id -->",
}
"""Text that names a scheme but holds no identity number of it: no error at its line."""
PATH = "content/articles/billing/ids.md"
BODY_LINE = 8
"""The body's first line in `article()`."""


def _body() -> tuple[str, dict[str, int]]:
    """The article's body and the line of each case's number (its last row with a digit)."""
    return case_paragraphs({**REFUSED, **KEPT}, _last_digit_row, BODY_LINE + 4)


def _last_digit_row(rows: list[str]) -> int:
    return next((i for i in range(len(rows) - 1, -1, -1)
                 if any(ch.isdigit() for ch in rows[i])), 0)


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], str]:
    """One `kbgen check` of a project holding every case (the build runs the same gate): the
    lines and the check's output."""
    root = tmp_path_factory.mktemp("national-ids")
    body, lines = _body()
    write_files(root, {
        "mkdocs.yml": MINI_CONFIG, "content/_data/categories.yml": MINI_CATEGORIES,
        "content/index.md": "# Home\n\nWelcome.\n",
        "content/files/export.txt": "name,ssn\nMary Quinn,524-44-8377\n",
        "content/articles/billing/described.md": article(
            "Described", extra="description: 'Refund for SSN 524-44-8377'\n"),
        PATH: article("Identity numbers", body=body)}, dedent_yaml=False)
    code, output = run_in(root, "check")
    assert code == 1, output
    return lines, output


@pytest.mark.parametrize("name", REFUSED)
def test_an_identity_number_is_refused_at_its_line(
        judged: tuple[dict[str, int], str], name: str) -> None:
    lines, output = judged
    assert f"{PATH}:{lines[name]}: error: national ID number (" in output, output


@pytest.mark.parametrize("name", KEPT)
def test_text_without_an_identity_number_is_kept(
        judged: tuple[dict[str, int], str], name: str) -> None:
    lines, output = judged
    assert f"{PATH}:{lines[name]}: error:" not in output, output


def test_front_matter_and_copied_files_are_read(
        judged: tuple[dict[str, int], str]) -> None:
    _, output = judged
    assert "content/files/export.txt:2: error: national ID number (" in output, output
    assert "content/articles/billing/described.md:6: error: national ID number (" in output, (
        output)

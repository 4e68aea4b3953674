"""Hostile round 24 (issue 19): an identity number further below its label (a heading or a
label line naming the scheme, then the number alone past blank lines, a code fence, an HTML tag
or one short line), which main published; read in kbgen/core/privacy/ids_further_below.py.
The leaks are also rows `hostile67: ID below …` of bench/gatecorpus/hostile.yml. All texts
are scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, scan

F = "```"

REFUSE: dict[str, str] = {
    "heading, a line, the number": "## SSN\n\nThe customer's number:\n\n212-47-8834",
    "heading, two blank lines": "### Social Security Number\n\n\n212-47-8834",
    "label, a name, the number": "SSN:\nMary Quinn\n212-47-8834",
    "dt over dd": "<dl>\n<dt>SSN</dt>\n<dd>212-47-8834</dd>\n</dl>",
    "label over a fence": "SSN:\n" + F + "\n212-47-8834\n" + F,
    "pesel, no colon": "PESEL klienta\n\n85071212347",
    "bsn heading": "## BSN van de klant\n\nZoals opgegeven:\n\n247471008",
    "steuer-id heading": "### Steuer-ID der Kundin\n\n65928470138",
    "personnummer": "**Personnummer**\n\nKunden:\n\n850712-1237",
    "henkilötunnus": "Henkilötunnus\n\nAsiakas:\n120385-1232",
    "dni html": "<h3>DNI del cliente</h3>\n<p>48213756Y</p>",
    "cpf quoted ticket": "> Meu CPF\n>\n> 714.602.385-08",
    "sin french": "Numéro d'assurance sociale\n\n130 692 544",
    "heading then fenced text": "#### SSN\n\n" + F + "text\n212-47-8834\n" + F,
    "label then list item": "**SSN of the caller**\n\n- 212-47-8834",
    "th over td lines": ("<table>\n<tr><th>SSN</th></tr>\n<tr><td>\n212-47-8834\n</td></tr>\n"
                         "</table>"),
    "customer's message": "Customer's SSN\n\nit is:\n212-47-8834",
    "pesel table cell below": "PESEL\n\n| 85071212347 |",
    "code comment label": F + "\n# SSN\n\n212-47-8834\n" + F,
    "ssn then name, number": "Social security number\nJane Roe\n212-47-8834 (verified)",
    "bsn spaced": "Burgerservicenummer:\n\nKlant:\n\n247 471 008",
}
"""Leaks: a finding of a national ID."""

PUBLISH: dict[str, str] = {
    "famous example": "## SSN\n\n123-45-6789",
    "woolworth example": "## SSN\n\nThe card:\n\n078-05-1120",
    "wrong check": "## PESEL\n\n85071212340",
    "long prose between": ("## SSN\n\nWe never store the number you type; the field is masked and"
                           " the value dropped after the check runs.\n\n212-47-8834"),
    "two lines between": "## SSN\n\nFirst line.\nSecond line.\n212-47-8834",
    "new heading between": "## SSN\n\n## Orders\n\n212-47-8834",
    "too far": "SSN:\n\n\n\n\n\n212-47-8834",
    "label with digits": "## SSN rules of 2024\n\n212-47-8834",
    "long heading": ("## How we protect your social security number and every other document we "
                     "keep\n\n212-47-8834"),
    "named example": "## SSN\n\nFor example:\n\n212-47-8834",
    "version numbers": "## BSN module\n\n2.4.7 released",
    "date": "## PESEL\n\n2024-05-01",
    "hostile66: a later line": "SSN of the caller:\n\nsee the ticket\n\n524-44-8377",
    "hostile66: a sentence label": "SSN of the caller was verified\n\n524-44-8377",
    "hostile66: an order number": "> SSN:\n> order 524-44-8377",
}
"""No one's number below a label: no national ID."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_number_below_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert NATIONAL_ID in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_number_below_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert NATIONAL_ID not in kinds[name]

"""A national identity number below its label (hostile round 23): the line above named the
scheme only when it ended with the name (`SSN:`), so a label that goes on (`BSN van de klant:`,
`SSN of the caller:`) or a quoted ticket's `> SSN:` over `> 524-44-8377` published the number
(main: every REFUSED case). The number that opens the next line (a blank line between or not)
under a label that names its scheme and ends with a colon is now read as labelled, a quote's
`>` markers set aside (kbgen.core.privacy.national_ids). The scheme's check still decides."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import NATIONAL_ID, Allowed, scan

REFUSED = {
    "dutch label": "BSN van de klant:\n\n232262536",
    "english label": "SSN of the caller:\n524-44-8377",
    "bold label": "**Social Security number of the customer:**\n\n524-44-8377",
    "german label": "Steuer-ID der Kundin:\n\n50552301417",
    "portuguese label": "CPF do cliente:\n698.051.637-09",
    "quoted ticket": "> SSN:\n>\n> 524-44-8377",
    "quoted label": "> SSN of the caller:\n> 524-44-8377",
    "nested quote": "> > PESEL:\n> > 44051401458",
    "quoted list": "> - SSN:\n>   524-44-8377",
    "spanish label": "DNI del cliente:\n\n15695155R",
}
"""A number under a label naming its scheme: a finding."""
KEPT = {
    "an order number under it": "SSN of the caller:\n\nOrder 1234567890 was sent.",
    "a failing check": "BSN van de klant:\n\n232262537",
    "a famous example": "SSN of the caller:\n123-45-6789",
    "a sentence between": "We checked the SSN. Then:\n524-44-8377",
    "a label without a colon": "SSN of the caller was verified\n\n524-44-8377",
    "a later line": "SSN of the caller:\n\nsee the ticket\n\n524-44-8377",
    "a quoted other number": "> SSN:\n> order 524-44-8377",
    "a digit in the label": "SSN 2 of the caller:\n524-44-8377",
    "too far": "SSN:\n\n\n\n524-44-8377",
    "a name inside a word": "Casino guests:\n524-44-8377",
}
"""No number under its scheme's label: no finding of the kind."""


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("name", REFUSED)
def test_a_number_under_a_label_naming_its_scheme_is_found(name: str) -> None:
    assert NATIONAL_ID in _kinds(REFUSED[name])


@pytest.mark.parametrize("name", KEPT)
def test_other_lines_under_such_labels_publish(name: str) -> None:
    assert NATIONAL_ID not in _kinds(KEPT[name])

"""Hostile round 24 (issue 19): a payment handle with its sign joined to its service's name
(`Cash App$MaryQuinn87`, `Venmo@Mary-Quinn-7`), which main published (its reader wants a space
or a mark before the sign); read in kbgen/core/privacy/joined_handles.py. The leaks are also
rows `hostile67: joined handle …` of bench/gatecorpus/hostile.yml. All texts are scanned once
(module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PAYMENT_HANDLE, scan

F = "```"

REFUSE: dict[str, str] = {
    "cash app joined": "Pay me on Cash App$MaryQuinn87",
    "cashapp lower": "my cashapp$maryq87 thanks",
    "cashtag": "Refund to cashtag$JaneD1987 please",
    "venmo at": "Her Venmo@Mary-Quinn-7 is correct.",
    "revolut at": "Revolut@annaberg82 für die Rückzahlung",
    "revtag": "Mon revtag@jeanmartin75 pour le remboursement",
    "german": "Erstattung bitte an CashApp$LenaSchulz90",
    "spanish": "Reembolso a mi Cash App$CarlosRuiz77, gracias",
    "table row": "| Customer | Refund to |\n|---|---|\n| Mary Quinn | Cash App$MaryQuinn87 |",
    "code fence": F + "\nrefund: cashapp$maryq87\n" + F,
    "html": "<td>Venmo@Mary-Quinn-7</td>",
    "quoted ticket": "> send it to my Cash App$MaryQuinn87 asap",
    "front matter": "---\ntitle: Refund\npayee: \"Venmo@jdoe-1987\"\n---\nDone.",
    "json": F + 'json\n{"payout": "CashApp$JaneD1987"}\n' + F,
    "list item": "- Payout: Revolut@maryq87",
    "wise tag": "Wisetag@annab88 for the transfer",
    "cash app tab": "Cash\tApp$MaryQuinn87",
    "after a ticker": "Cash App$AAPL then Cash App$MaryQuinn87",
    "customer's message": "Customer wrote: you can reach me at Venmo@Mary-Quinn-7 for the refund.",
    "venmo at in brackets": "(Venmo@MaryQ-1987)",
    "sentence end": "Pay me at Venmo@Mary-Quinn-7.",
    "digits after a letter": "Revolut@v2mary for the refund",
    "handle then comma": "Send it to Venmo@Anna_Berg82, thanks",
    "before an image": "Venmo@Mary-Quinn-7 ![qr](img/qr.png)",
    "dutch": "Terugbetaling naar Revolut@pietjansen81 graag",
    "handle in parentheses before dot": "Cash App$LenaSchulz90 (her cashtag).",
}
"""Leaks: a finding of a payment handle."""

PUBLISH: dict[str, str] = {
    "ticker": "Cash App$AAPL shows the price.",
    "price": "Cash App$25 fee",
    "boost": "Add the Cash App$Coffee boost.",
    "service account": "Follow Venmo@VenmoSupport for outages.",
    "stand-in": "Write it as Cash App$yourname",
    "e-mail domain": "Write to support@venmo.com",
    "example": "For example Cash App$janedoe is a cashtag.",
    "json-ld": "venmo@type is the schema's keyword",
    "e-mail like": "venmo@mary.example",
    "placeholder": "Cash App$cashtag",
    "username": "Venmo@username",
    "retina image": "![Venmo button](img/venmo@2x.png)",
    "html image": '<img src="/img/cashapp@3x.png" alt="Pay with Cash App">',
    "srcset": '<img srcset="/badges/venmo@2x.png 2x, /badges/venmo.png 1x" alt="Venmo">',
    "webp": "![Revolut](assets/revolut@2x.webp)",
    "svg density": "Use revtag@1.5x.svg on dark pages.",
    "file name with hyphen": "Download cashapp@Brand-Kit.zip from the press page.",
    "digest": "Pull the customer's image pinned as revolut@sha256 digest.",
    "digest value": "image: revolut@sha256:9f86d081884c7d65",
    "version": "npm install venmo@3 for the customer's checkout",
    "width": "Use venmo@640w in srcset",
    "dotted version": "pip install revolut@1.2.3",
}
"""No one's handle: no payment handle."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_joined_handle_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert PAYMENT_HANDLE in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_joined_handle_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert PAYMENT_HANDLE not in kinds[name]

"""A person's payment handle (hostile round 23): PayPal.me, Venmo, Cash App, Revolut, Wise and
Monzo links and handles pasted from a ticket were published by main in every case below. Each
is now a `payment handle` finding (kbgen.core.privacy.payment_handles) where the service's
pay-link address or its name before an `@` handle or `$` cashtag shows it; stand-ins, the
format's own documentation, prices and shell variables publish."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PAYMENT_HANDLE, Allowed, scan

F = "```"
REFUSED = {
    "paypal.me in prose": "Send the refund to paypal.me/janedoe1987",
    "paypal.me with an amount": "Pay me at https://www.paypal.me/MaryQuinn42/25",
    "paypal.com/paypalme": "https://www.paypal.com/paypalme/MaryQuinn42",
    "venmo named": "Her Venmo is @Mary-Quinn-7, send it there.",
    "venmo link": "https://venmo.com/u/Mary-Quinn-7",
    "cash app named": "Cash App: $MaryQuinn87",
    "cash.app link": "https://cash.app/$MaryQuinn87",
    "revolut.me": "revolut.me/maryq87",
    "wise pay link": "https://wise.com/pay/me/maryq87",
    "monzo.me": "monzo.me/maryquinn",
    "revtag": "Revtag @maryq87 for the refund",
    "german": "Bitte an paypal.me/annaberg1990 überweisen.",
    "french": "Remboursement sur le PayPal.Me du client : paypal.me/jeanmartin75",
    "spanish cashtag": "Reembolso por Cash App a $JuanPerez77",
    "table row": "| Customer | Refund to |\n|---|---|\n| Mary Quinn | paypal.me/MaryQuinn42 |",
    "html link": '<a href="https://paypal.me/MaryQuinn42">refund</a>',
    "code block": F + "\nrefund_to: https://venmo.com/u/Mary-Quinn-7\n" + F,
    "quoted ticket": "> you can pay me back on venmo @Mary-Quinn-7",
    "front matter": "---\ntitle: Refunds\ncustomer_paypal: paypal.me/MaryQuinn42\n---\nText.",
    "json": F + 'json\n{"refund": "https://cash.app/$MaryQuinn87"}\n' + F,
    "markdown link": "[my PayPal](https://paypal.me/jeanmartin75)",
    "list item": "- Venmo: @jan-de-vries-12",
}
"""A payment handle its service shows: a finding."""
KEPT = {
    "stand-in name": "Your link looks like paypal.me/yourname.",
    "angle brackets": "Share paypal.me/<username> with the payer.",
    "braces": "https://venmo.com/u/{handle}",
    "venmo docs": "Venmo usernames start with @, like @username.",
    "cashtag docs": "Cash App: $Cashtag is your name there.",
    "price": "Cash App charges $25 per month for this.",
    "shell variable": "echo $HOME and $PATH",
    "service page": "See https://venmo.com/about for details.",
    "paypal help": "https://www.paypal.com/paypalme/ explains PayPal.Me links.",
    "wise article": "https://wise.com/help/articles/2932150",
    "service's own account": "Ask Venmo support via @VenmoSupport on X.",
    "email after the name": "Write to venmo@example.com for help.",
    "negation": "We never ask for your Venmo or Cash App handle.",
}
"""No person's handle: no payment handle finding."""


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("name", REFUSED)
def test_a_persons_payment_handle_is_found(name: str) -> None:
    assert PAYMENT_HANDLE in _kinds(REFUSED[name])


@pytest.mark.parametrize("name", KEPT)
def test_stand_ins_and_the_format_publish(name: str) -> None:
    assert PAYMENT_HANDLE not in _kinds(KEPT[name])

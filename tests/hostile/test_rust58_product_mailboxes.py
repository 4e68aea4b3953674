"""Addresses dressed as a made-up free-mail account named after the page's product stay found
(rust58's attack on kbgen/core/privacy/product_mailboxes.py; the same texts are rows
`rust58-productmail-…` of bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

PAGE = ("# RustDesk Server Pro console\n\nRustDesk Server Pro sends mail through SMTP.\n\n"
        "RustDesk supports Gmail accounts.\n\nRustDesk needs an app password.\n\n")
def line(address: str,
         words: str = "Enter the Gmail account i.e. `{a}` in `Mail Account`.") -> str:
    return PAGE + words.format(a=address) + "\n"

DRESSED = [
    ("a person's name in place of the product",
     line("mychidiserver@gmail.com")),
    ("a person's address",
     line("chidi.okonkwo@gmail.com")),
    ("the product's server with a year",
     line("myrustdeskserver2024@gmail.com")),
    ("the product and a person's name",
     line("rustdesk.chidi@gmail.com")),
    ("the product's server at a company's domain",
     line("myrustdeskserver@dangote.ng")),
    ("the product's server with a person's name after it",
     line("myrustdeskserver.chidi@gmail.com")),
    ("a person's name before the product's server",
     line("chidimyrustdeskserver@gmail.com")),
    ("the product's server on our line",
     line("myrustdeskserver@gmail.com", "Our RustDesk server sends from `{a}`.")),
    ("the product's server in production",
     line("myrustdeskserver@gmail.com", "The production relay mails from `{a}`.")),
    ("a surname's server without my",
     line("okonkwoserver@gmail.com")),
    ("my and a surname's server",
     line("myokonkwoserver@gmail.com")),
    ("my and a company's server",
     line("mydangoteserver@gmail.com")),
    ("the product alone after my",
     line("myrustdesk@gmail.com")),
    ("the product's server with dots",
     line("my.rustdesk.server@gmail.com")),
    ("your and a person's host",
     line("yourchidihost@gmail.com")),
    ("the product's server with a person's name in capitals",
     line("MyRustDeskServer.Chidi@gmail.com")),
    ("the product and a person's name before server",
     line("myrustdeskchidiserver@gmail.com")),
    ("my server and a person's name",
     line("myserverchidi@gmail.com")),
    ("the product's support after my",
     line("myrustdesksupport@gmail.com")),
    ("the product's server for a named customer",
     line("myrustdeskserver@gmail.com", "Ticket #4821 from Dangote Ltd: mail comes from `{a}`.")),
    ("the product's server with an underscore name",
     line("my_rustdesk_chidi@gmail.com")),
    ("the product's server with a person's given name before my",
     line("anna.myrustdeskserver@gmail.com")),
    ("the product's server at a company subdomain of a free mail name",
     line("myrustdeskserver@mail.dangote.ng")),
    ("a server name without the product on a page without it",
     "Enter the Gmail account i.e. `myrustdeskserver@gmail.com` in `Mail Account`.\n"),
]


@pytest.mark.parametrize(("case", "text"), DRESSED, ids=[case for case, _ in DRESSED])
def test_an_address_dressed_as_a_products_made_up_account_is_found(case: str, text: str) -> None:
    assert [f for f in scan(text) if f.kind == "e-mail address" and not f.advisory], case

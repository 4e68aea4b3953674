"""A made-up free-mail account named after the page's product passes the gate
(kbgen/core/privacy/product_mailboxes.py). Lines from RustDesk Server Pro's console page, where
main found `myrustdeskserver@gmail.com` 26 times in 12 languages."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

PAGE = ("# RustDesk Server Pro console\n\nRustDesk Server Pro sends mail through SMTP.\n\n"
        "RustDesk supports Gmail accounts.\n\nRustDesk needs an app password.\n\n"
        "Start it with `docker compose up -d rustdesk-server-pro`.\n\n")

STEPS = [
    "5. Enter the Gmail account i.e. `myrustdeskserver@gmail.com` in `Mail Account`.\n",
    "7. Enter your Gmail account i.e. `myrustdeskserver@gmail.com` in `From`.\n",
    "5. 在`邮件帐户`中输入 Gmail 帐户，即`myrustdeskserver@gmail.com`。\n",
]


@pytest.mark.parametrize("step", STEPS)
def test_a_products_made_up_account_is_no_ones(step: str) -> None:
    assert [f for f in scan(PAGE + step) if not f.advisory] == []


def test_the_same_account_on_a_page_of_another_product_is_found() -> None:
    """The product's name makes the account a placeholder; on a page not about it, it may be
    anyone's."""
    page = PAGE.replace("RustDesk", "Kanboard").replace("rustdesk", "kanboard")
    assert [f for f in scan(page + STEPS[0]) if not f.advisory]

"""A role mailbox at a domain masked with x's passes the gate
(kbgen/core/privacy/masked_domains.py). Lines from RustDesk's Microsoft 365 page, where main
found `no-reply@xxx.com` 36 times in 12 languages."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

MASKED = [
    '```powershell\nNew-Mailbox -Shared -Name "No Reply" -Alias no-reply -DisplayName "No Reply"'
    " -PrimarySmtpAddress no-reply@xxx.com\n```\n",
    '```powershell\nGet-EXOMailbox -Identity "no-reply@xxx.com" | Format-List DisplayName,'
    "PrimarySmtpAddress,RecipientTypeDetails\n```\n",
    "```\nWrite-ErrorMessage : ||The operation couldn't be performed because object"
    " 'no-reply@xxx.com' couldn't be found on 'xxx.xxx.PROD.OUTLOOK.COM'.\n```\n",
    "Send the reports from `postmaster@xxxx.xxx.org`.\n",
]


@pytest.mark.parametrize("text", MASKED)
def test_a_role_mailbox_at_a_masked_domain_is_no_ones(text: str) -> None:
    assert [f for f in scan(text) if not f.advisory] == []

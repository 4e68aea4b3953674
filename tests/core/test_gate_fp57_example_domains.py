"""Issue 19 (fp57): a documented example domain is read as `example.com` is
(kbgen.core.example_domains): Microsoft's fictitious companies (`no-reply@contoso.com` in
RustDesk's Microsoft 365 guide, PowerShell in twelve languages) and Google's documentation
domains. Look-alikes are other domains and stay found (more are rows `fp57-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core import example_domains
from kbgen.core.privacy import Allowed, scan

# As RustDesk's Microsoft 365 SMTP guide writes them (content/self-host/rustdesk-server-pro/
# smtp/microsoft-365/_index.en.md).
RUSTDESK = (
    "- An existing Microsoft 365 mailbox, or one you plan to create for sending mail,"
    " for example `no-reply@contoso.com`\n\n"
    "```powershell\n"
    'New-Mailbox -Shared -Name "No Reply" -Alias no-reply -DisplayName "No Reply"'
    " -PrimarySmtpAddress no-reply@contoso.com\n"
    'Add-MailboxPermission -Identity "no-reply@contoso.com" -User <SERVICE_PRINCIPAL_ID>'
    " -AccessRights FullAccess\n"
    'Set-CASMailbox -Identity "no-reply@contoso.com" -SmtpClientAuthenticationDisabled $false\n'
    "```\n")


def _found(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


def test_rustdesks_microsoft_365_mailbox_passes() -> None:
    assert _found(RUSTDESK) == set()


@pytest.mark.parametrize("domain", sorted(example_domains.DOCUMENTED))
def test_every_documented_domain_is_read_as_example_com_is(domain: str) -> None:
    for text in ("Send it from no-reply@{d}.",
                 "Write to jane.doe@{d} for help.",  # a person's: as example.com gives it
                 "Mail the team at support@mail.{d}.",
                 "postgres://user:password123@db.{d}/app",
                 "address=/{d}/192.168.1.1"):
        assert _found(text.format(d=domain)) == _found(text.format(d="example.com")), text


def test_a_persons_mailbox_at_a_documented_domain_gets_what_example_com_gives() -> None:
    # Today (and before fp57) example.com accepts any mailbox, a person's too.
    assert _found("Contact Jane Doe at jane.doe@example.com.") == set()
    assert _found("Contact Jane Doe at jane.doe@contoso.com.") == set()


@pytest.mark.parametrize("text", [
    "Write to jane.doe@contoso.com.evil.ng for the payroll export.",
    "Write to jane.doe@contoso-payroll.com for the payroll export.",
    "Write to jane@mycontoso.com.",
    "Write to jane@contoso.co.",
    "Write to jane@contosocorp.com.",
    "Write to jane@fabrikam.com.au.",
    "Write to jane@contoso.com.ng.",
    "Write to jane@sub-contoso.com.",
    "Write to jane@contoso.com-mail.net.",
    "Write to jane@contoso.org.",
    "jdoe@CONTOSO.COM.attacker.io",
    "The ticket came from maria.garcia@fabrikam.co.uk.",
    "Write to j.smith@woodgrovebank.com.evil.ng.",
    "Customer Jane Doe (jane.doe@gmail.com) works at contoso.com.",
])
def test_look_alike_domains_stay_found(text: str) -> None:
    assert "e-mail address" in _found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Mail ops@fabrikam.internal when the backup fails.", "internal hostname"),
    ("ssh okonkwo@fabrikam.internal", "internal hostname"),
    ("Write to jane@fabrikam.local.", "internal hostname"),
    ("postgres://app:Xk9vQ2mZ7LpR3tYw@db.contoso.com/app", "password in URL"),
    ("Log in as admin@contoso.com with password Xk9vQ2mZ7LpR3tYw", "password or secret"),
    ("aws_access_key_id = AKIAZ7Q4M2XPLK3R8JWN for s3.contoso.com", "AWS access key"),
    ("Reset link: https://contoso.com/reset?token=8fJ2kLmN0pQxZ7vR4tYw9Hk2", "API key or token"),
    ("Our payroll server payroll.contoso.com is at 10.20.30.40.", "internal IP address"),
    ("Our customer's server at 10.1.2.3 answers as mail.contoso.com.", "internal IP address"),
    ("Call Jane at +44 7700 900123 about her contoso.com account.", "phone number"),
    ('curl -H "Authorization: Bearer 8fJ2kLmN0pQxZ7vR4tYw9Hk2sD5gF1aB"'
     " https://api.contoso.com/v1", "API key or token"),
])
def test_secrets_and_people_beside_a_documented_domain_stay_found(text: str, kind: str) -> None:
    assert kind in _found(text)


@pytest.mark.parametrize(("domain", "documented"), [
    ("contoso.com", True), ("MAIL.Contoso.com.", True), ("altostrat.com", True),
    ("example.org", True), ("contoso.com.evil.ng", False), ("mycontoso.com", False),
    ("contoso-payroll.com", False), ("fabrikam.internal", False), ("contoso.co", False),
])
def test_documented_compares_whole_labels(domain: str, documented: bool) -> None:
    assert example_domains.documented(domain) is documented

"""Addresses dressed as a role mailbox at a masked domain stay found (rust58's attack on
kbgen/core/privacy/masked_domains.py; the same texts are rows `rust58-mailbox-…` of
bench/gatecorpus/hostile.yml)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import scan

ADDRESSES = [
    ("an address at a domain starting with x's", "no-reply@xxxbank.com"),
    ("an address at a domain ending with x's", "no-reply@bankxxx.com"),
    ("an address at a hyphenated x domain", "no-reply@xxx-dangote.com"),
    ("an address at a real domain under x's", "no-reply@xxx.dangote.com"),
    ("an address at a domain whose top level is x's", "no-reply@dangote.xxx"),
    ("an address at two x's", "no-reply@xx.com"),
    ("a person's name at x's", "anna.virtanen@xxx.com"),
    ("a person's name tagged on a role at x's", "noreply+anna.virtanen@xxx.com"),
    ("a role tagged on a person's name at x's", "anna.virtanen+noreply@xxx.com"),
    ("a person's name with a hyphen at x's", "chidi-okonkwo@xxx.com"),
    ("a person's name with an underscore at x's", "chidi_okonkwo@xxx.com"),
    ("a role at a real domain with x's after it", "no-reply@dangote.com.xxx"),
    ("a role at x's under a real domain", "no-reply@xxx.xxx.dangote.ng"),
    ("a role at a real domain", "no-reply@dangote.ng"),
    ("a role with digits at x's", "no-reply2@dangotebank.com"),
    ("a person's name at a masked subdomain of a real domain", "anna.virtanen@xxx.dangote.ng"),
    ("a person's name at a free mail provider", "anna.virtanen@gmail.com"),
    ("a role at a free mail provider", "support@gmail.com"),
    ("a person's name at x's with a dot-less surname", "okonkwo.chidi@xxx.org"),
    ("a role glued to a name at x's", "noreplyanna.virtanen@xxx.com"),
    ("a name with x's as the domain's first label", "chidi.okonkwo@xxxx.co.uk"),
    ("a role at a masked domain with a real country code", "no-reply@xxx.dangote.com.ng"),
]


def _command(address: str) -> str:
    return ('```powershell\nNew-Mailbox -Shared -Name "No Reply" -Alias no-reply'
            f' -PrimarySmtpAddress {address}\n```\n')


DRESSED = [(case, _command(address)) for case, address in ADDRESSES]


@pytest.mark.parametrize(("case", "text"), DRESSED, ids=[case for case, _ in DRESSED])
def test_an_address_dressed_as_a_masked_role_mailbox_is_found(case: str, text: str) -> None:
    assert [f for f in scan(text) if f.kind == "e-mail address" and not f.advisory], case

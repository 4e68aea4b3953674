"""Issue 19 (m57): a domain spelt with look-alike letters of another script is the domain it is,
not the example domain it resembles (kbgen.core.privacy.spoofed_domains; rev57 put mailboxes at
`сontoso.com` with a Cyrillic `с` through fp57's documented example domains, and main put
`exаmple.com` through). A documented example domain beside a private address no longer makes
the address an example."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import Allowed, scan
from kbgen.core.privacy.spoofed_domains import spelt_as_registered


def _kinds(text: str) -> set[str]:
    return {finding.kind for finding in scan(text, Allowed()) if not finding.advisory}


@pytest.mark.parametrize("text", [
    "Write to amara.okonkwo@\u0441ontoso.com for your payslip.\n",  # Cyrillic с
    "Write to amara.okonkwo@f\u0430brikam.com.\n",  # Cyrillic а
    "Send it to amara@woodgroveb\u0430nk.com today.\n",
    "Contact jane@ex\u0430mple.com about the refund.\n",
    "Contact jane@\u0435\u0445\u0430mple.com about the refund.\n",  # three Cyrillic letters
    "Contact jane@examp\u04cfe.com about the refund.\n",  # Cyrillic palochka for l
    "Contact jane@c\u03bfntoso.com about the refund.\n",  # Greek omicron
    "```\nsmtp_user = amara@mail.\u0441ontoso.com\n```\n",
])
def test_a_mailbox_at_a_look_alike_of_an_example_domain_is_found(text: str) -> None:
    assert "e-mail address" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Write to jane@contoso.com for the sample.\n",
    "Write to jane@example.com for the sample.\n",
    "Пишите на почту support@example.com.\n",
    "Die Seite https://bücher.example/ zeigt es.\n",
])
def test_example_domains_written_in_ascii_still_pass(text: str) -> None:
    assert _kinds(text) == set()


@pytest.mark.parametrize("written, spelt", [
    ("a@\u0441ontoso.com", "a@xn--ontoso-hrf.com"),
    ("https://\u0441ontoso.com/x", "https://xn--ontoso-hrf.com/x"),
    ("müller@bücher.de", "müller@bücher.de"),  # Latin throughout: an IDN, no look-alike
    ("ID/中继服务器", "ID/中继服务器"),  # no host after `@` or `//`
    ("иван@пример.рф", "иван@пример.рф"),  # one script: no mix
])
def test_only_labels_mixing_latin_with_look_alikes_are_spelt_as_registered(
        written: str, spelt: str) -> None:
    assert spelt_as_registered(written) == spelt


@pytest.mark.parametrize("text", [
    "| Amara Okonkwo | 172.20.14.9 | HR | amara@contoso.com |\n",
    "```\n10.44.3.7   payroll.northbridge.co.uk   # replaces contoso.com\n```\n",
])
def test_a_documented_domain_beside_a_private_address_does_not_make_it_an_example(
        text: str) -> None:
    assert "internal IP address" in _kinds(text)

"""rev64's false alarms of the deceptive-link check, each beside the leak it must still catch
(issue 19): punctuation after an address with no path, a package's version after an @, links
that write to the mailbox they show (`xmpp:`, `sip:`) or open the host they show (`ssh:`), a
phone extension, a mailbox inside a shown address's query."""

from __future__ import annotations

import pytest

from kbgen.core.deceptive_links import link_problem

KEPT = [
    ("Our site (https://example.com)", "https://example.com"),
    ("see https://example.com、", "https://example.com"),
    ("lodash@4.17.21", "https://www.npmjs.com/package/lodash/v/4.17.21"),
    ("actions/setup-node@v4.0.2", "https://github.com/actions/setup-node/releases/tag/v4.0.2"),
    ("xmpp:support@acme.com", "xmpp:support@acme.com"),
    ("sip:help@acme.com", "sip:help@acme.com"),
    ("ssh://deploy@example.com", "ssh://deploy@example.com"),
    ("+1 555 0100 ext. 42", "tel:+15550100x42"),
    ("+1 555 0100 p42", "tel:+15550100p42"),
    ("https://example.com/?q=a@b.com", "https://example.com/?q=a@b.com"),
]

REFUSED = [
    ("Our site (https://acme.com)", "https://evil.com"),
    ("see https://acme.com、", "https://evil.com"),
    ("support@acme.com", "mailto:x@evil.com"),
    ("xmpp:support@acme.com", "xmpp:support@evil.com"),
    ("help@acme.com", "sip:help@evil.com"),
    ("ssh://deploy@acme.com", "ssh://deploy@evil.com"),
    ("our support line", "tel:1-800-FLOWERS"),
    ("+1 555 0100", "tel:1-800-PAYNOWX"),
    ("https://acme.com/?q=a@b.com", "https://evil.com/"),
    ("write to a@acme.com", "https://evil.com"),
]


@pytest.mark.parametrize(("text", "href"), KEPT)
def test_a_link_that_opens_what_it_shows_passes(text: str, href: str) -> None:
    assert link_problem(text, href) == ""


@pytest.mark.parametrize(("text", "href"), REFUSED)
def test_a_link_that_opens_another_address_is_refused(text: str, href: str) -> None:
    assert link_problem(text, href) != ""

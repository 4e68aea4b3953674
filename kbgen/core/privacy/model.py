"""What the gate reports: `Finding`, what a site allows (`Allowed`), the kinds of finding and
the advice for each."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One piece of personal data or one secret found in a text."""

    line: int
    """1-based line within the scanned file."""
    kind: str
    """What was found, e.g. `e-mail address` or `payment card number`."""
    excerpt: str
    """The value, masked so that it never appears in full in logs."""
    advice: str
    """How to fix it."""
    advisory: bool = False
    """Worth a look but no leak (a port on the reader's own computer in prose): the gate warns
    and publishes (kbgen.core.gate)."""
    last_line: int | None = None
    """The last line of the block of lines this one finding stands for (`line` is its first:
    kbgen.core.privacy.block_findings), None when it is one line's."""
    members: tuple[Finding, ...] = field(default=(), compare=False)
    """A block's findings line by line when the block is no one structure that parses
    (block_findings): a marker accepts only the member on its own line, the rest stay."""
    vendor: bool = field(default=False, compare=False)
    """A key whose own prefix names its issuer (`ghp_`, `sk_live_`): never one of a block's
    lines (block_findings)."""

    @property
    def extent(self) -> str:
        """` (lines 86-112)` for a block's finding, else nothing: what a message adds."""
        return f" (lines {self.line}-{self.last_line})" if self.last_line is not None else ""


@dataclass(frozen=True)
class Allowed:
    """Values that may be published: the company's own contact details and an allow-list."""

    emails: frozenset[str] = frozenset()
    """E-mail addresses that may be published, in lower case (compared case-insensitively;
    only ever looked up, never listed: kbgen.core.gate notes which were asked for)."""
    phones_e164: frozenset[str] = frozenset()
    """Phone numbers that may be published, in E.164 (`+442079460958`)."""
    domains: frozenset[str] = frozenset()
    """E-mail domains and host names that may be published, with their subdomains."""
    patterns: tuple[str, ...] = ()
    """Regular expressions; a match covering a finding's value allows it."""
    organisations: frozenset[str] = frozenset()
    """Domains of public organisations (regulators), with their subdomains: their addresses
    and hosts may be published, but not a person's address there (`jane.doe@ico.org.uk`)."""
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    """Private networks whose addresses may be published: a platform's documented network
    that every customer sees alike (Fly.io's `fdaa::/16`), never a company's own."""
    national_regions: tuple[str, ...] = ()
    """Regions whose national phone numbers (no `+country`) are read besides the scan's
    default region: the site's languages' and contact lines' (kbgen.core.phone_regions)."""


NOTHING_ALLOWED = Allowed()
"""No allowances beyond the built-in placeholders (example.com, 192.0.2.0/24, ...)."""

# Finding.kind values: what a reader of `path:line: kind (excerpt): advice` is told was found.
EMAIL = "e-mail address"

PHONE = "phone number"

CARD = "payment card number"

IBAN = "IBAN"

AWS_KEY = "AWS access key"

PRIVATE_KEY = "private key"

TOKEN = "API key or token"

URL_PASSWORD = "password in URL"

PASSWORD = "password or secret"

INTERNAL_IP = "internal IP address"

INTERNAL_HOST = "internal hostname"

POSTAL_ADDRESS = "postal address"

NATIONAL_ID = "national ID number"

BANK_ACCOUNT = "bank account number"

PAYMENT_HANDLE = "payment handle"

ADVICE = {
    EMAIL: "remove the customer's e-mail address or replace it with name@example.com; if it is"
    " one of the company's own addresses, list it in extra.kb.privacy.allow_emails",
    PHONE: "remove the phone number or replace it with a placeholder; if it is one of the "
    "company's own numbers, list it in extra.kb.privacy.allow_phones",
    CARD: "remove the card number; refer to a card by its last four digits at most",
    IBAN: "remove the bank account number; refer to an account by its last four characters at "
    "most",
    AWS_KEY: "remove the key and have it rotated: anything pasted into an article is public",
    PRIVATE_KEY: "remove the whole key block and have the key replaced",
    TOKEN: "remove the key or token and have it revoked: anything pasted into an article is "
    "public",
    URL_PASSWORD: "remove the user name and password from the URL and have the password changed",
    PASSWORD: "remove the value (write <your password> instead) and have it changed",
    INTERNAL_IP: "remove the internal address or use a documentation address such as "
    "192.0.2.10",
    INTERNAL_HOST: "remove the internal host name or use a placeholder such as "
    "server.example; add it to the allow-list if customers really use it",
    POSTAL_ADDRESS: "remove the customer's postal address; refer to the customer by a ticket or "
    "order number instead",
    NATIONAL_ID: "remove the identity number; refer to the customer by a ticket or order number"
    " instead",
    BANK_ACCOUNT: "remove the account number; refer to an account by its last four digits at"
    " most; if it is the company's own, end the line with `<!-- kb:allow bank-account -->`",
    PAYMENT_HANDLE: "remove the payment link or handle (PayPal.me, Venmo, Cash App, ...); refer"
    " to the customer by a ticket or order number; if it is the company's own, end the line"
    " with `<!-- kb:allow payment-handle -->`",
}
"""How to fix each kind of finding (token findings name the service when it is known)."""

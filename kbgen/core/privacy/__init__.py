"""Personal data and secrets gate: find what must not be published before it is published.

Articles are often pasted from tickets. `scan` looks at text line by line for e-mail addresses,
phone numbers, payment card numbers, IBANs, credentials (through detect-secrets' plugins, plain
`password: value` lines and base64 payloads) and internal host names or addresses. It reads
each line as a reader sees it (`normalize`: entities and percent-escapes decoded, invisible
characters dropped, NFKC; and again without tags and emphasis marks), keys broken over two
lines, and phone numbers, cards, IBANs and addresses a paragraph wraps over lines. Every
`Finding` carries a masked excerpt, never the value.

It does not cry wolf: values inside URLs and markup are judged as what they are there (record
ids, file names, tracking parameters and element ids are not keys; a key in a query string is
one: kbgen.core.url_parts), hex digests shown as hashes are hashes, role mailboxes and
placeholders name no one (kbgen.core.mailboxes), network ranges are not hosts, paths and
versioned names are not keys (kbgen.core.names), public keys and fingerprints are public
(kbgen.core.public_keys), and the session key of a server on the reader's own computer opens
nothing else (kbgen.core.sessions).

The package: `model` (what is reported), `scanner` (`scan`, `scan_data`), `detectors` (which run,
in what order), one module a kind of value (`keys`, `tokens`, `payments`, `emails`, `phones`,
`networks`, `passwords`, `encoded`, `escaped`, `address_names`, `split`, `wrapped`,
`table_cells`, `spaced_values`, `base_encodings`, `backwards`, `number_words`), and what they
share (`context`, `values`, `clear_examples`).
"""

from kbgen.core.privacy.detectors import DETECTORS
from kbgen.core.privacy.model import (
    ADVICE,
    AWS_KEY,
    BANK_ACCOUNT,
    CARD,
    EMAIL,
    IBAN,
    INTERNAL_HOST,
    INTERNAL_IP,
    NATIONAL_ID,
    NOTHING_ALLOWED,
    PASSWORD,
    PAYMENT_HANDLE,
    PHONE,
    POSTAL_ADDRESS,
    PRIVATE_KEY,
    TOKEN,
    URL_PASSWORD,
    Allowed,
    Finding,
)
from kbgen.core.privacy.networks import INTERNAL_SUFFIXES
from kbgen.core.privacy.payments import luhn_valid
from kbgen.core.privacy.scanner import scan, scan_data

__all__ = [
    "ADVICE", "AWS_KEY", "BANK_ACCOUNT", "CARD", "DETECTORS", "EMAIL", "IBAN", "INTERNAL_HOST",
    "INTERNAL_IP", "INTERNAL_SUFFIXES", "NATIONAL_ID", "NOTHING_ALLOWED", "PASSWORD",
    "PAYMENT_HANDLE", "PHONE", "PRIVATE_KEY", "TOKEN", "URL_PASSWORD", "POSTAL_ADDRESS", "Allowed",
    "Finding", "luhn_valid", "scan", "scan_data",
]

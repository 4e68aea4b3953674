"""Personal data and secrets gate: what is found, where, and that it is never shown in full."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import (
    AWS_KEY,
    CARD,
    EMAIL,
    IBAN,
    INTERNAL_HOST,
    INTERNAL_IP,
    PASSWORD,
    PHONE,
    PRIVATE_KEY,
    TOKEN,
    URL_PASSWORD,
    Allowed,
    Finding,
    luhn_valid,
    scan,
    scan_data,
)

COMPANY = Allowed(
    emails=frozenset({"Billing@Hearthly.co.uk"}),
    phones_e164=frozenset({"+442079460958"}),
    domains=frozenset({"hearthly.co.uk", "lab.corp"}),
    patterns=(r"\b4242 4242 4242 4242\b",),
)
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIi"
    "wiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
PEM = (
    "Config pasted by the customer:\n"
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEpAIBAAKCAQEA1xJ8bT0s8mXvO2ZpQnKqzKx3mI0pYx8V9wZkJdYcUuQ1mP7r\n"
    "k3Jd9QzXw0Yp8Rt2LmNc4VbHs6GfUe1TaKiOq5WxZy7DjPlEnMoRbSvC2gFhIuAt\n"
    "-----END RSA PRIVATE KEY-----\n"
    "Thanks, Jo"
)

# (text, default_region, expected (line, kind) pairs, a value no excerpt may contain)
FOUND = [
    ("Hi, this is Jane (jane.doe@gmail.com), my thermostat is offline.", None,
     [(1, EMAIL)], "jane.doe@gmail.com"),
    ("Ticket HD-10234\n\nFrom: Jane Doe <JANE.DOE@Outlook.com>\nSubject: offline", None,
     [(3, EMAIL)], "JANE.DOE@Outlook.com"),
    ("Call me back on +44 7911 123456 after 5pm.", None, [(1, PHONE)], "7911 123456"),
    ("US customer, phone +1 (415) 555-2671.", None, [(1, PHONE)], "555-2671"),
    ("Kunde erreichbar unter +49 30 901820.", None, [(1, PHONE)], "30 901820"),
    ("Customer's landline: 0161 496 0123", "GB", [(1, PHONE)], "496 0123"),
    ("Card 4111 1111 1111 1111 was declined.", None, [(1, CARD)], "4111 1111 1111 1111"),
    ("Card 4111-1111-1111-1111 exp 12/28", None, [(1, CARD)], "4111-1111-1111-1111"),
    ("Amex 378282246310005", None, [(1, CARD)], "378282246310005"),
    ("Refund to GB82 WEST 1234 5698 7654 32 please.", None, [(1, IBAN)],
     "GB82 WEST 1234 5698 7654 32"),
    ("Refund to DE89370400440532013000.", None, [(1, IBAN)], "DE89370400440532013000"),
    ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", None, [(1, AWS_KEY)], "AKIAIOSFODNN7EXAMPLE"),
    ('aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', None, [(1, AWS_KEY)],
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("AKIAIOSFODNN7EXAMPLE\nsecret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", None,
     [(1, AWS_KEY), (2, TOKEN)], "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    (PEM, None, [(2, PRIVATE_KEY)], "MIIEpAIBAAKCAQEA1xJ8bT0s8mXvO2ZpQnKqzKx3mI0pYx8V9wZkJdYcUuQ1"),
    ("token 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 works", None, [(1, TOKEN)],
     "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"),
    ("bot: xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", None, [(1, TOKEN)],
     "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"),
    ("key sk_live_4eC39HqLyjWDarjtT1zdp7dc", None, [(1, TOKEN)],
     "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    (f"Authorization: Bearer {JWT}", None, [(1, TOKEN)], "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV"),
    ("api token Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz", None, [(1, TOKEN)],
     "Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz"),
    ('wifi_password: "Summer2024!"', None, [(1, PASSWORD)], "Summer2024!"),
    ("The hub talks to 10.2.3.4 on port 8883.", None, [(1, INTERNAL_IP)], "10.2.3.4"),
    ("Router at 192.168.1.20, NAS at fd12:3456::1, see 127.0.0.1", None,
     [(1, INTERNAL_IP), (1, INTERNAL_IP), (1, INTERNAL_IP)], "192.168.1.20"),
    ("Logs are on db01.corp and build.hearthly.internal", None,
     [(1, INTERNAL_HOST), (1, INTERNAL_HOST)], "db01.corp"),
    ("Open http://localhost:8080/setup", None, [(1, INTERNAL_HOST)], "localhost"),
    ("Feed: http://user:pass@host/feed.xml", None, [(1, URL_PASSWORD)], "user:pass"),
    ("Email jane@gmail.com or call +44 7911 123456", None, [(1, EMAIL), (1, PHONE)],
     "jane@gmail.com"),
]

# (text, default_region, allowed)
NOT_FOUND = [
    ("Write to support@example.com or help@docs.example.org.", None, Allowed()),
    ("Placeholders: jo@shop.test, x@y.invalid, support@hearthly.example", None, Allowed()),
    ("Call us on +44 20 7946 0958 or 020 7946 0958.", "GB", COMPANY),
    ("Billing: billing@hearthly.co.uk, jo@accounts.hearthly.co.uk, nas.lab.corp", None, COMPANY),
    ("Test card 4242 4242 4242 4242 always succeeds.", None, COMPANY),
    ("Update to version 4.2.1 (build 4.2.1.7) before 2026-11-23.", "GB", Allowed()),
    ("Open 08:00-20:00, Saturday 09:00-12:00, at 12:30:45.", "GB", Allowed()),
    ("Error ERR_SYNC_409 or HUB_PAIR_TIMEOUT_AFTER_RESET_2 in the log.", "GB", Allowed()),
    ("Windows says 0x80070005 (access denied).", "GB", Allowed()),
    ("Payment declined (code 51).", "GB", Allowed()),
    ("Reference 1234 5678 9012 3456 and 4111 1111 1111 1112.", "GB", Allowed()),
    ("Use 192.0.2.10, 198.51.100.7 or 203.0.113.5 in examples; DNS 8.8.8.8.", None, Allowed()),
    ("Firmware 10.2.3.4 fixes the Wi-Fi bug; v10.0.1.5 did not.", None, Allowed()),
    (("The thermostat keeps the old Wi-Fi name and password; reconnect it from the app.\n"
     "Tap **Settings > Wi-Fi > Change network**, then wait two minutes."), "GB", Allowed()),
    ("See [refunds](../billing/refund.md) and ![hub](../img/hub-front-2025.png).", None, Allowed()),
    ("related: [thermostat-offline-after-router-change, hearthly-thermostat-2-setup-guide-v3]",
     None, Allowed()),
    ("https://docs.hearthly.example/articles/wifi/thermostat-offline-after-router-change.html",
     None, Allowed()),
    ("Device 123e4567-e89b-12d3-a456-426614174000 is paired.", None, Allowed()),
    (":woman_in_tuxedo_medium_light_skin_tone: getThermostatStatusById PytestRemovedIn9Warning",
     None, Allowed()),
    ("Type your Wi-Fi password: then tap Join.\npassword = \"<your password>\"", None, Allowed()),
    ("Order 100234556 shipped on 23/11/2026 to Manchester M1 1AE.", "GB", Allowed()),
    ("Press and hold for 10 s; the LED blinks 3 times.", "GB", Allowed()),
]


def pairs(findings: list[Finding]) -> list[tuple[int, str]]:
    return [(finding.line, finding.kind) for finding in findings]


@pytest.mark.parametrize("text, region, expected, value", FOUND)
def test_found(text: str, region: str | None, expected: list[tuple[int, str]],
               value: str) -> None:
    findings = scan(text, default_region=region)
    assert pairs(findings) == expected
    for finding in findings:
        assert value not in finding.excerpt
        assert finding.advice


@pytest.mark.parametrize("text, region, allowed", NOT_FOUND)
def test_not_found(text: str, region: str | None, allowed: Allowed) -> None:
    assert scan(text, allowed, default_region=region) == []


def test_national_number_needs_a_region() -> None:
    assert scan("Customer's landline: 0161 496 0123") == []


@pytest.mark.parametrize("text, excerpt", [
    ("jane.doe@gmail.com", "j***@g***.com"),
    ("+44 20 7946 0958", "+44 ** **** *958"),
    ("4111 1111 1111 1111", "4111 **** **** 1111"),
    ("GB82 WEST 1234 5698 7654 32", "GB82 **** **** **** **54 32"),
    ("10.2.3.4", "10.*.*.*"),
    ("db01.corp", "d***.corp"),
    ("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", "ghp_********"),
])
def test_excerpt_is_masked(text: str, excerpt: str) -> None:
    assert [finding.excerpt for finding in scan(text)] == [excerpt]


def test_line_numbers_are_offset() -> None:
    text = "---\ntitle: Offline\n---\n\nMail jane@gmail.com"
    assert pairs(scan(text, first_line=10)) == [(14, EMAIL)]


def test_pattern_must_cover_the_value() -> None:
    allowed = Allowed(patterns=(r"4242 4242",))
    assert pairs(scan("Card 4242 4242 4242 4242", allowed)) == [(1, CARD)]


def test_luhn() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


def test_scan_data_uses_key_lines_and_skips_ignored_keys() -> None:
    profile = {
        "name": "Sam Lee",
        "bio": "Billing questions.\nReach me at sam.lee@gmail.com\nor +44 7911 123456\n",
        "links": [
            {"label": "Site", "url": "https://samlee.example"},
            {"label": "Old", "url": "http://admin:hunter22@10.0.0.5/"},
        ],
        "lines": [{"number": "+44 20 7946 0958", "note": "ring 0161 496 0123"}],
        "tickets": ["jane@gmail.com"],
        "since": 2019,
        "card": 4111111111111111,
    }
    lines = {"name": 1, "bio": 2, "links[0].url": 8, "links[1].url": 10, "lines[0].number": 12,
             "lines[0].note": 13, "since": 15, "card": 16}
    findings = scan_data(profile, COMPANY, lines.__getitem__, ignore=("tickets",),
                         default_region="GB")
    assert pairs(findings) == [
        (4, EMAIL), (5, PHONE), (10, URL_PASSWORD), (10, INTERNAL_IP), (13, PHONE), (16, CARD),
    ]


def test_scan_data_ignores_key_paths() -> None:
    data = {"lines": [{"note": "jane@gmail.com"}, {"note": "jo@gmail.com"}]}
    lines = {"lines[0].note": 3, "lines[1].note": 5}
    found = scan_data(data, Allowed(), lines.__getitem__, ignore=("lines[0].note",))
    assert pairs(found) == [(5, EMAIL)]

"""Personal data and secrets gate: what is found, where, and that it is never shown in full."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from kbgen.core.privacy import (
    AWS_KEY,
    CARD,
    EMAIL,
    IBAN,
    INTERNAL_HOST,
    INTERNAL_IP,
    INTERNAL_SUFFIXES,
    NOTHING_ALLOWED,
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
    tokens,
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


# ---------------------------------------------------------------------------------------------
# Pre-checks: what spares the detectors most lines must never hide a finding
# ---------------------------------------------------------------------------------------------

SLUG = "See [reset it](../heating/how-to-reset-the-thermostat-after-a-power-cut.md):"
"""A line whose only long run of token characters is a slug."""
AZURE = (
    "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPL"
    "lmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)

# (a value that only one detect-secrets plugin finds, kind, what the advice names); the
# lower-case forms match each plugin's regex without an upper-case letter, digit or +/_=
PLUGIN_EXAMPLES = [
    ("-----BEGIN OPENSSH PRIVATE KEY-----", PRIVATE_KEY, "key block"),
    ("PuTTY-User-Key-File-2: ssh-rsa", PRIVATE_KEY, "key block"),
    ("AKIAIOSFODNN7EXAMPLE", AWS_KEY, "rotated"),
    ('AWS key: "abcdefghijabcdefghijabcdefghijabcdefghij"', AWS_KEY, "rotated"),
    ("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", TOKEN, "GitHub token"),
    ("glpat-xXyYzZ1234567890abcd", TOKEN, "GitLab token"),
    ("glpat-abcdefghij-klmnopqrst", TOKEN, "GitLab token"),
    ("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", TOKEN, "Slack token"),
    ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", TOKEN,
     "Slack token"),
    ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", TOKEN, "Stripe key"),
    ("sk-abcdefghijABCDEFGHIJT3BlbkFJabcdefghijABCDEFGHIJ", TOKEN, "OpenAI key"),
    ("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", TOKEN,
     "SendGrid key"),
    ("SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", TOKEN,
     "SendGrid key"),
    ("ACabcdefghijklmnopqrstuvwxyz012345", TOKEN, "Twilio key"),
    ("SKabcdefghijklmnopqrstuvwxyz012345", TOKEN, "Twilio key"),
    ("0123456789abcdef0123456789abcdef-us12", TOKEN, "Mailchimp key"),
    ("MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs", TOKEN, "Discord bot token"),
    ("123456789:AAHmVvXUfRFDmQQ3tXz1iaE0rJaDTPrLO5M", TOKEN, "Telegram bot token"),
    ("123456789:abcdefghijklmnopqrstuvwxyzabcdefghi", TOKEN, "Telegram bot token"),
    ("//registry.npmjs.org/:_authToken=npm_0123456789abcdefghij", TOKEN, "npm token"),
    ("pypi-AgEIcHlwaS5vcmc" + "a" * 70, TOKEN, "PyPI token"),
    ("sq0csp-0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", TOKEN, "Square OAuth secret"),
    ("sq0csp-\\abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", TOKEN, "Square OAuth secret"),
    (AZURE, TOKEN, "Azure storage key"),
    (JWT, TOKEN, "JSON Web Token"),
    ("http://jo:hunter22@example.com/feed", URL_PASSWORD, "password"),
    ('wifi_password: "Summer2024!"', PASSWORD, "password"),
    ('"Summer2024!" == password', PASSWORD, "password"),
    ('password "Summer2024!";', PASSWORD, "password"),
    ("secret => 'Summer2024!'", PASSWORD, "password"),
]


@pytest.mark.parametrize("line", ["{}", "{} and more text", f"{SLUG} {{}}", f"{{}} {SLUG}"])
@pytest.mark.parametrize("value, kind, named", PLUGIN_EXAMPLES)
def test_each_plugin_finds_its_example(line: str, value: str, kind: str, named: str) -> None:
    line = line.format(value)
    for text, number in ((line, 1), (f"Intro.\n\n{line}\n\nThanks, Jo", 3)):
        findings = scan(text)
        assert pairs(findings) == [(number, kind)]
        assert named in findings[0].advice


@pytest.mark.parametrize("value", [
    "xoxb-1-a",  # Slack
    "eyJhIjoxfQ.eyJhIjoxfQ",  # a JWT of two short parts
    "//registry.npmjs.org/:_authToken= npm_abc",  # npm, the token after a space
])
def test_short_tokens_are_found_beside_a_slug(value: str) -> None:
    """Lines without a long run never reach the plugins; lines with one (here a slug) do, and
    each plugin must still run there although the long run is not the token."""
    assert pairs(scan(f"{SLUG} {value}")) == [(1, TOKEN)]
    assert pairs(scan(f"Intro.\n{SLUG} {value}")) == [(2, TOKEN)]


@pytest.fixture
def plugin_lines(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lines given to detect-secrets' plugins (which then find nothing)."""
    seen: list[str] = []

    class Spy:
        def analyze_string(self, line: str) -> Iterator[str]:
            seen.append(line)
            return iter(())

    spies = tuple((Spy(), kind, what, needs) for _, kind, what, needs in tokens._plugins())
    monkeypatch.setattr(tokens, "_plugins", lambda: spies)
    return seen


@pytest.mark.parametrize("text", [
    SLUG,
    "related: [thermostat-offline-after-router-change, hearthly-thermostat-2-setup-guide-v3]",
    "https-docs-hearthly-example-articles-wifi-thermostat-offline-after-router-change",
    f"{SLUG}\n\nEnter the Wi-Fi password carefully; it is case-sensitive.\n{SLUG}",
    "Don't share your password: support never asks for it (not even by phone).",
])
def test_slugs_and_prose_are_not_given_to_the_plugins(text: str, plugin_lines: list[str]
                                                       ) -> None:
    assert scan(text) == []
    assert plugin_lines == []


def test_the_spy_sees_token_lines(plugin_lines: list[str]) -> None:
    scan("token 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 works")
    assert plugin_lines  # so that the test above can fail


@pytest.mark.parametrize("text, region, expected, value", FOUND)
def test_found_inside_an_article(text: str, region: str | None,
                                 expected: list[tuple[int, str]], value: str) -> None:
    """The same findings when the whole text is first searched for what each detector needs."""
    article = f"{SLUG}\nIntro.\n{text}\n\nThanks, Jo"
    shifted = [(line + 2, kind) for line, kind in expected]
    assert pairs(scan(article, default_region=region)) == shifted


@pytest.mark.parametrize("host", [
    *(f"nas.{suffix}" for suffix in INTERNAL_SUFFIXES), "localhost", "NAS.LAN", "DB01.Corp",
    "db.İNTERNAL", "nas.ınternal", "localhoſt",  # re.I takes İ and ı for i, ſ for s
])
def test_each_internal_host_alone_in_an_article(host: str) -> None:
    assert pairs(scan(f"Intro. Café ’quotes’.\nOpen http://{host}:8080/setup\nEnd.")) == [
        (2, INTERNAL_HOST)
    ]


@pytest.mark.parametrize("address", ["10.2.3.4", "127.0.0.1", "::1", "fe80::1", "fd12:3456::1"])
def test_each_internal_address_alone_in_an_article(address: str) -> None:
    assert pairs(scan(f"Intro.\nThe hub talks to {address} on port 8883.\nEnd.")) == [
        (2, INTERNAL_IP)
    ]


@pytest.mark.parametrize("text, expected", [
    ("Intro.\nRefund to GB82WEST12345698765432 please.", [(2, IBAN)]),
    ("Intro.\nRefund to DE89 3704 0044 0532 0130 00.", [(2, IBAN)]),
    ("Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz is the key\nEnd.", [(1, TOKEN)]),
    ("Intro.\n(Zx9Qw3Er7Ty1Ui5Op8As2Df6Gh4Jk0Lz)", [(2, TOKEN)]),
])
def test_ibans_and_keys_alone_in_an_article(text: str, expected: list[tuple[int, str]]) -> None:
    assert pairs(scan(text)) == expected


def test_phone_numbers_depend_on_the_region_and_allow_list_each_time() -> None:
    line = "Customer's landline: 0161 496 0123"
    assert pairs(scan(line, default_region="GB")) == [(1, PHONE)]
    assert scan(line) == []
    assert scan(line, Allowed(phones_e164=frozenset({"+441614960123"})), default_region="GB") == []
    assert pairs(scan(line, default_region="GB")) == [(1, PHONE)]


DETECT_SECRETS_REGEXES = "64c76d4d54e1823373550ed3b2a0539b5cb3d77fdeb3889612f975910fb54eb5"
"""Digest of the regexes that privacy.tokens._PLUGINS (what each plugin's matches contain) and
privacy.tokens._KEYWORD_QUOTE were derived from: detect-secrets 1.5.0."""


def test_pre_checks_were_derived_from_these_detect_secrets_regexes() -> None:
    from detect_secrets.plugins import keyword

    regexes = [(type(plugin).__name__, regex.pattern, regex.flags)
               for plugin, *_ in tokens._plugins() for regex in getattr(plugin, "denylist", ())]
    regexes += [("KeywordDetector", regex.pattern, regex.flags)
                for regex in keyword.QUOTES_REQUIRED_DENYLIST_REGEX_TO_GROUP]
    digest = hashlib.sha256(repr(regexes).encode()).hexdigest()
    assert digest == DETECT_SECRETS_REGEXES, (
        "detect-secrets' regexes changed: check the last column of privacy.tokens._PLUGINS and "
        "_KEYWORD_QUOTE against them (the comment under _PLUGINS says why each holds), then "
        "update DETECT_SECRETS_REGEXES"
    )
    # analyze_string tries only the regexes that want the value in quotes
    assert list(keyword.KeywordDetector().analyze_string("password: hunter22")) == []
    assert list(keyword.KeywordDetector().analyze_string('password: "hunter22"')) == ["hunter22"]


@pytest.mark.parametrize("text, found", [
    ("Updated on 2026-08-07 for the new app.", []),
    ("Valid until 07.08.2026.", []),
    ("Shipped 8/7/2026 from the warehouse.", []),
    ("Ring 20 26 08 07 if it still fails.", ["+45 ** ** ** 07"]),
    ("Ring +45 20260807 if it still fails.", ["+45 ** ** ** 07"]),
])
def test_dates_are_not_phone_numbers_where_8_digits_can_be_one(text: str,
                                                               found: list[str]) -> None:
    """In Denmark any 8 digits can be a phone number, dates written with digits too."""
    assert [f.excerpt for f in scan(text, NOTHING_ALLOWED, 1, "DK")] == found
    dates = {"created": "2026-08-07", "updated": "2026-10-24"}
    assert scan_data(dates, NOTHING_ALLOWED, lambda key: 3, default_region="DK") == []


@pytest.mark.parametrize("text, line", [
    ('key = "AKIAIOSFOD" +\n"NN7EXAMPLE"\n', 1),  # a quote and a `+` end the first half
    ("key = AKIAIOSFOD &\nNN7EXAMPLE\n", 1),
    ("key = AKIAIOSFOD\\\nNN7EXAMPLE\n", 1),
    ("key = `AKIAIOSFOD`  \nNN7EXAMPLE\n", 1),
    ("key = AKIAIOSFOD\t\u00a0\nNN7EXAMPLE\n", 1),  # any whitespace after it
    ("key = AKIAIOSFOD.\nNN7EXAMPLE\n", None),  # a line ending in a full stop ends no key
])
def test_key_split_over_two_lines_whatever_ends_the_first(text: str, line: int | None) -> None:
    """The split-key search skips lines by their last character: each way a half can end
    is still read."""
    found = [(f.line, f.kind) for f in scan(text, NOTHING_ALLOWED)]
    assert found == ([(line, AWS_KEY)] if line else [])


@pytest.mark.parametrize("text, line", [
    ("Admin password (staging)\n:   Hunter2Secret!x\n", 2),
    ("Admin password (staging)\n\n:   Hunter2Secret!x\n", 3),  # one blank line between
    ("Admin password (staging)\n\n\n:   Hunter2Secret!x\n", None),  # two: no definition
    ("Admin password (staging)\nHunter2Secret!x\n", None),
])
def test_password_definitions_are_found_only_under_their_term(text: str, line: int | None
                                                              ) -> None:
    found = [(f.line, f.kind) for f in scan(text, NOTHING_ALLOWED)]
    assert found == ([(line, PASSWORD)] if line else [])

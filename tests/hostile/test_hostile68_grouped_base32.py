"""Hostile round 25 (issue 19): a two-factor setup key in base32 written in groups of four, as
authenticator setup pages show it (`hxdm vjec jjws rb3h …`), which main published in every
layout (whole, the key readers find it); read in kbgen/core/privacy/grouped_base32.py. The keys
are drawn at random (seed 68). The leaks are also rows `hostile68: grouped setup key …` of
bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import random

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"
_DRAW = random.Random(68)
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _key(length: int, lower: bool) -> str:
    while True:
        key = "".join(_DRAW.choice(_BASE32) for _ in range(length))
        groups = [key[at:at + 4] for at in range(0, length, 4)]
        if sum(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups) >= 2:
            text = " ".join(groups)
            return text.lower() if lower else text


K = [_key((16, 26, 32)[n % 3], n % 2 == 0) for n in range(22)]

REFUSE: dict[str, str] = {
    "setup key": "Setup key: " + K[0],
    "typed into app": "I typed " + K[1] + " into Authy and it says invalid code",
    "german": "Einrichtungsschlüssel: " + K[2],
    "french quote": "> Clé de configuration : " + K[3],
    "table": "| Konto | Schlüssel |\n|---|---|\n| jane | " + K[4] + " |",
    "fence": F + "\n" + K[5] + "\n" + F,
    "html": "<p>Secret: <code>" + K[6] + "</code></p>",
    "spanish": "Clave de configuración: " + K[7],
    "japanese": "セットアップキー：" + K[8],
    "chinese": "密钥：" + K[9],
    "polish": "Klucz konfiguracji: " + K[10],
    "dutch": "Installatiesleutel " + K[11] + " werkt niet",
    "list": "- GitHub: " + K[12] + "\n- Google: " + K[13],
    "front matter": "---\nsecret: \"" + K[14] + "\"\n---\nText",
    "json": '{"totp": "' + K[15] + '"}',
    "italian": "Chiave: " + K[16],
    "portuguese": "Chave de configuração: " + K[17],
    "bold": "**Key:** " + K[18],
    "ticket below": "Customer wrote:\n\n    " + K[19],
    "turkish": "Kurulum anahtarı " + K[20],
    "finnish": "Avain on " + K[21] + ".",
    "hyphenated": "HXDM-VJ3C-JJWS-RB3H",  # a leak since hostile69 (dashed_base32, rev68)
}
"""Leaks: a password or secret finding."""

PUBLISH: dict[str, str] = {
    "capitals prose": "PLEASE READ THIS NOTE CARE FULLY",
    "letters only": "Format: ABCD EFGH IJKL MNOP",
    "pgp fingerprint": "Fingerprint: 5C17 6162 3F1B 7E5A 9D2C 4B8E 0A1F 3C6D 2E4B 7A9C",
    "spaced hex": "Hash: 3f2a 9c1e 8b4d 6e0a 2f7c 5d3b",
    "iban": "IBAN: DE89 3704 0044 0532 0130 00",
    "card": "Card 4111 1111 1111 1111",
    "years": "Releases 2024 2025 2026 2027 2028",
    "words and a year": "from 2024 with some more text",
    "repeated groups": "AB2C AB2C AB2C AB2C",
    "three groups": "Key: HX2M VJ3C JJ4S",
    "doc": "The key is 32 letters and digits in groups of four.",
}
"""Words, fingerprints, hex, card numbers and IBANs, templates, other shapes."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_grouped_setup_key_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_grouped_secret_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD not in kinds[name]

"""Hostile round 25 (issue 19): a BitLocker recovery key (eight groups of six digits, each a
multiple of 11 below 720,896), which main published in every layout; read in
kbgen/core/privacy/bitlocker_keys.py. The keys are drawn at random in BitLocker's format (seed
68), no real disk's. The leaks are also rows `hostile68: BitLocker …` of
bench/gatecorpus/hostile.yml. All texts are scanned once (module fixture)."""

from __future__ import annotations

import random

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"
_DRAW = random.Random(68)
K = ["-".join(f"{_DRAW.randrange(1, 65536) * 11:06d}" for _ in range(8)) for _ in range(22)]

REFUSE: dict[str, str] = {
    "label": "BitLocker recovery key: " + K[0],
    "german indented": "Der Wiederherstellungsschlüssel lautet\n\n    " + K[1],
    "table": "| PC | Recovery key |\n|---|---|\n| LAPTOP-7 | " + K[2] + " |",
    "no label prose": "Ich habe " + K[3] + " eingegeben, aber es geht nicht.",
    "quoted ticket": "> Customer wrote:\n> my key is " + K[4] + " please help",
    "manage-bde output": (F + "\nNumerical Password:\n  ID: {8A3B1C2D-0000-4E5F-9A8B-7C6D5E4F3A2B}"
                          "\n  Password:\n    " + K[5] + "\n" + F),
    "html": "<p>Clé de récupération : <code>" + K[6] + "</code></p>",
    "spaces": "Herstelsleutel: " + K[7].replace("-", " "),
    "spanish": "Clave de recuperación de BitLocker: " + K[8],
    "italian": "Chiave di ripristino: " + K[9],
    "polish": "Klucz odzyskiwania funkcji BitLocker: " + K[10],
    "japanese": "回復キー：" + K[11],
    "chinese": "恢复密钥：" + K[12],
    "finnish": "Palautusavain on " + K[13] + ".",
    "list": "- Laptop: " + K[14] + "\n- Desktop: " + K[15],
    "front matter": "---\nnote: \"" + K[16] + "\"\n---\nText",
    "json": '{"device": "PC-12", "recoveryKey": "' + K[17] + '"}',
    "powershell": F + "powershell\nPS> (Get-BitLockerVolume).KeyProtector\n" + K[18] + "\n" + F,
    "csv": "device,key\nPC-4," + K[19],
    "turkish": "Kurtarma anahtarı: " + K[20],
    "portuguese": "Chave de recuperação: " + K[21],
}
"""Leaks: a password or secret finding."""

PUBLISH: dict[str, str] = {
    "zeros": "Recovery key: 000000-000000-000000-000000-000000-000000-000000-000000",
    "template": "BitLocker recovery key: XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX",
    "ones": "Format: 111111-111111-111111-111111-111111-111111-111111-111111",
    "not multiples": "Order 123456-234567-345678-456789-567890-678901-789012-890123",
    "seven groups": "Key: " + K[0].rsplit("-", 1)[0],
    "nine groups": "Ref " + K[0] + "-000011",
    "key id": "Recovery key ID: 8A3B1C2D-7E6F-4A5B-9C8D-1E2F3A4B5C6D",
    "doc": "A recovery key is 48 digits in eight groups of six.",
    "over limit": "Key: 720896-720896-720907-720918-720929-720940-720951-720962",
    "dates": "Runs 202401-202402-202403-202404-202405-202406-202407-202408",
    "phone list": "Call 555010 555011 555012 555013 555014 555015 555016 555017",
}
"""Templates, other digit groups, the key's identifier, the format's description."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_recovery_key_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_recovery_key_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD not in kinds[name]

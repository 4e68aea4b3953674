"""Hostile round 25 (issue 19): a customer's two-factor backup codes pasted as a list under
their name (`Backup codes` and the same in other languages: a list, a table, a fence, a quote,
one line), which main published; read in kbgen/core/privacy/recovery_code_lists.py. The leaks
are also rows `hostile68: backup codes …` of bench/gatecorpus/hostile.yml. All texts are
scanned once (module fixture)."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

F = "```"

REFUSE: dict[str, str] = {
    "numbered": "Backup codes\n\n1. 8472 9103\n2. 5521 0937\n3. 3368 4410",
    "inline": "My backup codes: 84729103, 55210937, 33684410",
    "discord list": "Discord backup codes:\n\n- `k3m9-x2p7`\n- `q8w4-z5n1`\n- `t6y2-b9c3`",
    "table": "| # | Code |\n|---|---|\n| 1 | 8472 9103 |\n| 2 | 5521 0937 |\n\nBackup codes above"
             .replace("| # | Code |", "| # | Backup code |"),
    "two columns": "Recovery codes:\n\n    8472 9103    5521 0937\n    3368 4410    9027 6613",
    "fence": "Here are my recovery codes\n\n" + F + "\nx7k2p9q4\nm3n8v6b1\nz5c2w7r9\n" + F,
    "quoted ticket": "> Meine Backup-Codes:\n> 4829 1037\n> 6615 2048\n> 7390 5512",
    "german": "Wiederherstellungscodes: 7713-2940, 5582-1096, 3317-8825",
    "french": "Codes de secours :\n\n- 49302817\n- 66194023\n- 10582736",
    "spanish": "Códigos de respaldo: 3829-4410 9917-2284 5503-1198",
    "italian": "Codici di backup\n\n* 5k8m2p\n* 9x3n7q\n* 2w6r4t",
    "polish": "Kody zapasowe:\n4481 2209\n7730 1954",
    "dutch": "Herstelcodes: a8f3k-2m9x1, p4q7z-8c3v6",
    "finnish": "Varmuuskoodit:\n\n    59204817\n    30018462",
    "turkish": "Yedek kodları: 8831 2047, 6620 9174",
    "japanese": "バックアップコード：\n\n- 4820 1937\n- 5512 0384",
    "chinese": "备用码：\n28471930\n66102847\n91038462",
    "korean": "백업 코드: 8204-1937 5510-2846",
    "html": "<p>Recovery codes:</p>\n<ul><li>x7k2-p9q4</li><li>m3n8-v6b1</li></ul>"
            .replace("</li><li>", "</li>\n<li>"),
    "scratch": "Google Authenticator scratch codes:\n\n    84729103\n    55210937",
    "github": "GitHub recovery codes\n\n7f3a2-9c1e8\nb4d6e-0a2f7\n5e8c1-3b9d4",
}
"""Leaks: a password or secret finding."""

PUBLISH: dict[str, str] = {
    "length doc": "Backup codes are 8 digits long; each works once.",
    "template": "Recovery codes: XXXX-XXXX, XXXX-XXXX",
    "one example": "A recovery code looks like `a1b2c-3d4e5`.",
    "repeated": "Backup codes:\n\n- 1234 5678\n- 1234 5678",
    "no codes": "## Backup codes\n\nGo to Settings > Security and click Generate.",
    "versions": "## Recovery codes\n\nAdded in 2.4.1 and 2.5.0.",
    "year range": "Backup codes (2024-2025, 2026-2027 policy)",
    "different shapes": "Recovery codes: abcd1, 12345678",
    "steps": "Backup codes\n\n1. Open Settings\n2. Choose Security\n3. Print the codes",
    "zeros": "Backup codes: 0000 0000, 0000 0000",
    "other list far below": ("Recovery codes can be printed.\n\n## Ports\n\n- 8080 9090\n"
                             "- 4433 5566"),
}
"""The codes' documentation, templates, one example, steps, versions, other lists."""


@pytest.fixture(scope="module")
def kinds() -> dict[str, set[str]]:
    return {name: {finding.kind for finding in scan(text)}
            for name, text in {**REFUSE, **PUBLISH}.items()}


@pytest.mark.parametrize("name", REFUSE)
def test_backup_codes_refused(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD in kinds[name]


@pytest.mark.parametrize("name", PUBLISH)
def test_no_backup_code_publishes(kinds: dict[str, set[str]], name: str) -> None:
    assert PASSWORD not in kinds[name]

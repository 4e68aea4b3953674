"""Backup codes in a sentence (kbgen/core/privacy/recovery_code_sentences.py) and what is no
code (rev69 F5): a list of calendar dates, of commits or of SMS senders' short numbers on a
line naming backup codes is clean text; codes that only look like those (not a date, a noun
not right before the list, a joint, letters a hash has not) stay refused."""

from __future__ import annotations

import pytest

from kbgen.core.privacy import PASSWORD, scan

NEAR_MISSES = [
    "Recovery codes were introduced in release 20231004 and changed in 20240117 and 20240503.",
    "Backup codes: the format changed on 20191231 and 20200101.",
    "Die Backup-Codes gelten seit 20230615 und wurden am 20240229 erneuert.",
    "Les codes de secours ont changé le 19991231 puis le 20000101.",
    "Recovery codes (builds 20220310, 20220822, 20230103) are regenerated on login.",
    "Los códigos de respaldo cambiaron el 20211130 y el 20220701.",
    "Backup codes: fixed in commits 4f2a9c1e, 9b7d3e20 and c81f0a5d (see the changelog).",
    "The recovery codes bug was fixed by commit 7e3b1f0a and reverted in 0d92c44e.",
    "Recovery codes: see revisions a1b2c3d4 and 9f8e7d6c.",
    "The backup codes page was reworked in changesets 0fa31b2c, e5d7a901.",
    "Recovery codes hashes: 3c9d8e2f and b4a1f70e (shortened).",
    "Die Backup-Codes wurden in den Commits 5e8f1a2b und 0c7d9e3f überarbeitet.",
    "- Backup codes: commit 6a0c2e4f, then 1b3d5f70",
    "Recovery codes via SHA 2e4c6a8b and 9d7f5b31 in the release notes.",
    "Recovery codes are sent from short numbers 89002442 or 22223333 depending on your country.",
    "Backup codes by SMS come from sender numbers 40404040 and 32665000.",
    "Recovery codes arrive from the short number 61003372 or 77001234.",
    "Backup codes: SMS numbers 55512345 and 90807060 send them.",
    "If no backup code arrives, the sender numbers: 31313131 and 72727272.",
    "Recovery codes come by text from mobile numbers 21219090 or 84845656.",
    "Backup-Codes per SMS kommen von den short numbers 70707070 und 12129898.",
]


def _leaks(templates: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    return [template.format(a=a, b=b) for template in templates for a, b in pairs]


DATE_LIKE = _leaks(
    ["Your backup codes are {a} and {b}.", "Meine Backup-Codes: {a}, {b}.",
     "- Scratch codes: {a}, {b} (used one)"],
    [("20231304", "19980117"), ("20230229", "19981107"), ("19891004", "20240117"),
     ("21001004", "20240117"), ("20231004", "83920174"), ("20231032", "19980117"),
     ("20230000", "19981117"), ("2023-1004", "1998-0117")])
COMMIT_LIKE = _leaks(
    ["Backup codes: fixed in commits {a}, {b}.", "Recovery codes, revision {a} and {b}",
     "Meine Backup-Codes, Commits {a} und {b}"],
    [("83920174", "55128390"), ("4F2A9C1E", "9B7D3E20"), ("4g2a9c1e", "9b7d3z20"),
     ("4f2a9-c1e9b", "0e5f1-b82d6")]) + _leaks(
    ["My backup codes are {a} and {b} (commits)", "Commits aside, my backup codes: {a}, {b}",
     "Recovery codes, committed: {a} and {b}", "Backup codes, the commit and {a} and {b}"],
    [("4f2a9c1e", "9b7d3e20"), ("c81f0a5d", "7e3b1f0a")])
PHONE_LIKE = _leaks(
    ["Backup codes from short numbers {a} and {b}", "Recovery codes, sender numbers: {a}, {b}"],
    [("8900-2442", "2222-3331"), ("8900A442", "2222B333"), ("8900 2442", "2222 3331")]) + _leaks(
    ["My backup codes are {a} and {b}, sent by short numbers.", "Backup codes: numbers {a} and {b}",
     "Backup code numbers {a} and {b}", "Recovery codes on my phone: {a} and {b}",
     "Recovery codes: the short numbers, then {a} and {b}",
     "Backup codes (short numbers excluded): {a}, {b}",
     "Mes codes de secours : numéros courts {a} et {b}"],
    [("89002442", "22223339"), ("61037729", "40588213")])


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_dates_commits_and_sender_numbers_are_no_codes(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize("text", DATE_LIKE + COMMIT_LIKE + PHONE_LIKE)
def test_codes_that_only_look_like_them_are_refused(text: str) -> None:
    assert PASSWORD in {finding.kind for finding in scan(text)}


def test_each_rule_has_twenty_refused_variants() -> None:
    assert min(len(DATE_LIKE), len(COMMIT_LIKE), len(PHONE_LIKE)) >= 20

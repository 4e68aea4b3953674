"""kbgen.core.first_chars: an expression led by a look-ahead of its possible first characters
finds exactly what the expression finds (same spans, same groups), and is left as it is where
its first characters cannot be told."""

from __future__ import annotations

import re

import pytest

from kbgen.core.first_chars import led
from kbgen.core.privacy import identity_documents, secret_compounds, spaced_settings

PATTERNS = [
    identity_documents.NEEDS,
    secret_compounds._NEEDS,
    re.compile(r"(?i)pass|secret|token|key|auth|cred|pwd|pin"),
    re.compile(r"(?i)(?<![^\W\d_])(?:as|is|was|becomes?|ist|wird)\b"),
    re.compile(r"[vV]?\d+(?:\.\d+)+[A-Za-z]{0,3}"),
    re.compile(r"(?<![\w-])--(?P<name>[A-Za-z][\w.-]{2,63})(?:=|[ \t]+)"),
    re.compile(r"(?:\d[ ().-]{0,2}){6,}\d\+(?![\w+])"),
    re.compile(r"\b(?:pp|dl)[ \t]*(?:#|n[or]|number)", re.IGNORECASE),
    re.compile(r"(?i)[а-я]{3}|x?y+z"),
]

TEXTS = [
    "Passport number: C01X00T47", "PASSWORD=hunter2", "my pwd is secret", "DL# 123456",
    "pp no. 99", "Reisepass Nr. 12345", "паспорт серия 4510 номер 123456", "ПАСПОРТ 4510",
    "водительское удостоверение", "运転免许 and 护照 E12345678", "パスポート番号", "여권 번호",
    "Führerschein Nr. B072RRE2I55", "FUHRERSCHEIN", "permis de conduire", "carnet de conducir",
    "rijbewijs", "Körkort", "KORKORT", "ajokortti", "prawo jazdy", "carteira de motorista",
    "\u212aey: abc",  # Kelvin sign, read as K when case is ignored
    "\u017fecret: abc",  # long s, read as s when case is ignored
    "version 1.2.3rc1, V2.0", "--client-secret s3cr3t --flag=x", "call 555 123 4567+",
    "it is what it was", "ДОМ xyz yz", "", "no need here at all", "a\nPIN\n1234",
    "key" * 50, "x" * 300 + "token", "Licence: D1234567", "travel doc 12", "TRAVEL\tDOC",
]


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _found(pattern: re.Pattern[str], text: str) -> Found:
    """Every match of `pattern` in `text` tried at every start, with its groups."""
    found = []
    for start in range(len(text) + 1):
        match = pattern.search(text, start)
        if match is not None:
            found.append((match.span(), match.groups()))
    return found


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda pattern: pattern.pattern[:30])
def test_led_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    faster = led(pattern)
    assert faster.pattern.count("(?=[") >= 1  # led: each of these can be told
    for text in TEXTS:
        assert _found(faster, text) == _found(pattern, text), text


@pytest.mark.parametrize("source", [
    r"a*", r"(?:x|)", r"(a)?(?(1)b|c)", r"(?x) pass | key  # a comment", r"[^a]bc", r".pass",
    r"(?i:pass)|key", r"literal start", r"(?i)(?s)pass|key",
])
def test_led_leaves_what_it_cannot_tell(source: str) -> None:
    pattern = re.compile(source)
    assert led(pattern) is pattern


def test_the_gates_needs_are_led() -> None:
    assert identity_documents.needs("Passport C01X00T47")
    assert not identity_documents.needs("nothing to see")
    assert spaced_settings.needs("api token")
    assert spaced_settings._SECRET_WORD.pattern.startswith("(?i)(?=[")

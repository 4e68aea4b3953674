"""Ticket text cannot drive the terminal of whoever runs `kbgen gaps`.

A ticket is written by anyone; its subject and message were printed with their control
characters (an escape sequence that retitles or clears the terminal, a bell, a bidi override
that reverses what follows). Each row is a ticket of a real export through `kbgen gaps` in
every format: the characters are gone, the words stay.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.hostile.test_gaps_names import FORMATS, every_gap

# (message, character that must not be printed, word that must)
ROWS = [
    ("retitle \x1b]0;PWNED\x07 window", "\x1b", "retitle"),
    ("clear \x1b[2J\x1b[H screen", "\x1b", "clear"),
    ("bell \x07\x07 ringing", "\x07", "ringing"),
    ("reversed \u202egnp.exe name", "\u202e", "reversed"),
    ("backspace ab\x08\x08cd", "\x08", "backspace"),
    ("nul \x00 byte", "\x00", "byte"),
]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gaps") / "plain.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for message, _, _ in ROWS:
            writer.writerow(["Teleporter calibration drift", f"Teleporter drifts: {message}"])
    return path


@pytest.fixture(scope="module", params=FORMATS)
def output(request: pytest.FixtureRequest, export: Path) -> str:
    return every_gap(export, request.param)


@pytest.mark.parametrize(("message", "char", "word"), ROWS, ids=[r[2] for r in ROWS])
def test_control_characters_never_reach_the_output(output: str, message: str, char: str,
                                                   word: str) -> None:
    assert char not in output
    assert word in output

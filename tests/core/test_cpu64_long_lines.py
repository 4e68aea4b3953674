"""A long line's decoded readings and per-value judgements stay bounded (issue 19's "DoS under
the size limit", branch cpu64): a 1 MB article written as one line with a few numbers spelt in
words cost the gate ~19 CPU s, two thirds of it reading the whole line again decoded for each
run, and a password's "the `x` user" look-up read the whole line once per value. Work is
counted (characters handed to the decoded readings, expressions built), never timed; the
values are still found."""

from __future__ import annotations

from typing import Any

import pytest

from kbgen.core import login_names
from kbgen.core.privacy import Allowed, encoded, scan, scanner, wallet_secrets

FILLER = "Open the app and choose the network you want to join from the list. " * 300
"""About 20,000 characters of prose without digits, number words or password words."""
SPELT = "The PIN is four nine one seven. "


def _decoded_characters(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, list[Any]]:
    """Characters the decoding detectors hand to scan_part while `text` is scanned, and the
    findings."""
    handed = [0]
    read = scanner.scan_part

    def counted(part: str, *args: Any, **kwargs: Any) -> Any:
        handed[0] += len(part)
        return read(part, *args, **kwargs)

    monkeypatch.setattr(scanner, "scan_part", counted)
    findings = scan(text, Allowed())
    monkeypatch.setattr(scanner, "scan_part", read)
    return handed[0], findings


@pytest.fixture(scope="module")
def long_line() -> str:
    """One line: a spelt door code near its start and near its end, prose between."""
    return SPELT + FILLER + SPELT


def test_a_long_line_is_read_again_only_around_its_runs(monkeypatch: pytest.MonkeyPatch,
                                                         long_line: str) -> None:
    handed, findings = _decoded_characters(monkeypatch, long_line)
    assert len(long_line) > 20_000
    assert handed <= 15_000, handed  # main: the line, twice for each decoding that finds
    assert any("in words" in finding.excerpt for finding in findings), findings


def test_a_short_line_is_read_again_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    line = SPELT + FILLER[:1000] + SPELT
    handed, findings = _decoded_characters(monkeypatch, line)
    assert handed >= len(line)  # read decoded as a whole, as before
    assert any("in words" in finding.excerpt for finding in findings), findings


@pytest.mark.parametrize("spans, expected", [
    ([(5000, 5010)], [(4000, 6010)]),  # no blank near: cut where MARGIN ends
    ([(10, 20), (1500, 1510)], [(0, 2510)]),  # overlapping windows joined
    ([(10, 20), (9000, 9010)], [(0, 1020), (8000, 10_000)]),
])
def test_windows(spans: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    assert encoded.windows("x" * 10_000, spans) == expected


def test_windows_widen_to_a_blank() -> None:
    line = "word " * 2000
    ((first, end),) = encoded.windows(line, [(5000, 5004)])
    assert line[first - 1] == " " and line[end] == " " and first <= 4000 and end >= 6004


def test_user_names_read_only_where_a_user_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    compile_ = login_names.re.compile

    def counted(pattern: str, *args: Any) -> Any:
        built.append(pattern)
        return compile_(pattern, *args)

    monkeypatch.setattr(login_names.re, "compile", counted)
    assert not login_names._user_named(["the password is authelia"], 0, "authelia")
    assert built == []
    for line in ("the `authelia` user has password authelia", "log in as uſer authelia",
                 "USER NAME authelia, password authelia"):
        assert login_names._user_named([line], 0, "authelia"), line
    assert login_names._user_named(["user authelia", "", "password: authelia"], 2, "authelia")
    assert not login_names._user_named(["user authelia", "", "", "password: authelia"], 3,
                                       "authelia")


@pytest.mark.parametrize("line, phrase", [
    ("witch collapse practice feed shame open despair creek road again ice least", True),
    ("seed: witch collapse practice feed shame open despair creek road again ice least", True),
    ("witch collapse practice feed shame open despair creek road again ice leastx", True),
    ("the router restarts after you change the network name and you may need to sign", False),
    (" ".join(["witch collapse practice feed shame open despair creek road again ice least"]
              * 3) + " the end", False),  # 38 words in a row, two of no list
    ("abandon " * 11 + "zzzz qqqq", False),
])
def test_seed_phrases_as_before(line: str, phrase: bool) -> None:
    assert bool(list(wallet_secrets.seed_phrases(line))) is phrase

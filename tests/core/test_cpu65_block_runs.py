"""An armoured block's lines are found in linear work (kbgen.core.privacy.block_findings,
issue 19): a blob of base64 lines with no armour read each line again from every start (a 1 MB
article of 76-character lines did not end in 600 s), and the runs found are those of the
reading before."""

from __future__ import annotations

import random

import pytest

from kbgen.core.privacy import block_findings

pytestmark = pytest.mark.xdist_group("cpu65_block_runs")

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _runs_before(lines: list[str]) -> list[tuple[int, int]]:
    """main's reading (427d2707), kept as the oracle: every line a start."""
    runs, index = [], 0
    while index < len(lines):
        last = _run_from_before(lines, index)
        if last > index and block_findings._extent(lines, (index, last)) == (index - 1,
                                                                              last + 1):
            runs.append((index, last))
            index = last + 1
        else:
            index += 1
    return runs


def _run_from_before(lines: list[str], start: int) -> int:
    value_re, tail_re, armour_re = (block_findings._VALUE, block_findings._TAIL,
                                    block_findings._ARMOUR)
    first = value_re.fullmatch(lines[start])
    if first is None or first.group(2).endswith("="):
        return start
    width, last = len(first.group(2)), start
    for index in range(start + 1, len(lines)):
        value = value_re.fullmatch(lines[index])
        if value is None:
            tail = tail_re.fullmatch(lines[index])
            closed = index + 1 < len(lines) and (armour := armour_re.fullmatch(
                lines[index + 1])) is not None and armour.group(1) == "END"
            return index if tail and tail.group(1) == first.group(1) and closed else last
        if value.group(1) != first.group(1) or len(value.group(2)) > width:
            return start
        if len(value.group(2)) < width or value.group(2).endswith("="):
            ends = index + 1 == len(lines) or not value_re.fullmatch(lines[index + 1])
            return index if ends else start
        last = index
    return last


def _line(rng: random.Random) -> str:
    kind = rng.randrange(9)
    width = rng.choice((16, 20, 20, 20, 76, 76))
    value = "".join(rng.choice(_B64) for _ in range(width))
    if kind == 0:
        return rng.choice(("-----BEGIN PUBLIC KEY-----", "-----BEGIN OpenVPN Static key V1-----",
                           "  - '-----BEGIN CERTIFICATE-----'"))
    if kind == 1:
        return rng.choice(("-----END PUBLIC KEY-----", "-----END OpenVPN Static key V1-----",
                           "  - '-----END CERTIFICATE-----'"))
    if kind == 2:
        return rng.choice(("", "Some prose here.", "```"))
    if kind == 3:
        return value[:rng.randint(1, 15)] + rng.choice(("", "=", "=="))
    if kind == 4:
        return value[:-2] + "=="
    if kind == 5:
        return f"  - '{value}',"
    return value


@pytest.fixture(scope="module")
def layouts() -> list[list[str]]:
    rng = random.Random(65)
    out = []
    for _ in range(1500):
        lines = [_line(rng) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.6:  # a uniform run, often armoured, its last line shorter
            value = "".join(rng.choice(_B64) for _ in range(rng.choice((20, 76))))
            run = [value] * rng.randint(2, 6) + rng.choice(([], [value[:9]], [value[:-1] + "="]))
            if rng.random() < 0.7:
                run = ["-----BEGIN PUBLIC KEY-----", *run, "-----END PUBLIC KEY-----"]
            at = rng.randrange(len(lines) + 1)
            lines[at:at] = run
        out.append(lines)
    return out


def test_the_runs_are_those_found_before(layouts: list[list[str]]) -> None:
    differ = [lines for lines in layouts if block_findings._runs(lines) != _runs_before(lines)]
    assert differ == []
    assert sum(bool(_runs_before(lines)) for lines in layouts) > 400  # runs are exercised


def test_a_blob_of_base64_lines_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    lines = ["".join(rng.choice(_B64) for _ in range(76)) for _ in range(1500)]
    reads = []
    real = block_findings._VALUE

    class Counted:
        def fullmatch(self, line: str) -> object:
            reads.append(line)
            return real.fullmatch(line)

    monkeypatch.setattr(block_findings, "_VALUE", Counted())
    assert block_findings._runs([*lines, "```"]) == []
    assert len(reads) <= 3 * len(lines)  # main read ~1.1 million

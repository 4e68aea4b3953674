"""Odd but real ticket exports: a message of hundreds of kilobytes (a pasted log, a long mail
thread) is a ticket like any other, not a broken file.

Python's csv module refuses fields over 128 KiB, and `kbgen gaps` said to "check the quotes".
Each row is a real export through a real `kbgen gaps --json`.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import SAMPLE_CONFIG

SIZES = [200_000, 2_000_000]


@pytest.mark.parametrize("size", SIZES)
def test_a_huge_message_is_read(tmp_path: Path, size: int) -> None:
    path = tmp_path / "plain.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Teleporter calibration drift", "Log follows. " + "x" * size])
        writer.writerow(["Teleporter calibration drift again", "Still drifting."])
    result = CliRunner().invoke(cli, ["gaps", "-f", str(SAMPLE_CONFIG), str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["tickets"] == 2

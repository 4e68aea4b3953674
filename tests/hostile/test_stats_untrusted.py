"""An analytics export is untrusted input: `kbgen stats` prints no personal data and no
terminal control sequences from it.

Anyone can send events to a site's public analytics endpoint, and readers type anything into
a search box; the export's queries and page paths were printed verbatim (an e-mail address, a
card number, an escape sequence that retitles or clears the agent's terminal). Each row is a
line of a real export through a real `kbgen stats --analytics`, as text and as JSON.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import SAMPLE_CONFIG

# (event, detail, what must not be printed, what must still be printed)
ROWS = [
    ("search-no-result", "refund ana.gomez@gmail.com", "ana.gomez", "refund"),
    ("search-no-result", "card 4111 1111 1111 1111 declined", "4111", "declined"),
    ("search-no-result", "callback +44 7911 123456", "7911", "callback"),
    ("search-no-result", "titlebar \x1b]0;PWNED\x07 here", "\x1b", "titlebar"),
    ("search-no-result", "bell \x07\x07 ring", "\x07", "ring"),
    ("search-no-result", "clear \x1b[2J\x1b[H screen", "\x1b", "screen"),
    ("search-no-result", "bidi \u202egnp.exe", "\u202e", "bidi"),
    ("helpful-no", "articles/\x1b[2Jwipe.html", "\x1b", "wipe"),
    ("helpful-no", "articles/x.html?email=bob.smith@corp.example", "bob.smith", "[e-mail address]"),
]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stats") / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["event", "detail", "count"])
        for number, (event, detail, _, _) in enumerate(ROWS):
            writer.writerow([event, detail, 20 - number])
    return path


@pytest.fixture(scope="module", params=["text", "json"])
def output(request: pytest.FixtureRequest, export: Path) -> str:
    form = ["--json"] if request.param == "json" else []
    result = CliRunner().invoke(cli, ["stats", "-f", str(SAMPLE_CONFIG), "--analytics",
                                      str(export), *form])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(("event", "detail", "hidden", "shown"), ROWS,
                         ids=[f"{n}-{r[0]}" for n, r in enumerate(ROWS)])
def test_untrusted_text_is_masked_and_cleaned(output: str, event: str, detail: str,
                                              hidden: str, shown: str) -> None:
    assert hidden not in output
    assert shown in output

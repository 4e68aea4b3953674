"""Many of the query's words in one section's heading (kbgen.core.search_headings): an FAQ's
question comes before a page holding the words scattered, in `kbgen search` and in the
browser's worker alike."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kbgen.core import search_coordination, search_headings
from kbgen.core.search import build_index, search
from kbgen.core.search_headings import HEADING_BASE, HEADING_MIN, best_heading, heading_rank
from kbgen.core.search_sections import sections
from kbgen.core.search_text import headings, plain_text
from tests.conftest import REPO
from tests.core.test_search_weak import worker_ranks

WORKER = (REPO / "kbgen/theme/assets/javascripts/workers/kb-search.js").read_text(
    encoding="utf-8")
FILLER = "The radio keeps a list of nodes heard on the mesh and shows them on the map. "


def page(title: str, markdown: str) -> dict[str, Any]:
    """A search document as `article_document` makes it from a Markdown body."""
    return {"title": title, "summary": "", "headings": headings(markdown),
            "body": plain_text(markdown), "sections": sections(markdown)}


DOCUMENTS = [
    page("Device settings", "\n\n".join([
        "## Power\n\nThe device goes to sleep to save power: messages are kept, none is "
        "lost.",
        "## Buttons\n\nA long press wakes the device from sleep."])),
    page("Frequently asked questions", "\n\n".join([
        "Answers to what people ask most.",
        "## Why are messages lost when my device goes to sleep?\n\nThe radio still hears "
        "them while the screen is off. " + FILLER * 4,
        *[f"## Question {n}\n\n" + FILLER * 4 for n in range(8)],
        "## Can I use two phones?\n\nOne phone at a time. " + FILLER * 4,
        "## Which antenna?\n\nThe one for your region. " + FILLER * 4])),
]
QUERY = "messages lost when device goes to sleep"
"""The FAQ asks it under one heading; the settings page, shorter, holds the same words
scattered and comes first without the rule."""


def ranked(query: str) -> list[str]:
    return [hit.ref for hit in search(build_index(DOCUMENTS), query)]


def test_the_question_under_one_heading_comes_before_the_words_scattered(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_coordination, "FULL_WORD_POINTS", 1)  # each word counts 1:
    assert ranked(QUERY) == ["1", "0"]  # the FAQ says each word once, the settings page more
    monkeypatch.setattr(search_headings, "HEADING_MIN", 99)  # the rule off
    assert ranked(QUERY) == ["0", "1"]


def test_a_heading_counts_only_its_section_and_words_enough_and_beyond_the_title() -> None:
    assert best_heading([0b01, 0b01, 0b10, 0b01], [True, True, True, False]) == 2
    assert best_heading([0b11, 0b01, 0b01, 0b01], [True, True, True, True]) == 4
    assert best_heading([0, 0, 0], [True, False, True]) == 2  # one section: no masks
    assert heading_rank(10.0, HEADING_MIN - 1, 0) == 10.0  # too few words
    assert heading_rank(10.0, 5, 5) == 10.0  # the title already holds them
    assert heading_rank(10.0, 4, 1) == 10.0 * (HEADING_BASE + 4) / (HEADING_BASE + 1)


def test_the_worker_has_the_same_constants() -> None:
    assert re.search(rf"var HEADING_BASE = {HEADING_BASE}, HEADING_MIN = {HEADING_MIN};",
                     WORKER)


WORKER_STEPS = """
const cases = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cases.map(([value, best, inPage]) => {
  return String(value * (8 + best) / (8 + inPage));   /* kb-search.js, headingRank() */
})));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_ranks_as_python_does_to_the_last_bit(tmp_path: Path) -> None:
    cases = [(9_732_155_617_050_624.0, 4, 0), (123_456_789.0 * 35, 5, 2), (2.0**60 + 2**9, 6, 3)]
    shown = subprocess.run(["node", "-e", WORKER_STEPS, json.dumps(cases)], check=True,
                           capture_output=True, text=True).stdout
    assert [heading_rank(*case) for case in cases] == [float(v) for v in json.loads(shown)]
    queries = [QUERY, "device sleep", "lost messages two phones antenna"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries)
    assert worker == [ranked(query) for query in queries]  # soft coordination on in both

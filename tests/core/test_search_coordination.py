"""Soft coordination (kbgen.core.search_coordination): a query word said once in passing in a
long body counts less than one the page is about, in `kbgen search` and in the browser's
worker alike."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kbgen.core import search_coordination
from kbgen.core.search import RELATED_MATCH, build_index, rank, search
from kbgen.core.search_coordination import FULL_WORD_POINTS, word_share
from tests.conftest import REPO
from tests.core.test_search_weak import worker_ranks

WORKER = (REPO / "kbgen/theme/assets/javascripts/workers/kb-search.js").read_text(
    encoding="utf-8")
FILLER = "Settings are saved on the device and kept across restarts of the app. "


def page(title: str, body: str) -> dict[str, Any]:
    """A search document of one section."""
    return {"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}


DOCUMENTS = [
    page("Paper jam in the tray", "Open the printer tray and pull the sheet out slowly."),
    page("Printer setup", FILLER + "Connect the printer to the computer with a cable. Paper "
                                   "jams are rare. " + FILLER),
    *[page(f"Invoice {n}", "Pay by card from any computer.") for n in range(20)],
]
QUERY = "printer paper jam computer"
"""The jam page holds three of the words in its title and body; the setup page all four,
`computer`, `paper` and `jam` once each in a long body: four words matched beat three when
any mention counts 1."""


def ranked(query: str) -> list[str]:
    return [hit.ref for hit in search(build_index(DOCUMENTS), query)]


def test_a_word_said_once_in_a_long_body_counts_less_than_a_word_the_page_is_about(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ranked(QUERY)[:2] == ["0", "1"]
    monkeypatch.setattr(search_coordination, "FULL_WORD_POINTS", 1)  # any mention counts 1
    assert ranked(QUERY)[:2] == ["1", "0"]


def test_a_word_s_share_grows_with_the_square_root_of_its_points_up_to_one() -> None:
    assert word_share(FULL_WORD_POINTS) == 1.0
    assert word_share(FULL_WORD_POINTS // 4) == 0.5
    assert word_share(10 * FULL_WORD_POINTS) == 1.0
    assert word_share(0) == 0.0
    assert 0 < word_share(1) < word_share(2) < 1


def test_the_worker_has_the_same_constant() -> None:
    assert f"var FULL_WORD_POINTS = {FULL_WORD_POINTS};" in WORKER


def worker_function(name: str) -> str:
    """The text of one top-level function of the worker."""
    found = re.search(rf"^function {name}\(.*?^\}}$", WORKER, re.S | re.M)
    assert found, name
    return found.group(0)


WORKER_STEPS = """
const FULL_WORD_POINTS = %d, RELATED_MATCH = %d, COORDINATION = 3;
%s
const cases = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cases.map(([points, words, weakAt, related, halves]) => {
  let count = 0, weak = 0;                        /* kb-search.js, rank(): each word's share */
  words.forEach((wordPoints, i) => {
    const share = wordShare(wordPoints);
    count += share;
    if (weakAt[i]) weak += share;
  });
  let value = points, matched = RELATED_MATCH * count + related;
  if (halves) matched = 2 * matched - RELATED_MATCH * weak;
  for (let k = 0; k < COORDINATION; k++) value *= matched;
  return String(value);
})));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_ranks_as_python_does_to_the_last_bit(tmp_path: Path) -> None:
    cases = [(123_456_789, [7, 12_345, 49_999], [False, True, False], 1, True),
             (987_654_321_987, [3, 1_000_003, 777, 31_415], [False] * 4, 0, False),
             (2**52 + 1, [1, 2, 3, 5, 8], [True, False, True, False, False], 2, True)]
    script = WORKER_STEPS % (FULL_WORD_POINTS, RELATED_MATCH, worker_function("wordShare"))
    shown = subprocess.run(["node", "-e", script, json.dumps(cases)], check=True,
                           capture_output=True, text=True).stdout
    python = []
    for points, words, weak_at, related, halves in cases:
        counted, weak = 0.0, 0.0
        for value, is_weak in zip(words, weak_at, strict=True):  # as _Run sums them
            counted += word_share(value)
            weak += word_share(value) if is_weak else 0.0
        python.append(rank(points, counted, related, weak, halves))
    assert python == [float(value) for value in json.loads(shown)]
    queries = [QUERY, "paper jam", "computer printer cable", "pay for a printer by card"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries)
    assert worker[0][:2] == ["0", "1"]
    assert [hits[:10] for hits in worker] == [ranked(query) for query in queries]

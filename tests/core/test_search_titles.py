"""The share of the query's words a title holds (kbgen.core.search_titles): a page named by
the query's words comes before one that says them in its body, in `kbgen search` and in the
browser's worker alike."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kbgen.core import search_titles
from kbgen.core.search import build_index, search
from kbgen.core.search_titles import TITLE_STRENGTH, title_rank, title_words
from tests.conftest import REPO
from tests.core.test_search_weak import worker_ranks

WORKER = (REPO / "kbgen/theme/assets/javascripts/workers/kb-search.js").read_text(
    encoding="utf-8")


def page(title: str, body: str) -> dict[str, Any]:
    """A search document of one section."""
    return {"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}


DOCUMENTS = [
    page("Paper", "Pull the sheet out slowly. The tray holds paper. " + "Other text here. " * 10),
    page("Printer care", "A paper jam starts at the printer tray. " * 5
         + "Other text here. " * 10),
    *[page(f"Invoice {n}", "Pay by card at the printer.") for n in range(10)],
]
QUERY = "paper jam tray"
"""The page titled `Paper` holds a third of the query in its title; `Printer care` says all
three words five times in its body and comes first without the rule."""


def ranked(query: str) -> list[str]:
    return [hit.ref for hit in search(build_index(DOCUMENTS), query)]


def test_a_title_holding_the_query_s_words_comes_before_a_body_saying_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ranked(QUERY)[:2] == ["0", "1"]
    monkeypatch.setattr(search_titles, "TITLE_STRENGTH", 0.0)  # the rule off
    assert ranked(QUERY)[:2] == ["1", "0"]


def test_a_title_s_words_are_counted_by_the_terms_each_query_word_reaches() -> None:
    numbers = {"paper": 0, "jam": 1, "tray": 2, "printer": 3}
    assert title_words(["paper", "jam"], [{0}, {1, 3}, {2}], numbers) == 2
    assert title_words(["paper", "unknown"], [{1}, {2}], numbers) == 0
    assert title_words([], [{0}], numbers) == 0
    assert title_rank(10.0, 0, 3) == 10.0
    assert title_rank(10.0, 3, 3) == 10.0 * (1 + TITLE_STRENGTH)
    assert title_rank(10.0, 1, 3) == 10.0 * (1 + TITLE_STRENGTH * (1 / 3))


def test_the_worker_has_the_same_constant() -> None:
    assert re.search(rf"var TITLE_STRENGTH = {TITLE_STRENGTH};", WORKER)


WORKER_STEPS = """
const cases = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cases.map(([value, held, words]) => {
  return String(value * (1 + 0.2 * (held / words)));   /* kb-search.js, titleRank() */
})));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_ranks_as_python_does_to_the_last_bit(tmp_path: Path) -> None:
    cases = [(9_732_155_617_050_624.0, 1, 3), (123_456_789.0 * 35, 2, 7), (2.0**60 + 2**9, 5, 6)]
    shown = subprocess.run(["node", "-e", WORKER_STEPS, json.dumps(cases)], check=True,
                           capture_output=True, text=True).stdout
    assert [title_rank(*case) for case in cases] == [float(v) for v in json.loads(shown)]
    queries = [QUERY, "printer paper", "jam tray card"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries)
    assert worker[0][:2] == ["0", "1"]
    assert [hits[:10] for hits in worker] == [ranked(query) for query in queries]

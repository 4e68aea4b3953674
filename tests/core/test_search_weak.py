"""A query's everyday words count half (kbgen.core.search_weak), in `kbgen search` and in the
browser's worker alike."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kbgen.core import search_coordination, search_weak
from kbgen.core.search import build_index, compact_index, search
from kbgen.core.search_weak import WEAK_QUERY_WORDS, WEAK_WORDS, weak_words
from kbgen.core.synonyms import Synonyms
from kbgen.site.search_index import SiteIndex, write_index
from tests.conftest import REPO
from tests.core.test_search_joins import document

JAVASCRIPTS = REPO / "kbgen/theme/assets/javascripts"
WORKER = (JAVASCRIPTS / "workers/kb-search.js").read_text(encoding="utf-8")
DOCUMENTS = [
    document("Notebooks missing on the phone", "Sync the phone again to get every notebook back."),
    document("Display settings", "Show the same layout on every screen of the phone app and "
                                 "its notebooks."),
    document("Print a note", "Show the print preview. The same margins apply to every page."),
    document("Tags", "Tags show in the same colour on every device."),
    document("Keyboard shortcuts", "The same keys show the menu."),
    document("Export", "Export shows the same dialog."),
]
QUERY = "phone does not show the same notebooks"
"""Page 0 holds the words that matter (`phone`, `notebooks`), page 1 those and the everyday
`show` and `same` as well: four words against two."""


def ranked(query: str) -> list[str]:
    return [hit.ref for hit in search(build_index(DOCUMENTS), query)]


def test_the_page_of_the_words_that_matter_comes_before_the_one_of_everyday_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ranked(QUERY)[:2] == ["0", "1"]
    monkeypatch.setattr(search_coordination, "FULL_WORD_POINTS", 1)  # any mention counts 1
    assert ranked(QUERY)[:2] == ["0", "1"]
    monkeypatch.setattr(search_weak, "WEAK_QUERY_WORDS", 99)  # every word counts in full
    assert ranked(QUERY)[:2] == ["1", "0"]


def test_only_an_english_query_of_three_words_or_more_has_weak_words() -> None:
    assert weak_words(["show", "same", "notebooks"], english=True) == [True, True, False]
    assert weak_words(["make", "poll"], english=True) == [False, False]  # half the question
    assert weak_words(["show", "same", "notebooks"], english=False) == [False] * 3
    assert weak_words(["seeing", "changing", "tor"], english=True) == [False] * 3  # as typed
    assert {"person", "group", "location"}.isdisjoint(WEAK_WORDS)  # SemCor's name tags


def test_the_worker_has_the_same_everyday_words() -> None:
    listed = re.search(r"var WEAK_WORDS = new Set\(\((.*?)\)\.split", WORKER, re.S)
    assert listed
    words = "".join(re.findall(r'"([^"]*)"', listed.group(1))).split(" ")
    assert set(words) == WEAK_WORDS and len(words) == len(WEAK_WORDS)
    assert f"var WEAK_QUERY_WORDS = {WEAK_QUERY_WORDS};" in WORKER


def worker_ranks(site: Path, documents: list[dict[str, Any]], queries: list[str],
                 synonyms: Synonyms | None = None) -> list[list[str]]:
    """The references the worker, run in node over an index of `documents` (with `synonyms`)
    written below `site` (bench/worker_rank.js), ranks for each query."""
    shutil.copytree(JAVASCRIPTS, site / "assets/javascripts")
    data = compact_index(documents, synonyms)
    write_index(site, SiteIndex(data, [doc["body"] for doc in documents]))
    shown = subprocess.run(
        ["node", str(REPO / "bench/worker_rank.js"), str(site / "assets/javascripts/workers"
                                                          "/kb-search.js"), str(site), "rank"],
        input=json.dumps(queries), capture_output=True, text=True, check=True).stdout
    return [[hit.split(":")[0] for hit in hits] for hits in json.loads(shown)]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_ranks_the_everyday_words_as_python_does(tmp_path: Path) -> None:
    queries = [QUERY, "make a new tag", "show tags"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries)
    assert worker[0][:2] == ["0", "1"]
    assert worker == [ranked(query) for query in queries]

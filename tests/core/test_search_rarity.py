"""A word of the site's every page counts less in the coordination (kbgen.core.search_rarity),
in `kbgen search` and in the browser's worker alike."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kbgen.core import search_rarity
from kbgen.core.search import build_index, search
from kbgen.core.search_rarity import COMMON_WORD_SHARE, FACTOR_STEPS, rarity
from tests.core.test_search_coordination import WORKER, worker_function
from tests.core.test_search_weak import worker_ranks


def page(title: str, body: str) -> dict[str, Any]:
    """A search document of one section."""
    return {"title": title, "summary": "", "headings": "", "body": body, "sections": [body]}


DOCUMENTS = [
    page("Fingerprint unlock", "Unlock your notes with a fingerprint instead of a code."),
    page("Phone crashes in the app", "Restart it."),
    *[page(f"App topic {n}", f"The app shows topic {n}." + (" Works on a phone too." if n % 2
                                                               else "")) for n in range(30)],
]
QUERY = "phone app fingerprint"
"""Page 0 holds the word of one page (`fingerprint`) in its title; page 1 holds `app`, on
every page, and `phone`, on half of them, in its title: two words against one when every
word counts alike."""


def ranked(query: str) -> list[str]:
    return [hit.ref for hit in search(build_index(DOCUMENTS), query)]


def test_the_page_of_the_rare_word_comes_before_the_page_of_the_common_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ranked(QUERY)[:2] == ["0", "1"]
    monkeypatch.setattr(search_rarity, "COMMON_WORD_SHARE", 1.0)  # every word alike
    assert ranked(QUERY)[:2] == ["1", "0"]


def test_a_word_of_one_page_counts_fully_and_of_every_page_the_common_share() -> None:
    assert rarity(1, 300) == 1.0
    assert abs(rarity(300, 300) - COMMON_WORD_SHARE) <= 1 / FACTOR_STEPS
    factors = [rarity(holders, 300) for holders in range(1, 301)]
    assert factors == sorted(factors, reverse=True)
    assert all(factor * FACTOR_STEPS == int(factor * FACTOR_STEPS) for factor in factors)
    assert rarity(1, 1) == 1.0  # a site of one page


def test_the_worker_has_the_same_constants() -> None:
    assert (f"var COMMON_WORD_SHARE = {COMMON_WORD_SHARE}, FACTOR_STEPS = {FACTOR_STEPS};"
            in WORKER)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_counts_and_ranks_as_python_does(tmp_path: Path) -> None:
    cases = [(holders, documents) for documents in (1, 2, 3, 7, 44, 191, 308, 10_000)
             for holders in sorted({1, 2, 3, documents // 3 or 1, documents // 2 or 1,
                                    documents - 1 or 1, documents})]
    script = (f"const COMMON_WORD_SHARE = {COMMON_WORD_SHARE}, FACTOR_STEPS = {FACTOR_STEPS};\n"
              + worker_function("holdersIdf") + "\n" + worker_function("rarity") + "\n"
              + "console.log(JSON.stringify(JSON.parse(process.argv[1])"
                ".map(([h, d]) => String(rarity(h, d)))));")
    shown = subprocess.run(["node", "-e", script, json.dumps(cases)], check=True,
                           capture_output=True, text=True).stdout
    assert [float(value) for value in json.loads(shown)] == [rarity(*case) for case in cases]
    queries = [QUERY, "app phone", "phone fingerprint unlock", "app shows topic"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries)
    assert worker[0][:2] == ["0", "1"]
    assert [hits[:10] for hits in worker] == [ranked(query) for query in queries]

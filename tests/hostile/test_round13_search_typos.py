"""A query word of thousands of letters (typed, pasted, or in a shared `?q=` link) made the
search look up every word one typo from it: 54 variants a letter, each as long as the word,
so a 2,000-letter word cost seconds of the reader's CPU and 20,000 letters minutes, in the
browser's worker and in `kbgen search` alike. Typos are read only in words of at most
FUZZY_MAX_LENGTH letters; the work is counted here, never timed (bench/RESULTS.md has the
seconds)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kbgen.core import search as searching
from kbgen.core.search import build_index, search
from tests.conftest import REPO, article
from tests.core.test_search_joins import document
from tests.sites import BuiltSites

TYPO = "thermostta"
"""A misspelt word of the site: read with one typo, it finds its article."""
LONG = "q" * 2000
"""A word no site has, far past any real word's length."""
WORKER = (REPO / "kbgen/theme/assets/javascripts/workers/kb-search.js").read_text()

COUNT_LOOKUPS = """
const fs = require("fs");
const [repo, site, query] = process.argv.slice(2);
require(repo + "/bench/worker_node.js")(site);
const posted = [], listeners = [];
globalThis.postMessage = (message) => posted.push(message);
globalThis.addEventListener = (type, listener) => listeners.push(listener);
(0, eval)(fs.readFileSync(site + "/assets/javascripts/workers/kb-search.js", "utf8"));
const send = (message) => listeners.forEach((listener) => listener({ data: message }));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let looked = 0;
(async () => {
  send({ type: 0, data: { config: { separator: "[\\\\s\\\\-]+" }, docs: [], options: {} } });
  while (!posted.some((message) => message.type === 1)) await pause(5);
  const stemmer = lunr.stemmer;  /* English: each word looked up in the index is stemmed */
  lunr.stemmer = (token) => { looked++; return stemmer(token); };
  send({ type: 2, data: query });
  while (!posted.some((message) => message.type === 3)) await pause(5);
  await pause(100);  /* the parts of the index the query reaches have come */
  const hits = self.kbRank(query).hits.map((hit) => hit.ref);
  console.log(JSON.stringify({ looked: looked, hits: hits }));
})();
"""
"""Runs the site's own worker in node (bench/worker_node.js stands in for the browser) and
counts the words it stems (each word it looks up in the index is stemmed first) to answer one
query as Material asks it (the worker remembers them: the ranking read after stems nothing
new)."""


def worker_lookups(site: Path, query: str) -> tuple[int, list[str]]:
    """How many words the site's worker looks up for `query`, and the pages it finds (a file,
    not `node -e`, whose global `module` would keep lunr from being a global)."""
    script = site.parent / "count_lookups.js"
    if not script.exists():
        script.write_text(COUNT_LOOKUPS)
    shown = subprocess.run(["node", str(script), str(REPO), str(site), query],
                           capture_output=True, text=True, check=True, timeout=600).stdout
    answer = json.loads(shown)
    return answer["looked"], answer["hits"]


@pytest.fixture(scope="module")
def site(built_sites: BuiltSites) -> Path:
    """A small help centre with one article about the thermostat."""
    return built_sites.small({"content/articles/billing/thermostat-offline.md": article(
        "Thermostat offline", body="## Symptoms\n\nThe thermostat shows offline.\n")})


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_reads_a_long_word_without_a_lookup_per_typo(site: Path) -> None:
    typo_lookups, found = worker_lookups(site, TYPO)
    assert found and found == worker_lookups(site, "thermostat")[1]  # typos are still read
    long_lookups, _ = worker_lookups(site, LONG)
    # main: 100,028 stems for the 2,000-letter word (each of its one-typo variants)
    assert long_lookups <= typo_lookups


def test_kbgen_search_reads_a_long_word_without_a_lookup_per_typo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = build_index([document("Thermostat offline", "The thermostat shows offline."),
                         document("Invoices", "Download an invoice.")])
    variants: dict[str, int] = {}
    one_edit = searching.one_edit

    def counted(word: str) -> dict[str, bool]:
        found = one_edit(word)
        variants[word] = len(found)
        return found

    monkeypatch.setattr(searching, "one_edit", counted)
    assert [hit.ref for hit in search(index, TYPO)] == ["0"]
    search(index, LONG)
    assert sum(len(word) for word in variants) <= len(TYPO)  # main: 2,010 letters' variants


def test_a_word_of_the_longest_length_still_reads_its_typos() -> None:
    longest = searching.FUZZY_MAX_LENGTH
    word = "thermostat" + "s" * (longest - 10)
    index = build_index([document(word.replace("mos", "mso"), "A word this long.")])
    assert len(word) == longest and [hit.ref for hit in search(index, word)] == ["0"]


def test_the_worker_has_the_same_longest_word_for_typos() -> None:
    assert re.search(rf"\bFUZZY_MAX_LENGTH = {searching.FUZZY_MAX_LENGTH}\b", WORKER)

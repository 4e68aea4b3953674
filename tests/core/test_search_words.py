"""One reading of a word for the index, queries and excerpts, in Python and in the worker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbgen.core import search as searching
from kbgen.core.search_words import STOP_EXTRA, word_of
from kbgen.core.stemmer import porter

WORKER = (Path(searching.__file__).parents[1]
          / "theme/assets/javascripts/workers/kb-search.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("raw, word", [
    ("Can\u2019t", ""), ("doesnt", ""), ("won't", ""), ("how", ""),
    ("Arduino\u2019s", "arduino"), ("board's", "board"), ("(hub's)", "hub"),
    ("'s", "s"), ("it's", ""), ("ERR_SYNC_409", "err_sync_409"), ("o\u2019clock", "o'clock"),
    ("Never", ""),
])
def test_a_word_is_read_the_same_however_it_is_typed(raw: str, word: str) -> None:
    assert word_of(raw) == word


def test_the_worker_has_the_same_contractions() -> None:
    listed = re.search(r"var STOP_EXTRA = new Set\(\((.*?)\)\.split", WORKER, re.S)
    assert listed
    words = " ".join(re.findall(r'"([^"]*)"', listed.group(1))).split()
    assert set(words) == STOP_EXTRA and len(words) == len(STOP_EXTRA)


def _index() -> searching.CompactIndex:
    documents = [{"title": "Not receiving emails", "body": "Check the spam folder."},
                 {"title": "Receiving invoices", "body": "Receiving is slow at times."},
                 {"title": "Emails", "body": "Emails and newsletters."}]
    return searching.build_index(documents)


def test_a_typo_of_a_word_the_index_lacks_counts_as_the_word() -> None:
    index = _index()
    receiv = index.numbers["receiv"]
    clauses = searching.clauses(index, searching.Term("recieving", porter("recieving")))
    assert (receiv, searching.UNKNOWN_TYPO_BOOST) in [
        (n, boost) for numbers, boost in clauses for n in numbers]
    assert searching.UNKNOWN_TYPO_BOOST == searching.EXACT_BOOST
    # a word the index holds, if rarely, keeps its likely typos at the lower boost
    clauses = searching.clauses(index, searching.Term("invoices", porter("invoices")))
    assert [boost for _, boost in clauses] == [
        searching.EXACT_BOOST, searching.PREFIX_BOOST, searching.TYPO_BOOST,
        searching.FUZZY_BOOST]


def test_a_misspelled_word_finds_its_article_first() -> None:
    hits = searching.search(_index(), "recieving emails", 3)
    assert hits[0].ref == "0"


def test_never_is_a_way_of_saying_not_and_finds_nothing() -> None:
    documents = [{"title": "Parcel not received", "body": "Where is my package?"},
                 {"title": "Board never boots", "body": "It never boots, never."}]
    # the board article says `never` and nothing else of the query
    assert [hit.ref for hit in searching.search(searching.build_index(documents),
                                                "my package never arrived")] == ["0"]

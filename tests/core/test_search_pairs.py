"""Query words in order in a text, known from the index (kbgen.core.search_pairs): part of
the first ranking, so the site never re-orders what it showed; the browser's worker ranks the
same (parity: tests/browser/test_search_behaviour.py, over HTTP and from disk)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kbgen.core import search_coordination
from kbgen.core.search import build_index, compact_index, search
from kbgen.core.search_pairs import bonus, bucket_of, buckets, holders, pairs, query_pairs
from tests.core.test_search_weak import worker_ranks

FILLER = "the app keeps your notes in sync across phones tablets and computers. "


def order(documents: list[dict[str, Any]], query: str) -> list[str]:
    """The refs of `query`'s results."""
    return [hit.ref for hit in search(build_index(documents), query)]


def test_a_pasted_error_line_found_in_a_body_reaches_the_top(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The line pasted word for word stands in one body: that article comes first, before
    a page whose title holds one of its words and whose body holds the others apart (first
    without the pairs). Each mention counts 1 here (kbgen.core.search_coordination apart:
    in two pages every word's idf is low, every share small)."""
    monkeypatch.setattr(search_coordination, "FULL_WORD_POINTS", 1)
    documents = [
        {"title": "Port settings",
         "body": "Each error is listed here. " + FILLER * 5 + "A connection can be refused "
                 "when busy. " + FILLER * 5 + "The server default is 8443. " + FILLER * 3},
        {"title": "Sync log messages",
         "body": FILLER * 2 + "If you see error: connection refused by server on port 8443, "
                 "restart the helper. " + FILLER * 2}]
    assert order(documents, "error: connection refused by server on port 8443") == ["1", "0"]


def test_a_long_page_matching_by_chance_falls_behind_a_short_one_with_the_words_together(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_coordination, "FULL_WORD_POINTS", 1)  # as above
    documents = [
        {"title": "Everything about the app", "headings": "Calendar Reminders",
         "summary": "Backups, sharing and the rest.",
         "body": ("Backup runs nightly. " + FILLER) * 10 + " A calendar can be shared. "
                 + FILLER * 10 + " Reminders of events are sent by email. " + FILLER * 10},
        {"title": "Colleagues",
         "body": "To share calendar events with a colleague, open the event. " + FILLER}]
    assert order(documents, "share calendar events") == ["1", "0"]


def test_only_the_start_of_a_body_that_excerpts_come_from_holds_pairs() -> None:
    """The pairs come from the text the site ships for excerpts (its first 4,000
    characters): what a reader can see in the result is what ranked it."""
    late = {"title": "Late", "body": FILLER * 80 + " share calendar events "}
    early = {"title": "Early", "body": "share calendar events " + FILLER}
    index = build_index([late, early])
    assert index.pair_documents("share calendar") == frozenset({1})
    assert index.pair_documents("calendar event") == frozenset({1})
    assert index.pair_documents("calendar share") == frozenset()  # not in this order
    assert compact_index([{"title": "No body"}])["pairs"] == [""]


def test_one_pair_counts_nothing_two_count_each_in_the_query_order() -> None:
    """Two words of a longer query side by side by chance say little (`search engine` is on
    every page of a search engine's help); from two pairs on, each counts. A two-word query
    has one pair: held, it is the whole query as typed, and counts."""
    held = {"a b": {0, 1, 2}, "b c": {1, 2}, "c d": {2}}
    of = bonus(lambda key: held.get(key, set()), query_pairs(["a", "b", "c", "d"]))
    assert [of(0), of(1), of(2), of(3)] == [4, 6, 7, 4]
    two = bonus(lambda key: held.get(key, set()), query_pairs(["c", "d"]))
    assert [two(0), two(1), two(2)] == [4, 4, 5]
    assert bonus(lambda key: {0}, query_pairs(["a", "a"]))(0) == 4  # no pair: nothing
    assert query_pairs(["b", "a"]) == ["b a"]  # in the query's order only
    assert pairs(["a", "b", "a", "b", "b"]) == {"a b", "b a"}


SKETCHES = [
    {"title": "Sketchbook", "body": "Each sketch has a folder of its own. " + FILLER
     + "Your work is saved when you press the button. " + FILLER},
    {"title": "Cloud editor",
     "body": "Sketches saved in the cloud editor open on any computer. " + FILLER * 3}]
"""A page holding a two-word query's words apart, whose title holds one, and a longer page
saying them side by side."""


def test_a_two_word_query_side_by_side_in_a_text_comes_first() -> None:
    """`sketches saved` as typed in a body puts that page first; the words the other way
    round (`saved sketches`, a pair no text holds) leave the page of the title word first."""
    assert order(SKETCHES, "sketches saved") == ["1", "0"]
    assert order(SKETCHES, "saved sketches") == ["0", "1"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_counts_a_two_word_querys_pair_as_python_does(tmp_path: Path) -> None:
    queries = ["sketches saved", "saved sketches", "sketches saved in the cloud", "sketch"]
    worker = worker_ranks(tmp_path, SKETCHES, queries)
    assert worker[0] == ["1", "0"]  # main's worker, reading no bucket for one pair: 0 first
    assert worker == [order(SKETCHES, query) for query in queries]


def test_pairs_are_in_buckets_a_reader_finds_by_the_pair_alone() -> None:
    per_document = [{f"w{n} w{n + 1}", f"w{n + 1} w{n + 2}"} for n in range(400)]
    found = buckets(per_document, lambda value: f"{value},")
    assert len(found) > 5
    for key, refs in (("w0 w1", [0]), ("w7 w8", [6, 7]), ("w300 w301", [299, 300]),
                      ("w1 w0", [])):
        bucket, number = bucket_of(key, len(found))
        numbers = iter(int(n) for n in found[bucket].split(",") if n)
        assert holders(numbers, number) == refs
    assert bucket_of("a", 1 << 32) == (0xE40C292C, 0)  # FNV-1a, as the worker's pairHash

"""A word and its `un-` form, both the site's terms, are related (kbgen.core.search_negations):
a customer's `dont want` finds the page on unwanted content, `unblock` the page on blocks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kbgen.core.search import ENGLISH, analyse, build_index, compact_index, patch_index, search
from kbgen.core.search_language import search_language
from kbgen.core.search_negations import negation_terms
from kbgen.core.synonyms import Synonyms, with_common
from tests.core.test_search_joins import document
from tests.core.test_search_weak import worker_ranks

DOCUMENTS = [
    document("Dealing with unwanted content", "Mute or block accounts, filter words."),
    document("Posts about a topic", "Follow a hashtag to see its posts in your home feed."),
    document("Block an account", "Blocked accounts cannot see your posts or follow you."),
    document("Storage", "Unblock with the command line. Accounts are kept in the database."),
    document("Lock the app", "Set a passcode. Unlock with the passcode."),
    document("I want a new feature", "Tell us on the forum."),
    document("Unless stated", "Less is more."),
    document("Feed settings", "Choose what your feed shows and in which order."),
]
COMMON = with_common([])
"""A site's synonyms by default: kbgen's common groups, and related words on."""


def ranked(query: str, documents: list[dict[str, str]] = DOCUMENTS) -> list[int]:
    return [int(hit.ref) for hit in search(build_index(documents, COMMON), query)]


def test_a_customers_word_finds_the_page_of_its_un_form() -> None:
    """Without the pairs, `dont want in my feed` found pages 5 and 7 and 1, not page 0 (the
    unwanted content), and `unblock` found pages 3 and 4, not page 2 (blocking): a page
    reached only through the other form comes after those holding the word itself."""
    assert ranked("dont want in my feed") == [5, 7, 1, 0]
    assert ranked("unblock")[:2] == [3, 2]
    assert ranked("i dont want content")[0] == 0


def test_only_pairs_whose_both_halves_are_the_sites_terms() -> None:
    index = build_index(DOCUMENTS, COMMON)
    stem = search_language("en").stem
    want, unwanted = stem("want"), stem("unwanted")
    assert unwanted in index.related[want] and want in index.related[unwanted]
    assert stem("block") in index.related[stem("unblock")]
    assert stem("lock") in index.related[stem("unlock")]
    assert index.related[stem("unless")] == ["less"]  # a false pair the rule makes
    assert negation_terms({"until", "til", "unit", "it", "union", "ion", "unzip"}) == {}
    assert negation_terms({"unhappi", "happi", "un2fa", "2fa"}) == {
        "unhappi": {"happi"}, "happi": {"unhappi"}}
    # only where the site's related words are made: English, kbgen's common synonyms on
    assert compact_index(DOCUMENTS, COMMON, language=search_language("fr"))["related"] == {}
    assert compact_index(DOCUMENTS, Synonyms(concepts=False))["related"] == {}


def test_a_patched_index_has_the_pairs_of_the_index_made_whole() -> None:
    documents = [document("Dealing with unwanted content", "Mute accounts."),
                 document("Other", "text")]
    before = compact_index(documents, COMMON, language=ENGLISH)
    expand = COMMON.expand
    old = {1: analyse(documents[1], expand, ENGLISH)}
    documents[1] = document("Other", "Posts you want to see.")
    new = {1: analyse(documents[1], expand, ENGLISH)}
    patched = patch_index(before, old, new, documents, COMMON)
    assert patched == compact_index(documents, COMMON, language=ENGLISH)
    assert "want" in patched["related"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_reads_the_pairs_as_python_does(tmp_path: Path) -> None:
    """The pairs travel in the index's `related`, which the worker reads already."""
    queries = ["dont want in my feed", "unblock", "unlock", "lock", "i dont want content"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries, COMMON)
    assert worker[0] == ["5", "7", "1", "0"]
    assert worker == [[str(ref) for ref in ranked(query)] for query in queries]

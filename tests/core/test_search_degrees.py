"""An adjective's degrees and a verb's irregular forms read as one word
(kbgen.core.search_degrees): a customer's `slow` finds the page that says `slower` as it finds
one that says `slow`, `forgot` the page that says `forget`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kbgen.core import search_degrees
from kbgen.core.concepts import read_pairs
from kbgen.core.search import (
    ENGLISH,
    analyse,
    build_index,
    compact_index,
    patch_index,
    search,
)
from kbgen.core.search_degrees import degree_terms
from kbgen.core.search_language import search_language
from kbgen.core.synonyms import Synonyms
from tests.core.test_search_joins import document
from tests.core.test_search_weak import worker_ranks

DOCUMENTS = [
    document("Playback is slower than usual", "Lower the quality, or make it faster."),
    document("Playback settings", "Choose the quality. A slow network needs a lower one."),
    document("Change the owner of a library", "Only the owner can share it."),
    document("Your own library", "Keep your own copy."),
]


def ranked(query: str, documents: list[dict[str, str]] = DOCUMENTS) -> list[int]:
    return [int(hit.ref) for hit in search(build_index(documents), query)]


def test_a_customers_slow_finds_the_page_that_says_slower_first() -> None:
    """Page 0 says `slower` in its title; page 1 says `slow` in its body. Without the
    degrees, `slower` is reached only as a prefix of `slow`, at a tenth: page 1 came first."""
    assert ranked("playback slow")[:2] == [0, 1]
    assert ranked("playback slower")[:2] == [0, 1]


def test_only_the_sites_own_words_of_one_adjective_pair() -> None:
    index = build_index(DOCUMENTS)
    assert index.degrees == {"slow": ["slower"], "slower": ["slow"]}  # not `fast`: unused
    assert "own" not in index.degrees  # `owner` is a noun of its own, not `own`'s degree
    assert ranked("own library")[0] == 3
    assert degree_terms({"big", "bigger", "hot"}, str) == {"big": ["bigger"],
                                                          "bigger": ["big"]}
    assert "degrees" not in compact_index(DOCUMENTS, language=search_language("fr"))


def test_a_patched_index_has_the_degrees_of_the_index_made_whole() -> None:
    documents = [document("Playback settings", "A slow network."), document("Other", "text")]
    before = compact_index(documents, language=ENGLISH)
    assert "degrees" not in before
    expand = Synonyms().expand
    old = {1: analyse(documents[1], expand, ENGLISH)}
    documents[1] = document("Other", "Playback is slower at night.")
    new = {1: analyse(documents[1], expand, ENGLISH)}
    patched = patch_index(before, old, new, documents)
    assert patched == compact_index(documents, language=ENGLISH)
    assert patched["degrees"] == {"slow": ["slower"], "slower": ["slow"]}



FORGOT = [
    document("Reset your master password", "If you forget it, an admin can reset it."),
    document("Change your password", "Pick a new password, type the password again, save."),
    document("Leave a shared notebook", "Forgot which one? Find it in the left sidebar."),
    document("Sync stopped", "Forgot to sign in again? Sign in."),
    document("Export notes", "Forgot where the file is? Look in Downloads."),
]


def test_a_verbs_irregular_form_finds_the_page_of_the_verb(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The site says `forget` and `forgot` (each its own term: the stemmer keeps `forgot`
    whole): a customer's `forgot password` finds the page of `forget` and `password` first,
    and `forget` the page that says `forgot`. Without the verbs' forms page 0 matched
    `password` only, below page 1, which says it thrice (`forgot`, on three pages, is no rare
    word read with a typo)."""
    index = build_index(FORGOT)
    assert index.degrees == {"forget": ["forgot"], "forgot": ["forget"]}
    assert ranked("forgot password", FORGOT)[0] == 0
    assert ranked("forget which notebook", FORGOT)[0] == 2
    # a form that is a noun or an adjective of its own stays apart: `left` is a side
    assert "left" not in index.degrees
    # an everyday verb's forms are on every page (`made`, `seen`): kept apart
    stem = search_language("en").stem
    assert degree_terms({"made", "make", "seen", "see", "froze", stem("freeze")}, stem) == {
        "froze": [stem("freeze")], stem("freeze"): ["froze"]}
    monkeypatch.setattr(search_degrees, "degree_pairs",
                        lambda: read_pairs(search_degrees.DEGREES_FILE))
    assert ranked("forgot password", FORGOT)[0] == 1


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_reads_the_verbs_forms_as_python_does(tmp_path: Path) -> None:
    """The forms travel in the head's `degrees`, which the worker reads already: it ranks
    `forgot password` as Python does, page 0 first."""
    queries = ["forgot password", "forget which notebook", "forgotten password"]
    worker = worker_ranks(tmp_path, FORGOT, queries)
    assert worker[0][0] == "0"
    assert worker == [[str(ref) for ref in ranked(query, FORGOT)] for query in queries]

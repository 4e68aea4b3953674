"""An adjective's degrees read as one word (kbgen.core.search_degrees): a customer's `slow`
finds the page that says `slower` as it finds one that says `slow`."""

from __future__ import annotations

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

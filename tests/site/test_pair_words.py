"""The words of pairs a document has (kbgen.site.search_index.PairWords): learnt from the
documents read, so a document with no word new to the site is read without loading the
shipped pairs; always what `words_of` finds."""

from __future__ import annotations

import pytest

from kbgen.core.concepts import words_of
from kbgen.site import search_index
from kbgen.site.search_index import PairWords

SITE = ["The router drops the connection when the phone sleeps.",
        "Invoices are under Account; a refund takes five days."]


def test_a_text_of_words_the_site_has_is_read_without_the_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    known = PairWords()
    for text in SITE:
        assert known.of([text]) == frozenset(words_of([text]))
    monkeypatch.setattr(search_index, "pair_words", lambda: pytest.fail("pairs loaded"))
    for text in ("The phone drops the router; the refund takes days.", "", "ACCOUNT"):
        assert known.of([text]) == frozenset(words_of([text])), text


def test_a_word_new_to_the_site_loads_the_pairs_and_is_learnt(
        monkeypatch: pytest.MonkeyPatch) -> None:
    known = PairWords()
    known.of(SITE)
    loaded: list[int] = []
    real = search_index.pair_words
    monkeypatch.setattr(search_index, "pair_words", lambda: loaded.append(1) or real())
    text = "The router overheats in summer."
    assert known.of([text]) == frozenset(words_of([text]))
    assert known.of([text]) == frozenset(words_of([text]))
    assert loaded == [1]

"""Words of the same sense (kbgen.core.concepts): connected only where a site uses both."""

from __future__ import annotations

from kbgen.core import concepts
from kbgen.core.search import build_index, search
from kbgen.core.search_language import search_language
from kbgen.core.synonyms import Synonyms, with_common

SITE = [
    {"title": "How to spot a counterfeit board", "summary": "Signs that a board is not ours.",
     "body": "Counterfeit boards have a misprinted logo."},
    {"title": "Fake shipping emails", "summary": "Phishing that pretends to be us.",
     "body": "Delete the email and do not click its links."},
    {"title": "Board overview", "summary": "Every board we make.", "body": "Pins and power."},
]


def refs(index, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.ref for hit in search(index, query)]


def test_the_shipped_pairs_share_a_first_sense_and_leave_many_sensed_words_out() -> None:
    pairs = set(concepts.pairs())
    assert ("counterfeit", "fake") in pairs and ("error", "mistake") in pairs
    # `close` (near, shut, end ...) and `get` have too many senses to tell which one a site means
    assert not any("close" in pair or "get" in pair for pair in pairs)
    assert all(a < b and a.isalpha() and b.isalpha() for a, b in pairs)


def test_a_word_reaches_a_word_of_the_same_sense_the_site_also_uses() -> None:
    index = build_index(SITE, with_common([]))
    assert index.related["counterfeit"] == ["fake"] and index.related["fake"] == ["counterfeit"]
    # "fake" alone: the phishing article's own word first, the counterfeit one next
    assert refs(index, "fake") == ["1", "0"]
    # a customer's "fake board" is the counterfeit article, which matches both words
    assert refs(index, "is my board fake")[0] == "0"
    # ... at the weight of a likely typo: the word itself stays far ahead
    [fake] = [hit for hit in search(index, "fake") if hit.ref == "1"]
    [counterfeit] = [hit for hit in search(index, "fake") if hit.ref == "0"]
    assert fake.score > 5 * counterfeit.score


def test_a_word_the_site_never_uses_brings_nothing_in() -> None:
    index = build_index(SITE[:1] + SITE[2:], with_common([]))
    assert "counterfeit" not in index.related
    assert refs(index, "fake") == []


def test_a_site_that_leaves_common_synonyms_out_leaves_these_out_too() -> None:
    assert build_index(SITE, with_common([], common=False)).related == {}
    assert build_index(SITE, Synonyms()).related == {}  # kbgen search's bare index


def test_other_languages_are_not_related_with_english_words() -> None:
    german = [{"title": "Fake und counterfeit", "summary": "", "body": ""}]
    assert build_index(german, with_common([]), search_language("de")).related == {}

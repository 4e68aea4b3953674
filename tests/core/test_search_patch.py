"""A compact index patched after documents' texts changed (`patch_index`, what a quick
build does) is the index made whole from the same documents, field for field."""

from __future__ import annotations

from random import Random

import pytest

from kbgen.core import search as searching
from kbgen.core.search import ENGLISH, analyse, compact_index, excerpt_source, patch_index
from kbgen.core.search_language import search_language
from kbgen.core.synonyms import Synonyms

WORDS = ("hub thermostat router wifi offline battery reset pairing app update firmware"
         " heating schedule boiler valve sensor alarm E1234 0x80070005 password e-mail"
         " Wi-Fi set-up radiator").split()


def _document(rng: Random, number: int) -> dict[str, str]:
    def text(words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, words)))
    return {"title": f"Problem {number} {text(4)}", "summary": text(12), "symptoms": text(6),
            "errors": text(2), "tags": text(3), "headings": text(5), "body": text(80),
            "issue": text(1) if number % 7 == 0 else "", "location": f"a/{number}.html"}


@pytest.mark.parametrize("seed", range(6))
def test_a_patched_index_is_the_index_made_whole(seed: int) -> None:
    rng = Random(seed)
    synonyms = Synonyms([["hub", "bridge"]], concepts=True) if seed % 2 else None
    language = ENGLISH if seed < 4 else search_language("fr")
    documents = [_document(rng, n) for n in range(rng.randint(1, 40))]
    before = compact_index(documents, synonyms, language=language)
    expand = (synonyms or Synonyms()).expand
    changed = rng.sample(range(len(documents)), rng.randint(0, min(5, len(documents))))
    old = {ref: analyse(documents[ref], expand, language) for ref in changed}
    for ref in changed:  # a new text: new words, words gone, a field emptied
        documents[ref] = {**_document(rng, ref), "title": documents[ref]["title"],
                          "body": "" if rng.random() < 0.2 else _document(rng, ref)["body"]}
    new = {ref: analyse(documents[ref], expand, language) for ref in changed}
    assert patch_index(before, old, new, documents, synonyms, language) == \
        compact_index(documents, synonyms, language=language)


@pytest.mark.parametrize("seed", range(6))
def test_the_pairs_of_a_patched_index_are_patched_from_the_texts_before(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Given the changed documents' texts before, only the buckets of pairs that came or went
    are written again (kbgen.core.search_pairs.patched; the pairs are not made whole), and
    the index is the one made whole."""
    rng = Random(seed)
    documents = [_document(rng, n) for n in range(rng.randint(1, 80))]
    before = compact_index(documents)
    changed = rng.sample(range(len(documents)), rng.randint(1, min(5, len(documents))))
    old = {ref: analyse(documents[ref], Synonyms().expand) for ref in changed}
    old_texts = {ref: excerpt_source(documents[ref]["body"]) for ref in changed}
    for ref in changed:
        documents[ref] = {**documents[ref], "body": "" if rng.random() < 0.2 else
                          _document(rng, ref)["body"]}
    new = {ref: analyse(documents[ref], Synonyms().expand) for ref in changed}
    whole = compact_index(documents)
    monkeypatch.setattr(searching, "pair_buckets", lambda *args: pytest.fail("made whole"))
    assert patch_index(before, old, new, documents, old_texts=old_texts) == whole


def test_an_index_of_other_documents_is_not_patched() -> None:
    rng = Random(1)
    documents = [_document(rng, n) for n in range(5)]
    before = compact_index(documents)
    with pytest.raises(ValueError, match="cannot be patched"):
        patch_index(before, {}, {}, documents[:4])
    with pytest.raises(ValueError, match="cannot be patched"):
        patch_index(before, {}, {}, documents, language=search_language("de"))


@pytest.mark.parametrize("seed", range(3))
def test_a_patched_index_of_many_documents_is_the_index_made_whole(seed: int) -> None:
    """Rare words (gaps between documents written with two digits or more), a word said
    often (a count of two digits), several changed documents far apart: only the postings
    around each changed document are written again, and the index is the same."""
    rng = Random(seed)

    def document(number: int) -> dict[str, str]:
        found = _document(rng, number)
        rare = " ".join(f"rare{rng.randint(0, 3)}" for _ in range(rng.random() < 0.01))
        often = " thermostat" * (70 if rng.random() < 0.05 else 0)
        return {**found, "body": found["body"] + f" {rare}{often}"}

    documents = [document(n) for n in range(400)]
    before = compact_index(documents)
    expand = Synonyms().expand
    changed = [0, *rng.sample(range(1, 399), 4), 399]
    old = {ref: analyse(documents[ref], expand, ENGLISH) for ref in changed}
    for ref in changed:
        documents[ref] = {**document(ref), "title": documents[ref]["title"]}
    new = {ref: analyse(documents[ref], expand, ENGLISH) for ref in changed}
    assert patch_index(before, old, new, documents) == compact_index(documents)


@pytest.mark.parametrize("seed", range(3))
def test_a_small_edit_writes_only_the_terms_it_recounts(seed: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """One line added to a body (what an author's save mostly is): the terms whose counts
    stayed as they were keep their postings untouched, and the index is the one made whole."""
    import kbgen.core.search as search

    rng = Random(seed)
    documents = [_document(rng, n) for n in range(60)]
    before = compact_index(documents)
    expand = Synonyms().expand
    changed = rng.sample(range(60), 2)
    old = {ref: analyse(documents[ref], expand, ENGLISH) for ref in changed}
    for ref in changed:
        documents[ref] = {**documents[ref],
                          "body": documents[ref]["body"] + " boiler valve newword"}
    new = {ref: analyse(documents[ref], expand, ENGLISH) for ref in changed}
    recounted = {term for ref in changed for was, now in zip(old[ref], new[ref])
                 for term in {*was, *now} if was[term] != now[term]}
    spliced: list[str] = []
    original = search._spliced

    def counted(field: str, changes: dict[int, int]) -> tuple[str, int]:
        spliced.append(field)
        return original(field, changes)

    monkeypatch.setattr(search, "_spliced", counted)
    assert patch_index(before, old, new, documents) == compact_index(documents)
    assert 0 < len(spliced) == len(recounted) * (len(before["fields"]) + 1)  # + sections


@pytest.mark.parametrize("new_word", ["", " repair"])
def test_a_patch_keeps_the_related_terms_only_when_their_words_and_terms_stay(
        new_word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Related terms (synonyms with concepts) come from the pairs of one sense and are read
    again only when the site's words or terms change: an edit that adds no word keeps the
    earlier index's, one that adds a word of a pair ("repair") makes them anew; both give
    the index made whole."""
    import kbgen.core.search as search
    from kbgen.core.concepts import words_of

    rng = Random(7)
    synonyms = Synonyms([["hub", "bridge"]], concepts=True)
    documents = [_document(rng, n) for n in range(30)]
    documents[3]["body"] += " heater fix"

    def vocabulary() -> set[str]:
        return words_of(str(d.get(name, "")) for d in documents for name in d)

    words_before = vocabulary()
    before = compact_index(documents, synonyms, words=words_before)
    assert before["related"]
    expand = synonyms.expand
    old = {5: analyse(documents[5], expand, ENGLISH)}
    documents[5] = {**documents[5], "body": documents[5]["body"] + " boiler" + new_word}
    new = {5: analyse(documents[5], expand, ENGLISH)}
    made: list[int] = []
    original = search.related_stems

    def counted(*args: object, **kwargs: object) -> dict[str, list[str]]:
        made.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "related_stems", counted)
    words = vocabulary()
    patched = patch_index(before, old, new, documents, synonyms, ENGLISH, words,
                          words_before=words_before)
    assert len(made) == (1 if new_word else 0)
    assert patched == compact_index(documents, synonyms, words=words)

"""One word written as two and two written as one, read from the site's own words
(kbgen.core.search_compounds), in `kbgen search` and in the browser's worker alike."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kbgen.core.search import build_index, index_query_terms, search
from kbgen.core.search_compounds import joined_stems, split_unknown
from tests.core.test_search_joins import document
from tests.core.test_search_weak import worker_ranks

DOCUMENTS = [
    document("Back up your photos", "Open Settings, then choose a folder to back up."),
    document("Restore photos", "Your photos come back from the cloud."),
    document("Take a screen shot", "Press the two keys together."),
    document("Reset your password", "Choose a new one of eight letters or more."),
    document("Screens", "Hot weather and word games with a day pass."),
]


def ranked(query: str, documents: list[dict[str, str]] = DOCUMENTS) -> list[int]:
    return [int(hit.ref) for hit in search(build_index(documents), query)]


@pytest.mark.parametrize(("query", "first"), [
    ("backup photos", 0),    # the site writes `back up` in the page about photos
    ("screenshot", 2),       # `screen shot`, not `screens` + `hot`
    ("pass word", 3),        # the site writes `password`
])
def test_a_compound_finds_the_page_that_writes_it_the_other_way(query: str, first: int) -> None:
    assert ranked(query)[0] == first


def test_the_page_that_writes_the_words_apart_is_still_found() -> None:
    """`pass word` reaches `password` and still `pass` and `word`."""
    assert ranked("pass word")[:2] == [3, 4]


def test_only_the_sites_words() -> None:
    index = build_index(DOCUMENTS)
    assert [term.stem for term in index_query_terms(index, "screenshot")] == ["screen", "shot"]
    assert [term.joined for term in index_query_terms(index, "pass word")] == ["password"] * 2
    # a word the site holds is never split, two words whose join it lacks never joined
    assert [term.stem for term in index_query_terms(index, "photos")] == ["photo"]
    assert [term.joined for term in index_query_terms(index, "word games")] == ["", ""]


@pytest.mark.parametrize(("raws", "joins"), [
    (["back", "up"], {0: "backup", 1: "backup"}),
    (["back.", "up"], {}),                 # punctuation between them
    (["log", "in"], {}),                   # a stop word is no part (search_phrases' job)
    (["pass", "word", "word"], {0: "password", 1: "password"}),  # a word joins once
    (["back", "up1"], {}),                 # letters only
])
def test_joins(raws: list[str], joins: dict[int, str]) -> None:
    known = {"backup", "password", "login", "backupl"}
    assert joined_stems(raws, lambda word: word if word in known else "") == joins


def test_splits() -> None:
    known = {"screen", "screens", "shot", "hot", "work", "works", "space", "pace"}.__contains__
    assert split_unknown(["screenshot", "workspace"], known) == ["screen", "shot", "work",
                                                                  "space"]
    assert split_unknown(["screen", "shotscreen!"], known) == ["screen", "shotscreen!"][:1] + [
        "shot", "screen"]
    assert split_unknown(["nothing"], known) == ["nothing"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_reads_compounds_as_python_does(tmp_path: Path) -> None:
    queries = ["backup photos", "screenshot", "pass word", "back up", "word games",
               "passwords back up", "screens hot"]
    worker = worker_ranks(tmp_path, DOCUMENTS, queries)
    assert worker[0][0] == "0" and worker[2][0] == "3"
    assert worker == [[str(ref) for ref in ranked(query)] for query in queries]

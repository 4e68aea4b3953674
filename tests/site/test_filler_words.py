"""Filler words of a site's language (`für`, `mit`, `auf`) neither match nor highlight, as
English ones do not: a real German site (`theme.language: de` alone, as a new user writes
it), its shipped index read by kbgen's query (issue 13)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from kbgen.core.search import load_compact, ranking
from kbgen.core.search_language import LISTED, VENDORED, fold, search_language
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.helpers import run_cli, shipped_index

GERMAN = [  # (file, title, body): every body has the filler words
    ("rechnung-doppelt", "Rechnung doppelt bezahlt",
     "Wenn die Karte für eine Rechnung zweimal belastet wurde, erstatten wir den Betrag mit"
     " der nächsten Abrechnung auf Ihr Konto."),
    ("passwort", "Passwort zurücksetzen",
     "Öffnen Sie die Einstellungen für Ihr Konto und klicken Sie auf Passwort mit E-Mail."),
    ("wlan", "WLAN verbindet nicht",
     "Starten Sie den Router neu und prüfen Sie das Kennwort für das Netz auf dem Gerät mit"
     " der App."),
    ("drucker", "Drucker druckt nicht",
     "Legen Sie Papier in das Fach und wählen Sie den Drucker für den Auftrag auf dem"
     " Rechner mit der Maus."),
]
FILLER = ("für", "mit", "auf", "die", "und", "Sie")


@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("filler")
    files = {"mkdocs.yml": MINI_CONFIG.replace(  # the highlight feature: the `?h=` of links
                 "  font: false\n", "  font: false\n  language: de\n"
                 "  features: [search.highlight]\n"),
             "content/index.md": "# Hilfe\n\n<!-- kb:search -->\n",
             "content/_data/categories.yml": MINI_CATEGORIES}
    for name, title, body in GERMAN:
        files[f"content/articles/billing/{name}.md"] = article(
            title, body=f"## Lösung\n\n{body}\n")
    write_files(root, files)
    result = run_cli("build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def listed_words(code: str) -> set[str]:
    """The stop words of lunr-languages' own file, as shipped."""
    source = (resources.files("kbgen") / VENDORED / f"lunr.{code}.min.js").read_text("utf-8")
    match = re.search(r'generateStopWordFilter\("([^"]*)"', source)
    assert match is not None
    return {word for word in match.group(1).split(" ") if word}


def lunr_languages_stop_words(code: str) -> set[str]:
    """The stop words of lunr-languages' own file, accents folded."""
    return {fold(word) for word in listed_words(code)}


def test_the_index_reads_german_with_lunr_languages_stop_words(german_site: Path) -> None:
    head = shipped_index(german_site)
    assert head["lang"] == "de"
    assert set(head["stop"]) == lunr_languages_stop_words("de")
    assert {fold(word.lower()) for word in FILLER} <= set(head["stop"])


def test_filler_words_neither_match_nor_highlight(german_site: Path) -> None:
    index = load_compact(shipped_index(german_site))
    plain = ranking(index, "Rechnung Konto")
    filled = ranking(index, "Rechnung für mit auf Konto")
    assert [(h.ref, h.score) for h in filled.hits] == [(h.ref, h.score) for h in plain.hits]
    assert filled.total == plain.total < len(GERMAN)
    matched = {term for hit in filled.hits for terms in hit.why.values() for term in terms}
    assert matched and not matched & {"fur", "mit", "auf"}, matched


def test_a_query_of_filler_words_only_matches_nothing_as_in_english(german_site: Path) -> None:
    """English's `the and with` finds nothing (lunr's stop words); German's alike, rather than
    every article."""
    index = load_compact(shipped_index(german_site))
    assert ranking(index, " ".join(FILLER)).total == 0
    result = run_cli("search", "-f", str(german_site.parent / "mkdocs.yml"), "für mit auf")
    assert result.returncode == 1 and "Rechnung" not in result.stdout, result.stdout


@pytest.mark.parametrize("code", sorted(LISTED))
def test_unstemmed_languages_drop_lunr_languages_stop_words(code: str) -> None:
    """Hungarian, Polish, Arabic, Hebrew... (read as written) drop their lunr-languages list
    too, in Python and, through the index's head, in the worker."""
    language = search_language(code)
    assert language.stop_words == listed_words(code)
    assert language.head()["stop"] == sorted(language.stop_words)
    word = sorted(language.stop_words)[0]
    assert language.word_of(word) == "" and language.word_of("kbgen") == "kbgen"

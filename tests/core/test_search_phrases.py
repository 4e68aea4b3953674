"""Phrasal verbs read as the word they mean (kbgen.core.search_phrases), in Python and in
the browser's worker alike, on a real index and through `kbgen search`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from kbgen.core import search as searching
from kbgen.core import search_coordination
from kbgen.core.search_language import search_language
from kbgen.core.search_phrases import PHRASES, meant, rewrite
from kbgen.core.synonyms import with_common
from tests.conftest import REPO

WORKER = (Path(searching.__file__).parents[1]
          / "theme/assets/javascripts/workers/kb-search.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("query, words", [
    ("how do i turn off 2fa", ["how", "do", "i", "turn", "disable", "2fa"]),
    ("Send it back", ["send", "it", "back"]),  # only the phrase as written
    ("sent back, broken", ["sent", "return", "broken"]),
    ("cant log-in", ["cant", "log", "login"]),
    ("vpn is turned on", ["vpn", "is", "turned", "on"]),  # a state, not how to enable it
    ("set up the hub", ["set", "setup", "the", "hub"]),
])
def test_a_query_reads_a_phrasal_verb_as_the_word_it_means(query: str, words: list[str]) -> None:
    assert rewrite(searching.tokens(query)) == words


def test_the_worker_has_the_same_phrases() -> None:
    listed = re.search(r"var PHRASES = new Map\(\((.*?)\)\.split", WORKER, re.S)
    assert listed
    pairs = "".join(re.findall(r'"([^"]*)"', listed.group(1))).split("|")
    assert dict(pair.split("=") for pair in pairs) == PHRASES and len(pairs) == len(PHRASES)


def test_only_an_english_query_is_rewritten() -> None:
    stems = [t.stem for t in searching.query_terms("turn off", search_language("de"))]
    assert stems == ["turn", "off"]
    assert [t.word for t in searching.query_terms("turn off")] == ["turn", "disable"]


def test_the_indexed_text_also_says_what_its_phrases_mean() -> None:
    assert meant("to turn\noff sync, log in and set up the hub") == ["disable", "login",
                                                                      "setup"]
    assert with_common([]).expand("Turn off sync.") == "Turn off sync. disable"
    assert with_common([]).expand("Turn off sync, then disable it.").endswith("disable it.")
    assert with_common([], common=False).expand("Turn off sync.") == "Turn off sync."



@pytest.mark.parametrize("text", [
    "to turn\noff sync", "turned off", "return it", "the hub's setup", "can't sign-in",
    "x'turn off", "ＴＵＲＮ off".lower(), "turn_off", "log\u00a0in", "réturn off", "",
    "switching on and logging out, signs up"])
def test_a_text_without_a_verb_among_its_words_is_not_searched_with_the_same_answer(
        text: str) -> None:
    """`meant` given the text's words (as `Synonyms.expand` has them) answers as it does
    alone; a text whose words hold no verb's form is not searched."""
    words = set(re.findall(r"\w+", text))
    assert meant(text, words) == meant(text)
    assert meant(text, words - {"turn", "switching", "logging", "signs", "log"}) == (
        meant(text) if words & {"turn", "switching", "logging", "signs", "log"} == set()
        else [])


DOCUMENTS = [
    {"title": "Enable two-step verification", "body": "Open Security and switch it on."},
    {"title": "Disable two-step verification", "body": "Open Security and remove it."},
    {"title": "Night schedule", "body": "To turn off the night schedule, open Schedules."},
    {"title": "Schedules", "body": "A schedule sets the temperature for each hour."},
]


def test_turn_off_finds_the_disable_article_first() -> None:
    index = searching.build_index(DOCUMENTS, with_common([]))
    assert [hit.ref for hit in searching.search(index, "turn off two-step verification", 2)] \
        == ["1", "0"]


def test_an_article_that_says_turn_off_is_found_by_disable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Each mention counts 1 (kbgen.core.search_coordination apart): in four short pages,
    # `Disable two-step verification` holds `disable` in its title, worth more than the
    # phrase `turn off` and `schedule` in the answer's body.
    monkeypatch.setattr(search_coordination, "FULL_WORD_POINTS", 1)
    index = searching.build_index(DOCUMENTS, with_common([]))
    assert searching.search(index, "disable schedule", 1)[0].ref == "2"


def test_kbgen_search_reads_the_phrase_on_a_real_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    source = (tmp_path / "content/articles/hardware/thermostat-display-is-blank.md")
    front, body = source.read_text(encoding="utf-8").split("\n---\n", 1)
    for verb, slug in (("Enable", "enable-away-mode"), ("Disable", "disable-away-mode")):
        text = re.sub(r"title: .*", f"title: {verb} away mode", front)
        text = re.sub(r"summary: .*", f"summary: {verb} away mode from the app's settings.",
                      text)
        (source.parent / f"{slug}.md").write_text(f"{text}\n---\n{body}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["search", "how do i turn off away mode", "--json",
                                      "-n", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["slug"] == "disable-away-mode"

"""Synonym groups expanded into the text they appear in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kbgen.core.common_synonyms import COMMON_GROUPS
from kbgen.core.loader import _Collector, load_synonyms
from kbgen.core.synonyms import Synonyms, with_common

GROUPS = [["log in", "sign in"], ["2fa", "two-factor"], ["wi-fi", "wifi"], ["#pin", "pin code"],
          ["charged twice", "double charge", "billed twice"]]


@pytest.mark.parametrize("text, added", [
    ("Can't LOG IN after reset", "sign in"),
    ("Enable 2FA first", "two-factor"),
    ("Two-factor codes fail", "2fa"),
    ("Wi-Fi drops at night", "wifi"),
    ("Type your #pin", "pin code"),
    ("I was charged twice", "double charge billed twice"),
    ("Billed twice and charged twice", "double charge"),
    ("log inside the app", None),      # a phrase inside longer words is not the phrase
    ("catalog in the shop", None),
    ("pin", None),
])
def test_phrases_add_the_rest_of_their_group(text: str, added: str | None) -> None:
    expanded = Synonyms(GROUPS).expand(text)
    assert expanded == (f"{text} {added}" if added else text)


def _loaded(tmp_path: Path, text: str) -> tuple[Synonyms, list[Any]]:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data/synonyms.yml").write_text(text, encoding="utf-8")
    found = _Collector()
    return load_synonyms(tmp_path, found), found.problems


def test_kbgens_common_groups_apply_with_the_sites_own(tmp_path: Path) -> None:
    synonyms, problems = _loaded(tmp_path, "- [charged twice, double charge]\n")
    assert problems == []
    assert synonyms.expand("charged twice") == "charged twice double charge"
    assert "uninstall" in synonyms.expand("Remove the app").split()
    assert with_common([]).expand("Set up on iOS").endswith("iphone ipad ipados setup")


def test_common_false_leaves_kbgens_groups_out(tmp_path: Path) -> None:
    synonyms, problems = _loaded(tmp_path, "common: false\ngroups:\n  - [remove, erase]\n")
    assert problems == []
    assert synonyms.groups == [["remove", "erase"]]
    assert synonyms.expand("Remove the app") == "Remove the app erase"


def test_a_mistake_in_the_mapping_names_the_line(tmp_path: Path) -> None:
    _, problems = _loaded(tmp_path, "groups:\n  - [a, b]\ncomon: false\n")
    assert [(p.line, "comon" in p.message) for p in problems] == [(3, True)]


def test_common_groups_are_lowercase_phrases_in_one_group_each() -> None:
    phrases = [p for group in COMMON_GROUPS for p in group]
    assert all(p == p.lower().strip() and p for p in phrases)
    assert len(phrases) == len(set(phrases)), "a phrase in two groups joins them both"
    assert all(len(group) >= 2 for group in COMMON_GROUPS)


def test_a_form_already_in_the_text_or_added_is_not_added_again() -> None:
    synonyms = Synonyms([["uninstall", "uninstalling", "remove", "removing", "removed"]])
    # `removing` and `removed` are `remove` to the index; `uninstalling` is `uninstall`
    assert synonyms.expand("Removed the app") == "Removed the app uninstall"

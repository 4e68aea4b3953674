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


def _expand_by_scanning(synonyms: Synonyms, text: str) -> str:
    """`Synonyms.expand` as it was written before single words were looked up in the text's
    words: every phrase found by its whole-word pattern."""
    import re

    lowered = text.lower()
    extra: dict[str, None] = {}
    present: set[str] = set()
    for group in synonyms.groups:
        found = {p for p in group if re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", lowered)}
        if found:
            present |= found
            extra.update(dict.fromkeys(group))
    from kbgen.core.synonyms import _indexed
    indexed = {_indexed(p) for p in present}
    added = []
    for phrase in extra:
        form = _indexed(phrase)
        if form not in indexed:
            indexed.add(form)
            added.append(phrase)
    return f"{text} {' '.join(added)}" if added else text


def test_single_words_found_as_the_patterns_find_them() -> None:
    """A one-word phrase looked up in the text's words is found exactly where its whole-word
    pattern is (next to punctuation, digits, accents, underscores, at either end)."""
    import random

    groups = [["wifi", "wlan"], ["café", "coffee shop"], ["x_1", "xone"], ["2fa", "otp"],
              ["wi-fi", "hotspot"], ["log in", "sign in"], ["#pin", "pin code"],
              *COMMON_GROUPS[:40]]
    synonyms = Synonyms(groups)
    pieces = ["wifi", "WiFi", "wlan", "café", "cafés", "x_1", "x_12", "2fa", "2fa2", "otp",
              "wi-fi", "log in", "login", "#pin", "pin", "sign", "in", "-", "_", ".", "é",
              "ß", "1", " ", " ", "\n", *(word for group in COMMON_GROUPS[:40] for word in group)]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "", "-", "."])
                       for _ in range(rng.randint(1, 12)))
        assert synonyms.expand(text) == _expand_by_scanning(synonyms, text), text

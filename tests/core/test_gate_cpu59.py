"""Word lists in the gate's expressions written as trees of their shared beginnings, without
changing what they match (issue 13, cpu59): `word_needs.alternation` matches exactly the strings
the flat list matches, and the rules that use it find the same values as with the flat list."""

from __future__ import annotations

import random
import re

import pytest

from kbgen.core import normalize
from kbgen.core.privacy import PASSWORD, scan
from kbgen.core.privacy import set_passwords as sp
from kbgen.core.word_needs import alternation


def _flat(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


@pytest.mark.parametrize("words", [
    ["set", "sets", "setting", "reset", "a", "ab", "abc"],
    ["x.y", "x", "x*", "(", "["],
    ["use", "use", "user"],
    sp._SETTING_VERBS.split("|"),
    [*sp._SETTING_VERBS.split("|"), *sp._USING_VERBS.split("|")],
    list(sp._PARTICIPLES),
])
def test_a_tree_matches_the_strings_its_list_matches(words: list[str]) -> None:
    tree = re.compile(f"(?i:{alternation(words)})")
    flat = re.compile(f"(?i:{_flat(words)})")
    candidates = {*words, *(word.upper() for word in words), *(word[:-1] for word in words),
                  *(word + "s" for word in words), "", "İ", "ſet", "KEY"}
    rng = random.Random(59)
    letters = "".join(sorted({ch for word in words for ch in word})) + "Xİıſ"
    candidates |= {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
                   for _ in range(5000)}
    for text in candidates:
        assert (tree.fullmatch(text) is None) == (flat.fullmatch(text) is None), text


def test_the_tree_is_smaller_than_the_list() -> None:
    """The point of the tree: one branch a first letter (`set|sets|setting` one branch)."""
    assert alternation(["set", "sets", "setting"]) == "set(?:s|ting)?"
    assert alternation(["pass", "pin", "pwd"]) == "p(?:ass|in|wd)"


_OLD = {
    sp._BEFORE: re.compile(sp._BEFORE.pattern.replace(sp._SETTING_TREE, sp._SETTING_VERBS)),
    sp._USING: re.compile(sp._USING.pattern.replace(sp._USING_TREE, sp._USING_VERBS)),
    sp._AFTER: re.compile(sp._AFTER.pattern.replace(alternation(sp._PARTICIPLES),
                                                    "|".join(sp._PARTICIPLES))),
}
"""Each rewritten expression as it was, with its flat list."""

_PIECES = [*sp._SETTING_VERBS.split("|")[:40], "Set", "SET", "Reset", "sets", "settings",
           "use", "Use", "using", "enter", "with", "ſet", "İ", "the", "Anna's", "guest",
           "Wi-Fi", "admin", "password", "Passwort", "PIN", "secret", "api key", "token",
           "mot de passe", "for", "of", "the", "account", "to", "auf", "en", "à", "as", "in op",
           ":", "：", "**", "`", "\"", "'", "«", "»", "(", ")", "Kq8vNz3Lw2Pd", "4829",
           "sunflower", "hunter2!", "<b>", "|", "-", "changed", "has", "been", "gesetzt",
           "geändert", "défini", "definida", "\t", "  "]


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(2, 16)))
            for _ in range(count)]


@pytest.mark.parametrize("pattern", list(_OLD), ids=["before", "using", "after"])
def test_each_rewritten_rule_finds_what_its_flat_list_found(pattern: re.Pattern[str]) -> None:
    old = _OLD[pattern]
    assert old.pattern != pattern.pattern
    lines = [*_lines(20000, 59), "Set the password to Kq8vNz3Lw2Pd.",
             "Reset Anna's password for the admin account to `Kq8vNz3Lw2Pd`",
             "Use the password hunter2!", "Your password has been changed to Kq8vNz3Lw2Pd",
             "Setzen Sie das Passwort auf Kq8vNz3Lw2Pd", "Changez le mot de passe en Kq8vNz3Lw2Pd"]
    matched = 0
    for line in lines:
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(line)]
        assert found == [(m.span(), m.groupdict()) for m in old.finditer(line)], line
        matched += bool(found)
    assert matched > 100  # the lines do reach the values, not only the verbs


def test_a_verb_in_a_wrapped_tail_is_found_as_before() -> None:
    old = re.compile(sp._VERB_IN_TAIL.pattern.replace(
        alternation([*sp._SETTING_VERBS.split("|"), *sp._USING_VERBS.split("|")]),
        f"{sp._SETTING_VERBS}|{sp._USING_VERBS}"))
    assert old.pattern != sp._VERB_IN_TAIL.pattern
    for line in _lines(5000, 60):
        assert (sp._VERB_IN_TAIL.search(line) is None) == (old.search(line) is None), line


@pytest.mark.parametrize("text", [
    "Set the password to Kq8vNz3Lw2Pd.",
    "Reset Anna's password to Kq8vNz3Lw2Pd",
    "Use the password Kq8vNz3Lw2Pd to sign in.",
    "Your password has been changed to Kq8vNz3Lw2Pd",
    "Setzen Sie das Passwort auf Kq8vNz3Lw2Pd.",
    "… then set the admin\npassword to Kq8vNz3Lw2Pd.",
])
def test_values_set_by_a_verb_are_still_found(text: str) -> None:
    assert PASSWORD in {finding.kind for finding in scan(text)}


def _old_spelt_hint(text: str) -> bool:
    """normalize._spelt_hint as it was: every hint searched."""
    return (any(hint.search(text) for hint in normalize._SPELT_HINTS)
            or ("@" in text and any(hint.search(text) for hint in normalize._SPELT_AT_HINTS))
            or normalize._AT_NEEDED(text))


def test_the_hints_skipped_in_ascii_text_are_those_that_need_what_it_lacks() -> None:
    """The places _ASCII_HINTS names hold the hints that need `at`, a digit and `arroba`."""
    patterns = [hint.pattern for hint in normalize._SPELT_HINTS]
    assert [patterns[index] for index in normalize._WORD_HINTS] == [
        r"(?i)\sat\s", r"(?i)at(?<=[^\w\s]at)[^\w\s]"]
    assert [patterns[index] for index in normalize._DIGIT_HINTS] == [
        r"(?i)\d(?<=[OoIl]\d)", r"(?i)\d[OoIl]"]
    assert patterns[normalize._ARROBA_HINT] == r"(?i)arroba(?<=\sarroba)\s"
    assert len(normalize._ASCII_HINTS[True, True, True]) == len(patterns)


_HINT_PIECES = ["jane", "at", "AT", "At", "aT", "dot", "DOT", "arroba", "ARROBA", "ArRoBa",
                "gmail", "com", "(a)", "(at)", "[at]", "{dot}", "<at>", "_at_", "-at-", ".at.",
                "O1", "l2", "I3", "o4", "7O03", "l23456", "79l1", "1", "0", "Oil", " ", "  ",
                "\t", "@", " @ ", ".", "j a n e", "a b c d", "Universität", "ät", "arobase",
                "Kelvin", "ſ", "İ", "ı", "٣", "x"]


def test_the_spelt_hint_answers_as_before() -> None:
    rng = random.Random(59)
    texts = ["", "at", "cat at hat", "jane at gmail dot com", "ARROBA", "l23456", "7O03",
             "Step 1: open the app", "meet me at noon", "a b c d e"]
    for _ in range(30000):
        joiner = rng.choice([" ", "", "\n", "_"])
        texts.append(joiner.join(rng.choice(_HINT_PIECES) for _ in range(rng.randint(1, 10))))
    assert sum(map(_old_spelt_hint, texts)) > 1000  # the texts do hold hints
    assert sum(text.isascii() and not _old_spelt_hint(text) for text in texts) > 1000
    for text in texts:
        assert normalize._spelt_hint(text) == _old_spelt_hint(text), repr(text)

"""The gate's reuse and quick word lists give the answers they replace: `Words` is
`any(word in text ...)` for every list the detectors' needs ask, on texts long and short, ASCII
and not; a front matter value's findings, kept for the next article with the same value, are
its own for that article's allowances, region and lines."""

from __future__ import annotations

from random import Random

from kbgen.core import command_passwords
from kbgen.core.privacy import (
    colon_letters,
    detectors,
    letter_passwords,
    owned_secrets,
    password_rows,
    passwords,
    pins,
    scan_data,
    world_passwords,
)
from kbgen.core.privacy.model import EMAIL, NOTHING_ALLOWED, PHONE, Allowed
from kbgen.core.word_needs import SHORT, Words

_LISTS = {
    "letter": letter_passwords._FORMS, "world": world_passwords._FORMS,
    "colon": colon_letters._WORDS, "rows": password_rows._WORDS, "pins": pins.NEEDS,
    "owned": owned_secrets._SECRET_WORDS, "owners": owned_secrets.OWNERS,
    "hints": passwords._PASSWORD_HINTS, "tools": command_passwords._TOOL_WORDS,
    "env": command_passwords._ENV_WORDS, "short": detectors.SHORT_NEEDS,
    "hooks": detectors._HOOK_NEEDS, "links": detectors._PHONE_LINK_WORDS,
    "hosts": detectors._HOST_WORDS,
}
_FILLER = ["the ", "Open ", "settings", " and ", "тест ", "設定 ", "ß", "\u212a", ": ", "\n", "|",
           "é", "pa", "ss", "wo", "rd", "-", "."]


def _text(chooser: Random, words: tuple[str, ...], long: bool) -> str:
    """Filler, sometimes with a word of the list whole, cut short or changed in case."""
    filler = _FILLER if chooser.random() < 0.5 else [part for part in _FILLER if part.isascii()]
    parts = [chooser.choice(filler) for _ in range(chooser.randint(1, 40 if not long else 400))]
    for _ in range(chooser.randint(0, 2)):
        word = chooser.choice(words)
        word = chooser.choice([word, word[:-1], word[1:], word.upper(), word])
        parts.insert(chooser.randrange(len(parts) + 1), word)
    return "".join(parts)


def test_words_answer_as_any_word_in_the_text() -> None:
    chooser = Random(37)
    for name, listed in _LISTS.items():
        words = tuple(listed)
        quick = Words(words)
        answers = set()
        for long in (False, True):
            for _ in range(400):
                text = _text(chooser, words, long)
                expected = any(word in text for word in words)
                assert quick(text) is expected, (name, text)
                answers.add((expected, len(text) > SHORT, text.isascii()))
        assert {(True, False, True), (False, False, True), (True, True, True),
                (False, True, False)} <= answers, name  # each way of asking was tried


def test_words_holding_others_and_other_scripts() -> None:
    quick = Words(("пароль", "pass", "password", "wachtwoord"))
    assert quick.words == ("пароль", "pass", "wachtwoord")  # `password` holds `pass`
    assert quick.ascii == ("pass", "wachtwoord")
    assert quick("мой пароль") and quick("x" * 300 + "пароль")
    assert not quick("passe-partout".replace("ss", "s")) and quick("a password")
    assert not Words(())("anything") and Words(("",))("")


def _line_of(first: int):  # noqa: ANN202 - a key path's line in a made-up file
    return lambda key_path: first


def test_a_repeated_value_is_judged_with_each_articles_allowances_and_lines() -> None:
    value = {"contact": "Write to jane.doe@gmail.com or call +44 20 7946 0958."}
    first = scan_data(value, NOTHING_ALLOWED, _line_of(3))
    allowed = Allowed(emails=frozenset({"jane.doe@gmail.com"}))
    second = scan_data(value, allowed, _line_of(9))
    third = scan_data(value, NOTHING_ALLOWED, _line_of(12))
    assert {finding.kind for finding in first} >= {EMAIL, PHONE}
    assert {finding.kind for finding in second} == {PHONE}  # the address is allowed there
    assert [finding.line for finding in first] == [3] * len(first)
    assert [finding.line for finding in third] == [12] * len(third)
    assert [(f.kind, f.excerpt) for f in third] == [(f.kind, f.excerpt) for f in first]
    region = scan_data({"phone": "Call 020 7946 0958 today."}, NOTHING_ALLOWED, _line_of(1),
                       default_region="GB")
    unplaced = scan_data({"phone": "Call 020 7946 0958 today."}, NOTHING_ALLOWED, _line_of(1))
    assert {f.kind for f in region} != {f.kind for f in unplaced}  # the region counts

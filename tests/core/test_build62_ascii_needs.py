"""A case-blind expression asked of an ASCII text as words (issue 13, build62): the words
`ascii_words` spells out of an expression find exactly what the expression finds in an ASCII
text, and never more in any text; the shapes `may_match_ascii` leaves out of ASCII lines find
nothing there; the login phrases' need and shapes answer as before."""

from __future__ import annotations

import random
import re
import sys

import pytest

from kbgen.core.ascii_needs import ascii_words, leading_words, may_match_ascii
from kbgen.core.normalize import CONFUSABLES
from kbgen.core.privacy import detectors, line_alone, scan, stated_settings
from kbgen.core.privacy import login_phrases as lp
from kbgen.core.privacy import secret_compounds as sc
from kbgen.core.word_needs import Words

_PATTERNS = [
    lp._NEEDS,
    re.compile(r"(?i)as[ \t]|/|kullanıcı(?:[ \t]+adı)?|l[öo]senord|ſet|giriş"),
    re.compile(r"(?i)(?:use|using)[ \t]|pass(?:word|wd)?|x{2,3}y"),
    re.compile(r"(?i:ab)-|(?-i:[0-9])(?i:q)"),
]


def _texts(pattern: re.Pattern[str], seed: int) -> set[str]:
    """Texts made of the pattern's own letters, the look-alikes `(?i)` folds, other scripts."""
    letters = sorted({ch for ch in pattern.pattern if ch.isalnum()} | set(" \t/\n.,"))
    letters += ["İ", "ı", "ſ", "\u212a", "ş", "ö", "а", "с", "’", "É", "A", "S", "U", "K"]
    words = [word for word in re.split(r"[^\w]+", pattern.pattern) if word]
    rng = random.Random(seed)
    texts = {*words, *(word.upper() for word in words), *(f"x {word} y" for word in words)}
    for _ in range(6000):
        parts = [rng.choice(words) if rng.random() < 0.3 else rng.choice(letters)
                 for _ in range(rng.randint(1, 12))]
        texts.add("".join(parts) if rng.random() < 0.5 else " ".join(parts))
    return texts


@pytest.mark.parametrize("index", range(len(_PATTERNS)))
def test_words_find_what_the_expression_finds(index: int) -> None:
    pattern = _PATTERNS[index]
    words = ascii_words(pattern)
    assert words
    asked = Words(words)
    for text in _texts(pattern, index):
        found = pattern.search(text) is not None
        if text.isascii():
            assert asked(text.lower()) == found, text
        elif asked(text.lower()):  # any text: the words never find more
            assert found, text


def test_the_words_of_the_login_need() -> None:
    words = ascii_words(lp._NEEDS)
    assert words is not None
    assert {"as ", "as\t", "/", "using", "kak", "kullanici", "losenord", " c ", " s "} <= set(
        words)
    assert not any(ch > "\x7f" for word in words for ch in word)


@pytest.mark.parametrize("pattern", [
    r"(?i)(?<!x)abc", r"(?i)ab+c", r"abc", r"(?i)a[^b]c", r"(?i)a\wc", r"(?i)a?", r"(?i)a|",
    r"(?i:ab)c",
])
def test_no_words_where_the_expression_is_not_a_choice_of_strings(pattern: str) -> None:
    """A look-behind, an unbounded repeat, letters matched as written, a class of everything,
    an expression that matches the empty string: run as an expression."""
    assert ascii_words(re.compile(pattern)) is None


def test_only_two_characters_lower_case_to_ascii_and_re_matches_them() -> None:
    """What makes the words sound on any text: a character whose lower case holds an ASCII
    letter is one `(?i)` matches to that letter, and no look-alike the gate folds."""
    found = {}
    for code in range(128, sys.maxunicode + 1):
        lowered = chr(code).lower()
        if any(ch < "\x80" for ch in lowered):
            found[chr(code)] = lowered
    assert found == {"İ": "i̇", "\u212a": "k"}
    assert re.fullmatch("(?i)i", "İ") and re.fullmatch("(?i)k", "\u212a")
    assert not set(map(ord, found)) & set(CONFUSABLES)


@pytest.mark.parametrize(("pattern", "may"), [
    (r"(?i)giriş", False), (r"(?i)x(?:ş)+", False), (r"(?i)(?:ş|ö)y", False),
    (r"(?i)gırış", False), (r"(?i)gır", True),  # `ı` is `i` case-blind; `ş` is no ASCII letter
    (r"(?i)[şa]", True), (r"(?i)(?:ş|a)", True), (r"(?i)x(?:ş)*", True), (r"(?i)x(?=ş)", True),
    (r"(?i)ſ", True), (r"ſ", False), (r"(?i)\u212a", True), (r"[^ş]", True), (r"\w", True),
])
def test_may_match_ascii(pattern: str, may: bool) -> None:
    assert may_match_ascii(re.compile(pattern)) is may


def test_login_shapes_left_out_of_ascii_lines() -> None:
    assert lp._ASCII_SHAPES == (lp._AS_LOGIN, lp._WITH_LOGIN, lp._USE_LOGIN,
                                lp._USER_THEN_PASSWORD, lp._COMPOUND)
    assert lp._JOINED_TR.search("admin ve Yaz2024! ile giriş")
    assert lp._SCRIPT.search("كلمة المرور هي Summer2024!")


_LINES = [
    "Log in as admin / Summer2024! to check.", "log in as `admin` with `Summer2024!`",
    "Inicia sesión como admin con Verano2024!", "Use admin with Summer2024! to sign in",
    "admin ve Yaz2024! ile giriş yapın", "كلمة المرور هي Summer2024!", "Uživatel admin, heslo X",
    "Das Standardpasswort des Routers ist Sommer2024!", "Sign in with admin and Falcon-1234",
    "USE ADMIN WITH X", "uſe admin", "Пользователь admin, пароль Leto2024!", "nothing here",
    "ВОЙДИТЕ как admin / x", "Войдите с admin и Leto2024!", "the \u212aELVIN as admin/x",
    "kullanıcı adı admin", "KULLANICİ admin", "Utilisez admin", "a/b", "", "\t", "as\tx",
]


def _scanned(text: str) -> list[object]:
    line_alone._alone.cache_clear()  # a line's hits are kept: read each anew
    detectors._may_find_kept.cache_clear()  # and a short text's detectors
    return list(scan(text))


@pytest.fixture(scope="module")
def before_and_now() -> tuple[list[list[object]], list[list[object]]]:
    """Every line and the whole text scanned as now, then as before (the expression asked of
    every text, every shape of every line)."""
    texts = [*_LINES, "\n".join(_LINES)]
    now = [_scanned(text) for text in texts]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lp, "_NEEDS_IN_ASCII", None)
        patch.setattr(lp, "_ASCII_SHAPES", lp._SHAPES)
        before = [_scanned(text) for text in texts]
    line_alone._alone.cache_clear()
    return before, now


@pytest.mark.parametrize("index", range(len(_LINES) + 1))
def test_login_findings_as_before(before_and_now: tuple[list[list[object]], list[list[object]]],
                                  index: int) -> None:
    before, now = before_and_now
    assert now[index] == before[index]


def test_login_findings_are_found(before_and_now: tuple[list[list[object]],
                                                       list[list[object]]]) -> None:
    assert sum(1 for found in before_and_now[1][:-1] if found) >= 8


@pytest.mark.parametrize("line", _LINES)
def test_login_need_as_before(line: str) -> None:
    folded = line.translate(CONFUSABLES)
    assert lp.needs(line, folded) == bool(lp._NEEDS.search(folded))


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?i)(?:phrase|psk|key)\b", ("key", "phrase", "psk")),
    (r"(?i)(?<![\w-])(?:as|als)[ \t]+x", ("als", "as")),
    (r"(?i)ab+c", ("a",)), (r"(?i)a?b", ("ab", "b")), (r"(?i)ſ\w", ("s",)),
    (r"\bfoo", None), (r"(?i)(?:a|b+)c", None), (r".x", None), (r"(?i)x?", None),
])
def test_leading_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert leading_words(re.compile(pattern)) == words


def test_secret_compounds_need_as_before() -> None:
    """An ASCII text without the words the need starts with is not asked the expression: the
    same answer on texts made of its words, boundaries, case changes and look-alikes."""
    assert sc._LEADING == ("key", "passwd", "password", "passwort", "phrase", "psk", "pwd",
                           "secret")
    texts = _texts(sc._NEEDS, 62) | {"KEY", "keys", "monkey", "pſk", "\u212aey", "PwD_", "x"}
    for text in texts:  # or a sentence stating a setting (gap65: stated_settings)
        assert sc.needs(text, "") == (bool(sc._NEEDS.search(text))
                                      or stated_settings.needs(text, "")), text

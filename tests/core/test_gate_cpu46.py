"""The gate's cheaper checks (build46) answer as the checks they stand before: a word list's
tree of shared beginnings finds what the words one by one find, the keytab rule's substring
hint lets through every text its expression would, the spelt-address rewrites skipped on a
line lacking their mark change nothing there, and expressions that look behind from their
first character find what they found looking behind first."""

from __future__ import annotations

import re

import pytest

from kbgen.core.normalize import _spelt_hint, normalize_line
from kbgen.core.privacy import PASSWORD, TOKEN, scan
from kbgen.core.privacy.context import _fold
from kbgen.core.privacy.keytab_keys import _HINT, needs
from kbgen.core.privacy.spaced_hex import _RUN as _HEX_RUN
from kbgen.core.privacy.spaced_values import RUN as SPACED_RUN
from kbgen.core.privacy.spaced_values import _spaced_needs
from kbgen.core.word_needs import SHORT, Words

LISTS = [
    ("pass", "pwd", "pw", "passphrase", "secret"),
    ("a-b", "a]", "a^", "a\\", "[x", "a.", "a b", "é", "ä-", "(a)"),
    ("пароль", "パスワード", "mot de passe", "mot", "contraseña"),
    (" ät ", " Ät ", " arobase ", " собака "),
    ("",),
]
TEXTS = ["", "pw", "p w", "password", "a-b", "a-c", "a]", "a\\b", "[x]", "ab", "a b", "xé",
         "ä-", "ä", "(a)", "(b)", "мой пароль", "パス", "mot", "Universität ist", " ät ",
         "x собака y", "nothing here"]


@pytest.mark.parametrize("words", LISTS)
def test_a_word_list_finds_what_its_words_find(words: tuple[str, ...]) -> None:
    needed = Words(words)
    for text in TEXTS + [text + " " * SHORT for text in TEXTS]:  # short and long texts
        assert needed(text) == any(word in text for word in words), (words, text)


HINTED = ["  2  AES256-CTS-HMAC-SHA1-96  host/x@EXAMPLE.COM  7c8d9e0a1b2c3d4e",
          "aes128-cts 0123456789abcdef01", "Des3-CBC-sha1 0123456789abcdef01",
          "DES-HMAC-SHA1 0123456789abcdef", "ArcFour-hmac 0123456789abcdef",
          "RC4-HMAC 0123456789abcdef", "CAMELLIA256-cts 0123456789abcdef",
          "(18:AES256 CTS mode) 0x7c8d9e0a1b2c3d4e", "3:des 0123456789abcdef",
          "aeſ256-cts 0123456789abcdef",  # re.I reads ſ as s; _fold too
          "describes 0123456789abcdef", "des 0123456789abcdef", "aes 0123456789abcdef"]


@pytest.mark.parametrize("text", HINTED)
def test_the_keytab_hint_lets_through_what_its_expression_finds(text: str) -> None:
    hinted = bool(_HINT.search(text)) or "ktpass" in _fold(text)
    assert needs(text, _fold(text)) == hinted


def test_a_keytab_row_in_capitals_is_still_found() -> None:
    text = ("Vno  Type  Principal  Key\n  2  AES256-CTS-HMAC-SHA1-96  host/x@EXAMPLE.COM  "
            "7c8d9e0a1b2c3d4e3f8a9c1d2e4b5a6f")
    assert TOKEN in {finding.kind for finding in scan(text)}


@pytest.mark.parametrize("line, shown", [
    ("write to jane at example DOT org", "write to jane@example.org"),
    ("write to jane at example dot org", "write to jane@example.org"),
    ("jane [AT] example [DOT] org", "jane@example.org"),
    ("jane {at} example {dot} org", "jane@example.org"),
    ("j a n e @ g m a i l . c o m", "jane@gmail.com"),
    ("j a n e a t g m a i l", "j a n e a t g m a i l"),  # no `@`: letters stay apart
    ("jane @ gmail . com", "jane@gmail.com"),
    ("jane (at) example (dot) org", "jane@example.org"),
    ("look at this point ahead", "look at this point ahead"),
])
def test_spelt_addresses_are_joined_as_before(line: str, shown: str) -> None:
    assert normalize_line(line) == shown


SPACED_HEX_BEFORE = re.compile(r"(?<![0-9A-Fa-f])(?<![0-9A-Fa-f][ :-])[2-7][0-9A-Fa-f]([ :-])"
                               r"(?:[2-7][0-9A-Fa-f]\1){10,}[2-7][0-9A-Fa-f](?![0-9A-Fa-f])")
"""spaced_hex's run as it was written, its look-behinds first."""
HEX = "73 6b 5f 6c 69 76 65 5f 34 65 43 33 39"
HEX_EDGES = [HEX, f"a{HEX}", f"1 {HEX}", f"f-{HEX}", f"x {HEX}", f"é{HEX}", f"{HEX}a",
             HEX.replace(" ", ":"), HEX.replace(" ", "-"), f"{HEX} {HEX}", f"7 {HEX}",
             HEX.replace(" ", ":", 3), HEX[:20], f"{HEX}\n{HEX}", ""]


@pytest.mark.parametrize("text", HEX_EDGES)
def test_spaced_hex_runs_are_those_of_the_look_behind_first_expression(text: str) -> None:
    expected = [(match.span(), match.group(1)) for match in SPACED_HEX_BEFORE.finditer(text)]
    assert [(match.span(), match.group(1)) for match in _HEX_RUN.finditer(text)] == expected


SPACED = "C a r d   4 5 3 9   1 4 8 8"
SPACED_EDGES = [SPACED, f"x{SPACED}", f"({SPACED})", f"{SPACED}x", f"é {SPACED}",
                f"ab {SPACED[:21]}", SPACED.replace("   ", "    "), f"a\n{SPACED}",
                f"\t{SPACED}", " " + SPACED, SPACED[:22], "a b c d e f g h i j k l", ""]


@pytest.mark.parametrize("text", SPACED_EDGES)
def test_the_spaced_values_need_is_whether_a_run_is_there(text: str) -> None:
    assert _spaced_needs(text, text.lower()) == (SPACED_RUN.search(text) is not None)


@pytest.mark.parametrize("text", [
    "das PASSWORT auf Kq8vNz3Lw2Pd SETZEN",  # _LAST: its verb asked first, in any case
    "Het wachtwoord op Kq8vNz3Lw2Pd zetten",
    "Şİfreyi Kq8vNz3Lw2Pd OLARAK ayarla",  # _OLARAK
    "We picked Kq8vNz3Lw2Pd\tAS the new password",  # _CHOSEN: `as` between blanks
    "Your password has been CHANGED to Kq8vNz3Lw2Pd",  # _AFTER: a participle
    "Le mot de passe a été défini sur Kq8vNz3Lw2Pd",
    "パスワードを「Kq8vNz3Lw2Pd」に設定",  # _UNSPACED: a line with CJK only
    "비밀번호를 Kq8vNz3Lw2Pd로 설정",
])
def test_a_password_set_is_found_past_its_patterns_needs(text: str) -> None:
    assert PASSWORD in {finding.kind for finding in scan(text)}, text


HINTS_BEFORE = [re.compile(f"(?i){hint}") for hint in (
    r"[OoIl]\d", r"[^\w\s]at[^\w\s]", r"\sarroba\s", r"(?<!\S)\S \S \S \S ")]
"""The hints of normalize's _SPELT_HINTS that now look behind from their rarest character."""


@pytest.mark.parametrize("text", [
    "l23456", "ı2", "İ2", "Call O7", "x9", "-at-", "jane-AT-example", "(at)", "hat.", "_at_",
    "jane arroba gmail", "jane ARROBA\tgmail", "xarroba y", "j a n e x", "ja n e x", "a b c d ",
    "\nj a n e ", "é a b c d ", "",
])
def test_spelt_hints_looking_behind_later_hold_where_they_held(text: str) -> None:
    held = any(hint.search(text) for hint in HINTS_BEFORE)
    assert not held or _spelt_hint(text), text


def test_a_password_set_across_two_lines_is_still_found() -> None:
    text = "Log in as root.\nThen set the admin\nPASSWORD to Kq8vNz3Lw2Pd, and restart."
    assert [(finding.line, finding.kind) for finding in scan(text)] == [(3, PASSWORD)]

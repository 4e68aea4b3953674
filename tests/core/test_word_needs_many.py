"""A list of more than MANY words searches a long text with its tree of shared beginnings
(kbgen.core.word_needs): it finds what the words one by one find, in ASCII texts and others,
wherever in the text the word is."""

from __future__ import annotations

import pytest

from kbgen.core.word_needs import MANY, SHORT, Words

WORDS = ("pass", "passwort", "pwd", "pw", "secret", "secrets", "token", "tok", "key", "keys",
         "pin", "pincode", "wachtwoord", "contraseña", "senha", "salasana", "hasło", "haslo",
         "parola", "пароль", "パスワード", "密码", "비밀번호", "şifre", "a-b", "a]", "a\\",
         "[x", "a.b", "(a)", " ät ", *(f"zq{number:02d}" for number in range(MANY)))
FILLER = "nothing to see here, only words of prose and numbers 12345 " * 8


def _texts(word: str) -> list[str]:
    return [word + FILLER, FILLER + word, FILLER[:100] + word + FILLER[100:],
            FILLER + word[:-1], FILLER + word[1:], FILLER + word.upper()]


@pytest.mark.parametrize("word", WORDS + ("é", "ä", "pas", "secre", "x", "a b"))
def test_many_words_find_in_long_texts_what_each_word_finds(word: str) -> None:
    assert len(WORDS) > MANY
    needed = Words(WORDS)
    for text in _texts(word) + [text + "é" for text in _texts(word)]:  # ASCII and not
        assert len(text) > SHORT
        assert needed(text) == any(listed in text for listed in WORDS), (word, text)

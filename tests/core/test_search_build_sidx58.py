"""The search index's faster readings answer as the expressions they replace (issue 13):
tokens found rather than split, phrasal verbs searched by their first letters, Markdown's
punctuation replaced in two passes, numbers written by a look-up, one-word synonym phrases
known in advance. Each on seeded random texts of the pieces that matter and on the sample
help centre's articles."""

from __future__ import annotations

import re
from pathlib import Path
from random import Random

import pytest

from kbgen.core import search, search_phrases, search_text
from kbgen.core.search_fields import SEPARATOR
from kbgen.core.synonyms import Synonyms

CONTENT = Path(__file__).resolve().parents[2] / "content"
ARTICLES = sorted(CONTENT.rglob("*.md"))


def _texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
            for _ in range(count)]


SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680",
          "\u2000", "\u2028", "\u202f", "\u3000", "\u200b", "\ufeff"]
"""Unicode's white space (what `\\s` matches) and two characters that look like it and are
not."""


def test_tokens_are_the_pieces_splitting_by_the_separator_leaves() -> None:
    split = re.compile(SEPARATOR)
    pieces = [*SPACES, *"-,;:!?()[]{}\"/|", "a", "Z", "0", "_", ".", "'", "\\", "İ", "ß", "K",
              "ERR_SYNC_409", "can't"]
    texts = _texts(pieces, 30_000, 1) + [path.read_text(encoding="utf-8") for path in ARTICLES]
    for text in texts:
        assert search.tokens(text) == [t for t in split.split(text.lower()) if t], repr(text)


LOOKING_BEHIND = re.compile(r"(?<![\w'])" + search_phrases._PATTERN.pattern)
"""The phrases' pattern with its look-behind in front, as it was written."""


def test_phrases_are_found_as_by_the_pattern_with_its_look_behind_in_front() -> None:
    pieces = ["turn", "turns", "turning", "switch", "sent", "send", "log", "logs", "sign",
              "set", "setting", " ", "  ", "\n", "\t", "\xa0", "'", "_", "x", "s", "off", "on",
              "in", "into", "out", "up", "back", "-", ".", "é", "3"]
    texts = _texts(pieces, 30_000, 2) + [path.read_text(encoding="utf-8").lower()
                                         for path in ARTICLES]
    for text in texts:
        assert ([m.span() for m in search_phrases._phrases(text)]
                == [m.span() for m in LOOKING_BEHIND.finditer(text)]), repr(text)


@pytest.mark.parametrize("word", sorted(set(search_phrases.PHRASES.values())))
def test_a_meant_word_is_a_word_of_the_text_as_a_whole_word_search_says(word: str) -> None:
    """`Synonyms.expand` adds a phrase's word unless the text has it: read from the text's
    words, as the search for it as a whole word read it."""
    texts = _texts([word, word[:-1], "x", "_", " ", "'", "-", "é", "\n", "1"], 5_000, 3)
    for text in texts:
        assert ((word in set(re.findall(r"\w+", text)))
                == (re.search(rf"(?<!\w){word}(?!\w)", text) is not None)), repr(text)


def test_expand_with_one_word_phrases_and_phrasal_verbs() -> None:
    synonyms = Synonyms([["log in", "sign in", "login"], ["wifi", "wi-fi"], ["app", "a.p.p"]],
                        concepts=True)
    assert synonyms.expand("How to log in") == "How to log in sign in login"
    assert synonyms.expand("login_page wifi") == "login_page wifi wi-fi"
    assert synonyms.expand("turn off the app") == "turn off the app a.p.p disable"
    assert synonyms.expand("turn off to disable") == "turn off to disable"
    assert synonyms.expand("turn off to disabled") == "turn off to disabled disable"


def test_markdown_punctuation_is_replaced_in_two_passes_as_in_one() -> None:
    pieces = ["\n", " ", "\t", "-", "+", "*", "1", "12", ".", ")", ">", ">>", "|", "#", "##",
              "a", "`", "```", "    ", "_", "&amp;", "\r\n", "\u2028"]
    texts = _texts(pieces, 30_000, 4) + [path.read_text(encoding="utf-8") for path in ARTICLES]
    for text in texts:
        assert (search_text._MARKS.sub(" ", text).replace("|", " ").replace("#", " ")
                == search_text._PUNCTUATION.sub(" ", text)), repr(text)


def test_numbers_are_written_as_the_table_and_number_write_them() -> None:
    table = search._NUMBERS
    for value in [*range(-len(table), 60_000), 10**6, 10**9]:
        assert search._written(value) == (table[value] if value < len(table)
                                          else search._number(value))

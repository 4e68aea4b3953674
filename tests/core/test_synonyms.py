"""Synonym groups expanded into the text they appear in."""

from __future__ import annotations

import pytest

from kbgen.core.synonyms import Synonyms

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

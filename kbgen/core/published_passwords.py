"""Passwords published as examples so famously that no one can use them secretly, for the gate
(issue 19).

`correct horse battery staple` is the passphrase of xkcd 936 ("Password Strength", 2011):
documentation uses it as the example passphrase (Pi-hole's Docker guides set it as the web
password), and every cracking word list holds it, so writing it leaks nothing. Only the four
words exactly, in that order, joined by nothing or by one space, `-` or `_` each (the same
throughout) and ending the value (the
end of the line, a quote, or `.,;)` and a space) pass; `correct_horse_battery_password9`,
`correct horse battery staple9` or the phrase with more text after it stay findings: an
attacker can add nothing to it.
"""

from __future__ import annotations

import re

REASON = "the passphrase of xkcd 936, published as the example of one (in every word list)"
_PHRASE = re.compile(r"(?i)correct([ _-]?)horse\1battery\1staple(?=$|[\"'`]|[.,;)](?:\s|$))")


def famous_example(line: str, start: int) -> bool:
    """The value starting at `start` of `line` is xkcd 936's passphrase and nothing more."""
    return _PHRASE.match(line, start) is not None


_WORDS = re.compile(r"(?i)correct[ _-]?horse[ _-]?battery[ _-]?staple")


def holds_phrase(value: str) -> bool:
    """`value` holds xkcd 936's passphrase (maybe with more glued to it: then no longer the
    published example, and a `!` after it is part of the password, not of the sentence)."""
    return _WORDS.search(value) is not None

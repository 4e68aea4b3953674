"""Values that step through the digits and the alphabet in turn, for the gate (issue 19,
branch fp66).

NetBird's profile guide prints `Profile removed: e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0`: a letter,
a digit, the next letter, the next digit, and so on, each run counting up and starting over
at its end (`f` then `a` among hex digits, `9` then `0`); `a1b2c3d4e5f6g7h8i9j0` is the same
made-up id. detect-secrets' sequential check knows only one run (`abcdef…`, `0123…`); two runs
interleaved read as random to the entropy check.

Accepted only when the whole value alternates a letter and a digit, letters of one case, each
letter the one after the letter before it (in the hex letters `a`-`f`, or in the alphabet,
wrapping at the end) and each digit the one after the digit before it (wrapping `9` to `0`).
A key drawn at random does so about once in 6^n * 10^n for n pairs: a value of 16
characters or more (the shortest the token rules read is 20) is never a real key this way;
one misplaced character (`e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b1`) or a second case
(`e5F6a7b8…`) keeps it a finding, and so does a value the line gives to someone or to a live
system (placed_above.says_whose, read in kbgen.core.privacy.tokens: `Profile token (Acme Ltd):
e5f6…`, `Our production API key is e5f6…`: fp48's counted-hex leaks).
"""

from __future__ import annotations

MIN_LENGTH = 16
"""The shortest value read as stepped (shorter ones are not read as keys at all)."""

_HEX_LETTERS = "abcdef"
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def stepped(value: str) -> bool:
    """`value` alternates a letter and a digit, each run counting up by one and wrapping."""
    if len(value) < MIN_LENGTH or not value.isascii() or not value.isalnum():
        return False
    if not (value.islower() or value.isupper()):
        return False
    letters = value[0::2] if value[0].isalpha() else value[1::2]
    digits = value[1::2] if value[0].isalpha() else value[0::2]
    if not letters.isalpha() or not digits.isdigit():
        return False
    return _counts_up(digits, "0123456789") and (
        _counts_up(letters.lower(), _HEX_LETTERS) or _counts_up(letters.lower(), _ALPHABET))


def _counts_up(run: str, cycle: str) -> bool:
    """Each character of `run` is the one after the character before it in `cycle`
    (wrapping at its end)."""
    if any(ch not in cycle for ch in run):
        return False
    return all(cycle[(cycle.index(before) + 1) % len(cycle)] == after
               for before, after in zip(run, run[1:]))

"""Addresses said aloud: groups of digits or digit words joined by a spoken dot (issue 19,
leak48). `192 dot 168 dot 1 dot 23`, `one nine two dot one six eight dot one dot two three`,
`eins neun zwei Punkt …`, `uno nove due punto …`, `um nove dois ponto …`, `192 kropka 168 …`:
a support agent writes down what a customer read out on the phone. number_words reads digit
words but no dot words, so the address was read by no rule. Each run of four groups joined by
a dot word is read again written `192.168.1.23` and judged as addresses are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.folded_words import folded_pattern
from kbgen.core.normalize import normalize_text
from kbgen.core.privacy.compound_numbers import _digits as compound_digits
from kbgen.core.privacy.compound_numbers import _is_number as _compound
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits
from kbgen.core.privacy.number_words import _VALUE

_SAID = ("dot", "point", "period", "punkt", "punto", "ponto", "punt", "kropka", "piste",
        "pont", "tečka", "tecka", "точка", "tochka")
DOTS = tuple(dict.fromkeys((*_SAID, *(normalize_text(word).lower() for word in _SAID))))
"""The word for `.` said aloud in English, French, German, Nordic, Spanish, Italian,
Portuguese, Dutch, Polish, Finnish, Hungarian, Czech and Russian, and as the scanner's text
writes them (Cyrillic look-alike letters Latin)."""
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


_SPOKEN = re.compile(folded_pattern(rf"[ \t](?:{'|'.join(DOTS)})[ \t]"))
"""A dot word between spaces (in folded text)."""


def needs(text: str, folded: str) -> bool:
    """Whether a folded text says three dot words between spaces, as an address does."""
    found = _SPOKEN.finditer(folded)
    return next(found, None) is not None and next(found, None) is not None and next(
        found, None) is not None


def _spoken_dots(line: str, context: _Context) -> Iterator[_Hit]:
    """What a line's addresses said aloud are, written with digits and dots."""
    if needs(line, line.lower()):
        yield from replaced_hits(line, list(_runs(line)), context, "an address said aloud")


def _runs(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) of each chain of exactly four groups of numbers (digits or number
    words) joined by dot words, only spaces between its words."""
    chain: list[tuple[int, int, bool]] = []  # (start, end, is a dot word) of the chain read
    for token in _TOKEN.finditer(line):
        word = token.group().lower()
        dot = word in DOTS
        if not (dot or _is_number(word)):
            yield from _address(line, chain)
            chain = []
            continue
        if chain and not _SPACES.fullmatch(line, chain[-1][1], token.start()):
            yield from _address(line, chain)
            chain = []
        chain.append((token.start(), token.end(), dot))
    yield from _address(line, chain)


def _address(line: str, chain: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int, str]]:
    """The address a chain says, if it is four groups of numbers split by single dot words."""
    if sum(dot for _, _, dot in chain) != 3 or chain[0][2] or chain[-1][2]:
        return
    if any(dot and after for (_, _, dot), (_, _, after) in zip(chain, chain[1:])):
        return
    groups, start = [], chain[0][0]
    for at, (_, _, dot) in enumerate(chain):
        if dot:
            groups.append(_digits(line[start:chain[at - 1][1]]))
            start = chain[at + 1][0]
    groups.append(_digits(line[start:chain[-1][1]]))
    yield chain[0][0], chain[-1][1], ".".join(groups)


_SPACES = re.compile(r"[ \t]+|[ \t]*[-–][ \t]*")


def _is_number(word: str) -> bool:
    """Digits a group may hold (three at most), or a number word of number_words' or
    compound_numbers' languages."""
    return word.isdigit() and len(word) <= 3 or word in _VALUE or _compound(word)


def _digits(group: str) -> str:
    """A group's digits: as written, or as its words say them."""
    return group if group.isdigit() else compound_digits(group)[0].replace(" ", "")

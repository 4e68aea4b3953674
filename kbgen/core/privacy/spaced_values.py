"""A value written one character at a time, each split from the next by a space: `4 5 3 9 1 4 8
8 ...`, `A K I A ...`, `G B 3 3 B U K B ...`. A reader reads it whole; it is read again with the
spaces dropped and judged as written so (the PINs and phone numbers short runs make:
kbgen.core.privacy.spaced_digits, phones)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import decoded_hits

RUN = re.compile(r"(?<!\S)\S(?: {1,3}\S){11,}(?!\S)")
"""Twelve characters or more, each alone between spaces: one between a word's characters,
two or three between words (fewer characters make no card, key or IBAN)."""
_AFTER_FIRST = re.compile(r" (?<=(?<!\S)\S ) {0,2}\S(?: {1,3}\S){10,}(?!\S)")
"""Whether a text holds a RUN, searched from the run's first space (an expression opening
with a look-behind is tried at every character, one opening with a space only at spaces:
three times quicker on whole articles, build46)."""
_INSIDE = re.compile(r"(?<=\S) (?=\S)")
_BETWEEN = re.compile(r" {2,3}")


def joined(run: str) -> str:
    """A run with its words' characters joined, its words split by one space:
    `C a r d   4 5 3 9` is `Card 4539`."""
    return _BETWEEN.sub(" ", _INSIDE.sub("", run))


def _spaced_values(line: str, context: _Context) -> Iterator[_Hit]:
    """A card number, IBAN or key written one character at a time, judged joined."""
    spans = [match.span() for match in RUN.finditer(line)]
    if spans:
        yield from decoded_hits(line, RUN.sub(lambda match: joined(match.group()), line),
                                spans[0][0], spans[-1][1], context, "spaced characters")


def _spaced_needs(text: str, folded: str) -> bool:
    """Whether `text` has such a run."""
    return " " in text and _AFTER_FIRST.search(text) is not None

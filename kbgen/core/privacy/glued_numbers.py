"""Phone numbers glued to what stands beside them (issue 19, leak48): `call07911123456`,
`Tel030123456789`, `07911123456pm`, an SVG path's `M0 0L07911123456`, a date's
`2026-12-05+447700900123`, or written with thousands separators after its trunk or country code
(`07,911,123,456`, `+41 79'123'45'67`). phonenumbers reads no number with a letter beside it,
and none split by commas, so a reader saw the number and no rule did. Each such number is read
again set apart by spaces (separators as spaces), and what that reading finds that the line as
written does not is reported at the number.

Glued letters before a number are a phone's word (`call`, `Tel.`, `MOB`, `móvil`), a preposition
before a trunk `0` or a `+` (`on07911…`, `unter030…`), or one SVG path command before one;
letters after it end the word and follow a `0` or `+` (`07911123456pm`: a quantity's unit follows
no trunk). Other letters before digits are an id's scheme (`INC0012345678`, `ord0301234567`,
`ISBN9780306406157`, semver's `+build2026…`) and are left alone, as is a run that mixes letters
and digits again after the number (a hex value)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.digit_needs import GLUED, GROUPED, digit_needs
from kbgen.core.privacy.encoded import replaced_hits

_NUMBER = r"\+?\d(?:[ .\-/]?\d){7,14}"
"""A phone number's digits: 8 to 15, maybe after `+`, split by at most one mark each."""
_PHONE_WORDS = (
    "call|ring|phone|tel|tél|telefon|telefono|teléfono|telefone|téléphone|telephone|fon|fone"
    "|fax|mob|mobile|mobil|móvil|movil|cell|cel|celular|cellulare|portable|handy|gsm|sms"
    "|whatsapp|wa|tlf|tfn|nr|no|num|number|nummer|numéro|numero|número|rufnummer|kontakt"
    "|contact|contatto|contacto")
"""Words a number is given after (English, German, French, Spanish, Italian, Portuguese,
Dutch, Nordic), in any case."""
_PREPOSITIONS = "on|at|to|via|unter|an|bei|au|al|op|su|em|na|pod|på"
"""Words a number follows in a sentence, glued to a number that starts with `0` or `+`."""
_GLUED = re.compile(
    rf"(?i:(?<![\w+])(?:{_PHONE_WORDS})[.:]?|(?<![\w+])(?:{_PREPOSITIONS})(?=[+0]))"
    rf"(?P<before>{_NUMBER})(?!\d|[^\W\d_]+\d)"
    rf"|(?<![^\W\d_])[MLHVCSQTAZmlhvcsqtaz](?=[+0])(?P<path>{_NUMBER})(?!\d)"
    rf"|(?<![\w+-])(?P<after>[+0](?:[ .\-/]?\d){{7,14}})"
    r"(?=(?=[a-f]*[g-zß-ÿ])[a-zß-ÿ]{1,12}(?!\w))"
    rf"|(?<=\d)(?P<plus>\+\d{{8,14}})(?!\d)")
"""A number after glued letters (a phone's word, a preposition, an SVG path's command),
before glued lower-case letters that end the word and are no hex digits alone (`07911123456pm`;
a uuid's `…-0123456789ab`), or after digits with its `+` (a date's)."""
_GROUPED = re.compile(
    r"(?<![\w,.'’])(?P<number>(?:\+\d{1,3}[ .-]?)?\d{1,4}(?:[,'’]\d{2,3}){2,5})(?![\w,'’]|\.\d)")
"""Digits grouped by thousands separators (`,`, `'`, `’`) that start as a phone number does."""


_DIGITS = re.compile(_NUMBER)


def _glued(line: str) -> bool:
    """Whether a number of 8 digits or more has a letter (or `.`, `:` after one) or a digit
    right before it, or a letter right after it: found from the digits (a search from every
    letter, as _GLUED's words start, took four times as long)."""
    for match in _DIGITS.finditer(line):
        start, end = match.span()
        before = line[start - 2:start] if start > 1 else line[:start]
        if (before[-1:].isalnum() or before[-1:] in (".", ":") and before[:1].isalpha()
                or end < len(line) and line[end].isalpha()):
            return True
    return False


def needs(text: str, folded: str) -> bool:
    """Whether `text` may hold a glued or grouped number: eight digits in a row (glued ones
    start so but for their marks) or a separator between digits (digit_needs)."""
    return bool(digit_needs(text) & _WANTED)


_WANTED = frozenset({GLUED, GROUPED})


def _glued_numbers(line: str, context: _Context) -> Iterator[_Hit]:
    """What a line's glued or grouped numbers make, set apart by spaces."""
    if not needs(line, ""):
        return
    runs = []
    for match in _GLUED.finditer(line) if _glued(line) else ():
        group = next(name for name in ("before", "path", "after", "plus") if match.group(name))
        start, end = match.span(group)
        runs.append((start, end, f" {line[start:end]} "))
    for match in _GROUPED.finditer(line):
        number = match.group("number")
        if number.startswith(("+", "0")):
            runs.append((match.start(), match.end(), re.sub(r"[,'’]", " ", number)))
    runs.sort()
    yield from replaced_hits(line, runs, context, "a number written glued")

"""Two-factor backup codes written inside a sentence (hostile round 26): "your backup codes are
1234-5678, 2345-6789 and 3456-7890", "meine Backup-Codes: 83920174, 55128390 und 99201837".
kbgen.core.privacy.recovery_code_lists reads a line of nothing but codes after their name;
words between the codes (`and`, `und`, `et`, `are`) made it skip the line, so main published it.

Read by structure, on a line naming backup or recovery codes (recovery_code_lists.LABEL, in its
languages): its codes (four to ten letters and digits with a digit, maybe two groups joined
by `-` or a space, as recovery_code_lists reads them), MIN_CODES or more different codes of
one shape (the same lengths and joint), each at least MIN_LENGTH letters and digits (sites'
codes are eight or more; a year, a port, a ticket's short number are fewer), and not a series
(numbered identifiers: `KB4012212, KB4012215`; recovery_code_lists._series). Codes a list
below the line holds stay recovery_code_lists' findings.

What makes a list no codes (rev69 F5), by structure: eight digits that are each a calendar
date (`release 20231004 and changed in 20240117`: a year 1990-2099, its month and day), and
a list that a noun right before its first value names as something else: commits
(`commits 4f2a9c1e, 9b7d3e20`, each value hex with a letter, no joint: a short hash) or a
phone's numbers (`short numbers 89002442 or 22223333`, digits only). Random codes are dates
one time in thousands each; a GitHub code, hex too, is two groups joined by `-`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.recovery_code_lists import (
    _RANGE,
    LABEL,
    MIN_CODES,
    _series,
    _shape,
)
from kbgen.core.privacy.recovery_code_lists import needs as _label_needs

_CODES = (re.compile(r"(?<![\w.:/-])(?=[A-Za-z]*\d)[A-Za-z0-9]{4,10}"
                     r"(?:-[A-Za-z0-9]{4,10}|[ ](?=[A-Za-z]*\d)[A-Za-z0-9]{4,10})?"
                     r"(?![\w:/-]|\.\w)"),
          re.compile(r"(?<![\w.:/-])(?=[A-Za-z]*\d)[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?"
                     r"(?![\w:/-]|\.\w)"))
"""recovery_code_lists' code, in prose: a sentence's full stop may end it, and a group joined
by a space holds a digit (`17718553 were` is a code and a word); then read again with no
space joint (`72736501 02322638 55128390` is three codes, not a pair and one)."""
MIN_LENGTH = 8
"""Letters and digits of a code read in prose."""
_COMMITS = re.compile(r"(?i)\b(?:commits?|revisions?|changesets?|hash(?:es)?|sha1?s?)[ ]*:?[ ]*$")
_PHONES = re.compile(r"(?i)\b(?:short|sender|sms|phone|telephone|mobile)[ ]+numbers?[ ]*:?[ ]*$")
_DATE = re.compile(r"(199\d|20\d\d)(\d\d)(\d\d)")
_HEX = re.compile(r"(?=[0-9]*[a-f])[0-9a-f]+")


def needs(text: str) -> bool:
    """Whether a text names backup codes."""
    return _label_needs(text)


def recovery_code_sentences(lines: list[str], context: _Context) -> Iterator[tuple[int, _Hit]]:
    """(line index, hit) of each backup code of a sentence naming them."""
    if not needs("\n".join(lines)):
        return
    for index, line in enumerate(lines):
        if LABEL.search(line) is None:
            continue
        done: set[tuple[int, int]] = set()
        for reading in _CODES:
            for match in _listed(reading, line):
                if match.span() not in done and not any(
                        start < match.end() and match.start() < end for start, end in done):
                    done.add(match.span())
                    yield index, _Hit(match.start(), match.end(), PASSWORD,
                                      _mask_secret(match.group()))


def _listed(reading: re.Pattern[str], line: str) -> list[re.Match[str]]:
    """The codes of `line` as `reading` reads them that make a list (see above)."""
    codes = [match for match in reading.finditer(line)
             if not _RANGE.fullmatch(match.group())
             and sum(char.isalnum() for char in match.group()) >= MIN_LENGTH]
    shapes: dict[tuple[tuple[int, ...], str], set[str]] = {}
    for match in codes:
        shapes.setdefault(_shape(match.group()), set()).add(match.group())
    firsts: dict[tuple[tuple[int, ...], str], int] = {}
    for match in codes:
        firsts.setdefault(_shape(match.group()), match.start())
    listed = {shape for shape, values in shapes.items()
              if len(values) >= MIN_CODES and not _series(values)
              and not _named_otherwise(values, line[:firsts[shape]])}
    return [match for match in codes if _shape(match.group()) in listed]


def _named_otherwise(values: set[str], before: str) -> bool:
    """Whether `values`, a list whose first value `before` precedes on its line, are dates,
    commits or phone numbers (see above)."""
    if all(_is_date(value) for value in values):
        return True
    if _COMMITS.search(before) and all(_HEX.fullmatch(value) for value in values):
        return True
    return _PHONES.search(before) is not None and all(value.isdigit() for value in values)


def _is_date(value: str) -> bool:
    """Whether `value` is eight digits that are a calendar date (YYYYMMDD, 1990-2099)."""
    found = _DATE.fullmatch(value)
    if found is None:
        return False
    try:
        date(*map(int, found.groups()))
    except ValueError:
        return False
    return True

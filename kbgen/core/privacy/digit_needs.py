"""The needs of the readers that start from digits, asked in one pass over a text (issue 19,
leak48): glued_numbers' eight digits and thousands separators, postal_addresses' postcodes.
Each regular expression led by a digit costs a pass over the whole text (about 9 ms a
megabyte); one pass with the three behind one digit costs one."""

from __future__ import annotations

import re
from functools import lru_cache

GLUED, GROUPED, POSTCODE = "glued", "grouped", "postcode"
_NEEDS = re.compile(
    r"\d(?=(?P<glued>[ .\-/]?\d{3}[ .\-/]?\d{4})|(?P<grouped>[,'’]\d{3}[,'’]\d)"
    r"|(?P<postcode>\d{3,4}[ \t]+[A-ZÀ-ÖØ-Þ]|\d-\d{3}[ \t]+[A-ZÀ-ÖØ-Þ]|\d{3}[ \t]?[A-Z]{2}[ \t]"
    r"|\d{3}-\d{3}[ \t]|[A-Z]{2}\b))")
"""A digit, then eight digits in all (a glued number's, marks aside), thousands separators,
or the rest of a postcode before its town (a British one's inward `1AA`)."""


@lru_cache(maxsize=4)
def digit_needs(text: str) -> frozenset[str]:
    """Which of GLUED, GROUPED and POSTCODE `text` holds."""
    found: set[str] = set()
    for match in _NEEDS.finditer(text):
        found.add(match.lastgroup or "")
        if len(found) == 3:
            break
    return frozenset(found)

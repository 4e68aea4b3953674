"""A changelog's heading, a version and its release date, read as a phone number (issue 19,
branch fp47).

Jekyll's history (`## 0.9.0 / 2010-12-15 {#v0-9-0}`, the anchor `kbgen import` gives it)
runs version and date together into ten digits a site in the UK reads as a national number.
A heading that is only a release's version, its date and the version's own anchor is a
release's name: no one's line. The heading must be exactly that: a version as projects
number them (2 to 4 parts, no leading zeros: `06.12.34.56` is no version), a real calendar
date (`2010-12-15`), between them `/`, a dash or brackets, and an anchor, if any, spelling
that version. Any other word, number or anchor on the line keeps the finding.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PHONE

REASON = "a changelog heading: a release's version and date (`## 0.9.0 / 2010-12-15`)"

_HEADING = re.compile(
    r"#{1,6}[ \t]+\[?v?(?P<version>(?:0|[1-9]\d{0,3})(?:\.(?:0|[1-9]\d{0,2})){1,3})\]?"
    r"[ \t]*(?:[/–—-]|\()[ \t]*(?P<date>\d{4}-\d{2}-\d{2})\)?"
    r"(?:[ \t]*\{#(?P<anchor>[\w-]+)\})?[ \t]*")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but phone numbers in a release's heading."""
    for index, line, hit in found:
        if hit.kind == PHONE and release_heading(line):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def release_heading(line: str) -> bool:
    """The line is a heading of a version, its real date and that version's anchor only."""
    match = _HEADING.fullmatch(line)
    if match is None:
        return False
    try:
        datetime.date.fromisoformat(match["date"])
    except ValueError:
        return False
    anchor = match["anchor"]
    return anchor is None or anchor.removeprefix("v") == match["version"].replace(".", "-")

"""E-mail addresses in a made-up example record, for the gate (issue 19).

Mastodon's webhook page shows, under `## Example payload`, the account a report is about:
`"id": "123456789"`, `"username": "bobisaburger"`, `"email": "bobisaburger@emailservice.com"`,
`"ip": "12.34.56.78"`. Numbers counted out (`123456789`, `12.34.56.78`) are what a writer
types for a record that is nobody's; a pasted real one carries real ids. An address in such a
record is a warning (the page publishes; the reviewer is asked to check it is made up), only

- in a fenced code block whose nearest heading names an example (`Example`, `Example
  payload`, `Example response`),
- when that block holds a number counted out: six or more digits each one more than the last
  (`123456`, `23456789`, `1234567890`), dots allowed between (`12.34.56.78`),
- never at a free-mail provider (`jane.doe@gmail.com` may be anyone's, pasted and edited).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kbgen.core.mailboxes import at_free_mail

_HEADING = re.compile(r"^ {0,3}#{1,6}\s++(.*)\s*$")
"""An ATX heading; its text is group 1 without its closing blanks and `#` run, read with
`rstrip` (`(.*?)\\s*#*\\s*$` in the pattern was cubic on blanks inside a heading)."""
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_EXAMPLE = re.compile(r"(?i)\bexamples?\b")
_NUMBER = re.compile(r"(?<![\w.])\d[\d.]{5,20}(?![\w.])")
MIN_COUNTED = 6
"""Digits counted out at least: `12345` may be a real id; a run of six rarely is."""

ADVICE = ("an address in a made-up example record (its numbers counted out): check it is no "
          "one's real address")


@dataclass
class MadeUpRecords:
    """The example blocks of one page's lines that hold a number counted out."""

    lines: list[str]
    _made_up: set[int] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        heading, fenced = "", False
        block: list[int] = []
        for index, line in enumerate(self.lines):
            if _FENCE.match(line):
                if fenced and _EXAMPLE.search(heading) and any(
                        _counted_out(self.lines[number]) for number in block):
                    self._made_up.update(block)
                fenced, block = not fenced, []
                continue
            if fenced:
                block.append(index)
            elif found := _HEADING.match(line):
                heading = found.group(1).rstrip().rstrip("#").rstrip()

    def example_address(self, index: int, line: str, address: str) -> bool:
        """`address`, at line `index`, is in a made-up example record."""
        return (index in self._made_up and line == self.lines[index]
                and not at_free_mail(address.rpartition("@")[2]))


def _counted_out(line: str) -> bool:
    """`line` holds a number counted out (`123456789`, `12.34.56.78`)."""
    for match in _NUMBER.finditer(line):
        digits = match.group().replace(".", "")
        if len(digits) >= MIN_COUNTED and all(
                int(b) == (int(a) + 1) % 10 for a, b in zip(digits, digits[1:])):
            return True
    return False

"""Values in an API reference's example request or response, for the gate (issue 19).

Mastodon's API pages show, under `#### Response` / `##### 200: OK`, what registering an app
or signing in returns: `"client_secret": "ZEaF…"`, `"access_token": "ZA-Y…"`,
`redirect_uri?code=qDFU…`; its entity pages show one under `## Example`. A reviewer reads
those as illustrations of the response's shape, not as anyone's live credentials: they are
warnings (the page publishes; the reviewer is told to check the value is made up). Only

- in a fenced code block whose nearest heading is an HTTP status (`200: OK`, `201 Created`)
  or an example (`Example`, `Example response`, `Example request`),
- on a page that is an API reference: it writes an HTTP method and path (`POST /api/v1/apps`)
  or has an `Attributes` heading,
- never a vendor's key (`ghp_…`, `sk_live_…`, caught by their own shape) nor a value after a
  key naming a password (`"password": …`): a person's secret is never generated for an
  example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADING = re.compile(r"^ {0,3}#{1,6}\s++(.*)\s*$")
"""An ATX heading; `_heading_text` reads its text. (`(.*?)\\s*(?:\\{[^{}]*\\})?\\s*#*\\s*$` tried
the closing run at every character, and its `\\s*` every split of a blank run: cubic, issue
19, redos55; links._HEADING had the same shape.)"""
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_EXAMPLE_HEADING = re.compile(
    r"(?i)^(?:[1-5]\d\d(?::|\s)\s*[A-Za-z][\w ]{0,40}"
    r"|examples?(?: (?:request|response|call|payload|output)s?)?)$")
_METHOD_LINE = re.compile(r"^\s*(?:GET|POST|PUT|PATCH|DELETE)\s+/[\w/{}:.-]*(?:\s|$)")
_ATTRIBUTES = re.compile(r"(?i)^attributes$")
_PASSWORD_KEY = re.compile(r"""(?i)pass(?:word|wd|phrase)?["']?\s*[:=]\s*["']?$""")


def _heading_text(heading: re.Match[str]) -> str:
    """The heading's text without its closing blanks, `{...}` attribute list and `#` run, as
    the lazy pattern read it (the shortest text before the longest closing), in one pass."""
    text = heading.group(1).rstrip().rstrip("#").rstrip()
    start = text.rfind("{")
    if text.endswith("}") and start >= 0 and "}" not in text[start:-1]:
        text = text[:start].rstrip()
    return text


ADVICE = ("a value in an API reference's example response: check it is made up, never a real "
          "app's or account's credential")


@dataclass
class ApiExamples:
    """The example blocks of one page's lines."""

    lines: list[str]
    _examples: set[int] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        heading = ""
        fenced = reference = False
        for index, line in enumerate(self.lines):
            if _FENCE.match(line):
                fenced = not fenced
                continue
            if not fenced and (found := _HEADING.match(line)):
                heading = _heading_text(found)
                reference = reference or bool(_ATTRIBUTES.match(heading))
                continue
            if _METHOD_LINE.match(line):
                reference = True
            if fenced and _EXAMPLE_HEADING.match(heading):
                self._examples.add(index)
        if not reference:
            self._examples.clear()

    def example_value(self, index: int, line: str, start: int) -> bool:
        """The value at `start` of line `index` is in an API reference's example block."""
        return index in self._examples and line == self.lines[index] \
            and not _PASSWORD_KEY.search(line[max(0, start - 30):start])

"""A password the page introduces as the application's default login and tells the reader to
change (issue 19, branch fp51).

LinuxServer.io's NZBGet page gives the app's factory login: `the default login details (change
ASAP) are` / `login:nzbget, password:tegbzn6789`, then the same password as the image's
`NZBGET_PASS` setting. A vendor ships the same password with every copy and prints it in its
own manual, telling the reader to change it: it opens only an installation nobody has set up
yet, as `admin/admin` does (examples' DEFAULT_CREDENTIALS, a fixed list: these are known only
from the sentence that states them). `Default` alone says too little: the hostile set holds
`The default user/pass is admin/Tr0ub4dor3x` as a real pair (fq50, fp50, rev50), so calibre's
`**Default admin login:**` / `admin123` and pyload's `the default login is:` stay findings.

Accepted only when all of these hold: a password (never a service's key); the introduction of
its value (the text before it on its line and up to MAX_ABOVE lines above in its paragraph, or,
when it opens its paragraph, the one line ending in `are`, `is` or `:` before it) says `default`
and then a login word (`login`, `password`, `credentials`, `user`), and, with the value's line,
tells the reader to change it (`change ASAP`, `change it after the first login`, `be sure to
change`); nothing there tells of a change made (`changed`, `set`, `new`, `now`, `reset`,
`was`: `I changed the default password to …` gives the new one); and neither the line, that
introduction, the page's headings nor the block's introduction or comments say whose
(surroundings.names_whose, `production`, `live`: `Our default login is …`), nor the paragraphs
above and headings over it (placed_above: `Ticket #4821 from Acme GmbH:`; rev52). A value so stated
is the app's default wherever the page repeats it on a line that says nothing of whose nor of a
change (`- NZBGET_PASS=tegbzn6789 #optional`), and only where a code block of the page gives it
to a setting: the software's own configuration ships it (`Default login for the portal (change
ASAP): password Kq8v…` with no such block is a service's password every account starts with).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _Headings
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.placed_above import LIVE as LIVE  # other rules import it from here
from kbgen.core.privacy.placed_above import PlacedAbove, says_whose
from kbgen.core.privacy.placed_blocks import CommentedBlocks, placed

REASON = "a password the page introduces as the application's default login"

MAX_ABOVE = 3
"""Lines of the paragraph above the value read as its introduction (a bound per value)."""
INTRODUCTION = 200
"""Characters of the value's own line before it read as its introduction."""

_DEFAULT_LOGIN = re.compile(r"(?i)\bdefault\b[^.!?\n]{0,40}?\b(?:login|log-in|logins|password"
                            r"|passwords|passwd|credentials?|user(?:name)?|pass)\b")
_CHANGE = re.compile(r"(?i)\b(?:chang(?:ed|ing)|changes?\b[^.!?\n]{0,40}\bto|set|new|now|reset"
                     r"|updated?|rotated?|instead|was|were|previous|old)\b")
"""A change told, not a default given (`change ASAP` asks one: `changed … to` tells it)."""
_ADVISED = re.compile(r"(?i)\bchange\b[^.!?\n]{0,30}?\b(?:asap|immediately|right away|after|on"
                      r"|at first|before)\b|\b(?:must|should|be sure to|make sure to|remember to"
                      r"|please)\b[^.!?\n]{0,20}?\bchange\b")
"""The reader told to change the value (`change ASAP`): what a vendor says of its default."""
_IN_USE = re.compile(r"(?i)\b(?:still|today|in use|currently)\b|\b\d{1,3}(?:\.\d{1,3}){3}\b")
"""A line that says the value still opens something, or names the machine it opens (`… and it
still opens 10.20.30.40 today`): a live login, not a factory default (gap59: the prose reader
now finds a value introduced past a parenthesis, which this line used to hide)."""
_SETTING = re.compile(r"""[=:][ \t]*["']?([^\s"'#,;]{1,64})""")
"""A value a configuration line gives a setting."""
_INTRODUCES = re.compile(r"(?:\bare|\bis|:)\s*$")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but passwords introduced as an app's default, and their repeats."""
    passwords = [(index, line, hit) for index, line, hit in found
                 if hit.kind == PASSWORD and not hit.vendor]
    if not passwords:
        yield from found
        return
    page = _Page(lines)
    stated = {line[hit.start:hit.end] for index, line, hit in passwords
              if page.introduced(index, line, hit.start)}
    stated &= page.configured() if stated else set()
    for index, line, hit in found:
        if hit.kind == PASSWORD and not hit.vendor and line[hit.start:hit.end] in stated \
                and page.plain_line(index, line):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


class _Page:
    """A page's lines, each judged once for whose and for a change (a line of a thousand
    passwords is not read again for each)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.headings = lines, _Headings(lines)
        self.blocks = CommentedBlocks(lines)
        self.above = PlacedAbove(lines)
        self._plain: dict[tuple[int, str], bool] = {}

    def plain_line(self, index: int, line: str) -> bool:
        """Line `index` (or its view `line`) says nothing of a live system or of a change, and
        neither it, its headings, what introduces it, its block's comments (placed_blocks) nor
        the paragraphs above it (placed_above) say whose."""
        key = (index, line)
        if key not in self._plain:
            self._plain[key] = not says_whose(f"{line}\n{self.headings.of(index)}") \
                and not _CHANGE.search(line) and not _IN_USE.search(line) \
                and not placed(index, line, self.blocks, self.headings) \
                and not self.above.says_whose(index)
        return self._plain[key]

    def configured(self) -> set[str]:
        """The values the page's code blocks give a setting (`- NZBGET_PASS=tegbzn6789`,
        `password: pyload`): what the software's own configuration ships."""
        return {match.group(1) for index, line in enumerate(self.lines)
                if self.blocks.span(index) is not None for match in _SETTING.finditer(line)}

    def introduced(self, index: int, line: str, start: int) -> bool:
        """The value at `start` of line `index` follows an introduction saying it is the
        default login, which says nothing of whose nor of a change."""
        if not self.plain_line(index, line):
            return False
        lines, above = self.lines, list[str]()
        for each in reversed(lines[max(0, index - MAX_ABOVE):index]):
            if not each.strip():
                break
            above.insert(0, each)
        if not above:  # the value opens its paragraph: the line introducing it, if one does
            previous = index - 1
            while previous >= 0 and index - previous <= 2 and not lines[previous].strip():
                previous -= 1
            if 0 <= previous < index - 1 and _INTRODUCES.search(lines[previous]):
                above = [lines[previous]]
        introduction = " ".join([*above, line[max(0, start - INTRODUCTION):start]])
        return bool(_DEFAULT_LOGIN.search(introduction)) and not _CHANGE.search(introduction) \
            and not says_whose(introduction) and bool(
                _ADVISED.search(introduction) or _ADVISED.search(line, start, start + INTRODUCTION))


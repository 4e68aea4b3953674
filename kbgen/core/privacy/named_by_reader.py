"""A private address in the settings of a thing the reader is asked to name (issue 19, fp69).

Frigate's docs configure a camera as `cameras:`, `  name_of_your_camera:`, then, four levels
down, `- path: rtsp://10.0.10.10:554/rtsp`; its restream page `go2rtc:`, `  streams:`,
`    name_your_rtsp_cam:`, `      - rtsp://192.168.1.5:554/live0`. The key is left for the
reader to fill in (it names no camera, it says "put your camera's name here"): the block is a
template of the reader's own set-up, whose addresses a help site cannot know, as
readers_devices reads `ssh root@192.168.1.1` after `Log in to your router`.

Accepted only when all of these hold: the value is a private address (a name can say what a
machine does: not judged here) in a fenced code block; a key above it in that block, less
indented than its line with every line between indented more (the address is in that key's
settings), is spelt as an instruction to name the reader's thing: its words (split at `_`,
`-`, `.` and capitals) hold both `your` and `name` (`name_of_your_camera`,
`name_your_rtsp_cam`, `yourCameraName`; not `your_camera`, `office_cam`, `username`); no line
of the page outside code blocks writes the address (`Our NVR is at 10.20.30.40.` states it);
the line names no secret and places nothing (default_networks.placed: `production`,
`payroll`; nor `data centre`, `rack`, `warehouse`); and neither the line, its headings, the
paragraph introducing the block nor a comment of the block says whose it is (placed_blocks:
`# our office NVR`, `the customer's cameras:`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import default_networks
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.surroundings import names_secret

REASON = ("a private address in the settings of a key the reader is asked to name"
          " (`name_of_your_camera:`)")

_KEY = re.compile(r"^(?P<indent>[ \t]*)(?:-[ \t]+)?[\"']?(?P<key>[A-Za-z][\w.-]{0,60})[\"']?"
                  r"[ \t]*:(?:[ \t]|$)")
"""A mapping's key at the start of its line (maybe a list item's: `- name_of_your_cam:`)."""
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_COMPANY_SIDE = re.compile(r"(?i)\b(?:data[ \t_-]?cent(?:er|re)s?|back-?end|database|db|vpn"
                           r"|server[ \t_-]?room|rack|site|branch|hq|headquarters|warehouse"
                           r"|store|shop|plant|factory|campus|lab)\b")
"""Places a line's comment can put a machine at beyond default_networks.placed's (`# data
centre B`, `# rack 4`, `# warehouse door`): refusing words, so a closed list costs no leak."""
_MAX_ABOVE = 60
"""Lines above the address its key is looked for in."""


def _renamed(key: str) -> bool:
    """`key`'s words hold `your` and `name` (`name_of_your_camera`)."""
    words = {word.lower() for word in _WORD.findall(key)}
    return "your" in words and "name" in words


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but private addresses in the settings of a key the reader is to name."""
    return unplaced(found, lines, context, _Page(lines).under_renamed_key, REASON)


class _Page:
    """A page's code blocks and its text outside them (read once, when first asked)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.blocks = lines, Blocks(lines)
        self._prose: str | None = None

    def prose(self) -> str:
        """The page's lines outside code blocks, joined."""
        if self._prose is None:
            self._prose = "\n".join(line for index, line in enumerate(self.lines)
                                    if self.blocks.span(index) is None
                                    and index not in self.blocks.fences)
        return self._prose

    def under_renamed_key(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit is a private address in the settings of a key the reader is to name,
        written on no line of the page's prose, on a line naming no secret nor place."""
        if hit.kind != INTERNAL_IP or line != self.lines[index]:
            return False
        span = self.blocks.span(index)
        if span is None or not _key_above(self.lines, index, span[0]):
            return False
        if names_secret(line) or default_networks.placed(line) or _COMPANY_SIDE.search(line):
            return False
        return line[hit.start:hit.end] not in self.prose()


def _key_above(lines: list[str], index: int, first: int) -> bool:
    """A key the reader is to name holds line `index` in its settings: walking up from it
    (not above `first`, the block's first line), each less indented key line is the next
    level's key; blank lines are skipped."""
    level = _indent(lines[index])
    for above in range(index - 1, max(first, index - _MAX_ABOVE) - 1, -1):
        text = lines[above]
        if not text.strip():
            continue
        indent = _indent(text)
        if indent >= level:
            continue
        match = _KEY.match(text)
        if match is None:
            return False  # a line less indented that is no key: the settings end above
        if _renamed(match.group("key")):
            return True
        level = indent
        if level == 0:
            return False
    return False

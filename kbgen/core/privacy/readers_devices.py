"""A private address the reader logs in to, in a step about the reader's own device (issue 19,
branch fp50).

NetBird's install pages start with `1. **Log in to your router via SSH**` and `ssh
root@192.168.1.1`, `If you're unsure if your Synology IP address …` and `ssh
user@192.168.0.53`. The address is the reader's own device at its usual place: a help
site cannot know it, so it shows one, as it writes `your internal DNS server (e.g. 10.0.0.1)`.
A ticket's `ssh root@10.20.30.40` says nothing of the reader.

Accepted only when all of these hold: the value is a private address in a home network's range
(192.168.0.0/16; a name, even `netbirdpi.local`, can say what a machine does: not judged here),
the host of an `ssh` command in a code block, logging in with a generic login (`root`, `admin`,
`user`, `username`, `pi`, `ubuntu`, a `<placeholder>`), never a person's (`jane.doe@`); the
paragraph introducing the block speaks of the reader's own device (`your router`, `your
Synology`, `your Pi`, `the address you configured`; not `your server`, `your machine`, a
support reply's words for a customer's: rev50); no other line of the page outside the block
writes the address (`Our office router is 192.168.1.1.` states it); and neither the line, its
headings, that introduction nor a comment of the block says whose it is (placed_blocks: `our
office router`, `the customer's NAS`, `Jane's Pi`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import Blocks
from kbgen.core.privacy.model import INTERNAL_IP
from kbgen.core.privacy.placed_blocks import unplaced

_HOME = re.compile(r"192\.168\.")
"""A home network's range, where a router, a NAS or a Pi sits (`10.44.2.17`, a company's or a
cloud's range, is no reader's device: rev50)."""

REASON = "the reader's own device an install step logs in to (`ssh root@192.168.1.1`)"

_SSH = re.compile(r"\bssh[ \t]+(?:-\S+[ \t]+)*(?:root|admin|user|username|pi|ubuntu|<[\w -]+>)"
                  r"@([\w.-]+)")
_YOURS = re.compile(r"(?i)\byour[ \t]+(?:own[ \t]+)?(?:router|nas|synology|raspberry"
                    r"[ \t]+pi|pi|gateway|firewall)\b"
                    r"|\bthe[ \t]+(?:hostname|host[ \t]+name|address|ip(?:[ \t]+address)?)"
                    r"[ \t]+you[ \t]+(?:configured|chose|set)\b")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but hosts an install step logs in to on the reader's own device."""
    return unplaced(found, lines, context, _Devices(lines).logged_in_to, REASON)


class _Devices:
    """A page's install steps: each line's ssh hosts read once per line, each block's
    introduction and the page outside it once per block (a page of many addresses asks for
    each)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.blocks = lines, Blocks(lines)
        self.hosts: dict[int, list[tuple[int, int]]] = {}
        self.outside: dict[tuple[int, int], str] = {}

    def logged_in_to(self, index: int, line: str, hit: _Hit) -> bool:
        """The hit is a home address an ssh command of a block introduced as about the
        reader's device logs in to, written nowhere else on the page."""
        if hit.kind != INTERNAL_IP or line != self.lines[index] \
                or not _HOME.match(line, hit.start):
            return False
        if index not in self.hosts:
            self.hosts[index] = [ssh.span(1) for ssh in _SSH.finditer(line)]
        span = self.blocks.span(index)
        if span is None or not any(start <= hit.start and hit.end <= end
                                   for start, end in self.hosts[index]) \
                or not _YOURS.search(self.blocks.introduction(index)):
            return False
        if span not in self.outside:  # the lines outside the block (no line as one inside)
            inside = set(self.lines[span[0]:span[1]])
            self.outside[span] = "\n".join(each for each in self.lines if each not in inside)
        return line[hit.start:hit.end] not in self.outside[span]

"""Find relative links in Markdown, with their lines, outside code."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"`[^`]*`")
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")


@dataclass(frozen=True)
class Link:
    """A link target found in a Markdown body."""

    target: str
    """The URL as written, without any `#anchor`."""
    anchor: str
    """The part after `#`, or empty."""
    line: int
    """1-based line in the file."""

    @property
    def is_relative(self) -> bool:
        """True for links inside the site (no scheme, not absolute, not mailto)."""
        return bool(self.target) and not re.match(r"^(?:[a-z][a-z0-9+.-]*:|/|//)", self.target, re.I)


def find_links(body: str, first_line: int) -> Iterator[Link]:
    """Links and images of `body`, whose first line is file line `first_line`."""
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = _INLINE_CODE.sub("", line)
        targets = [m.group(1) for m in _LINK.finditer(line)]
        reference = _REFERENCE.match(line)
        if reference:
            targets.append(reference.group(1))
        for target in targets:
            path, _, anchor = target.partition("#")
            yield Link(path, anchor, first_line + offset)


def resolve(src_uri: str, target: str) -> str:
    """The content-relative path a relative link of `src_uri` points to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), target))

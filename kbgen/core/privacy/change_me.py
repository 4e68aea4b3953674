"""A word password its own comment tells the reader to change (issue 19, fp42).

`POSTGRES_PASSWORD: pgpass # change me` and `MINIO_ROOT_PASSWORD: testtest # change me`
(Ente's self-hosting guides): the comment is the placeholder convention (`CHANGEME`) written
beside the value, so the value is the guide's stand-in, the same in every copy. Only a
comment that is that instruction alone (`# change me`, `// replace this!`); a comment saying
when or whose (`# change me after launch`, `# our prod one, change me`) is a note, not a
placeholder. Only a value of lower-case letters that reads as words (`pgpass`, `testtest`):
a random or mixed value (`Kq8vNz3Lw2 # change me`), random lower-case letters
(`hqvneakwpruyteoz # change me`, rev43), digits or symbols stay findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD
from kbgen.core.privacy.placed_blocks import unplaced

REASON = "a stand-in word its comment tells the reader to change (`# change me`)"

_COMMENT = re.compile(r"""(?i)["']?[ \t]*(?:#|//|;)[ \t]*(?:please[ \t]+)?(?:change|replace)"""
                      r"""[ \t]+(?:me|this|it)[ \t]*[.!]*[ \t]*$""")
_WORDS = re.compile(r"[a-z]{4,24}")


def stand_in(line: str, start: int, end: int) -> bool:
    """The password at [start, end) of `line` is lower-case words and the rest of the line is a
    comment telling the reader to change it."""
    value = line[start:end]
    return (bool(_WORDS.fullmatch(value)) and reads_as_words(value)
            and bool(_COMMENT.match(line, end)))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but word passwords a `# change me` comment marks as stand-ins, where nothing
    says whose (placed_blocks: `From ticket #4821, the customer's compose file:` over
    `POSTGRES_PASSWORD: sunflowermeadow # change me` is their password to change, rev51)."""
    return unplaced(found, lines, context, lambda index, line, hit: (
        hit.kind == PASSWORD and not hit.vendor and line == lines[index]
        and stand_in(line, hit.start, hit.end)), REASON)

"""Whether a value in a code block is placed with someone, comments included (issue 19, fp50).

encoded_examples' test reads the value's line, its headings, the line introducing it and the
paragraph before its block. A block's own comments say whose as plainly (`# our production
gateway`, `// Acme GmbH's key`): the accepting rules of fp50 read them too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded_examples import _FENCE, _Headings, _placed

_COMMENT = re.compile(r"^\s*(?:#|//|--|;|/?\*)")
"""A comment line of a shell, YAML, C-like, SQL or INI block."""


def block(lines: list[str], index: int) -> list[str]:
    """The lines of the fenced code block holding line `index` ([] outside one)."""
    fences = [number for number in range(index) if _FENCE.match(lines[number])]
    if len(fences) % 2 == 0:
        return []
    end = next((number for number in range(index + 1, len(lines))
                if _FENCE.match(lines[number])), len(lines))
    return lines[fences[-1] + 1:end]


def placed(index: int, line: str, lines: list[str], headings: _Headings) -> bool:
    """The line, its headings, what introduces it or a comment of its block says whose."""
    comments = "\n".join(each for each in block(lines, index) if _COMMENT.match(each))
    return _placed(index, line, lines, headings) or surroundings.names_whose(comments)


def unplaced(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context,
             candidate: Callable[[int, str, _Hit], bool], reason: str
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the hits `candidate` holds harmless where nothing says whose (`placed`),
    each accepted with `reason`."""
    headings: _Headings | None = None
    for index, line, hit in found:
        if candidate(index, line, hit):
            headings = headings or _Headings(lines)
            if not placed(index, line, lines, headings):
                context.accept(index, hit, reason)
                continue
        yield index, line, hit

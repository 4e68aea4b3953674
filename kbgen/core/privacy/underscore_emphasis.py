"""A label emphasised with single underscores (hostile round 26, hostile69): `_Password:_
Tr0ub4dor3`, `_PIN_: 4821`, `_Kennwort:_ Sommer2024x`. Python-Markdown renders `_…_` that
is not inside a word as emphasis, so a reader sees `Password: Tr0ub4dor3`;
kbgen.core.normalize.rendered_line drops `*`, `**`, `__` and the other marks but not a single
`_` (snake_case names hold it), and main published these.

Read as shown: a line with such emphasis is read again with the two underscores blanked (a
space each, so each hit's place holds in the line as written), by the readers of a key or a
label before its value (scanner._behind_marks). Emphasis is `_`, a non-space, text without
`_` (MAX_TEXT at most), a non-space, `_`, with no letter, digit or `_` on either side: what
Python-Markdown's smart emphasis reads; `snake_case_name` and `__init__` are none."""

from __future__ import annotations

import re

MAX_TEXT = 80
_EMPHASIS = re.compile(r"(?<![\w_])_(?=[^\s_])[^_\n]{0,%d}?(?<=[^\s_])_(?![\w_])" % MAX_TEXT)


def blank_underscores(line: str) -> str:
    """`line` with each single-underscore emphasis' marks made spaces; `line` when it has
    none."""
    if "_" not in line:
        return line
    return _EMPHASIS.sub(lambda match: " " + match.group()[1:-1] + " ", line)

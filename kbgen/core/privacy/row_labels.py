"""A listing whose rows start with the same label (`ipsec status`: `TemplateTwoSix{11}:` on
each of a connection's lines): the next row's label is no second half of a value that ends
the row above (`… ESP SPIs: c5521750_i cbe50d53_o`), so the two are never joined into a key."""

from __future__ import annotations

import re

_LABEL = re.compile(r"^[\s>]*([A-Za-z0-9_-]{2,})")


def repeats_row_label(line: str, second: str) -> bool:
    """`second`, the start of the next line, is also the label `line` starts with."""
    label = _LABEL.match(line)
    return label is not None and label.group(1) == second

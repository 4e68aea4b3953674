"""Quotation marks the password rules do not read, or set off from what they quote by spaces
(issue 19, leak47). French typography writes `« hunter2 »` (a space, often a narrow no-break
one, inside each guillemet), some writers `“ hunter2 ”`, `‹ hunter2 ›` or `「 hunter2 」`, and
the rules read an ASCII or English quote mark right before the value: `Le mot de passe est
« Zq9mollusk ».` and `La password è «Zq9mollusk».` passed. A line with a pair of such marks is
also read with each pair written `"…"` and its inner spaces moved outside (`  "Zq9mollusk"  `:
the same length, so each hit's place holds in the line as written)."""

from __future__ import annotations

import re

_OPEN = "«‹“„‚「『»›"
_CLOSE = "»›”“‘」』«‹"
_SPACE = "[ \t\u00a0\u202f\u2009]"
_PAIR = re.compile(
    rf"([{_OPEN}])({_SPACE}*)([^{_OPEN}{_CLOSE}\s][^{_OPEN}{_CLOSE}]{{0,62}}?)"
    rf"({_SPACE}*)([{_CLOSE}])")
"""A quote mark, spaces, a value without quote marks, spaces, a closing mark (French `« … »`,
German `» … «` and `„…“`, English `“ … ”`, Japanese `「 … 」`)."""


def plain_quotes(line: str) -> str:
    """`line` with each pair of non-ASCII quote marks written `"…"`, the spaces inside the pair
    moved outside it."""
    if line.isascii():
        return line
    return _PAIR.sub(_plain, line)


def _plain(match: re.Match[str]) -> str:
    _, before, value, after, _ = match.groups()
    return f'{before}"{value}"{after}'

"""Text written as hex bytes with a separator between them (`73 6b 5f 6c 69 76 65`, `73:6b:5f`,
a hex dump's or a debugger's way), read decoded (issue 19, leak43): the key or password they
spell is found there and reported at the run.

A run needs twelve bytes or more, each printable ASCII (0x20-0x7f), one separator throughout:
a fingerprint's or a MAC address's bytes are random, and twelve random bytes are all printable
once in about 150,000. The run is taken whole where it starts (a position inside a run is no
start), so a line is read once."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.encoded import replaced_hits

_RUN = re.compile(r"[2-7](?<![0-9A-Fa-f].)(?<![0-9A-Fa-f][ :-].)[0-9A-Fa-f]([ :-])"
                  r"(?:[2-7][0-9A-Fa-f]\1){10,}[2-7][0-9A-Fa-f](?![0-9A-Fa-f])")
"""Twelve or more printable bytes in hex, one separator between each two. What comes before
the run is looked at from its first digit: an expression opening with a look-behind is tried
at every character, one opening with `[2-7]` only where that digit is (four times quicker on
whole articles, build46)."""


def needs(text: str) -> bool:
    """Whether `text` holds a run `_spaced_hex` decodes."""
    return bool(_RUN.search(text))


def _spaced_hex(line: str, context: _Context) -> Iterator[_Hit]:
    """What a line's hex bytes spell (`73 6b 5f 6c …` is `sk_l…`), read decoded."""
    runs = list(_RUN.finditer(line))
    if not runs:
        return
    yield from replaced_hits(
        line, [(run.start(), run.end(),
                bytes.fromhex(run.group().replace(run.group(1), "")).decode("ascii"))
               for run in runs], context, "hex bytes")

"""Capital and small letters of the scripts that have case, as regular-expression classes
(issue 19, branch gap64).

The owner readings wrote a name as `[A-Z][a-z]+`, so `Frau Müller's PC`, `Renée's printer`,
`Zoë’s NAS` and `Ayşe's laptop` named no one beside a private address, a login line or an
output block (a name with a letter beyond ASCII). A name is a capital and small letters of
any cased script (Latin with its accents, Greek, Cyrillic, Armenian): Unicode's own case, not
a list of letters.
"""

from __future__ import annotations

import re

_CASED_BLOCKS = ((0x41, 0x250), (0x370, 0x530), (0x531, 0x588), (0x1E00, 0x1F00))
"""Basic Latin to Latin Extended-B, Greek and Cyrillic (with its supplement), Armenian, and
Latin Extended Additional (Vietnamese)."""


def _letters(test: str) -> str:
    return "".join(re.escape(chr(code)) for first, last in _CASED_BLOCKS
                   for code in range(first, last) if getattr(chr(code), test)())


UPPER = "[" + _letters("isupper") + "]"
"""A capital letter of a cased script."""
LOWER = "[" + _letters("islower") + "]"
"""A small letter of a cased script."""
NAME = UPPER + LOWER + "+"
"""A capitalised word (`Müller`, `Renée`, `Ayşe`, `Иванов`)."""


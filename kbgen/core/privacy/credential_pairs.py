"""A login and its password written as one `login/password` pair, judged as the password alone
would be on that line (issue 19, branch fp50).

Kanboard's installation page says `The default login and password are **admin/admin**.`. The
gate passes `The default password is admin.` (a default credential) and finds `Our password is
admin.`, but read `admin/admin` as one password and found it everywhere. A pair after words
naming a login and a password (`login and password`, `username/password`) is two values: it is
accepted only when the line with the pair replaced by its password alone, the password after
`password:` and the login alone hold nothing the gate finds, and the line says whose nothing
is (surroundings.names_whose). `jane/sunflower`, `admin/Tr0ub4dor&3`,
`Our login and password are admin/admin` and a pair on a line naming no login stay findings, and
so do a pair not called the default (`User/pass is admin/admin`) and one the line goes on after
(`…admin/admin, ours is root/Kq8v…`): default_pairs.called_default, rev50.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import default_pairs, surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD

REASON = "a default login/password pair whose password the gate passes on its line"

_PAIR = re.compile(r"([^\s/:]{1,32})/([^\s/:]{1,64})")

def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but login/password pairs whose password passes on its own line."""
    for index, line, hit in found:
        pair = _PAIR.fullmatch(line[hit.start:hit.end]) if hit.kind == PASSWORD else None
        if pair and not hit.vendor and default_pairs.called_default(line, hit.start, hit.end) \
                and _passes_alone(line, hit, pair, context.default_region):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def _passes_alone(line: str, hit: _Hit, pair: re.Match[str], region: str | None) -> bool:
    """Nothing found in the line with the pair written as its password, in the password after
    `password:`, nor in the login alone; and the line says nobody's (`our`, a customer's)."""
    from kbgen.core.privacy.scanner import scan_part  # here: the scanner imports this module

    alone = line[:hit.start] + pair.group(2) + line[hit.end:]
    written = (alone, f"password: {pair.group(2)}", pair.group(1))
    return not surroundings.names_whose(line) and not any(
        scan_part(each, default_region=region) for each in written)

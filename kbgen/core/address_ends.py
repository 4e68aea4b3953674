"""Where an e-mail address ends in HTML (issue 19): a line break or a block's edge.

`a@trwnh.com<br /><a href="…">https://…` shows the address on one line and the link on the
next; with the tags simply dropped, the view read `a@trwnh.comhttps://…`, a second, wrong
address. A break or block tag right after a whole address (`@host.tld`) ends it; a tag inside
one (`jane<b></b>@gmail.com`, `jane@gm<br>ail.com`) is still joined over, as before.
"""

from __future__ import annotations

import re

_ADDRESS_THEN_BREAK = re.compile(
    r"(@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,63})"
    r"(?=<(?:br|hr|/?(?:p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|pre|table))\b)", re.I)


def end_addresses(line: str) -> str:
    """`line` with a space between a whole address and a break or block tag after it."""
    if "@" not in line:
        return line
    return _ADDRESS_THEN_BREAK.sub(r"\1 ", line)

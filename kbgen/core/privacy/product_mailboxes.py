"""A free-mail address made up as the reader's own server's, named after the page's product
(issue 19, branch rust58).

RustDesk's console page walks through sending mail with a Gmail account: `Enter the Gmail
account i.e. myrustdeskserver@gmail.com in Mail Account`. The local part is `my`, the
product's name and `server`: the reader's account, named as a placeholder is (`myserver@`,
`mycompany@` are accepted already as kbgen.core.mailboxes' placeholders), not anyone's.

Accepted only when all of these hold: an address at a free mail provider's own domain (two
labels, the first in kbgen.core.mailboxes' FREE_MAIL: a company's domain makes any mailbox its
own, `mail.dangote.ng` is a company's) that the line names (`the Gmail account`), whose local
part is, whole, `my` or `your`, then one of the page's product names (product_defaults: its
first heading, an image it runs, or a name its prose capitalises and never writes in lower
case), then a word naming a server or an organisation (`server`, `host`, `company`, `site`:
_LOCAL), with no digit, dot or other word (`myrustdeskserver`; not `mychidiserver`,
`chidi.rustdeskserver`, `myrustdeskserver2024`, `myrustdesk`); and the line says nothing of
whose or a live system (placed_above.says_whose: `our`, a customer, `production`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.mailboxes import FREE_MAIL
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import EMAIL
from kbgen.core.privacy.placed_above import says_whose
from kbgen.core.privacy.product_defaults import _Page

REASON = "a free-mail address made up as the reader's own, named after the page's product"

_LOCAL = re.compile(r"(?:my|your)([a-z]{3,20}?)(?:server|host|company|site|domain)")
"""`my`, a name, and what it names (`myrustdeskserver`)."""


def _provider_named(line: str, start: int, end: int) -> bool:
    """The address at [start, end) is at a free mail provider's own domain (two labels:
    `gmail.com`, not `mail.dangote.ng`) that the line names outside the address (`the Gmail
    account`)."""
    labels = line[start:end].rpartition("@")[2].lower().split(".")
    if len(labels) != 2 or labels[0] not in FREE_MAIL:
        return False
    outside = f"{line[:start]} {line[end:]}".lower()
    return re.search(rf"(?<![a-z]){re.escape(labels[0])}(?![a-z])", outside) is not None


_STEP = re.compile(r"\s*\d{1,2}\.\s")
"""A numbered step of a walk-through (`5. Enter the Gmail account …`)."""
_REGISTERED = re.compile(r"(?i)\b(?:set\s+up|setup|registered|register|created|opened|signed"
                         r"\s+up|made|uses|used|reads|owns|belongs)\b")
"""A verb that tells who made or uses the account (`Chidi set up the Gmail account`)."""
_SOFTWARE = re.compile(r"`[^`\n]*`")


def _software(name: str, lines: list[str]) -> bool:
    """`name` is proven software on the page: written in lower case inside code (a command,
    a path, a package: `rustdesk.exe`), not only a heading's or prose's capitalised name
    (`# Jensen Dental`: fixr58)."""
    pattern = re.compile(rf"(?<![a-z]){re.escape(name)}(?=[./\\:_-]|\.exe|(?![a-z]))")
    return any(pattern.search(span.group(0)) and "@" not in span.group(0)
               for line in lines if name in line for span in _SOFTWARE.finditer(line))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but made-up free-mail addresses named after the page's product."""
    page: _Page | None = None
    for index, line, hit in found:
        if hit.kind == EMAIL and (match := _LOCAL.fullmatch(
                line[hit.start:hit.end].rpartition("@")[0])) \
                and _provider_named(line, hit.start, hit.end) and not says_whose(line) \
                and _STEP.match(line) and not _REGISTERED.search(line) \
                and line[hit.start - 1:hit.start] == "`" \
                and _software(match.group(1), lines) \
                and match.group(1) in (page := page or _Page(lines)).products():
            context.accept(index, hit, REASON)
            continue
        yield index, line, hit

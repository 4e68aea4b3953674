"""A link made to be shared, given to readers as a link: a chat group's invitation, a published
document (issue 19, branch gen54).

A community's page lists its groups by their invitation links (`signal.group/#CjQK…`,
`chat.whatsapp.com/DnP9…`, `smp8.simplex.im/g#1k2H…`), and a help centre links the
spreadsheet it keeps public (`docs.google.com/spreadsheets/d/1-f9…`). The key in such a link
is what lets anyone in: the service makes it for sharing, and the page gives it to every reader
on purpose. The token rules read it as a key. `path_tokens`' `_PUBLIC_INVITES` passes some
invitation hosts' paths; group keys in a fragment and other services' links were still found.

Accepted only where all of these hold: the value is the key of a link on one of _SHARED's
addresses (the service's own sharing form, not any path of its host); the link is written as
one, the target of a Markdown or HTML link, or a bare URL on a list's item; its link text or
line names no secret, token, password or key, and nothing says it is private, internal or
someone's (`Jane's family group`, `our staff group`, `private`, placed_blocks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import TOKEN
from kbgen.core.privacy.placed_blocks import unplaced
from kbgen.core.surroundings import names_secret

REASON = "a link made to be shared (a group's invitation, a published document), given to readers"

_SHARED = re.compile(
    r"(?i)https?://(?:"
    r"signal\.group/#"
    r"|chat\.whatsapp\.com/(?:invite/)?"
    r"|(?:smp\d*\.)?simplex\.im/(?:g|contact|invitation)#/?"
    r"|(?:t|telegram)\.me/(?:\+|joinchat/)"
    r"|(?:discord\.gg|discord(?:app)?\.com/invite)/"
    r"|docs\.google\.com/(?:spreadsheets|document|presentation|forms)/d/(?:e/)?"
    r"|forms\.gle/"
    r")(?P<key>[\w+/=-]{8,})")
"""A service's sharing address and the key after it: Signal's group links, WhatsApp's group
invitations, SimpleX's group and contact links, Telegram's and Discord's invitations, Google's
documents and forms as shared."""
_TARGET = re.compile(r"(?:\]\([ \t]*<?|href=[\"'])$")
"""A Markdown link's target or an HTML link's opening right before the URL."""
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+<?")
"""A list's item whose text is the URL."""
_PRIVATE = re.compile(r"(?i)\b(?:private|internal|intern[ea]?|personal|privat[ea]?|staff"
                      r"|family|famil(?:le|ia)|secret|confidential|vertraulich)\b")
"""Words that keep a group or a document to its members."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but the keys of links made to be shared, given as links, kept by no one."""
    return unplaced(found, lines, context, _shared, REASON)


def _shared(index: int, line: str, hit: _Hit) -> bool:
    """The token is the key of a shared link written as a link, on a line that calls it no
    secret and keeps it to no one."""
    if hit.kind != TOKEN or hit.vendor:
        return False
    for match in _SHARED.finditer(line, max(0, hit.start - 80), min(len(line), hit.end + 200)):
        if match.start() <= hit.start and hit.end <= match.end("key") + 1 \
                and match.end("key") >= hit.end - 1:
            return not names_secret(line) and not _PRIVATE.search(line)
    return False

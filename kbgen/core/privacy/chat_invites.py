"""A private chat group's invitation key (issue 19, branch leak54): Signal's group link
(`https://signal.group/#CjQK…`: the fragment is the group's key), WhatsApp's
(`https://chat.whatsapp.com/…`), Telegram's private links (`t.me/+…`, `t.me/joinchat/…`,
`tg://join?invite=…`), SimpleX's contact and one-time invitation links, Viber's and LINE's
group links. Anyone holding one joins the group, so a link copied from someone's phone into an
article publishes their family's or team's chat. The token rules found those whose key looked
random to them (digits and both cases), not `chat.whatsapp.com/FnQjXbYzKpLmNoPqRsTuVw`.

A group's own public announcement publishes its link on purpose: a line that calls the group
public or a community's (`Join our community on WhatsApp`) is accepted, as path_tokens'
`_PUBLIC_INVITES` accepts a public community's invitation, and so is a page listing groups
(MIN_DIRECTORY list items or more, each a chat group's link: Meshtastic's local groups);
placeholders stay accepted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy import line_rules
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN
from kbgen.core.privacy.values import _is_placeholder

_INVITE = re.compile(
    r"(?i)(?<![\w.-])(?:"
    r"signal\.group/#(?P<signal>[A-Za-z0-9_-]{16,400})"
    r"|chat\.whatsapp\.com/(?:invite/)?(?P<whatsapp>[A-Za-z0-9]{16,32})"
    r"|(?:t|telegram)\.me/(?:\+|joinchat/)(?P<telegram>[A-Za-z0-9_-]{12,40})"
    r"|tg://join\?invite=(?P<tg>[A-Za-z0-9_-]{12,40})"
    r"|(?:[\w-]+\.)*simplex\.(?:chat|im)/(?:contact|invitation|[gaic])/?#/?\??"
    r"(?P<simplex>[^\s<>\"'`)\]]{16,2000})"
    r"|simplex:/(?:contact|invitation)#/?\??(?P<simplex_app>[^\s<>\"'`)\]]{16,2000})"
    r"|invite\.viber\.com/\?g2?=(?P<viber>[A-Za-z0-9_-]{12,80})"
    r"|line\.me/ti/g2?/(?P<line>[A-Za-z0-9_-]{8,40}))")
"""An invitation link of a private group and its key."""

_PUBLIC = re.compile(
    r"(?i)\b(?:community|communities|public|official|everyone|anyone|open to all"
    r"|announcements?|comunidad|communaut[ée]|gemeinschaft|comunit[àa]|gemeenschap"
    r"|öffentlich\w*|publique?s?|p[úu]blic[oa]s?|pubblic[oa]|openbare?)\b")
"""Words saying the group is public, a community's."""

_NEEDED = ("signal.group", "whatsapp.com", "t.me/", "telegram.me/", "tg://", "simplex",
           "viber.com", "line.me/")

REASON = "a public community's invitation, published on purpose"


def needs(text: str, folded: str) -> bool:
    """A text holding one of the invitation links' hosts."""
    return any(needed in folded for needed in _NEEDED)


def chat_invites(line: str, context: _Context) -> Iterator[_Hit]:
    """Each private group's invitation key on `line`."""
    folded = line.lower()
    if not any(needed in folded for needed in _NEEDED):
        return
    public = None
    for match in _INVITE.finditer(line):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        value = match.group(group)
        if _is_placeholder(value) or len(set(value.lower())) <= 3:
            continue  # `chat.whatsapp.com/XXXXXXXXXXXXXXXX`, `<invite-code>`
        if public is None:
            public = bool(_PUBLIC.search(line))
        yield _Hit(match.start(group), match.end(group), TOKEN, _mask_secret(value),
                   allowed=public, reason=REASON if public else "")


_GROUP_ITEM = re.compile(
    r"(?i)^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t].*(?:signal\.group|chat\.whatsapp\.com|(?<![\w.-])t\.me/"
    r"|telegram\.me/|discord\.(?:gg|com/invite)|facebook\.com/groups|matrix\.to|simplex\."
    r"|invite\.viber\.com|line\.me/)")
"""A list's item linking a chat group."""

MIN_DIRECTORY = 3
"""A page listing this many chat groups is a directory of groups that publish their links."""

DIRECTORY = "a directory of chat groups that publish their invitations"


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but chat invitations on a page listing MIN_DIRECTORY groups or more."""
    if not any(hit.kind == TOKEN for _, _, hit in found):
        return iter(found)
    listed = sum(1 for line in lines if _GROUP_ITEM.search(line))
    if listed < MIN_DIRECTORY:
        return iter(found)
    return line_rules.accepted(
        found, context, DIRECTORY,
        lambda _, line, hit: any(match.start() <= hit.start < match.end()
                                 for match in _INVITE.finditer(line)),
        lambda _, line: True)

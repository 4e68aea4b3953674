"""Webhook keys in a URL's path that are not hex (`https://hooks.zapier.com/hooks/catch/1234567/
bq4ux2p/`, `https://api.acme.io/webhook/qzrlmxvnptwksbyd`): after a segment naming a webhook,
a segment of random letters and digits is the hook's key; whoever holds the URL can post to
it. Hex keys in any path are kbgen.core.privacy.path_keys'; long keys anywhere are the
high-entropy detector's. Words (`/webhook/github-events`), numbers (an account's id) and
short segments (`/v1/`) are not keys."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.placeholder_words import word_like
from kbgen.core.privacy.context import _Context, _Hit, _mask_secret
from kbgen.core.privacy.model import TOKEN
from kbgen.core.privacy.values import _is_placeholder
from kbgen.core.word_needs import Words

_URL = re.compile(r"(?i)\b(?:https?://)?[a-z0-9.-]{1,253}\.[a-z]{2,63}(/[^\s<>\"'`\])?#]*)")

_HOOK_SEGMENT = re.compile(
    r"(?i)(?:incoming)?web-?hooks?(?:b\d|-test)?|hooks?|catch|incomingwebhook|incoming|trigger"
    r"|callbacks?|notify|(?:api[-_]?)?keys?|apikey|(?:access[-_]?)?tokens?|secrets?")
"""A segment saying the rest of the path is a webhook's or names a key (`/webhook/`,
`/hooks/catch/`, Teams' `/webhookb2/` and `/IncomingWebhook/`, n8n's `/webhook-test/`,
IFTTT's `/with/key/`)."""

_UUID = re.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
"""A UUID after a webhook's segment is its key (n8n, Power Automate); elsewhere a record's
id."""

NEEDS = ("hook", "catch", "incoming", "trigger", "callback", "notify", "key", "token",
         "secret")
"""What a folded text holds for _HOOK_SEGMENT to match."""
_NEEDED = Words(NEEDS)

_KEY_SEGMENT = re.compile(r"[A-Za-z0-9_-]{6,128}")

_WORD_PARTS = re.compile(r"[A-Za-z]+|\d+")


def _key_like(segment: str) -> bool:
    """Random letters and digits: not a word or words (`github-events`), a number, a name with
    a number (`team2`, `v1`), a placeholder (`XXXXXX`, `<key>`) or a UUID's part."""
    if not _KEY_SEGMENT.fullmatch(segment) or segment.isdigit() or _is_placeholder(segment) or (
            segment[:2].lower() == "0x"):  # a PGP key's public id (`/key/0x1234ABCD`)
        return False
    parts = _WORD_PARTS.findall(segment)
    letters = [part for part in parts if part.isalpha()]
    if len(parts) >= 3 and any(part.isdigit() for part in parts):
        return True  # `bq4ux2p`, `q8Zr2LmX`: digits inside letters
    return any(len(part) >= 6 and not word_like(part.lower()) for part in letters)


def _webhook_keys(line: str, context: _Context) -> Iterator[_Hit]:
    """Each key-like segment after a webhook-naming segment of a URL's path."""
    if "/" not in line:
        return
    folded = line.lower()
    if not _NEEDED(folded):
        return
    for match in _URL.finditer(line):
        at = match.start(1)
        hooked = False
        for segment in match.group(1).split("/"):
            if hooked and (_key_like(segment) or _UUID.fullmatch(segment)):
                yield _Hit(at, at + len(segment), TOKEN, _mask_secret(segment))
            hooked = hooked or bool(_HOOK_SEGMENT.fullmatch(segment))
            at += len(segment) + 1

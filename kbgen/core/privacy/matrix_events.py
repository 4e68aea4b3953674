"""A Matrix event as a homeserver's API prints it: its ids, content hash and signatures
(issue 19, branch fp44).

Synapse's admin API pages show events as JSON: `"event_id": "$hJ_kcXbVMcI82JDrbqfUJIHu61tJ…"`,
the ids it follows in `"auth_events"` and `"prev_events"` lists, `"hashes": {"sha256": "…"}`
and `"signatures": {"<server>": {"ed25519:<key id>": "…"}}`, and media as
`mxc://<server>/<media id>`. In the Matrix specification (rooms v3 and later) an event id is
`$` and the event's reference hash (SHA-256, 43 characters of unpadded base64), the content
hash is SHA-256 of the event, a signature is Ed25519's (64 bytes, 86 characters) made so that
every server can check it, and a media id names a file on its server: identifiers, digests and
public signatures, never a credential. Each counts only in its own place:

- `$` and 40-48 base64 characters under a key naming events (`event_id`, `redacts`,
  `auth_events`, `prev_events`, `event_ids`, the list item under such a key);
- 43 characters of base64 (32 bytes) under `sha256` inside a `hashes` object;
- base64 of exactly 64 bytes under `ed25519:<key id>` inside a `signatures` object;
- the media id of an `mxc://server/id` URI.

A value in another key (`"access_token": "$…"`, `"password"`), a signing key's 32-byte seed
written as a signature, or a `syt_` access token stays a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.illustrative_keys import base64_bytes
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.line_facts import LineFacts, Spans
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = ("a Matrix event's id, content hash or signature, or a media id: identifiers and"
          " public signatures, no credential")

_KEY = re.compile(r"""[ \t]*["']?([\w:.-]{1,64})["']?[ \t]*:""")
"""A JSON or YAML key opening a line."""
_EVENT_KEYS = frozenset({"event_id", "redacts", "auth_events", "prev_events", "event_ids",
                         "prev_state", "replaces_state", "in_reply_to"})
_EVENT_ID = re.compile(r"\$[A-Za-z0-9+/_-]{40,48}")
_SIGNATURE_KEY = re.compile(r"ed25519:[\w-]{1,32}")
_MEDIA = re.compile(r"mxc://[\w.-]+(?::\d+)?/([A-Za-z0-9_-]{8,64})(?![\w/-])")
MAX_UP = 40
"""Lines read up for the key holding a list item or an object."""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _key(line: str) -> str | None:
    match = _KEY.match(line)
    return match.group(1) if match else None


def _parent(lines: list[str], index: int) -> int | None:
    """The line of the key holding line `index` (the nearest line above, less indented, that
    opens with a key), or None."""
    depth = _indent(lines[index])
    for number in range(index - 1, max(-1, index - MAX_UP), -1):
        text = lines[number]
        if text.strip() and _indent(text) < depth:
            return number if _key(text) else None
    return None


def _event_id(lines: list[str], index: int, line: str, hit: _Hit) -> bool:
    """`$` and a reference hash, under (or listed under) a key naming events."""
    match = _EVENT_ID.fullmatch(line, hit.start - 1, hit.end)
    if match is None:
        return False
    key = _key(line)
    if key is None or key == line[hit.start - 1:hit.end]:
        parent = _parent(lines, index)
        key = _key(lines[parent]) if parent is not None else None
    return key in _EVENT_KEYS


def _under(lines: list[str], index: int, name: str) -> bool:
    """The object holding line `index` is the value of key `name`."""
    parent = _parent(lines, index)
    return parent is not None and _key(lines[parent]) == name


def _signed(lines: list[str], index: int, line: str, hit: _Hit) -> bool:
    """A content hash under `hashes`, or an Ed25519 signature under `signatures`."""
    key = _key(line)
    value = line[hit.start:hit.end]
    if key == "sha256":
        return base64_bytes(value) == 32 and _under(lines, index, "hashes")
    if key is not None and _SIGNATURE_KEY.fullmatch(key) and base64_bytes(value) == 64:
        parent = _parent(lines, index)
        return parent is not None and _under(lines, parent, "signatures")
    return False


def _media_spans(line: str) -> Spans:
    """Each `mxc://` URI's server and media id in `line` (a token's run may start in the
    server's name: `org/a526eYUSF…`)."""
    if "mxc://" not in line:
        return Spans(())
    return Spans((match.start() + len("mxc://"), match.end(1)) for match in _MEDIA.finditer(line))


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but event ids, content hashes, signatures and media ids of Matrix events."""
    marks = LineFacts(lambda line: ("$" in line, '"' in line, _media_spans(line)))
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and line == lines[index] and (
                (mark := marks(index, line))[0] and _event_id(lines, index, line, hit)
                or mark[1] and _signed(lines, index, line, hit)
                or mark[2].hold(hit.start, hit.end)):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit

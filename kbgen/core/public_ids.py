"""Values published by design that look like keys, for the gate (issue 19).

- A BlurHash (`"blurhash": "UnE{@jt6M_oIAhjYs+ayT2WBf9ayRkkDXAj["`) is a few dozen
  characters of base 83 that draw a blurred preview of a picture the API serves to anyone.
  Only a value right after the key `blurhash`, wholly base 83 of 6 to 100 characters, and
  exactly as long as its first character says (4 + 2 per component: review s32, any key of
  base-83 letters under that key passed).
- A Keybase proof's link (`https://keybase.io/gargron/sigchain#5cfc…0f`) ends with the id
  of a signature in the user's public chain: published for anyone to verify. Only that
  fragment of that path, hex of 64 to 80 characters; a query on it stays a finding.
- A diagrams.net (draw.io) link carries the drawing itself, compressed, in its fragment
  (`https://viewer.diagrams.net/?…#R%3Cmxfile…`): what the page shows anyway. Only inside that
  fragment (no space or quote between `#R` and the value, or, decoded, right after its
  `<mxfile><diagram …>`); a query value, or a `name=value` pair written in the fragment
  (`#Rtoken=<value>`: review s32), stays a finding.
"""

from __future__ import annotations

import re

_BLURHASH_KEY = re.compile(r"""(?i)(?:^|[\s{,"'`(])["']?blur_?hash["']?\s*[:=]\s*["']?$""")
_BASE83 = re.compile(r"[0-9A-Za-z#$%*+,\-.:;=?@\[\]^_{|}~]{6,100}")
_BASE83_TAIL = re.compile(r"[0-9A-Za-z#$%*+,\-.:;=?@\[\]^_{|}~]*$")
_BASE83_HEAD = re.compile(r"[0-9A-Za-z#$%*+,\-.:;=?@\[\]^_{|}~]*")
"""The run of base-83 characters around a hit (a token found inside a BlurHash)."""
BASE83 = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
          "#$%*+,-.:;=?@[]^_{|}~")
"""BlurHash's digits, in order."""
_PAIR = re.compile(r"[=&]")
"""A `name=value` pair in a fragment (compressed drawings are base64 and percent-escapes)."""
_SIGCHAIN = re.compile(r"https://keybase\.io/[A-Za-z0-9_]{2,16}/sigchain#$")
_HEX = re.compile(r"[0-9a-f]{64,80}")

_DIAGRAM_URL = re.compile(r"https://(?:viewer|app|embed)\.diagrams\.net/[^\s\"'#]{0,2000}$|"
                          r"https://(?:www\.)?draw\.io/[^\s\"'#]{0,2000}$")
_NOT_IN_URL = re.compile(r"[\s\"'<>]")
_DECODED_DRAWING = re.compile(r"#R<mxfile[^<>]{0,500}><diagram[^<>]{0,500}>")
"""The fragment's start as the gate reads it decoded (`#R<mxfile><diagram name="Page-1" …>`),
right before the compressed drawing."""
MAX_FRAGMENT = 20_000
"""How far back from a value the start of a diagram's fragment (`#R`) is looked for."""

BLURHASH = "a picture's blurred preview (BlurHash), drawn from a picture served to anyone"
DIAGRAM = "a diagram's own drawing, compressed in its diagrams.net link (what the page shows)"
SIGCHAIN = "the id of a signature in a public Keybase chain (published to be verified)"


def reason(line: str, start: int, end: int) -> str | None:
    """Why the value at [start, end) of `line` is published by design, or None."""
    value = line[start:end]
    head = _BASE83_TAIL.search(line, max(0, start - 100), start)
    whole = _BASE83_HEAD.match(line, head.start() if head else start)
    if whole and _BLURHASH_KEY.search(line[max(0, whole.start() - 40):whole.start()]) \
            and _BASE83.fullmatch(whole.group()) and blurhash_length(whole.group()):
        return BLURHASH
    if _in_diagram(line, start):
        return DIAGRAM
    before = line[max(0, start - 60):start]
    if _SIGCHAIN.search(before) and _HEX.fullmatch(value) and not line.startswith("?", end):
        return SIGCHAIN
    return None


def _in_diagram(line: str, start: int) -> bool:
    """`start` lies in the `#R…` fragment of a diagrams.net link."""
    mark = line.rfind("#R", max(0, start - MAX_FRAGMENT), start)
    if mark < 0:
        return False
    decoded = _DECODED_DRAWING.fullmatch(line, mark, start)
    if not decoded and (_NOT_IN_URL.search(line, mark, start)
                        or _PAIR.search(line.rstrip("="), mark, start)):
        return False
    return bool(_DIAGRAM_URL.search(line, max(0, mark - 2100), mark))


def blurhash_length(value: str) -> bool:
    """`value` is as long as its size digit says: 4 characters and 2 per component, with
    (digit % 9 + 1) x (digit // 9 + 1) components (the BlurHash format)."""
    size = BASE83.find(value[0])
    return size >= 0 and len(value) == 4 + 2 * (size % 9 + 1) * (size // 9 + 1)

"""Argon2 password digests made from a placeholder the page names, checked by making them
again (issue 19).

Authelia's docs show a users file whose every `password:` is
`'$argon2id$v=19$m=65536,t=3,p=2$BpLn…$o/vz…'`, and the command that made it,
`authelia crypto hash generate argon2 --password 'password'`, on the same page; elsewhere
`password: '$argon2id$…'  # digest for 'password'`. Such a digest hides nothing the page does
not give away. A digest counts as one only when

- it is an Argon2 PHC string (`$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>`,
  base64 without padding) costing at most MAX_MEMORY KiB and MAX_PASSES passes, with a salt
  of at most verified_digests.SALT_BYTES bytes (a longer one could carry a key), written as
  base64 writes bytes and holding nothing typed (`verified_digests.typed`);
- a value the same page quotes (its line first) is a placeholder password as the gate judges
  one (`password`, `insecure_secret`: examples.placeholder_password), and
- the digest made again from that value, with the parameters written, is the one written.

A real password's digest beside a quoted placeholder, a digest beside a real password, a
digest on a page that quotes no placeholder, or one too costly to make stays a finding. Making
one costs about 0.2 CPU s: a text gets at most MAX_CHECKS; results are kept per process (a
help centre repeats one example digest). Without the `cryptography` package (OpenSSL's
Argon2) nothing is made again, and every Argon2 digest stays a finding.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kbgen.core.verified_digests import SALT_BYTES, page_placeholders, typed

_PHC = re.compile(r"\$(argon2id|argon2i|argon2d)\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})"
                  r"\$([A-Za-z0-9+/]{11,64})\$([A-Za-z0-9+/]{22,128})")
MAX_MEMORY = 65_536
"""KiB of memory a digest may ask for (64 MiB, Authelia's and the RFC's second choice)."""
MAX_PASSES = 4
"""Passes over that memory a digest may ask for (Authelia's default is 3)."""
MAX_LANES = 8
MAX_CHECKS = 4
"""Digests made again per text (each about 0.2 CPU s): a bound on a hostile page's cost."""
LONGEST = 260
"""An Argon2 PHC string's most characters: a value's digest is looked for this far round it."""

REASON = ("an Argon2 password digest made from a placeholder its page names (checked by "
          "making it again)")


@dataclass
class Argon2Checker:
    """Argon2 digests checked in one text, against the placeholders the text quotes."""

    lines: list[str]
    checks_left: int = MAX_CHECKS
    _page_plains: list[str] | None = None
    _known: dict[tuple[str, str], bool] = field(default_factory=dict)

    def explained(self, line: str, start: int, end: int) -> bool:
        """The value at [start, end) of `line` is inside an Argon2 digest made from a
        placeholder the line, or else the page, quotes."""
        low = max(0, start - LONGEST)
        for digest in _PHC.finditer(line, low, min(len(line), end + LONGEST)):
            if digest.start() <= start and end <= digest.end():
                return any(self._made_from(digest.group(0), plain)
                           for plain in self._plains(line))
        return False

    def _plains(self, line: str) -> list[str]:
        """The line's quoted placeholder passwords, then the page's (at most MAX_PLAINS)."""
        if self._page_plains is None:
            self._page_plains = page_placeholders(self.lines)
        own = page_placeholders([line])
        return own + [value for value in self._page_plains if value not in own]

    def _made_from(self, digest: str, plain: str) -> bool:
        key = (digest, plain)
        if key not in self._known:
            if self.checks_left <= 0:
                return False
            self.checks_left -= 1
            self._known[key] = _argon2_made_from(digest, plain)
        return self._known[key]


@lru_cache(maxsize=64)
def _argon2_made_from(text: str, plain: str) -> bool:
    """The Argon2 digest `text` is made from `plain` (kept: a help centre repeats one example
    digest on many pages)."""
    digest = _PHC.fullmatch(text)
    if digest is None:
        return False
    variant, memory, passes, lanes = (digest.group(1), int(digest.group(2)),
                                      int(digest.group(3)), int(digest.group(4)))
    salt, expected = _b64(digest.group(5)), _b64(digest.group(6))
    if (salt is None or expected is None or not 8 <= len(salt) <= SALT_BYTES
            or _b64_text(salt) != digest.group(5) or typed(digest.group(5))
            or not 0 < passes <= MAX_PASSES or not 0 < lanes <= MAX_LANES
            or not 8 * lanes <= memory <= MAX_MEMORY or len(expected) < 16):
        return False
    try:
        from cryptography.hazmat.primitives.kdf import argon2
    except ImportError:  # no OpenSSL Argon2 here: the digest stays a finding
        return False
    kind = getattr(argon2, "A" + variant[1:])  # Argon2id, Argon2i, Argon2d
    try:
        made = kind(salt=salt, length=len(expected), iterations=passes, lanes=lanes,
                    memory_cost=memory).derive(plain.encode("utf-8"))
    except Exception:  # noqa: BLE001 (OpenSSL refusing the parameters: not verified)
        return False
    return made == expected


def _b64(text: str) -> bytes | None:
    """Standard base64 without padding, or None."""
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _b64_text(data: bytes) -> str:
    """`data` in standard base64 without padding, as an Argon2 PHC string writes it."""
    return base64.b64encode(data).decode().rstrip("=")

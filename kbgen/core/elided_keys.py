"""SSH public keys shown shortened (`ssh-rsa AAAAB3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ov`), as
tutorials print a key to show its shape: the end after the dots is part of a public key, not a
token. The start must decode to a key naming the algorithm written before it
(kbgen.core.public_keys), the cut must be written (two or more dots, or `…`), and the end is
base64 of at most 32 characters that reads as a key's random bytes: a value of one case
(`…8f14e45fceea167a5a36dedd4bea2543`, a hex key) or holding words (`…Sunflower2024`) pasted
after the cut is no key's end (issue 19, leak44), nor an end that shows more than half of the
key's random characters (leak46: a random value pasted after an Ed25519 key's cut is as long as
the key's end, `…Kq8vNz3Lw2pdR7xYt0bFhJ4mQeU9`); a line naming a secret keeps its findings."""

from __future__ import annotations

import re

from kbgen.core.placeholder_words import reads_as_words
from kbgen.core.public_keys import _SECRET, _names_algorithm

_ELIDED = re.compile(
    r"(?<![\w-])(?P<algorithm>ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521))"
    r"\s+(?P<head>AAAA[A-Za-z0-9+/]{8,})(?:\.{2,}|…)(?P<tail>[A-Za-z0-9+/]{1,32}={0,2})"
    r"(?![A-Za-z0-9+/=_-])")


def elided_key_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) of each shortened public key (its start, the cut and its end) in `line`."""
    if "AAAA" not in line or (".." not in line and "…" not in line) or _SECRET.search(line):
        return []
    return [(match.start("head"), match.end("tail")) for match in _ELIDED.finditer(line)
            if _names_algorithm(match.group("head"), match.group("algorithm"))
            and _random_end(match.group("tail"))
            and _hides_most(match.group("algorithm"), match.group("head"), match.group("tail"))]


_KEY_LENGTHS = {"ssh-ed25519": (25, 68), "ssh-ed448": (22, 100),
                "ecdsa-sha2-nistp256": (52, 140), "ecdsa-sha2-nistp384": (52, 184),
                "ecdsa-sha2-nistp521": (52, 232)}
"""A fixed-size key's base64: how many characters of its start its algorithm fixes, and its
length (the random characters are the rest). RSA and DSA keys are hundreds long."""


def _hides_most(algorithm: str, head: str, tail: str) -> bool:
    """The cut hides at least half of the key's random characters: a shortened key shows its
    shape, a key shown nearly whole (or a value as long as its end) is not one."""
    fixed, length = _KEY_LENGTHS.get(algorithm, (0, 10_000))
    shown = max(0, len(head) - fixed) + len(tail.rstrip("="))
    return 2 * shown <= length - fixed


_LETTER_RUN = re.compile(r"[A-Z]?[a-z]{5,}")
MIN_CASED = 12
"""An end this long has both cases when it is random base64 (all but 0.2 % do)."""


def _random_end(tail: str) -> bool:
    """A key's end as base64 of random bytes writes it: both cases once it is MIN_CASED long,
    and no run of letters that reads as words (`Sunflower`)."""
    letters = tail.rstrip("=")
    if len(letters) >= MIN_CASED and (letters.lower() == letters or letters.upper() == letters):
        return False
    return not any(reads_as_words(run.group().lower()) for run in _LETTER_RUN.finditer(tail))

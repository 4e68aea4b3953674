"""SSH public keys shown shortened (`ssh-rsa AAAAB3NzaC1yc2EAAAA.......rdj7eitNUjlIV8ov`), as
tutorials print a key to show its shape: the end after the dots is part of a public key, not a
token. The start must decode to a key naming the algorithm written before it
(kbgen.core.public_keys), the cut must be written (two or more dots, or `…`), and the end is
base64 of at most 32 characters; a line naming a secret keeps its findings."""

from __future__ import annotations

import re

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
            if _names_algorithm(match.group("head"), match.group("algorithm"))]

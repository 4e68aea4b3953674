"""A public key its line names so, whichever detector found it (issue 19, branch fp44).

`netbird status -d` prints each peer's WireGuard key as `Public key: 2lI3F+fDUWh58g5o…=`.
The token rule already lets such a key pass (kbgen.core.public_keys: base64 of a curve key's
32 bytes on a line calling it a public key and naming nothing private, preshared or secret),
but the label rules read `key:` alone and judged the value without its line, so the same key
was a finding there. A public key is published so that peers can encrypt to it and check
signatures: it leaks nothing. A line naming a private or preshared key, a secret, a token or
a password keeps its findings, and so does a value that is no curve key's base64.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.line_facts import LineFacts, Spans
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.public_keys import public_key_spans

REASON = "a public key its line names so (WireGuard's `Public key:`), published by design"


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but keys lying inside a public key's span of their line."""
    spans = LineFacts(lambda line: Spans(public_key_spans(line) if "ublic" in line else ()))
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and spans(index, line).hold(
                hit.start, hit.end):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit

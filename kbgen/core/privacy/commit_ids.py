"""A commit id the text labels as one, wherever the page repeats it (issue 19, branch fp50).

Traefik's build page shows `make binary` printing `SHA: 8fddfe11…60b4 cheddar 2024-01-11…`
and, on the next lines, the same 40 hex digits linked into the binary as `-X
…/version.Version=8fddfe11…60b4`. A commit id names a version of public source: it opens
nothing. The token rules read 40 random-looking hex digits; the label says what they are.

Accepted only when all of these hold: the value is a full commit id (40 lower-case hex
digits, SHA-1's length, as git prints one); somewhere on the page it comes right after a label
naming a commit (`SHA:`, `commit:`, `Commit hash:`, `git sha=`), with no secret named before
that label on its line or on the line above (`token SHA: …`, `password: commit: …`:
named_digests' test; `Here is the deploy key` then `SHA: …`: rev50); and the
line of each mention accepted names no secret (`GITHUB_TOKEN=<the same digits>` stays a
finding: a token copied beside a label is still a token).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.named_digests import BEFORE
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "a commit id the page labels as one (`SHA: …`), naming a version of public source"

_COMMIT_ID = re.compile(r"[0-9a-f]{40}")
_LABEL = re.compile(r"(?i)(?:^|[\s\"'`(])(?:git[ \t]+)?(?:commit|sha|revision)"
                    r"(?:[ \t]+(?:id|hash|sha))?[ \t]*[:=][ \t]*[\"'`]?$")
_SECRET_BEFORE = re.compile(r"(?i)pass(?:word|wd|phrase)?|secret|key|token|bearer|auth|cred")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but commit ids a label names, wherever the page repeats them."""
    candidates = [(index, line, hit) for index, line, hit in found
                  if hit.kind in (TOKEN, PASSWORD) and not hit.vendor
                  and _COMMIT_ID.fullmatch(line[hit.start:hit.end])]
    labelled = {line[hit.start:hit.end] for index, line, hit in candidates
                if _labelled(line, hit.start) and not _SECRET_BEFORE.search(
                    lines[index - 1] if index > 0 else "")}  # `the deploy key` / `SHA: …`
    for index, line, hit in found:
        if labelled and hit.kind in (TOKEN, PASSWORD) and not hit.vendor \
                and line[hit.start:hit.end] in labelled and not surroundings.names_secret(line):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def _labelled(line: str, start: int) -> bool:
    """A label naming a commit is right before `start`, and no secret before the label."""
    before = line[max(0, start - BEFORE):start]
    label = _LABEL.search(before)
    return label is not None and not _SECRET_BEFORE.search(before, 0, label.start() + 1)

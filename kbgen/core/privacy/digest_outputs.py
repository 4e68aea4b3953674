"""What a digest tool printed for the command above it (issue 19, branch fp48).

Kanidm's deployment guide checks that a certificate matches its key: `openssl ec -in key.pem
-pubout | openssl sha1` and, on the next line, what it printed, `1c7e7bf6…`. The token rules
read the 40 hex digits as a key. A digest is one-way: it tells nothing of what was hashed, and
here what was hashed is a public key. The gate already accepts a digest its paragraph calls
one; this paragraph speaks of the key, so the command has to say it: the value is the whole
line, of a digest's length, and the line above it in the same code block (comments and a
prompt allowed) ends by running a digest tool (`| openssl sha1`, `sha256sum file`, `openssl
dgst -sha256 file`, `md5sum`, `shasum -a 256`, `b2sum`).

`openssl rand -hex 20` prints 40 hex digits of a fresh secret: it runs no digest tool, so its
output stays a finding; so does a value on a line saying whose it is, or one further below,
or one under a line running something else first (`cat token; sha1sum token`: rev48).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core import surroundings
from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN

REASON = "what a digest tool printed for the command above it (`| openssl sha1`): one-way"

_HEX_LINE = re.compile(r"[ \t]*([0-9a-fA-F]+)(?:[ \t]+(?:\*?-|\*?[\w./-]+))?[ \t]*")
"""A digest alone on its line, or as `sha256sum` prints it (the file's name or `-` after)."""
_DIGEST_COMMAND = re.compile(
    r"(?:^|[|;&]|\$)[ \t]*(?:sudo[ \t]+)?(?:openssl[ \t]+(?:sha(?:1|224|256|384|512)|md5"
    r"|dgst\b[^|;&#]*)|(?:sha(?:1|224|256|384|512)|md5|b2)sum\b[^|;&#]*|shasum\b[^|;&#]*)"
    r"[ \t]*$")
"""A command whose last step runs a digest tool."""
_PRINTS_BEFORE = re.compile(r"[;&]|\btee\b")
"""A command that may print before its digest tool does (`cat token; sha1sum token`, `… | tee
/dev/stderr | sha256sum`): the line below may be what it printed first (rev48)."""
_COMMENT = re.compile(r"^[ \t]*(?:#|//)[ \t]*")


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but digests a digest tool printed."""
    for index, line, hit in found:
        if hit.kind in (TOKEN, PASSWORD) and not hit.vendor and line == lines[index] \
                and printed_digest(lines, index, hit):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def printed_digest(lines: list[str], index: int, hit: _Hit) -> bool:
    """Line `index` is only the digest `hit`, and the line above runs a digest tool."""
    line = lines[index]
    whole = _HEX_LINE.fullmatch(line)
    if whole is None or whole.start(1) != hit.start or whole.end(1) != hit.end \
            or hit.end - hit.start not in surroundings.DIGEST_LENGTHS or index == 0:
        return False
    command = _COMMENT.sub("", lines[index - 1]).rstrip()
    return (_DIGEST_COMMAND.search(command) is not None and not _PRINTS_BEFORE.search(command)
            and not surroundings.names_whose(f"{lines[index - 1]}\n{line}"))

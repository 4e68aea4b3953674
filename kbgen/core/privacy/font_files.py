"""A web font's hash-named file, in a listing or a URL (issue 19, branch fp47).

Google Fonts names each file by a hash of its subset (`KFOmCnqEu92Fr1Mu4mxK.woff2`,
`L0xTDF4xlVMF-BfR8bXMIhJHg45mwgGEFl0_3vrtSM1J-gEPT5Ese6hmHSV0mf0h.woff2`), and a page that
tells readers how to host fonts themselves lists those files (Material for MkDocs' "Ensuring
data privacy" shows the folder its privacy plugin downloads). The token rules read the name
as a key. A font file is served to every visitor of every site that uses it: its name leaks
nothing. Accepted only where the whole name is the file's: base64url characters, directly
followed by a font extension and then the end of the name, the name starting after a tree's
branch, a slash, CSS's `url(` or a list's bullet; not a service's key (`ghp_…`), and not
on a line naming a secret, a token, a password or a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kbgen.core.privacy.context import _Context, _Hit
from kbgen.core.privacy.model import PASSWORD, TOKEN
from kbgen.core.surroundings import names_secret

REASON = "a web font's hash-named file (`KFOmCnqEu92Fr1Mu4mxK.woff2`), served to every visitor"

_FONT_FILE = re.compile(r"\.(?:woff2?|ttf|otf|eot)(?![\w.-])")
"""A font's extension ending the name."""
_NAME = re.compile(r"[A-Za-z0-9_-]+")
_FILE_BEFORE = re.compile(r"(?:(?:[─└├]|--)[ \t]*|/|\burl\([ \t]*[\"']?)$")
"""Where a file's name starts: a tree's branch (`├─ `, ASCII `|-- `), a folder's or URL's
slash, CSS's `url(`; or a list's bullet opening the line (_BULLET). Not after a label or a
space (rev47: `Kennwort: Xk9m….woff2`, `pw Xk9m….woff2` passed: the secret words are English
only, and the line before may name it)."""
_BULLET = re.compile(r"[ \t]*[-*+][ \t]+")
_REACH = 12
"""Characters before a name that _FILE_BEFORE reads (`url( "` at most): a long line of
fonts is not read again for each."""


def accepted(found: list[tuple[int, str, _Hit]], lines: list[str], context: _Context
             ) -> Iterator[tuple[int, str, _Hit]]:
    """`found` but font files' hash names."""
    for index, line, hit in found:
        if hit.kind in (PASSWORD, TOKEN) and not hit.vendor and font_name(line, hit):
            context.accept(index, hit, REASON)
        else:
            yield index, line, hit


def font_name(line: str, hit: _Hit) -> bool:
    """The hit is a whole font file's name, on a line naming no secret."""
    return (_NAME.fullmatch(line, hit.start, hit.end) is not None
            and (_FILE_BEFORE.search(line, max(0, hit.start - _REACH), hit.start) is not None
                 or _BULLET.fullmatch(line, 0, hit.start) is not None)
            and _FONT_FILE.match(line, hit.end) is not None
            and not names_secret(line))

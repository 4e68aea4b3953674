"""SVG images copied from an old site without the W3C's public SVG DOCTYPE that drawing tools
write (`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/.../svg11.dtd">`):
it declares nothing the image uses, and kbgen refuses any DOCTYPE in an SVG (kbgen.core.svg),
so 2 icons of Home Assistant's companion docs stopped `kbgen check`. A DOCTYPE with anything
else (an internal subset, entities, another DTD), or one after the root element's start (the
same words in a comment or a text, where removing them would join what is around them:
`<scr<!DOCTYPE ...>ipt>`), is kept, and refused as before (rev43)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_PUBLIC_DTD = re.compile(
    rb'\A(?P<prolog>(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*)'
    rb'<!DOCTYPE\s+svg\s+PUBLIC\s+"-//W3C//DTD SVG [\d.]+(?: Tiny| Basic)?//EN"\s+'
    rb'"http://www\.w3\.org/Graphics/SVG/[\d.]+/DTD/svg[\w.-]*\.dtd"\s*>')

REMOVED = ("its DOCTYPE (the W3C's public SVG DTD, which declares nothing the image uses)"
           " removed: kbgen refuses a DOCTYPE in an SVG")
"""The report's line for an image copied without it."""


def has_public_dtd(source: Path) -> bool:
    """The file is an SVG whose DOCTYPE, in its prolog, is only the W3C's public SVG DTD."""
    return source.suffix.lower() == ".svg" and _PUBLIC_DTD.match(source.read_bytes()) is not None


def copy_file(source: Path, target: Path) -> None:
    """Copy `source` to a new file `target` (never replacing one), an SVG without the public
    SVG DOCTYPE."""
    if has_public_dtd(source):
        with target.open("xb") as file:
            file.write(_PUBLIC_DTD.sub(rb"\g<prolog>", source.read_bytes(), count=1))
        return
    with source.open("rb") as read, target.open("xb") as file:
        shutil.copyfileobj(read, file)

"""Addresses of the images a page embeds (`![alt](url)`, `<img src="url">`): every reader's
browser fetched them to show the page where it was written, so a hex id in such an address's
path (a site's or a file's id: Obsidian Publish's `/access/<32 hex>/Attachments/x.jpg`) is
public, not a key; and kbgen leaves a picture from another site out of the published page
(with a warning) anyway.

A key in the image's query string (`?token=`) is still judged as a query value
(kbgen.core.url_parts), and so is a hex segment after a segment that names a credential
(`/key/<hex>/`) or in an address the page only writes or links.
"""

from __future__ import annotations

import re

_EMBEDDED = re.compile(r"""(?:!\[[^\]\n]*\]\(\s*<?|<img\b[^>\n]*?\bsrc\s*=\s*["']?)$""",
                       re.I)
"""What stands right before an embedded image's address: Markdown's `![alt](` or an <img>
tag's `src=`."""
_HEX_ID = re.compile(r"[0-9a-fA-F]{32,64}")
_NAMES_CREDENTIAL = re.compile(
    r"(?i)(?:api[-_]?)?keys?|(?:access[-_]?|auth[-_]?|api[-_]?)?tokens?|secrets?|auth\w*"
    r"|sig(?:nature)?s?|passw(?:or)?ds?|credentials?|sessions?")
"""A path segment naming what the next one is: a credential (`/key/<hex>/`)."""
LOOK_BACK = 300
"""How far before an address its `![alt](` or `<img src=` is looked for."""


def embedded_image(line: str, url_start: int) -> bool:
    """True when the address starting at `url_start` of `line` is an image the page shows."""
    return _EMBEDDED.search(line, max(0, url_start - LOOK_BACK), url_start) is not None


def public_image_id(piece: str, before: list[str]) -> bool:
    """True when `piece`, a path segment of an embedded image's address after the segments
    `before`, is a hex id (32 to 64 digits) that no segment before it names as a credential."""
    return _HEX_ID.fullmatch(piece) is not None and not any(
        _NAMES_CREDENTIAL.fullmatch(segment) for segment in before)

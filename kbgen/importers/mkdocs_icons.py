"""Material for MkDocs' icon shortcodes (`:octicons-tag-24:`, `:material-alert:{ .red }`, drawn
by `pymdownx.emoji` on the old site): kbgen's pages draw no icon set, so the shortcode would be
published as its name. Removed outside code, the text around them kept (`[:octicons-tag-24:
7.0.0][Insiders]` reads `[7.0.0][Insiders]`)."""

from __future__ import annotations

import re

from kbgen.importers.markdown_text import subn_outside_code

_ICON = re.compile(r":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:(?:\{[^{}\n]*\})?"
                   r"[ \t]?")


def remove_icons(body: str) -> tuple[str, int]:
    """`body` without icon shortcodes (code kept as written), and how many."""
    return subn_outside_code(_ICON, "", body)

"""Reference definitions of imported Markdown (`[label]: page.md "title"`): their addresses
follow the articles to their new files, as inline links' do."""

from __future__ import annotations

import re
from collections.abc import Callable

from kbgen.importers.references import IMAGE_SUFFIXES

DEFINITION = re.compile(
    r"^(?P<start> {0,3}\[(?!\^)[^\[\]\n]+\]:)[ \t]*(?P<target><[^<>\n]*>|[^\s<]\S*)"
    r"(?P<title>[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$", re.M)
"""A definition as CommonMark writes it (Docusaurus, Hugo): its address may be in `<>`
with spaces (`[my label]: <my page.md>`), which Python-Markdown does not read."""


def rewrite_definitions(text: str, link: Callable[[str], str | None],
                        image: Callable[[str], str | None]) -> str:
    """Each definition's address through `link` (`image` for a picture's); a definition
    whose address is refused (None) is left out, its uses then show their text."""
    def replace(match: re.Match[str]) -> str:
        target = match.group("target")
        if target.startswith("<"):
            target = target[1:-1]
        if not target:
            return match.group(0)  # `[//]: <> (a comment)`
        path = target.split("#", 1)[0].split("?", 1)[0].lower()
        new = (image if path.endswith(IMAGE_SUFFIXES) else link)(target)
        if new is None:
            return ""
        return f"{match.group('start')} {new.replace(' ', '%20')}{match.group('title') or ''}"

    return DEFINITION.sub(replace, text)

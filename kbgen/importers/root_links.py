"""HTML links to the old site's own pages by path (`<a href="/privacy-pro/vpn">VPN</a>`,
DuckDuckGo's `{{ site.baseurl }}/...` once the base is dropped): written as Markdown links, so
they follow their article to the new site as Markdown links do. Left as HTML, they pointed at
the old path from the host's root: a redirect hop at best, and nothing under a sub-path.
Not inside an HTML block (`<ul><li><a ...>`), which Python-Markdown does not read as
Markdown: there a Markdown link would show as text."""

from __future__ import annotations

import re

from markdown.util import BLOCK_LEVEL_ELEMENTS

from kbgen.importers.markdown_text import protected

_ROOT_LINK = re.compile(r"""<a\s+href\s*=\s*["'](/(?!/)[^"'<>\s]*)["']\s*>([^<>\[\]\n]+)</a>""",
                        re.IGNORECASE)
"""A link by the site's path with plain text, no other attribute (a title or a target may
mean more than a link)."""
_HTML_BLOCK = re.compile(r"\A\s*</?(?:%s)\b" % "|".join(sorted(BLOCK_LEVEL_ELEMENTS)),
                         re.IGNORECASE)


def root_links(text: str) -> tuple[str, int]:
    """`text` with such links as Markdown links (code and HTML blocks kept), and how many."""
    count = 0

    def link(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"[{match.group(2).strip()}]({match.group(1)})"

    def outside_blocks(part: str) -> str:
        pieces = re.split(r"(\n[ \t]*\n)", part)
        return "".join(piece if index % 2 or _HTML_BLOCK.match(piece) else
                       _ROOT_LINK.sub(link, piece) for index, piece in enumerate(pieces))

    return protected(text, outside_blocks), count

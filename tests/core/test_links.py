"""kbgen's link finder reads a line's links as Python-Markdown renders them."""

from __future__ import annotations

import re
from html import unescape

import markdown
import pytest

from kbgen.core.links import find_links, resolve

SHAPES = [
    "[x](a.md)", "[x]( a.md )", "[x](a.md#steps)", '[x](a.md "Title")', "[x](a.md 'Title')",
    "[x](my page.md)", "[x](<my page.md>)", "[x](my%20page.md)", '[x](my page.md "Title")',
    '[x](<my page.md> "Title")', "[x](my page.md#two words)", "[x](a b c.md)",
    "![shot](my shot.png)", "[x](a(b).md)", "[x](<a)b.md>)", "[x]([a].md)",
    "[see [inner](a.md)](b.md)", r"\[x](not-a-link.md)", "[x] (not-a-link.md)", "[x][ref]",
    "Two: [x](one.md) and ![y](two.png \"T\").", "[^1] is a footnote",
]


def _rendered(line: str) -> list[str]:
    """The addresses Python-Markdown gives the links and images of a line, in order."""
    html = markdown.markdown(line)
    return [unescape(m.group(2)) for m in re.finditer(r'<(a|img)\b[^>]*?(?:href|src)="([^"]*)"',
                                                       html)]


@pytest.mark.parametrize("line", SHAPES)
def test_the_finder_sees_the_links_python_markdown_renders(line: str) -> None:
    found = [f"{link.target}#{link.anchor}" if link.anchor else link.target
             for link in find_links(line, 1)]
    assert sorted(found) == sorted(_rendered(line))


def test_an_encoded_space_resolves_to_the_file_with_the_space() -> None:
    """MkDocs reads `my%20shot.png` as the file `my shot.png`."""
    assert resolve("articles/billing/card.md", "my%20shot.png") == "articles/billing/my shot.png"

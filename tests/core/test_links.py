"""kbgen's link finder reads a line's links as Python-Markdown renders them."""

from __future__ import annotations

import re
from html import unescape

import markdown
import pytest

from kbgen.core.links import find_links, resolve, unread_definitions

SHAPES = [
    "[x](a.md)", "[x]( a.md )", "[x](a.md#steps)", '[x](a.md "Title")', "[x](a.md 'Title')",
    "[x](my page.md)", "[x](<my page.md>)", "[x](my%20page.md)", '[x](my page.md "Title")',
    '[x](<my page.md> "Title")', "[x](my page.md#two words)", "[x](a b c.md)",
    "![shot](my shot.png)", "[x](a(b).md)", "[x](<a)b.md>)", "[x]([a].md)",
    "[see [inner](a.md)](b.md)", r"\[x](not-a-link.md)", "[x] (not-a-link.md)", "[x][ref]",
    "Two: [x](one.md) and ![y](two.png \"T\").", "[^1] is a footnote",
    # a link's text wraps, as Python-Markdown reads a block, not a line
    "See [a long\nlink text](a.md#steps) here.", "- see [the long\n  text](a.md)",
    "- [a\n- b](x.md)", "# T [x\ny](z.md) [h](h.md)", "> [x\n> y](q.md)",
    "[![shot](thumb.png)](shot.png)", "[see [x](a.md) ![y](b.png)](c.md)",
    "[x][my label]\n\n[my label]: my%20page.md", "[x][my label]\n\n[my label]: <my page.md>",
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


def test_a_wrapped_links_line_is_where_it_starts() -> None:
    body = "Intro.\n\nSee [a long\nlink](a.md) and\n[b](b.md).\n"
    assert [(link.target, link.line) for link in find_links(body, 10)] == [
        ("a.md", 12), ("b.md", 14)]


def test_a_definition_python_markdown_does_not_read_is_told() -> None:
    """`[my label]: <my page.md>` (CommonMark) is text to Python-Markdown: no link, and the
    checker took `<my` for a missing file."""
    body = "[x][my label]\n\n[my label]: <my page.md>\n[ok]: <ok.md>\n```\n[c]: <a b>\n```\n"
    assert list(unread_definitions(body, 5)) == [(7, "my label", "my page.md")]
    assert [link.target for link in find_links(body, 5)] == []


@pytest.mark.parametrize("body, found", [
    ("No link here.\n\n    indented code\n", []),
    ("Text [in brackets] and a (paren).\n", []),
    ("```\n[x](in-code.md)\n```\n", []),
    ("Use `[x](a.md)` to link.\n", []),
    ("[x][ref]\n\n[ref]: defined.md\n", ["defined.md"]),
    ("See [one](one.md).\n", ["one.md"]),
])
def test_a_body_without_link_marks_is_read_without_a_code_map(body: str, found: list[str]
                                                              ) -> None:
    """A body with neither `](` nor `]:` has no link: it is not mapped for code (2,000
    generated articles: 3,934 code maps a build's checks made, 643 now)."""
    from kbgen.core import markdown_code

    before = markdown_code.code_map.cache_info().misses
    assert [link.target for link in find_links(body, 1)] == found
    mapped = markdown_code.code_map.cache_info().misses - before
    assert mapped == (1 if "](" in body or "]:" in body else 0)

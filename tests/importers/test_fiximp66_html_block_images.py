"""rev66 F10 a: a picture inside a raw HTML block (GitBook writes every one `<figure><img
src=...><figcaption>...</figcaption></figure>`) was made a Markdown image there, which
Python-Markdown shows as its text: the page read `![Installer](../../assets/imported/x.png)`.
Each variant is imported (its picture's address rewritten, the file copied) and rendered with
the site's Markdown extensions: the picture shows, and no `![` is left as text."""

from __future__ import annotations

import re

import markdown
import pytest

from kbgen.importers.markdown_text import rewrite_references

EXTENSIONS = ["admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences"]
NEW = "../../assets/imported/"

SHOWN = {
    # name: (page text, the pictures the page must show)
    "gitbook figure": ('<figure><img src="../.gitbook/assets/a.png" alt="Installer">'
                       '<figcaption><p>The installer</p></figcaption></figure>', ["a.png"]),
    "figure on lines": ('<figure>\n  <img src="a.png" alt="A" width="300">\n'
                        '  <figcaption>Cap</figcaption>\n</figure>', ["a.png"]),
    "figure with blank lines": ('<figure>\n\n<img src="a.png" alt="A">\n\n'
                                '<figcaption>Cap</figcaption>\n\n</figure>', ["a.png"]),
    "centred logo": ('<p align="center"><img src="logo.png" alt="Logo"></p>', ["logo.png"]),
    "one-line div": ('<div class="shot"><img src="a.png"></div>', ["a.png"]),
    "center": ("<center>\n<img src='a.png' alt='A'>\n</center>", ["a.png"]),
    "table cell": ('<table><tr><td><img src="a.png" alt="A"></td>'
                   '<td><img src="b.png" alt="B"></td></tr></table>', ["a.png", "b.png"]),
    "linked in a block": ('<p><a href="https://example.com/big"><img src="a.png" alt="A"></a>'
                          '</p>', ["a.png"]),
    "markdown image in a figure": ("<figure>![Shot](a.png)<figcaption>Cap</figcaption>"
                                   "</figure>", ["a.png"]),
    "markdown image, lines": ("<figure>\n\n![Shot](a.png \"Title\")\n\n</figure>", ["a.png"]),
    "linked markdown image": ("<div>[![Shot](a.png)](https://example.com/big)</div>",
                              ["a.png"]),
    "nested in a markdown div": ('<div markdown="1">\n<figure><img src="a.png" alt="A">'
                                 "</figure>\n</div>", ["a.png"]),
    "after a line of text": ('Look:\n<figure><img src="a.png" alt="A"></figure>', ["a.png"]),
    "indented 3 spaces": ('   <figure><img src="a.png" alt="A"></figure>', ["a.png"]),
    "never closed": ('<figure>\n<img src="a.png" alt="A">\n\nMore text.', ["a.png"]),
    "two figures": ('<figure><img src="a.png"></figure>\n\nText.\n\n'
                    '<figure><img src="b.png"></figure>', ["a.png", "b.png"]),
    "uppercase tags": ('<FIGURE><IMG SRC="a.png" ALT="A"></FIGURE>', ["a.png"]),
    "spaced name": ('<figure><img src="my shot.png" alt="A"></figure>', ["my-shot.png"]),
    "in a paragraph": ('Click <img src="a.png" alt="the icon"> to start.', ["a.png"]),
    "in a span": ('<span><img src="a.png" alt="A"></span> then go on.', ["a.png"]),
    "plain markdown": ("Then:\n\n![Shot](a.png)", ["a.png"]),
}
KEPT = {
    # name: (page text, what stays as written)
    "in a fence": ('```html\n<figure><img src="a.png" alt="A"></figure>\n```',
                   '<figure><img src="a.png" alt="A"></figure>'),
    "in inline code": ('Write `<figure><img src="a.png"></figure>` there.',
                       '`<figure><img src="a.png"></figure>`'),
    "in a tilde fence": ('~~~\n<p align="center">![x](a.png)</p>\n~~~',
                         '<p align="center">![x](a.png)</p>'),
}


def _image(src: str) -> str | None:
    name = src.rsplit("/", 1)[-1].replace(" ", "-")
    return None if name.startswith("gone") else NEW + name


def _imported(text: str) -> str:
    return rewrite_references(text, lambda href: href, _image)


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[str, str]]:
    """Each page's imported text and its HTML."""
    found = {}
    for name, (text, _) in SHOWN.items():
        imported = _imported(text)
        found[name] = (imported, markdown.markdown(imported, extensions=EXTENSIONS))
    return found


@pytest.mark.parametrize("name", list(SHOWN))
def test_the_picture_shows(rendered: dict[str, tuple[str, str]], name: str) -> None:
    imported, html = rendered[name]
    for picture in SHOWN[name][1]:
        assert re.search(rf"""<img\b[^>]*\bsrc=["']{re.escape(NEW + picture)}["']""", html,
                         re.I), (imported, html)
    assert "![" not in html and "](" not in html, (imported, html)
    assert ".gitbook" not in html and 'src="a.png"' not in html


def test_the_tag_keeps_its_attributes(rendered: dict[str, tuple[str, str]]) -> None:
    assert f'<img src="{NEW}a.png" alt="A" width="300">' in rendered["figure on lines"][0]
    assert "<figcaption><p>The installer</p></figcaption>" in rendered["gitbook figure"][1]
    assert f'<a href="https://example.com/big"><img src="{NEW}a.png" alt="Shot"></a>' \
        in rendered["linked markdown image"][0]


def test_outside_html_blocks_pictures_stay_markdown(
        rendered: dict[str, tuple[str, str]]) -> None:
    assert rendered["in a paragraph"][0] == f"Click ![the icon]({NEW}a.png) to start."
    assert rendered["plain markdown"][0] == f"Then:\n\n![Shot]({NEW}a.png)"


@pytest.mark.parametrize("name", list(KEPT))
def test_code_is_left_as_written(name: str) -> None:
    text, kept = KEPT[name]
    assert kept in _imported(text)


def test_a_missing_picture_in_a_figure_is_its_text() -> None:
    imported = _imported('<figure><img src="gone.png" alt="The form"></figure>')
    assert "<img" not in imported and "The form" in imported and "![" not in imported


HOSTED = {  # Zendesk, Freshdesk, Help Scout, Intercom: HTML bodies, made Markdown whole
    "figure": '<figure><img src="a.png" alt="A"><figcaption><p>Cap</p></figcaption></figure>',
    "centred": '<p style="text-align: center"><img src="a.png" alt="A"></p>',
    "linked figure": '<figure class="image"><a href="big.png"><img src="a.png" alt="A"></a>'
                     "<figcaption>Click</figcaption></figure>",
    "in a table": '<table><tr><td><img src="a.png" alt="A"></td></tr></table>',
    "icon in a cell": ("<table><tr><th>Button</th><th>Does</th></tr><tr><td><strong>"
                       '<img src="a.png" alt="Save"> Save</strong></td><td>Keeps it</td></tr>'
                       "</table>"),
    "linked in a cell": '<table><tr><td><a href="big.png"><img src="a.png"></a></td></tr></table>',
}


@pytest.mark.parametrize("name", list(HOSTED))
def test_a_hosted_help_centres_figure_shows_its_picture(name: str) -> None:
    from kbgen.importers.htmltext import to_markdown

    text = to_markdown(f"<p>Intro.</p>{HOSTED[name]}<p>After.</p>", lambda href: href,
                       _image, lambda _: None)
    html = markdown.markdown(text, extensions=EXTENSIONS)
    assert re.search(rf'<img\b[^>]*\bsrc="{re.escape(NEW)}a\.png"', html), (text, html)
    assert "![" not in html, (text, html)

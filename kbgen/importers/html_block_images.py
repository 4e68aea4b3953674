"""Pictures inside a raw HTML block. Python-Markdown shows a block that opens with a
block-level tag at a line's start (up to 3 spaces in) as written, up to the tag's closing one
(to the page's end when it has none), Markdown in it included: GitBook writes every picture
`<figure><img src="../.gitbook/assets/x.png" alt="..."><figcaption>...</figcaption></figure>`,
READMEs centre a logo in `<p align="center">`, and a Markdown image there (or an `<img>` the
import made one) read `![Installer](../../assets/imported/x.png)` on the page, no picture.
There each picture stays (or becomes) an `<img>` of the imported file: the site's pages sit
where their Markdown does (`use_directory_urls: false`), so its relative address holds."""

from __future__ import annotations

import html
import re
from bisect import bisect_right

from markdown.util import BLOCK_LEVEL_ELEMENTS

from kbgen.core.links import images_in_text, inline_link_spans

_BLOCK = frozenset(BLOCK_LEVEL_ELEMENTS)
_OPENING = re.compile(r"^ {0,3}<([A-Za-z][\w-]*)((?:\s[^<>\n]*)?)(/?)>?", re.M)
"""A tag opening a line; its attributes are read on that line only (a line per match)."""
_MARKDOWN_ON = re.compile(r"""\bmarkdown\s*=\s*["']?(?!0\b)""", re.I)
"""md_in_html's `markdown="1"` (`block`, `span`): the block's own text is read as Markdown."""
_VOID = frozenset({"hr"})


def raw_html_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds raw HTML blocks, as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        found = _OPENING.search(text, position)
        if found is None:
            return spans
        tag = found.group(1).lower()
        if tag not in _BLOCK or _MARKDOWN_ON.search(found.group(2) or ""):
            position = found.end()
            continue
        end = _block_end(text, found.start(), tag, bool(found.group(3)) or tag in _VOID)
        spans.append((found.start(), end))
        position = max(end, found.end())


def _block_end(text: str, start: int, tag: str, void: bool) -> int:
    """The end of the line where the block opened at `start` closes (the text's end when it
    does not)."""
    if void:
        line_end = text.find("\n", start)
        return len(text) if line_end < 0 else line_end
    pattern = re.compile(rf"<(/?)\s*{re.escape(tag)}\b[^<>]*?(/?)>", re.I)
    depth = 0
    for match in pattern.finditer(text, start):
        if match.group(1):
            depth -= 1
        elif not match.group(2):
            depth += 1
        if depth <= 0:
            line_end = text.find("\n", match.end())
            return len(text) if line_end < 0 else line_end
    return len(text)


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` lies in one of `spans` (in order, apart)."""
    at = bisect_right(spans, (position, len(spans) and spans[-1][1] + 1)) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def html_image(src: str, alt: str, title: str | None = None) -> str:
    """An `<img>` of `src` (already the imported file's address)."""
    quote = lambda value: html.escape(value, quote=True)  # noqa: E731
    titled = f' title="{quote(title)}"' if title else ""
    return f'<img src="{quote(src)}" alt="{quote(alt)}"{titled}>'


def images_as_html(text: str) -> tuple[str, int]:
    """`text` with each Markdown image inside a raw HTML block written as an `<img>`, and how
    many were."""
    spans = raw_html_spans(text) if "![" in text else []
    if not spans:
        return text, 0
    pieces: list[str] = []
    last = count = 0
    for start, end in spans:
        block = text[start:end]
        for found in inline_link_spans(block) if "](" in block else ():
            inner = [] if found.image else list(images_in_text(found))
            if not found.image and not inner:
                continue
            if found.image:
                written = html_image(found.href, found.text, found.title)
            else:  # a linked picture (`[![shot](small.png)](big.png)`)
                label, mark = found.text, 0
                parts = []
                for image in inner:
                    parts += [label[mark:image.start],
                              html_image(image.href, image.text, image.title)]
                    mark = image.end
                written = (f'<a href="{html.escape(found.href, quote=True)}">'
                           f'{"".join(parts) + label[mark:]}</a>')
            pieces += [text[last:start + found.start], written]
            last = start + found.end
            count += 1 + len(inner) - (not found.image)
    return "".join(pieces) + text[last:], count

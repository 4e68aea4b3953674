"""HTML bodies of hosted help centres to clean Markdown (markdownify), with links and
images resolved by References."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import quote, urlsplit

from markdownify import ATX, MarkdownConverter

from kbgen.importers.image_text import image_text
from kbgen.importers.markdown_text import media_address

_ANCHOR = re.compile(r"[^\W\d_][\w-]{0,80}")
"""An old heading id kept: a letter of any script first (`faq`, `изменить-пароль`)."""
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"
"""Characters of an address kept as they are in a Markdown link (not spaces, brackets or
parentheses, which would end it)."""
_ENTITY = re.compile(r"&(#?[A-Za-z0-9]+;)")
"""What Markdown would read as a character reference."""
_LANGUAGE = re.compile(r"(?:language|lang|highlight)-([A-Za-z0-9_+-]+)")


def _code_language(element: Any) -> str | None:
    """`<pre><code class="language-bash">` -> `bash`."""
    for node in (element, element.find("code")):
        if node is None:
            continue
        for name in node.get("class") or []:
            match = _LANGUAGE.fullmatch(name)
            if match:
                return match.group(1)
    return None


_LAST_BREAKS = re.compile(r"(?:<br>\s*)+$")


def _in_cell(parent_tags: Any) -> bool:
    return "td" in parent_tags or "th" in parent_tags


_PICTURE_PARENTS = ["td", "th", "a", "span", "strong", "b", "em", "i", "u", "p", "div",
                    "font", "center", "figure", "picture"]
"""What may hold a picture that markdownify would make its alt text in a table cell (an
icon, a screenshot in a column): the picture is kept, as the old page showed it; a
heading's own picture stays its alt text."""


class _Converter(MarkdownConverter):
    """markdownify, asking `link` and `image` what each href and src becomes."""

    def __init__(self, link: Callable[[str], str | None], image: Callable[[str], str | None],
                 warn: Callable[[str], None],
                 missing: Callable[[str], str] = image_text) -> None:
        super().__init__(heading_style=ATX, bullets="-", code_language_callback=_code_language,
                         escape_misc=False, table_infer_header=True,
                         keep_inline_images_in=_PICTURE_PARENTS)
        self._link, self._image, self._warn = link, image, warn
        self._missing = missing

    def escape(self, text: str, parent_tags: Any) -> str:
        """Text the old page showed stays text: a `<` it displayed (written `&lt;` in its
        HTML) must not become markup, nor `&lt;` an entity."""
        text = _ENTITY.sub(r"&amp;\1", text).replace("<", "&lt;")
        text = text.replace("[", "\\[").replace("]", "\\]")  # never a link of its own
        return str(super().escape(text, parent_tags))  # type: ignore[misc]

    def convert_a(self, el: Any, text: str, parent_tags: Any) -> str:
        """A link, its href resolved (None: the text only)."""
        href = el.get("href")
        if href is not None:
            new = self._link(href.strip())
            if new is None:
                return text
            el["href"] = new
        return super().convert_a(el, text, parent_tags)  # type: ignore[misc]

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        """An image copied into the project, or its alt text when the export lacks it."""
        src = (el.get("src") or "").strip()
        new = self._image(src) if src else None
        alt = (el.get("alt") or "").strip()
        if new is None:
            return self._missing(self.escape(alt, parent_tags)) if alt else ""
        el["src"] = new
        return super().convert_img(el, text, parent_tags)  # type: ignore[misc]

    def convert_hN(self, n: int, el: Any, text: str, parent_tags: Any) -> str:
        """Headings keep their old id (`## Title {#old-id}`), so old anchors still work."""
        heading = super().convert_hN(n, el, text, parent_tags)  # type: ignore[misc]
        anchor = el.get("id") or (el.find("a", attrs={"name": True}) or {}).get("name")
        if anchor and _ANCHOR.fullmatch(anchor) and heading.strip().startswith("#"):
            return heading.rstrip("\n") + f" {{#{anchor}}}\n\n"
        return heading

    def convert_list(self, el: Any, text: str, parent_tags: Any) -> str:
        """A list in a table cell stays an HTML list on the cell's line (a Markdown list
        there would end the table row); elsewhere as markdownify's."""
        if _in_cell(parent_tags):
            start = str(el.get("start") or "")
            attributes = f' start="{start}"' if el.name == "ol" and start.isdecimal() else ""
            return f"<{el.name}{attributes}>{text.strip()}</{el.name}>"
        return str(super().convert_list(el, text, parent_tags))  # type: ignore[misc]

    convert_ul = convert_ol = convert_list

    def convert_p(self, el: Any, text: str, parent_tags: Any) -> str:
        """Paragraphs in a table cell are separated by a line break (Markdown has no
        paragraphs in a cell)."""
        if _in_cell(parent_tags):
            return f"{text.strip()}<br>" if text.strip() else ""
        return str(super().convert_p(el, text, parent_tags))  # type: ignore[misc]

    def convert_td(self, el: Any, text: str, parent_tags: Any) -> str:
        """As markdownify's, without a paragraph's last line break."""
        cell = _LAST_BREAKS.sub("", text.strip())
        return str(super().convert_td(el, cell, parent_tags))  # type: ignore[misc]

    def convert_th(self, el: Any, text: str, parent_tags: Any) -> str:
        """As markdownify's, without a paragraph's last line break."""
        cell = _LAST_BREAKS.sub("", text.strip())
        return str(super().convert_th(el, cell, parent_tags))  # type: ignore[misc]

    def convert_li(self, el: Any, text: str, parent_tags: Any) -> str:
        """As markdownify's, with the 4-space indent Python-Markdown needs for nested blocks
        (in a table cell: an HTML list item)."""
        if _in_cell(parent_tags):
            return f"<li>{' '.join(_LAST_BREAKS.sub('', (text or '').strip()).split())}</li>"
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = str(parent.get("start") or "1")
            number = int(start) if start.isdecimal() else 1
            bullet = f"{number + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        bullet = bullet.ljust(3) + " "
        lines = text.split("\n")
        indented = [lines[0]] + [" " * len(bullet) + line if line else "" for line in lines[1:]]
        return bullet + "\n".join(indented) + "\n"

    def convert_iframe(self, el: Any, text: str, parent_tags: Any) -> str:
        """An embedded player becomes a link to watch it (a YouTube or Vimeo player: its
        watch page), titled by the element, else the heading above it, else the host: the site
        loads nothing from other hosts."""
        source = el.find("source") if el.name in ("video", "audio") else None
        src = (el.get("src") or (source.get("src") if source is not None else "") or "").strip()
        address = media_address(src) if src else ""
        self._warn(f"embedded {'frame' if el.name == 'iframe' else el.name} '{src}' replaced"
                   " by a link (kbgen pages load nothing from other sites)")
        if not address.startswith(("https://", "http://")):
            return ""  # no player's address (`javascript:`, a file of the old site)
        heading = el.find_previous(["h1", "h2", "h3", "h4", "h5", "h6"])
        host = urlsplit(address).netloc.removeprefix("www.")
        title = " ".join(str(el.get("title") or el.get("aria-label") or (
            heading.get_text(" ") if heading is not None else "")).split()) or \
            f"{'audio' if el.name == 'audio' else 'video'} on {host}"
        verb = "Listen" if el.name == "audio" else "Watch"
        address = quote(address, safe=_URL_SAFE)
        return f"\n\n[{verb}: {self.escape(title, parent_tags)}]({address})\n\n"

    convert_video = convert_audio = convert_iframe

    def convert_script(self, el: Any, text: str, parent_tags: Any) -> str:
        """Scripts are dropped, and reported."""
        self._warn("a <script> of the old page was removed")
        return ""

    convert_style = convert_noscript = convert_button = convert_form = \
        lambda self, el, text, parent_tags: ""  # noqa: E731


MAX_DEPTH = 100
"""Elements inside each other beyond this are no page's layout: such a body is imported as
plain text (converting it would exhaust Python's recursion)."""


def _depth(soup: Any) -> int:
    """How many elements deep the tree goes (counted without recursion)."""
    deepest, stack = 0, [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack += [(child, depth + 1) for child in node.contents if child.name is not None]
    return deepest


def to_markdown(html: str, link: Callable[[str], str | None],
                image: Callable[[str], str | None], warn: Callable[[str], None],
                missing: Callable[[str], str] = image_text) -> str:
    """Clean Markdown of an HTML body: headings, lists, tables, code kept; `missing` writes
    the text of an image the export lacks."""
    from bs4 import BeautifulSoup

    converter = _Converter(link, image, warn, missing)
    soup = BeautifulSoup(html, "html.parser")  # as markdownify reads it
    if _depth(soup) > MAX_DEPTH:
        warn(f"the HTML is nested more than {MAX_DEPTH} levels deep: imported as plain text;"
             " check its headings, lists and links")
        text = "\n\n".join(escape(" ".join(part.split()), quote=False)
                           for part in soup.get_text("\n").split("\n\n"))
    else:
        text = converter.convert_soup(soup)
    text = "\n".join(line.rstrip() for line in text.replace("\u00a0", " ").splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def plain_text(html: str) -> str:
    """The text of a short HTML fragment (descriptions), on one line."""
    from bs4 import BeautifulSoup

    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())

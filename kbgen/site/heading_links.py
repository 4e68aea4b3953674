"""Heading links (toc's `permalink`) named for screen readers: their text is "¶", so they are
given an `aria-label` of the link's title in the site's language and the heading's text (links
lists tell them apart). The link is inside its heading, whose name would then be "Symptoms
Permanent link – Symptoms": the heading is named by its own text (`aria-label`), read once,
the link kept where keyboard and pointer find it."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterable
from typing import Any

from markdown import Extension, Markdown
from markdown.extensions.toc import strip_tags
from markdown.treeprocessors import Treeprocessor

TOC_PRIORITY = 5
"""Python-Markdown's toc treeprocessor: this one runs after it (a lower priority)."""


def _names(tokens: Iterable[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Each heading id of toc's tokens, nested ones included, with its name in the table of
    contents (a `data-toc-label` if given) and the heading's own plain text."""
    found: dict[str, tuple[str, str]] = {}
    for token in tokens:
        found[token["id"]] = (token["name"], strip_tags(token.get("html", token["name"])))
        found.update(_names(token.get("children", [])))
    return found


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class HeadingLinkNames(Treeprocessor):
    """Give every `a.headerlink` an `aria-label`, "<title> – <heading>", and its heading one
    of its own text."""

    def __init__(self, md: Markdown, title: str) -> None:
        super().__init__(md)
        self.title = title

    def run(self, root: etree.Element) -> None:
        names = _names(getattr(self.md, "toc_tokens", []))
        for heading in root.iter():
            for link in heading.findall("a"):
                if "headerlink" not in (link.get("class") or "").split():
                    continue
                heading_name, text = names.get((link.get("href") or "").removeprefix("#"),
                                               ("", ""))
                link.set("aria-label", f"{self.title} – {heading_name}" if heading_name
                         else self.title)
                if text.strip() and heading.tag in HEADINGS:
                    heading.set("aria-label", text.strip())  # not the link's name as well


class HeadingLinkNamesExtension(Extension):
    """Registers `HeadingLinkNames` after toc, with the link title in the site's language."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        md.treeprocessors.register(HeadingLinkNames(md, self.title), "kb_heading_link_names",
                                   TOC_PRIORITY - 1)

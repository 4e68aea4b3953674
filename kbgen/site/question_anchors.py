"""Ids for the questions an article asks in blocks (kbgen.core.search_questions), so that a
search result links to the question itself: a collapsible block (`<details>`), a titled note
(`div.admonition`) or a paragraph of one bold question gets the id the search index gives it
(`question_ids`), and kb.js opens a `<details>` whose id is the address's fragment.

An id already on the page (a heading's, from toc, or one written with `{: #id}`) is left to
its element: the question then gets none and a result links to that element instead."""

from __future__ import annotations

import html
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.extensions.toc import render_inner_html, run_postprocessors, strip_tags
from markdown.treeprocessors import Treeprocessor

from kbgen.core.search_questions import QUESTION_KINDS, asks, question_ids

TOC_PRIORITY = 5
"""Python-Markdown's toc treeprocessor: this one runs after it (a lower priority), when the
headings have their ids."""


def _classes(element: etree.Element) -> list[str]:
    return (element.get("class") or "").split()


class QuestionAnchors(Treeprocessor):
    """Give each question block of the page its `question_ids` id, in the page's order."""

    def _text(self, element: etree.Element) -> str:
        """What a reader sees of `element`'s content (toc's reading of a heading)."""
        return " ".join(html.unescape(strip_tags(run_postprocessors(
            render_inner_html(element, self.md), self.md))).split())

    def _question(self, element: etree.Element) -> str | None:
        """The title of `element` when it is a question block, else None."""
        if element.tag == "details":
            summary = element.find("summary")
            kind = (_classes(element) or [""])[0].lower()
            title = self._text(summary) if summary is not None else ""
        elif element.tag == "div" and "admonition" in _classes(element):
            first = element.find("p")
            if first is None or "admonition-title" not in _classes(first):
                return None
            kind = ([c for c in _classes(element) if c != "admonition"] or [""])[0].lower()
            title = self._text(first)
        elif (element.tag == "p" and len(element) == 1 and element[0].tag == "strong"
              and not (element.text or "").strip() and not (element[0].tail or "").strip()):
            kind, title = "", self._text(element[0])
        else:
            return None
        return title if title and (kind in QUESTION_KINDS or asks(title)) else None

    def run(self, root: etree.Element) -> None:
        taken = {element.get("id") for element in root.iter() if element.get("id")}
        found = [(element, title) for element in root.iter()
                 if (title := self._question(element)) is not None]
        for (element, _), made in zip(found, question_ids([title for _, title in found])):
            if made and made not in taken and not element.get("id"):
                element.set("id", made)
                taken.add(made)


class QuestionAnchorsExtension(Extension):
    """Registers `QuestionAnchors` after toc."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        md.treeprocessors.register(QuestionAnchors(md), "kb_question_anchors",
                                   TOC_PRIORITY - 2)

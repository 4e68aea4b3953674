"""The render-time safety net for internal notes: a Python-Markdown extension.

Every element whose classes include `internal` (in any case: an admonition, a details block,
an HTML block with `markdown`, an attribute list) is removed from the page, with its headings
and anchors (it runs before the table of contents is made), and so is raw HTML carrying that
class. In a preview (`reveal=True`) the notes stay, with the class written `internal` so the
theme shows its badge.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from kbgen.core.internal import INTERNAL_CLASS, is_internal_class

PRIORITY = 7
"""After attribute lists (8) set classes, before the table of contents (5) and MkDocs' anchor
and link processors (5 and below) read the tree."""
_RAW_INTERNAL = re.compile(r"""class\s*=\s*["']?[^"'>]*?(?<![\w-])internal(?![\w-])""",
                           re.IGNORECASE)


class InternalNotesTreeprocessor(Treeprocessor):
    """Removes (or, in a preview, marks) the elements of internal notes."""

    def __init__(self, md: Markdown, reveal: bool) -> None:
        super().__init__(md)
        self.reveal = reveal

    def run(self, root: etree.Element) -> None:
        """Walk the tree without recursion (nesting can be deep)."""
        stack = [root]
        while stack:
            parent = stack.pop()
            for child in list(parent):
                classes = child.get("class") or ""
                if not is_internal_class(classes):
                    stack.append(child)
                elif self.reveal:
                    words = [w for w in classes.split() if not is_internal_class(w)]
                    child.set("class", " ".join([*words, INTERNAL_CLASS]))
                    stack.append(child)
                else:
                    _remove(parent, child)
        if not self.reveal:
            stash = self.md.htmlStash.rawHtmlBlocks
            for index, raw in enumerate(stash):
                if isinstance(raw, str) and _RAW_INTERNAL.search(raw):
                    stash[index] = ""


def _remove(parent: etree.Element, child: etree.Element) -> None:
    """Remove `child`, keeping the text that follows it."""
    if child.tail and child.tail.strip():
        previous = None
        for element in parent:
            if element is child:
                break
            previous = element
        if previous is None:
            parent.text = (parent.text or "") + child.tail
        else:
            previous.tail = (previous.tail or "") + child.tail
    parent.remove(child)


class InternalNotesExtension(Extension):
    """Registers the treeprocessor; `reveal` for previews."""

    def __init__(self, reveal: bool = False) -> None:
        super().__init__()
        self.reveal = reveal

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  (Python-Markdown's name)
        """Add the treeprocessor to `md`."""
        md.treeprocessors.register(InternalNotesTreeprocessor(md, self.reveal),
                                   "kbgen_internal_notes", PRIORITY)

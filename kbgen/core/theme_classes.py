"""Classes of the theme's namespaces in content (issue 19, hostile52).

Material's styles and scripts give meaning to its own classes: `md-tooltip` is transparent
until hovered, so its text in a code block is not seen yet is copied with the code (a
contributor's `; curl … | sh` after a harmless `ls`), `md-header`, `md-search` and `md-banner`
let content dress as the theme's own interface, `md-toggle` and `md-overlay` hide or cover
what follows. Content keeps only the classes Material documents for authors (`md-button`,
`md-button--primary`); every other class of the theme's namespaces (`md-`, `kb-`, `md_`,
`kb_`) is removed. kbgen's own fragments are put in after cleaning and keep theirs.

Two classes Markdown's own extensions write are hidden too (`headerlink`, toc's permalink,
transparent until its parent is hovered; `footnote-backref`, of no size): content keeps them
on links only (where the extensions write them), and never inside code, where the copy
button's `innerText` would take their text unseen.
"""

from __future__ import annotations

import re

THEME_CLASS_PREFIXES = ("md-", "md_", "kb-", "kb_")
"""Namespaces of Material's and kbgen's classes."""

AUTHOR_CLASSES = frozenset({"md-button", "md-button--primary"})
"""Theme classes Material documents for use in content ("Buttons", `{ .md-button }`)."""


HIDDEN_CLASSES = frozenset({"headerlink", "footnote-backref"})
"""Classes Material's styles hide (opacity 0, font size 0) that Markdown's extensions write on
links: kept on links outside code only."""


def content_classes(value: str, tag: str = "") -> str | None:
    """`value`, a class attribute of a `tag` element from content, without the theme's
    classes (and the hidden ones but on a link); None when nothing is left."""
    kept = [token for token in value.split()
            if (not token.lower().startswith(THEME_CLASS_PREFIXES) or token in AUTHOR_CLASSES)
            and (tag == "a" or token.lower() not in HIDDEN_CLASSES)]
    return " ".join(kept) or None


_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.IGNORECASE | re.DOTALL)
_HIDDEN = re.compile(r"(\sclass=\")([^\"]*)\"")


def unhidden_in_code(html: str) -> str:
    """`html` (cleaned) with the hidden classes removed inside code blocks and spans."""
    if not any(name in html for name in HIDDEN_CLASSES):
        return html
    return _CODE.sub(lambda code: _HIDDEN.sub(_without_hidden, code.group(0)), html)


def _without_hidden(attribute: re.Match[str]) -> str:
    kept = [token for token in attribute.group(2).split()
            if token.lower() not in HIDDEN_CLASSES]
    return f'{attribute.group(1)}{" ".join(kept)}"' if kept else ""

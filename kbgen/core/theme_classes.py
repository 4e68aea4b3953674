"""Classes of the theme's namespaces in content (issue 19, hostile52).

Material's styles and scripts give meaning to its own classes: `md-tooltip` is transparent
until hovered, so its text in a code block is not seen yet is copied with the code (a
contributor's `; curl … | sh` after a harmless `ls`), `md-header`, `md-search` and `md-banner`
let content dress as the theme's own interface, `md-toggle` and `md-overlay` hide or cover
what follows. Content keeps only the classes Material documents for authors (`md-button`,
`md-button--primary`); every other class of the theme's namespaces (`md-`, `kb-`, `md_`,
`kb_`) is removed. kbgen's own fragments are put in after cleaning and keep theirs.
"""

from __future__ import annotations

THEME_CLASS_PREFIXES = ("md-", "md_", "kb-", "kb_")
"""Namespaces of Material's and kbgen's classes."""

AUTHOR_CLASSES = frozenset({"md-button", "md-button--primary"})
"""Theme classes Material documents for use in content ("Buttons", `{ .md-button }`)."""


def content_classes(value: str) -> str | None:
    """`value`, a class attribute from content, without the theme's classes; None when
    nothing is left."""
    kept = [token for token in value.split()
            if not token.lower().startswith(THEME_CLASS_PREFIXES) or token in AUTHOR_CLASSES]
    return " ".join(kept) or None

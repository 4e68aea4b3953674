"""Fragments rendered once for many pages, with each page's own values put in afterwards.

A template renders the shared HTML once (`kb_once`) with placeholders where a page's values go
(`"\\x00kb-title\\x00"`, written in Jinja as a string), then fills them with the `kb_fill`
filter: `{{ kb_once(key, self.block) | kb_fill(title=view.title) }}`. Each value is escaped as
autoescaping would print it (a `Markup` value as it is), so the page is byte for byte what
rendering the fragment with the value would give, wherever the placeholder stood in text or in
an attribute. Every placeholder is replaced in one pass: a value holding another placeholder's
text stays as written.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

PLACEHOLDER = re.compile("\x00kb-([a-z_]+)\x00")
"""A placeholder: NUL, `kb-`, the value's name, NUL (escaping leaves NUL as it is)."""


def placeholder(name: str) -> str:
    """The placeholder of value `name`."""
    return f"\x00kb-{name}\x00"


def fill(html: str, **values: object) -> Markup:
    """`html` (a fragment rendered with placeholders) with each placeholder replaced by its
    value, escaped; a placeholder with no value given is left as it is."""
    shown = {name: str(escape("" if value is None else value)) for name, value in values.items()}

    def value(match: re.Match[str]) -> str:
        return shown.get(match.group(1), match.group())
    return Markup(PLACEHOLDER.sub(value, str(html)))

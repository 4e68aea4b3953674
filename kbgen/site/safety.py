"""Front matter reaches MkDocs' and Material's templates unescaped: escape or drop it first."""

from __future__ import annotations

import html
from collections.abc import MutableMapping
from typing import Any

PRIVATE_KEYS = ("tickets",)
"""Front matter keys that never reach a template."""
SHOWN_KEYS = ("title", "description")
"""Keys Material prints into HTML (title, nav, <meta>, search index) without escaping."""


def escape_meta(meta: MutableMapping[str, Any], internal_keys: list[str]) -> None:
    """Escape the values templates print; remove the team's internal keys."""
    for key in (*PRIVATE_KEYS, *internal_keys):
        meta.pop(key, None)
    for key in SHOWN_KEYS:
        if isinstance(meta.get(key), str):
            meta[key] = html.escape(meta[key], quote=True)
    if isinstance(meta.get("tags"), list):
        meta["tags"] = [html.escape(str(tag), quote=True) for tag in meta["tags"]]

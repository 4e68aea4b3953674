"""Front matter reaches MkDocs' and Material's templates unescaped: escape or drop it first."""

from __future__ import annotations

import html
import json
from collections.abc import MutableMapping
from typing import Any

from markupsafe import Markup

from kbgen.core.sanitize import url_scheme

PRIVATE_KEYS = ("tickets",)
"""Front matter keys that never reach a template."""
URL_KEYS = ("location",)
"""Keys Material puts in a URL (`redirect.html` sends the browser to `location`)."""
URL_SCHEMES = frozenset({"http", "https"})
"""Schemes allowed in URL_KEYS; relative URLs are allowed too."""


def escape_meta(meta: MutableMapping[str, Any], internal_keys: list[str]) -> None:
    """Escape every text value templates may print (Material prints `title`, `description`,
    `subtitle`, `location`... without escaping); remove the team's internal keys; a URL
    key with another scheme than http(s) (`javascript:`) becomes `#`."""
    for key in (*PRIVATE_KEYS, *internal_keys):
        meta.pop(key, None)
    for key in URL_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and url_scheme(value) not in (None, *URL_SCHEMES):
            meta[key] = "#"
    if isinstance(meta.get("tags"), list):
        meta["tags"] = [str(tag) for tag in meta["tags"]]
    for key, value in meta.items():
        meta[key] = _escaped(value)


def _escaped(value: Any) -> Any:
    """`value` with every string in it HTML-escaped (lists and mappings too)."""
    if isinstance(value, str):
        return html.escape(value, quote=True)
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    return value


def heading_title(rendered_title: str) -> str:
    """A page title MkDocs took from the first heading (HTML: entities, tags), as escaped text
    like a front matter title. Material prints titles through `striptags`, which decodes
    entities, so `# &lt;/title&gt;&lt;script&gt;` would otherwise reach `<title>` as markup."""
    return html.escape(Markup(rendered_title).striptags(), quote=True)


def script_json(data: object) -> str:
    """JSON to put inside `<script type="application/ld+json">`: `<`, `>` and `&` escaped, so
    no value can close the script or open a comment."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

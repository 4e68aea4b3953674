"""Render the theme's `fragments/kb/<name>.html` snippets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment

_BLANK_LINES = re.compile(r"\n\s*\n+")


class Renderer:
    """Renders fragments into single HTML blocks that Markdown leaves alone."""

    def __init__(self, env: Environment) -> None:
        self.env = env

    def render(self, name: str, **context: Any) -> str:
        """Render `fragments/kb/<name>.html` with autoescaping and no blank lines."""
        template = self.env.get_template(f"fragments/kb/{name}.html")
        html = template.render(**context)
        return _BLANK_LINES.sub("\n", html).strip()

"""Render the theme's `fragments/kb/<name>.html` snippets, and make kbgen's templates escape.

Jinja does not carry `{% autoescape %}` into an `{% include %}`d template: each template is
compiled on its own. So escaping is decided by template name (`prepare_env`): every
`fragments/` template escapes whatever includes it, and every URL kbgen's templates print goes
through the `kb_url` filter, which turns a scheme other than http(s), mailto or tel into `#`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from kbgen.core.i18n import Translator
from kbgen.core.sanitize import URL_SCHEMES, url_scheme
from kbgen.site.i18n import install_translator
from kbgen.site.placeholders import fill
from kbgen.site.template_cache import COMPILED

if TYPE_CHECKING:
    from jinja2 import Environment

_BLANK_LINES = re.compile(r"\n\s*\n+")
ESCAPED_PREFIXES = ("fragments/",)
"""Templates under these folders are autoescaped, included or rendered on their own (kbgen's
page templates escape inside `{% autoescape true %}` blocks: Material's blocks they override
must not)."""


def safe_url(url: object) -> str:
    """`url` if it is relative or http(s), mailto or tel; `#` otherwise (`javascript:`...)."""
    text = "" if url is None else str(url)
    scheme = url_scheme(text)
    return text if scheme is None or scheme in URL_SCHEMES else "#"


def tooltip_text(value: object) -> Markup:
    """`value` escaped for a `title` attribute that stays text even where Material's
    `content.tooltips` copies titles into innerHTML: `<` is escaped twice."""
    return Markup(str(escape("" if value is None else value)).replace("&lt;", "&amp;lt;"))


def prepare_env(env: Environment) -> None:
    """Autoescape kbgen's fragments wherever they are included; add the `kb_url`, `kb_tooltip`
    and `kb_fill` (kbgen.site.placeholders) filters and English interface text until the
    build's language is set (`install_translator`); share the process's compiled templates."""
    if "kb_t" not in env.globals:
        install_translator(env, Translator())
    env.bytecode_cache = COMPILED
    if getattr(env.autoescape, "kb_escaping", False):
        return
    before: bool | Callable[[str | None], bool] = env.autoescape

    def autoescape(name: str | None) -> bool:
        if name and name.startswith(ESCAPED_PREFIXES):
            return True
        return before(name) if callable(before) else bool(before)
    autoescape.kb_escaping = True  # type: ignore[attr-defined]
    env.autoescape = autoescape
    env.filters["kb_url"] = safe_url
    env.filters["kb_tooltip"] = tooltip_text
    env.filters["kb_fill"] = fill
    if env.cache is not None:  # templates compiled before are compiled again, escaping
        env.cache.clear()


class Renderer:
    """Renders fragments into single HTML blocks that Markdown leaves alone."""

    def __init__(self, env: Environment) -> None:
        prepare_env(env)
        self.env = env

    def render(self, name: str, **context: Any) -> str:
        """Render `fragments/kb/<name>.html` with autoescaping and no blank lines."""
        template = self.env.get_template(f"fragments/kb/{name}.html")
        html = template.render(**context)
        return _BLANK_LINES.sub("\n", html).strip()

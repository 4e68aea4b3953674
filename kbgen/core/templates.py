"""Page templates chosen in front matter (`template: main.html`) render a whole page.

MkDocs looks a page's template up in the theme folders and stops with a traceback when it is
missing or names a path outside them (`template: ../x`); a partial (`partials/header.html`) or
a template that needs a plugin fails or publishes a page without its text. kbgen checks every
article and page as loaded (the name's form is checked by the schema), before MkDocs renders
anything, against the whole-page templates, and names the file, the line and those templates.
"""

from __future__ import annotations

from pathlib import Path

from kbgen.core.model import KnowledgeBase
from kbgen.errors import Problem

_SHOWN = 12
"""How many template names a message lists."""
PAGE_TEMPLATES = ("main.html",)
"""Templates of kbgen and Material that render a whole page from any page's context (others
are partials, or need a plugin or keys a page may not set)."""
ARTICLE_TEMPLATES = (*PAGE_TEMPLATES, "article.html")
"""Templates an article may choose besides those of the site's own `custom_dir`."""


def own_templates(custom_dir: Path | None) -> list[str]:
    """Page templates of the site's `custom_dir`: the `.html` files at its top."""
    if custom_dir is None or not custom_dir.is_dir():
        return []
    return sorted(entry.name for entry in custom_dir.iterdir()
                  if entry.suffix == ".html" and entry.is_file() and not entry.is_symlink())


def template_problems(kb: KnowledgeBase, custom_dir: Path | None) -> list[Problem]:
    """An error for each article or page whose `template:` is not a whole-page template: one
    of ARTICLE_TEMPLATES (articles) or PAGE_TEMPLATES (pages), or one at the top of the
    site's `custom_dir`."""
    own = own_templates(custom_dir)
    problems = []
    for items, builtin in ((kb.articles, ARTICLE_TEMPLATES), (kb.pages.values(), PAGE_TEMPLATES)):
        usable = sorted({*builtin, *own})
        for item in items:
            name = item.meta.template
            if name is None or name in usable:
                continue
            listed = ", ".join(usable[:_SHOWN]) + (", ..." if len(usable) > _SHOWN else "")
            problems.append(Problem(
                item.origin.display_path, item.origin.line_of("template"), "error",
                f"template '{name}' is not a page template of the theme; use one of: {listed}"
                " (or add a whole-page template to the theme's custom_dir), or remove the key"))
    return problems

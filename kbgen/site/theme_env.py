"""The theme's Jinja environment, listing its templates without walking hidden folders and
sharing the process's compiled templates.

MkDocs lists every file of every theme folder in each build (`Files.add_files_from_theme`)
and then drops, name by name, each one under a hidden folder (`.*`, `*/.*`): Material's
`.icons` holds about 14,000 of the 14,500 names it walks and filters, a tenth or two of a
second in every build. Walking past hidden folders lists the same files.

Every environment the theme gives shares kbgen.site.template_cache.COMPILED, not only the
build's own (kbgen.site.render.prepare_env): Material's search plugin makes two in its
`on_config` to translate its settings and compiled `partials/language.html` anew in each
(6 of 9 CPU ms a build)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import jinja2

from kbgen.site.template_cache import COMPILED

if TYPE_CHECKING:
    from mkdocs.theme import Theme


class VisibleLoader(jinja2.FileSystemLoader):
    """Jinja's loader of template folders, listing no file under a hidden folder (one whose
    name starts with `.`); templates there still load by name (`.icons/...svg`)."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            for parent, folders, names in os.walk(searchpath, followlinks=self.followlinks):
                folders[:] = [folder for folder in folders if not folder.startswith(".")]
                relative = os.path.relpath(parent, searchpath)
                found.update(name if relative == "." else
                             f"{relative.replace(os.path.sep, '/')}/{name}" for name in names)
        return sorted(found)


def list_visible_templates(theme: Theme) -> None:
    """Make `theme.get_env()` give environments whose loader is a VisibleLoader of the same
    folders and whose bytecode cache is the process's compiled templates (once per theme:
    MkDocs keeps its configuration's theme for the build)."""
    make_env = theme.get_env
    if getattr(make_env, "lists_visible", False):
        return

    def get_env() -> jinja2.Environment:
        env = make_env()
        env.loader = VisibleLoader(theme.dirs)
        env.bytecode_cache = COMPILED
        return env

    get_env.lists_visible = True  # type: ignore[attr-defined]
    theme.get_env = get_env  # type: ignore[method-assign]

"""Names of theme files that mkdocs.yml and front matter choose: an icon (`.icons/<name>.svg`:
`theme.icon.*`, a social link's, a palette toggle's or a rating's `icon`, a page's `icon`) and
Material's analytics partial (`extra.analytics.provider`). Material includes each by its name
while it renders a page, so a name of no file (or with `..`, which Jinja refuses) stopped the
build with "[Errno 0] '.icons/x.svg' not found in search paths", naming no file or line, after
`kbgen check` had passed. Checked by both, against the theme's folders in the build's order
(the site's `custom_dir`, kbgen's, Material's). No MkDocs import, so that `kbgen check` checks
with it too."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import TYPE_CHECKING

from kbgen.core.published_settings import Settings, line_in, read_settings
from kbgen.core.settings_markup import strings_by_key
from kbgen.core.sources import Source
from kbgen.errors import Problem
from kbgen.site.theme import THEME_DIR

if TYPE_CHECKING:
    from kbgen.core.model import KnowledgeBase, Located

ICONS = ".icons"
"""The folder of icons in each theme folder."""
ANALYTICS = "partials/integrations/analytics"
"""Where Material looks for `extra.analytics.provider`'s partial (`google.html`)."""
_NAME = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_.-]+)*")
"""A name of a theme file as Material writes them (`material/wifi`,
`fontawesome/brands/github`): no `..`, no absolute path, no blanks."""
_ICON_KEY = re.compile(r"theme\.icon\..+|(?:theme|extra)\.(?!kb\.).*\.icon")
"""Settings Material includes as an icon: `theme.icon.*`, and an `icon` of a social link, a
palette toggle, a feedback rating."""


def theme_folders(custom_dir: Path | None) -> list[Path]:
    """The folders a build looks up templates in, first to last."""
    spec = importlib.util.find_spec("material")
    material = [Path(location) / "templates" for location in
                (spec.submodule_search_locations or [])] if spec else []
    return [*([custom_dir] if custom_dir else []), THEME_DIR, *material]


def is_theme_file(name: str, folder: str, suffix: str, folders: list[Path]) -> bool:
    """`folder/name + suffix` is a file of one of the theme's `folders`."""
    return bool(_NAME.fullmatch(name)) and ".." not in name.split("/") and any(
        (root / folder / f"{name}{suffix}").is_file() for root in folders)


def settings_name_problems(config_file: Path, custom_dir: Path | None,
                           read: Settings | None = None) -> list[Problem]:
    """An error for each icon or analytics provider mkdocs.yml names that no theme folder
    has, at its line. `read`: the file as `read_settings` read it already."""
    values, lines = read or read_settings(config_file)
    folders = theme_folders(custom_dir)
    where = Source(config_file.name, config_file.absolute()).display_path
    problems = []
    for key_path, value in strings_by_key(values):
        if _ICON_KEY.fullmatch(key_path) and not is_theme_file(value, ICONS, ".svg", folders):
            problems.append(Problem(where, line_in(lines, key_path), "error",
                                    f"{key_path}: {_icon_advice(value, custom_dir)}"))
        elif key_path == "extra.analytics.provider" and not is_theme_file(
                value, ANALYTICS, ".html", folders[:-1] if value == "google" else folders):
            problems.append(Problem(where, line_in(lines, key_path), "error",
                                    f"{key_path}: {_provider_advice(value, custom_dir)}"))
    return problems


def page_icon_problems(kb: KnowledgeBase, custom_dir: Path | None) -> list[Problem]:
    """An error for each article's, page's or category's `icon` that names no icon of the
    theme (a category's is shown by no kbgen template, but a theme of the site's own may
    include it by name as a page's is: hostile61's left (b))."""
    folders = theme_folders(custom_dir)
    records: list[tuple[str | None, Located, str]] = [
        *((a.meta.icon, a.origin, "") for a in kb.articles),
        *((p.meta.icon, p.origin, "") for p in kb.pages.values()),
        *((c.info.icon, c.origin, f"category '{c.slug}': ") for c in kb.categories.values())]
    return [Problem(origin.display_path, origin.line_of("icon"), "error",
                    f"{whose}icon: {_icon_advice(icon, custom_dir)}")
            for icon, origin, whose in records
            if icon and not is_theme_file(icon, ICONS, ".svg", folders)]


def _icon_advice(name: str, custom_dir: Path | None) -> str:
    own = f"{custom_dir.name}/{ICONS}/" if custom_dir else f"the theme folder's {ICONS}/"
    yours = (f"put {name}.svg in {own}" if _NAME.fullmatch(name) and ".." not in name.split("/")
             else f"name a file of {own} by its path there, without '..'")
    return (f"'{name}' is no icon of the theme, and Material includes it by name on the pages"
            " that show it, so the build would stop there; use an icon of Material's set"
            f" (material/wifi, fontawesome/brands/github) or {yours}")


def _provider_advice(name: str, custom_dir: Path | None) -> str:
    if name == "google":
        return ("Material's Google Analytics loads Google's script on every page and sends"
                " every visit to Google, a third party (the pages' policy blocks it); remove"
                " `provider` (kbgen's own counts are `extra.kb.analytics`, see the README)")
    own = custom_dir.name if custom_dir else "the theme folder"
    return (f"'{name}' names no {ANALYTICS}/{name}.html in {own}, and Material includes it by"
            " name on every page, so the build would stop; add that partial or remove"
            " `provider`")

"""Page templates chosen in front matter (`template: article.html`) exist in the theme.

MkDocs looks a page's template up in the theme folders and stops with a traceback when it is
missing or names a path outside them (`template: ../x`). kbgen checks every article and page
as loaded (the name's form is checked by the schema), before MkDocs renders anything, and names
the file, the line and the templates there are.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

from kbgen.core.model import KnowledgeBase
from kbgen.errors import Problem

KBGEN_THEME = Path(__file__).resolve().parent.parent / "theme"
_SHOWN = 12
"""How many template names a message lists."""


def _package_dir(name: str) -> Path | None:
    """Folder of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


def theme_dirs(config_dir: Path, theme: Any) -> list[Path]:
    """Where MkDocs looks for templates, first first: the theme's `custom_dir` (relative to
    mkdocs.yml), kbgen's templates, then Material's and MkDocs' own."""
    dirs = []
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str) and custom:
        dirs.append(config_dir / custom)
    dirs.append(KBGEN_THEME)
    for package, sub in (("material", "templates"), ("mkdocs", "templates")):
        found = _package_dir(package)
        if found:
            dirs.append(found / sub)
    return dirs


def available(dirs: list[Path]) -> list[str]:
    """Page templates of the theme: the `.html` files at the top of its folders."""
    names = {entry.name for folder in dirs if folder.is_dir() for entry in folder.iterdir()
             if entry.suffix == ".html" and entry.is_file()}
    return sorted(names)


def template_exists(name: str, dirs: list[Path]) -> bool:
    """True when `name` is a file inside one of `dirs` (never outside them)."""
    if not name or name.startswith(("/", "\\")) or ".." in re.split(r"[\\/]", name):
        return False
    return any((folder / name).is_file() for folder in dirs)


def template_problems(kb: KnowledgeBase, dirs: list[Path]) -> list[Problem]:
    """An error for each article or page whose `template:` is not a template of the theme."""
    problems = []
    for item in [*kb.articles, *kb.pages.values()]:
        name = item.meta.template
        if name is None or template_exists(name, dirs):
            continue
        names = available(dirs)
        listed = ", ".join(names[:_SHOWN]) + (", ..." if len(names) > _SHOWN else "")
        problems.append(Problem(
            item.origin.display_path, item.origin.line_of("template"), "error",
            f"template '{name}' is not a template of the theme; use one of: {listed}"
            " (or add the file to the theme's custom_dir), or remove the key"))
    return problems

"""Page templates chosen in front matter (`template: article.html`) exist in the theme.

MkDocs looks a page's template up in the theme folders and stops with a traceback when it is
missing or names a path outside them (`template: ../x`). kbgen checks every Markdown page of
the content folder first, without MkDocs, and names the file, the line and the templates there
are.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from typing import Any

import yaml

from kbgen.core.frontmatter import split_front_matter
from kbgen.errors import Problem

KBGEN_THEME = Path(__file__).resolve().parent.parent / "theme"
_TEMPLATE_KEY = re.compile(r"^template[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$", re.M)
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


def page_template_problems(content_dir: Path, dirs: list[Path]) -> list[Problem]:
    """An error for each Markdown page whose `template:` is not a template of the theme."""
    problems = []
    for folder, subdirs, files in os.walk(content_dir):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(
                    (".md", ".markdown", ".mdown", ".mkd", ".mkdn")):
                problems += _problems_of(Path(folder) / name, dirs)
    return sorted(problems, key=lambda p: (p.path.split("/"), p.line or 0))


def _problems_of(path: Path, dirs: list[Path]) -> list[Problem]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []  # the loader reports unreadable files
    if "template" not in text:
        return []
    front = split_front_matter(text.replace("\r\n", "\n")).front_matter
    match = _TEMPLATE_KEY.search(front or "")
    if match is None:
        return []
    try:
        name = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return []  # the loader reports invalid front matter
    if name is None or (isinstance(name, str) and template_exists(name, dirs)):
        return []
    line = front.count("\n", 0, match.start()) + 2 if front else None  # type: ignore[union-attr]
    names = available(dirs)
    listed = ", ".join(names[:_SHOWN]) + (", ..." if len(names) > _SHOWN else "")
    return [Problem(_shown(path), line, "error",
                    f"template '{name}' is not a template of the theme; use one of: {listed}"
                    " (or add the file to the theme's custom_dir), or remove the key")]


def _shown(path: Path) -> str:
    """The path relative to the working directory when inside it."""
    absolute = path.absolute()
    cwd = Path.cwd()
    return absolute.relative_to(cwd).as_posix() if absolute.is_relative_to(cwd) \
        else str(absolute)

"""Compile the page templates once, in the build process, before the workers fork.

Jinja compiles a template the first time it is loaded. Loaded first in the workers, Material's
and kbgen's templates were compiled by each worker, then once more by the build process for
the pages it renders itself (listings of MkDocs' loop, 404.html): about 5% of a worker's time
at 2,000 articles. Loaded here, the forks inherit them compiled (Jinja's template cache is
copied with the process).
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, TemplateError

_LOADS = re.compile(r"\{%-?\s*(?:extends|include|import|from)\s+(.*?)-?%\}", re.S)
"""A tag that loads other templates."""
_NAME = re.compile(r"""["']([^"'{}~]+\.html)["']""")
"""A template named by a constant in such a tag (names built by an expression are left to the
workers: Material's icons and languages)."""


def preload(env: Environment, names: list[str], folders: tuple[str, ...] = ("fragments",)
            ) -> int:
    """Load templates `names`, what they load by constant names and every HTML template under
    `folders` of the theme (kbgen's fragments, rendered by name); how many were loaded. One
    that cannot be loaded is left to the render that needs it, which reports it as before."""
    todo = list(names) + _under(env, folders)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            assert env.loader is not None
            source = env.loader.get_source(env, name)[0]
            env.get_template(name)
        except TemplateError:
            continue
        for tag in _LOADS.findall(source):
            todo.extend(_NAME.findall(tag))
    return len(seen)


def _under(env: Environment, folders: tuple[str, ...]) -> list[str]:
    names = []
    for root in getattr(env.loader, "searchpath", []):
        for folder in folders:
            base = Path(root) / folder
            names += [path.relative_to(root).as_posix() for path in sorted(base.rglob("*.html"))]
    return names

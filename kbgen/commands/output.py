"""Which folder a build may replace, and whether a finished build is whole.

A build replaces its output folder entirely, so the folder must never hold anything else:
not the project, its content, its theme or its hooks, and not a folder of other files.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kbgen.errors import KbError

SITE_SIGNS = ("sitemap.xml", "404.html")
"""Files every built site has: a non-empty folder without them is not a site to replace."""
REPOSITORY_SIGNS = (".git", ".hg", ".svn")
"""A folder holding one of these is a working copy, never replaced by a build."""

_LOC = re.compile(r"<loc>([^<]*)</loc>")


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(a) == os.path.normcase(b)


def _within(inner: Path, outer: Path) -> bool:
    """True when `inner` is `outer` or below it (paths resolved, links followed)."""
    return any(_same(folder, outer) for folder in (inner, *inner.parents))


def check_output_folder(target: Path, *, project: Path, sources: Iterable[tuple[str, Path]],
                        files: Iterable[Path] = ()) -> None:
    """Raise KbError unless `target` can be replaced by a build.

    `project` is the folder of mkdocs.yml; `sources` are (what, folder) pairs the output must
    neither be, contain nor sit inside (content, theme); `files` are files it must not contain
    (hooks). All paths are resolved first, so `..` and symbolic links change nothing.
    """
    target = target.resolve()
    hint = "choose another folder with -d or site_dir in mkdocs.yml"
    overlap = overlap_problem(target, project=project, sources=sources, files=files)
    if overlap:
        raise KbError(overlap)
    if target.exists() and not target.is_dir():
        raise KbError(f"The output folder {target} is not a folder; {hint}.")
    kept = [name for name in REPOSITORY_SIGNS if (target / name).exists()]
    if kept:
        raise KbError(f"The output folder {target} holds a repository ({kept[0]}), and a build"
                      f" replaces all of it: build elsewhere and copy the site in, or {hint}.")
    if target.is_dir() and any(target.iterdir()) and not all(
            (target / name).is_file() for name in SITE_SIGNS):
        raise KbError(f"The output folder {target} is not empty and is not a site kbgen built"
                      f" (it has no {' and '.join(SITE_SIGNS)}), and a build replaces all of"
                      f" it: empty it or {hint}.")


def overlap_problem(target: Path, *, project: Path, sources: Iterable[tuple[str, Path]],
                    files: Iterable[Path] = ()) -> str | None:
    """Why a build into `target` would delete the project, a source folder or a file it
    must leave alone (arguments as check_output_folder's), or None; `kbgen check` asks it too,
    so that a setting the build refuses (`custom_dir: .`) fails the check as well."""
    target = target.resolve()
    hint = "choose another folder with -d or site_dir in mkdocs.yml"
    project = project.resolve()
    if _within(project, target):
        relation = "is" if _same(target, project) else "contains"
        return (f"The output folder {target} {relation} the project folder {project};"
                f" building there would delete it: {hint} (such as site).")
    for what, folder in sources:
        folder = folder.resolve()
        if _within(target, folder) or _within(folder, target):
            relation = ("is" if _same(target, folder) else
                        "is inside" if _within(target, folder) else "contains")
            return (f"The output folder {target} {relation} the {what} {folder}; building"
                    f" there would delete it: {hint}.")
    for path in files:
        if _within(path.resolve(), target):
            return (f"The output folder {target} contains {path.resolve()}; building"
                    f" there would delete it: {hint}.")
    return None


def missing_pages(staging: Path, site_url: str | None) -> list[str]:
    """Pages `sitemap.xml` lists (and the files every site has) that are not in `staging`."""
    missing = [name for name in SITE_SIGNS if not (staging / name).is_file()]
    if "sitemap.xml" in missing:
        return missing
    base = urlsplit(site_url or "/").path.rstrip("/") + "/"
    text = (staging / "sitemap.xml").read_text(encoding="utf-8", errors="replace")
    root = os.fspath(staging)  # os.path, not Path: 10,000 pages in a quick build
    for loc in _LOC.findall(text):
        path = unquote(urlsplit(html.unescape(loc.strip())).path)
        relative = path[len(base):] if path.startswith(base) else path.lstrip("/")
        if not relative or relative.endswith("/"):
            relative += "index.html"
        if not os.path.isfile(os.path.join(root, relative)):
            missing.append(relative)
    return missing

"""Content folders that are symbolic links leading out of the project.

A build publishes what its content folders hold. When the content folder, a language's
folder under `translations/`, `translations/` itself or the theme's `custom_dir` is a link
(or lies under one) to a folder outside the project, files that no one reviewed in the
project, such as the build machine's own, would be published: a change that only adds such
a link must not reach the site.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kbgen.core.sources import TRANSLATIONS_DIR
from kbgen.errors import Problem


def leads_outside(folder: Path, project: Path) -> str | None:
    """Where `folder` really is, when a symbolic link on its way leads out of `project`;
    None for a folder reached without links, inside the project, or missing."""
    if not folder.exists():
        return None
    real = os.path.realpath(folder)
    if real == os.path.abspath(folder):
        return None  # no link on the way: a folder written as outside is the config's choice
    real_project = os.path.realpath(project)
    return None if os.path.commonpath([real, real_project]) == real_project else real


def linked_folder_problems(config_file: Path, folders: Iterable[Path], codes: Iterable[str]
                           ) -> list[Problem]:
    """Errors for the published `folders` and the `translations/<code>` folders of the
    languages `codes` that links lead out of the project of `config_file`."""
    project = config_file.absolute().parent
    translations = project / TRANSLATIONS_DIR
    candidates = [*folders, translations, *(translations / code for code in codes)]
    problems = []
    for folder in dict.fromkeys(candidates):
        real = leads_outside(folder, project)
        if real is not None:
            shown = folder.relative_to(project).as_posix() if folder.is_relative_to(project) \
                else str(folder)
            problems.append(Problem(
                shown, None, "error",
                f"{shown}/ is a symbolic link to {real}, outside the project: the build would"
                " publish files from there that nobody reviewed here; copy the files into the"
                " project or remove the link"))
    return problems

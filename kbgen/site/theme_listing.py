"""The theme's static files as a full build listed them, kept for quick builds.

MkDocs lists every file of every theme folder (`Files.add_files_from_theme`: Material's
thousands of icons filtered one by one) in each build. A quick build
(kbgen.site.quick_build) changes only articles' bodies: the theme folders, the content's
file names and the settings are as in the full build it starts from (its inputs and kbgen's
and the packages' versions say so), so the files that listing gave are the same ones."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from mkdocs.structure.files import File

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

Listing = list[tuple[str, str]]
"""Each theme file's path in the site and the theme folder it comes from, in MkDocs' order."""


def theme_listing(files: Files, config: MkDocsConfig) -> Listing | None:
    """The theme's files in `files` (as MkDocs made them, before any plugin's `on_files`);
    None when they cannot be told from the content's (the content folder is a theme folder)."""
    dirs = {os.path.normpath(folder) for folder in config.theme.dirs}
    if os.path.normpath(config.docs_dir) in dirs:
        return None
    return [(file.src_uri, file.src_dir) for file in files
            if file.src_dir is not None and os.path.normpath(file.src_dir) in dirs]


def add_theme_files(files: Files, listing: Listing, config: MkDocsConfig) -> None:
    """Add the listed theme files to `files`, as `Files.add_files_from_theme` would (a
    content file of the same path wins)."""
    for src_uri, theme_dir in listing:
        if files.get_file_from_path(src_uri) is None:
            files.append(File(src_uri, theme_dir, config.site_dir, config.use_directory_urls))

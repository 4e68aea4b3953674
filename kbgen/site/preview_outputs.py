"""The files a preview build put in the served folder, so that the next build, which writes
over the folder instead of replacing it, removes those it no longer has (a renamed or
deleted article's page, a tag no article has any more)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from mkdocs.structure.files import File, InclusionLevel


class Outputs:
    """What the last build wrote into `site_dir`, by path in it."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.paths: set[str] = set()

    def built(self, files: Iterable[File]) -> None:
        """A build of `files` finished: remove what the one before wrote and it does not."""
        paths = {file.dest_uri for file in files if InclusionLevel.is_in_serve(file.inclusion)}
        for gone in sorted(self.paths - paths):
            path = self.site_dir / gone
            path.unlink(missing_ok=True)
            for folder in path.parents:  # its folders, when nothing else is left in them
                if folder == self.site_dir or not folder.is_relative_to(self.site_dir):
                    break
                with contextlib.suppress(OSError):
                    folder.rmdir()
        self.paths = paths

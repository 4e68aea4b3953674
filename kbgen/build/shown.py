"""A file's results kept under keys that do not hold the path messages show for it (which is
relative to the working folder): a build run from the project's parent (`-f
project/mkdocs.yml`) and one run in the project reuse each other's results. A result made
where the file was shown as another path is handed out with that path replaced, in its
problems and its record's origin, so messages still name the file as the user sees it."""

from __future__ import annotations

import dataclasses
from typing import Any

from kbgen.core.model import Article, Located
from kbgen.errors import Problem


def unshown(origin: Located) -> Located:
    """`origin` without its shown path, for a key (its `src_uri` still names the file)."""
    return dataclasses.replace(origin, display_path="")


def relocated(value: Any, was: str, now: str) -> Any:
    """`value` (a result: problems, an article, tuples and lists of them) with the shown
    path `was` replaced by `now`; other values as they are."""
    if was == now:
        return value
    if isinstance(value, Problem):
        return dataclasses.replace(value, path=now) if value.path == was else value
    if isinstance(value, Located):
        return dataclasses.replace(value, display_path=now) if value.display_path == was \
            else value
    if isinstance(value, Article):
        return dataclasses.replace(value, origin=relocated(value.origin, was, now))
    if isinstance(value, tuple):
        return tuple(relocated(item, was, now) for item in value)
    if isinstance(value, list):
        return [relocated(item, was, now) for item in value]
    return value

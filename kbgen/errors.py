"""Errors and problems, shared by the core, the site adapter and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning"]


class KbError(Exception):
    """A failure the user can fix; the message says how."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, located as precisely as known."""

    path: str
    """File path as shown to the user (relative to the working directory when possible)."""
    line: int | None
    """1-based line in the file, or None when the whole file is concerned."""
    level: Level
    """`error` stops the build; `warning` stops it only under --strict."""
    message: str
    """What is wrong and how to fix it."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"


def summary_line(problems: list[Problem], files: int) -> str:
    """The closing count, e.g. `2 errors, 1 warning in 45 files`."""
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    return (
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        f" in {files} file{'s' * (files != 1)}"
    )

"""Errors and problems, shared by the core, the site adapter and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kbgen.core.text import show_hidden

Level = Literal["error", "warning"]


class KbError(Exception):
    """A failure the user can fix; the message says how."""

    def __str__(self) -> str:
        return show_hidden(super().__str__(), keep="\n")


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
        """`path:line: level: message`, invisible characters shown as `<U+202E ...>`."""
        where = f"{self.shown_path}:{self.line}" if self.line else self.shown_path
        return f"{where}: {self.level}: {show_hidden(self.message, keep=chr(10))}"

    @property
    def shown_path(self) -> str:
        """The path with invisible characters (a right-to-left override...) spelled out."""
        return show_hidden(self.path)


def summary_line(problems: list[Problem], files: int) -> str:
    """The closing count, e.g. `2 errors, 1 warning in 45 files`."""
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    return (
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        f" in {files} file{'s' * (files != 1)}"
    )

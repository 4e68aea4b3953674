"""`kbgen check`: validate all content without building."""

from __future__ import annotations

from dataclasses import dataclass

from kbgen.core.loader import count_files, load
from kbgen.errors import Problem, summary_line
from kbgen.project import Project


@dataclass(frozen=True)
class CheckResult:
    """Problems found, and how many files were read."""

    problems: list[Problem]
    files: int

    def failed(self, strict: bool) -> bool:
        """True when an error (or, under strict, a warning) was found."""
        return any(p.level == "error" or strict for p in self.problems)

    def summary(self) -> str:
        """The closing count line."""
        return summary_line(self.problems, self.files)


def check(project: Project) -> CheckResult:
    """Load and validate the project's content folder."""
    _, problems = load(project.content_dir)
    return CheckResult(problems, count_files(project.content_dir))

"""The project a hostile review of accepting rules checks and builds (rev50, rev51): an article
holding every leak, a reference page of the shapes that must still publish, and a snippet the
reference page includes once the article is gone (`kbgen build` reads snippets, `kbgen check`
does not; it stops before them at a page's own finding). A review module sets `REVIEW` and
imports the fixtures `project`, `checked` and `built`: each module makes its own project once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kbgen.cli import cli
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.test_reviewed_exceptions import ARTICLE, LINE, write

TEAM = "content/team/sam.yml"
"""A team member's data file, when the review gives a `bio`."""

REFERENCE_PAGE = "content/articles/billing/reference.md"
SNIPPETS = MINI_CONFIG + "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{}']\n"
"""A site including files from its own folder (named absolute: a build's folder is the cwd's)."""


@dataclass(frozen=True)
class ReviewedProject:
    """What a review's project holds."""

    body: str
    """The article's body: every leak."""
    reference: str
    """The reference page's body: what must still publish."""
    snippet: str
    snippet_name: str
    """Where the snippet is written (`notes/…`), from the project's folder."""
    symptom: str = ""
    """The article's one symptom in its front matter, if a leak."""
    bio: str = ""
    """A team member's data file (TEAM), if any."""

    def line_of(self, text: str) -> int:
        """The article's line number of the first body line holding `text`."""
        return LINE + next(number for number, line in enumerate(self.body.split("\n"))
                           if text in line)

    def write(self, root: Path) -> Path:
        """The project written into `root`."""
        write_files(root, {"mkdocs.yml": SNIPPETS.format(root), "content/index.md": "# Home\n",
                           "content/_data/categories.yml": MINI_CATEGORIES,
                           self.snippet_name: self.snippet,
                           REFERENCE_PAGE: article("Template settings", body=self.reference)})
        write(root, self.body)
        if self.symptom:
            page = root / ARTICLE
            page.write_text(page.read_text(encoding="utf-8").replace(
                "symptoms: [it does not work]", f"symptoms: ['{self.symptom}']"),
                encoding="utf-8")
        if self.bio:
            (root / TEAM).parent.mkdir(parents=True, exist_ok=True)
            (root / TEAM).write_text(self.bio, encoding="utf-8")
        return root

    @staticmethod
    def check(root: Path) -> str:
        """`kbgen check` of the project, which fails."""
        result = CliRunner().invoke(cli, ["check", "-f", str(root / "mkdocs.yml")])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        return result.output

    def build(self, root: Path) -> str:
        """`kbgen build` of the project once the article is gone and the reference page
        includes the snippet, which fails (the team's bio gone too: the build stops at a data
        file's finding before it reads snippets)."""
        (root / ARTICLE).unlink()
        (root / TEAM).unlink(missing_ok=True)
        include = f'\n--8<-- "{self.snippet_name}"\n'
        (root / REFERENCE_PAGE).write_text(
            article("Template settings", body=self.reference + include), encoding="utf-8")
        result = CliRunner().invoke(cli, ["build", "-f", str(root / "mkdocs.yml")])
        assert result.exit_code != 0 and "Traceback" not in result.output, result.output
        return result.output


@pytest.fixture(scope="module")
def project(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The requesting module's `REVIEW` project, written once."""
    review: ReviewedProject = request.module.REVIEW
    return review.write(tmp_path_factory.mktemp(request.module.__name__.rsplit("_", 1)[-1]))


@pytest.fixture(scope="module")
def checked(project: Path) -> str:
    """`kbgen check` of the project."""
    return ReviewedProject.check(project)


@pytest.fixture(scope="module")
def built(request: pytest.FixtureRequest, project: Path, checked: str) -> str:
    """`kbgen build` of the project once `checked` has read it."""
    review: ReviewedProject = request.module.REVIEW
    return review.build(project)

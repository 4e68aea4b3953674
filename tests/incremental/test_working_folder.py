"""The build cache serves a project the same from any working folder: `kbgen build -f
project/mkdocs.yml` from the parent, then `kbgen build` in the project reads and checks no
file again, and its messages still name the files as seen from where it runs (issue 14)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.conftest import SMALL_PROJECT, article, write_files
from tests.helpers import run_cli

UNSAFE = "## Symptoms\n\nIt fails.\n\n<script>alert(1)</script>\n"


def _stored(project: Path) -> set[Path]:
    """The per-file results the build cache holds (kbgen.build.memo)."""
    return {path for path in (project / ".kbgen-cache" / "files").rglob("*") if path.is_file()}


def test_a_build_in_the_project_reuses_one_from_its_parent(tmp_path: Path) -> None:
    project = tmp_path / "project"
    write_files(project, {**SMALL_PROJECT,
                          "content/articles/billing/card-declined.md": article(body=UNSAFE),
                          "content/articles/billing/refund.md": article("Refund a payment")})
    settled = time.time() - 60  # written a while ago: each build leaves its record
    for path in project.rglob("*"):
        os.utime(path, (settled, settled))

    parent = run_cli("build", "-f", "project/mkdocs.yml", cwd=tmp_path)
    assert parent.returncode == 0, parent.stderr
    assert "project/content/articles/billing/card-declined.md:" in parent.stderr
    made = _stored(project)
    assert made

    inside = run_cli("build", cwd=project)
    assert inside.returncode == 0, inside.stderr
    assert "Nothing changed" not in inside.stderr  # its warnings name files from the parent
    assert _stored(project) == made  # every file's results taken from the parent's build
    assert "\ncontent/articles/billing/card-declined.md:" in "\n" + _warnings(inside.stderr)
    assert "project/content/" not in inside.stderr

    again = run_cli("build", cwd=project)
    assert "Nothing changed since the last build" in again.stderr
    assert "\ncontent/articles/billing/card-declined.md:" in "\n" + _warnings(again.stderr)


def _warnings(output: str) -> str:
    """The lines of `output` naming an article, from their path on."""
    return "\n".join(line[line.index("content/"):] for line in output.splitlines()
                     if "card-declined.md:" in line)

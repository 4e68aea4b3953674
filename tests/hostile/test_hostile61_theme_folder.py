"""A theme folder the build refuses, accepted by `kbgen check` (hostile60's left (b)): on main
`custom_dir: .` (the project itself), `..`, `./`, `content/..` and a path leading back to the
project passed `kbgen check` with 0 errors, and every build stopped with "the output folder
... is inside the theme folder". A check that passes what the build refuses tells CI's first
step all is well. Now `kbgen check` asks the build's own question (kbgen.commands.output
.overlap_problem) and gives its answer at the setting's line; a theme folder of its own
passes both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in


def project(root: Path, custom_dir: str, site_dir: str = "") -> Path:
    config = MINI_CONFIG.replace("  font: false", f"  font: false\n  custom_dir: {custom_dir}")
    if site_dir:
        config += f"site_dir: {site_dir}\n"
    write_files(root / "help", {"mkdocs.yml": config, "content/index.md": "# Home\n",
                                "content/_data/categories.yml": MINI_CATEGORIES,
                                "content/articles/billing/card.md": article(),
                                "theme/main.html": '{% extends "base.html" %}\n'},
                dedent_yaml=False)
    return root / "help"


REFUSED = {".": "theme.custom_dir", "./": "theme.custom_dir", "..": "theme.custom_dir",
           "content/..": "theme.custom_dir", "theme/..": "theme.custom_dir",
           "'../help'": "theme.custom_dir", "'.//'": "theme.custom_dir",
           "site": "theme.custom_dir", "site/": "theme.custom_dir",
           "site/theme": "theme.custom_dir"}
"""`custom_dir` values whose folder is, holds or sits inside the output folder, and the
setting each error names."""


@pytest.mark.parametrize("custom_dir", REFUSED)
def test_check_refuses_what_the_build_refuses(tmp_path: Path, custom_dir: str) -> None:
    root = project(tmp_path, custom_dir)
    (root / "site" / "theme").mkdir(parents=True)  # so that MkDocs reads every value
    code, output = run_in(root, "check")
    assert code == 1, output
    assert f"mkdocs.yml:8: error: {REFUSED[custom_dir]}: The output folder" in output, output
    assert "custom_dir must be a folder of its own" in output


@pytest.mark.parametrize("site_dir", ["content", "content/site", "theme", "theme/out", "."])
def test_check_refuses_an_output_folder_over_a_source(tmp_path: Path, site_dir: str) -> None:
    root = project(tmp_path, "theme", site_dir)
    code, output = run_in(root, "check")
    assert code == 1 and "error: site_dir: The output folder" in output, output
    assert "building there would delete it" in output


def test_the_build_refuses_and_a_theme_of_its_own_passes(tmp_path: Path) -> None:
    root = project(tmp_path / "a", ".")
    code, output = run_in(root, "build")
    assert code == 1 and "inside the theme folder" in output, output
    assert not (root / "site").exists()
    root = project(tmp_path / "b", "theme")
    assert run_in(root, "check")[0] == 0
    code, output = run_in(root, "build")
    assert code == 0 and (root / "site/index.html").is_file(), output

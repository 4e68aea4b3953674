"""Content folders that are themselves symbolic links out of the project (the content
folder, `translations/`, a language's folder, the theme's `custom_dir`): a change that only
adds such a link would publish the build machine's files. `kbgen check` and `kbgen build`
refuse them and name the folder; links that stay inside the project still work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.hostile.test_outside_files import OUTSIDE_SECRET, run

FIXTURE = Path(__file__).parents[1] / "fixtures" / "multilingual"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two-language fixture as the working directory, and a folder outside it holding a
    copy of each of its folders plus a private file."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    outside = tmp_path / "outside"
    for name in ("content", "translations"):
        shutil.copytree(root / name, outside / name)
    for folder in (outside / "content", outside / "translations" / "de",
                   outside / "translations"):
        (folder / "private.txt").write_text(OUTSIDE_SECRET)
    monkeypatch.chdir(root)
    return root


def _link_out(project: Path, name: str) -> None:
    shutil.rmtree(project / name)
    (project / name).symlink_to(project.parent / "outside" / name, target_is_directory=True)


@pytest.mark.parametrize("folder", ["translations/de", "translations", "content"])
def test_a_folder_linked_out_of_the_project_is_refused(project: Path, folder: str) -> None:
    _link_out(project, folder)
    for command in (["check"], ["build"]):
        code, output = run(*command)
        assert code != 0, output
        assert f"{folder}/ is a symbolic link to " in output, output
        assert "outside the project" in output
    assert not (project / "site").exists()  # nothing published


def test_a_theme_folder_linked_out_of_the_project_is_refused(project: Path) -> None:
    theme = project.parent / "outside" / "theme"
    theme.mkdir()
    (theme / "private.txt").write_text(OUTSIDE_SECRET)
    (project / "theme").symlink_to(theme, target_is_directory=True)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("theme:\n  name: material\n",
                                                 "theme:\n  name: material\n"
                                                 "  custom_dir: theme\n", 1))
    assert "custom_dir: theme" in config.read_text()
    code, output = run("build")
    assert code != 0 and "theme/ is a symbolic link to " in output, output
    assert not (project / "site").exists()


def test_a_language_folder_linked_inside_the_project_builds(project: Path) -> None:
    moved = project / "german"
    shutil.move(project / "translations" / "de", moved)
    (project / "translations" / "de").symlink_to(moved, target_is_directory=True)
    code, output = run("build")
    assert code == 0, output
    assert (project / "site" / "de" / "index.html").is_file()

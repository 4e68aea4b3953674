"""A control character inside a value of a copied text file (hostile57's left (a)): a browser
shows `jane.doe\\x1c@gmail.com` in a `.txt` as the address split by a 6 px blank (measured in
Chromium) and NUL as nothing, while the gate read it with the control, where no address is;
on main these built and were published. Such a file is read also as it is shown, so each is
found at its line; a form feed between a licence's sections still builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

FILES = {
    "files/separator.txt": "Notes\nWrite to jane.doe\x1c@gmail.com\n",
    "files/delete.txt": "Notes\nWrite to jane\x7f.doe@gmail.com\n",
    "files/record.txt": "Notes\nCard 4556\x1e7375 8689 9855\n",
    "files/escape.log": "Notes\n\x1b[31mjane.doe@gmail.com\x1b[0m\n",
    "files/users.csv": "name,mail\nJane,jane.doe\x0b@gmail.com\n",
    "files/c1.tsv": "name\tmail\nJane\tjane.doe@gm\x85ail.com\n",
}
"""Each copied file's text, its value on line 2 split by a control character."""


def project(root: Path, files: dict[str, str]) -> Path:
    write_files(root, {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/plain.md": article("Plain one"),
                       **{f"content/{name}": text for name, text in files.items()}},
                dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    return run_in(project(tmp_path_factory.mktemp("copied"), FILES), "check")


def test_each_value_is_found_at_its_line(checked: tuple[int, str]) -> None:
    code, output = checked
    missing = [name for name in FILES if f"content/{name}:2: error: " not in output]
    assert code == 1 and missing == [], (missing, output)


def test_the_build_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, {"files/separator.txt": FILES["files/separator.txt"]})
    code, output = run_in(root, "build")
    assert code == 1 and "content/files/separator.txt:2: error: e-mail address" in output
    assert not (root / "site").exists()


def test_a_licence_with_form_feeds_builds(tmp_path: Path) -> None:
    root = project(tmp_path, {"files/licence.txt": "Terms\n\x0c\nSection 2\x0c applies.\n"})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert "\x0c" in (root / "site/files/licence.txt").read_text(encoding="utf-8")

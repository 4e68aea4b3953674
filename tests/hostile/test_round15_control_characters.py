"""A control character inside a value: Python-Markdown deletes STX and ETX (its placeholders)
from what it reads and a browser drops NUL, so `4556\\x027375 8689 9855` in an article was
published as the card number `45567375 8689 9855` (seen in the built page on main), while the
gate read the source, where it is none; `jane\\x00.doe@gmail.com` likewise. Other controls
(`\\x1c`, DEL, the C1 range) show as a blank that splits nothing a reader needs. None is in
the seen help centres' 7,036 articles: an article or data file holding one is refused at its
line by `kbgen check` and the build, and nothing is published; tabs and CRLF still build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

BODY_LINE = 8
"""The line of an article's first body line (tests.conftest.article)."""
ARTICLES = {
    "stx": "Her card: 4556\x027375 8689 9855",
    "etx": "Her card: 4556 7375\x03 8689 9855",
    "nul": "Write to jane\x00.doe@gmail.com",
    "file-separator": "Write to jane.doe\x1c@gmail.com",
    "delete": "Write to jane.doe@gm\x7fail.com",
    "c1": "Her card: 4556 7375 8689\x85 9855",
    "escape": "Output: \x1b[31mjane.doe@gmail.com\x1b[0m",
}
"""Each article's body line, a value split by a control character."""


def project(root: Path, bodies: dict[str, str], categories: str = MINI_CATEGORIES) -> Path:
    files = {"mkdocs.yml": MINI_CONFIG, "content/index.md": "# Home\n",
             "content/_data/categories.yml": categories}
    files.update({f"content/articles/billing/{name}.md": article(f"Case {name}", body=body + "\n")
                  for name, body in bodies.items()})
    write_files(root, files, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    return run_in(project(tmp_path_factory.mktemp("controls"), ARTICLES), "check")


def test_check_refuses_each_at_its_line(checked: tuple[int, str]) -> None:
    code, output = checked
    missing = [name for name in ARTICLES
               if f"content/articles/billing/{name}.md:{BODY_LINE}: error: a control character"
               not in output]
    assert code == 1 and missing == [], (missing, output)


def test_a_data_file_is_refused_too(tmp_path: Path) -> None:
    categories = MINI_CATEGORIES.replace("description: Payments and invoices.",
                                         "description: Call jane\x00.doe@gmail.com")
    code, output = run_in(project(tmp_path, {"fine": "It fails."}, categories), "check")
    assert code == 1 and "content/_data/categories.yml:3: error: a control character" in output


@pytest.mark.parametrize("name", ["stx", "nul"])
def test_the_build_publishes_nothing(tmp_path: Path, name: str) -> None:
    root = project(tmp_path, {name: ARTICLES[name]})
    code, output = run_in(root, "build")
    assert code != 0 and "a control character" in output, output
    assert not (root / "site").exists()


def test_tabs_and_crlf_build(tmp_path: Path) -> None:
    root = project(tmp_path, {"tabs": "Step\tone.\r\n\r\n\tcode line\r\nLast line."})
    code, output = run_in(root, "build")
    assert code == 0, output


def test_a_team_profiles_bio_escape_is_refused(tmp_path: Path) -> None:
    """YAML writes a control character from an escape (`"\\0"`), past the file's bytes: a bio
    of `"Write to jane\\0.doe@gmail.com"` was published on main as `jane.doe@gmail.com`."""
    root = project(tmp_path, {"fine": "It fails."})
    write_files(root, {"content/team/jane.yml": (
        'name: Jane Doe\nrole: Support\nbio: "Write to jane\\0.doe@gmail.com"\n')},
        dedent_yaml=False)
    code, output = run_in(root, "build")
    assert code != 0 and "content/team/jane.yml:3: error: 'bio': a control character" in output
    assert not (root / "site").exists()


def test_the_sites_wording_of_a_message_is_refused_with_one(tmp_path: Path) -> None:
    """`extra.kb.messages` reaches every page (escaped, but a NUL escapes as itself): a wording
    of "Contact us" as `"Mail jane\\0.doe@gmail.com"` was published on main on every page."""
    root = project(tmp_path, {"fine": "It fails."})
    config = MINI_CONFIG + ('extra:\n  kb:\n    messages:\n'
                            '      "Contact us": "Mail jane\\0.doe@gmail.com"\n')
    write_files(root, {"mkdocs.yml": config}, dedent_yaml=False)
    code, output = run_in(root, "build")
    assert code != 0 and "the wording of 'Contact us' has a control character" in output, output
    assert not (root / "site").exists()

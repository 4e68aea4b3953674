"""File and folder names a reader cannot read as they are. On main `content/files/invoice` +
U+202E + `gnp.pdf` (shown as `invoicefdp.png`), names with ESC, a line feed or a tab, a zero-
width space or a bidi mark passed `kbgen check` and were copied into the site (a page named
`he` + U+202E + `lp.md` was published as `help.html`). Every name the content and theme
folders publish is now refused when it holds a control, a line or paragraph break, a bidi
control or mark, or another format character, by `kbgen check` and the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

PDF = b"%PDF-1.4\n%%EOF\n"
HIDDEN = {"\u202e": "U+202E RIGHT-TO-LEFT OVERRIDE", "\u2066": "U+2066 LEFT-TO-RIGHT ISOLATE",
          "\u200f": "U+200F RIGHT-TO-LEFT MARK", "\x1b": "U+001B ESCAPE",
          "\n": "U+000A LINE FEED", "\t": "U+0009 TAB", "\u200b": "U+200B ZERO WIDTH SPACE",
          "\u2028": "U+2028 LINE SEPARATOR", "\ufeff": "U+FEFF ZERO WIDTH NO-BREAK SPACE",
          "\x85": "U+0085 NEXT LINE", "\u00ad": "U+00AD SOFT HYPHEN"}
"""Characters of a name, and how the message names each."""
PLACES = {"copied": "content/files/invoice{i}{c}gnp.pdf", "page": "content/he{i}{c}lp.md",
          "folder": "content/fi{i}{c}les/guide.pdf", "theme": "theme/assets/lo{i}{c}go.pdf"}
"""Where a name is published, with `{c}` for the character and `{i}` for its number."""


def project(root: Path, files: dict[str, str | bytes]) -> Path:
    write_files(root, {"mkdocs.yml": MINI_CONFIG.replace("  font: false\n",
                                                         "  font: false\n  custom_dir: theme\n"),
                       "theme/main.html": '{% extends "base.html" %}\n',
                       "content/index.md": "# Home\n", "content/_data/categories.yml":
                       MINI_CATEGORIES, "content/articles/billing/card.md": article(),
                       **files}, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    files: dict[str, str | bytes] = {}
    for index, char in enumerate(HIDDEN):
        for path in PLACES.values():
            named = path.format(c=char, i=index)
            files[named] = "# Help\n" if named.endswith(".md") else PDF
    return run_in(project(tmp_path_factory.mktemp("hidden-names"), files), "check")


@pytest.mark.parametrize("char", HIDDEN)
def test_check_refuses_each_name_in_each_place(checked: tuple[int, str], char: str) -> None:
    code, output = checked
    refusals = [line for line in output.splitlines()
                if f"error: the name holds {HIDDEN[char]}, a character that" in line]
    assert code == 1 and len(refusals) == len(PLACES), output


def test_the_build_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/files/invoice\u202egnp.pdf": PDF})
    code, output = run_in(root, "build")
    assert code == 1 and "the name holds U+202E RIGHT-TO-LEFT OVERRIDE" in output, output
    assert not (root / "site").exists()


def test_names_in_other_scripts_build(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/files/überweisung café.pdf": PDF,
                              "content/files/請求書-📄.pdf": PDF,
                              "content/ヘルプ.md": "# ヘルプ\n"})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert (root / "site/files/überweisung café.pdf").is_file()

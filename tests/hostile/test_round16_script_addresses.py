"""A `javascript:`, `vbscript:` or `data:` address in a mkdocs.yml setting Material writes into
a link on every page (round 14's left (c)): on main a nav entry `Help: "javascript:alert(1)"`,
an `extra.social` link, `extra.homepage` (the logo's link) and an `extra.alternate` language
link were published in every page's `href` (read in the built pages); only the pages' meta
policy stood between a reader's click and the script, and a `data:` page is a page of the
address's own. Each is refused at its line, read as a URL parser reads it (any case, tabs and
line ends inside, blanks and controls before); https links, pages and the words in text
settings still build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, write_files
from tests.hostile.refusals import run_in

HOSTILE = MINI_CONFIG + """\
nav:
  - Home: index.md
  - Help: "javascript:alert(document.domain)"
  - Upper: "JaVaScRiPt:alert(1)"
  - Tabbed: "java\\tscript:alert(1)"
  - Spaced: " \\x01javascript:alert(1)"
  - Page: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="
  - Old: "vbscript:msgbox(1)"
extra:
  homepage: "javascript:alert(1)"
  social:
    - icon: fontawesome/brands/github
      link: "javascript:alert(1)"
  alternate:
    - name: English
      link: "data:text/html,<b>x</b>"
      lang: en
"""
"""Nine addresses, on lines 15 to 20, 22, 25 and 28 of mkdocs.yml."""
LINES = {"nav[1][0].page": 15, "nav[2][0].page": 16, "nav[3][0].page": 17,
         "nav[4][0].page": 18, "nav[5][0].page": 19, "nav[6][0].page": 20,
         "extra.homepage": 22, "extra.social[0].link": 25, "extra.alternate[0].link": 28}


def project(root: Path, config: str) -> Path:
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES}, dedent_yaml=False)
    return root


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    return run_in(project(tmp_path_factory.mktemp("script-addresses"), HOSTILE), "check")


def test_check_refuses_each_at_its_line(checked: tuple[int, str]) -> None:
    code, output = checked
    missing = [key for key, line in LINES.items()
               if f"mkdocs.yml:{line}: error: {key}: is a javascript:, vbscript: or data:"
               not in output]
    assert code == 1 and missing == [], (missing, output)


def test_the_build_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG + 'nav:\n  - Home: index.md\n'
                   '  - Help: "javascript:alert(1)"\n')
    code, output = run_in(root, "build")
    assert code == 1 and "nav[1][0].page: is a javascript:" in output, output
    assert not (root / "site").exists()


def test_links_pages_and_words_build(tmp_path: Path) -> None:
    root = project(tmp_path, MINI_CONFIG + 'copyright: "JavaScript: data: kept as text"\n'
                   'nav:\n  - Home: index.md\n  - Status: "https://status.example.org/"\n'
                   'extra:\n  homepage: https://www.example.org/\n')
    code, output = run_in(root, "build")
    assert code == 0, output
    assert 'href="https://status.example.org/"' in (root / "site/index.html").read_text(
        encoding="utf-8")

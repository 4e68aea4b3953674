"""A default-language page published at a translation's prefix (hostile59's left (a)): on
main, with directory URLs, `content/fr.md` of a site in English and French was published at
`site/fr/index.html`, which the French build's home page replaced without a word (the nav of
every page still named it); `content/Fr.md` stood at `site/Fr/` beside `site/fr/`, which a
host on a case-insensitive disk serves as one; and a folder whose name is the code once
written in ASCII (`content/fŕ/notes.md`, published at `fr/notes.html`) passed `kbgen check`
and failed the build with "something else changed its folder meanwhile ... Build again". Every
first part of an address the default language publishes (a folder or file as named, a folder
of pages and, with directory URLs, a page in ASCII) is compared with each code in any case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CONFIG
from tests.hostile.refusals import run_in
from tests.hostile.test_round17_translation_prefixes import project as site

DIRECTORY_URLS = MINI_CONFIG.replace("use_directory_urls: false", "use_directory_urls: true")


def project(root: Path, files: dict[str, str], config: str = DIRECTORY_URLS) -> Path:
    """Round 17's site in English and French, under directory URLs unless `config` says."""
    return site(root, files, config)

PAGES = {"fr.md": "fr/index.html with directory URLs, beside the folder the fr build writes,"
                  " whose home page replaces it",
         "Fr.md": "Fr/index.html with directory URLs, beside the folder the fr build writes,"
                  " which a host on a case-insensitive disk serves as fr/",
         "FR.md": "FR/index.html", "Fŕ.md": "fr/index.html", "ｆｒ.md": "fr/index.html"}
"""Pages of the default language at a prefix under directory URLs, and what each says."""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    files = {f"content/{name}": "# Our French notice\n" for name in PAGES}
    files["content/fŕ/notes.md"] = "# Notes\n"
    return run_in(project(tmp_path_factory.mktemp("pages-at-prefix"), files), "check")


@pytest.mark.parametrize("name", PAGES)
def test_check_refuses_a_page_published_at_the_prefix(checked: tuple[int, str],
                                                      name: str) -> None:
    code, output = checked
    assert code == 1, output
    assert (f"content/{name}: error: fr/ is where the fr pages (translations/fr/) are published,"
            f" so the default language's content cannot have a page published there ({name} is"
            f" published at {PAGES[name]}") in output, output


def test_check_refuses_a_folder_published_at_the_prefix_in_ascii(
        checked: tuple[int, str]) -> None:
    code, output = checked
    assert "content/fŕ: error: fr/ is where the fr pages" in output, output
    assert "(fŕ/ written in ASCII is fr/, in the folder the fr build writes)" in output


@pytest.mark.parametrize("files", [{"content/fr.md": "# Notice\n"},
                                   {"content/fŕ/notes.md": "# Notes\n"}])
def test_the_build_fails_and_publishes_nothing(tmp_path: Path, files: dict[str, str]) -> None:
    root = project(tmp_path, files)
    code, output = run_in(root, "build")
    assert code == 1 and "error: fr/ is where the fr pages" in output, output
    assert "changed its folder meanwhile" not in output
    assert not (root / "site").exists()


def test_neighbours_and_plain_urls_build(tmp_path: Path) -> None:
    """`fr.md` is `fr.html` without directory URLs; `free.md`, `fr-faq.md`, an image folder
    `fŕ/` (copied files keep their names) and `index.md` are no prefix."""
    root = project(tmp_path, {"content/fr.md": "# Notice\n", "content/free.md": "# Free\n",
                              "content/fr-faq.md": "# FAQ\n", "content/fŕ/notes.txt": "Notes.\n"},
                   config=MINI_CONFIG)
    code, output = run_in(root, "build")
    assert code == 0, output
    assert (root / "site/fr.html").is_file() and (root / "site/fr/index.html").is_file()
    assert "Accueil" in (root / "site/fr/index.html").read_text(encoding="utf-8")

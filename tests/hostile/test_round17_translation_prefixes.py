"""A default-language folder named like a translation's prefix in another case (hostile58's
left (a)): on main `content/Fr/feed-articles.json` and `content/FR/search/search_index.json`
of a site in English and French built with exit 0 and were published at `site/Fr/` and
`site/FR/`, beside the French build's `site/fr/`: a host on a case-insensitive disk (and a
build on one) serves them as the French site's feed and search index. Only `content/fr/` was
refused. Every case of the code is refused now, by `kbgen check` and the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

LANGUAGES = "extra:\n  kb:\n    languages: [en, fr]\n"


def project(root: Path, files: dict[str, str], config: str = MINI_CONFIG) -> Path:
    """A site in English and French with an article in each, plus `files`, under `config`."""
    write_files(root, {"mkdocs.yml": config + LANGUAGES,
                       "content/index.md": "# Home\n\n<!-- kb:search -->\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/plain.md": article("Plain one"),
                       "translations/fr/index.md": "# Accueil\n\n<!-- kb:search -->\n",
                       "translations/fr/_data/categories.yml": MINI_CATEGORIES,
                       "translations/fr/articles/billing/plain.md": article("Plain un"),
                       **files}, dedent_yaml=False)
    return root


HOSTILE = {"content/Fr/feed-articles.json": '{"items": ["Our own list"]}\n',
           "content/FR/search/search_index.json": '{"docs": []}\n'}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str]:
    return run_in(project(tmp_path_factory.mktemp("prefixes"), HOSTILE), "check")


@pytest.mark.parametrize("folder", ["Fr", "FR"])
def test_check_refuses_the_folder_in_any_case(checked: tuple[int, str], folder: str) -> None:
    code, output = checked
    assert code == 1, output
    assert (f"content/{folder}: error: fr/ is where the fr pages (translations/fr/) are"
            " published") in output
    assert f"serves {folder}/ as fr/" in output


def test_the_build_fails_and_publishes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/Fr/feed-articles.json": '{"own": "list"}\n'})
    code, output = run_in(root, "build")
    assert code == 1 and "content/Fr: error: fr/ is where the fr pages" in output, output
    assert not (root / "site").exists()


def test_other_folders_build(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/files/fr/notes.txt": "Notes.\n",
                              "content/frames/notes.txt": "Notes.\n"})
    code, output = run_in(root, "build")
    assert code == 0, output
    assert (root / "site/files/fr/notes.txt").is_file() and (root / "site/fr/index.html").is_file()

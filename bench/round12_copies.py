"""Hostile review round 12: one article's front-matter line copied into many pages of the site
(a major known issue's `workaround` into every page's banner, a `summary` into every card of
the article) and a synonyms group copied into every article that has one of its phrases, at
n and 4n, in a project of `pages` articles: the site's bytes and the build's CPU. One build
per process.

Example:
    python bench/round12_copies.py REPO workaround 100000 30    # REPO: a checkout
    python bench/round12_copies.py REPO synonyms 8000 120
"""
import logging
import os
import shutil
import sys
import time
from pathlib import Path

repo = sys.argv[1]
sys.path.insert(0, repo)
os.environ["NO_MKDOCS_2_WARNING"] = "1"
logging.basicConfig(level=logging.CRITICAL)
from kbgen.commands.build import build  # noqa: E402
from tests.conftest import SMALL_PROJECT, article, write_files  # noqa: E402

field, n, pages = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = dict(SMALL_PROJECT)
for i in range(pages):
    files[f"content/articles/billing/a{i}.md"] = article(title=f"Card problem number {i}")
long = " ".join(f"word{i}" for i in range(n // 8))[:n]
if field == "synonyms":  # one group of n phrases, one of them in every article's title
    files["content/_data/synonyms.yml"] = "- [card, " + ", ".join(
        f"zq{i}" for i in range(n)) + "]\n"
    text = article(title="Router")
elif field == "synonym_groups":  # n phrases in groups of 10, each group with `card`
    files["content/_data/synonyms.yml"] = "".join(
        "- [card, " + ", ".join(f"zq{g}x{i}" for i in range(9)) + "]\n" for g in range(n // 10))
    text = article(title="Router")
elif field == "workaround":
    extra = (f"known_issue:\n  state: workaround\n  since: 2026-01-01\n  major: true\n"
             f"  workaround: {long}\n")
    text = article(title="Router", extra=extra)
else:  # summary, on an article of 100 tags (a page and a card each)
    text = article(title="Router", extra="tags: [" + ", ".join(f"t{i}" for i in range(100))
                   + "]\n").replace("summary: One sentence about router.", f"summary: {long}")
files["content/articles/wifi/x.md"] = text
root = Path(f"/tmp/round12c-{os.getpid()}")
shutil.rmtree(root, ignore_errors=True)
write_files(root, files)
t = time.process_time()
try:
    build(root / "mkdocs.yml", root / "site", strict=False)
    out = "built"
except Exception as exc:  # the build refuses the article: it says why in the log
    out = f"refused ({str(exc)[:50]})"
cpu = time.process_time() - t
size = sum(p.stat().st_size for p in (root / "site").rglob("*") if p.is_file()) / 1e6 \
    if (root / "site").exists() else 0
print(f"{field:10} n={n:7} pages={pages}  {out:8} cpu {cpu:5.1f} s  site {size:7.1f} MB")
shutil.rmtree(root, ignore_errors=True)

"""Hostile review round 12: CPU of `kbgen build` of a small project (30 articles) holding one
article with a long per-article list in its front matter (tags, symptoms, errors, related,
redirect_from, ...), at n and 4n: the work must grow linearly. One build per process.

Example:
    python bench/round12_lists.py REPO tags 800     # REPO: a checkout (main's or this one)
    python bench/round12_lists.py REPO tags 3200
    python bench/round12_lists.py REPO tags_spread 3200   # 100 tags to an article
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

field, n = sys.argv[2], int(sys.argv[3])
files = dict(SMALL_PROJECT)
for i in range(30):
    files[f"content/articles/billing/a{i}.md"] = article(title=f"Card problem number {i}")
if field == "related":
    items = [f"a{i % 30}" for i in range(n)]
elif field == "redirect_from":
    items = [f"/hc/en-us/articles/{i}-old-page" for i in range(n)]
elif field == "tag_shortcodes":  # one article's tags, each listed by `kb:tag` on another page
    items = []
else:
    items = [f"word{i} thing{i}" for i in range(n)]
if field == "tags_spread":  # n tags, 100 to an article (the most an article may have)
    for start in range(0, n, 100):
        tags = "tags: [" + ", ".join(f"t{i}" for i in range(start, min(n, start + 100))) + "]\n"
        files[f"content/articles/wifi/x{start}.md"] = article(title=f"Router {start}", extra=tags)
elif field == "tag_shortcodes":
    tags = "tags: [" + ", ".join(f"t{i}" for i in range(n)) + "]\n"
    files["content/articles/wifi/x.md"] = article(title="Router", extra=tags)
    files["content/articles/wifi/y.md"] = article(title="Modem", body="".join(
        f"<!-- kb:tag tags/t{i}.md -->\n" for i in range(n)))
else:
    extra = f"{field}: [" + ", ".join(f'"{item}"' for item in items) + "]\n"
    text = article(title="Router", extra=extra)
    if field == "symptoms":  # article() writes one symptom: this list replaces it
        text = text.replace("symptoms: [it does not work]\n", "", 1)
    files["content/articles/wifi/x.md"] = text
root = Path(f"/tmp/round12-{os.getpid()}")
shutil.rmtree(root, ignore_errors=True)
write_files(root, files)
t = time.process_time()
try:
    build(root / "mkdocs.yml", root / "site", strict=False)
    out = "built"
except Exception as exc:  # the build refuses the article: it says why in the log
    out = f"refused ({str(exc)[:60]})"
cpu = time.process_time() - t
print(f"{field:14} n={n:5}  {out:8} cpu {cpu:5.1f} s")
shutil.rmtree(root, ignore_errors=True)

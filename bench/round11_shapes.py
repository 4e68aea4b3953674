"""Hostile review round 11: CPU and memory of `kbgen build` of a small project (30 articles)
holding one article that makes Markdown copy text at each use (a link reference, an
abbreviation, a shortcode), at 1x and 4x: the page grew with the square of the article.
One build per process, so that `maxrss` is the build's own.

Example:
    python bench/round11_shapes.py REPO reference 1    # REPO: a checkout (main's or this one)
    python bench/round11_shapes.py REPO reference 4
"""
import logging
import os
import resource
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

shape, scale = sys.argv[2], int(sys.argv[3])
L, n = 4000 * scale, 2000 * scale
if shape == "reference":
    body = f"[r]: /articles/billing/{'a' * L}.html\n\n" + ("[see][r] " * 40 + "\n\n") * (n // 40)
elif shape == "abbreviation":
    body = f"*[HTML]: {'Hyper Text ' * (L // 11)}\n\n" + ("HTML " * 40 + "\n\n") * (n // 40)
elif shape == "shortcode":
    body = "<!-- kb:categories -->\n\n" * n
root = Path(f"/tmp/round11-{os.getpid()}")
shutil.rmtree(root, ignore_errors=True)
files = dict(SMALL_PROJECT)
if shape == "abbreviation":  # abbreviations are copied only where the site turns them on
    files["mkdocs.yml"] += "markdown_extensions:\n  - abbr\n"
for i in range(30):
    files[f"content/articles/billing/a{i}.md"] = article(title=f"Card problem number {i}")
files["content/articles/wifi/x.md"] = article(title="Router", body=body)
write_files(root, files)
t = time.process_time()
try:
    build(root / "mkdocs.yml", root / "site", strict=False)
    out = "built"
except Exception:  # the build refuses the article: it says why in the log
    out = "refused"
cpu = time.process_time() - t
p = root / "site/articles/wifi/x.html"
size = p.stat().st_size / 1e6 if p.exists() else 0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
print(f"{shape:12} x{scale} input {len(body) / 1e3:5.0f} kB  {out:7} cpu {cpu:5.1f} s"
      f"  page {size:6.1f} MB  maxrss {peak:5.0f} MB")
shutil.rmtree(root, ignore_errors=True)

"""Pagefind, the static-search peer, on the same built sites as kbgen, for bench/run.py.

Pagefind (https://pagefind.app, `pagefind` on npm) is installed into bench/node_modules on
demand from bench/package.json and its lock (`npm ci`); nothing else in kbgen needs it. It
indexes a site kbgen has built, as it is, with one favour: only each page's `<article>` is read
(`--root-selector article`), so Material's navigation, header and footer do not pollute its
index. It is searched through its own JavaScript API (`pagefind.js`, which loads its WebAssembly
and the index chunks a query needs) from a bare page written into the site, `SEARCH_PAGE`, that
shows the first results as `RESULT_ITEM`s in an input `SEARCH_INPUT` the harness types into:
the same selectors as Material's search box, so bench/run.py measures both the same way. It
searches on every `input` event, without the 300 ms debounce of Pagefind's own UI, and shows the
first 5 results, as Pagefind's UI does, once their data (URL, title, excerpt) has arrived: the
answer to any query newer than the one shown, as Material shows each answer of kbgen's worker.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
BINARY = BENCH / "node_modules" / ".bin" / "pagefind"
SEARCH_PAGE = "pagefind-search.html"
SHOWN = 5

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind search</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<input type="search" data-md-component="search-query" aria-label="Search" autocomplete="off">
<ol class="results"></ol>
<script type="module">
const pagefind = await import("./pagefind/pagefind.js");
pagefind.init();
const input = document.querySelector("input");
const list = document.querySelector(".results");
let asked = 0, shownId = 0;
input.addEventListener("input", async () => {
  const id = ++asked;
  const query = input.value.trim();
  const search = query ? await pagefind.search(query) : {results: []};
  if (id < shownId) return;
  const shown = await Promise.all(search.results.slice(0, %(shown)d).map(r => r.data()));
  if (id < shownId) return;
  shownId = id;
  list.replaceChildren(...shown.map(data => {
    const item = document.createElement("li");
    item.className = "md-search-result__item";
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    item.append(link);
    return item;
  }));
});
</script>
</body></html>
"""


def install() -> Path:
    """The pagefind binary, installed from bench/package-lock.json if it is not there yet."""
    if not BINARY.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm not found: Pagefind is installed with npm")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=BENCH, check=True,
                       capture_output=True, timeout=600)
    return BINARY


def index(site: Path) -> dict[str, float | int]:
    """Index a built site with Pagefind and add the search page; seconds and bundle size."""
    binary = install()
    start = time.perf_counter()
    subprocess.run([str(binary), "--site", str(site), "--root-selector", "article",
                    "--output-subdir", "pagefind", "--silent"], check=True, capture_output=True,
                   timeout=1800)
    seconds = time.perf_counter() - start
    (site / SEARCH_PAGE).write_text(_PAGE % {"shown": SHOWN}, encoding="utf-8")
    bundle = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
    return {"index_s": round(seconds, 2), "bundle_bytes": bundle}


def version() -> str:
    """Pagefind's version, as its binary reports it."""
    done = subprocess.run([str(install()), "--version"], capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()

"""Benchmark kbgen: build time, site size, search download, time to first result, query time,
and search relevance (recall@5, MRR) on the sample help centre.

For each size, a synthetic knowledge base is generated (bench/generate.py), built with
`python -m kbgen build --strict` in a subprocess, served on 127.0.0.1 and searched in headless
Chromium (Debian's /usr/bin/chromium through Playwright; never a downloaded browser).
Relevance is measured on the repository's own sample content with bench/relevance.yml, both
with the Python search (kbgen.core.search) and in the browser on the built sample site.

Example:
    python bench/run.py --sizes 200            # quick run, about a minute
    python bench/run.py --sizes 1000 10000 --json bench/results.json
    python bench/run.py --sites before=/tmp/a/site-10000 after=/tmp/b/site-10000  # search only
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(REPO))
import generate  # noqa: E402
import gzserve  # noqa: E402
import pagefind  # noqa: E402
import relevance as side_by_side  # noqa: E402

from kbgen.site.guard import GUARD  # noqa: E402
from tests.localsite import serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
SEARCH_INPUT = "input[data-md-component=search-query]"
SEARCH_LABEL = "label[for=__search]"
RESULT_ITEM = ".md-search-result__item"
COLD_LOADS = 5
FIRST_QUERY = "thermostat offline after a power cut"
NO_MATCH = "zqxjvw"
"""A query that matches nothing: sets the result list back to empty between queries."""
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
       "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
"""Builds run this checkout's kbgen, whichever one is installed."""


# ---------------------------------------------------------------------------- Machine


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 1024 / 1024, 1)
    chromium = None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True,
                                  check=False, timeout=30).stdout.strip() or None
    return {"date": dt.date.today().isoformat(), "nproc": os.cpu_count(), "cpu": cpu,
            "memory_gb": memory, "python": platform.python_version(),
            "platform": platform.platform(), "chromium": chromium,
            "versions": _versions()}


def _versions() -> dict[str, str]:
    from importlib import metadata
    found = {}
    for name in ("kbgen", "mkdocs", "mkdocs-material", "Markdown", "pymdown-extensions",
                 "lunr", "playwright"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found[name] = metadata.version(name)
    return found


# ---------------------------------------------------------------------------- Build


class _Lenient(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring MkDocs-only tags such as !ENV."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def build(config: Path, site: Path, profile: Path | None = None,
          strict: bool = True) -> tuple[float, str]:
    """Run `python -m kbgen build --strict` in a subprocess; (seconds, output). The real help
    centres are built without `--strict`: their articles warn (no symptoms, long summaries)."""
    command = [sys.executable]
    if profile:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "kbgen", "build", "-f", str(config), *(["--strict"] if strict else []),
                "-d", str(site)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=ENV, cwd=config.parent,
                          check=False)
    seconds = time.perf_counter() - start
    output = done.stdout + done.stderr
    if done.returncode:
        raise RuntimeError(f"build failed ({done.returncode}): {build_errors(output)}")
    return seconds, output


def build_errors(output: str) -> str:
    """A failed build's error lines first (a real help centre's build log is mostly
    warnings, which would hide them), then the end of the log."""
    errors = [line for line in output.splitlines()
              if line.startswith(("ERROR", "Error")) or ": error:" in line]
    return " | ".join(errors)[:1500] + f"\n{output[-1500:]}"


def markdown_only(config: Path, article_files: list[Path]) -> float:
    """Seconds to render every article body with Python-Markdown and mkdocs.yml's extensions."""
    import markdown

    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Lenient) or {}
    names, configs = [], {}
    for entry in data.get("markdown_extensions") or []:
        if isinstance(entry, dict):
            for name, options in entry.items():
                names.append(name)
                configs[name] = options or {}
        else:
            names.append(entry)
    names = [name for name in names if name != GUARD]  # kbgen's plugin takes it out too
    bodies = [_body(path.read_text(encoding="utf-8")) for path in article_files]
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    start = time.perf_counter()
    for body in bodies:
        md.reset()
        md.convert(body)
    return time.perf_counter() - start


def _body(text: str) -> str:
    match = re.match(r"^---\s*\n.*?\n---\s*\n", text, re.DOTALL)
    return text[match.end():] if match else text


def published_articles(content: Path) -> list[Path]:
    """Article files whose front matter says `status: published` (what the build renders)."""
    found = []
    for path in sorted((content / "articles").glob("*/*.md")):
        head = path.read_text(encoding="utf-8").split("\n---", 1)[0]
        if re.search(r"^status:\s*published\s*$", head, re.MULTILINE):
            found.append(path)
    return found


def site_sizes(site: Path, slugs: set[str]) -> dict[str, Any]:
    """Total bytes of the site, and of the article pages (by slug)."""
    total = pages = count = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        relative = path.relative_to(site).parts
        if relative[0] == "articles" and path.suffix == ".html" and path.stem in slugs:
            pages += size
            count += 1
    return {"site_bytes": total, "article_pages": count, "article_pages_bytes": pages}


def profile_top(profile: Path, limit: int = 25) -> str:
    """The top functions of a cProfile run, by own time and by cumulative time."""
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(str(profile), stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


# ---------------------------------------------------------------------------- Browser


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} not found: apt-get install -y chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _context(browser: Any, base: str) -> Any:
    """A new context (cold cache, no storage) that never leaves the machine: no host but
    127.0.0.1 resolves (CHROMIUM_ARGS), so no request is intercepted (an intercepted request
    waits for this process, which the machine's load delays)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(120_000)
    return context


THROTTLES: dict[str, dict[str, Any]] = {
    "none": {},
    "phone": {"cpu": 4, "network": {"offline": False, "latency": 562.5,
                                    "downloadThroughput": 180_000, "uploadThroughput": 84_375}},
    "cpu4": {"cpu": 4},
    "fast3g": {"network": {"offline": False, "latency": 562.5,
                           "downloadThroughput": 180_000, "uploadThroughput": 84_375}},
}
"""Chromium's emulation (DevTools protocol): "phone" is DevTools' 4x CPU slowdown and its
"Fast 3G" preset (562.5 ms round trip, 180 kB/s down, 84 kB/s up)."""


def _throttle(context: Any, page: Any, name: str) -> None:
    """Apply THROTTLES[name] to `page` before it loads."""
    throttle = THROTTLES[name]
    if not throttle:
        return
    cdp = context.new_cdp_session(page)
    if "cpu" in throttle:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle["cpu"]})
    if "network" in throttle:
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", throttle["network"])


WATCH_FIRST_RESULT = """sel => {
  const state = window.__kbBench = {};
  document.addEventListener("keydown", () => {
    if (state.t0 === undefined) state.t0 = performance.now();
    state.last = performance.now();
  }, true);
  const check = () => {
    if (state.t0 === undefined || state.t1 !== undefined) return;
    const item = document.querySelector(sel);
    if (item && item.getClientRects().length) {
      state.t1 = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, {childList: true, subtree: true, attributes: true});
}"""

WATCH_READY = """(() => {
  // Material starts the search worker; note when it says READY (message type 1).
  const Real = window.Worker;
  if (!Real) return;
  window.Worker = function (url, options) {
    const worker = new Real(url, options);
    worker.addEventListener("message", event => {
      if (event.data && event.data.type === 1 && window.__kbReady === undefined)
        window.__kbReady = performance.now();
    });
    const post = worker.postMessage;
    worker.postMessage = function (message, ...rest) {  // the first query Material sends
      if (message && message.type === 2 && message.data && window.__kbQuery === undefined)
        window.__kbQuery = performance.now();
      return post.call(this, message, ...rest);
    };
    return worker;
  };
  window.Worker.prototype = Real.prototype;
})()"""
"""Installed before the page's scripts: the time the search worker is ready."""

# Set the query as typing would end (value, then `input` and `keyup`), then resolve when the
# result list has items (ms), or with null after `timeout` ms. `want` = "items" or "empty".
SET_QUERY = """async ([inputSel, itemSel, query, want, timeout]) => {
  const input = document.querySelector(inputSel);
  const count = () => [...document.querySelectorAll(itemSel)]
      .filter(item => item.getClientRects().length).length;
  const done = () => want === "items" ? count() > 0 : count() === 0;
  const t0 = performance.now();
  input.value = query;
  input.dispatchEvent(new Event("input", {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true, key: "End"}));
  if (done()) return performance.now() - t0;
  return await new Promise(resolve => {
    const observer = new MutationObserver(() => {
      if (done()) { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - t0); }
    });
    const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, timeout);
    observer.observe(document.documentElement, {childList: true, subtree: true, attributes: true});
  });
}"""

TOP_RESULTS = """([itemSel, limit]) => [...document.querySelectorAll(itemSel)]
  .filter(item => item.getClientRects().length).slice(0, limit).map(item => {
    const link = item.querySelector("a");
    return link ? new URL(link.href).pathname : "";
  })"""


def _is_search_request(url: str, kind: str, workers: set[str]) -> bool:
    """Requests for search: the index (under search/ or JSON), worker scripts and what they
    import (`importScripts` shows as resource type "other")."""
    path = urlsplit(url).path.lower()
    return ("/search/" in path or "/pagefind/" in path or path.endswith(".json")
            or "worker" in path or url in workers or path.endswith("/kb-early.js")
            or "lunr" in path or (kind == "other" and path.endswith((".js", ".wasm"))))


def _open_search(page: Any) -> None:
    box = page.locator(SEARCH_INPUT).first
    if box.is_visible():
        box.click()
    else:
        page.locator(SEARCH_LABEL).first.click()
    page.wait_for_function("sel => document.activeElement && document.activeElement.matches(sel)",
                           arg=SEARCH_INPUT)


try:
    from playwright.sync_api import Error as PlaywrightError
except ImportError:  # measured without a browser
    PlaywrightError = RuntimeError  # type: ignore[misc,assignment]


def cold_first_result(browser: Any, base: str, site: Path, query: str,
                      start: str = "index.html", throttle: str = "none",
                      typing_from: str = "load") -> dict[str, Any]:
    """One cold load: ms from the first keystroke to the first visible result, the requests
    made for search until then (bytes and gzip bytes, from the served files), and where the
    time went (`phases`, ms after the navigation began). The search box is opened and typed
    into once the page's `typing_from` event has come ("load", or "domcontentloaded": a
    reader who types while the page is still loading)."""
    context = _context(browser, base)
    finished: list[tuple[str, str, dict[str, float]]] = []
    foreign: list[str] = []
    workers: set[str] = set()

    def done(request: Any) -> None:
        finished.append((request.url, request.resource_type, dict(request.timing)))

    def sent(request: Any) -> None:
        if not request.url.startswith((base, "data:", "blob:")):
            foreign.append(request.url)

    context.on("requestfinished", done)
    context.on("request", sent)
    try:
        context.add_init_script(WATCH_READY)
        page = context.new_page()
        _throttle(context, page, throttle)
        page.on("worker", lambda worker: workers.add(worker.url))
        page.goto(base + start, wait_until=typing_from)
        page.evaluate(WATCH_FIRST_RESULT, RESULT_ITEM)
        _open_search(page)
        page.keyboard.type(query)
        page.wait_for_function("window.__kbBench.t1 !== undefined", timeout=60_000)
        page.wait_for_load_state("load")
        marks = page.evaluate(PAGE_MARKS)
        marks["worker"] = worker_marks(page, marks["origin"])
        seen = list(finished)
    finally:
        context.close()
    ms, typing = marks["result"] - marks["key"], marks["last_key"] - marks["key"]
    # Only the requests begun before the first result showed (more keys came meanwhile).
    before = [(u, kind) for u, kind, timing in seen
              if timing.get("startTime", 0) - marks["origin"] <= marks["result"]]
    requests = []
    for url in dict.fromkeys(u for u, kind in before if _is_search_request(u, kind, workers)):
        path = site / unquote(urlsplit(url).path.removeprefix(urlsplit(base).path))
        data = path.read_bytes() if path.is_file() else b""
        requests.append({"path": path.relative_to(site).as_posix() if data else url,
                         "bytes": len(data), "gzip_bytes": len(gzip.compress(data, 6))})
    return {"ms": round(ms, 1), "typing_ms": round(typing, 1),
            "after_typing_ms": round(max(ms - typing, 0.0), 1),
            "ready_after_load_ms": (None if marks["ready"] is None
                                    else round(marks["ready"] - marks["load"], 1)),
            "phases": phases(marks, seen, base), "foreign_requests": foreign,
            "requests": requests}


PAGE_MARKS = """(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {origin: performance.timeOrigin, dom: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd, ready: window.__kbReady === undefined ? null : window.__kbReady,
          query: window.__kbQuery === undefined ? null : window.__kbQuery,
          key: window.__kbBench.t0, last_key: window.__kbBench.last,
          result: window.__kbBench.t1};
})()"""
"""The page's own times (ms after the navigation began)."""

WORKER_MARKS = """[performance.timeOrigin,
  performance.getEntriesByType("mark").map(mark => [mark.name, mark.startTime])]"""


def worker_marks(page: Any, origin: float) -> dict[str, float]:
    """The marks kbgen's worker made (`kb-head` parsed, `kb-prepared`, `kb-setup`,
    `kb-ready`, first `kb-query` and `kb-answer`), in ms after the page's navigation began."""
    found: dict[str, float] = {}
    for worker in page.workers:
        try:
            start, marks = worker.evaluate(WORKER_MARKS)
        except Exception:  # noqa: BLE001 - a worker that ended; Pagefind's have no marks
            continue
        for name, at in marks:
            found[name] = start + at - origin
    return found


PHASE_FILES = (("worker", ("kb-search.js", "pagefind.js")), ("lunr", ("lunr",)),
               ("head", ("kb-index.json", "pagefind-entry.json", "pf_meta")),
               ("part", ("/kb-index/", "pf_index")), ("wasm", (".wasm",)),
               ("text", ("/kb-text/", "pf_fragment")))
"""What a search request is, by its path: the first kind whose words the path holds."""


def phases(marks: dict[str, Any], finished: list[tuple[str, str, dict[str, float]]],
           base: str) -> dict[str, Any]:
    """Where a cold load's time went, in ms after the navigation began: the page's DOM and
    load events, each kind of search request's first start and last end (PHASE_FILES; the
    parts and texts only those begun before the result), the worker's READY, the first and
    last key and the first result shown."""
    found: dict[str, Any] = {"dom": marks["dom"], "load": marks["load"],
                             "ready": marks["ready"], "key": marks["key"],
                             "query sent": marks["query"],
                             "last_key": marks["last_key"], "result": marks["result"],
                             **marks.get("worker", {})}
    for url, _, timing in finished:
        path = urlsplit(url).path
        kind = next((k for k, words in PHASE_FILES if any(w in path for w in words)), None)
        if kind is None or timing.get("startTime", -1) < 0:
            continue
        begun = timing["startTime"] - marks["origin"]
        ended = begun + max(timing.get("responseEnd", 0.0), 0.0)
        if begun > marks["result"]:
            continue
        first, last, count = found.get(kind, (begun, ended, 0))
        found[kind] = (min(first, begun), max(last, ended), count + 1)
    return {key: ([round(value[0], 1), round(value[1], 1), value[2]]
                  if isinstance(value, tuple) else None if value is None else round(value, 1))
            for key, value in found.items()}


def query_times(browser: Any, base: str, queries: list[str],
                start: str = "index.html") -> dict[str, Any]:
    """After the first results, ms from setting each query until its results show."""
    context = _context(browser, base)
    try:
        page = context.new_page()
        page.goto(base + start, wait_until="load")
        _open_search(page)
        page.keyboard.type(FIRST_QUERY)
        page.wait_for_selector(RESULT_ITEM, state="visible")
        times, missing = [], []
        for query in queries:
            page.evaluate(SET_QUERY, [SEARCH_INPUT, RESULT_ITEM, NO_MATCH, "empty", 10_000])
            ms = page.evaluate(SET_QUERY, [SEARCH_INPUT, RESULT_ITEM, query, "items", 10_000])
            if ms is None:
                missing.append(query)
            else:
                times.append(ms)
    finally:
        context.close()
    return {"queries": len(queries), "p90_ms": round(_percentile(times, 90), 1) if times else None,
            "median_ms": round(statistics.median(times), 1) if times else None,
            "max_ms": round(max(times), 1) if times else None, "no_result": missing}


def browser_rankings(browser: Any, base: str, queries: list[str], start: str = "index.html",
                     timeout_ms: int = 5_000) -> list[list[str]]:
    """For each query, the slugs of the first 5 results in the browser."""
    context = _context(browser, base)
    rankings = []
    try:
        page = context.new_page()
        page.goto(base + start, wait_until="load")
        _open_search(page)
        for query in queries:
            page.evaluate(SET_QUERY, [SEARCH_INPUT, RESULT_ITEM, NO_MATCH, "empty", 10_000])
            page.evaluate(SET_QUERY, [SEARCH_INPUT, RESULT_ITEM, query, "items", timeout_ms])
            previous, stable_since = None, time.monotonic()
            while time.monotonic() - stable_since < 0.3:  # wait until the list settles
                current = page.evaluate(TOP_RESULTS, [RESULT_ITEM, 5])
                if current != previous:
                    previous, stable_since = current, time.monotonic()
                time.sleep(0.05)
            rankings.append([_slug(path) for path in previous or []])
    finally:
        context.close()
    return rankings


def _slug(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * percent / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def timing_queries() -> list[str]:
    """20 different customer queries over the synthetic content (one per category)."""
    queries: list[str] = []
    for category in generate.CATEGORIES:
        subject = category["subjects"][len(queries) % len(category["subjects"])]
        problem = category["problems"][len(queries) % len(category["problems"])][0]
        queries.append(f"{subject} {problem}".lower())
    return queries[:20]


# ---------------------------------------------------------------------------- Relevance


def load_judgements(path: Path = BENCH / "relevance.yml") -> list[dict[str, str]]:
    """The queries and expected slugs of relevance.yml."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def scores(rankings: list[list[str]], expected: list[str]) -> dict[str, Any]:
    """recall@5 and MRR (over the first 10 results given) of rankings."""
    hits, reciprocal, misses = 0, 0.0, []
    for ranked, want in zip(rankings, expected):
        rank = ranked.index(want) + 1 if want in ranked else None
        hits += bool(rank and rank <= 5)
        reciprocal += 1 / rank if rank else 0.0
        if rank != 1:
            misses.append({"expected": want, "rank": rank, "got": ranked[:3]})
    count = len(expected) or 1
    return {"queries": len(expected), "recall_at_5": round(hits / count, 3),
            "mrr": round(reciprocal / count, 3), "not_first": misses}


def python_rankings(queries: list[str], config: Path = REPO / "mkdocs.yml") -> list[list[str]]:
    """Top-10 slugs per query from kbgen's Python search over the published sample articles,
    indexed the way the site indexes them (adapts to the two known versions of the API)."""
    from kbgen.core import search as searching
    from kbgen.core.loader import load
    from kbgen.core.search_place import place_text
    from kbgen.project import find_project

    project = find_project(config)
    kb, _ = load(project.content_dir, project.settings)
    articles = [a for a in kb.articles if a.meta.status == "published"]
    documents = [searching.article_document(a, a.origin.display_path,
                                            place=place_text(a, kb.categories))
                 for a in articles]
    index = searching.build_index(documents, kb.synonyms)
    by_ref = {str(n): a.slug for n, a in enumerate(articles)}
    by_ref.update({a.origin.src_uri: a.slug for a in articles})
    return [[by_ref.get(hit.ref, hit.ref) for hit in searching.search(index, query, 10)]
            for query in queries]


# ---------------------------------------------------------------------------- Running


def run_size(size: int, args: argparse.Namespace, work: Path, browser: Any) -> dict[str, Any]:
    """Every figure for one generated knowledge base of `size` articles."""
    project = work / f"kb-{size}"
    site = work / f"site-{size}"
    result: dict[str, Any] = {"articles": size}
    start = time.perf_counter()
    generate.generate(project, size, args.seed)
    result["generate_s"] = round(time.perf_counter() - start, 2)
    config = project / "mkdocs.yml"
    log(f"[{size}] generated in {result['generate_s']} s; building...")
    profile = work / f"build-{size}.prof" if args.profile else None
    try:
        seconds, output = build(config, site, profile)
    except RuntimeError as exc:
        result["error"] = str(exc)
        log(f"[{size}] {exc}")
        return result
    published = published_articles(project / "content")
    result["published"] = len(published)
    result["build_s"] = round(seconds, 2)
    result["build_summary"] = next((line for line in output.splitlines()
                                    if line.startswith(("Published", "Site written"))), "")
    log(f"[{size}] built in {seconds:.1f} s; rendering Markdown alone...")
    result["markdown_s"] = round(markdown_only(config, published), 2)
    result["markdown_share"] = round(result["markdown_s"] / seconds, 3)
    result["build_ms_per_article"] = round(seconds * 1000 / size, 2)
    sizes = site_sizes(site, {p.stem for p in published})
    result.update(sizes)
    result["site_mb"] = round(sizes["site_bytes"] / 1e6, 1)
    result["article_page_kb"] = round(sizes["article_pages_bytes"] / max(sizes["article_pages"],
                                                                         1) / 1e3, 1)
    if profile:
        result["profile_top"] = profile_top(profile)
    if browser is not None:
        with serve(site) as base:
            log(f"[{size}] time to first result ({COLD_LOADS} cold loads) and query times...")
            result.update(search_figures(browser, base, site))
            if args.pagefind:
                log(f"[{size}] the same with Pagefind...")
                result["pagefind"] = pagefind_figures(browser, base, site)
    if not args.keep:
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(project, ignore_errors=True)
    return result


def search_figures(browser: Any, base: str, site: Path,
                   start: str = "index.html") -> dict[str, Any]:
    """Cold first results, what search fetched before the first one, and query times, for
    the search box of the page `start` (kbgen's: Material's box on the home page)."""
    loads = [cold_first_result(browser, base, site, FIRST_QUERY, start)
             for _ in range(COLD_LOADS)]
    result = load_figures(loads)
    result["query_time"] = query_times(browser, base, timing_queries(), start)
    return result


def load_figures(loads: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians of cold loads (`cold_first_result`), and what search fetched before the first
    result of the first."""
    result: dict[str, Any] = {}
    result["first_result_ms"] = [load["ms"] for load in loads]
    result["first_result_median_ms"] = statistics.median(result["first_result_ms"])
    result["first_result_p90_ms"] = round(_percentile(result["first_result_ms"], 90), 1)
    result["phases"] = [load.get("phases") for load in loads]
    result["foreign_requests"] = sorted({u for load in loads for u in load.get("foreign_requests",
                                                                                 [])})
    result["typing_ms"] = [load["typing_ms"] for load in loads]
    result["after_typing_ms"] = [load["after_typing_ms"] for load in loads]
    result["after_typing_median_ms"] = statistics.median(result["after_typing_ms"])
    ready = [load["ready_after_load_ms"] for load in loads]
    result["ready_after_load_ms"] = ready
    result["ready_after_load_median_ms"] = (
        statistics.median(ready) if None not in ready else None)
    requests = loads[0]["requests"]
    result["search_requests"] = requests
    # Excerpt texts (search/kb-text/) are fetched for the results once they are shown,
    # never waited for: counted apart.
    needed = [r for r in requests if "/kb-text/" not in "/" + r["path"]]
    texts = [r for r in requests if r not in needed]
    result["search_download_bytes"] = sum(r["bytes"] for r in needed)
    result["search_download_gzip_bytes"] = sum(r["gzip_bytes"] for r in needed)
    result["excerpt_text_gzip_bytes"] = sum(r["gzip_bytes"] for r in texts)
    return result


def compare_sites(browser: Any, sites: dict[str, Path], with_pagefind: bool,
                  loads_each: int = COLD_LOADS, throttle: str = "none",
                  gzip_served: bool = False, typing_from: str = "load",
                  http10: bool = False) -> dict[str, Any]:
    """kbgen's search figures on sites already built (`--sites`) and Pagefind's on the last
    one, their cold loads taken in turn (each turn one load of each, Pagefind's too) so that
    each meets the same load of the machine; then query times. The load average is noted
    before and after."""
    figures: dict[str, Any] = {"load_average_before": os.getloadavg(), "throttle": throttle,
                               "gzip_served": gzip_served, "typing_from": typing_from,
                               "sites": {}}
    figures["http10"] = http10
    served = functools.partial(gzserve.serve, http10=http10) if gzip_served else serve
    peer: dict[str, Any] = {}
    if with_pagefind:  # before the servers start: they precompress what is there
        label, site = list(sites.items())[-1]
        log(f"Pagefind indexes {label}...")
        try:
            peer = {"version": pagefind.version(), **pagefind.index(site)}
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            peer = {"error": f"{type(exc).__name__}: {exc}"}
    with contextlib.ExitStack() as stack:
        bases = {label: stack.enter_context(served(site)) for label, site in sites.items()}
        runs = {label: (bases[label], site, "index.html") for label, site in sites.items()}
        if with_pagefind and "error" not in peer:
            label, site = list(sites.items())[-1]
            runs["Pagefind"] = (bases[label], site, pagefind.SEARCH_PAGE)
        loads: dict[str, list[dict[str, Any]]] = {label: [] for label in runs}
        failed: dict[str, int] = {}
        figures["loads_without_result"] = failed
        for turn in range(loads_each):
            log(f"cold loads, turn {turn + 1} of {loads_each}...")
            for label, (base, site, start) in runs.items():
                try:
                    loads[label].append(cold_first_result(browser, base, site, FIRST_QUERY,
                                                          start, throttle, typing_from))
                except PlaywrightError as exc:  # no result shown: counted, the run goes on
                    log(f"{label}: no first result ({str(exc).splitlines()[0][:120]})")
                    failed[label] = failed.get(label, 0) + 1
        for label, (base, site, start) in runs.items():
            if not loads[label]:
                continue
            log(f"query times, {label}...")
            before = gzserve.stats(base) if gzip_served else None
            row = {**load_figures(loads[label]),
                   "query_time": query_times(browser, base, timing_queries(), start)}
            if before is not None:
                row["server_counts"] = server_counts(before, gzserve.stats(base))
            if label == "Pagefind":
                figures["pagefind"] = {**peer, **row}
            else:
                figures["sites"][label] = row
        if "error" in peer:
            figures["pagefind"] = peer
    figures["load_average_after"] = os.getloadavg()
    return figures


def server_counts(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Connections and requests `gzserve` counted between two readings."""
    return {key: after[key] - before[key] for key in ("connections", "requests")}


def compare_table(figures: dict[str, Any]) -> str:
    """`compare_sites`' figures as plain text, then each load's phases."""
    rows = dict(figures["sites"])
    if "pagefind" in figures and "error" not in figures["pagefind"]:
        rows["Pagefind"] = figures["pagefind"]
    lines = [f"typing from {figures.get('typing_from', 'load')}, "
             f"throttle {figures.get('throttle', 'none')}, gzip served "
             f"{figures.get('gzip_served', False)}; load average before "
             f"{figures['load_average_before']}, after {figures['load_average_after']}",
             f"{'site':<16}{'median':>9}{'p90':>9}{'gzip before':>13}{'query p90':>11}"
             "  loads, ms"]
    for label, r in rows.items():
        lines.append(f"{label:<16}{r['first_result_median_ms']:>6.0f} ms"
                     f"{r['first_result_p90_ms']:>6.0f} ms"
                     f"{r['search_download_gzip_bytes'] / 1e3:>10.1f} kB"
                     f"{r['query_time']['p90_ms']:>8} ms  {r['first_result_ms']}")
    if "pagefind" in figures and "error" in figures["pagefind"]:
        lines.append(f"Pagefind: {figures['pagefind']['error'][:300]}")
    for label, r in rows.items():
        if "server_counts" in r:
            lines.append(f"{label}, query times: {r['server_counts']['connections']} "
                         f"connections for {r['server_counts']['requests']} requests "
                         f"(HTTP/1.{0 if figures.get('http10') else 1})")
    if figures.get("loads_without_result"):
        lines.append(f"loads without a result in 60 s: {figures['loads_without_result']}")
    for label, r in rows.items():
        spans = span_medians(r["phases"])
        lines.append(f"{label}, medians: " + "; ".join(f"{name} {value:.0f} ms" for name, value
                                                       in spans.items() if value is not None))
    for label, r in rows.items():
        lines.append(f"\n{label}: phases, ms after navigation start (kind: first start-last "
                     "end/requests)")
        for ms, load in zip(r["first_result_ms"], r["phases"]):
            lines.append(f"  {ms:>7.0f} ms  " + phase_line(load))
    return "\n".join(lines)


SPANS = (("head begun after the worker's script", "worker", 0, "head", 0),
         ("head parsed in the worker after load", "load", None, "kb-head", None),
         ("worker ready after load", "load", None, "kb-ready", None),
         ("key to query sent", "key", None, "query sent", None),
         ("query sent to worker got it", "query sent", None, "kb-query", None),
         ("last part fetched to result shown", "part", 1, "result", None))
"""Spans of a cold load (name, from, to; a request's index 0 is its start, 1 its end)."""


def span_medians(loads: list[dict[str, Any]]) -> dict[str, float | None]:
    """The median of each of SPANS over cold loads' `phases` (loads without it left out)."""
    found: dict[str, float | None] = {}
    for name, start, i, end, j in SPANS:
        values = [(load[end][j] if j is not None else load[end])
                  - (load[start][i] if i is not None else load[start])
                  for load in loads if load and load.get(start) is not None
                  and load.get(end) is not None]
        found[name] = round(statistics.median(values), 1) if values else None
    return found


def phase_line(load: dict[str, Any]) -> str:
    """One load's phases (`phases`) on one line."""
    words = []
    for key, value in load.items():
        if isinstance(value, list):
            words.append(f"{key} {value[0]:.0f}-{value[1]:.0f}/{value[2]}")
        elif value is not None:
            words.append(f"{key} {value:.0f}")
    return ", ".join(words)


def pagefind_figures(browser: Any, base: str, site: Path) -> dict[str, Any]:
    """Pagefind on the same built site: index time and size, then `search_figures`."""
    try:
        result: dict[str, Any] = {"version": pagefind.version(), **pagefind.index(site)}
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    result.update(search_figures(browser, base, site, pagefind.SEARCH_PAGE))
    return result


def run_relevance(args: argparse.Namespace, work: Path, browser: Any) -> dict[str, Any]:
    """recall@5 and MRR of relevance.yml, in Python and in the browser on the sample site."""
    judgements = load_judgements()
    queries = [j["query"] for j in judgements]
    expected = [j["expected"] for j in judgements]
    result: dict[str, Any] = {}
    try:
        result["python"] = scores(python_rankings(queries), expected)
    except Exception as exc:  # noqa: BLE001  (the search API may change under the benchmark)
        result["python"] = {"error": f"{type(exc).__name__}: {exc}"}
    if browser is None:
        return result
    site = work / "site-sample"
    try:
        build(REPO / "mkdocs.yml", site)
    except RuntimeError as exc:
        result["browser"] = {"error": str(exc)}
        return result
    with serve(site) as base:
        result["browser"] = scores(browser_rankings(browser, base, queries), expected)
    return result


def run_browser_relevance(work: Path, browser: Any, with_pagefind: bool) -> dict[str, Any]:
    """recall@5 / MRR read from the page (its first 5 results) on every relevance set: kbgen's
    search box, and Pagefind's on the same built site."""
    figures: dict[str, Any] = {}
    for name, (config, queries, expected) in side_by_side.sets(work / "browser-sets").items():
        site = work / f"site-relevance-{name}"
        log(f"relevance in the browser, {name} set...")
        try:
            build(config, site, strict=name == "sample")
        except RuntimeError as exc:
            figures[name] = {"error": str(exc)}
            continue
        entry: dict[str, Any] = {}
        with serve(site) as base:
            entry["kbgen"] = side_by_side.scores(browser_rankings(browser, base, queries),
                                                 expected, queries)
            if with_pagefind:
                try:
                    indexed = pagefind.index(site)
                except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                    entry["pagefind"] = {"error": f"{type(exc).__name__}: {exc}"}
                else:
                    ranked = browser_rankings(browser, base, queries, pagefind.SEARCH_PAGE, 2_000)
                    entry["pagefind"] = {**indexed,
                                         **side_by_side.scores(ranked, expected, queries)}
        figures[name] = entry
    return figures


def run_side_by_side(work: Path) -> dict[str, Any]:
    """kbgen and the BM25 peer on the sample set and the real help centre (relevance.py)."""
    try:
        return side_by_side.measure(work / "side-by-side")
    except Exception as exc:  # noqa: BLE001  (the search API may change under the benchmark)
        return {"error": f"{type(exc).__name__}: {exc}"}


def log(message: str) -> None:
    """Progress on stderr, so stdout stays the report."""
    print(message, file=sys.stderr, flush=True)


def _mb(value: int | None) -> str:
    return "-" if value is None else f"{value / 1e6:.2f}"


def table(figures: dict[str, Any]) -> str:
    """The report as a plain-text table."""
    m = figures["machine"]
    lines = [(f"kbgen benchmark, {m['date']}: {m['cpu']}, {m['nproc']} CPUs, {m['memory_gb']} GB,"
             f" Python {m['python']}, {m.get('chromium') or 'no browser'}"), ""]
    rows = [("articles (published)", lambda r: f"{r['articles']} ({r.get('published', '-')})"),
            ("build --strict, s", lambda r: f"{r['build_s']:.1f}"),
            ("Markdown alone, s (share)",
             lambda r: f"{r['markdown_s']:.1f} ({r['markdown_share']:.0%})"),
            ("build / Markdown alone (goal <= 2)",
             lambda r: f"{r['build_s'] / r['markdown_s']:.2f}"),
            ("build per article, ms", lambda r: f"{r['build_ms_per_article']:.1f}"),
            ("site size, MB", lambda r: f"{r['site_mb']:.1f}"),
            ("article page, KB", lambda r: f"{r['article_page_kb']:.1f}"),
            ("search download, MB", lambda r: _mb(r.get("search_download_bytes"))),
            ("search download gzip, MB", lambda r: _mb(r.get("search_download_gzip_bytes"))),
            ("  + excerpt texts after, gzip MB", lambda r: _mb(r.get("excerpt_text_gzip_bytes"))),
            (f"first result, ms (median of {COLD_LOADS})",
             lambda r: f"{r['first_result_median_ms']:.0f}  {r['first_result_ms']}"
             if "first_result_ms" in r else "-"),
            ("  typing the query took, ms", lambda r: f"{r['typing_ms']}"),
            ("  after the last key, ms (median)",
             lambda r: f"{r['after_typing_median_ms']:.0f}  {r['after_typing_ms']}"),
            ("search ready after load, ms (median)",
             lambda r: "-" if r.get("ready_after_load_median_ms") is None else
             f"{r['ready_after_load_median_ms']:.0f}  {r['ready_after_load_ms']}"),
            ("query p90, ms (20 queries)",
             lambda r: f"{r['query_time']['p90_ms']}" if "query_time" in r else "-")]
    sizes = figures["sizes"]
    width = max(len(name) for name, _ in rows) + 2
    for name, cell in rows:
        values = []
        for r in sizes:
            try:
                values.append(cell(r) if "error" not in r else "build failed")
            except (KeyError, TypeError):
                values.append("-")
        lines.append(name.ljust(width) + " | ".join(v.ljust(24) for v in values))
    for r in sizes:
        for request in r.get("search_requests", []):
            lines.append(f"  [{r['articles']}] search request {request['path']}: "
                         f"{request['bytes'] / 1e3:,.1f} kB, gzip "
                         f"{request['gzip_bytes'] / 1e3:,.1f} kB")
        missing = r.get("query_time", {}).get("no_result")
        if missing:
            lines.append(f"  [{r['articles']}] queries without results: {missing}")
    for r in sizes:
        lines.extend(_pagefind_lines(r))
    lines.extend(_browser_relevance_lines(figures.get("browser_relevance", {})))
    relevance = figures.get("relevance", {})
    lines.append("")
    for where in ("python", "browser"):
        figure = relevance.get(where)
        if not figure:
            continue
        if "error" in figure:
            lines.append(f"relevance ({where}): {figure['error'][:300]}")
            continue
        lines.append(f"relevance ({where}, sample content, {figure['queries']} queries): "
                     f"recall@5 {figure['recall_at_5']:.3f}, MRR {figure['mrr']:.3f}")
        for miss in figure["not_first"]:
            lines.append(f"    {miss['expected']}: rank {miss['rank']}, top {miss['got']}")
    return "\n".join(lines)


def _pagefind_lines(r: dict[str, Any]) -> list[str]:
    """Pagefind's figures on the same generated site, as lines of the report."""
    peer = r.get("pagefind")
    if not peer:
        return []
    if "error" in peer:
        return [f"  [{r['articles']}] Pagefind: {peer['error'][:300]}"]
    lines = [f"  [{r['articles']}] Pagefind {peer['version']}: indexed in {peer['index_s']} s, "
             f"bundle {peer['bundle_bytes'] / 1e6:.1f} MB; first result median "
             f"{peer['first_result_median_ms']:.0f} ms {peer['first_result_ms']}; before it "
             f"{_mb(peer['search_download_bytes'])} MB, gzip "
             f"{_mb(peer['search_download_gzip_bytes'])} MB; query p90 "
             f"{peer['query_time']['p90_ms']} ms"]
    for request in peer["search_requests"]:
        lines.append(f"    Pagefind request {request['path']}: {request['bytes'] / 1e3:,.1f} kB,"
                     f" gzip {request['gzip_bytes'] / 1e3:,.1f} kB")
    if peer["query_time"]["no_result"]:
        lines.append(f"    Pagefind queries without results: {peer['query_time']['no_result']}")
    return lines


def _browser_relevance_lines(sets: dict[str, Any]) -> list[str]:
    """recall@5 / MRR read from the page, kbgen and Pagefind, as lines of the report."""
    if not sets:
        return []
    lines = ["", "relevance in the browser (first 5 results read from the page), R@5 / MRR:"]
    for name, entry in sets.items():
        cells = []
        for engine in ("kbgen", "pagefind"):
            figure = entry.get(engine)
            if figure and "error" not in figure:
                cells.append(f"{engine} {figure['recall_at_5']:.3f} / {figure['mrr']:.3f}")
            elif figure or "error" in entry:
                cells.append(f"{engine}: {(figure or entry)['error'][:200]}")
        lines.append(f"  {name:<8}" + "   ".join(cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000],
                        help="Numbers of articles to generate and measure (default: 1000 10000).")
    parser.add_argument("--seed", type=int, default=1, help="Generator seed.")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH",
                        help="Also write the figures as JSON to PATH.")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="Where to generate and build (default: a temporary folder).")
    parser.add_argument("--keep", action="store_true", help="Keep generated projects and sites.")
    parser.add_argument("--no-browser", action="store_true", help="Skip Chromium measurements.")
    parser.add_argument("--no-pagefind", dest="pagefind", action="store_false",
                        help="Skip Pagefind (otherwise installed into bench/ with npm on demand"
                        " and measured on the same sites).")
    parser.add_argument("--profile", action="store_true",
                        help="Run each build under cProfile and print the top functions"
                        " (build times then include the profiler's overhead).")
    parser.add_argument("--sites", nargs="+", default=None, metavar="LABEL=DIR",
                        help="Measure only search on sites already built (say before and after"
                        " a change, each built once with --keep), cold loads taken in turn;"
                        " no build, no relevance.")
    parser.add_argument("--loads", type=int, default=COLD_LOADS,
                        help=f"With --sites: cold loads of each site (default {COLD_LOADS}).")
    parser.add_argument("--throttle", choices=sorted(THROTTLES), default="none",
                        help="With --sites: Chromium's CPU and network emulation for every cold"
                        " load (phone: 4x CPU slowdown and DevTools' Fast 3G).")
    parser.add_argument("--gzip", action="store_true",
                        help="With --sites: serve text files gzip-compressed, from a process"
                        " of their own (bench/gzserve.py), as a static host would.")
    parser.add_argument("--http10", action="store_true",
                        help="With --gzip: the server as before srv38 (HTTP/1.0, a connection"
                        " per request, each file compressed on its first request).")
    parser.add_argument("--typing-from", choices=("load", "domcontentloaded"), default="load",
                        help="With --sites: type once the page's load event came (default), or"
                        " its DOMContentLoaded (typing while the page still loads).")
    args = parser.parse_args(argv)
    if args.sites:
        return _compare_main(args)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kbgen-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {"machine": machine(), "sizes": []}
    with contextlib.ExitStack() as stack:
        browser = None if args.no_browser else stack.enter_context(chromium())
        for size in args.sizes:
            figures["sizes"].append(run_size(size, args, work, browser))
        log("relevance on the sample content...")
        figures["relevance"] = run_relevance(args, work, browser)
        if browser is not None:
            figures["browser_relevance"] = run_browser_relevance(work, browser, args.pagefind)
        log("relevance side by side with a BM25 peer, sample and real help centre...")
        figures["side_by_side"] = run_side_by_side(work)
    if not args.keep and args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)

    print(table(figures))
    if "error" in figures["side_by_side"]:
        print(f"\nside by side: {figures['side_by_side']['error'][:300]}")
    else:
        print("\n" + side_by_side.table(figures["side_by_side"]))
    for r in figures["sizes"]:
        if r.get("profile_top"):
            print(f"\ncProfile of the {r['articles']}-article build:\n{r['profile_top']}")
    text = json.dumps(figures, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print("\nJSON:\n" + text)
    return 0 if all("error" not in r for r in figures["sizes"]) else 1


def _compare_main(args: argparse.Namespace) -> int:
    """`--sites`: search figures on built sites, side by side."""
    sites = {}
    for entry in args.sites:
        label, _, folder = entry.rpartition("=")
        site = Path(folder)
        if not (site / "search" / "kb-index.json").is_file():
            raise SystemExit(f"--sites {entry}: {site} is not a site built by kbgen (no "
                             "search/kb-index.json); build it first, e.g. with --keep")
        sites[label or site.name] = site
    with chromium() as browser:
        figures = compare_sites(browser, sites, args.pagefind, args.loads, args.throttle,
                                args.gzip, args.typing_from, args.http10)
    figures["machine"] = machine()
    print(compare_table(figures))
    text = json.dumps(figures, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

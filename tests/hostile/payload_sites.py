"""Hostile cases built together into few real sites and opened once in one browser context
(tests/hostile/test_browser_no_csp.py).

Each case's pages get names of their own (`zebra.md` -> `zebra-<case>.md`) and a word of their
own (`zcase<N>`, so a search finds them), and its payloads its own number (`__pwned=N`,
`alert(N)`), so whatever runs names its case. Cases share a site unless they write the same
file; a case that changes `mkdocs.yml` has a site of its own (the whole site changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from playwright.sync_api import Browser, BrowserContext, Dialog, Page, Worker

from kbgen.errors import KbError
from tests.crawl import load_pages
from tests.hostile.test_html import build
from tests.localsite import serve

Files = dict[str, str | bytes]
MARKER = "__pwned"
QUERY = 0
"""The number of the payloads searched through the address's `?q=` (they belong to no case)."""
ANSWERED = ".md-search-result__meta:text-matches('matching')"
"""Material's line above the results once a search answered: "No matching documents" too."""
SEARCH_FIELD = "input[data-md-component=search-query]"
SETTLED = """() => new Promise(done => {
  const end = Date.now() + 2000;
  const waiting = () => [...document.images].some(i => !i.complete && i.loading !== "lazy");
  const check = () => waiting() && Date.now() < end ? setTimeout(check, 5)
    : setTimeout(() => setTimeout(done, 0), 0);
  check();
})"""
"""Resolves once what a page shows may have run what it runs: every image (but a lazy one)
loaded or failed (the failure's `error` event is fired in the task that marks it failed) and
the tasks queued by then run; at most 2 s. Tasks, not animation frames: of the pages
`load_pages` opens together only one is in front, and the others draw no frames. The payloads
run from an image's `onerror`, so this replaces a fixed wait (150 ms a page and a search until
7 December)."""
TYPED = """async ([searches, marker]) => {
  const settled = """ + SETTLED + """;
  const field = document.querySelector("input[data-md-component=search-query]");
  const meta = document.querySelector(".md-search-result__meta");
  const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
  const until = async test => {
    for (const end = Date.now() + 5000; !test();) {
      if (Date.now() > end) return false;
      await pause(5);
    }
    return true;
  };
  const type = text => {
    field.value = text;
    field.dispatchEvent(new Event("input", {bubbles: true}));
    field.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true}));
  };
  const seen = [];
  for (const [query, mustAnswer] of searches) {
    type("");
    await until(() => !/matching/.test(meta.textContent));
    type(query);
    const answered = await until(() => /matching/.test(meta.textContent)
      && (!mustAnswer || document.querySelector(".md-search-result__item") !== null));
    await settled();
    seen.push([answered, window[marker] === undefined ? null : String(window[marker])]);
    delete window[marker];
  }
  return seen;
}"""
"""Type each (query, must it find something) into Material's search field in turn, the field
emptied first as a person does; for each, whether it answered (with results where due) and what
a payload set `window.__pwned` to once it had (then cleared for the next)."""


@dataclass
class PayloadAlarms:
    """What ran: by case (or "search query"), what no payload numbered, and searches that
    showed nothing; cases the build refused, with why."""

    by_case: dict[str, list[str]] = field(default_factory=dict)
    unattributed: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)


def numbered(text: str, number: int) -> str:
    """`text` with the payloads' `__pwned=1` and `alert(1)` numbered."""
    return text.replace(f"{MARKER}=1", f"{MARKER}={number}").replace("alert(1)",
                                                                      f"alert({number})")


def own_name(path: str, case: str) -> str:
    """A page's path made the case's own; data, team and home files keep theirs."""
    page = PurePosixPath(path)
    if (page.suffix != ".md" or page.parts[0] != "content" or path == "content/index.md"
            or page.parts[1] in ("_data", "team")):
        return path
    if page.name == "index.md":
        return str(page.parent.with_name(f"{page.parent.name}-{case}") / page.name)
    return str(page.with_name(f"{page.stem}-{case}{page.suffix}"))


class PayloadSites:
    """The cases (name, files over `base`), numbered from 1, built into as few sites as
    their files allow."""

    def __init__(self, cases: Sequence[tuple[str, Files]], base: Files) -> None:
        self.base = base
        self.names = {number: name for number, (name, _) in enumerate(cases, 1)}
        self.files = {number: self._own(number, name, files)
                      for number, (name, files) in enumerate(cases, 1)}

    def _own(self, number: int, name: str, files: Files) -> Files:
        own: Files = {}
        for path, content in files.items():
            if isinstance(content, str):
                content = numbered(content, number)
                if path.endswith(".md") and path != "content/index.md":
                    content += f"\n\nZebra zcase{number}.\n"
            own[own_name(path, name)] = content
        return own

    def groups(self, numbers: Sequence[int]) -> list[list[int]]:
        """Cases that can share a site: no file written twice, `mkdocs.yml` alone."""
        groups: list[tuple[list[int], set[str]]] = []
        for number in numbers:
            paths = set(self.files[number])
            free = next((g for g in groups if not paths & g[1] and "mkdocs.yml" not in
                         paths | g[1]), None)
            if free is None:
                groups.append(([], set()))
                free = groups[-1]
            free[0].append(number)
            free[1].update(paths)
        return [numbers for numbers, _ in groups]

    def _build(self, root: Path, numbers: list[int]) -> Path:
        files = dict(self.base)
        for number in numbers:
            files.update(self.files[number])
        return build(root, files)

    def build_all(self, root: Path, alarms: PayloadAlarms) -> list[tuple[Path, list[int]]]:
        """Each group's site; a case the build refuses on its own is left out (refused)."""
        sites = []
        for index, numbers in enumerate(self.groups(list(self.files))):
            try:
                sites.append((self._build(root / f"site-{index}", numbers), numbers))
                continue
            except KbError:
                pass
            kept = []
            for number in numbers:
                try:
                    self._build(root / f"alone-{number}", [number])
                    kept.append(number)
                except KbError as exc:
                    alarms.refused[self.names[number]] = str(exc)[:80]
            if kept:
                sites.append((self._build(root / f"site-{index}-kept", kept), kept))
        return sites

    def visit(self, browser: Browser, root: Path, opened: Sequence[str],
              queries: Sequence[str]) -> PayloadAlarms:
        """Build every site, open each of its pages (files with a suffix in `opened`) and
        search it for each case's word, then for each of `queries` (numbered QUERY)."""
        alarms = PayloadAlarms()
        for site, numbers in self.build_all(root, alarms):
            with serve(site) as url:  # a plain static server: `_headers` is ignored
                self._visit_site(browser, site, url, numbers, opened, queries, alarms)
        return alarms

    def _visit_site(self, browser: Browser, site: Path, url: str, numbers: list[int],
                    opened: Sequence[str], queries: Sequence[str],
                    alarms: PayloadAlarms) -> None:
        context = browser.new_context()
        context.set_default_timeout(10_000)

        def dialog(box: Dialog) -> None:
            self._raise(alarms, box.message, f"dialog on {box.page.url if box.page else '?'}")
            box.dismiss()

        def worker(job: Worker, page: Page) -> None:
            if not job.url.startswith(url):
                alarms.unattributed.append(f"worker from {job.url[:40]} on {page.url}")

        context.on("dialog", dialog)
        context.on("page", lambda page: page.on("worker", lambda job: worker(job, page)))
        pages = [url + path.relative_to(site).as_posix() for path in sorted(site.rglob("*"))
                 if path.suffix in opened]
        for address, page in load_pages(context, pages):
            page.evaluate(SETTLED)
            self._check(page, address, alarms)
        words = [(f"zcase{n}", True) for n in numbers if any(
            path.endswith(".md") and path != "content/index.md" for path in self.files[n])]
        linked = [(numbered(query, QUERY), query == queries[0]) for query in queries]
        self._search(context, url, linked or words[:1], words[1:] if not linked else words,
                     alarms)
        context.close()

    def _search(self, context: BrowserContext, url: str, linked: list[tuple[str, bool]],
                typed: list[tuple[str, bool]], alarms: PayloadAlarms) -> None:
        """In one page: load each of `linked` (the queries, payloads among them) through the
        address's `?q=`, as a crafted link a stranger sends brings it (`page.goto` per query,
        so the address's decoding of `+`, `%`-escapes, `#` and `&` meets every payload), then
        type each of `typed` (the cases' own words) into its search field; what ran is read
        after each answer, then cleared. Typing the cases' words spares a page load each."""
        page = context.new_page()
        for query, must_answer in linked:
            address = f"{url}index.html?q={quote(query)}"
            page.goto(address)
            self._check_search(page, address, must_answer, alarms)
        if not typed:
            return
        page.locator(SEARCH_FIELD).click()
        for (query, must_answer), (answered, ran) in zip(
                typed, page.evaluate(TYPED, [typed, MARKER])):
            if must_answer and not answered:
                alarms.unanswered.append(f"{url} search {query!r}")
            if ran is not None:
                self._raise(alarms, ran, f"window.{MARKER} set by the search {query!r}")

    def _check_search(self, page: Page, address: str, must_answer: bool,
                      alarms: PayloadAlarms) -> None:
        answer = ".md-search-result__item" if must_answer else ANSWERED
        try:  # a payload query may find nothing: its answer is Material's "No matching"
            page.locator(answer).first.wait_for(timeout=5_000)
        except Exception:  # noqa: BLE001  (no answer: an alarm only where one is due)
            if must_answer:
                alarms.unanswered.append(address)
        page.evaluate(SETTLED)
        self._check(page, address, alarms)
        page.evaluate(f"() => {{ delete window.{MARKER}; }}")

    def _check(self, page: Page, address: str, alarms: PayloadAlarms) -> None:
        ran = page.evaluate(f"() => window.{MARKER}")
        if ran is not None:
            self._raise(alarms, str(ran), f"window.{MARKER} set on {address}")

    def _raise(self, alarms: PayloadAlarms, number: str, what: str) -> None:
        name = "search query" if number == str(QUERY) else self.names.get(
            int(number) if number.isdigit() else -1)
        if name is None:
            alarms.unattributed.append(f"{what}: {number}")
        else:
            alarms.by_case.setdefault(name, []).append(what)

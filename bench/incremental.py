"""Benchmark the build cache and the live preview (issue 14), and check at scale that an
incremental build equals a clean one.

For a synthetic knowledge base of N articles (bench/generate.py), in one run:
- a clean build (no cache), then builds with nothing changed and with one article's body
  changed, and one with a title other pages list changed (each `kbgen build` in a
  subprocess, wall clock, median of the repeats);
- `kbgen serve`: seconds from start to the first page answered, without and with the last
  preview; then EDITS saves of one article's body, each timed from the save until the served
  page shows it (polled over HTTP every 50 ms: what the browser's live reload then fetches);
- with --steps S: S seeded random edits (bench/edits.py), each followed by an incremental
  build and a clean build compared byte for byte (bench/site_diff.py).

Example:
    python bench/incremental.py --articles 1000 --edits 20 --steps 4
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from random import Random
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
from bench import generate  # noqa: E402
from bench.edits import (  # noqa: E402
    FRONT_MATTER_EDITS,
    Project,
    _retarget,
    change_status,
    edit_body,
    plan,
    retitle_listed,
    set_key,
)
from bench.site_diff import differences  # noqa: E402
from kbgen.site.on_demand import CAUGHT_UP  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
       "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
"""Builds run this checkout's kbgen, whichever one is installed."""


QUICK_RENDERED = re.compile(r"Quick build: \d+ articles? changed since the last full build,"
                            r" (\d+) pages? rendered")
"""What a quick build says it rendered (kbgen.site.quick_build)."""


def kbgen_build(project: Path, site: Path | None = None) -> float:
    """`kbgen build --strict` in a subprocess; its wall-clock seconds."""
    return kbgen_build_logged(project, site)[0]


def kbgen_build_logged(project: Path, site: Path | None = None,
                       env: dict[str, str] | None = None, cwd: Path | None = None
                       ) -> tuple[float, str]:
    """`kbgen build --strict` in a subprocess (`env`: default ENV) run in folder `cwd`
    (default the current one): its wall-clock seconds and its output."""
    command = [sys.executable, "-m", "kbgen", "build", "--strict", "-f",
               str(project / "mkdocs.yml"), "-d", str(site or project / "site")]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env or ENV, check=False,
                          cwd=cwd)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise RuntimeError(f"build failed:\n{(done.stdout + done.stderr)[-3000:]}")
    return seconds, done.stdout + done.stderr


def clean_build(project: Path, where: Path) -> tuple[float, Path]:
    """A copy of the project without its cache, built: (seconds, site)."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(project, where, ignore=shutil.ignore_patterns(".kbgen-cache", "site"))
    return kbgen_build(where), where / "site"


PORT_FILE = ".bench-serve-port"
"""Beside a project's mkdocs.yml: the port its last preview here served on."""
BOUND = re.compile(r"Bound to http://\S+:(\d+)/")
"""What `kbgen serve` logs once it holds its address (port 0: the one the system gave)."""


def _project_port(project: Path) -> int:
    """The port `project`'s last preview served on, when it is free, else 0 (the server
    takes a free one, and Preview keeps it for the next): a user serves a project at the
    same address each time, and the address is on every page (its canonical link), so a
    restart on another port renders every page anew (kbgen.site.kept_reads). Never a port
    picked here and bound later by the server: another process may take it meanwhile."""
    with contextlib.suppress(OSError, ValueError):
        port = int((project / PORT_FILE).read_text(encoding="ascii"))
        with socket.socket() as probe:  # as the server binds it (HTTPServer's reuse)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(("127.0.0.1", port))
        return port
    return 0


def wait_for(url: str, text: str | None, limit: float = 900.0) -> float:
    """Seconds until `url` answers (and contains `text`), polled every 50 ms."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if text is None or text in answer.read().decode("utf-8", "replace"):
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not show {text!r} within {limit:.0f} s")


class Preview:
    """`kbgen serve` in a subprocess."""

    def __init__(self, project: Path, env: dict[str, str] | None = None) -> None:
        self.project = project
        self._port = _project_port(project)
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kbgen", "serve", "-f", str(project / "mkdocs.yml"), "-a",
             f"127.0.0.1:{self._port}"], env=env or ENV, cwd=project, stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True)

    @property
    def port(self) -> int:
        """The port the server holds (with none kept, the one it logs it was given, waited
        for and kept beside the project for the next start)."""
        start = time.perf_counter()
        while not self._port:
            found = BOUND.search(self.output())
            if found:
                self._port = int(found[1])
                with contextlib.suppress(OSError):
                    (self.project / PORT_FILE).write_text(str(self._port), encoding="ascii")
            elif self.process.poll() is not None or time.perf_counter() - start > 300:
                raise RuntimeError(f"kbgen serve bound no address:\n{self.output()}")
            else:
                time.sleep(0.05)
        return self._port

    @property
    def base(self) -> str:
        """The preview's address, ending in `/`."""
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        """Stop the server (and anything it started)."""
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(30)

    def wait_for_log(self, text: str, limit: float = 3600.0) -> None:
        """Wait until the server has printed `text`."""
        start = time.perf_counter()
        while text not in self.output():
            if time.perf_counter() - start > limit:
                raise RuntimeError(f"the server did not print {text!r}")
            time.sleep(0.2)

    def output(self) -> str:
        """What the server printed."""
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")


def serve_figures(project: Path, edits: int, seed: int, others: bool = True,
                  other_repeats: int = 3) -> dict[str, Any]:
    """First page without and with the last preview; save-to-visible seconds of `edits` saves
    of one article's text (median, p90) and of `other_repeats` rounds of the saves that
    change more (OTHER_SAVES; each kind's median), each timed until the page it changes is
    served right (pages are rendered when asked for; the rest catches up after)."""
    figures: dict[str, Any] = {}
    shutil.rmtree(project / ".kbgen-cache" / "preview", ignore_errors=True)
    for name in ("first_page_cold_s", "first_page_with_last_preview_s"):
        preview = Preview(project)
        try:
            figures[name] = wait_for(preview.base + "index.html", None)
            if name == "first_page_cold_s":
                continue
            preview.wait_for_log("Reloading browsers")  # the catch-up build is done
            time.sleep(1)
            figures.update(timed_saves(preview, project, edits, seed,
                                       other_repeats if others else 0))
        finally:
            preview.stop()
    return figures


def timed_saves(preview: Preview, project: Path, edits: int, seed: int, other_repeats: int
                ) -> dict[str, Any]:
    """Save-to-visible seconds of `edits` saves of one article's text (median, p90) and of
    `other_repeats` rounds of OTHER_SAVES (each kind's median), with the CPU seconds of the
    updates as the server logs them and of the server's whole session from the save until
    the page showed it."""
    figures: dict[str, Any] = {}
    waits = []
    rng = Random(seed)
    articles = [p for p in Project(project).articles()
                if "status: published" in p.read_text(encoding="utf-8")]
    for number in range(edits):
        path = rng.choice(articles)
        mark = f"Saved edit number {number} at {time.time():.3f}"
        text = path.read_text(encoding="utf-8")
        waits.append(timed_save(lambda p=path, t=text, m=mark: p.write_text(
            f"{t}\n{m}\n", encoding="utf-8"), page_url(preview, project, path), mark))
    figures["edit_to_visible_s"] = waits
    if waits:
        figures["edit_to_visible_median_s"] = statistics.median(waits)
        figures["edit_to_visible_p90_s"] = statistics.quantiles(waits, n=10)[-1] if len(
            waits) > 1 else waits[0]
    for _ in range(other_repeats):
        for kind, save in OTHER_SAVES.items():
            before = len(UPDATE_CPU.findall(preview.output()))
            session = cpu_seconds(preview.process.pid)
            figures.setdefault(f"{kind}_to_visible_s", []).append(save(preview, project, rng))
            figures.setdefault(f"{kind}_session_cpu_s", []).append(
                round(cpu_seconds(preview.process.pid) - session, 2))
            figures.setdefault(f"{kind}_load", []).append(round(os.getloadavg()[0], 1))
            time.sleep(0.5)  # the log line follows the reload
            cpu = sum(map(float, UPDATE_CPU.findall(preview.output())[before:]))
            figures.setdefault(f"{kind}_update_cpu_s", []).append(cpu)
            print(f"{kind}: {figures[f'{kind}_to_visible_s'][-1]:.2f} s"
                  f" ({cpu:.2f} s CPU of the updates)", file=sys.stderr)
    for kind in OTHER_SAVES if other_repeats else ():
        for figure in ("to_visible", "update_cpu", "session_cpu"):
            figures[f"{kind}_{figure}_median_s"] = statistics.median(
                figures[f"{kind}_{figure}_s"])
    return figures


def saves_after_build(project: Path, edits: int, seed: int, other_repeats: int,
                      code: Path | None = None, build: bool = True,
                      server_log: Path | None = None) -> dict[str, Any]:
    """`kbgen serve` started after `kbgen build` (with no earlier preview: from the last
    build's content), once every page caught up: `timed_saves`. `code`: the checkout whose
    kbgen builds and serves (default this one); `build` False: none first (after another
    code's build the server loads every file at its start). The server's catch-up after each
    save beyond a text runs on while the next saves are timed, as it would for an author."""
    env = dict(ENV, PYTHONPATH=str(code)) if code else ENV
    if build:  # in the project's folder, as the server (the file memo's keys hold paths
        kbgen_build_logged(project, env=env, cwd=project)  # shown relative to it)
    shutil.rmtree(project / ".kbgen-cache" / "preview", ignore_errors=True)
    preview = Preview(project, env)
    try:
        figures: dict[str, Any] = {"first_page_s": wait_for(preview.base + "index.html", None)}
        preview.wait_for_log(CAUGHT_UP)
        figures["caught_up_cpu_s"] = cpu_seconds(preview.process.pid)
        figures["load_average_caught_up"] = os.getloadavg()
        print(json.dumps(figures), file=sys.stderr, flush=True)
        time.sleep(1)
        figures.update(timed_saves(preview, project, edits, seed, other_repeats))
        return figures
    finally:
        preview.stop()
        if server_log is not None:  # what the server printed, requests left out
            server_log.write_text("".join(line for line in preview.output().splitlines(True)
                                          if '"GET /' not in line), encoding="utf-8")


UPDATE_CPU = re.compile(r"Preview updated in [0-9.]+ s \(([0-9.]+) s of CPU\)")
"""The CPU seconds of a preview's update, as `kbgen serve` logs them."""


def cpu_seconds(session: int) -> float:
    """CPU seconds (user + system) the processes of `session` (a server started in a session
    of its own, its build workers included) have used so far (Linux)."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[3]) == session:
            ticks += sum(int(value) for value in fields[11:15])  # its own and its ended children's
    return ticks / os.sysconf("SC_CLK_TCK")


def first_page_figures(project: Path, code: Path | None = None) -> dict[str, float]:
    """`kbgen serve` with no earlier preview, right after `kbgen build` (which fills the
    build cache): seconds and the server's CPU seconds until the home page is served, and
    until every page, the search index and feeds caught up (a whole build is done before
    the first page). `code`: the checkout whose kbgen serves (default this one)."""
    env = dict(ENV, PYTHONPATH=str(code)) if code else ENV
    kbgen_build_logged(project, env=env)  # by the same code: its build cache and snapshot
    shutil.rmtree(project / ".kbgen-cache" / "preview", ignore_errors=True)
    start = time.perf_counter()
    preview = Preview(project, env)
    try:
        figures = {"first_page_s": wait_for(preview.base + "index.html", None),
                   "first_page_cpu_s": cpu_seconds(preview.process.pid),
                   "load_average_at_first_page": os.getloadavg()}
        print(json.dumps(figures), file=sys.stderr, flush=True)
        if "pages rendered when viewed" in preview.output():
            preview.wait_for_log(CAUGHT_UP)
        figures.update(caught_up_s=time.perf_counter() - start,
                       caught_up_cpu_s=cpu_seconds(preview.process.pid))
        return figures
    finally:
        preview.stop()


def page_url(preview: Preview, project: Path, article: Path) -> str:
    """The preview's address of an article of the generated project."""
    return f"{preview.base}articles/{article.parent.name}/{article.stem}.html"


def timed_save(save: Callable[[], object], url: str, text: str) -> float:
    """Seconds from `save()` until `url` shows `text`."""
    saved = time.perf_counter()
    save()
    wait_for(url, text)
    return time.perf_counter() - saved


def _new_article(preview: Preview, project: Path, rng: Random) -> float:
    source = rng.choice(Project(project).articles())
    new = source.with_name(f"new-problem-{rng.randint(1000, 9999)}.md")
    title = f"New problem {new.stem} with the hub"
    text = set_key(source.read_text(encoding="utf-8"), "title", title)
    return timed_save(lambda: new.write_text(text, encoding="utf-8"),
                      page_url(preview, project, new), title)


def _renamed_article(preview: Preview, project: Path, rng: Random) -> float:
    old = rng.choice(Project(project).articles())
    new = old.with_name(f"renamed-{rng.randint(1000, 9999)}-{old.name}")

    def rename() -> None:
        old.rename(new)
        _retarget(Project(project), old, new)
    return timed_save(rename, page_url(preview, project, new), "<h1")


def _edited_profile(preview: Preview, project: Path, rng: Random) -> float:
    member = rng.choice(Project(project).team())
    path = project / "content" / "team" / f"{member}.yml"
    role = f"Product specialist {rng.randint(100, 999)}"
    text = re.sub(r"^role: .*$", f"role: {role}", path.read_text(encoding="utf-8"), count=1,
                  flags=re.MULTILINE)
    return timed_save(lambda: path.write_text(text, encoding="utf-8"),
                      f"{preview.base}team/{member}.html", role)


def _edited_contact(preview: Preview, project: Path, rng: Random) -> float:
    path = project / "content" / "_data" / "contact.yml"
    email = f"help{rng.randint(100, 999)}@hearthly.example"
    text = re.sub(r"^email: .*$", f"email: {email}", path.read_text(encoding="utf-8"),
                  count=1, flags=re.MULTILINE)
    return timed_save(lambda: path.write_text(text, encoding="utf-8"),
                      f"{preview.base}contact.html", email)


def _edited_category(preview: Preview, project: Path, rng: Random) -> float:
    category = rng.choice(Project(project).articles()).parent.name
    path = project / "content" / "_data" / "categories.yml"
    described = f"Everything about {category} ({rng.randint(100, 999)})."
    text = re.sub(rf"^({re.escape(category)}:\n(?:  .*\n)*?)  description: .*$",
                  lambda m: f"{m.group(1)}  description: {described}",
                  path.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
    return timed_save(lambda: path.write_text(text, encoding="utf-8"),
                      f"{preview.base}articles/{category}/index.html", described)


OTHER_SAVES: dict[str, Callable[[Preview, Path, Random], float]] = {
    "new_article": _new_article, "renamed_article": _renamed_article,
    "edited_profile": _edited_profile, "edited_contact": _edited_contact,
    "edited_category": _edited_category}
"""Saves that change more than one page, each timed until its page shows it."""


SETTLE_S = 2.1
"""Seconds between saving an edit and starting the build (not timed): a build vouches for
inputs, and so leaves a record the next quick build starts from, only when they were saved
two seconds before it started (kbgen.commands.unchanged.SETTLED_NS)."""


def build_figures(project: Path, work: Path, repeats: int, seed: int, copy: bool = True
                  ) -> dict[str, Any]:
    """Clean (and, with `copy`, clean of a copy), no-change, one-body-change and
    one-listed-title-change builds."""
    shutil.rmtree(project / ".kbgen-cache", ignore_errors=True)
    figures: dict[str, Any] = {"clean_s": kbgen_build(project)}
    if copy:
        figures["clean_copy_s"], _ = clean_build(project, work / "clean")
    figures["no_change_s"] = [kbgen_build(project) for _ in range(repeats)]
    rng = Random(seed)
    body, title, quick = [], [], []
    for _ in range(repeats):
        edit_body(rng, Project(project))
        time.sleep(SETTLE_S)
        seconds, output = kbgen_build_logged(project)
        body.append(seconds)
        quick.append("Quick build:" in output)
    figures["one_body_change_quick"] = quick
    for _ in range(max(1, repeats // 2)):
        retitle_listed(rng, Project(project))
        title.append(kbgen_build(project))
    figures["one_body_change_s"], figures["one_listed_title_change_s"] = body, title
    for key in ("no_change_s", "one_body_change_s", "one_listed_title_change_s"):
        figures[key.replace("_s", "_median_s")] = statistics.median(figures[key])
    return figures


def timed_build(project: Path, code: Path) -> dict[str, Any]:
    """`kbgen build --strict` of `project` with the kbgen of checkout `code`, in a
    subprocess: wall-clock and CPU seconds (user + system of the build and its workers),
    the load average as it started, and whether it was a quick build."""
    env = {**ENV, "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "kbgen", "build", "--strict", "-f",
               str(project / "mkdocs.yml"), "-d", str(project / "site")]
    load = os.getloadavg()[0]
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    after = os.times()
    if done.returncode:
        raise RuntimeError(f"build failed:\n{(done.stdout + done.stderr)[-3000:]}")
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    return {"wall_s": round(seconds, 2), "cpu_s": round(cpu, 2), "load": round(load, 1),
            "quick": "Quick build:" in done.stdout + done.stderr}


def paired_figures(after: Path, before: Path, code: Path, repeats: int, seed: int
                   ) -> dict[str, Any]:
    """No-change and one-body-change builds of two copies of one project, each built
    (its cache filled) before: `before` with the kbgen of checkout `code` (e.g. main's),
    `after` with this checkout's; interleaved (before, after, then after, before, ...),
    the same line appended to the same article of both before each one-change pair."""
    sides = {"before": (before, code), "after": (after, REPO)}
    figures: dict[str, Any] = {name: {"no_change": [], "one_body_change": []}
                               for name in sides}
    rng = Random(seed)
    for round_ in range(repeats):
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for name in order:
            figures[name]["no_change"].append(timed_build(*sides[name]))
        article = rng.choice(Project(after).articles()).relative_to(after)
        line = f"\nStill stuck? Restart the hub once more ({rng.randint(1, 999)}).\n"
        for project, _ in sides.values():
            path = project / article
            path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
        time.sleep(SETTLE_S)
        for name in order:
            figures[name]["one_body_change"].append(timed_build(*sides[name]))
        print(json.dumps({name: {kind: runs[-1] for kind, runs in sides_.items()}
                          for name, sides_ in figures.items()}), file=sys.stderr)
    for runs in figures.values():
        for kind in list(runs):
            runs[f"{kind}_median"] = {
                key: round(statistics.median(run[key] for run in runs[kind]), 2)
                for key in ("wall_s", "cpu_s")}
    return figures


def equivalence(project: Path, work: Path, steps: int, seed: int, front_matter: bool = False
                ) -> list[dict[str, Any]]:
    """`steps` random edits (`front_matter`: of articles' front matter only), each built
    incrementally and clean, compared."""
    rng = Random(seed)
    results = []
    if not (project / "site").is_dir():  # the first step's build is then an incremental one
        time.sleep(SETTLE_S)  # files just generated: else the record vouches for none of them
        kbgen_build(project)
    for number, edit in enumerate(front_matter_plan(seed, steps) if front_matter
                                  else plan(seed, steps), 1):
        what = edit(rng, Project(project))
        time.sleep(SETTLE_S)  # else the build's record vouches for no input it read
        incremental, output = kbgen_build_logged(project)
        clean, site = clean_build(project, work / "clean")
        differ = differences(project / "site", site)
        rendered = QUICK_RENDERED.findall(output)
        results.append({"step": number, "edit": what, "incremental_s": incremental,
                        "clean_s": clean, "differences": differ[:20],
                        "quick": bool(rendered),
                        "pages_rendered": int(rendered[-1]) if rendered else None,
                        "quick_expected": edit in FRONT_MATTER_EDITS})
        print(f"step {number}: {what}: {len(differ)} differences"
              f"{f', quick ({rendered[-1]} pages)' if rendered else ', full build'}",
              file=sys.stderr)
    return results


def front_matter_plan(seed: int, steps: int) -> list[Callable[[Random, Project], str]]:
    """`steps` front-matter edits: each kind once, in a seeded order, then a status change
    (a page goes: a full build), then at random."""
    rng = Random(seed)
    kinds: list[Callable[[Random, Project], str]] = [*FRONT_MATTER_EDITS]
    rng.shuffle(kinds)
    chosen = [*kinds, change_status][:steps]
    return chosen + [rng.choice(FRONT_MATTER_EDITS) for _ in range(steps - len(chosen))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3, help="Builds per figure.")
    parser.add_argument("--edits", type=int, default=20, help="Saves timed in the preview.")
    parser.add_argument("--steps", type=int, default=0, help="Random edits compared with a"
                        " clean build (0: none).")
    parser.add_argument("--no-copy", action="store_true", help="Skip the second clean build"
                        " (of a copy of the project): at 10,000 articles it takes long.")
    parser.add_argument("--front-matter", action="store_true", help="With --steps: edits of"
                        " articles' front matter only (each kind once, then a status).")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--work", type=Path, default=None, help="Folder to work in (default:"
                        " a temporary one, removed after).")
    parser.add_argument("--json", type=Path, default=None, help="Write the figures here.")
    parser.add_argument("--serve-only", action="store_true", help="Only the preview's figures.")
    parser.add_argument("--text-saves-only", action="store_true", help="In the preview, only"
                        " time saves of articles' text (each other save rebuilds the preview).")
    parser.add_argument("--other-saves", type=int, default=3, help="Rounds of the saves that"
                        " change more than a text (a new and a renamed article, a profile,"
                        " contact data, a category), each kind's median reported.")
    parser.add_argument("--first-page-only", action="store_true", help="Only the first page"
                        " of `kbgen serve` with no earlier preview, after `kbgen build`.")
    parser.add_argument("--code", type=Path, default=None, help="With --first-page-only: the"
                        " checkout whose kbgen serves (e.g. main's, for a before figure);"
                        " with --against: the checkout that builds that copy.")
    parser.add_argument("--against", type=Path, default=None, help="With --project and"
                        " --code: a copy of the project built with --code's kbgen; only"
                        " no-change and one-body-change builds of both, interleaved.")
    parser.add_argument("--saves-after-build", action="store_true", help="Only the preview's"
                        " saves, in `kbgen serve` started after `kbgen build` (by --code's"
                        " kbgen if given) once it caught up: no whole preview build first.")
    parser.add_argument("--no-build", action="store_true", help="With --saves-after-build:"
                        " no `kbgen build` first.")
    parser.add_argument("--server-log", type=Path, default=None, help="With"
                        " --saves-after-build: write what the server printed here (its"
                        " requests left out).")
    parser.add_argument("--project", type=Path, default=None, help="A project generated"
                        " before with --articles (default: generated anew into --work).")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kbgen-incr-"))
    project = args.project or work / "project"
    if args.project is None:
        generate.generate(project, args.articles, seed=3, as_of=dt.date(2026, 11, 1))
    figures: dict[str, Any] = {"articles": args.articles, "cpus": os.cpu_count(),
                               "load_average_at_start": os.getloadavg()}
    try:
        if args.against is not None and args.project is not None and args.code:
            figures["paired"] = paired_figures(project, args.against, args.code,
                                               args.repeats, args.seed)
        elif args.saves_after_build:
            figures["saves"] = saves_after_build(project, args.edits, args.seed,
                                                 args.other_saves, args.code,
                                                 not args.no_build, args.server_log)
        elif args.first_page_only:
            figures["first_page"] = first_page_figures(project, args.code)
        elif not args.serve_only:
            figures["build"] = build_figures(project, work, args.repeats, args.seed,
                                             not args.no_copy)
            print(json.dumps(figures["build"]), file=sys.stderr)
        if (args.edits and not args.first_page_only and args.against is None
                and not args.saves_after_build):
            figures["serve"] = serve_figures(project, args.edits, args.seed,
                                             others=not args.text_saves_only,
                                             other_repeats=args.other_saves)
            print(json.dumps(figures["serve"]), file=sys.stderr)
        if args.steps:
            figures["equivalence"] = equivalence(project, work, args.steps, args.seed,
                                                 args.front_matter)
        figures["load_average_at_end"] = os.getloadavg()
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(figures, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    same = all(not step["differences"] and (step["quick"] or not step["quick_expected"])
               for step in figures.get("equivalence", []))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

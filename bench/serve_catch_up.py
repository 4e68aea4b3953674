"""What a preview's catch-up costs after a save that changes more than a text (issue 14): in
`kbgen serve` started with no earlier preview (after `kbgen build`, to start from its
content) and caught up once, saves of a
new article, a renamed one (links to it rewritten) and a title other pages list, each timed
until its page shows it and then until the catch-up logged its end; the server's CPU seconds
(user + system, all its processes) from the save to that end, and the pages the catch-up
rendered (kbgen.site.on_demand logs them when it renders fewer than all).

Example:
    python bench/serve_catch_up.py --project P --code /tmp/main-code --rounds 2 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from random import Random
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
from bench.edits import Project, retitle_listed  # noqa: E402
from bench.incremental import (  # noqa: E402
    ENV,
    OTHER_SAVES,
    Preview,
    cpu_seconds,
    kbgen_build_logged,
    page_url,
    timed_save,
    timed_saves,
    wait_for,
)
from kbgen.site.on_demand import CAUGHT_UP  # noqa: E402

NARROWED = re.compile(r"The catch-up renders (\d+) of the (\d+) pages waiting")
UPDATED = "Preview updated in"
"""Logged when a save was shown and its catch-up started (kbgen.commands.serve)."""


def _retitled(preview: Preview, project: Path, rng: Random) -> float:
    """A title other pages list, changed: timed until its page shows it."""
    name = re.search(r"retitled (\S+)", retitle_listed(rng, Project(project)))
    assert name is not None
    path = next(Project(project).content.rglob(name.group(1)))
    title = re.search(r"^title: (.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert title is not None  # saved just now: timed from here
    return timed_save(lambda: None, page_url(preview, project, path),
                      json.loads(title.group(1)))


SAVES: dict[str, Callable[[Preview, Path, Random], float]] = {
    "new_article": OTHER_SAVES["new_article"],
    "renamed_article": OTHER_SAVES["renamed_article"],
    "retitled_listed": _retitled}


def catch_ups(project: Path, rounds: int, seed: int, code: Path | None, edits: int = 0,
              other_saves: int = 0, kinds: list[str] | None = None, settle: bool = False
              ) -> dict[str, Any]:
    """`rounds` rounds of SAVES in `kbgen serve` (of `code`'s kbgen, default this one's),
    each caught up before the next; then bench/incremental.py's `timed_saves` (`edits` texts,
    `other_saves` rounds of its other saves) in the same session; `settle`: the server is
    stopped only once the last catch-up ended (the next server then starts from a preview
    whose record of what the pages read was kept)."""
    env = dict(ENV, PYTHONPATH=str(code)) if code else ENV
    kbgen_build_logged(project, env=env, cwd=project)  # by the code measured: a start from
    # its cache (a cache of other code means a whole build before the first page)
    shutil.rmtree(project / ".kbgen-cache" / "preview", ignore_errors=True)
    preview = Preview(project, env)
    figures: dict[str, Any] = {}
    try:
        figures["first_page_s"] = wait_for(preview.base + "index.html", None)
        preview.wait_for_log(CAUGHT_UP)
        figures["start_cpu_s"] = cpu_seconds(preview.process.pid)
        rng = Random(seed)
        for _ in range(rounds):
            for kind, save in SAVES.items():
                if kinds and kind not in kinds:
                    continue
                time.sleep(1)
                ends = preview.output().count(CAUGHT_UP)
                before = len(NARROWED.findall(preview.output()))
                cpu, start = cpu_seconds(preview.process.pid), time.perf_counter()
                visible = save(preview, project, rng)
                while preview.output().count(CAUGHT_UP) == ends:
                    time.sleep(0.2)
                row = {"visible_s": round(visible, 2),
                       "caught_up_s": round(time.perf_counter() - start, 2),
                       "catch_up_cpu_s": round(cpu_seconds(preview.process.pid) - cpu, 2),
                       "load": round(os.getloadavg()[0], 1)}
                narrowed = NARROWED.findall(preview.output())
                row["rendered_of_waiting"] = narrowed[-1] if len(narrowed) > before else None
                figures.setdefault(f"{kind}_rows", []).append(row)
                print(kind, json.dumps(row), file=sys.stderr, flush=True)
        for kind in kinds or SAVES:
            rows = figures.get(f"{kind}_rows")
            if rows:  # none with --rounds 0
                figures[f"{kind}_catch_up_cpu_median_s"] = statistics.median(
                    row["catch_up_cpu_s"] for row in rows)
        if edits or other_saves:
            figures["saves"] = timed_saves(preview, project, edits, seed, other_saves)
        while settle and preview.output().rfind(CAUGHT_UP) < preview.output().rfind(UPDATED):
            time.sleep(0.5)
        return figures
    finally:
        preview.stop()


def server_options(description: str, project: str, code: str) -> argparse.ArgumentParser:
    """A bench's parser with its --project, --code and --json options (help texts given)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--project", type=Path, required=True, help=project)
    parser.add_argument("--code", type=Path, default=None, help=code)
    parser.add_argument("--json", type=Path, default=None)
    return parser


def printed(figures: dict[str, Any], path: Path | None) -> int:
    """Print `figures` as JSON, also written to `path` if given; the exit status."""
    text = json.dumps(figures, indent=2)
    if path:
        path.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = server_options(__doc__.splitlines()[0], "A generated project (bench/generate.py);"
                            " it is built first, then changed by the saves.", "The checkout"
                            " whose kbgen builds and serves (default this one).")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seed", type=int, default=48)
    parser.add_argument("--edits", type=int, default=0, help="Then saves of one article's"
                        " text timed until visible (bench/incremental.py's).")
    parser.add_argument("--other-saves", type=int, default=0, help="Then rounds of"
                        " bench/incremental.py's other saves (new, renamed, profile, ...).")
    parser.add_argument("--kinds", nargs="*", choices=list(SAVES), default=None,
                        help="Only these saves (default all).")
    parser.add_argument("--settle", action="store_true", help="Stop the server once the"
                        " last catch-up ended.")
    args = parser.parse_args(argv)
    return printed({"load_average_at_start": os.getloadavg(),
                    **catch_ups(args.project, args.rounds, args.seed, args.code, args.edits,
                                args.other_saves, args.kinds, args.settle),
                    "load_average_at_end": os.getloadavg()}, args.json)


if __name__ == "__main__":
    sys.exit(main())

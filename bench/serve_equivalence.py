"""`kbgen serve` at scale, exactly right (issue 14): random edits (bench/edits.py, every kind
once, then at random), each shown by a preview in this process as `kbgen serve` shows it and
caught up, then compared byte for byte with a clean preview of a copy of the project, made
by another process (bench/site_diff.py); the pages each catch-up rendered are noted.

Example:
    python bench/serve_equivalence.py --articles 1000 --steps 12 --work W --json out.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from random import Random
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
from bench import generate  # noqa: E402
from bench.edits import Project, plan  # noqa: E402
from bench.site_diff import differences  # noqa: E402
from kbgen.commands.preview_error import ErrorsLogged  # noqa: E402
from kbgen.commands.serve import Preview  # noqa: E402
from kbgen.site.on_demand import NARROWED  # noqa: E402

RENDERED = re.compile(NARROWED.split("{")[0] + r"(\d+) of the (\d+)")


def started(config: Path) -> Preview:
    """A preview of `config` started as `kbgen serve` starts one, caught up."""
    preview = Preview(config, {})
    preview.serve_url = "http://127.0.0.1:8000/"  # as `kbgen serve` sets it: drafts built
    loaded = preview.config()
    loaded.plugins.on_startup(command="serve", dirty=False)
    preview.start_cold(loaded)
    caught_up(preview)
    return preview


def caught_up(preview: Preview) -> None:
    """Wait for the preview's catch-up to end."""
    if preview.pages is not None:
        preview.pages.viewed.set()
        if preview.pages._thread is not None:
            preview.pages._thread.join()
    preview.search.wait()


def clean_preview(project: Path, where: Path) -> Path:
    """The preview of a copy of `project` made by another process: its folder."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(project, where, ignore=shutil.ignore_patterns(".kbgen-cache", "site"))
    done = subprocess.run([sys.executable, __file__, "--clean", str(where)], check=True,
                          capture_output=True, text=True)
    return Path(done.stdout.strip().splitlines()[-1])


def _files(project: Path) -> dict[Path, bytes]:
    """The project's sources and settings, by path."""
    found = {path: path.read_bytes() for path in (project / "content").rglob("*")
             if path.is_file()}
    found[project / "mkdocs.yml"] = (project / "mkdocs.yml").read_bytes()
    return found


def run(project: Path, work: Path, steps: int, seed: int) -> list[dict[str, Any]]:
    """`steps` random edits shown in a preview of `project`, each compared."""
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    preview = started(project / "mkdocs.yml")
    rng, results = Random(seed), []
    for number, edit in enumerate(plan(seed, steps), 1):
        before = _files(project)
        what = edit(rng, Project(project))
        after = _files(project)
        with ErrorsLogged() as logged:
            logged.setLevel(logging.INFO)  # the server's info lines too
            preview.update({path for path in before.keys() | after.keys()
                            if before.get(path) != after.get(path)})
            caught_up(preview)
        rendered = [RENDERED.search(line) for line in logged.messages]
        found = next((m.groups() for m in rendered if m), None)
        differ = differences(preview.site_dir, clean_preview(project, work / "clean"))
        results.append({"step": number, "edit": what, "differences": differ[:20],
                        "rendered_of_waiting": found, "load": os.getloadavg()[0]})
        print(f"step {number}: {what}: {len(differ)} differences,"
              f" {'rendered ' + ' of '.join(found) if found else 'no narrowed catch-up'}",
              file=sys.stderr, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--seed", type=int, default=48)
    parser.add_argument("--work", type=Path, default=Path("serve-equivalence"),
                        help="Folder of the project (generated there when not yet) and the"
                        " clean copy.")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--clean", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.clean is not None:  # the other process: a clean preview, its folder printed
        print(started(args.clean / "mkdocs.yml").site_dir)
        return 0
    project = args.work / "project"
    if not project.is_dir():
        generate.generate(project, args.articles, seed=3, as_of=dt.date(2026, 11, 1))
    results = run(project, args.work, args.steps, args.seed)
    text = json.dumps({"articles": args.articles, "seed": args.seed, "steps": results},
                      indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if all(not step["differences"] for step in results) else 1


if __name__ == "__main__":
    sys.exit(main())

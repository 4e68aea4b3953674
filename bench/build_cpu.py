"""CPU seconds of clean `kbgen build`s of one project with two or more kbgen trees, against
Python-Markdown alone on the same articles (`bench/run.py`'s `markdown_only`), interleaved so
the machine's load falls alike on each: the ratio of issue 13's goal (a clean build within 2x
Markdown alone), read as CPU so a shared machine's load weighs less than in wall time.

Each round builds with every tree in turn (the project's `.kbgen-cache/` and the output
emptied first; `--strict`), then runs Markdown alone, each in a subprocess; CPU is the
subprocess's user + system time from `getrusage` of the children (every process it forked).

Example:
    python bench/generate.py /tmp/kb-2k --articles 2000 --seed 1
    git archive HEAD~3 | tar -x -C /tmp/before
    python bench/build_cpu.py /tmp/kb-2k before=/tmp/before after=. --rounds 2

`--profile` builds with `kbgen build --profile` and keeps, of its report, how long the build
waited for the gate and the search index once the pages were rendered (`gate_wait_s`: how
long the gate ends after the last page) and how long rendering took (`render_s`, on_env).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent

_MARKDOWN = """
import sys, time
sys.path.insert(0, {bench!r})
from pathlib import Path
from run import markdown_only, published_articles
project = Path({project!r})
files = published_articles(project / "content")
cpu = time.process_time()
wall = markdown_only(project / "mkdocs.yml", files)
print(wall, time.process_time() - cpu)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], cwd: Path) -> dict[str, Any]:
    """Run `command`; its wall and CPU seconds (its own and its children's), and its load."""
    before, load, start = _children_cpu(), os.getloadavg()[0], time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                          check=False)
    wall, cpu = time.perf_counter() - start, _children_cpu() - before
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "load": [round(load, 1), round(os.getloadavg()[0], 1)], "stdout": done.stdout,
            "stderr": done.stderr}


PROFILED = {"gate_wait_s": re.compile(r"(\d+\.\d+) s +wait for the gate and search index"),
            "render_s": re.compile(r"(\d+\.\d+) s +on_env$", re.MULTILINE)}
"""What `--profile` keeps of `kbgen build --profile`'s report."""


def build(project: Path, tree: Path, site: Path, profile: bool = False) -> dict[str, Any]:
    """A clean build of `project` with the kbgen of `tree` into `site`."""
    shutil.rmtree(project / ".kbgen-cache", ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = timed([sys.executable, "-m", "kbgen", "build", "-f", str(project / "mkdocs.yml"),
                    "--strict", "-d", str(site), *(["--profile"] if profile else [])], env, tree)
    report = result.pop("stdout") + result.pop("stderr")
    for name, pattern in PROFILED.items() if profile else ():
        found = pattern.search(report)
        result[name] = float(found.group(1)) if found else None
    return result


def markdown(project: Path) -> dict[str, Any]:
    """Python-Markdown alone on the project's published articles: the subprocess's wall and
    CPU, and the conversion's own (reading the files and the articles' list included: they
    are timed by `markdown_only` too)."""
    code = _MARKDOWN.format(bench=str(BENCH), project=str(project))
    result = timed([sys.executable, "-c", code], dict(os.environ), BENCH)
    del result["stderr"]
    wall, cpu = result.pop("stdout").split()[-2:]
    result["convert_wall_s"], result["convert_cpu_s"] = round(float(wall), 2), round(float(cpu), 2)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("trees", nargs="+", help="NAME=PATH of a kbgen checkout")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--sites", type=Path, default=Path("/tmp/build_cpu"),
                        help="where each tree's site goes (NAME under it)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--profile", action="store_true",
                        help="build with --profile: keep the wait for the gate and rendering")
    args = parser.parse_args()
    trees = dict(tree.split("=", 1) for tree in args.trees)
    rounds = []
    for number in range(args.rounds):
        row: dict[str, Any] = {}
        for name, path in trees.items():
            row[name] = build(args.project, Path(path).resolve(), args.sites / name,
                              args.profile)
            print(f"round {number + 1} {name}: {row[name]}", flush=True)
        row["markdown"] = markdown(args.project)
        print(f"round {number + 1} markdown: {row['markdown']}", flush=True)
        for name in trees:
            row[name]["ratio_cpu"] = round(row[name]["cpu_s"] / row["markdown"]["convert_cpu_s"],
                                           2)
        rounds.append(row)
    for number, row in enumerate(rounds, start=1):
        print(f"round {number}: " + ", ".join(
            f"{name} {row[name]['cpu_s']} s CPU = {row[name]['ratio_cpu']}x" for name in trees)
            + f"; Markdown alone {row['markdown']['convert_cpu_s']} s CPU")
    if args.json:
        args.json.write_text(json.dumps(rounds, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

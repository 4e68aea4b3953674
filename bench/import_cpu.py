"""CPU seconds of importing a module of kbgen (default: the publishing gate) in a fresh process,
for one or more kbgen trees, interleaved so the machine's load falls alike on each; prints each
run and the median by tree. Every `kbgen` process pays this import (a build, a check, each
command a test runs).

Example:
    git archive main | tar -x -C /tmp/main
    python bench/import_cpu.py main=/tmp/main branch=. --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path


def cpu_of_import(tree: Path, module: str, env: dict[str, str]) -> float:
    """User + system CPU seconds of `python -c "import <module>"` with `tree` on PYTHONPATH."""
    process = subprocess.Popen([sys.executable, "-c", f"import {module}"], cwd=tree,
                               env={**os.environ, "PYTHONPATH": str(tree.resolve()), **env})
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{tree}: the import failed")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", help="name=path of a kbgen tree")
    parser.add_argument("--module", default="kbgen.core.privacy")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warm", type=int, default=2,
                        help="untimed imports of each tree first")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for each run")
    args = parser.parse_args()
    env = dict(item.split("=", 1) for item in args.env)
    trees = [(name, Path(path)) for name, path in (tree.split("=", 1) for tree in args.trees)]
    for _ in range(args.warm):
        for _, tree in trees:
            cpu_of_import(tree, args.module, env)
    runs: dict[str, list[float]] = {name: [] for name, _ in trees}
    for round_ in range(1, args.rounds + 1):
        for name, tree in trees:
            runs[name].append(cpu_of_import(tree, args.module, env))
            print(json.dumps({"round": round_, "tree": name, "cpu_s": round(runs[name][-1], 3),
                              "load": round(os.getloadavg()[0], 1)}), flush=True)
    for name, cpu in runs.items():
        print(json.dumps({"tree": name, "median_cpu_s": round(statistics.median(cpu), 3),
                          "runs": [round(value, 3) for value in cpu]}))


if __name__ == "__main__":
    main()

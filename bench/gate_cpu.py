"""CPU seconds of the publishing gate alone (`loader.gate_problems`: personal data and unsafe
HTML, no cache), on a project loaded once without it, for one or more kbgen trees, interleaved
so the machine's load falls alike on each. Each run is a subprocess with the tree on
PYTHONPATH; it prints the gate's CPU (user + system of that process while the gate runs) and a
digest of every problem it reported, which must be the same for every tree.

Example:
    python bench/generate.py /tmp/kb-2k --articles 2000 --seed 1
    git archive HEAD~3 | tar -x -C /tmp/before
    python bench/gate_cpu.py /tmp/kb-2k before=/tmp/before after=. --rounds 2
    python bench/gate_cpu.py /tmp/kb-2k after=. --profile /tmp/gate.prof  # cProfile, 1 run
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

_RUN = """
import cProfile, hashlib, json, os, sys, time
from kbgen.build.memo import Memo
from kbgen.core import loader
from kbgen.project import find_project
project = find_project({config!r})
kb, _ = loader.load(project.content_dir, project.settings, gate=False)
profile = {profile!r}
profiler = cProfile.Profile() if profile else None
start = time.process_time()
if profiler:
    profiler.enable()
problems = loader.gate_problems(project.content_dir, project.settings, kb, Memo(),
                                project.site_host)
if profiler:
    profiler.disable()
    profiler.dump_stats(profile)
cpu = time.process_time() - start
digest = hashlib.sha256("\\n".join(map(str, problems)).encode()).hexdigest()[:16]
print(json.dumps({{"gate_cpu_s": round(cpu, 2), "problems": len(problems), "digest": digest,
                  "load": round(os.getloadavg()[0], 1)}}))
"""


def run(project: Path, tree: Path, profile: str = "") -> dict[str, object]:
    """The gate alone on `project` with the kbgen of `tree`."""
    code = _RUN.format(config=str(project / "mkdocs.yml"), profile=profile)
    env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tree, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{tree} failed:\n{done.stderr[-3000:]}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("trees", nargs="+", help="name=path of a kbgen tree")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", default="", help="cProfile file (first tree, one run)")
    args = parser.parse_args()
    trees = [(name, Path(path)) for name, path in (tree.split("=", 1) for tree in args.trees)]
    if args.profile:
        print(json.dumps(run(args.project, trees[0][1], args.profile)))
        return
    digests = set()
    for round_ in range(1, args.rounds + 1):
        for name, tree in trees:
            result = run(args.project, tree)
            digests.add(result["digest"])
            print(json.dumps({"round": round_, "tree": name, **result}), flush=True)
    if len(digests) > 1:
        sys.exit("the trees reported different problems")


if __name__ == "__main__":
    main()

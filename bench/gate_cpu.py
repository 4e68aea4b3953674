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
    python bench/gate_cpu.py /tmp/kb-2k after=. --rules 30  # CPU by rule, sampled, 1 run

`--rules N` samples the gate's stack every CPU millisecond (`setitimer(ITIMER_PROF)`, which
costs little, where cProfile inflates the gate many times over) and gives each sample to the
innermost frame in a rule's module (a need's lambda in detectors.py to its detector; the
scanner's, detectors', context's and gate's own code is "machinery"), then prints the N
dearest rules with their share and CPU seconds.
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
rules, samples = {{}}, [0]
_MACHINERY = {{"core/privacy/detectors.py", "core/privacy/scanner.py", "core/privacy/context.py",
              "core/privacy/lookups.py", "core/gate.py", "core/checks.py", "core/loader.py",
              "build/memo.py", "core/word_needs.py"}}


def _sample(signum, frame):
    import linecache
    samples[0] += 1
    while frame is not None:
        name = frame.f_code.co_filename
        module = name.split("kbgen/")[-1] if "kbgen/" in name else ""
        if module == "core/privacy/detectors.py" and frame.f_code.co_name == "<lambda>":
            line = linecache.getline(name, frame.f_code.co_firstlineno).strip()
            module = "need of " + line.split(":")[0]
        if module and (module not in _MACHINERY or module.startswith("need of ")):
            rules[module] = rules.get(module, 0) + 1
            return
        frame = frame.f_back
    rules["(machinery)"] = rules.get("(machinery)", 0) + 1


if {rules!r}:
    import signal
    signal.signal(signal.SIGPROF, _sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
start = time.process_time()
if profiler:
    profiler.enable()
problems = loader.gate_problems(project.content_dir, project.settings, kb, Memo(),
                                project.site_host)
if profiler:
    profiler.disable()
    profiler.dump_stats(profile)
cpu = time.process_time() - start
if {rules!r}:
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    for module, count in sorted(rules.items(), key=lambda item: -item[1])[:{rules!r}]:
        print(f"{{100 * count / samples[0]:5.1f}}% {{cpu * count / samples[0]:7.2f}} s  {{module}}")
digest = hashlib.sha256("\\n".join(map(str, problems)).encode()).hexdigest()[:16]
print(json.dumps({{"gate_cpu_s": round(cpu, 2), "problems": len(problems), "digest": digest,
                  "load": round(os.getloadavg()[0], 1)}}))
"""


def run(project: Path, tree: Path, profile: str = "", rules: int = 0) -> dict[str, object]:
    """The gate alone on `project` with the kbgen of `tree`."""
    code = _RUN.format(config=str(project / "mkdocs.yml"), profile=profile, rules=rules)
    env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tree, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{tree} failed:\n{done.stderr[-3000:]}")
    *printed, last = done.stdout.splitlines()
    print("\n".join(printed), end="\n" if printed else "")  # the rules' lines (--rules)
    result: dict[str, object] = json.loads(last)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("trees", nargs="+", help="name=path of a kbgen tree")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", default="", help="cProfile file (first tree, one run)")
    parser.add_argument("--rules", type=int, default=0,
                        help="print the N dearest rules, sampled (first tree, one run)")
    args = parser.parse_args()
    trees = [(name, Path(path)) for name, path in (tree.split("=", 1) for tree in args.trees)]
    if args.profile:
        print(json.dumps(run(args.project, trees[0][1], args.profile)))
        return
    if args.rules:
        print(json.dumps(run(args.project, trees[0][1], rules=args.rules)))
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

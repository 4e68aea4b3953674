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
    python bench/gate_cpu.py --seen-corpora before=/tmp/before after=. --rounds 2
    python bench/gate_cpu.py --seen-corpora after=. --top 15  # cProfile by module, 1 run

`--rules N` samples the gate's stack every CPU millisecond (`setitimer(ITIMER_PROF)`, which
costs little, where cProfile inflates the gate many times over) and gives each sample to the
innermost frame in a rule's module (a need's lambda in detectors.py to its detector; the
scanner's, detectors', context's and gate's own code is "machinery"), then prints the N
dearest rules with their share and CPU seconds; with `--functions`, each sample goes to the
innermost Python function instead (its own time; C calls count to their caller).

`--seen-corpora` times `kbgen.core.privacy.scan` instead, on the seen gate corpora as
`bench/gate.py` scans them (the tree's own `bench/gate.py`: each article with its help
centre's allowances, once; the held-out corpora are never read), with a digest of every
finding; `--top N` profiles that run with cProfile (which inflates it, and times by the wall
clock: on a loaded machine its shares, not its seconds, tell) and prints the time by module
and the N dearest functions by own time.
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
              "build/memo.py", "core/word_needs.py", "core/privacy/line_alone.py"}}


def _sample(signum, frame):
    import linecache
    samples[0] += 1
    if {functions!r}:  # each sample to the innermost Python function (its own time)
        code = frame.f_code
        where = code.co_filename.split("kbgen/")[-1]
        name = f"{{code.co_name}} ({{where}}:{{code.co_firstlineno}})"
        rules[name] = rules.get(name, 0) + 1
        return
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


_CORPORA = """
import cProfile, hashlib, ipaddress, json, os, pstats, sys, time
sys.path.insert(0, os.path.join({tree!r}, "bench"))
import gate
from gatecorpus import CENTRES, load
from kbgen.core.privacy import Allowed, scan
centres = [(centre.name, load(centre)) for centre in CENTRES if not centre.held_out]
centres += [(name, json.loads(gate.gzip.decompress(path.read_bytes())))
            for name, path in (("torsupport", gate.TOR), ("ente", gate.ENTE))]
profiler = cProfile.Profile() if {top!r} else None
digest, found = hashlib.sha256(), 0
start = time.process_time()
if profiler:
    profiler.enable()
for name, articles in centres:
    allowed = Allowed(domains=frozenset(gate.OWN_DOMAINS[name]),
                      phones_e164=frozenset(gate.OWN_PHONES.get(name, ())),
                      networks=tuple(map(ipaddress.ip_network, gate.OWN_NETWORKS.get(name, ()))))
    for article in articles:
        findings = scan(article["body"], allowed, default_region=gate.MAIN_REGIONS.get(name))
        found += len(findings)
        digest.update(("\\n".join(map(str, findings)) + "\\0").encode())
if profiler:
    profiler.disable()
cpu = time.process_time() - start
if profiler:
    stats = pstats.Stats(profiler).stats
    total = sum(row[2] for row in stats.values())
    modules = {{}}
    for (path, _, _), row in stats.items():
        module = path.split("kbgen/")[-1] if "kbgen/" in path else "(python: " + (
            os.path.basename(path) if path != "~" else "builtins") + ")"
        modules[module] = modules.get(module, 0) + row[2]
    print(f"profiled: {{total:.2f}} s own time in all")
    for module, own in sorted(modules.items(), key=lambda item: -item[1])[:{top!r}]:
        print(f"{{100 * own / total:5.1f}}% {{own:7.2f}} s  {{module}}")
    print("functions by own time (calls, own s, with callees s):")
    for (path, line, function), row in sorted(stats.items(), key=lambda i: -i[1][2])[:{top!r}]:
        where = path.split("kbgen/")[-1] + f":{{line}}" if "kbgen/" in path else path
        print(f"{{row[1]:>10}} {{row[2]:7.2f}} {{row[3]:7.2f}}  {{function}} ({{where}})")
print(json.dumps({{"scan_cpu_s": round(cpu, 2), "findings": found,
                  "articles": sum(len(articles) for _, articles in centres),
                  "digest": digest.hexdigest()[:16], "load": round(os.getloadavg()[0], 1)}}))
"""


def run(project: Path | None, tree: Path, profile: str = "", rules: int = 0, top: int = 0,
        functions: bool = False) -> dict[str, object]:
    """The gate alone on `project` with the kbgen of `tree` (`scan` on the seen corpora when
    `project` is None; profiled for the `top` dearest modules and functions when given)."""
    code = (_CORPORA.format(tree=str(tree.resolve()), top=top) if project is None else
            _RUN.format(config=str(project / "mkdocs.yml"), profile=profile, rules=rules,
                        functions=functions))
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
    parser.add_argument("project", type=Path, nargs="?",
                        help="the project (not with --seen-corpora)")
    parser.add_argument("trees", nargs="+", help="name=path of a kbgen tree")
    parser.add_argument("--functions", action="store_true",
                        help="with --rules: sample by function (own time), not by rule")
    parser.add_argument("--seen-corpora", action="store_true",
                        help="time `scan` on the seen gate corpora instead of a project")
    parser.add_argument("--top", type=int, default=0,
                        help="with --seen-corpora: profile (first tree, one run), print the N"
                             " dearest modules and functions")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", default="", help="cProfile file (first tree, one run)")
    parser.add_argument("--rules", type=int, default=0,
                        help="print the N dearest rules, sampled (first tree, one run)")
    args = parser.parse_args()
    if args.seen_corpora and args.project is not None:
        args.trees.insert(0, str(args.project))
        args.project = None
    elif not args.seen_corpora and args.project is None:
        parser.error("give a project, or --seen-corpora")
    trees = [(name, Path(path)) for name, path in (tree.split("=", 1) for tree in args.trees)]
    if args.top:
        print(json.dumps(run(None, trees[0][1], top=args.top)))
        return
    if args.profile:
        print(json.dumps(run(args.project, trees[0][1], args.profile)))
        return
    if args.rules:
        print(json.dumps(run(args.project, trees[0][1], rules=args.rules,
                             functions=args.functions)))
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

"""Where a clean `kbgen build`'s wall time goes, process by process, and what it would be on
two idle CPUs: a shared machine's load stretches the wall time, not the CPU each process
spends nor what waits on what.

Runs the build, reads every process of its tree from `/proc` four times a second, then prints
each process's life and CPU with a strip of how busy it was, and a model of the same build on
2 idle CPUs: the build process's CPU split where it forks its helpers (before the gate and
index processes start, before the render workers start, after they all end), each process
started when what it needs has ended, the CPUs shared evenly (one CPU at most per process).

Example:
    python bench/build_timeline.py /tmp/kb-10k --tree . --json /tmp/timeline.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
Sample = tuple[float, dict[int, float]]


def tree_cpu(root: int) -> dict[int, float]:
    """CPU seconds (user + system) of every descendant of process `root`."""
    children: dict[int, list[tuple[int, float]]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        cpu = (int(fields[11]) + int(fields[12])) / TICKS
        children.setdefault(int(fields[1]), []).append((int(entry), cpu))
    found, todo = {}, [root]
    while todo:
        for child, cpu in children.get(todo.pop(), []):
            found[child] = cpu
            todo.append(child)
    return found


def sample(command: list[str], cwd: Path, log: Path, every: float = 0.25
           ) -> tuple[float, list[Sample]]:
    """Run `command` in `cwd` (its output into `log`); its wall seconds and its tree's CPU
    samples."""
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        samples: list[Sample] = []
        while process.poll() is None:
            samples.append((time.perf_counter() - start, tree_cpu(os.getpid())))
            time.sleep(every)
    if process.returncode != 0:
        sys.exit(f"the build failed; see {log}")
    return time.perf_counter() - start, samples


def lives(samples: list[Sample]) -> dict[int, dict[str, float]]:
    """First and last time each process was seen, and its CPU then."""
    found: dict[int, dict[str, float]] = {}
    for when, cpus in samples:
        for pid, cpu in cpus.items():
            life = found.setdefault(pid, {"first": when, "last": when, "cpu": cpu})
            life["last"], life["cpu"] = when, cpu
    return found


def cpu_at(samples: list[Sample], pid: int, moment: float) -> float:
    """Process `pid`'s CPU seconds at `moment` (its last sample before)."""
    cpu = 0.0
    for when, cpus in samples:
        if when > moment:
            break
        cpu = cpus.get(pid, cpu)
    return cpu


def jobs_of(samples: list[Sample]) -> dict[str, tuple[float, list[str]]]:
    """The build's work as jobs: CPU seconds and the jobs each waits for."""
    life = {pid: it for pid, it in lives(samples).items() if it["cpu"] > 0.2}
    main = max((pid for pid, it in life.items() if it["first"] < 1.0),
               key=lambda pid: life[pid]["cpu"])
    kids = sorted((pid for pid in life if pid != main), key=lambda pid: life[pid]["first"])
    workers = kids[-2:]  # forked last, together
    forked = min(life[pid]["first"] for pid in workers)
    helpers = [pid for pid in kids if life[pid]["last"] < forked]  # read articles, ended
    big = [pid for pid in kids if pid not in workers and pid not in helpers]
    beside = min(life[pid]["first"] for pid in big) if big else forked
    ended = max(life[pid]["last"] for pid in kids)
    before = cpu_at(samples, main, beside)
    between = cpu_at(samples, main, forked) - before
    during = cpu_at(samples, main, ended) - before - between
    after = life[main]["cpu"] - before - between - during
    side = [f"beside{n}" for n in range(len(big))]
    jobs: dict[str, tuple[float, list[str]]] = {
        "build: start, load, check": (before, []),
        "build: pages for the workers": (between, ["build: start, load, check"]),
        "build: publish, summary, records": (after, ["worker0", "worker1", *side])}
    for number, pid in enumerate(helpers):
        jobs[f"loading helper{number}"] = (life[pid]["cpu"], [])
    for number, pid in enumerate(big):
        jobs[side[number]] = (life[pid]["cpu"], ["build: start, load, check"])
    for number, pid in enumerate(workers):
        jobs[f"worker{number}"] = (life[pid]["cpu"] + during / 2,
                                   ["build: pages for the workers"])
    return jobs


def idle_wall(jobs: dict[str, tuple[float, list[str]]], cpus: float = 2.0
              ) -> tuple[float, dict[str, float]]:
    """When each job ends on `cpus` idle CPUs shared evenly (at most one per job), each
    started once the jobs it waits for have ended; the last end."""
    ended: dict[str, float] = {}
    left = {name: cpu for name, (cpu, _) in jobs.items()}
    now = 0.0
    while len(ended) < len(jobs):
        running = [name for name, (_, needs) in jobs.items()
                   if name not in ended and all(need in ended for need in needs)]
        rate = min(1.0, cpus / len(running))
        step = min(left[name] for name in running) / rate
        now += step
        for name in running:
            left[name] -= step * rate
            if left[name] <= 1e-9:
                ended[name] = now
    return now, ended


def strip(samples: list[Sample], pid: int, wall: float, width: int = 60) -> str:
    """How busy `pid` was in each of `width` slices of the run (blank: not alive)."""
    step, marks, text = wall / width, " .:-=+*#%@", ""
    for slot in range(width):
        start, end = slot * step, (slot + 1) * step
        alive = [when for when, cpus in samples if pid in cpus and start <= when < end]
        used = cpu_at(samples, pid, end) - cpu_at(samples, pid, start)
        text += marks[min(9, int(used / step * 9.99))] if alive else " "
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the kbgen checkout to build with")
    parser.add_argument("--json", type=Path, help="where to keep the samples and the model")
    args = parser.parse_args()
    project, tree = args.project.resolve(), args.tree.resolve()
    shutil.rmtree(project / ".kbgen-cache", ignore_errors=True)
    site = Path(tempfile.mkdtemp(prefix="kb-timeline-"))
    load = os.getloadavg()
    try:
        wall, samples = sample(
            ["env", f"PYTHONPATH={tree}", sys.executable, "-m", "kbgen", "build", "-f",
             str(project / "mkdocs.yml"), "--strict", "-d", str(site / "site"), "--profile"],
            tree, site / "build.log")  # in `tree`: `-m` puts the folder first on the path
        print((site / "build.log").read_text(encoding="utf-8"), end="")
    finally:
        shutil.rmtree(site, ignore_errors=True)
    print(f"wall {wall:.1f} s, load {load[0]:.1f} -> {os.getloadavg()[0]:.1f}")
    for pid, life in sorted(lives(samples).items(), key=lambda item: item[1]["first"]):
        if life["cpu"] > 0.2:
            print(f"{pid:>8} {life['first']:6.1f}-{life['last']:6.1f} s  CPU {life['cpu']:6.1f}"
                  f" |{strip(samples, pid, wall)}|")
    jobs = jobs_of(samples)
    modelled, ended = idle_wall(jobs)
    print(f"CPU {sum(cpu for cpu, _ in jobs.values()):.1f} s: " + ", ".join(
        f"{name} {cpu:.1f}" for name, (cpu, _) in jobs.items()))
    print(f"on 2 idle CPUs (model): {modelled:.1f} s; ends " + ", ".join(
        f"{name} {end:.1f}" for name, end in sorted(ended.items(), key=lambda item: item[1])))
    if args.json:
        args.json.write_text(json.dumps({"wall_s": wall, "load": load, "samples": samples,
                                         "jobs": jobs, "idle_wall_s": modelled}) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

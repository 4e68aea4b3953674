"""Where the test suite's time goes: a pytest plugin that records, per test, the wall and CPU
seconds of setup, call and teardown (CPU: this process and the children it reaped), and every
build (`kbgen.commands.build.build_with_summary`) with a digest of its inputs (mkdocs.yml, the
docs folder, `overrides/`, `hooks/`), so that identical builds show; then a report of it.

Example (one run of the suite or of some files, then the report):
    KB_SUITE_TIME=/tmp/run.json python -m pytest -p bench.suite_time tests/site
    python bench/suite_time.py /tmp/run.json --top 40
    python bench/suite_time.py /tmp/after.json --before /tmp/run.json  # per module, both runs

Under pytest-xdist each worker writes its own file (`/tmp/run-gw0.json`, ...); give them all
to the report, which then also shows each worker's timeline: when it started and ended, how
long it was busy, and its largest xdist groups (one huge group keeps one worker busy alone):
    KB_SUITE_TIME=/tmp/run.json python -m pytest -p bench.suite_time -n 2 --dist loadgroup
    python bench/suite_time.py /tmp/run-gw*.json --workers

The digest leaves out the build day and files beside the docs folder (a theme folder named
otherwise), so "identical" is the inputs a test wrote, not a promise that the pages are equal.
Measurement only: nothing here asserts a time (tests/README.md, "No timings in asserts").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

PHASES = ("setup", "call", "teardown")
OUTPUT = "KB_SUITE_TIME"
"""The environment variable naming the JSON file the plugin writes (default: suite-time.json)."""


def cpu_seconds() -> float:
    """User and system CPU of this process and of the children it has waited for."""
    own, children = (resource.getrusage(who)
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _tree_digest(root: Path, digest: Any) -> None:
    """Every file below `root` into `digest`, walked without recursion (a hostile test nests
    1,200 folders: `rglob` ran out of Python's stack there)."""
    files, folders = [], [root] if root.is_dir() else []
    while folders:
        for path in folders.pop().iterdir():
            if path.is_dir() and not path.is_symlink():
                folders.append(path)
            elif path.is_file():
                files.append(path)
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())


def inputs_digest(config_file: Path) -> str:
    """A short digest of what a project's build reads: its mkdocs.yml, docs folder, overrides
    and hooks (not the day, not files elsewhere)."""
    import yaml

    try:
        text = config_file.read_text(encoding="utf-8")
        loaded = yaml.safe_load(text.replace("!!python", ""))
        docs = str(loaded.get("docs_dir", "docs")) if isinstance(loaded, dict) else "docs"
    except (OSError, ValueError, yaml.YAMLError):
        return "unreadable"
    digest = hashlib.sha256(text.encode())
    for folder in (docs, "overrides", "hooks"):
        _tree_digest(config_file.parent / folder, digest)
    return digest.hexdigest()[:12]


class SuiteTime:
    """The plugin: times each phase of each test and records each build."""

    def __init__(self, output: Path, worker: str = "") -> None:
        self.output = output
        self.worker = worker
        """The xdist worker's id (gw0, ...), or "" without xdist."""
        self.tests: dict[str, dict[str, list[float]]] = {}
        self.builds: list[dict[str, Any]] = []
        self.test, self.phase = "<collection>", ""

    def wrap_build(self) -> None:
        """Record each `build_with_summary` (which `build` and `kbgen build` call)."""
        import kbgen.commands.build as command

        original: Callable[..., Any] = command.build_with_summary

        def recorded(config_file: Path, site_dir: Path | None = None,
                     strict: bool | None = None, site_url: str | None = None,
                     timings: Any = None) -> Any:
            started, cpu, ok = time.monotonic(), cpu_seconds(), False
            digest = inputs_digest(Path(config_file))
            try:
                result = original(config_file, site_dir, strict, site_url, timings)
                ok = True
                return result
            finally:
                self.builds.append({
                    "test": self.test, "phase": self.phase, "config": str(config_file),
                    "inputs": digest, "site_url": site_url, "strict": strict, "ok": ok,
                    "wall": time.monotonic() - started, "cpu": cpu_seconds() - cpu})

        command.build_with_summary = recorded  # type: ignore[assignment]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Iterator[None]:
        self.test = item.nodeid
        started = time.time()  # the clock all workers share, for their timelines
        yield
        self.tests.setdefault(item.nodeid, {})["at"] = [round(started, 3),
                                                        round(time.time(), 3)]

    def _timed(self, item: pytest.Item, phase: str) -> Iterator[None]:
        self.phase = phase
        started, cpu = time.monotonic(), cpu_seconds()
        yield
        self.tests.setdefault(item.nodeid, {})[phase] = [
            round(time.monotonic() - started, 3), round(cpu_seconds() - cpu, 3)]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Iterator[None]:
        yield from self._timed(item, "setup")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Iterator[None]:
        yield from self._timed(item, "call")

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> Iterator[None]:
        yield from self._timed(item, "teardown")

    def pytest_sessionfinish(self) -> None:
        if self.worker == "" and not self.tests:
            return  # xdist's controller: the workers ran the tests and write them
        output = (self.output.with_name(f"{self.output.stem}-{self.worker}"
                                        f"{self.output.suffix}") if self.worker else self.output)
        output.write_text(json.dumps({"worker": self.worker, "tests": self.tests,
                                      "builds": self.builds}), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    """Registered by `-p bench.suite_time`."""
    plugin = SuiteTime(Path(os.environ.get(OUTPUT, "suite-time.json")),
                       os.environ.get("PYTEST_XDIST_WORKER", ""))
    plugin.wrap_build()
    config.pluginmanager.register(plugin, "suite-time-recorder")


def by_module(run: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Per test file: tests, wall of setup, call, teardown and in all, CPU in all."""
    modules: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for nodeid, phases in run["tests"].items():
        module = modules[nodeid.split("::")[0]]
        module["tests"] += 1
        for phase, times in phases.items():
            if phase not in PHASES:
                continue  # "at", "worker": the timeline
            wall, cpu = times
            module[phase] += wall
            module["wall"] += wall
            module["cpu"] += cpu
    for build in run["builds"]:
        module = modules[build["test"].split("::")[0]]
        module["builds"] += 1
        module["build_cpu"] += build["cpu"]
    return modules


def repeats(run: dict[str, Any]) -> list[tuple[int, float, list[str]]]:
    """Builds of the same inputs (and site_url, strict): (count, CPU of all but the first,
    modules), most costly first."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for build in run["builds"]:
        groups[(build["inputs"], build["site_url"], build["strict"])].append(build)
    found = [(len(builds), sum(b["cpu"] for b in builds[1:]),
              sorted({b["test"].split("::")[0] for b in builds}))
             for builds in groups.values() if len(builds) > 1]
    return sorted(found, key=lambda row: -row[1])


def report(run: dict[str, Any], top: int, before: dict[str, Any] | None = None) -> str:
    """Per-module table (slowest first), then the builds and their repeats."""
    modules = by_module(run)
    old = by_module(before) if before else {}
    lines = ["| module | tests | wall s | CPU s | setup s | builds | build CPU s |"
             + (" wall before | CPU before | builds before |" if before else ""),
             "|---|---:|---:|---:|---:|---:|---:|" + ("---:|---:|---:|" if before else "")]
    for name, row in sorted(modules.items(), key=lambda item: -item[1]["wall"])[:top]:
        line = (f"| {name} | {row['tests']:.0f} | {row['wall']:.1f} | {row['cpu']:.1f} |"
                f" {row['setup']:.1f} | {row['builds']:.0f} | {row['build_cpu']:.1f} |")
        if before:
            was = old.get(name, defaultdict(float))
            line += f" {was['wall']:.1f} | {was['cpu']:.1f} | {was['builds']:.0f} |"
        lines.append(line)
    total = {key: sum(row[key] for row in modules.values())
             for key in ("tests", "wall", "cpu", "builds", "build_cpu")}
    lines.append(f"\n{total['tests']:.0f} tests: wall {total['wall']:.1f} s, CPU"
                 f" {total['cpu']:.1f} s; {total['builds']:.0f} builds, CPU"
                 f" {total['build_cpu']:.1f} s")
    found = repeats(run)
    lines.append(f"{sum(n - 1 for n, _, _ in found)} builds repeat the inputs of an earlier"
                 f" one (CPU {sum(cpu for _, cpu, _ in found):.1f} s):")
    lines += [f"  {n}x, {cpu:.1f} s CPU again: {', '.join(names)}"
              for n, cpu, names in found[:top]]
    return "\n".join(lines)


def merged(paths: list[Path]) -> dict[str, Any]:
    """The runs of several files (one per xdist worker) as one, each test marked with its
    worker."""
    run: dict[str, Any] = {"tests": {}, "builds": []}
    for path in paths:
        part = json.loads(path.read_text(encoding="utf-8"))
        for phases in part["tests"].values():
            phases["worker"] = part.get("worker", "")
        run["tests"].update(part["tests"])
        run["builds"] += part["builds"]
    return run


def workers(run: dict[str, Any], top: int) -> str:
    """Each worker's start, end, busy seconds and largest xdist groups (`name@group` node
    ids; a test of no group is its own)."""
    lines = []
    timed = {nodeid: phases for nodeid, phases in run["tests"].items() if "at" in phases}
    if not timed:
        return "no timeline (a run of an older plugin)"
    start = min(phases["at"][0] for phases in timed.values())
    for worker in sorted({phases.get("worker", "") for phases in timed.values()}):
        mine = {nodeid: phases for nodeid, phases in timed.items()
                if phases.get("worker", "") == worker}
        first = min(phases["at"][0] for phases in mine.values()) - start
        last = max(phases["at"][1] for phases in mine.values()) - start
        busy = sum(phases["at"][1] - phases["at"][0] for phases in mine.values())
        groups: dict[str, list[float]] = defaultdict(lambda: [0.0, float("inf"), 0.0])
        for nodeid, phases in mine.items():
            group = nodeid.split("@", 1)[1] if "@" in nodeid else ""
            if group:
                row = groups[group]
                row[0] += phases["at"][1] - phases["at"][0]
                row[1] = min(row[1], phases["at"][0] - start)
                row[2] = max(row[2], phases["at"][1] - start)
        lines.append(f"{worker or 'one process'}: {len(mine)} tests, from {first:.0f} s to"
                     f" {last:.0f} s, busy {busy:.0f} s; largest groups (s busy, from, to):")
        lines += [f"  {name}: {row[0]:.0f} ({row[1]:.0f}-{row[2]:.0f})" for name, row in
                  sorted(groups.items(), key=lambda item: -item[1][0])[:top]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path, nargs="+",
                        help="the JSON file a run with -p bench.suite_time wrote (under xdist:"
                        " each worker's)")
    parser.add_argument("--before", type=Path, nargs="+", help="an earlier run, beside it")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--workers", action="store_true",
                        help="also each worker's timeline and largest groups")
    args = parser.parse_args()
    before = merged(args.before) if args.before else None
    run = merged(args.run)
    print(report(run, args.top, before))
    if args.workers:
        print(workers(run, args.top))


if __name__ == "__main__":
    main()

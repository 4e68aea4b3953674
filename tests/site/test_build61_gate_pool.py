"""The publishing gate's articles judged in a pool of processes (kbgen.core.process_map): the
same problems in the same order as judged in one process, on the seen gate corpora's texts;
a big build with a leak fails with the same message with the pool on and off; no process of a
failed build is left, whether the gate ended or was stopped while its pool worked."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kbgen.build.memo import Memo
from kbgen.core import gate, loader, process_map
from kbgen.project import find_project
from tests.conftest import SMALL_PROJECT, article, write_files
from tests.test_bench import bench_script

ROOT = Path(__file__).resolve().parents[2]
EVERY = 200
"""One seen article in this many goes into the corpus site (about 40 of 7,775)."""

BUILD = """\
import sys
from pathlib import Path
import kbgen.core.gate as gate
import kbgen.core.process_map as process_map
marker = Path(sys.argv[2])
if sys.argv[1] == "off":
    gate.POOL_FROM = 10 ** 9
else:
    started = process_map._start_worker
    def start_worker(*args):
        marker.touch()  # a pool worker started
        started(*args)
    process_map._start_worker = start_worker
    process_map.usable_cpus = lambda: 2
from kbgen.cli import cli
cli(["build", "--strict"])
"""
FAILING_HOOK = """\
import os, time
from pathlib import Path
def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri.endswith("/a150.md"):
        marker = Path(os.environ["KB_TEST_MARKER"])
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # fail while the gate's pool works
        raise RuntimeError("this page cannot be rendered")
    return markdown
"""


@pytest.fixture(scope="module")
def seen_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of every EVERY-th article of each seen gate corpus (bench/gatecorpus, the held
    out ones never read), bodies as their authors wrote them; its mkdocs.yml."""
    gatecorpus = bench_script("gatecorpus", "kbgen_bench_gatecorpus_build61")
    root = tmp_path_factory.mktemp("seen")
    files: dict[str, str | bytes] = dict(SMALL_PROJECT)
    for centre in gatecorpus.CENTRES:
        if centre.held_out:
            continue
        for number, text in enumerate(gatecorpus.load(centre)[::EVERY]):
            title = json.dumps(f"{centre.name} page {number}")
            files[f"content/articles/billing/{centre.name}-{number}.md"] = article(
                title, body=text["body"])
    write_files(root, files)
    return root / "mkdocs.yml"


def _gate(config: Path, pool_from: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    project = find_project(config)
    kb, _ = loader.load(project.content_dir, project.settings, gate=False)
    monkeypatch.setattr(gate, "POOL_FROM", pool_from)
    monkeypatch.setattr(process_map, "usable_cpus", lambda: 2)
    return [str(problem) for problem in loader.gate_problems(
        project.content_dir, project.settings, kb, Memo())]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks its workers")
def test_the_pool_finds_what_one_process_finds_on_the_seen_corpora(
        seen_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pooled: list[bool] = []
    made = process_map.ProcessMap.__init__

    def spy(self: process_map.ProcessMap[object, object], *args: object,
            **kwargs: object) -> None:
        made(self, *args, **kwargs)  # type: ignore[arg-type]
        pooled.append(self.pooled)

    monkeypatch.setattr(process_map.ProcessMap, "__init__", spy)
    in_pool = _gate(seen_site, 2, monkeypatch)
    assert pooled == [True, True]  # the pages' names and the articles
    here = _gate(seen_site, 10 ** 9, monkeypatch)
    assert pooled == [True, True, False, False]
    assert in_pool == here
    assert sum(": error: " in line for line in here) >= 10, here  # real findings, not none


def _session(sid: int) -> list[int]:
    """Processes left in session `sid` (a build's, started as a new session)."""
    left = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                left.append(int(entry))
    return left


@pytest.fixture
def big_project(tmp_path: Path) -> Iterator[Path]:
    """A project of as many articles as make `kbgen build` gate them beside rendering."""
    from kbgen.site.publish import GATE_BESIDE_FROM

    write_files(tmp_path, {**SMALL_PROJECT, "build.py": BUILD, **{
        f"content/articles/billing/a{n}.md": article(f"Problem number {n}")
        for n in range(GATE_BESIDE_FROM)}})
    yield tmp_path


def _build(project: Path, pool: str, marker: Path) -> tuple[subprocess.CompletedProcess[str],
                                                              list[int]]:
    """`kbgen build --strict` in a new session, the pool `on` or `off`; what it printed and
    the processes of its session left a few seconds after it ended."""
    process = subprocess.Popen(
        [sys.executable, "build.py", pool, str(marker)], cwd=project, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT),
             "KB_TEST_MARKER": str(marker)})
    out, err = process.communicate(timeout=600)
    deadline = time.monotonic() + 10
    while (left := _session(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err), left


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.search(r": error: |^Error|Aborted", line)]


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "fork"),
                    reason="reads the processes from /proc; workers are forked")
def test_a_leak_fails_the_build_with_the_same_message_and_leaves_no_process(
        big_project: Path, tmp_path: Path) -> None:
    leaky = article("Leaky", body="## Symptoms\n\nCall the customer on +1 415 555 0132.\n")
    write_files(big_project, {"content/articles/billing/leaky.md": leaky})
    pooled, left = _build(big_project, "on", tmp_path / "pool-started")
    assert (tmp_path / "pool-started").exists(), "the gate's pool did not start"
    assert left == []
    alone, left = _build(big_project, "off", tmp_path / "never")
    assert not (tmp_path / "never").exists()
    assert left == []
    assert pooled.returncode == alone.returncode == 1
    assert "content/articles/billing/leaky.md:10: error: phone number (+1" in pooled.stderr
    assert _errors(pooled.stderr) == _errors(alone.stderr) != []
    assert not (big_project / "site").exists()


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "fork"),
                    reason="reads the processes from /proc; workers are forked")
def test_a_build_that_fails_while_the_pool_works_leaves_no_process(
        big_project: Path, tmp_path: Path) -> None:
    config = big_project / "mkdocs.yml"
    config.write_text(config.read_text() + "hooks:\n  - fail.py\n")
    write_files(big_project, {"fail.py": FAILING_HOOK})
    failed, left = _build(big_project, "on", tmp_path / "pool-started")
    assert (tmp_path / "pool-started").exists(), "the gate's pool did not start"
    assert failed.returncode == 1
    assert "this page cannot be rendered" in failed.stderr
    assert left == []

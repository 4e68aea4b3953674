"""`kbgen build` in its own process ends without freeing what it loaded (kbgen.commands
.process_end) and without waiting for its snapshot to be kept (kbgen.commands.apart): its
output is all there and it exits 0, and the next build starts from that snapshot; a failed
build exits as always; the command line run in a caller's process (as the tests do)
returns."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from bench.generate import generate
from kbgen.commands import process_end
from tests.helpers import run_cli
from tests.incremental.test_unchanged import settle

REPO = Path(__file__).resolve().parents[2]
PROBE = "freed one object at a time"
"""Printed by an exit handler: only a process that ends as usual runs it."""
KBGEN = ("import atexit, runpy, sys\n"
         f"atexit.register(print, {PROBE!r})\n"
         "sys.argv = ['kbgen', *sys.argv[1:]]\n"
         "runpy.run_module('kbgen', run_name='__main__', alter_sys=True)\n")
"""`python -m kbgen`, with the probe."""


def _kbgen(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-c", KBGEN, *args], capture_output=True,
                          text=True, env=env, check=False)


def test_a_build_in_its_own_process_ends_at_once_with_its_output(tmp_path: Path) -> None:
    root = tmp_path / "project"
    generate(root, 8, seed=3, as_of=dt.date(2026, 11, 1), team_size=2)
    settle(root)
    config = str(root / "mkdocs.yml")
    done = _kbgen("build", "--strict", "--profile", "-f", config)
    assert done.returncode == 0, done.stderr
    assert "Published 8 articles" in done.stdout
    assert "Where the time went" in done.stdout  # the last thing it prints
    assert PROBE not in done.stdout
    assert (root / "site" / "index.html").is_file()
    # its snapshot kept by a child process (kbgen.commands.apart), which the next build
    # (in a caller's process: kept by it) waits for and starts from
    assert "hand over what it loaded" in done.stdout
    assert "keep what it loaded" not in done.stdout

    article = sorted((root / "content" / "articles").rglob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")
    settle(root)
    quick = run_cli("build", "--strict", "-v", "-f", config)
    assert quick.returncode == 0, quick.stderr
    assert "Quick build: 1 article changed" in quick.stderr
    (article.parent / "broken.md").write_text("---\ntitle: [unclosed\n---\n\nBody.\n",
                                              encoding="utf-8")
    settle(root)
    failed = _kbgen("build", "--strict", "-f", config)
    assert failed.returncode == 1
    assert PROBE in failed.stdout  # a failure ends as always


def test_the_command_line_in_a_callers_process_returns(tmp_path: Path) -> None:
    assert not process_end.own_process()
    root = tmp_path / "project"
    generate(root, 3, seed=4, as_of=dt.date(2026, 11, 1), team_size=1)
    settle(root)
    done = run_cli("build", "-f", str(root / "mkdocs.yml"))
    assert done.returncode == 0 and "Published 3 articles" in done.stdout

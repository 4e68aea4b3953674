"""A first preview with errors (kbgen.commands.serve.first_preview) is served to this machine
only: `kbgen serve -a 0.0.0.0:PORT` of content the gate refuses ends as `kbgen build` does,
serving nothing, also when an earlier local preview of that content is kept (rev62: the
article's e-mail address and password were served to the network in clear)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.incremental import BOUND, ENV, Preview
from kbgen.commands.preview_server import bound_to_this_machine
from tests.browser.test_newuser62_first_preview import CARD, LEAK
from tests.conftest import article


@pytest.mark.parametrize("host, local", [
    ("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("LOCALHOST.", True), ("preview.localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("help.lan", False),
    ("", False),
])
def test_only_loopback_addresses_are_this_machines(host: str, local: bool) -> None:
    assert bound_to_this_machine(host) is local


def _serve_to_network(config: Path) -> tuple[subprocess.CompletedProcess[str], bool]:
    """`kbgen serve` bound to every address on a port the system gives it, until it ends
    (120 s at most); whether any request was answered meanwhile."""
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "kbgen", "serve", "-f", str(config), "-a", "0.0.0.0:0"],
            env=ENV, cwd=config.parent, stdout=log, stderr=subprocess.STDOUT)

        def output() -> str:
            log.seek(0)
            return log.read().decode("utf-8", "replace")
        answered, start, port = False, time.monotonic(), None
        while process.poll() is None and time.monotonic() - start < 120:
            port = port or next((int(found[1]) for found in [BOUND.search(output())] if found),
                                None)
            try:
                if port:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                        answered = True
                        break
            except OSError:
                pass
            time.sleep(0.2)
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)
        return subprocess.CompletedProcess(process.args, process.returncode, output()), answered


def test_content_with_errors_is_never_served_to_the_network(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({CARD: article(body=f"## Symptoms\n\nIt fails.\n\n{LEAK}")})
    done, answered = _serve_to_network(config)
    assert not answered and done.returncode != 0, done.stdout
    assert f"{CARD}:" in done.stdout and "e-mail address" in done.stdout

    local = Preview(config.parent)  # a local first preview with the errors, kept
    try:
        local.wait_for_log("kbgen build publishes nothing", limit=120)
    finally:
        local.stop()
    assert (config.parent / ".kbgen-cache/preview/index.html").is_file()
    done, answered = _serve_to_network(config)
    assert not answered and done.returncode != 0, done.stdout

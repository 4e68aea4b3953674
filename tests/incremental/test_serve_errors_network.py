"""A first preview with errors (kbgen.commands.serve.first_preview) is served to this machine
only: `kbgen serve -a 0.0.0.0:PORT` of content the gate refuses ends as `kbgen build` does,
serving nothing, also when an earlier local preview of that content is kept (rev62: the
article's e-mail address and password were served to the network in clear)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.incremental import ENV, Preview
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve_to_network(config: Path) -> tuple[subprocess.CompletedProcess[str], bool]:
    """`kbgen serve` bound to every address, until it ends (120 s at most); whether any
    request was answered meanwhile."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kbgen", "serve", "-f", str(config), "-a", f"0.0.0.0:{port}"],
        env=ENV, cwd=config.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    answered, start = False, time.monotonic()
    while process.poll() is None and time.monotonic() - start < 120:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                answered = True
                break
        except OSError:
            time.sleep(0.2)
    if process.poll() is None:
        process.terminate()
    output, _ = process.communicate(timeout=30)
    return subprocess.CompletedProcess(process.args, process.returncode, output), answered


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

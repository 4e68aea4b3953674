"""`kbgen serve -a HOST:0` serves on a port the system gives it, and says which: it takes
its address before its first build (MkDocs' server binds it after), and an address in use
is a clear error at once. A port picked by a test
(or bench/incremental.py) and bound later by the server could be taken meanwhile by another
process, whose server then answered the test (CI runs two workers beside each other); and an
address in use was only found out after the first build."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path

from bench.incremental import BOUND, ENV, PORT_FILE, Preview
from tests.conftest import article

SERVING = re.compile(r"Serving on http://127\.0\.0\.1:(\d+)/")


def test_port_0_is_the_system_s_free_port_bound_before_the_first_build(
        write_project: Callable[[dict[str, str]], Path]) -> None:
    config = write_project({"content/articles/billing/card-declined.md": article()})
    preview = Preview(config.parent)  # no port kept beside the project: port 0
    try:
        preview.wait_for_log("Serving on", limit=300)
        log = preview.output()
        serving = SERVING.search(log)
        bound = BOUND.search(log)
        assert serving and bound and serving[1] == bound[1] != "0", log
        assert log.index("Bound to") < log.index("Building documentation"), log
        url = f"http://127.0.0.1:{serving[1]}/articles/billing/card-declined.html"
        with urllib.request.urlopen(url, timeout=30) as answer:
            assert "Card declined" in answer.read().decode("utf-8")
        assert preview.port == int(serving[1])
        assert (config.parent / PORT_FILE).read_text(encoding="ascii") == serving[1]

        # the same address again, in use: refused at once, before any build
        taken = subprocess.run(
            [sys.executable, "-m", "kbgen", "serve", "-a", f"127.0.0.1:{serving[1]}"],
            cwd=config.parent, env=ENV, capture_output=True, text=True, timeout=120)
        assert taken.returncode != 0
        said = taken.stdout + taken.stderr
        assert "Building documentation" not in said and "Traceback" not in said, said
        assert f"cannot listen on http://127.0.0.1:{serving[1]}/" in said, said
        assert "Address already in use" in said and "-a 127.0.0.1:0" in said, said
    finally:
        preview.stop()
    with socket.socket() as free:  # let go with the server (bound as the server binds it)
        free.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        free.bind(("127.0.0.1", int(serving[1])))

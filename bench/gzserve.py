"""Serve a built site as a static host would: text files gzip-compressed when the browser
accepts it, in a process of its own (so the harness's Python never delays a response).

The bench's figures of bytes before the first result are gzip sizes; a slow link (Chromium's
network emulation) is only fair to every search when the bytes sent are those too. Files
already compressed (Pagefind's `pf_*` chunks, images, WebAssembly) are sent as they are.

Example:
    python bench/gzserve.py /tmp/site-10000      # prints the port, serves until killed
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

TEXT = (".html", ".js", ".json", ".css", ".svg", ".xml", ".txt")
HOST = "127.0.0.1"


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files; text ones gzip-compressed (level 6) when accepted, never cached by the
    browser (each compressed once, kept in memory)."""

    compressed: dict[Path, bytes] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepted = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepted and path.suffix in TEXT and path.is_file()):
            return super().send_head()
        data = self.compressed.get(path)
        if data is None:
            data = self.compressed[path] = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(data)
        return None


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """`site` served by this script in a child process; yields its base URL."""
    child = subprocess.Popen([sys.executable, __file__, str(site)], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield f"http://{HOST}:{port}/"
    finally:
        child.terminate()
        child.wait(timeout=10)


def main() -> None:
    """Serve the folder given until killed; the first line printed is the port."""
    handler = functools.partial(Handler, directory=sys.argv[1])
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

"""Serve a built site as a static host would: HTTP/1.1 with keep-alive, text files
gzip-compressed when the browser accepts it, compressed once (search's and the theme's files
before the port is printed, as a host precompresses them; pages on their first request),
in a process of its own (so the harness's Python never delays a response).

The bench's figures of bytes before the first result are gzip sizes; a slow link (Chromium's
network emulation) is only fair to every search when the bytes sent are those too. Files
already compressed (Pagefind's `pf_*` chunks, images, WebAssembly) are sent as they are.

`--http10` serves as this script did before 2026-12-05 (srv38): HTTP/1.0, a connection per
request, each file compressed on its first request; kept to compare the two.

`GET /__gzserve__/stats` answers the connections accepted and requests served so far (JSON).

Example:
    python bench/gzserve.py /tmp/site-10000      # prints the port, serves until killed
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

TEXT = (".html", ".js", ".json", ".css", ".svg", ".xml", ".txt")
HOST = "127.0.0.1"
PRECOMPRESSED = ("search", "assets", "pagefind")
"""Folders whose text files are compressed before serving (with the site's top-level files)."""
STATS_PATH = "/__gzserve__/stats"


class Compressed:
    """Text files gzip-compressed (level 6) once each, kept in memory."""

    def __init__(self) -> None:
        self.data: dict[tuple[Path, int, int], bytes] = {}

    def get(self, path: Path) -> bytes:
        """`path`'s gzip bytes, compressed on first use (again when the file changes)."""
        stat = path.stat()
        key = (path, stat.st_mtime_ns, stat.st_size)
        data = self.data.get(key)
        if data is None:
            data = self.data[key] = gzip.compress(path.read_bytes(), 6, mtime=0)
        return data

    def precompress(self, site: Path) -> int:
        """Compress the site's top-level text files and those under PRECOMPRESSED; the
        number of files."""
        files = [p for p in site.iterdir() if p.is_file()]
        for folder in PRECOMPRESSED:
            files += [p for p in (site / folder).rglob("*") if p.is_file()]
        texts = [p.resolve() for p in files if p.suffix in TEXT]
        for path in texts:
            self.get(path)
        return len(texts)


class Counts:
    """Connections accepted and requests served, thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connections = 0
        self.requests = 0

    def add(self, connections: int = 0, requests: int = 0) -> None:
        with self.lock:
            self.connections += connections
            self.requests += requests

    def as_json(self) -> bytes:
        with self.lock:
            return json.dumps({"connections": self.connections,
                               "requests": self.requests}).encode()


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files over HTTP/1.1 (keep-alive; every answer has its Content-Length); text
    ones gzip-compressed when accepted, never cached by the browser."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    """Headers and body go out in two writes: with Nagle's algorithm on a kept connection,
    the body waits for the client's delayed ACK of the headers (40 ms on Linux)."""

    def __init__(self, *args: object, compressed: Compressed, counts: Counts,
                 **kwargs: object) -> None:
        self.compressed = compressed
        self.counts = counts
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def setup(self) -> None:
        super().setup()
        self.counts.add(connections=1)

    def send_head(self):  # type: ignore[no-untyped-def]
        if self.path == STATS_PATH:  # its own connection not counted
            self.counts.add(connections=-1)
            return self._send(self.counts.as_json(), "application/json", None)
        self.counts.add(requests=1)
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepted = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepted and path.suffix in TEXT and path.is_file()):
            return super().send_head()
        return self._send(self.compressed.get(path.resolve()), self.guess_type(str(path)),
                          "gzip")

    def _send(self, data: bytes, content_type: str, encoding: str | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


class Http10Handler(Handler):
    """The server before srv38: HTTP/1.0, one connection per request."""

    protocol_version = "HTTP/1.0"


@contextlib.contextmanager
def serve(site: Path, http10: bool = False) -> Iterator[str]:
    """`site` served by this script in a child process; yields its base URL."""
    command = [sys.executable, __file__, str(site)] + (["--http10"] if http10 else [])
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield f"http://{HOST}:{port}/"
    finally:
        child.terminate()
        child.wait(timeout=10)


def stats(base: str) -> dict[str, int]:
    """Connections accepted and requests served so far by the server at `base`."""
    import urllib.request

    with urllib.request.urlopen(base.rstrip("/") + STATS_PATH, timeout=10) as answer:
        return json.loads(answer.read())  # type: ignore[no-any-return]


def main() -> None:
    """Serve the folder given until killed; the first line printed is the port."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--http10", action="store_true",
                        help="Serve as before srv38: HTTP/1.0, compressed on first request.")
    args = parser.parse_args()
    compressed = Compressed()
    if not args.http10:
        compressed.precompress(args.site)
    handler = functools.partial(Http10Handler if args.http10 else Handler,
                                directory=str(args.site), compressed=compressed,
                                counts=Counts())
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

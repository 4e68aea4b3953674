"""Serve a built site on a free local port, as a static host would (tests and bench)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

HOST = "127.0.0.1"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files without a log line per request; optionally under a prefix, with headers."""

    prefix = "/"
    extra_headers: dict[str, str] = {}

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix):])

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A threaded server that says nothing when a browser drops a connection mid-reply (a
    closed page): its handler thread's traceback on stderr would land in whatever output
    another test is capturing at that moment (a CliRunner build's)."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def serve(directory: Path, prefix: str = "/", headers: dict[str, str] | None = None
          ) -> Iterator[str]:
    """Serve `directory` at http://127.0.0.1:PORT{prefix}; yields that URL."""
    handler = type("Handler", (QuietHandler,), {"prefix": prefix,
                                                "extra_headers": dict(headers or {})})
    server = QuietServer((HOST, 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, name="kb-site", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

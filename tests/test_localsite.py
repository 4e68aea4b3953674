"""The tests' static host (tests/localsite.py) drops a closed connection silently: a handler
thread's traceback on stderr would land in another test's captured output (a CliRunner build
then fails its "no Traceback" check)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.localsite import serve


def test_a_connection_closed_mid_reply_prints_nothing(tmp_path: Path,
                                                      capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "big.bin").write_bytes(b"x" * 20_000_000)
    with serve(tmp_path) as url:
        address = urlsplit(url)
        before = threading.active_count()
        for _ in range(3):
            with socket.create_connection((address.hostname, address.port)) as client:
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
                client.sendall(b"GET /big.bin HTTP/1.0\r\n\r\n")
                assert client.recv(64).startswith(b"HTTP/1.0 200")
        deadline = time.monotonic() + 10
        while threading.active_count() > before and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "Traceback" not in capfd.readouterr().err
